import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dismissIncident } from "../../lib/admin/dismiss-incident";
import { saveService } from "../../lib/admin/save-service";
import { listIncidentGroups, readIncidentGroup } from "../../lib/correlation/read-incident-groups";
import { readIncidentCorrelation } from "../../lib/correlation/read-incident-correlation";
import { loadDetectionRuntime, type DetectionRuntime } from "../../lib/detection/run-tick";
import { DAY, HOUR, MIN, makeSeed, surge, writeSeries, type SeriesScript } from "../helpers/correlated-series";
import { findTestService, makeStores, tickAll, type TestStores } from "../helpers/test-db";

// Monday 2026-01-05 00:00 UTC; the live part starts on the Tuesday of the following week at 09:00.
const START = Date.UTC(2026, 0, 5);
const TO = START + 8 * DAY + 9 * HOUR;
const END = TO + 10 * HOUR;
const E1 = START + 7 * DAY + 10 * HOUR; // Monday: the CDN fails, 20 of its 25 dependents with it, and one unrelated service
const E2 = START + 6 * DAY + 15 * HOUR; // Sunday: two unrelated services fail two minutes apart
const E3 = START + 5 * DAY + 18 * HOUR; // Saturday: a streaming service fails in Germany only
const E4 = TO + 20 * MIN; // live: a second provider fails and its dependents follow over 12 minutes

const sites = Array.from({ length: 25 }, (_, i) => `site-${i + 1}`);
const live = Array.from({ length: 6 }, (_, i) => `live-${i + 1}`);
const CATALOG = [
  makeSeed("edge-cdn", "cloud"),
  ...sites.map((s) => makeSeed(s, "productivity", ["edge-cdn"])),
  makeSeed("cloud-a", "cloud"),
  makeSeed("cloud-b", "cloud"),
  makeSeed("solo-a", "gaming", ["cloud-a"]),
  makeSeed("solo-b", "social", ["cloud-b"]),
  makeSeed("lone-c", "music"),
  makeSeed("streamer", "video", [], ["US", "GB", "DE", "FR", "BR"]),
  makeSeed("edge-two", "cloud"),
  ...live.map((s) => makeSeed(s, "shopping", ["edge-two"])),
];
const MIX = { US: 5, GB: 3, DE: 2 };

function makeScripts(): SeriesScript[] {
  const script = (slug: string, seed: number, peakPerMin: number, lift?: (t: number) => number, extra: Partial<SeriesScript> = {}): SeriesScript => ({ slug, seed, peakPerMin, countries: MIX, lift, ...extra });
  return [
    script("edge-cdn", 1, 1.5, surge(E1, 2 * HOUR, 3)),
    ...sites.map((s, i) => script(s, 10 + i, 0.6, i < 20 ? surge(E1 + (i % 9) * MIN, 2 * HOUR, 20) : undefined)),
    script("cloud-a", 2, 0.5),
    script("cloud-b", 3, 0.5),
    script("solo-a", 4, 0.8, surge(E2, 90 * MIN, 20)),
    script("solo-b", 5, 0.8, surge(E2 + 2 * MIN, 90 * MIN, 20)),
    script("lone-c", 6, 0.8, surge(E1 + 3 * MIN, 90 * MIN, 20)),
    script("streamer", 7, 3, surge(E3, 90 * MIN, 12), { countries: { US: 4, GB: 2, DE: 1.5, FR: 1.5, BR: 1 }, region: "DE" }),
    script("edge-two", 8, 1, surge(E4, 90 * MIN, 15)),
    ...live.map((s, i) => script(s, 40 + i, 0.6, surge(E4 + (i + 1) * 2 * MIN, 90 * MIN, 20))),
  ];
}

async function makeHistoryDb(): Promise<TestStores> {
  const stores = await makeStores({ now: START, seed: CATALOG });
  await writeSeries(stores, makeScripts(), START, END);
  return stores;
}

type IncidentRow = { id: number; slug: string; group_id: number | null; role: string | null };
const readIncidents = (stores: TestStores) =>
  stores.sql.all<IncidentRow>("SELECT i.id, s.slug, a.group_id, a.role FROM incidents i JOIN services s ON s.id = i.service_id LEFT JOIN incident_assessments a ON a.incident_id = i.id ORDER BY i.id");

/** What a reader would compare: each group's members, lead cause and confidence. */
const describeGroups = async (stores: TestStores, now: number) =>
  (await listIncidentGroups({ ...stores, now, limit: 100 }))!
    .map((g) => ({ members: g.members.map((m) => m.service.slug).sort(), kind: g.kind, cause: g.cause?.kind === "upstream" ? g.cause.service.slug : (g.cause?.country.code ?? null), confidence: g.cause?.confidence ?? null, open: g.open }))
    .sort((a, b) => a.members[0].localeCompare(b.members[0]));

describe("correlated outages over generated per-minute series", () => {
  let db: TestStores;
  let runtime: DetectionRuntime;
  let historyIncidents: IncidentRow[];
  beforeAll(async () => {
    db = await makeHistoryDb();
    runtime = await loadDetectionRuntime(db.detection);
    await tickAll(db, TO, runtime);
    historyIncidents = await readIncidents(db);
  });
  afterAll(() => db.close());

  it("groups an upstream outage across 20 dependents and names the upstream, with its evidence", async () => {
    const hit = historyIncidents.filter((i) => sites.slice(0, 20).includes(i.slug));
    expect(hit.map((i) => i.slug).sort()).toEqual(sites.slice(0, 20).sort());
    const groupId = hit[0].group_id!;
    expect(hit.every((i) => i.group_id === groupId && i.role === "dependent")).toBe(true);
    expect(historyIncidents.filter((i) => sites.slice(20).includes(i.slug))).toEqual([]);

    const g = (await readIncidentGroup({ ...db, id: groupId, now: TO }))!;
    expect(g.kind).toBe("upstream");
    expect(g.cause).toMatchObject({ kind: "upstream", service: { slug: "edge-cdn" }, affected: 20, dependents: 25 });
    expect(g.cause!.confidence).toBeGreaterThanOrEqual(0.8);
    if (g.cause?.kind !== "upstream") throw new Error("not upstream");
    expect(g.cause.reports!.ratio).toBeGreaterThanOrEqual(2);
    expect(g.headline).toMatch(/^21 services had problems together from 2026-01-12 \d\d:\d\d UTC \(\d+ h \d+ min\) — likely upstream: Edge Cdn$/);
    expect(g.summary).toContain("20 of its 25 dependents");
    // The unrelated service that failed in the same minutes is shown beside them, not blamed on the CDN.
    const lone = g.members.find((m) => m.service.slug === "lone-c")!;
    expect(lone).toMatchObject({ role: "unexplained", reason: "no known link" });
    expect(g.summary).toContain("At the same time, with no known link: Lone C.");
    const first = Math.min(...g.members.map((m) => Date.parse(m.startedAt)));
    expect(Math.abs(first - E1)).toBeLessThanOrEqual(15 * MIN);
    expect(g.members.filter((m) => m.role === "dependent").every((m) => m.reason === "runs on Edge Cdn" && m.locality.verdict !== "local")).toBe(true);
  });

  it("does not put two unrelated outages at the same time under a false cause", async () => {
    const pair = historyIncidents.filter((i) => i.slug === "solo-a" || i.slug === "solo-b");
    expect(pair.map((i) => i.slug).sort()).toEqual(["solo-a", "solo-b"]);
    for (const i of pair) {
      const groups = (await listIncidentGroups({ ...db, now: TO, service: i.slug }))!;
      expect(groups.filter((g) => g.cause !== null)).toEqual([]);
    }
    // Two outages at once across this catalog is within chance, and they share no dependency: no group at all.
    expect(pair.every((i) => i.group_id === null)).toBe(true);
  });

  it("labels a single-country spike local", async () => {
    const streamer = historyIncidents.find((i) => i.slug === "streamer")!;
    expect(streamer.group_id).toBeNull();
    const c = (await readIncidentCorrelation({ ...db, incidentId: streamer.id, now: TO }))!;
    expect(c.locality).toMatchObject({ verdict: "local", country: { code: "DE", name: "Germany" } });
    expect(c.locality.share).toBeGreaterThanOrEqual(0.8);
    expect(c.locality.usualShare).toBeLessThan(0.25);
    expect(c.locality.sentence).toMatch(/^Likely local \(one ISP or region\): \d+% of the extra reports came from Germany, which usually sends \d+% of Streamer's reports\./);
  });

  it("grows a live group minute by minute under one id, names the upstream, follows an operator's dependency edit, and closes when its members have", async () => {
    const seen: { id: number; members: number; cause: string | null }[] = [];
    for (let t = E4 + MIN; t <= E4 + 40 * MIN; t += MIN) {
      await tickAll(db, t + 5_000, runtime);
      const g = (await listIncidentGroups({ ...db, now: t, state: "open" }))!.find((x) => x.members.some((m) => m.service.slug.startsWith("live-")));
      if (g) seen.push({ id: g.id, members: g.members.length, cause: g.cause?.kind === "upstream" ? g.cause.service.slug : null });
    }
    expect(seen.length).toBeGreaterThan(10);
    expect(new Set(seen.map((s) => s.id)).size).toBe(1);
    for (let k = 1; k < seen.length; k++) expect(seen[k].members).toBeGreaterThanOrEqual(seen[k - 1].members);
    expect(seen[0].members).toBeLessThan(7);
    expect(seen.at(-1)).toMatchObject({ members: 7, cause: "edge-two" });
    const g = (await readIncidentGroup({ ...db, id: seen[0].id, now: E4 + 40 * MIN }))!;
    expect(g.open).toBe(true);
    expect(g.headline).toMatch(/^7 services spiking since \d\d:\d\d UTC — likely upstream: Edge Two$/);
    expect(g.members.find((m) => m.service.slug === "edge-two")!.role).toBe("upstream");
    // Subscribers to groups were told once, when it formed, in the commit that formed it.
    const news = (await db.sql.all<{ data: string }>("SELECT data FROM event_outbox WHERE type = 'group.opened'")).map((e) => JSON.parse(e.data));
    const mine = news.filter((d) => d.group.id === seen[0].id);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ group: { path: `/incidents/groups/${seen[0].id}` }, path: `/incidents/groups/${seen[0].id}`, verdict: "outage" });
    expect(mine[0].services.length).toBe(seen[0].members);
    expect(mine[0].sentence).toMatch(/are having problems together since \d\d:\d\d UTC/);
    // The same news in Chinese for subscribers who read it: the same minute, in Beijing time (UTC+8).
    const [, hh, mm] = /since (\d\d):(\d\d) UTC/.exec(mine[0].sentence)!;
    const beijing = `${String((Number(hh) + 8) % 24).padStart(2, "0")}:${mm} 北京时间`;
    expect(mine[0].translations["zh-CN"].sentence).toMatch(new RegExp(`^自 ${beijing} 起，.+同时出现问题[；，]`));
    expect(mine[0].translations["zh-CN"].headline).toContain(`自 ${beijing} 起 `);

    // An operator removes live-6's dependency (read from the database, not the seed): within minutes it is no longer blamed on edge-two.
    const live6 = { slug: "live-6", name: "Live 6", category: "shopping" as const, url: "https://live-6.example", names: {}, aliases: [], markets: ["US", "GB", "DE"], popularity: 10, hidden: false, officialStatus: null };
    expect(await saveService({ admin: db.admin, now: E4 + 40 * MIN, input: { ...live6, dependsOn: [] }, originalSlug: "live-6" })).toMatchObject({ ok: true });
    for (let t = E4 + 41 * MIN; t <= E4 + 46 * MIN; t += MIN) await tickAll(db, t + 5_000, runtime);
    const edited = (await readIncidentGroup({ ...db, id: seen[0].id, now: E4 + 46 * MIN }))!;
    expect(edited.members.find((m) => m.service.slug === "live-6")).toMatchObject({ role: "unexplained", reason: "no known link" });
    expect(edited.cause).toMatchObject({ service: { slug: "edge-two" }, affected: 5, dependents: 5 });
    expect(await saveService({ admin: db.admin, now: E4 + 47 * MIN, input: { ...live6, dependsOn: ["edge-two"] }, originalSlug: "live-6" })).toMatchObject({ ok: true });

    for (let t = E4 + 60 * MIN; t <= END; t += 30 * MIN) await tickAll(db, t, runtime);
    const closed = (await readIncidentGroup({ ...db, id: seen[0].id, now: END }))!;
    expect(closed.open).toBe(false);
    expect(closed.members.every((m) => !m.open)).toBe(true);
    expect(closed.endedAt).toBe(closed.members.map((m) => m.endedAt!).sort().at(-1));
  });

  it("comes to the same groups when the whole history is first seen in one tick (a restart)", async () => {
    const fresh = await makeHistoryDb();
    await tickAll(fresh, END, await loadDetectionRuntime(fresh.detection));
    expect(await describeGroups(fresh, END)).toEqual(await describeGroups(db, END));
    expect(await findTestService(fresh, "edge-two")).toBeDefined();
    await fresh.close();
  });

  it("takes an incident an operator dismissed as a false alarm out of its group, even an ended one", async () => {
    const site = historyIncidents.find((i) => i.slug === "site-1")!;
    const before = (await readIncidentGroup({ ...db, id: site.group_id!, now: END }))!;
    expect(await dismissIncident({ admin: db.admin, now: END, id: site.id, note: "test traffic" })).toMatchObject({ ok: true });
    await tickAll(db, END + MIN, runtime);
    const after = (await readIncidentGroup({ ...db, id: site.group_id!, now: END + MIN }))!;
    expect(after.members).toHaveLength(before.members.length - 1);
    expect(after.members.some((m) => m.incidentId === site.id)).toBe(false);
    expect(after.cause).toMatchObject({ service: { slug: "edge-cdn" }, affected: 19 });
    expect(after.headline).toMatch(/^20 services had problems together/);
  });
});
