"use client";

import { useTranslations } from "next-intl";

/** An embed's status in words (colour is never the only signal). */
export function StatusChip({ status }: { status: "ok" | "possible" | "outage" | null }) {
  const t = useTranslations("client.status");
  return <span className={`chip chip-${status ?? "ok"}`} data-testid="embed-status">{status ? t(status) : t("none")}</span>;
}
