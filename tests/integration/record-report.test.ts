import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pruneReports } from "../../lib/reports/prune-reports";
import { recordReport } from "../../lib/reports/record-report";

import { BROWSER_UA, count, makeClient, makeDeps, makeStores, onPostgres, T0, type TestStores } from "../helpers/test-db";

const MIN = 60_000;
const outlook = { service: "outlook", problem: "login" };

async function sums(stores: TestStores) {
  return {
    raw: await count(stores, "SELECT COUNT(*) AS n FROM reports"),
    minutes: await count(stores, "SELECT SUM(count) AS n FROM report_minutes"),
    hours: await count(stores, "SELECT SUM(count) AS n FROM report_hours"),
  };
}

describe("recordReport", () => {
  it("counts a first report and says how many reported in the last hour", async () => {
    const stores = await makeStores();
    const r = await recordReport(makeDeps(stores, T0), outlook, makeClient("203.0.113.1"));
    expect(r).toMatchObject({ kind: "counted", slug: "outlook", reportsLastHour: 1 });
    expect(await sums(stores)).toEqual({ raw: 1, minutes: 1, hours: 1 });
    await stores.close();
  });

  it("resolves a service by alias and keeps the reporter's country over the derived one", async () => {
    const stores = await makeStores();
    const r = await recordReport(makeDeps(stores, T0), { service: "hotmail", problem: "login", country: "FR" }, { ...makeClient("203.0.113.1"), derivedCountry: "GB" });
    expect(r.kind).toBe("counted");
    await stores.reports.settle();
    expect(await stores.sql.all("SELECT country FROM report_minutes")).toEqual([{ country: "FR" }]);
    // The raw row keeps only time, service and the reporter's key: the country lives in the rollup alone.
    const columns = await stores.sql.all<{ name: string }>(
      stores.kind === "sqlite" ? "SELECT name FROM pragma_table_info('reports')" : "SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'reports'",
    );
    expect(columns.map((c) => c.name).sort()).toEqual(["id", "reporter", "service_id"]);
    await stores.close();
  });

  it("counts one report per reporter per service per dedupe window", async () => {
    const stores = await makeStores();
    const send = async (t: number, ip = "203.0.113.1") => (await recordReport(makeDeps(stores, t, { burstLimit: 100 }), outlook, makeClient(ip))).kind;
    expect(await send(T0)).toBe("counted");
    expect(await send(T0 + 29 * MIN)).toBe("duplicate");
    expect(await send(T0 + 10 * MIN, "203.0.113.2")).toBe("counted");
    expect(await send(T0 + 31 * MIN)).toBe("counted");
    expect((await sums(stores)).raw).toBe(3);
    await stores.close();
  });

  it("treats another user agent on the same address as another reporter", async () => {
    const stores = await makeStores();
    const deps = makeDeps(stores, T0);
    expect((await recordReport(deps, outlook, makeClient("203.0.113.1", `${BROWSER_UA} Edg/130.0`))).kind).toBe("counted");
    expect((await recordReport(deps, outlook, makeClient("203.0.113.1", `${BROWSER_UA} OPR/110.0`))).kind).toBe("counted");
    await stores.close();
  });

  it("answers 404-worthy, invalid-problem and bot outcomes without writing", async () => {
    const stores = await makeStores();
    const deps = makeDeps(stores, T0);
    expect((await recordReport(deps, { service: "nope", problem: "login" }, makeClient("203.0.113.1"))).kind).toBe("unknown_service");
    expect(await recordReport(deps, { service: "outlook", problem: "matchmaking" }, makeClient("203.0.113.1"))).toMatchObject({ kind: "invalid", fields: { problem: expect.any(String) } });
    expect((await recordReport(deps, outlook, makeClient("203.0.113.1", "Googlebot/2.1 (+http://www.google.com/bot.html)"))).kind).toBe("bot");
    expect((await recordReport(deps, outlook, makeClient("203.0.113.1", ""))).kind).toBe("bot");
    expect((await sums(stores)).raw).toBe(0);
    await stores.close();
  });

  it("rate-limits one client across services after the burst limit, with a retry time", async () => {
    const stores = await makeStores();
    const slugs = ["outlook", "teams", "onedrive", "gmail"];
    const kinds = [];
    for (const [i, s] of slugs.entries()) kinds.push(await recordReport(makeDeps(stores, T0 + i * 1000, { burstLimit: 3 }), { service: s, problem: "login" }, makeClient("203.0.113.9")));
    expect(kinds.map((k) => k.kind)).toEqual(["counted", "counted", "counted", "rate_limited"]);
    // The first hit (at T0) frees a slot at T0 + 10 min; the fourth report came 3 s in.
    expect(kinds[3]).toEqual({ kind: "rate_limited", retryAfterSeconds: 597 });
    expect((await recordReport(makeDeps(stores, T0 + 10 * MIN + 1, { burstLimit: 3 }), { service: "gmail", problem: "login" }, makeClient("203.0.113.9"))).kind).toBe("counted");
    await stores.close();
  });

  it("decides every report as the rules say, and keeps raw rows and both rollups in agreement (property)", async () => {
    // The rules written out plainly, as a reference: a report made at `t` still counts against a window at `now` while t > now - window.
    const VALID: Record<string, string[]> = { outlook: ["login", "sending", "other"], steam: ["login", "matchmaking", "other"], teams: ["login", "calls", "other"] };
    const BURST = 2;
    const within = (t: number, now: number, windowMs: number) => t > now - windowMs;
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            // Mostly bursts of seconds, so the limits come into play, now and then a gap that lets windows expire.
            dt: fc.oneof({ arbitrary: fc.integer({ min: 0, max: 5_000 }), weight: 5 }, { arbitrary: fc.integer({ min: 0, max: 15 * MIN }), weight: 1 }),
            net: fc.constantFrom("198.51.100", "198.51.100", "198.51.100", "203.0.113"),
            // A few hosts come back often (so one client meets the burst limit), many come once (so a network meets its cap).
            host: fc.oneof({ arbitrary: fc.integer({ min: 1, max: 2 }), weight: 2 }, { arbitrary: fc.integer({ min: 3, max: 24 }), weight: 3 }),
            svc: fc.constantFrom("outlook", "outlook", "steam", "teams", "nope"),
            problem: fc.constantFrom("login", "login", "other", "sending", "matchmaking", "calls"),
          }),
          { minLength: 80, maxLength: 150 },
        ),
        async (steps) => {
          const stores = await makeStores();
          try {
            const counted: { svc: string; net: string; ip: string; t: number }[] = [];
            let t = T0;
            for (const s of steps) {
              t += s.dt;
              const ip = `${s.net}.${s.host}`;
              const want =
                s.svc === "nope" ? "unknown_service"
                : !VALID[s.svc].includes(s.problem) ? "invalid"
                : counted.some((c) => c.svc === s.svc && c.ip === ip && within(c.t, t, 30 * MIN)) ? "duplicate"
                : counted.filter((c) => c.ip === ip && within(c.t, t, 10 * MIN)).length >= BURST ? "rate_limited"
                : counted.filter((c) => c.svc === s.svc && c.net === s.net && within(c.t, t, 30 * MIN)).length >= 10 ? "network_limited"
                : "counted";
              const r = await recordReport(makeDeps(stores, t, { burstLimit: BURST }), { service: s.svc, problem: s.problem }, makeClient(ip));
              expect(r.kind, JSON.stringify({ ...s, t: t - T0 })).toBe(want);
              if (want === "counted") counted.push({ svc: s.svc, net: s.net, ip, t });
              seen.add(want);
            }
            expect(await sums(stores)).toEqual({ raw: counted.length, minutes: counted.length, hours: counted.length });
          } finally {
            await stores.close();
          }
        },
      ),
      {
        numRuns: storesRuns(),
        // Besides the random sequences, one written to meet every rule, so each is always exercised.
        examples: [
          [
            [
              { svc: "nope", problem: "login", host: 1 },
              { svc: "outlook", problem: "matchmaking", host: 1 },
              { svc: "outlook", problem: "login", host: 1 },
              { svc: "outlook", problem: "sending", host: 1 },
              { svc: "steam", problem: "login", host: 1 },
              { svc: "teams", problem: "login", host: 1 },
              ...Array.from({ length: 10 }, (_, i) => ({ svc: "outlook", problem: "login", host: i + 2 })),
            ].map((s) => ({ ...s, dt: 1_000, net: "198.51.100" })),
          ],
        ],
      },
    );
    // Every rule was exercised, so agreeing with the reference means something.
    expect([...seen].sort()).toEqual(["counted", "duplicate", "invalid", "network_limited", "rate_limited", "unknown_service"]);
  });

  it("prunes raw reports past retention in batches and keeps the rollups", async () => {
    const stores = await makeStores();
    await recordReport(makeDeps(stores, T0), outlook, makeClient("203.0.113.1"));
    await recordReport(makeDeps(stores, T0 + 40 * 86_400_000), outlook, makeClient("203.0.113.1"));
    expect(await pruneReports({ reports: stores.reports, now: T0 + 40 * 86_400_000, retentionMs: 30 * 86_400_000 })).toBe(1);
    expect(await sums(stores)).toEqual({ raw: 1, minutes: 2, hours: 2 });
    await stores.close();
  });
});

/** Each run opens a database: fewer runs where that means creating one on a server. */
function storesRuns(): number {
  return onPostgres ? 10 : 20;
}
