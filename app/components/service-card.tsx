import { useTranslations } from "next-intl";
import { nameIn } from "@/lib/catalog/read-catalog";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format-number";
import { localizePath } from "@/lib/i18n/paths";
import type { ServiceSummary } from "@/lib/services/read-overview";
import { Monogram } from "./monogram";
import { Sparkline } from "./sparkline";

/**
 * One service on the front page, in the reader's language: name, status chip, reports in the last hour against
 * usual, 24-hour sparkline. A plain link, not next/link: that would prefetch every card in view, for
 * pages rendered per request anyway.
 */
export function ServiceCard({ s, locale }: { s: ServiceSummary; locale: Locale }) {
  const t = useTranslations("home");
  const ts = useTranslations("client.status");
  const tier = s.status?.status ?? "ok";
  const hot = tier !== "ok";
  const name = nameIn(s, locale);
  return (
    <li>
      <a href={localizePath(locale, `/status/${s.slug}`)} className="card service-card" data-testid="service-card">
        <Monogram slug={s.slug} name={name} />
        <span>
          <span className="name">{name}</span>{" "}
          {hot && <span className={`chip chip-${tier}`}>{tier === "outage" ? ts("chipOutage") : ts("possible")}</span>}
          <br />
          <span className="volume">
            {t.rich("volume", { count: s.reportsLastHour, usual: formatNumber(locale, Math.round(s.usualLastHour)), strong: (chunks) => <strong className={hot ? "hot" : undefined}>{chunks}</strong> })}
          </span>
        </span>
        <Sparkline values={s.sparkline} label={t("sparkline", { name })} />
      </a>
    </li>
  );
}
