import { MESSAGES } from "@/lib/i18n/messages";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import type { CategoryId } from "./types";

export interface ProblemType {
  id: string;
  label: string;
}

/**
 * What a reporter can pick, per category; ids are stable (stored in rollups). Their words live in the message
 * catalogs (lib/i18n/messages/*.json, "problems"): English there is what the API shows.
 */
const PROBLEM_IDS: Record<CategoryId, readonly string[]> = {
  email: ["login", "sending", "receiving", "website", "other"],
  productivity: ["login", "app", "files", "calls", "other"],
  cloud: ["console", "api", "hosting", "login", "other"],
  social: ["feed", "login", "app", "posting", "other"],
  messaging: ["sending_messages", "login", "calls", "app", "other"],
  video: ["streaming", "login", "app", "website", "other"],
  music: ["playback", "login", "app", "search", "other"],
  gaming: ["login", "server_connection", "matchmaking", "store", "other"],
  ai: ["responses", "login", "website", "app", "other"],
  developer: ["website", "git", "ci", "api", "other"],
  finance: ["login", "payments", "mobile_app", "website", "other"],
  isp: ["internet", "tv", "phone", "area_outage", "other"],
  mobile: ["mobile_internet", "calls", "sms", "no_signal", "other"],
  shopping: ["website", "login", "checkout", "app", "other"],
};

/** A problem's words in a language ("Login", "登录"); the id itself for one no catalog knows. */
export function labelProblem(category: CategoryId, id: string, locale: Locale = DEFAULT_LOCALE): string {
  const words = MESSAGES[locale].problems[category] as Record<string, string>;
  return words[id] ?? id;
}

export function listProblems(category: CategoryId, locale: Locale = DEFAULT_LOCALE): readonly ProblemType[] {
  return PROBLEM_IDS[category].map((id) => ({ id, label: labelProblem(category, id, locale) }));
}
