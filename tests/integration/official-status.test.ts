import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { LeaseLostError } from "../../db/sql-client";
import { applyCatalogFile } from "../../lib/admin/apply-catalog-file";
import { exportCatalog, importCatalog } from "../../lib/admin/transfer-catalog";
import { CATALOG } from "../../lib/catalog/catalog-data";
import type { ServiceSeed } from "../../lib/catalog/types";
import { DEFAULT_POLL, type PollConfig } from "../../lib/official-status/poll/poll-config";
import { runOfficialPolls } from "../../lib/official-status/poll/run-polls";
import { makeIncidentHistory } from "../helpers/make-incident";
import { shiftTimes, startStatusPageServer, type StatusPageServer } from "../helpers/status-page-server";
import { makeStores, T0, type TestStores } from "../helpers/test-db";

/* The poller's rules against a real local status server, on the real stores (SQLite, and PostgreSQL when there). */

const SAMPLES = path.resolve(__dirname, "../../../shared/official-status");
const GITHUB_SUMMARY = fs.readFileSync(path.join(SAMPLES, "statuspage-github-summary-2022-11-25-packages-incident.json"), "utf8");
const MIN = 60_000;
const INTERVAL = 60_000;
const config = (over: Partial<PollConfig> = {}): PollConfig => ({ ...DEFAULT_POLL, intervalMs: INTERVAL, allowPrivate: true, ...over });

let status: StatusPageServer;
let stores: TestStores;
const withSource = (url: string): ServiceSeed[] => CATALOG.map((s) => (s.slug === "github" ? { ...s, officialStatus: { format: "statuspage", url } } : { ...s, officialStatus: null }));
const githubState = async () => (await stores.official.readSources()).find((s) => s.slug === "github")!;
/** The official.acknowledged rows of the outbox, as alerts will read them. */
const acknowledgedRows = async () =>
  (await stores.sql.all<{ id: string; type: string; occurredAt: number | string; serviceIds: string; data: string }>(
    `SELECT id, type, occurred_at AS "occurredAt", service_ids AS "serviceIds", data FROM event_outbox WHERE type = 'official.acknowledged' ORDER BY id`,
  )).map((r) => ({ id: r.id, type: r.type, occurredAt: Number(r.occurredAt), serviceIds: JSON.parse(r.serviceIds) as number[], data: JSON.parse(r.data) }));

beforeAll(async () => {
  status = await startStatusPageServer();
  status.set("/api/v2/summary.json", { body: GITHUB_SUMMARY });
});
afterAll(async () => {
  await status?.close();
});
afterEach(async () => {
  await stores?.close();
});

/** "2026年11月24日 17:24": the moment in Beijing (UTC+8, no daylight saving), written by hand. */
function beijingDateTime(t: number): string {
  const d = new Date(t + 8 * 3_600_000);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${d.toISOString().slice(11, 16)}`;
}

describe("the poller", () => {
  it("refuses loopback and private addresses unless allowed, before any request is sent", async () => {
    stores = await makeStores({ seed: withSource(`${status.url}/api/v2/summary.json`) });
    const seen = status.requests.length;
    const refused = await runOfficialPolls({ ...stores, config: config({ allowPrivate: false }), now: T0 });
    expect(refused).toMatchObject({ polled: 1, failed: 1 });
    expect(status.requests.length).toBe(seen);
    expect(await githubState()).toMatchObject({ stale: true, reading: null, failures: 1, lastError: expect.stringMatching(/^private_address/) });

    // A public-looking name that resolves to a private address is refused the same way (checked after DNS).
    await stores.close();
    stores = await makeStores({ seed: withSource("http://status.example.com/api/v2/summary.json") });
    await runOfficialPolls({ ...stores, config: config({ allowPrivate: false }), now: T0, resolve: async () => [{ address: "10.1.2.3", family: 4 }] });
    expect((await githubState()).lastError).toMatch(/^private_address/);
    await runOfficialPolls({ ...stores, config: config({ allowPrivate: false }), now: T0 + 10 * INTERVAL, resolve: async () => [{ address: "169.254.169.254", family: 4 }] });
    expect((await githubState()).lastError).toMatch(/^private_address/);
    expect(status.requests.length).toBe(seen);

    // With the test flag, the same loopback source is read.
    await stores.close();
    stores = await makeStores({ seed: withSource(`${status.url}/api/v2/summary.json`) });
    await runOfficialPolls({ ...stores, config: config({ allowPrivate: true }), now: T0 });
    expect(await githubState()).toMatchObject({ stale: false, failures: 0, reading: { indicator: "minor" } });
  });

  it("backs off exponentially per source while it fails, keeping the last good reading, and recovers at once", async () => {
    stores = await makeStores({ seed: withSource(`${status.url}/flaky/api/v2/summary.json`) });
    status.set("/flaky/api/v2/summary.json", { body: GITHUB_SUMMARY });
    await runOfficialPolls({ ...stores, config: config(), now: T0 });
    expect(await githubState()).toMatchObject({ checkedAt: T0, nextPollAt: T0 + INTERVAL, reading: { indicator: "minor" } });

    status.set("/flaky/api/v2/summary.json", { garbage: true });
    let now = T0 + INTERVAL;
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      // Not due yet: nothing is asked.
      expect((await runOfficialPolls({ ...stores, config: config(), now: now - 1 })).polled).toBe(0);
      expect((await runOfficialPolls({ ...stores, config: config(), now })).failed).toBe(1);
      const s = await githubState();
      expect(s).toMatchObject({ stale: true, failures: i + 1, checkedAt: T0, reading: { indicator: "minor", components: [{ name: "Packages", status: "partial_outage" }] } });
      waits.push((s.nextPollAt! - now) / INTERVAL);
      now = s.nextPollAt!;
    }
    expect(waits).toEqual([2, 4, 8, 16]);

    status.set("/flaky/api/v2/summary.json", { body: GITHUB_SUMMARY });
    await runOfficialPolls({ ...stores, config: config(), now });
    expect(await githubState()).toMatchObject({ stale: false, failures: 0, checkedAt: now, nextPollAt: now + INTERVAL, lastError: null });
  });

  it("writes nothing under a lease this node no longer holds", async () => {
    stores = await makeStores({ seed: withSource(`${status.url}/api/v2/summary.json`) });
    const fence = (await stores.leases.acquire("detection", "node-a", 60_000))!;
    await stores.leases.release("detection", "node-a");
    await stores.leases.acquire("detection", "node-b", 60_000);
    await expect(runOfficialPolls({ ...stores, config: config(), now: T0, fence })).rejects.toBeInstanceOf(LeaseLostError);
    expect((await githubState()).checkedAt).toBeNull();
  });

  it("announces the vendor's acknowledgement of an open crowd incident once, in the outbox, in the poll's own commit", async () => {
    stores = await makeStores({ seed: withSource(`${status.url}/ack/api/v2/summary.json`) });
    const now = T0;
    const until = Math.floor(now / MIN) * MIN - MIN;
    const surgeAt = until - 60 * MIN;
    await makeIncidentHistory(stores, { slug: "github", surgeAt, surgeMs: 60 * MIN, until });
    const github = await githubState();
    const [crowd] = await stores.detection.listIncidents({ state: "open", limit: 1, serviceId: github.serviceId });
    expect(crowd).toBeDefined();
    // GitHub's real incident, replayed 25 minutes into the surge.
    const ackAt = surgeAt + 25 * MIN;
    status.set("/ack/api/v2/summary.json", { body: shiftTimes(GITHUB_SUMMARY, ackAt - Date.parse("2022-11-25T14:39:09.548Z")) });

    // A poll under a lease this node lost writes neither the vendor incident nor its alert.
    const fence = (await stores.leases.acquire("detection", "node-a", 60_000))!;
    await stores.leases.release("detection", "node-a");
    await stores.leases.acquire("detection", "node-b", 60_000);
    await expect(runOfficialPolls({ ...stores, config: config(), now, fence })).rejects.toBeInstanceOf(LeaseLostError);
    expect(await acknowledgedRows()).toEqual([]);
    expect(await stores.official.readIncidentsBetween([github.serviceId], 0, now)).toEqual([]);

    const first = await runOfficialPolls({ ...stores, config: config(), now });
    const lag = Math.round((ackAt - crowd.startedAt) / MIN);
    expect(lag).toBeGreaterThan(0);
    expect(lag).toBeLessThan(60);
    const path = `/status/github/incidents/${crowd.id}`;
    const expected = {
      type: "official.acknowledged",
      occurredAt: ackAt,
      serviceIds: [github.serviceId],
      data: {
        service: { slug: "github", name: "GitHub" },
        services: [{ slug: "github", name: "GitHub" }],
        verdict: "outage",
        previousVerdict: null,
        sentence: `GitHub acknowledged it on its status page at ${new Date(ackAt).toISOString().slice(0, 16).replace("T", " ")} UTC, ${lag} min after users' reports began. Its notice: “Incident with Packages and Pages” (investigating).`,
        since: new Date(crowd.startedAt).toISOString(),
        counts: null,
        incident: { id: crowd.id, path },
        group: null,
        official: {
          acknowledgedAt: new Date(ackAt).toISOString(),
          lagMinutes: lag,
          kind: "incident",
          title: "Incident with Packages and Pages",
          url: "https://www.githubstatus.com/incidents/ljwdk6qml8z8",
          vendorIncidentId: "ljwdk6qml8z8",
          status: "investigating",
          impact: "major",
          indicator: "minor",
        },
        path,
        // The same for Chinese readers: Beijing time (UTC+8), the vendor's words quoted as it wrote them.
        translations: { "zh-CN": { sentence: `GitHub 于 ${beijingDateTime(ackAt)} 北京时间 在其官方状态页确认了此问题，比用户报告开始晚 ${lag}分钟。其公告：“Incident with Packages and Pages”（investigating）。`, name: "GitHub", headline: null } },
      },
    };
    expect(first.acknowledged).toEqual([{ id: expect.stringMatching(/^evt_[A-Za-z0-9_-]{24}$/), ...expected }]);
    const rows = await acknowledgedRows();
    expect(rows).toEqual([{ id: first.acknowledged[0].id, type: "official.acknowledged", occurredAt: ackAt, serviceIds: [github.serviceId], data: expected.data }]);

    // Polls after it (a 304, then a changed page with a second vendor incident) add nothing: one per crowd incident.
    const second = await runOfficialPolls({ ...stores, config: config(), now: now + INTERVAL });
    expect(second.acknowledged).toEqual([]);
    const more = JSON.parse(shiftTimes(GITHUB_SUMMARY, ackAt + 10 * MIN - Date.parse("2022-11-25T14:39:09.548Z")));
    more.incidents = [...JSON.parse(shiftTimes(GITHUB_SUMMARY, ackAt - Date.parse("2022-11-25T14:39:09.548Z"))).incidents, { ...more.incidents[0], id: "second-incident" }];
    status.set("/ack/api/v2/summary.json", { body: JSON.stringify(more) });
    expect((await runOfficialPolls({ ...stores, config: config(), now: now + 2 * INTERVAL })).acknowledged).toEqual([]);
    expect((await stores.official.readIncidentsBetween([github.serviceId], 0, now + 2 * INTERVAL)).map((i) => i.vendorId).sort()).toEqual(["ljwdk6qml8z8", "second-incident"]);
    expect(await acknowledgedRows()).toEqual(rows);
  });

  it("announces a vendor that spoke first once Downwire's incident opens; nothing without a crowd incident", async () => {
    stores = await makeStores({ seed: withSource(`${status.url}/first/api/v2/summary.json`) });
    const now = T0;
    const until = Math.floor(now / MIN) * MIN - MIN;
    const surgeAt = until - 30 * MIN;
    // The vendor's incident, published 10 minutes before the crowd's surge began.
    const ackAt = surgeAt - 10 * MIN;
    status.set("/first/api/v2/summary.json", { body: shiftTimes(GITHUB_SUMMARY, ackAt - Date.parse("2022-11-25T14:39:09.548Z")) });
    expect((await runOfficialPolls({ ...stores, config: config(), now: surgeAt })).acknowledged).toEqual([]);
    expect(await acknowledgedRows()).toEqual([]);

    await makeIncidentHistory(stores, { slug: "github", surgeAt, surgeMs: 30 * MIN, until });
    const [crowd] = await stores.detection.listIncidents({ state: "open", limit: 1, serviceId: (await githubState()).serviceId });
    expect(crowd).toBeDefined();
    // The page has not changed (a 304), but the crowd incident is new: the vendor's word on it is news.
    const round = await runOfficialPolls({ ...stores, config: config(), now });
    expect(status.requests.at(-1)).toMatchObject({ path: "/first/api/v2/summary.json", status: 304 });
    const lag = Math.round((ackAt - crowd.startedAt) / MIN);
    expect(lag).toBeLessThan(0);
    expect(round.acknowledged).toHaveLength(1);
    expect(round.acknowledged[0].data).toMatchObject({ incident: { id: crowd.id }, official: { acknowledgedAt: new Date(ackAt).toISOString(), lagMinutes: lag, kind: "incident" } });
    expect(round.acknowledged[0].data.sentence).toContain(`${-lag} min before users' reports began`);
    expect((await runOfficialPolls({ ...stores, config: config(), now: now + INTERVAL })).acknowledged).toEqual([]);
    expect(await acknowledgedRows()).toHaveLength(1);
  });
});

describe("the catalog's official sources", () => {
  it("travel through export and import", async () => {
    stores = await makeStores();
    const file = await exportCatalog(stores);
    expect(file.services.find((s) => s.slug === "github")!.officialStatus).toEqual({ format: "statuspage", url: "https://www.githubstatus.com/api/v2/summary.json" });
    const edited = { ...file, services: file.services.map((s) => (s.slug === "github" ? { ...s, officialStatus: { format: "statuspage" as const, url: "https://status.example.org/api/v2/summary.json" } } : s)) };
    expect(await importCatalog({ admin: stores.admin, now: T0, text: JSON.stringify(edited) })).toMatchObject({ ok: true });
    const github = (await exportCatalog(stores)).services.find((s) => s.slug === "github")!;
    expect(github.officialStatus).toEqual({ format: "statuspage", url: "https://status.example.org/api/v2/summary.json" });
    expect(await importCatalog({ admin: stores.admin, now: T0, text: JSON.stringify({ ...file, services: [{ ...github, officialStatus: { format: "carrier-pigeon", url: "x" } }] }) })).toMatchObject({
      ok: false,
      errors: { "services.0.officialStatus.format": expect.any(String) },
    });
  });

  it("CATALOG_FILE: a bad file names the entry and the field; a good one is upserted", async () => {
    stores = await makeStores();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "downwire-catalog-"));
    try {
      const file = path.join(dir, "catalog.json");
      const github = { ...CATALOG.find((s) => s.slug === "github")!, hidden: false };
      const steam = { ...CATALOG.find((s) => s.slug === "steam")!, hidden: false };
      fs.writeFileSync(file, JSON.stringify({ format: "downwire-catalog", version: 1, services: [steam, { ...github, officialStatus: { format: "statuspage", url: "ftp://nope" } }] }));
      await expect(applyCatalogFile({ admin: stores.admin, now: T0, filePath: file })).rejects.toThrow(`CATALOG_FILE ${file}: services[1] "github" → officialStatus.url: an http(s) address`);
      fs.writeFileSync(file, JSON.stringify({ format: "downwire-catalog", version: 1, services: [{ ...steam, dependsOn: ["no-such-service"] }] }));
      await expect(applyCatalogFile({ admin: stores.admin, now: T0, filePath: file })).rejects.toThrow(`services[0] "steam" → dependsOn: unknown services: no-such-service`);
      fs.writeFileSync(file, "{ not json");
      await expect(applyCatalogFile({ admin: stores.admin, now: T0, filePath: file })).rejects.toThrow(/not valid JSON/);

      fs.writeFileSync(file, JSON.stringify({ format: "downwire-catalog", version: 1, services: [{ ...github, officialStatus: { format: "atom", url: "https://status.example.org/history.atom" } }] }));
      expect(await applyCatalogFile({ admin: stores.admin, now: T0, filePath: file })).toEqual({ created: 0, updated: 1 });
      expect((await stores.official.readSources()).find((s) => s.slug === "github")).toMatchObject({ format: "atom", url: "https://status.example.org/history.atom" });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
