import Link from "next/link";
import { notFound } from "next/navigation";
import { readCatalog } from "@/lib/catalog/read-catalog";
import { getStores } from "@/lib/stores/get-stores";
import { ServiceForm } from "../../service-form";
import { requireAdmin } from "../../require-admin";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditServicePage({ params, searchParams }: Props) {
  await requireAdmin();
  const { slug } = await params;
  const service = (await readCatalog((await getStores()).catalog)).all.find((s) => s.slug === slug);
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
