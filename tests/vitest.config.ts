import path from "node:path";
import { defineConfig } from "vitest/config";
import { LongestFirstSequencer } from "./helpers/longest-first";

const root = path.resolve(__dirname, "..");

// Every suite runs on SQLite, the default store. With a PostgreSQL server (TEST_DATABASE_URL, which .ci/run exports
// from a throwaway cluster) the store, integration and HTTP suites run again on it, as project "postgresql".
const postgres = process.env.TEST_DATABASE_URL
  ? [{ extends: true as const, test: { name: "postgresql", include: ["tests/store/**/*.test.ts", "tests/integration/**/*.test.ts", "tests/http/**/*.test.ts"], env: { DOWNWIRE_TEST_STORE: "postgresql" } } }]
  : [];

export default defineConfig({
  root,
  resolve: { alias: { "@": root } },
  test: {
    globalSetup: ["tests/helpers/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Server and browser tests start real processes and spend much of their time waiting on them (polls, ticks,
    // browsers): three files at a time keep two cores busy and the whole run (both stores) under CI's 15 minutes.
    maxWorkers: 3,
    // Longest files first, whichever store: the run ends on short files with every worker busy.
    sequence: { sequencer: LongestFirstSequencer },
    // Every expect.poll waits with a deadline; a second (the default) is too short on a shared, busy machine.
    expect: { poll: { timeout: 10_000, interval: 50 } },
    projects: [{ extends: true, test: { name: "sqlite", include: ["tests/**/*.test.ts"], env: { DOWNWIRE_TEST_STORE: "sqlite" } } }, ...postgres],
  },
});
