import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cachedRead } from "@/lib/cache/read-cache";
import { readCatalog } from "@/lib/catalog/read-catalog";
import { parseEmbedOptions } from "@/lib/embeds/embed-params";
import { readEmbed } from "@/lib/embeds/read-embed";
import { getStores } from "@/lib/stores/get-stores";
import { EmbedWidget } from "@/app/components/embed-widget";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const service = (await readCatalog((await getStores()).catalog)).find((await params).slug.slice(0, 80));
  return { title: service ? `${service.name} problem reports` : "Not found" };
}

export default async function EmbedPage({ params, searchParams }: Props) {
  const slug = (await params).slug.slice(0, 80);
  const options = parseEmbedOptions(await searchParams);
  const stores = await getStores();
  const service = (await readCatalog(stores.catalog)).find(slug);
  if (!service) notFound();
  // Embeds are what a newsroom's readers load by the thousand: one read per service and range a second at most.
  const now = Date.now();
  const data = await cachedRead(`embed:${service.id}:${options.range}`, now, { serviceId: service.id }, () => readEmbed({ ...stores, slug: service.slug, now, range: options.range }));
  if (!data) notFound();
  return <EmbedWidget initial={data} range={options.range} theme={options.theme} />;
}
