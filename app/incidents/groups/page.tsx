import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { cachedRead } from "@/lib/cache/read-cache";
import { listIncidentGroups } from "@/lib/correlation/read-incident-groups";
import { IncidentGroupPageSchema } from "@/lib/correlation/schemas";
import { localeAlternates } from "@/lib/i18n/alternates";
import { localizePath } from "@/lib/i18n/paths";
import { getStores } from "@/lib/stores/get-stores";
import { GroupList } from "@/app/components/group-list";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await getLocale();
  const t = await getTranslations("groupsPage");
  return {
    title: t("title"),
    alternates: { ...localeAlternates(locale, "/incidents/groups"), types: { "application/rss+xml": [{ url: localizePath(locale, "/feeds/incident-groups.xml"), title: t("feedTitle") }] } },
  };
}

const PAGE = 50;
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Every group of outages that happened together, ongoing first, then newest, a page at a time. */
export default async function IncidentGroupsPage({ searchParams }: Props) {
  const raw = await searchParams;
  const locale = await getLocale();
  const t = await getTranslations("groupsPage");
  const { before } = IncidentGroupPageSchema.parse({ before: Array.isArray(raw.before) ? raw.before[0] : raw.before });
  const now = Date.now();
  const stores = await getStores();
  const groups = (await cachedRead(`incident-groups-page:${before ?? ""}:${locale}`, now, "tick", () => listIncidentGroups({ ...stores, now, limit: PAGE, before, locale }))) ?? [];
  const older = groups.length === PAGE ? Date.parse(groups[groups.length - 1].startedAt) : null;
  const href = (p: string) => localizePath(locale, p);
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p className="muted">
        {t.rich("intro", {
          how: (c) => <a href={`${href("/methodology")}#together`}>{c}</a>,
          rss: (c) => <a href={href("/feeds/incident-groups.xml")}>{c}</a>,
          atom: (c) => <a href={href("/feeds/incident-groups.atom")}>{c}</a>,
          json: (c) => <a href={`/api/v1/incident-groups${locale === "en" ? "" : `?lang=${locale}`}`}>{c}</a>,
        })}
      </p>
      {groups.length === 0 ? (
        <p className="card">{t("none")}</p>
      ) : (
        <GroupList groups={groups} locale={locale} className="card stack group-list" testId="group-list" />
      )}
      {older && <p><a href={`${href("/incidents/groups")}?before=${older}`}>{t("older")}</a></p>}
    </div>
  );
}
