import { DAY_MS } from "@/lib/privacy/config";

export interface ScriptedOutage {
  label: string;
  slugs: string[];
  start: number;
  end: number;
  /** Report rate at the peak as a multiple of the normal rate (plus a floor so quiet services light up too). */
  peakMultiplier: number;
  /** Problem most reporters pick during this outage. */
  problem: string;
  /** Minutes after `start` each service's surge begins (an upstream failure reaches its dependents over minutes). */
  delays?: Record<string, number>;
  /** A regional outage: the extra reports come from this country (ISO code) only. */
  country?: string;
  /** Minutes from the surge's start to its peak (default 12: reports build up as people notice). */
  rampMinutes?: number;
}

const HOUR = 3_600_000;
const MIN = 60_000;

/** The most recent given weekday (0 = Sunday, UTC) at hh:mm that starts at least `minAgoMs` before now. */
function lastWeekday(now: number, weekday: number, hh: number, mm: number, minAgoMs: number): number {
  const day0 = Math.floor(now / DAY_MS) * DAY_MS;
  for (let d = 0; d < 14; d++) {
    const t = day0 - d * DAY_MS + hh * HOUR + mm * MIN;
    if (new Date(t).getUTCDay() === weekday && t <= now - minAgoMs) return t;
  }
  return day0 - 7 * DAY_MS;
}

/**
 * Past outages in the demo history, placed relative to `now` so a demo started any day shows them.
 * The Microsoft 365 replay is modelled on 2024-12-13 (a Friday): web apps and the admin center failed for
 * ~6 h after a token-generation fault in sign-in; reports started in the European morning.
 */
export function planPastOutages(now: number): ScriptedOutage[] {
  const m365 = lastWeekday(now, 5, 8, 30, DAY_MS);
  const steam = lastWeekday(now, 2, 21, 5, 12 * HOUR);
  const discord = Math.floor((now - 4 * DAY_MS) / HOUR) * HOUR + 15 * MIN;
  const whatsapp = Math.floor((now - 9 * DAY_MS) / HOUR) * HOUR + 40 * MIN;
  const cloudflare = lastWeekday(now, 3, 11, 21, 12 * HOUR);
  const virgin = lastWeekday(now, 0, 19, 40, 12 * HOUR);
  const spotify = lastWeekday(now, 1, 22, 10, 12 * HOUR);
  // 09:39 UTC is 17:39 China Standard Time, when Alibaba Cloud's 2023-11-12 (a Sunday) failure began.
  const aliyun = lastWeekday(now, 0, 9, 39, 12 * HOUR);
  // 12:30 UTC is 20:30 in China, the evening peak.
  const unicom = lastWeekday(now, 4, 12, 30, 12 * HOUR);
  return [
    { label: "Microsoft 365 sign-in token fault (replay of 2024-12-13)", slugs: ["outlook", "onedrive", "microsoft-365-admin", "microsoft-365"], start: m365, end: m365 + 6 * HOUR, peakMultiplier: 30, problem: "login" },
    { label: "Steam store and login outage", slugs: ["steam"], start: steam, end: steam + 95 * MIN, peakMultiplier: 18, problem: "login" },
    { label: "Discord messages failing", slugs: ["discord"], start: discord, end: discord + 2 * HOUR, peakMultiplier: 20, problem: "sending_messages" },
    { label: "WhatsApp messages not sending", slugs: ["whatsapp"], start: whatsapp, end: whatsapp + 3 * HOUR, peakMultiplier: 25, problem: "sending_messages" },
    {
      // Modelled on Cloudflare's network-wide failures (2019-07-02, 2022-06-21): sites behind it fail within minutes.
      label: "Cloudflare network outage hitting sites and apps behind it",
      slugs: ["cloudflare", "discord", "roblox", "chatgpt", "claude", "npm", "notion", "shopify", "epic-games", "fortnite"],
      delays: { discord: 1, roblox: 2, chatgpt: 2, claude: 3, notion: 3, npm: 4, "epic-games": 4, shopify: 5, fortnite: 6 },
      start: cloudflare,
      end: cloudflare + 150 * MIN,
      peakMultiplier: 20,
      problem: "website",
    },
    // A broadband provider's outage in one country: its customers report it and whatever they cannot reach.
    { label: "Virgin Media broadband outage (United Kingdom only)", slugs: ["virgin-media", "youtube", "netflix", "whatsapp"], delays: { youtube: 3, netflix: 4, whatsapp: 5 }, start: virgin, end: virgin + 2 * HOUR, peakMultiplier: 14, problem: "internet", country: "GB" },
    { label: "Spotify playback failing in Brazil", slugs: ["spotify"], start: spotify, end: spotify + 2 * HOUR, peakMultiplier: 16, problem: "playback", country: "BR" },
    {
      // Modelled on Alibaba Cloud's 2023-11-12 failure (console and APIs down for ~3.5 h; Taobao, DingTalk, Xianyu and
      // Ele.me with it): a Chinese-market upstream outage, reported almost entirely from China.
      label: "Alibaba Cloud outage (replay of 2023-11-12)",
      slugs: ["alibaba-cloud", "taobao", "dingtalk", "xianyu", "eleme"],
      delays: { taobao: 2, dingtalk: 2, xianyu: 4, eleme: 5 },
      start: aliyun,
      end: aliyun + 210 * MIN,
      peakMultiplier: 18,
      problem: "login",
    },
    // A mobile network outage in China: its subscribers report it and the foreign services they cannot reach, whose
    // reports usually come from elsewhere: a local outage, grouped under the provider.
    { label: "China Unicom mobile network outage (China only)", slugs: ["china-unicom", "steam", "apple-services", "github"], delays: { steam: 2, "apple-services": 3, github: 4 }, start: unicom, end: unicom + 2 * HOUR, peakMultiplier: 14, problem: "mobile_internet", country: "CN" },
  ];
}

/** How much an outage lifts a service's rate at time t: a fast rise, a plateau, and a slower tail. */
export function readOutageLift(outages: ScriptedOutage[], slug: string, t: number): { multiplier: number; problem: string | null; country: string | null } {
  for (const o of outages) {
    const start = o.start + (o.delays?.[slug] ?? 0) * MIN;
    if (!o.slugs.includes(slug) || t < start || t > o.end + 45 * MIN) continue;
    const rise = Math.min(1, (t - start) / ((o.rampMinutes ?? 12) * MIN));
    const tail = t > o.end ? Math.max(0, 1 - (t - o.end) / (45 * MIN)) : 1;
    return { multiplier: 1 + (o.peakMultiplier - 1) * rise * tail, problem: o.problem, country: o.country ?? null };
  }
  return { multiplier: 1, problem: null, country: null };
}
