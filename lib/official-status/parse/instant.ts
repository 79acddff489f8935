/*
 * Vendor feeds write times in several formats; each is parsed by an explicit rule (never by the engine's lenient
 * Date parsing, whose guesses differ between runtimes). Every function returns epoch ms, or null if unreadable.
 */

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** RFC 822 zone names (and the US ones feeds still print), as minutes east of UTC. */
const ZONES: Record<string, number> = { UT: 0, UTC: 0, GMT: 0, Z: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420 };

/** ISO 8601 with a zone (`Z` or an offset), as Statuspage, Slack, status.io and Google write them. */
export function parseIso(text: unknown): number | null {
  if (typeof text !== "string" || !ISO.test(text.trim())) return null;
  const ms = Date.parse(text.trim());
  return Number.isFinite(ms) ? ms : null;
}

/** Minutes east of UTC for a zone name or `+hhmm` offset; null when unknown. */
export function zoneOffset(zone: string): number | null {
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (m) return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
  return ZONES[zone.toUpperCase()] ?? null;
}

function utc(year: number, month: number, day: number, hour: number, minute: number, second: number, offsetMinutes: number): number | null {
  if (month < 0 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return null;
  return Date.UTC(year, month, day, hour, minute, second) - offsetMinutes * 60_000;
}

/** RFC 822 / 1123 dates as RSS writes them: `Wed, 15 Dec 2021 12:16:32 PST`, `Mon, 20 Dec 2021 08:05:42 +0000`. */
export function parseRfc822(text: unknown): number | null {
  if (typeof text !== "string") return null;
  const m = /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{2}|\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s+([A-Za-z]{1,5}|[+-]\d{4})$/.exec(text.trim());
  if (!m) return null;
  const month = MONTHS.indexOf(m[2].toLowerCase());
  const offset = zoneOffset(m[7]);
  if (month < 0 || offset === null) return null;
  const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  return utc(year, month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0), offset);
}

/** JavaScript's Date.toString() form, which Instatus sends: `Sat Jun 11 2022 18:55:50 GMT+0000 (Coordinated Universal Time)`. */
export function parseJsDateString(text: unknown): number | null {
  if (typeof text !== "string") return null;
  const m = /^[A-Za-z]{3} ([A-Za-z]{3}) (\d{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT([+-]\d{4})(?: \(.*\))?$/.exec(text.trim());
  if (!m) return null;
  const month = MONTHS.indexOf(m[1].toLowerCase());
  const offset = zoneOffset(m[7]);
  if (month < 0 || offset === null) return null;
  return utc(Number(m[3]), month, Number(m[2]), Number(m[4]), Number(m[5]), Number(m[6]), offset);
}

/** Unix seconds, as a number or a string of digits (AWS's legacy dashboard). */
export function parseUnixSeconds(value: unknown): number | null {
  const text = typeof value === "number" ? String(value) : value;
  if (typeof text !== "string" || !/^\d{9,11}$/.test(text.trim())) return null;
  return Number(text.trim()) * 1000;
}

/** The first of the formats above that reads the value. */
export function parseInstant(value: unknown): number | null {
  return parseIso(value) ?? parseRfc822(value) ?? parseJsDateString(value) ?? parseUnixSeconds(value);
}

/**
 * Epoch ms of a wall-clock time in an IANA time zone (`2022-03-31 08:30` in `US/Pacific`), found with Intl: the
 * zone's offset at the guessed instant, corrected once for a DST edge.
 */
export function zonedTimeToUtc(year: number, month: number, day: number, hour: number, minute: number, timeZone: string): number | null {
  const asUtc = Date.UTC(year, month, day, hour, minute);
  let offset: number;
  try {
    offset = offsetAt(asUtc, timeZone);
    const second = offsetAt(asUtc - offset, timeZone);
    if (second !== offset) offset = second;
  } catch {
    return null;
  }
  return asUtc - offset;
}

function offsetAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second")) - Math.floor(instant / 1000) * 1000;
}

export const toIso = (ms: number) => new Date(ms).toISOString();
