import Link from "next/link";
import { ServiceForm } from "../../service-form";
import { requireAdmin } from "../../require-admin";

export default async function NewServicePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAdmin();
  const error = (await searchParams).error;
  return (
    <div className="stack">
      <p className="crumbs"><Link href="/admin">Operator</Link></p>
      <h1>Add a service</h1>
      <ServiceForm error={typeof error === "string" ? error : undefined} />
    </div>
  );
}
