import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cachedRead } from "@/lib/cache/read-cache";
import { orderCauseFirst, readIncidentGroup } from "@/lib/correlation/read-incident-groups";
import { IncidentGroupIdSchema } from "@/lib/correlation/schemas";
import type { Locale } from "@/lib/i18n/config";
import { localeAlternates } from "@/lib/i18n/alternates";
import { formatDuration } from "@/lib/i18n/format-time";
import { formatNumber } from "@/lib/i18n/format-number";
import { localizePath } from "@/lib/i18n/paths";
import { GroupTimeline } from "@/app/components/group-timeline";
import { NotifyButton } from "@/app/components/notify-button";
import { LocalTime } from "@/app/components/local-time";
import { getStores } from "@/lib/stores/get-stores";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"], locale: Locale) {
  const parsed = IncidentGroupIdSchema.safeParse(await params);
  if (!parsed.success) return null;
  const { id } = parsed.data;
  const now = Date.now();
  const stores = await getStores();
  const group = await cachedRead(`incident-group:${id}:${locale}`, now, "tick", () => readIncidentGroup({ ...stores, id, now, locale }));
  return group ? { group, now } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await getLocale();
  const data = await load(params, locale);
  if (!data) return { title: (await getTranslations("groupPage"))("notFound") };
  return { title: data.group.headline, description: data.group.summary, alternates: localeAlternates(locale, data.group.path) };
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** One group of outages that happened together: the likely cause in plain words, the evidence, every member and time. */
export default async function IncidentGroupPage({ params }: Props) {
  const locale = await getLocale();
  const t = await getTranslations("groupPage");
  const tn = await getTranslations("client.notify");
  const data = await load(params, locale);
  if (!data) notFound();
  const { group: g, now } = data;
  const cause = g.cause;
  const href = (p: string) => localizePath(locale, p);
  const n = (x: number) => formatNumber(locale, x);
  return (
    <article className="stack" data-testid="group-page">
      <div>
        <p className="crumbs"><a href={href("/incidents/groups")}>{t("crumb")}</a> › #{g.id}</p>
        <h1>{g.headline}</h1>
        <span className={`chip ${g.open ? "chip-outage" : "chip-ok"}`}>{g.open ? t("ongoing") : t("ended")}</span>{" "}
        {cause && <span className="chip chip-possible">{t("confidence", { value: cause.confidence.toFixed(2) })}</span>}
        <NotifyButton
          services={[...new Set([...(cause?.kind === "upstream" ? [cause.service.slug] : []), ...g.members.map((m) => m.service.slug)])]}
          groups
          subject={cause?.kind === "upstream" ? tn("upstreamSubject", { name: cause.service.name }) : tn("groupSubject")}
          storageKey={`group:${g.id}`}
        />
      </div>
      <section className="card stack" aria-labelledby="why-h">
        <h2 id="why-h">{t("why")}</h2>
        <p data-testid="group-summary">{g.summary}</p>
        {cause?.kind === "upstream" && (
          <dl className="facts" data-testid="group-evidence">
            <dt>{t("upstream")}</dt><dd><a href={href(`/status/${cause.service.slug}`)}>{cause.service.name}</a></dd>
            <dt>{t("runsOnIt")}</dt><dd>{t("runsOnItValue", { count: n(cause.dependents) })}</dd>
            <dt>{t("affectedNow")}</dt><dd>{t("affectedValue", { affected: cause.affected, share: pct(cause.affected / Math.max(cause.dependents, 1)) })}</dd>
            <dt>{t("ownReports")}</dt>
            <dd>{cause.reports ? t("ownReportsValue", { observed: n(cause.reports.observed), window: cause.reports.windowMinutes, usual: n(Math.round(cause.reports.usual)), ratio: cause.reports.ratio }) : t("notAvailable")}</dd>
            <dt>{t("ownOutage")}</dt>
            <dd>{cause.incidentId ? <a href={href(`/status/${cause.service.slug}/incidents/${cause.incidentId}`)}>{t("incidentNumber", { id: cause.incidentId })}</a> : t("noneDetected")}</dd>
          </dl>
        )}
        {cause?.kind === "local" && (
          <dl className="facts" data-testid="group-evidence">
            <dt>{t("country")}</dt><dd>{cause.country.name}</dd>
            <dt>{t("extraFrom")}</dt><dd>{pct(cause.share)}</dd>
            <dt>{t("usually")}</dt><dd>{t("usuallyValue", { share: pct(cause.usualShare) })}</dd>
            <dt>{t("providerDown")}</dt><dd>{cause.provider ? <a href={href(`/status/${cause.provider.slug}`)}>{cause.provider.name}</a> : t("noProvider")}</dd>
          </dl>
        )}
      </section>
      <section className="card stack" aria-labelledby="members-h">
        <h2 id="members-h">{t("membersHeading", { count: g.members.length })}</h2>
        <GroupTimeline group={g} now={now} />
        <div className="table-scroll">
          <table data-testid="group-members">
            <thead>
              <tr>
                <th scope="col">{t("colService")}</th>
                <th scope="col">{t("colWhy")}</th>
                <th scope="col">{t("colStarted")}</th>
                <th scope="col">{t("colDuration")}</th>
                <th scope="col" className="num">{t("colPeak")}</th>
                <th scope="col">{t("colWhere")}</th>
              </tr>
            </thead>
            <tbody>
              {orderCauseFirst(g.members).map((m) => (
                <tr key={m.incidentId} data-role={m.role}>
                  <td><a href={href(`/status/${m.service.slug}/incidents/${m.incidentId}`)}>{m.service.name}</a></td>
                  <td>{m.reason.charAt(0).toUpperCase() + m.reason.slice(1)}</td>
                  <td><LocalTime iso={m.startedAt} style="since" now={now} /></td>
                  <td>{m.open ? t("ongoingFor", { duration: formatDuration(locale, now - Date.parse(m.startedAt)) }) : formatDuration(locale, Date.parse(m.endedAt!) - Date.parse(m.startedAt))}</td>
                  <td className="num">{`${n(m.peakReports)} / ~${n(Math.round(m.peakExpected))}`}</td>
                  <td>{m.locality.verdict === "local" && m.locality.country ? t("whereLocal", { country: m.locality.country.name }) : m.locality.verdict === "spread" ? t("whereUsual") : t("whereUnknown")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="small muted">
          {t("began")} <LocalTime iso={g.startedAt} />
          {g.endedAt ? <>{t("endedAt")} <LocalTime iso={g.endedAt} /></> : t("stillOngoing")}
          {t("changed")} <LocalTime iso={g.updatedAt} />{t("periodEnd")}
        </p>
      </section>
      <p className="small">
        <a href={`/api/v1/incident-groups/${g.id}${locale === "en" ? "" : `?lang=${locale}`}`}>JSON</a> · <a href={href("/feeds/incident-groups.xml")}>{t("feed")}</a> ·{" "}
        <a href={`${href("/methodology")}#together`}>{t("how")}</a>
      </p>
    </article>
  );
}
