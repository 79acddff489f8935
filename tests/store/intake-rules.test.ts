import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { recordReports, type RecordOutcome } from "../../lib/reports/record-report";
import { createTestDatabase } from "../helpers/test-database";
import { makeDeps, makeStores, onPostgres, T0 } from "../helpers/test-db";
import { upsertCatalog } from "../../lib/catalog/upsert-catalog";

const MIN = 60_000;
const RULES = { dedupeWindowMs: 30 * MIN, burstLimit: 2, burstWindowMs: 10 * MIN, networkLimit: 3, networkWindowMs: 30 * MIN };

interface Sent {
  service: string;
  ip: string;
  ua: string;
}

/**
 * The intake rules written as plainly as possible, as the README states them: one counted report per reporter
 * (service, address, agent) per dedupe window; then at most burstLimit counted reports per client (address, agent)
 * across services per burst window (429 with the wait until the oldest of them leaves it); then at most networkLimit
 * per network (/24) per service per network window.
 */
function reference() {
  const counted = new Map<string, number>();
  const hits = new Map<string, number[]>();
  const recent = (key: string, now: number, windowMs: number) => (hits.get(key) ?? []).filter((h) => h > now - windowMs);
  return (r: Sent, now: number): string => {
    const reporter = `${r.service}|${r.ip}|${r.ua}`;
    if ((counted.get(reporter) ?? -Infinity) > now - RULES.dedupeWindowMs) return "duplicate";
    const client = recent(`c|${r.ip}|${r.ua}`, now, RULES.burstWindowMs);
    if (client.length >= RULES.burstLimit) return `rate_limited:${Math.ceil((client[client.length - RULES.burstLimit] + RULES.burstWindowMs - now) / 1000)}`;
    const network = `n|${r.service}|${r.ip.split(".").slice(0, 3).join(".")}`;
    if (recent(network, now, RULES.networkWindowMs).length >= RULES.networkLimit) return "network_limited";
    counted.set(reporter, now);
    hits.set(`c|${r.ip}|${r.ua}`, [...client, now]);
    hits.set(network, [...recent(network, now, RULES.networkWindowMs), now]);
    return "counted";
  };
}

const describeOutcome = (o: RecordOutcome) => (o.kind === "rate_limited" ? `rate_limited:${o.retryAfterSeconds}` : o.kind);

const report = fc.record({
  service: fc.constantFrom("outlook", "steam", "teams"),
  ip: fc.constantFrom("203.0.113.1", "203.0.113.2", "203.0.113.3", "198.51.100.7", "198.51.100.8"),
  ua: fc.constantFrom("Mozilla/5.0 (X11; Linux x86_64) Firefox/130.0", "Mozilla/5.0 (Macintosh) Safari/605.1"),
});
/** Batches (what one group commit holds) at times that move on by up to 12 minutes. */
const batches = fc.array(fc.record({ dt: fc.integer({ min: 0, max: 12 * MIN }), reports: fc.array(report, { minLength: 1, maxLength: 6 }) }), { minLength: 1, maxLength: 25 });

describe("intake rules on this store", () => {
  it("give exactly the answers of a plain reference of the rules, batch by batch (property)", async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(batches, async (steps) => {
        const stores = await makeStores();
        try {
          const expected = reference();
          let now = T0;
          for (const step of steps) {
            now += step.dt;
            const got = await recordReports(makeDeps(stores, now, RULES), step.reports.map((r) => ({ input: { service: r.service, problem: "login" }, client: { ip: r.ip, userAgent: r.ua, derivedCountry: null } })));
            expect(got.map(describeOutcome)).toEqual(step.reports.map((r) => expected(r, now)));
            for (const o of got) seen.add(o.kind);
          }
        } finally {
          await stores.close();
        }
      }),
      { numRuns: onPostgres ? 25 : 60 },
    );
    // Every rule was exercised, not only the happy path.
    expect([...seen].sort()).toEqual(["counted", "duplicate", "network_limited", "rate_limited"]);
  });
});

describe.runIf(onPostgres)("intake rules across nodes (two stores on one PostgreSQL database)", () => {
  it("count a reporter once whichever node it reaches, and hold the limits across nodes, even when batches race", async () => {
    const database = await createTestDatabase();
    const a = await database.open();
    const b = await database.open();
    try {
      await upsertCatalog({ catalog: a.catalog, now: T0 });
      const send = (stores: typeof a, reports: Sent[], now = T0) =>
        recordReports(makeDeps(stores, now, RULES), reports.map((r) => ({ input: { service: r.service, problem: "login" }, client: { ip: r.ip, userAgent: r.ua, derivedCountry: null } })));
      const ua = "Mozilla/5.0 (X11; Linux x86_64) Firefox/130.0";
      // Dedupe: counted on A, a duplicate on B.
      expect((await send(a, [{ service: "outlook", ip: "203.0.113.9", ua }]))[0].kind).toBe("counted");
      expect((await send(b, [{ service: "outlook", ip: "203.0.113.9", ua }]))[0].kind).toBe("duplicate");
      // The same 40 reporters sent to both nodes at once, in opposite orders: each counted exactly once.
      const same = Array.from({ length: 40 }, (_, i) => ({ service: "steam", ip: `10.${i}.0.1`, ua }));
      const [onA, onB] = await Promise.all([send(a, same), send(b, [...same].reverse())]);
      const countedAt = same.map((_, i) => [onA[i].kind, onB[same.length - 1 - i].kind].filter((k) => k === "counted").length);
      expect(countedAt).toEqual(same.map(() => 1));
      // One network (a /24) spread over both nodes, racing: NETWORK_LIMIT counted in all.
      const crowd = (n: number, from: number) => Array.from({ length: n }, (_, i) => ({ service: "teams", ip: `192.0.2.${from + i}`, ua }));
      const [x, y] = await Promise.all([send(a, crowd(10, 1)), send(b, crowd(10, 101))]);
      expect([...x, ...y].filter((o) => o.kind === "counted")).toHaveLength(RULES.networkLimit);
      // One client (address and agent) across services on both nodes: burstLimit counted, then 429s.
      const services = ["outlook", "gmail", "teams", "onedrive", "steam", "discord"];
      const client = (list: string[]) => list.map((service) => ({ service, ip: "198.51.100.200", ua }));
      const [p, q] = await Promise.all([send(a, client(services.slice(0, 3))), send(b, client(services.slice(3)))]);
      const kinds = [...p, ...q].map((o) => o.kind);
      expect(kinds.filter((k) => k === "counted")).toHaveLength(RULES.burstLimit);
      expect(kinds.filter((k) => k === "rate_limited")).toHaveLength(services.length - RULES.burstLimit);
      // Rounds of new reporters, each sent to both nodes at once in random orders and overlapping subsets, so both
      // nodes meet the same new keys mid-batch (the case the intake function retries): each reporter counted once.
      const rounds = fc.sample(fc.tuple(fc.shuffledSubarray(Array.from({ length: 30 }, (_, i) => i), { minLength: 10 }), fc.shuffledSubarray(Array.from({ length: 30 }, (_, i) => i), { minLength: 10 })), { numRuns: 12, seed: 7 });
      let raced = 0;
      for (const [round, [left, right]] of rounds.entries()) {
        const who = (i: number) => ({ service: "discord", ip: `172.${16 + round}.${i}.1`, ua: `Mozilla/5.0 round ${round} reporter ${i}` });
        const [l, r] = await Promise.all([send(a, left.map(who)), send(b, right.map(who))]);
        const counted = new Map<number, number>();
        left.forEach((i, k) => l[k].kind === "counted" && counted.set(i, (counted.get(i) ?? 0) + 1));
        right.forEach((i, k) => r[k].kind === "counted" && counted.set(i, (counted.get(i) ?? 0) + 1));
        const union = [...new Set([...left, ...right])].sort((x, y) => x - y);
        expect([...counted.keys()].sort((x, y) => x - y)).toEqual(union);
        expect([...counted.values()].every((c) => c === 1)).toBe(true);
        raced += union.length;
      }
      // Raw rows and rollups agree, and every counted report has one row, ids unique across nodes.
      expect(await a.reports.checkRollups()).toMatchObject({ minuteMismatches: 0, hourMismatches: 0, rawReports: 1 + 40 + RULES.networkLimit + RULES.burstLimit + raced });
    } finally {
      await a.close();
      await b.close();
      await database.drop();
    }
  });
});
