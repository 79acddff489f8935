import { zoneOffset, zonedTimeToUtc } from "./instant";
import { htmlToText } from "./reading-helpers";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * The timeline inside a Statuspage history-feed entry: `<small>Dec <var>26</var>, <var>14:45</var> UTC</small><br>
 * <strong>Resolved</strong> - text`, newest first. The year is not printed: it is the entry's, or the one before
 * when the month lies after the entry's.
 */
export function readStatuspageTimeline(html: string, entryMs: number): { at: number; status: string; body: string }[] {
  const out: { at: number; status: string; body: string }[] = [];
  const re = /<small>\s*([A-Za-z]{3})\s*<var[^>]*>(\d{1,2})<\/var>(?:,\s*<var[^>]*>(\d{4})<\/var>)?\s*,?\s*(?:-\s*)?<var[^>]*>(\d{1,2}):(\d{2})<\/var>\s*([A-Za-z]{1,5})?\s*<\/small>\s*(?:<br\s*\/?>)?\s*<strong>([^<]+)<\/strong>\s*-?\s*([\s\S]*?)(?=<\/p>|<p>|$)/g;
  const entry = new Date(entryMs);
  for (const m of html.matchAll(re)) {
    const month = MONTHS.indexOf(m[1].toLowerCase());
    const offset = zoneOffset(m[6] ?? "UTC");
    if (month < 0 || offset === null) continue;
    const year = m[3] ? Number(m[3]) : month > entry.getUTCMonth() ? entry.getUTCFullYear() - 1 : entry.getUTCFullYear();
    const at = Date.UTC(year, month, Number(m[2]), Number(m[4]), Number(m[5])) - offset * 60_000;
    out.push({ at, status: m[7].trim().toLowerCase(), body: htmlToText(m[8]) });
  }
  return out.sort((a, b) => b.at - a.at);
}

/**
 * Google Cloud's feed entries open with "Incident began at <strong>2022-03-31 08:30</strong> and ended at
 * <strong>…</strong> (all times are <strong>US/Pacific</strong>)".
 */
export function readGoogleSpan(html: string): { began: number | null; ended: number | null } {
  const zone = /all times are\s*(?:<strong>)?\s*([A-Za-z_]+\/[A-Za-z_]+|UTC)\s*(?:<\/strong>)?/i.exec(html)?.[1];
  const at = (label: string) => {
    const m = new RegExp(`${label}\\s*(?:at)?\\s*(?:<strong>)?\\s*(\\d{4})-(\\d{2})-(\\d{2}) (\\d{2}):(\\d{2})`, "i").exec(html);
    if (!m || !zone) return null;
    return zonedTimeToUtc(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), zone);
  };
  return { began: at("began"), ended: at("ended") };
}

/** "Affected products: A, B" (Google) or "This incident affected: A and B" (Statuspage). */
export function readAffected(html: string): string[] {
  const text = htmlToText(html);
  const m = /(?:Affected products|This incident affected):\s*([^\n]+)/i.exec(text);
  if (!m) return [];
  return m[1]
    .replace(/\.$/, "")
    .split(/,\s*|\s+and\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
