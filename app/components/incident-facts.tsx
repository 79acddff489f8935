import type { Incident } from "@/lib/incidents/read-incidents";
import { PEAK_WINDOW_MINUTES } from "@/lib/incidents/config";
import { formatDuration, formatUtc } from "@/lib/incidents/format-duration";

/** The incident's numbers as a definition list: each one labelled with what it counts. */
export function IncidentFacts({ incident: i, now }: { incident: Incident; now: number }) {
  const end = i.endedAt ? Date.parse(i.endedAt) : now;
  return (
    <dl className="facts" data-testid="incident-facts">
      <dt>Started</dt><dd>{formatUtc(i.startedAt)}</dd>
      <dt>Detected</dt><dd>{formatUtc(i.detectedAt)}</dd>
      <dt>Peak</dt>
      <dd>{`${formatUtc(i.peakAt)}: ${i.peakReports.toLocaleString("en")} reports in ${PEAK_WINDOW_MINUTES} min, ~${Math.round(i.peakExpected).toLocaleString("en")} expected`}</dd>
      <dt>Ended</dt><dd>{i.endedAt ? formatUtc(i.endedAt) : "ongoing"}</dd>
      <dt>{i.open ? "So far" : "Duration"}</dt><dd>{formatDuration(end - Date.parse(i.startedAt))}</dd>
      {i.officialAcknowledgedAt !== null && i.acknowledgementLagMinutes !== null && (
        <>
          <dt>Vendor acknowledged</dt>
          <dd data-testid="acknowledgement-lag">{`${formatUtc(i.officialAcknowledgedAt)} on its status page: ${i.acknowledgementLagMinutes >= 0 ? `${formatDuration(i.acknowledgementLagMinutes * 60_000)} after` : `${formatDuration(-i.acknowledgementLagMinutes * 60_000)} before`} users' reports began`}</dd>
        </>
      )}
    </dl>
  );
}
