import { getLocale, getTranslations } from "next-intl/server";
import type { PublicGroup } from "@/lib/correlation/public-types";
import { DEFAULT_TIME_ZONE } from "@/lib/i18n/config";
import { formatClock } from "@/lib/i18n/format-time";

const ROW = 16;
const WIDTH = 1000;

/**
 * When each member's outage began and how long it lasted, on one time axis from the group's start (SVG attributes
 * only, no inline styles). Decorative: the members table beside it carries the same times for screen readers.
 */
export async function GroupTimeline({ group, now }: { group: PublicGroup; now: number }) {
  const locale = await getLocale();
  const t = await getTranslations("groupPage");
  const clock = (iso: string) => formatClock(locale, iso, DEFAULT_TIME_ZONE[locale]);
  const start = Date.parse(group.startedAt);
  const end = Math.max(start + 60_000, ...group.members.map((m) => (m.endedAt ? Date.parse(m.endedAt) : now)));
  const x = (t: number) => Math.round(((t - start) / (end - start)) * WIDTH);
  const height = group.members.length * ROW + 18;
  return (
    <svg className="group-timeline" viewBox={`0 0 ${WIDTH} ${height}`} aria-hidden="true" data-testid="group-timeline">
      {group.members.map((m, i) => {
        const from = x(Date.parse(m.startedAt));
        const to = x(m.endedAt ? Date.parse(m.endedAt) : now);
        return (
          <g key={m.incidentId}>
            <rect className="lane" x={0} y={i * ROW + 6} width={WIDTH} height={2} />
            <rect className={`run ${m.role === "upstream" ? "cause" : m.role}`} x={from} y={i * ROW + 2} width={Math.max(3, to - from)} height={10} rx={2} />
          </g>
        );
      })}
      <text x={0} y={height - 4}>{clock(group.startedAt)}</text>
      <text x={WIDTH} y={height - 4} textAnchor="end">{group.endedAt ? clock(group.endedAt) : t("now")}</text>
    </svg>
  );
}
