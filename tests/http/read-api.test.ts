import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATALOG } from "../../lib/catalog/catalog-data";
import { startTestServer, type TestServer } from "../helpers/start-test-server";
import { BROWSER_UA } from "../helpers/test-db";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const get = (path: string, headers: Record<string, string> = {}) => fetch(server.url + path, { headers });

describe("read API on a real server", () => {
  it("lists every service of the catalog with live counts, CORS-open and cacheable", async () => {
    const res = await get("/api/v1/services");
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("cache-control")).toMatch(/public, max-age=\d+, stale-while-revalidate=\d+/);
    const { services } = await res.json();
    expect(services.map((s: { slug: string }) => s.slug).sort()).toEqual(CATALOG.map((s) => s.slug).sort());
    expect(services[0]).toEqual(expect.objectContaining({ slug: expect.any(String), name: expect.any(String), category: expect.any(String), reportsLastHour: expect.any(Number) }));
    const search = await (await get("/api/v1/services?q=hotmail")).json();
    expect(search.services.map((s: { slug: string }) => s.slug)).toContain("outlook");
    expect((await get("/api/v1/services?category=nonsense")).status).toBe(400);
  });

  it("serves a gap-filled series with ETag and answers 304 when unchanged", async () => {
    const res = await get("/api/v1/services/outlook/series?range=24h&bucket=15m");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.buckets).toHaveLength(96);
    // 96 quarter-hours back to back, the last the one still filling; a fresh server has no reports, and each bucket's
    // usual level (the detector's cold-start prior) sits inside its band.
    const starts = body.buckets.map((b: { t: string }) => Date.parse(b.t));
    expect(starts.every((t: number, i: number) => t % (15 * 60_000) === 0 && (i === 0 || t - starts[i - 1] === 15 * 60_000))).toBe(true);
    expect(Date.now() - starts.at(-1)).toBeLessThan(15 * 60_000 + 5_000);
    for (const b of body.buckets) {
      expect(b.count).toBe(0);
      expect(b.low).toBeLessThanOrEqual(b.expected);
      expect(b.expected).toBeLessThanOrEqual(b.high);
      expect(Number.isFinite(b.high)).toBe(true);
    }
    const etag = res.headers.get("etag")!;
    expect(etag).toBeTruthy();
    const again = await get("/api/v1/services/outlook/series?range=24h&bucket=15m", { "If-None-Match": etag });
    expect(again.status).toBe(304);

    await fetch(server.url + "/api/v1/reports", { method: "POST", headers: { "Content-Type": "application/json", "User-Agent": BROWSER_UA }, body: JSON.stringify({ service: "outlook", problem: "login" }) });
    // Reads are cached for a second at most once the service has a new report: poll as the page does, with a deadline.
    let changed: Response | undefined;
    await expect
      .poll(async () => (changed = await get("/api/v1/services/outlook/series?range=24h&bucket=15m", { "If-None-Match": etag })).status, { timeout: 5_000, interval: 100 })
      .toBe(200);
    expect((await changed!.json()).buckets.at(-1).count).toBe(1);
  });

  it("serves service details with the detector's verdict explained", async () => {
    const body = await (await get("/api/v1/services/outlook")).json();
    expect(body.service).toMatchObject({ slug: "outlook", name: "Outlook", dependsOn: expect.arrayContaining(["microsoft-365"]) });
    expect(body.status).toMatchObject({ status: "ok", observed: expect.any(Number), expected: expect.any(Number), windowMinutes: 15 });
    expect(body.summary).toMatch(/no current problems at Outlook/);
    expect(body.problemTypes.length).toBeGreaterThan(2);
  });

  it("lists incidents (none yet on a fresh server)", async () => {
    const res = await get("/api/v1/incidents?state=open");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ incidents: [] });
  });

  it.each([
    ["/api/v1/services/does-not-exist", 404, "unknown_service"],
    ["/api/v1/services/does-not-exist/series", 404, "unknown_service"],
    ["/api/v1/services/outlook/series?range=14d&bucket=1m", 400, "invalid_query"],
    ["/api/v1/nothing-here", 404, "not_found"],
    ["/api/v1/incidents?service=nope", 404, "unknown_service"],
    ["/api/v1/incidents?state=sideways", 400, "invalid_query"],
  ])("%s -> %i JSON %s", async (path, status, code) => {
    const res = await get(path);
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    expect((await res.json()).error.code).toBe(code);
  });

  it.each([
    ["/api/v1/incidents?limit=0", { limit: "a whole number from 1 to 1000" }],
    ["/api/v1/incidents?limit=lots", { limit: "a whole number from 1 to 1000" }],
    ["/api/v1/incidents?before=yesterday", { before: "a time in milliseconds since 1970" }],
    ["/api/v1/incident-groups?limit=500", { limit: "a whole number from 1 to 200" }],
    ["/api/oembed?url=http://localhost/status/outlook&maxwidth=wide", { maxwidth: "a whole number from 1 to 10000" }],
  ])("%s names the field and what to send: %j", async (path, fields) => {
    const res = await get(path);
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatchObject({ code: "invalid_query", fields });
  });

  it("renders home and service pages with the whole catalog and a verdict", async () => {
    const home = await (await get("/")).text();
    // The 48 busiest (app/home/render-home.tsx HOME_LIMIT) of the catalog, and a link to the rest.
    expect((home.match(/data-testid="service-card"/g) ?? []).length).toBe(Math.min(48, CATALOG.length));
    if (CATALOG.length > 48) expect(home).toContain(`All ${CATALOG.length} services, A–Z`);
    const page = await get("/status/outlook");
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("I have a problem with Outlook");
    expect(html).toMatch(/No current problems/);
    expect((await get("/methodology")).status).toBe(200);
    expect((await get("/status/not-a-service")).status).toBe(404);
    // No ADMIN_TOKEN on this server: the operator area does not exist.
    expect((await get("/admin")).status).toBe(404);
    expect((await get("/admin/login")).status).toBe(404);
    expect((await get("/admin/catalog.json")).status).toBe(404);
  });
});

describe("npm start", () => {
  it("refuses a database that holds demo data", async () => {
    const { writeDemoUntil } = await import("../../lib/demo/demo-marker");
    const { createTestDatabase } = await import("../helpers/test-database");
    const database = await createTestDatabase();
    const db = await database.open();
    await writeDemoUntil(db.ops, Date.now());
    await db.close();
    await expect(startTestServer({}, database)).rejects.toThrow(/holds simulated demo data/);
    await database.drop();
  });
});
