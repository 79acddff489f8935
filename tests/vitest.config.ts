import path from "node:path";
import { defineConfig } from "vitest/config";
import { LongestFirstSequencer } from "./helpers/longest-first";

const root = path.resolve(__dirname, "..");

// Every suite runs on SQLite, the default store. With a PostgreSQL server (TEST_DATABASE_URL, which .ci/run exports
// from a throwaway cluster) the store, integration and HTTP suites run again on it, as project "postgresql".
// Not the HTTP files that check what no store decides (headers, languages, image text, the front page's markup,
// the demo's China edition, whose PostgreSQL seeding tests/integration/demo-data.test.ts covers): run twice they
// proved nothing more and took about 110 s of the run's 15-minute budget.
const STORE_BLIND = ["security-headers", "i18n", "share-image-cjk", "front-page", "country-demo"].map((f) => `tests/http/${f}.test.ts`);
const postgres = process.env.TEST_DATABASE_URL
  ? [{ extends: true as const, test: { name: "postgresql", include: ["tests/store/**/*.test.ts", "tests/integration/**/*.test.ts", "tests/http/**/*.test.ts"], exclude: STORE_BLIND, env: { DOWNWIRE_TEST_STORE: "postgresql" } } }]
  : [];

export default defineConfig({
  root,
  resolve: { alias: { "@": root } },
  test: {
    globalSetup: ["tests/helpers/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Server and browser tests start real processes and spend much of their time waiting on them (polls, ticks,
    // minute boundaries): at three files at a time the two cores sat partly idle and a fresh clone's CI took up to
    // 15 minutes; four keep them busy (npm test 599 s against 683 s, 2026-12-02) and every wait has a deadline.
    maxWorkers: 4,
    // Longest files first, whichever store: the run ends on short files with every worker busy.
    sequence: { sequencer: LongestFirstSequencer },
    // Every expect.poll waits with a deadline; a second (the default) is too short on a shared, busy machine.
    expect: { poll: { timeout: 10_000, interval: 50 } },
    projects: [{ extends: true, test: { name: "sqlite", include: ["tests/**/*.test.ts"], env: { DOWNWIRE_TEST_STORE: "sqlite" } } }, ...postgres],
  },
});
