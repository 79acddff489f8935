import type { Locale } from "./config";

/*
 * Times and durations in a reader's language and time zone, through Intl. English keeps the unambiguous
 * "2026-11-20 08:22 UTC" journalists cite; Chinese reads "2026年11月20日 16:22 北京时间". Pure: the same input gives
 * the same text on the server and in the browser, so hydration agrees.
 */

const formats = new Map<string, Intl.DateTimeFormat>();

function partsOf(locale: Locale, iso: string | number, timeZone: string): Record<string, string> {
  const key = `${locale}|${timeZone}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone });
    formats.set(key, f);
  }
  const out: Record<string, string> = {};
  for (const p of f.formatToParts(new Date(iso))) out[p.type] = p.value;
  return out;
}

const zoneNames = new Map<string, string>();

/** "UTC", "北京时间" for China Standard Time in Chinese, otherwise Intl's short name ("GMT+1", "EST"). */
export function nameTimeZone(locale: Locale, timeZone: string, at: string | number = 0): string {
  if (timeZone === "UTC" || timeZone === "Etc/UTC") return "UTC";
  if (locale === "zh-CN" && (timeZone === "Asia/Shanghai" || timeZone === "Asia/Chongqing" || timeZone === "PRC")) return "北京时间";
  const key = `${locale}|${timeZone}|${new Date(at).getUTCMonth()}`;
  let name = zoneNames.get(key);
  if (!name) {
    const part = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "short" }).formatToParts(new Date(at)).find((p) => p.type === "timeZoneName");
    name = part?.value ?? timeZone;
    zoneNames.set(key, name);
  }
  return name;
}

/** "2026-11-20 08:22 UTC" / "2026年11月20日 16:22 北京时间" (without the zone's name where a heading already gives it). */
export function formatDateTime(locale: Locale, iso: string | number, timeZone: string, withZone = true): string {
  const p = partsOf(locale, iso, timeZone);
  const zone = withZone ? ` ${nameTimeZone(locale, timeZone, iso)}` : "";
  const hour = p.hour === "24" ? "00" : p.hour;
  return locale === "zh-CN" ? `${p.year}年${Number(p.month)}月${Number(p.day)}日 ${hour}:${p.minute}${zone}` : `${p.year}-${p.month}-${p.day} ${hour}:${p.minute}${zone}`;
}

/** "08:22 UTC" / "16:22 北京时间". */
export function formatClock(locale: Locale, iso: string | number, timeZone: string): string {
  const p = partsOf(locale, iso, timeZone);
  return `${p.hour === "24" ? "00" : p.hour}:${p.minute} ${nameTimeZone(locale, timeZone, iso)}`;
}

/** "2026-11-20" / "2026年11月20日": the calendar day in that zone. */
export function formatDay(locale: Locale, iso: string | number, timeZone: string): string {
  const p = partsOf(locale, iso, timeZone);
  return locale === "zh-CN" ? `${p.year}年${Number(p.month)}月${Number(p.day)}日` : `${p.year}-${p.month}-${p.day}`;
}

/** The clock time alone on the same calendar day (in that zone) as `now`, else date and time. */
export function formatSince(locale: Locale, iso: string, timeZone: string, now?: number): string {
  if (now !== undefined && formatDay(locale, iso, timeZone) === formatDay(locale, now, timeZone)) return formatClock(locale, iso, timeZone);
  return formatDateTime(locale, iso, timeZone);
}

const monthNames = new Map<string, Intl.DateTimeFormat>();

/**
 * A recent moment, short: the clock alone on the same calendar day (in that zone) as `now`, else with the day and
 * month: "14:39 UTC", "25 Nov 14:39 UTC" / "22:39 北京时间", "11月25日 22:39 北京时间".
 */
export function formatRecent(locale: Locale, iso: string | number, timeZone: string, now: number): string {
  const clock = formatClock(locale, iso, timeZone);
  if (formatDay(locale, iso, timeZone) === formatDay(locale, now, timeZone)) return clock;
  const p = partsOf(locale, iso, timeZone);
  if (locale === "zh-CN") return `${Number(p.month)}月${Number(p.day)}日 ${clock}`;
  const key = `${locale}|${timeZone}`;
  let month = monthNames.get(key);
  if (!month) {
    month = new Intl.DateTimeFormat(locale, { month: "short", timeZone });
    monthNames.set(key, month);
  }
  return `${Number(p.day)} ${month.format(new Date(iso))} ${clock}`;
}

/** A chart axis label: "08:22", or "11-20 08h" on a multi-day axis ("11-20 16时" in Chinese). */
export function formatTick(locale: Locale, iso: string, timeZone: string, wide: boolean): string {
  const p = partsOf(locale, iso, timeZone);
  const hour = p.hour === "24" ? "00" : p.hour;
  if (!wide) return `${hour}:${p.minute}`;
  return locale === "zh-CN" ? `${p.month}-${p.day} ${hour}时` : `${p.month}-${p.day} ${hour}h`;
}

/** "7 h 39 min", "12 min" / "7小时39分钟", "12分钟": how long an incident lasted (or has lasted so far). */
export function formatDuration(locale: Locale, ms: number): string {
  const total = Math.max(0, Math.round(ms / 60_000));
  const h = Math.floor(total / 60);
  const m = total % 60;
  const n = (x: number) => x.toLocaleString(locale);
  if (locale === "zh-CN") return h ? `${n(h)}小时${m}分钟` : `${m}分钟`;
  return h ? `${n(h)} h ${m} min` : `${m} min`;
}

/** The reader's own zone, or the locale's default where the browser names none. */
export function pickReaderZone(browserZone: string | undefined, fallback: string): string {
  return browserZone && browserZone !== "Etc/Unknown" ? browserZone : fallback;
}

/**
 * A zone's offset at an instant in the browser's own convention (`Date#getTimezoneOffset`: minutes, positive west
 * of UTC; China Standard Time is -480). A page compares it with the browser's to learn, without loading Intl's
 * zone data, whether it was drawn in the reader's zone.
 */
export function zoneOffsetMinutes(timeZone: string, at: number): number {
  const p = partsOf("en", at, timeZone);
  const wall = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
  return Math.round((Math.floor(at / 60_000) * 60_000 - wall) / 60_000);
}
