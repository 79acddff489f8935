import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/start-test-server";
import { BROWSER_UA } from "../helpers/test-db";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const get = (path: string, headers: Record<string, string> = {}) => fetch(server.url + path, { headers });

describe("read API on a real server", () => {
  it("lists at least 60 services with live counts, CORS-open and cacheable", async () => {
    const res = await get("/api/v1/services");
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("cache-control")).toMatch(/public, max-age=\d+, stale-while-revalidate=\d+/);
    const { services } = await res.json();
    expect(services.length).toBeGreaterThanOrEqual(60);
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
    expect(body.buckets[0]).toMatchObject({ t: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\.000Z$/), count: 0 });
    expect(body.buckets[0].expected).toBeGreaterThanOrEqual(0);
    expect(body.buckets[0].high).toBeGreaterThanOrEqual(body.buckets[0].expected);
    const etag = res.headers.get("etag")!;
    expect(etag).toBeTruthy();
    const again = await get("/api/v1/services/outlook/series?range=24h&bucket=15m", { "If-None-Match": etag });
    expect(again.status).toBe(304);

    await fetch(server.url + "/api/v1/reports", { method: "POST", headers: { "Content-Type": "application/json", "User-Agent": BROWSER_UA }, body: JSON.stringify({ service: "outlook", problem: "login" }) });
    // Reads are cached for a second at most once the service has a new report: poll as the page does.
    let changed = await get("/api/v1/services/outlook/series?range=24h&bucket=15m", { "If-None-Match": etag });
    for (let i = 0; i < 30 && changed.status === 304; i++) {
      await new Promise((r) => setTimeout(r, 100));
      changed = await get("/api/v1/services/outlook/series?range=24h&bucket=15m", { "If-None-Match": etag });
    }
    expect(changed.status).toBe(200);
    expect((await changed.json()).buckets.at(-1).count).toBe(1);
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

  it("renders home and service pages with the whole catalog and a verdict", async () => {
    const home = await (await get("/")).text();
    expect((home.match(/data-testid="service-card"/g) ?? []).length).toBeGreaterThanOrEqual(60);
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
