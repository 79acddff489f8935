import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb } from "../../db/client";
import { findService } from "../../lib/catalog/read-catalog";
import { upsertCatalog } from "../../lib/catalog/upsert-catalog";
import { insertIncident } from "../../lib/detection/detection-store";
import { ARTIFACTS_DIR, launchBrowser } from "../helpers/browser";
import { makeTempDbPath, startTestServer, type TestServer } from "../helpers/start-test-server";

const TOKEN = "e2e-operator-token-0123456789";
let server: TestServer;
let browser: Browser;
let incidentId: number;

beforeAll(async () => {
  // A database with one open incident for the operator to dismiss.
  const dbPath = makeTempDbPath();
  const db = openDb(dbPath);
  upsertCatalog({ db, now: Date.now() });
  const now = Date.now() - 20 * 60_000;
  incidentId = insertIncident(db, findService(db, "steam")!.id, { t: now, observed: 180, expected: 4, ratio: 45, p: 1e-30, status: "outage", since: now - 5 * 60_000, expectedBucket: 0.3, calmSince: null, basis: "history" });
  db.$client.close();
  [server, browser] = await Promise.all([startTestServer({ ADMIN_TOKEN: TOKEN }, dbPath), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signIn(page: Page, token: string) {
  await page.goto(`${server.url}/admin`);
  await page.waitForURL(/\/admin\/login/);
  await page.getByLabel("Admin token").fill(token);
  await page.getByRole("button", { name: "Sign in" }).click();
}

describe("operator area in a real browser", () => {
  it("signs in with the token only, adds and hides a service, dismisses an incident, exports and imports the catalog", async () => {
    const page = await browser.newPage();
    await signIn(page, "not-the-token-at-all");
    await expect.poll(() => page.locator("p.notice").textContent()).toMatch(/not right/);
    await signIn(page, TOKEN);
    await page.waitForURL(`${server.url}/admin`);
    await expect.poll(() => page.getByRole("heading", { name: "Operator" }).count()).toBe(1);

    // Add a service with a dependency: it is public at once, dependency included.
    await page.getByRole("link", { name: "Add a service" }).click();
    await page.getByLabel("Name", { exact: true }).fill("Acme Mail");
    await page.getByLabel("Slug (the address: /status/slug)").fill("acme-mail");
    await page.getByLabel("Category").selectOption("email");
    await page.getByLabel("Homepage").fill("https://mail.acme.example");
    await page.getByLabel(/Depends on/).fill("microsoft-365");
    await page.getByRole("button", { name: "Add service" }).click();
    await expect.poll(() => page.locator("p.notice").textContent()).toMatch(/Saved acme-mail/);
    const api = await (await fetch(`${server.url}/api/v1/services/acme-mail`)).json();
    expect(api.service).toMatchObject({ name: "Acme Mail", dependsOn: ["microsoft-365"] });

    // Dismiss the open incident with a note readers see.
    await page.getByLabel(`Note for incident ${incidentId}`).fill("Load test by the operator");
    await page.getByTestId(`incident-${incidentId}`).getByRole("button", { name: "Close" }).click();
    await expect.poll(() => page.locator("p.notice").textContent()).toMatch(/as a false alarm/);
    const incident = await (await fetch(`${server.url}/api/v1/incidents/${incidentId}`)).json();
    expect(incident.incident ?? incident).toMatchObject({ open: false, closedBy: "operator", note: "Load test by the operator" });
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, "admin.png"), fullPage: true });

    // Export (as a script would), change a name, import it through the page.
    expect((await fetch(`${server.url}/admin/catalog.json`)).status).toBe(401);
    const exported = await (await fetch(`${server.url}/admin/catalog.json`, { headers: { Authorization: `Bearer ${TOKEN}` } })).json();
    const file = path.join(ARTIFACTS_DIR, "catalog-import.json");
    exported.services = exported.services.map((s: { slug: string; name: string }) => (s.slug === "acme-mail" ? { ...s, name: "Acme Mail (EU)" } : s));
    fs.writeFileSync(file, JSON.stringify(exported));
    await page.getByLabel("Catalog file").setInputFiles(file);
    await page.getByRole("button", { name: "Import" }).click();
    await expect.poll(() => page.locator("p.notice").textContent()).toMatch(/Imported: 0 added, \d+ updated/);
    await expect.poll(async () => (await (await fetch(`${server.url}/api/v1/services/acme-mail`)).json()).service?.name).toBe("Acme Mail (EU)");

    // Hide it: gone from the public site, history kept.
    await page.goto(`${server.url}/admin/services/acme-mail`);
    await page.getByLabel(/Hidden/).check();
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect.poll(() => page.locator("p.notice").textContent()).toMatch(/Saved acme-mail/);
    await expect.poll(async () => (await fetch(`${server.url}/status/acme-mail`)).status).toBe(404);

    // Signing out ends the session.
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/admin\/login/);
    await page.close();
  });
});
