import type { createTranslator } from "next-intl";
import type { Messages } from "@/lib/i18n/messages";

/** Window event the report form fires after a counted report, so live panels refresh at once. */
export const REPORTED_EVENT = "downwire:reported";

/** A translator for the "outcome" messages: the server's (no-JS redirect) or the form's own (useTranslations). */
export type OutcomeTranslator = ReturnType<typeof createTranslator<Messages, "client.outcome">>;

/** Words for an intake answer, shared by the script path and the no-JS redirect path. */
export function describeOutcome(t: OutcomeTranslator, name: string, kind: string, n: number | null, retry: number | null): { tone: "ok" | "warn"; text: string } {
  switch (kind) {
    case "counted":
      if (n === null) return { tone: "ok", text: t("countedPlain", { name }) };
      return { tone: "ok", text: n <= 1 ? t("countedFirst", { name }) : t("countedOthers", { name, others: n - 1 }) };
    case "duplicate":
      return { tone: "warn", text: n !== null ? t("duplicateCount", { name, n }) : t("duplicate", { name }) };
    case "rate_limited":
      return { tone: "warn", text: retry ? t("rateLimitedIn", { minutes: Math.ceil(retry / 60) }) : t("rateLimited") };
    case "network_limited":
      return { tone: "warn", text: n !== null ? t("networkLimitedCount", { name, n }) : t("networkLimited", { name }) };
    case "bot":
      return { tone: "warn", text: t("bot") };
    default:
      return { tone: "warn", text: t("invalid") };
  }
}
