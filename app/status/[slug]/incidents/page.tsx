import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { nameIn, readCatalog } from "@/lib/catalog/read-catalog";
import { localizeIncident } from "@/lib/incidents/localize-incident";
import { listIncidents } from "@/lib/incidents/read-incidents";
import { localeAlternates } from "@/lib/i18n/alternates";
import { localizePath } from "@/lib/i18n/paths";
import { getStores } from "@/lib/stores/get-stores";
import { INCIDENT_PAGE_LIMIT, IncidentPageSchema } from "@/lib/incidents/schemas";
import { IncidentList } from "@/app/components/incident-list";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await getLocale();
  const t = await getTranslations("serviceIncidents");
  const service = (await readCatalog((await getStores()).catalog)).find((await params).slug.slice(0, 80));
  if (!service) return { title: t("notFound") };
  const name = nameIn(service, locale);
  return {
    title: t("title", { name }),
    alternates: {
      ...localeAlternates(locale, `/status/${service.slug}/incidents`),
      types: { "application/rss+xml": [{ url: localizePath(locale, `/status/${service.slug}/feed.xml`), title: t("feedTitle", { name }) }] },
    },
  };
}

/** Every outage Downwire recorded for one service, newest first, a page at a time. */
export default async function ServiceIncidentsPage({ params, searchParams }: Props) {
  const slug = (await params).slug.slice(0, 80);
  const locale = await getLocale();
  const t = await getTranslations("serviceIncidents");
  const stores = await getStores();
  const service = (await readCatalog(stores.catalog)).find(slug);
  if (!service) notFound();
  const href = (p: string) => localizePath(locale, p);
  if (service.slug !== slug) permanentRedirect(href(`/status/${service.slug}/incidents`));
  const raw = await searchParams;
  const { before } = IncidentPageSchema.parse({ before: Array.isArray(raw.before) ? raw.before[0] : raw.before });
  const now = Date.now();
  const incidents = ((await listIncidents({ ...stores, now, service: service.slug, limit: INCIDENT_PAGE_LIMIT, before })) ?? []).map((i) => localizeIncident(i, service, locale));
  const older = incidents.length === INCIDENT_PAGE_LIMIT ? Date.parse(incidents[incidents.length - 1].startedAt) : null;
  const name = nameIn(service, locale);
  return (
    <div className="stack">
      <p className="crumbs"><a href={href(`/status/${service.slug}`)}>{name}</a> › {t("crumb")}</p>
      <h1>{t("title", { name })}</h1>
      <p className="muted">
        {t.rich("intro", {
          rss: (c) => <a href={href(`/status/${service.slug}/feed.xml`)}>{c}</a>,
          atom: (c) => <a href={href(`/status/${service.slug}/feed.atom`)}>{c}</a>,
          csv: (c) => <a href={`/api/v1/incidents.csv?service=${service.slug}&limit=1000`} download>{c}</a>,
        })}
      </p>
      <IncidentList
        incidents={incidents}
        title={before ? t("older") : t("newestFirst")}
        now={now}
        footer={
          <p className="small">
            {before && <><a href={href(`/status/${service.slug}/incidents`)}>{t("newest")}</a>{older && " · "}</>}
            {older && <a href={`${href(`/status/${service.slug}/incidents`)}?before=${older}`} rel="next">{t("olderLink")}</a>}
          </p>
        }
      />
    </div>
  );
}
