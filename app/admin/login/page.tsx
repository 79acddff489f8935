import { notFound } from "next/navigation";
import { readEnv } from "@/lib/config/env";

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function AdminLoginPage({ searchParams }: { searchParams: Search }) {
  if (!readEnv().ADMIN_TOKEN) notFound();
  const error = (await searchParams).error;
  return (
    <section className="card stack narrow">
      <h1>Operator sign-in</h1>
      <p className="muted small">For whoever runs this Downwire: the token is the server&apos;s ADMIN_TOKEN. Everything else on the site is public and read-only.</p>
      {typeof error === "string" && <p className="notice warn" role="alert">{error}</p>}
      <form action="/admin/session" method="post" className="stack">
        <label htmlFor="token">Admin token</label>
        <input id="token" name="token" type="password" autoComplete="current-password" required maxLength={1024} />
        <button className="button" type="submit">Sign in</button>
      </form>
    </section>
  );
}
