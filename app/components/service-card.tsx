import type { ServiceSummary } from "@/lib/services/read-overview";
import { Monogram } from "./monogram";
import { Sparkline } from "./sparkline";

/**
 * One service on the front page: name, status chip, reports in the last hour against usual, 24-hour sparkline. A plain
 * link, not next/link: that would prefetch every one of the 120 cards in view, for pages rendered per request anyway.
 */
export function ServiceCard({ s }: { s: ServiceSummary }) {
  const tier = s.status?.status ?? "ok";
  return (
    <li>
      <a href={`/status/${s.slug}`} className="card service-card" data-testid="service-card">
        <Monogram slug={s.slug} name={s.name} />
        <span>
          <span className="name">{s.name}</span>{" "}
          {tier !== "ok" && <span className={`chip chip-${tier}`}>{tier === "outage" ? "Outage" : "Possible problems"}</span>}
          <br />
          <span className="volume">
            <strong className={tier !== "ok" ? "hot" : undefined}>{s.reportsLastHour.toLocaleString("en")}</strong> {s.reportsLastHour === 1 ? "report" : "reports"} in the last hour ·
            usually ~{Math.round(s.usualLastHour).toLocaleString("en")}
          </span>
        </span>
        <Sparkline values={s.sparkline} label={`Reports per hour over the last 24 hours for ${s.name}`} />
      </a>
    </li>
  );
}
