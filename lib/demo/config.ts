/** Days of simulated history a fresh demo database starts with. */
export const HISTORY_DAYS = 14;
/** How often the live simulator sends reports through the real intake function. */
export const LIVE_INTERVAL_MS = 5_000;
/** Reports per minute at the daily peak for popularity p: RATE_SCALE * p^RATE_EXPONENT (100 -> ~4/min, 5 -> ~0.05/min). */
export const RATE_SCALE = 0.004;
export const RATE_EXPONENT = 1.5;
/** Share of the trough in the daily rhythm (0..1): nights are quieter but never silent. */
export const NIGHT_FLOOR = 0.3;
/** Weekend factor for work tools and for leisure services. */
export const WEEKEND_WORK = 0.7;
export const WEEKEND_LEISURE = 1.15;
/** Gamma shape of the hourly noise: smaller is burstier (overdispersed counts, like real reports). */
export const HOURLY_NOISE_SHAPE = 12;
/** Share of reports from outside a service's markets, and with no country at all. */
export const OTHER_COUNTRY_SHARE = 0.08;
export const UNKNOWN_COUNTRY_SHARE = 0.05;
export const DEMO_SEED = 20241213;
