import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cachedRead } from "@/lib/cache/read-cache";
import { nameIn, readCatalog } from "@/lib/catalog/read-catalog";
import { parseEmbedOptions } from "@/lib/embeds/embed-params";
import { readEmbed } from "@/lib/embeds/read-embed";
import { localeAlternates } from "@/lib/i18n/alternates";
import { getStores } from "@/lib/stores/get-stores";
import { EmbedWidget } from "@/app/components/embed-widget";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await getLocale();
  const t = await getTranslations("client.embed");
  const service = (await readCatalog((await getStores()).catalog)).find((await params).slug.slice(0, 80));
  return service ? { title: t("pageTitle", { name: nameIn(service, locale) }), alternates: localeAlternates(locale, `/embed/${service.slug}`) } : { title: t("notFound") };
}

export default async function EmbedPage({ params, searchParams }: Props) {
  const slug = (await params).slug.slice(0, 80);
  const locale = await getLocale();
  const options = parseEmbedOptions(await searchParams);
  const stores = await getStores();
  const service = (await readCatalog(stores.catalog)).find(slug);
  if (!service) notFound();
  // Embeds are what a newsroom's readers load by the thousand: one read per service, range and language a second at most.
  const now = Date.now();
  const data = await cachedRead(`embed:${service.id}:${options.range}:${locale}`, now, { serviceId: service.id }, () => readEmbed({ ...stores, slug: service.slug, now, range: options.range, locale }));
  if (!data) notFound();
  return <EmbedWidget initial={data} displayName={nameIn(service, locale)} range={options.range} theme={options.theme} />;
}
