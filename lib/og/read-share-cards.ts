import { nameIn, readCatalog } from "@/lib/catalog/read-catalog";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { joinPlain } from "@/lib/i18n/join-list";
import { getTranslator } from "@/lib/i18n/translate";
import { localizeIncident } from "@/lib/incidents/localize-incident";
import { readIncident } from "@/lib/incidents/read-incident";
import { describePeak, describeSpan } from "@/lib/incidents/describe-incident";
import { pickHighlight } from "@/lib/incidents/pick-highlight";
import { describeVerdict } from "@/lib/detection/describe-verdict";
import { readServicePage } from "@/lib/services/read-service-page";
import type { ServiceReadDeps } from "@/lib/services/read-service-detail";
import type { ShareCard } from "./render-share-card";

/** A service's card: its verdict and last 24 hours, in a language. */
export async function readServiceShareCard({ slug, now, locale = DEFAULT_LOCALE, ...deps }: ServiceReadDeps & { slug: string; now: number; locale?: Locale }): Promise<ShareCard | undefined> {
  const page = await readServicePage({ ...deps, slug, now });
  const service = page && (await readCatalog(deps.catalog)).find(page.detail.service.slug);
  if (!page || !service) return undefined;
  const t = getTranslator(locale, "share");
  const { detail, series } = page;
  const tier = detail.status?.status ?? "ok";
  const name = nameIn(service, locale);
  return {
    locale,
    title: t("serviceTitle", { name }),
    chip: { label: detail.status ? getTranslator(locale, "client.status")(tier) : getTranslator(locale, "client.status")("none"), tone: tier },
    summary: describeVerdict(name, detail.status, locale),
    buckets: series.buckets,
    caption: t("serviceCaption"),
    at: new Date(now).toISOString(),
    final: false,
  };
}

/** An incident's card: its frozen chart with the outage shaded. */
export async function readIncidentShareCard({ id, slug, now, locale = DEFAULT_LOCALE, ...deps }: ServiceReadDeps & { id: number; slug: string; now: number; locale?: Locale }): Promise<ShareCard | undefined> {
  const detail = await readIncident({ ...deps, id, now });
  if (!detail || detail.incident.service.slug !== slug) return undefined;
  const t = getTranslator(locale, "share");
  const i = localizeIncident(detail.incident, (await readCatalog(deps.catalog)).find(slug), locale);
  const { chart } = detail;
  const problems = joinPlain(locale, i.topProblems.slice(0, 2).map((p) => `${p.label} ${p.percent}%`));
  const span = `${describeSpan(i, now, locale)}${t("sentenceEnd")}${describePeak(i, locale)}`;
  return {
    locale,
    title: t("incidentTitle", { name: i.service.name }),
    chip: i.open ? { label: t("ongoing"), tone: "outage" } : { label: t("past"), tone: "possible" },
    summary: problems ? `${span}${t("mostReported", { list: problems })}` : span,
    buckets: chart.buckets,
    highlight: pickHighlight(chart, i),
    caption: t(`incidentCaption_${chart.bucket}`),
    at: i.endedAt ?? new Date(now).toISOString(),
    final: !i.open,
  };
}
