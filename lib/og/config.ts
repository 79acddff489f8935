import type { CachePolicy } from "@/lib/http/respond-json";

/** Open Graph / Twitter large card size. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;
/** Chart area inside the card. */
export const SHARE_CHART = { width: 1104, height: 250 } as const;
/** Social sites fetch a card once per share; a few minutes keeps it current enough and the server idle. */
export const SHARE_IMAGE_CACHE: CachePolicy = { maxAge: 300, staleWhileRevalidate: 3600 };

export const SHARE_COLORS = {
  bg: "#ffffff",
  text: "#14171c",
  muted: "#545d6a",
  line: "#dfe3ea",
  bar: "#d84315",
  band: "#e4e6ea",
  expected: "#5b6472",
  highlight: "#fdecea",
  ok: "#1b7f3b",
  possible: "#975a00",
  outage: "#c62828",
} as const;
