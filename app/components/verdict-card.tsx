"use client";

import { useLocale, useTranslations } from "next-intl";
import type { ServiceVerdict } from "@/lib/detection/read-status";
import { localizePath } from "@/lib/i18n/paths";

/** The status in words and numbers; colour is never the only signal. */
export function VerdictCard({ status, summary, officialSummary, officialUrl }: { status: ServiceVerdict | null; summary: string; officialSummary?: string | null; officialUrl?: string }) {
  const t = useTranslations("client.status");
  const locale = useLocale();
  const tier = status?.status ?? "ok";
  return (
    <section className={`card verdict verdict-${tier}`} aria-labelledby="verdict-h" data-testid="verdict" data-status={status?.status ?? "none"}>
      <h2 id="verdict-h">
        <span className={`chip chip-${tier}`}>{status ? t(tier) : t("none")}</span>
      </h2>
      <p data-testid="verdict-summary">{summary}</p>
      {officialSummary && (
        <p data-testid="official-summary">
          {officialSummary} {officialUrl && <a className="small" href={officialUrl} rel="nofollow noopener">{t("officialData")}</a>}
        </p>
      )}
      {status && status.status !== "ok" && (
        <p className="muted small">
          {t("evidence", { ratio: status.ratio, p: status.p.toExponential(0) })}{" "}
          <a href={localizePath(locale, "/methodology")}>{t("howDecided")}</a>
        </p>
      )}
    </section>
  );
}
