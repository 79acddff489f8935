import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { readCatalog } from "@/lib/catalog/read-catalog";
import { localizeIncident } from "@/lib/incidents/localize-incident";
import { parseEmbedOptions } from "@/lib/embeds/embed-params";
import type { Locale } from "@/lib/i18n/config";
import { titleIncident } from "@/lib/incidents/describe-incident";
import { readIncident } from "@/lib/incidents/read-incident";
import { IncidentParamsSchema } from "@/lib/incidents/schemas";
import { IncidentEmbed } from "@/app/components/incident-embed";
import { getStores } from "@/lib/stores/get-stores";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(raw: { slug: string; id: string }, now: number, locale: Locale) {
  const parsed = IncidentParamsSchema.safeParse(raw);
  const stores = await getStores();
  const detail = parsed.success ? await readIncident({ ...stores, id: parsed.data.id, now }) : null;
  if (!detail || detail.incident.service.slug !== parsed.data?.slug) return null;
  return { ...detail, incident: localizeIncident(detail.incident, (await readCatalog(stores.catalog)).find(detail.incident.service.slug), locale) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const now = Date.now();
  const locale = await getLocale();
  const detail = await load(await params, now, locale);
  return { title: detail ? titleIncident(detail.incident, now, locale) : (await getTranslations("client.embed"))("notFound") };
}

/** One incident's chart for an article: frozen once the outage ended, so the embed says what the article said. */
export default async function IncidentEmbedPage({ params, searchParams }: Props) {
  const now = Date.now();
  const locale = await getLocale();
  const detail = await load(await params, now, locale);
  if (!detail) notFound();
  const { theme } = parseEmbedOptions(await searchParams);
  return <IncidentEmbed detail={detail} theme={theme} now={now} locale={locale} />;
}
