import type { Service } from "@/lib/catalog/read-catalog";
import { NIGHT_FLOOR, RATE_EXPONENT, RATE_SCALE, WEEKEND_LEISURE, WEEKEND_WORK } from "./config";

/** Coarse UTC offsets of main markets, enough for a believable daily rhythm. */
const UTC_OFFSET_HOURS: Record<string, number> = {
  US: -5, CA: -5, MX: -6, BR: -3, AR: -3, GB: 0, IE: 0, PT: 0, DE: 1, FR: 1, ES: 1, IT: 1, NL: 1, BE: 1, SE: 1, NO: 1,
  DK: 1, PL: 1, AT: 1, CH: 1, TR: 3, RU: 3, AE: 4, IN: 5.5, ID: 7, TH: 7, VN: 7, CN: 8, SG: 8, HK: 8, TW: 8, PH: 8,
  JP: 9, KR: 9, AU: 10, NZ: 12, ZA: 2, NG: 1, EG: 2,
};

const WORK_CATEGORIES = new Set(["email", "productivity", "cloud", "developer", "finance"]);
const LEISURE_CATEGORIES = new Set(["gaming", "video", "music", "social"]);

/** Expected reports per minute for a service at time t, in a normal hour (no outage, no noise). */
export function readBaseRate(service: Pick<Service, "popularity" | "markets" | "category">, t: number): number {
  const offset = UTC_OFFSET_HOURS[service.markets[0] ?? "US"] ?? 0;
  const local = new Date(t + offset * 3_600_000);
  const hour = local.getUTCHours() + local.getUTCMinutes() / 60;
  // Quietest around 04:00 local, busiest mid-afternoon to evening.
  const daily = NIGHT_FLOOR + (1 - NIGHT_FLOOR) * Math.sin((Math.PI * (hour - 4)) / 24) ** 2;
  const weekend = local.getUTCDay() === 0 || local.getUTCDay() === 6;
  const weekly = !weekend ? 1 : WORK_CATEGORIES.has(service.category) ? WEEKEND_WORK : LEISURE_CATEGORIES.has(service.category) ? WEEKEND_LEISURE : 1;
  return RATE_SCALE * service.popularity ** RATE_EXPONENT * daily * weekly;
}
