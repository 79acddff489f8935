import type { CategoryId } from "./types";

export interface ProblemType {
  id: string;
  label: string;
}

const OTHER: ProblemType = { id: "other", label: "Something else" };

/** What a reporter can pick, per category; ids are stable (stored in rollups), labels may change. */
export const PROBLEMS_BY_CATEGORY: Record<CategoryId, readonly ProblemType[]> = {
  email: [{ id: "login", label: "Login" }, { id: "sending", label: "Sending email" }, { id: "receiving", label: "Receiving email" }, { id: "website", label: "Website" }, OTHER],
  productivity: [{ id: "login", label: "Login" }, { id: "app", label: "App" }, { id: "files", label: "Opening or saving files" }, { id: "calls", label: "Calls and meetings" }, OTHER],
  cloud: [{ id: "console", label: "Console or dashboard" }, { id: "api", label: "API errors" }, { id: "hosting", label: "Hosted sites down" }, { id: "login", label: "Login" }, OTHER],
  social: [{ id: "feed", label: "Feed not loading" }, { id: "login", label: "Login" }, { id: "app", label: "App" }, { id: "posting", label: "Posting" }, OTHER],
  messaging: [{ id: "sending_messages", label: "Sending messages" }, { id: "login", label: "Login" }, { id: "calls", label: "Calls" }, { id: "app", label: "App" }, OTHER],
  video: [{ id: "streaming", label: "Streaming" }, { id: "login", label: "Login" }, { id: "app", label: "App" }, { id: "website", label: "Website" }, OTHER],
  music: [{ id: "playback", label: "Playback" }, { id: "login", label: "Login" }, { id: "app", label: "App" }, { id: "search", label: "Search" }, OTHER],
  gaming: [{ id: "login", label: "Login" }, { id: "server_connection", label: "Server connection" }, { id: "matchmaking", label: "Matchmaking" }, { id: "store", label: "Store" }, OTHER],
  ai: [{ id: "responses", label: "Getting responses" }, { id: "login", label: "Login" }, { id: "website", label: "Website" }, { id: "app", label: "App" }, OTHER],
  developer: [{ id: "website", label: "Website" }, { id: "git", label: "Git push or pull" }, { id: "ci", label: "CI / pipelines" }, { id: "api", label: "API" }, OTHER],
  finance: [{ id: "login", label: "Login" }, { id: "payments", label: "Payments" }, { id: "mobile_app", label: "Mobile app" }, { id: "website", label: "Website" }, OTHER],
  isp: [{ id: "internet", label: "Internet" }, { id: "tv", label: "TV" }, { id: "phone", label: "Landline phone" }, { id: "area_outage", label: "Total outage in my area" }, OTHER],
  mobile: [{ id: "mobile_internet", label: "Mobile internet" }, { id: "calls", label: "Calls" }, { id: "sms", label: "Text messages" }, { id: "no_signal", label: "No signal" }, OTHER],
  shopping: [{ id: "website", label: "Website" }, { id: "login", label: "Login" }, { id: "checkout", label: "Checkout" }, { id: "app", label: "App" }, OTHER],
};

export function listProblems(category: CategoryId): readonly ProblemType[] {
  return PROBLEMS_BY_CATEGORY[category];
}

export const ALL_PROBLEM_IDS: readonly string[] = [...new Set(Object.values(PROBLEMS_BY_CATEGORY).flatMap((l) => l.map((p) => p.id)))];
