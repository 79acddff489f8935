import { readIncident } from "@/lib/incidents/read-incident";
import { PEAK_WINDOW_MINUTES } from "@/lib/incidents/config";
import { describeSpan } from "@/lib/incidents/describe-incident";
import { formatUtc } from "@/lib/incidents/format-duration";
import { pickHighlight } from "@/lib/incidents/pick-highlight";
import { readServicePage } from "@/lib/services/read-service-page";
import type { ServiceReadDeps } from "@/lib/services/read-service-detail";
import type { ShareCard } from "./render-share-card";

const BUCKET_WORDS = { "1m": "minute", "5m": "5 minutes", "15m": "15 minutes", "1h": "hour" } as const;
const TITLES = { outage: "Outage likely", possible: "Possible problems", ok: "No current problems" } as const;

/** A service's card: its verdict and last 24 hours. */
export async function readServiceShareCard({ slug, now, ...deps }: ServiceReadDeps & { slug: string; now: number }): Promise<ShareCard | undefined> {
  const page = await readServicePage({ ...deps, slug, now });
  if (!page) return undefined;
  const { detail, series } = page;
  const tier = detail.status?.status ?? "ok";
  return {
    title: `${detail.service.name}: live problem reports`,
    chip: { label: detail.status ? TITLES[tier] : "No verdict yet", tone: tier },
    summary: detail.summary,
    buckets: series.buckets,
    caption: "Reports per 15 minutes, last 24 hours (UTC)",
    at: new Date(now).toISOString(),
    final: false,
  };
}

/** An incident's card: its frozen chart with the outage shaded. */
export async function readIncidentShareCard({ id, slug, now, ...deps }: ServiceReadDeps & { id: number; slug: string; now: number }): Promise<ShareCard | undefined> {
  const detail = await readIncident({ ...deps, id, now });
  if (!detail || detail.incident.service.slug !== slug) return undefined;
  const { incident: i, chart } = detail;
  const problems = i.topProblems.slice(0, 2).map((p) => `${p.label} ${p.percent}%`).join(", ");
  return {
    title: `${i.service.name} outage`,
    chip: i.open ? { label: "Ongoing outage", tone: "outage" } : { label: "Past outage", tone: "possible" },
    summary: `${describeSpan(i, now)}. Peak ${formatUtc(i.peakAt)}: ${i.peakReports.toLocaleString("en")} reports in ${PEAK_WINDOW_MINUTES} min, ~${Math.round(i.peakExpected).toLocaleString("en")} expected.${problems ? ` Most reported: ${problems}.` : ""}`,
    buckets: chart.buckets,
    highlight: pickHighlight(chart, i),
    caption: `Reports per ${BUCKET_WORDS[chart.bucket]} (UTC), outage shaded`,
    at: i.endedAt ?? new Date(now).toISOString(),
    final: !i.open,
  };
}
