import type { Service } from "@/lib/catalog/read-catalog";
import { NIGHT_FLOOR, RATE_EXPONENT, RATE_SCALE, WEEKEND_LEISURE, WEEKEND_WORK } from "./config";

/** Coarse UTC offsets of main markets, enough for a believable daily rhythm. */
const UTC_OFFSET_HOURS: Record<string, number> = {
  US: -5, CA: -5, MX: -6, BR: -3, AR: -3, GB: 0, IE: 0, PT: 0, DE: 1, FR: 1, ES: 1, IT: 1, NL: 1, BE: 1, SE: 1, NO: 1,
  DK: 1, PL: 1, AT: 1, CH: 1, TR: 3, RU: 3, AE: 4, IN: 5.5, ID: 7, TH: 7, VN: 7, CN: 8, SG: 8, HK: 8, TW: 8, PH: 8,
  JP: 9, KR: 9, AU: 10, NZ: 12, ZA: 2, NG: 1, EG: 2,
};

/**
 * The Chinese internet's day in China Standard Time (UTC+8, no daylight saving), relative to its busiest hour: very
 * quiet 02:00–06:00, a morning commute rise, a lunch peak, and the evening peak 20:00–22:00 (after work and dinner).
 */
const CHINA_DAY = [0.45, 0.3, 0.2, 0.15, 0.13, 0.15, 0.25, 0.45, 0.65, 0.75, 0.8, 0.85, 0.95, 0.85, 0.8, 0.8, 0.8, 0.82, 0.88, 0.95, 1, 1, 0.9, 0.7];

const WORK_CATEGORIES = new Set(["email", "productivity", "cloud", "developer", "finance"]);
const LEISURE_CATEGORIES = new Set(["gaming", "video", "music", "social"]);

/** Share of the day's peak rate at a local clock hour (fractional). */
export function readDailyShape(market: string, hour: number): number {
  if (market === "CN") {
    const h = Math.floor(hour) % 24;
    const f = hour - Math.floor(hour);
    return CHINA_DAY[h] * (1 - f) + CHINA_DAY[(h + 1) % 24] * f;
  }
  // Quietest around 04:00 local, busiest mid-afternoon to evening.
  return NIGHT_FLOOR + (1 - NIGHT_FLOOR) * Math.sin((Math.PI * (hour - 4)) / 24) ** 2;
}

/** Expected reports per minute for a service at time t, in a normal hour (no outage, no noise), on its main market's clock. */
export function readBaseRate(service: Pick<Service, "popularity" | "markets" | "category">, t: number): number {
  const market = service.markets[0] ?? "US";
  const offset = UTC_OFFSET_HOURS[market] ?? 0;
  const local = new Date(t + offset * 3_600_000);
  const hour = local.getUTCHours() + local.getUTCMinutes() / 60;
  const daily = readDailyShape(market, hour);
  const weekend = local.getUTCDay() === 0 || local.getUTCDay() === 6;
  const weekly = !weekend ? 1 : WORK_CATEGORIES.has(service.category) ? WEEKEND_WORK : LEISURE_CATEGORIES.has(service.category) ? WEEKEND_LEISURE : 1;
  return RATE_SCALE * service.popularity ** RATE_EXPONENT * daily * weekly;
}
