import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DAY_MS } from "../../../lib/privacy/config";
import { readDailySalt } from "../../../lib/privacy/daily-salt";
import { hashReporter } from "../../../lib/privacy/hash-reporter";
import { makeStores, T0 } from "../../helpers/test-db";

describe("hashReporter", () => {
  it("is 8 bytes, stable for one salt, different across salts, and never contains the address", () => {
    fc.assert(
      fc.property(fc.ipV4(), fc.string(), fc.uint8Array({ minLength: 32, maxLength: 32 }), (ip, ua, saltBytes) => {
        const salt = Buffer.from(saltBytes);
        const other = Buffer.from(saltBytes.map((b) => b ^ 0xff));
        const a = hashReporter(salt, "1", ip, ua);
        expect(a.length).toBe(8);
        expect(hashReporter(salt, "1", ip, ua).equals(a)).toBe(true);
        expect(hashReporter(other, "1", ip, ua).equals(a)).toBe(false);
        expect(a.toString("latin1").includes(ip)).toBe(false);
      }),
    );
  });

  it("differs per service scope, so one person's keys cannot be joined across services", () => {
    const salt = Buffer.alloc(32, 7);
    expect(hashReporter(salt, "1", "203.0.113.1", "ua").equals(hashReporter(salt, "2", "203.0.113.1", "ua"))).toBe(false);
  });
});

describe("readDailySalt", () => {
  it("keeps one salt per day and deletes salts older than yesterday", async () => {
    const stores = await makeStores();
    const days = [];
    for (const d of [0, 1, 2, 3]) days.push(await readDailySalt({ salts: stores.reports, now: T0 + d * DAY_MS }));
    expect(new Set(days.map((s) => s.toString("hex"))).size).toBe(4);
    expect((await readDailySalt({ salts: stores.reports, now: T0 + 3 * DAY_MS + 1000 })).equals(days[3])).toBe(true);
    const kept = (await stores.sql.all<{ day: number }>("SELECT day FROM salts")).map((r) => r.day);
    const today = Math.floor((T0 + 3 * DAY_MS) / DAY_MS);
    expect(kept.sort()).toEqual([today - 1, today]);
    await stores.close();
  });
});
