import type { OfficialFormat } from "../types";

/**
 * The history endpoint beside a source, where its format has one: a Statuspage summary's `incidents.json` (the 50
 * most recent incidents with resolution times) and Slack's `history`. Read after an open incident vanishes from the
 * current state, and on a source's first good reading, so incidents opened and closed between polls are kept.
 */
export function historyUrl(format: OfficialFormat, url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (format === "statuspage" && /\/api\/v2\/(summary|status|incidents\/unresolved)\.json$/.test(u.pathname)) {
    u.pathname = u.pathname.replace(/(summary|status|incidents\/unresolved)\.json$/, "incidents.json");
    return u.toString();
  }
  if (format === "slack" && /\/api\/v2\.0\.0\/current$/.test(u.pathname)) {
    u.pathname = u.pathname.replace(/current$/, "history");
    return u.toString();
  }
  return null;
}
