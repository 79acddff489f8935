import { afterEach, describe, expect, it, vi } from "vitest";
import { startScheduler } from "../../lib/server/scheduler";

afterEach(() => vi.useRealTimers());

describe("scheduler", () => {
  it("runs an aligned job right away, then a fixed offset after each wall-clock boundary", async () => {
    vi.useFakeTimers();
    const start = Date.UTC(2026, 11, 1, 10, 0, 23, 400);
    vi.setSystemTime(start);
    const runs: number[] = [];
    const stop = startScheduler([{ name: "tick", everyMs: 60_000, alignMs: 1_000, run: (now) => void runs.push(now) }]);
    await vi.advanceTimersByTimeAsync(3 * 60_000);
    stop();
    expect(runs).toEqual([start, Date.UTC(2026, 11, 1, 10, 1, 1), Date.UTC(2026, 11, 1, 10, 2, 1), Date.UTC(2026, 11, 1, 10, 3, 1)]);
  });

  it("keeps an unaligned job on its interval from start-up, and stops every job", async () => {
    vi.useFakeTimers();
    const start = Date.UTC(2026, 11, 1, 10, 0, 23, 400);
    vi.setSystemTime(start);
    const runs: number[] = [];
    const stop = startScheduler([{ name: "prune", everyMs: 10_000, run: (now) => void runs.push(now - start) }]);
    await vi.advanceTimersByTimeAsync(25_000);
    stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(runs).toEqual([0, 10_000, 20_000]);
  });
});
