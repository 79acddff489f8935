import { afterEach, describe, expect, it, vi } from "vitest";
import { startScheduler } from "../../lib/server/scheduler";

afterEach(() => vi.useRealTimers());

const at = (h: number, m: number, s: number, ms = 0) => Date.UTC(2026, 11, 1, h, m, s, ms);

describe("scheduler", () => {
  it("runs an aligned job right away, then a fixed offset after each wall-clock boundary", async () => {
    vi.useFakeTimers();
    const start = at(10, 0, 23, 400);
    vi.setSystemTime(start);
    const runs: number[] = [];
    const scheduler = startScheduler([{ name: "tick", everyMs: 60_000, alignMs: 1_000, run: (now) => void runs.push(now) }]);
    await vi.advanceTimersByTimeAsync(3 * 60_000);
    await scheduler.stop();
    expect(runs).toEqual([start, at(10, 1, 1), at(10, 2, 1), at(10, 3, 1)]);
  });

  it("started just after a boundary, runs an aligned job first at the offset's end, once", async () => {
    vi.useFakeTimers();
    vi.setSystemTime(at(10, 0, 0, 300));
    const runs: number[] = [];
    const scheduler = startScheduler([{ name: "tick", everyMs: 60_000, alignMs: 1_000, run: (now) => void runs.push(now) }]);
    const first = scheduler.runNow("tick");
    await vi.advanceTimersByTimeAsync(699);
    expect(runs).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await first;
    await vi.advanceTimersByTimeAsync(60_000);
    await scheduler.stop();
    expect(runs).toEqual([at(10, 0, 1), at(10, 1, 1)]);
  });

  it("keeps an unaligned job on its interval from start-up, and stops every job", async () => {
    vi.useFakeTimers();
    const start = at(10, 0, 23, 400);
    vi.setSystemTime(start);
    const runs: number[] = [];
    const scheduler = startScheduler([{ name: "prune", everyMs: 10_000, run: (now) => void runs.push(now - start) }]);
    await vi.advanceTimersByTimeAsync(25_000);
    await scheduler.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(runs).toEqual([0, 10_000, 20_000]);
  });

  it("runs an aligned job out of turn (a node gaining the lead) without moving its schedule, never inside the offset", async () => {
    vi.useFakeTimers();
    vi.setSystemTime(at(10, 0, 23, 400));
    const runs: number[] = [];
    const scheduler = startScheduler([{ name: "tick", everyMs: 60_000, alignMs: 1_000, run: (now) => void runs.push(now) }]);
    await vi.advanceTimersByTimeAsync(20_000);
    // Well inside the minute: at once.
    await scheduler.runNow("tick");
    // 300 ms after a boundary the minute just closed may still be committing: it waits for the offset's end.
    await vi.advanceTimersByTimeAsync(at(10, 2, 0, 300) - Date.now());
    const late = scheduler.runNow("tick");
    await vi.advanceTimersByTimeAsync(699);
    expect(runs.at(-1)).toBe(at(10, 1, 1));
    await vi.advanceTimersByTimeAsync(1);
    await late;
    await vi.advanceTimersByTimeAsync(60_000);
    await scheduler.stop();
    // The out-of-turn run at 10:02:01 is the aligned one's (one run, not two); the schedule carries on at :01.
    expect(runs).toEqual([at(10, 0, 23, 400), at(10, 0, 43, 400), at(10, 1, 1), at(10, 2, 1), at(10, 3, 1)]);
  });

  it("joins a run in progress rather than starting a second one, and stop() waits for it", async () => {
    vi.useFakeTimers();
    vi.setSystemTime(at(10, 0, 23, 400));
    let started = 0;
    let finished = 0;
    const scheduler = startScheduler([
      {
        name: "slow",
        everyMs: 60_000,
        alignMs: 1_000,
        run: async () => {
          started++;
          await new Promise((r) => setTimeout(r, 5_000));
          finished++;
        },
      },
    ]);
    await vi.advanceTimersByTimeAsync(1_000);
    const joined = scheduler.runNow("slow");
    await vi.advanceTimersByTimeAsync(4_000);
    await joined;
    expect({ started, finished }).toEqual({ started: 1, finished: 1 });
    await vi.advanceTimersByTimeAsync(at(10, 1, 2) - Date.now());
    expect({ started, finished }).toEqual({ started: 2, finished: 1 });
    const stopping = scheduler.stop();
    let stopped = false;
    void stopping.then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(stopped).toBe(false);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(stopped).toBe(true);
    expect({ started, finished }).toEqual({ started: 2, finished: 2 });
    // Nothing runs after stop.
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(started).toBe(2);
  });
});
