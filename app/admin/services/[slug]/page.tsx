import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { listAllServices } from "@/lib/catalog/read-catalog";
import { ServiceForm } from "../../service-form";
import { requireAdmin } from "../../require-admin";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditServicePage({ params, searchParams }: Props) {
  await requireAdmin();
  const { slug } = await params;
  const service = listAllServices(getDb()).find((s) => s.slug === slug);
  if (!service) notFound();
  const error = (await searchParams).error;
  return (
    <div className="stack">
      <p className="crumbs"><Link href="/admin">Operator</Link></p>
      <h1>Edit {service.name}</h1>
      <ServiceForm service={service} error={typeof error === "string" ? error : undefined} />
    </div>
  );
}
