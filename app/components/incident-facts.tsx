import { getLocale, getTranslations } from "next-intl/server";
import type { Incident } from "@/lib/incidents/read-incidents";
import { PEAK_WINDOW_MINUTES } from "@/lib/incidents/config";
import { formatDuration } from "@/lib/i18n/format-time";
import { LocalTime } from "./local-time";

/** The incident's numbers as a definition list: each one labelled with what it counts; times in the reader's zone. */
export async function IncidentFacts({ incident: i, now }: { incident: Incident; now: number }) {
  const t = await getTranslations("incidentFacts");
  const locale = await getLocale();
  const end = i.endedAt ? Date.parse(i.endedAt) : now;
  return (
    <dl className="facts" data-testid="incident-facts">
      <dt>{t("started")}</dt><dd><LocalTime iso={i.startedAt} /></dd>
      <dt>{t("detected")}</dt><dd><LocalTime iso={i.detectedAt} /></dd>
      <dt>{t("peak")}</dt>
      <dd><LocalTime iso={i.peakAt} />{t("peakNumbers", { reports: i.peakReports, window: PEAK_WINDOW_MINUTES, expected: Math.round(i.peakExpected) })}</dd>
      <dt>{t("ended")}</dt><dd>{i.endedAt ? <LocalTime iso={i.endedAt} /> : t("ongoing")}</dd>
      <dt>{i.open ? t("soFar") : t("duration")}</dt><dd>{formatDuration(locale, end - Date.parse(i.startedAt))}</dd>
      {i.officialAcknowledgedAt !== null && i.acknowledgementLagMinutes !== null && (
        <>
          <dt>{t("vendorAcknowledged")}</dt>
          <dd data-testid="acknowledgement-lag"><LocalTime iso={i.officialAcknowledgedAt} />{t(i.acknowledgementLagMinutes >= 0 ? "ackAfter" : "ackBefore", { lag: formatDuration(locale, Math.abs(i.acknowledgementLagMinutes) * 60_000) })}</dd>
        </>
      )}
    </dl>
  );
}
