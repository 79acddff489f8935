import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(__dirname, "..");

export default defineConfig({
  root,
  resolve: { alias: { "@": root } },
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/helpers/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Server and browser tests start real processes; two cores run two files at a time comfortably.
    maxWorkers: 2,
    // Every expect.poll waits with a deadline; a second (the default) is too short on a shared, busy machine.
    expect: { poll: { timeout: 10_000, interval: 50 } },
  },
});
