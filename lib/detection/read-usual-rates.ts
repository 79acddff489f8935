import type { ReportStore } from "@/lib/reports/store/report-store";

const HOUR_MS = 3_600_000;
const WEEK_MS = 7 * 86_400_000;

/** The whole site's reports a minute over the week before `now` (the cold-start prior shares it out by popularity). */
export async function readSiteRatePerMin({ reports, now }: { reports: ReportStore; now: number }): Promise<number> {
  const { count, firstHour } = await reports.readSiteTotal(now - WEEK_MS, now);
  if (!count || firstHour === null) return 0;
  // A site younger than a week is averaged over its own age, not over a week it did not exist in.
  return count / (Math.max(HOUR_MS, now - firstHour) / 60_000);
}

/**
 * Each of these services' median reports a minute over the hours in [from, to) since its first report (hours without
 * reports count as zero), or nothing for a service with no report in that range.
 */
export async function readMedianRatesPerMin({ reports, serviceIds, from, to }: { reports: ReportStore; serviceIds: readonly number[]; from: number; to: number }): Promise<Map<number, number>> {
  const rows = await reports.readHourCounts(serviceIds, from, to);
  const out = new Map<number, number>();
  for (let i = 0; i < rows.length; ) {
    const s = rows[i].s;
    const counts: number[] = [];
    const first = rows[i].h;
    for (; i < rows.length && rows[i].s === s; i++) counts.push(rows[i].c);
    const hours = Math.max(counts.length, Math.floor((to - first) / HOUR_MS));
    while (counts.length < hours) counts.push(0);
    counts.sort((a, b) => a - b);
    out.set(s, counts[Math.floor(counts.length / 2)] / 60);
  }
  return out;
}
