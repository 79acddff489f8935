import { upsertCatalog } from "../../lib/catalog/upsert-catalog";
import { correlateIncidents } from "../../lib/correlation/run-correlation";
import { flushDetection, loadDetectionRuntime, runDetectionTick } from "../../lib/detection/run-tick";
import type { TestDatabase } from "./test-database";
import { DAY, HOUR, MIN, surge, writeSeries, type SeriesScript } from "./correlated-series";

/**
 * The instant the scenario is built for and the test server's clock starts at (a Wednesday, 12:00:30 UTC): so
 * sentences read "since 11:20 UTC" whatever the hour the tests run, rather than carrying a date after midnight.
 */
export const LIVE_GROUP_CLOCK = Date.UTC(2026, 10, 18, 12, 0, 30);

/** Cloudflare's dependents in the seed catalog that fail with it in this scenario, in the order they follow. */
export const CLOUDFLARE_HIT = ["discord", "roblox", "chatgpt", "claude", "notion", "npm", "shopify", "epic-games"];

export interface LiveGroupScenario {
  /** When Cloudflare began to fail (the dependents follow over 8 minutes); still ongoing at `now`. */
  cloudflareAt: number;
  /** Steam fails in the same minutes for reasons of its own. */
  steamAt: number;
  /** Spotify failed in Brazil only, two days before, and recovered. */
  spotifyAt: number;
}

/**
 * A database as a server would have it 40 minutes into a Cloudflare outage: 8 days of generated per-minute reports
 * for the services involved, the real catalog and its dependencies, and the real detection tick and correlation run
 * up to `now` (states saved, so the server carries on rather than warming up again).
 */
export async function makeLiveGroupDb(database: TestDatabase, now: number): Promise<LiveGroupScenario> {
  const stores = await database.open();
  await upsertCatalog({ catalog: stores.catalog, now });
  const minute = Math.floor(now / MIN) * MIN;
  const cloudflareAt = minute - 40 * MIN;
  const steamAt = cloudflareAt + 2 * MIN;
  const spotifyAt = Math.floor((now - 2 * DAY) / HOUR) * HOUR;
  const mix = { US: 5, GB: 2, DE: 2, BR: 1 };
  const scripts: SeriesScript[] = [
    { slug: "cloudflare", seed: 1, peakPerMin: 1.5, countries: mix, lift: surge(cloudflareAt, 6 * HOUR, 40) },
    ...CLOUDFLARE_HIT.map((slug, i) => ({ slug, seed: 10 + i, peakPerMin: 0.8, countries: mix, lift: surge(cloudflareAt + (i + 1) * MIN, 6 * HOUR, 40) })),
    { slug: "perplexity", seed: 30, peakPerMin: 0.8, countries: mix },
    { slug: "gitlab", seed: 31, peakPerMin: 0.8, countries: mix },
    { slug: "steam", seed: 32, peakPerMin: 1, countries: mix, lift: surge(steamAt, 6 * HOUR, 40) },
    { slug: "spotify", seed: 33, peakPerMin: 2, countries: { US: 4, GB: 2, DE: 2, BR: 1, MX: 1 }, lift: surge(spotifyAt, 2 * HOUR, 20), region: "BR" },
  ];
  await writeSeries(stores, scripts, minute - 8 * DAY, minute, { rampMs: DAY });
  const runtime = await loadDetectionRuntime(stores.detection);
  await runDetectionTick({ ...stores, now, runtime });
  await correlateIncidents({ ...stores, now });
  await flushDetection({ detection: stores.detection, runtime, now });
  await stores.close();
  return { cloudflareAt, steamAt, spotifyAt };
}
