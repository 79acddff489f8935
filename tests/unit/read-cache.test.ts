import { describe, expect, it } from "vitest";
import { bumpReadGeneration, cachedRead, markServiceChanged, READ_CACHE_LIST_MIN_MS, READ_CACHE_MAX_MS, READ_CACHE_MIN_MS } from "../../lib/cache/read-cache";

describe("cachedRead", () => {
  it("reuses a read until its service changes (after the minimum age), a tick passes, or it grows old", () => {
    let calls = 0;
    const read = (now: number, key = "series:1") => cachedRead(key, now, { serviceId: 1 }, () => ++calls);
    const t = 1_000_000;
    expect(read(t)).toBe(1);
    expect(read(t + READ_CACHE_MAX_MS - 1)).toBe(1);
    expect(read(t + READ_CACHE_MAX_MS)).toBe(2);
    markServiceChanged(2);
    expect(read(t + READ_CACHE_MAX_MS + 10)).toBe(2); // another service's report
    markServiceChanged(1);
    expect(read(t + READ_CACHE_MAX_MS + 20)).toBe(2); // younger than the minimum age: a surge costs one read a second
    expect(read(t + READ_CACHE_MAX_MS + READ_CACHE_MIN_MS)).toBe(3);
    bumpReadGeneration();
    expect(read(t + READ_CACHE_MAX_MS + READ_CACHE_MIN_MS + 1)).toBe(4);
  });

  it("keeps lists of services for longer under a stream of reports, and recomputes when asked for fresh data", () => {
    let calls = 0;
    const t = 5_000_000;
    const list = (now: number, minMs?: number) => cachedRead("overview", now, "reports", () => ++calls, minMs);
    expect(list(t)).toBe(1);
    markServiceChanged(3);
    expect(list(t + READ_CACHE_LIST_MIN_MS - 1)).toBe(1);
    expect(list(t + READ_CACHE_LIST_MIN_MS)).toBe(2);
    expect(list(t + READ_CACHE_LIST_MIN_MS + 1, 0)).toBe(2); // nothing changed since
    markServiceChanged(4);
    expect(list(t + READ_CACHE_LIST_MIN_MS + 2, 0)).toBe(3);
  });
});
