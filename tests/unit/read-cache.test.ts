import { describe, expect, it } from "vitest";
import {
  bumpReadGeneration,
  cachedRead,
  configureReadCache,
  markServiceChanged,
  READ_CACHE_LIST_MIN_MS,
  READ_CACHE_MAX_MS,
  READ_CACHE_MIN_MS,
  READ_CACHE_SHARED_MAX_MS,
} from "../../lib/cache/read-cache";

describe("cachedRead", () => {
  it("reuses a read until its service changes (after the minimum age), a tick passes, or it grows old", async () => {
    let calls = 0;
    const read = (now: number, key = "series:1") => cachedRead(key, now, { serviceId: 1 }, () => ++calls);
    const t = 1_000_000;
    expect(await read(t)).toBe(1);
    expect(await read(t + READ_CACHE_MAX_MS - 1)).toBe(1);
    expect(await read(t + READ_CACHE_MAX_MS)).toBe(2);
    markServiceChanged(2);
    expect(await read(t + READ_CACHE_MAX_MS + 10)).toBe(2); // another service's report
    markServiceChanged(1);
    expect(await read(t + READ_CACHE_MAX_MS + 20)).toBe(2); // younger than the minimum age: a surge costs one read a second
    expect(await read(t + READ_CACHE_MAX_MS + READ_CACHE_MIN_MS)).toBe(3);
    bumpReadGeneration();
    expect(await read(t + READ_CACHE_MAX_MS + READ_CACHE_MIN_MS + 1)).toBe(4);
  });

  it("keeps lists of services for longer under a stream of reports, and recomputes when asked for fresh data", async () => {
    let calls = 0;
    const t = 5_000_000;
    const list = (now: number, minMs?: number) => cachedRead("overview", now, "reports", () => ++calls, minMs);
    expect(await list(t)).toBe(1);
    markServiceChanged(3);
    expect(await list(t + READ_CACHE_LIST_MIN_MS - 1)).toBe(1);
    expect(await list(t + READ_CACHE_LIST_MIN_MS)).toBe(2);
    expect(await list(t + READ_CACHE_LIST_MIN_MS + 1, 0)).toBe(2); // nothing changed since
    markServiceChanged(4);
    expect(await list(t + READ_CACHE_LIST_MIN_MS + 2, 0)).toBe(3);
  });

  it("computes once for readers who ask at the same time, and serves the last good value when computing fails", async () => {
    let calls = 0;
    let fail = false;
    const t = 9_000_000;
    const read = (now: number) =>
      cachedRead("flaky", now, "tick", async () => {
        calls++;
        await new Promise((r) => setTimeout(r, 5));
        if (fail) throw new Error("database gone");
        return calls;
      });
    expect(await Promise.all([read(t), read(t), read(t)])).toEqual([1, 1, 1]);
    expect(calls).toBe(1);
    fail = true;
    // Stale beats an error page: the database went away, readers get the last value...
    expect(await read(t + READ_CACHE_MAX_MS)).toBe(1);
    // ...and the next read tries again rather than caching the failure.
    expect(await read(t + READ_CACHE_MAX_MS + 1)).toBe(1);
    expect(calls).toBe(3);
    fail = false;
    expect(await read(t + READ_CACHE_MAX_MS + 2)).toBe(4);
    // With nothing to fall back on, the error reaches the reader.
    fail = true;
    await expect(cachedRead("never-read", t, "tick", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
  });

  it("looks again after a few seconds on a database several nodes share, whatever this node saw change", async () => {
    let calls = 0;
    const t = 20_000_000;
    const read = (now: number) => cachedRead("shared", now, "tick", () => ++calls);
    configureReadCache({ shared: true });
    try {
      expect(await read(t)).toBe(1);
      expect(await read(t + READ_CACHE_SHARED_MAX_MS - 1)).toBe(1);
      expect(await read(t + READ_CACHE_SHARED_MAX_MS)).toBe(2);
    } finally {
      configureReadCache({ shared: false });
    }
    expect(await read(t + READ_CACHE_SHARED_MAX_MS + READ_CACHE_MAX_MS - 1)).toBe(2);
  });
});
