import type { Metadata } from "next";

export const metadata: Metadata = { title: "Confirm alerts", robots: { index: false } };
export const dynamic = "force-dynamic";

/**
 * Where the confirmation mail's link lands. Confirming takes a press of the button (a POST): mail scanners that
 * open every link must not subscribe anyone.
 */
export default async function ConfirmPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const q = await searchParams;
  const token = typeof q.token === "string" ? q.token.slice(0, 64) : "";
  return (
    <article className="card stack" style={{ maxWidth: 640 }}>
      <h1>Email alerts</h1>
      {q.done ? (
        <p role="status">Confirmed. You will get a mail when the services you chose have problems; every mail has a link to stop them.</p>
      ) : q.unknown ? (
        <p role="status">This link is not valid any more: the request may have expired (after a week) or been cancelled. Subscribe again from a service page.</p>
      ) : (
        <form method="post" action="/api/v1/subscriptions/confirm" className="stack">
          <p>Press the button to start getting Downwire alerts at this address.</p>
          <input type="hidden" name="token" value={token} />
          <button type="submit" className="button primary">
            Confirm
          </button>
        </form>
      )}
    </article>
  );
}
