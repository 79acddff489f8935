import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCatalog } from "../../lib/catalog/read-catalog";
import { upsertCatalog } from "../../lib/catalog/upsert-catalog";
import { ARTIFACTS_DIR, launchBrowser } from "../helpers/browser";
import { startTestServer, type TestServer } from "../helpers/start-test-server";
import { createTestDatabase } from "../helpers/test-database";

const TOKEN = "e2e-operator-token-0123456789";
let server: TestServer;
let browser: Browser;
let incidentId: number;

beforeAll(async () => {
  // A database with one open incident for the operator to dismiss.
  const database = await createTestDatabase();
  const db = await database.open();
  await upsertCatalog({ catalog: db.catalog, now: Date.now() });
  const now = Date.now() - 20 * 60_000;
  const steam = (await readCatalog(db.catalog)).find("steam")!;
  await db.detection.commitTick({ ops: [{ op: "open", ref: 1, serviceId: steam.id, verdict: { t: now, observed: 180, expected: 4, p: 1e-30, status: "outage", since: now - 5 * 60_000 } }], statuses: [], states: [], resetsDone: [], events: [], now });
  incidentId = (await db.detection.readOpenIncidentOf(steam.id))!;
  await db.close();
  [server, browser] = await Promise.all([startTestServer({ ADMIN_TOKEN: TOKEN }, database), launchBrowser()]);
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
    // Pretty-printed and padded to 3 MB, as a hand-edited file may be: well over Next's default 1 MB action limit.
    const text = JSON.stringify(exported, null, 2);
    fs.writeFileSync(file, text + " ".repeat(3 * 1024 * 1024 - text.length));
    await page.getByLabel("Catalog file").setInputFiles(file);
    await page.getByRole("button", { name: "Import" }).click();
    await expect.poll(() => page.locator("p.notice").textContent()).toBe(`Imported: 0 added, ${exported.services.length} updated.`);
    await expect.poll(async () => (await (await fetch(`${server.url}/api/v1/services/acme-mail`)).json()).service?.name).toBe("Acme Mail (EU)");
    // Services the file gives exactly as the seed does stay the seed's.
    const sourceOf = (name: string) => page.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) }).locator("td").nth(4).textContent();
    expect(await sourceOf("Outlook")).toBe("seed");
    expect(await sourceOf("Acme Mail (EU)")).toBe("edited here");

    // Just over the 20 MB the import takes: a clear message, nothing changed.
    const tooBig = path.join(ARTIFACTS_DIR, "catalog-too-big.json");
    const renamed = JSON.stringify({ ...exported, services: exported.services.map((s: { slug: string }) => (s.slug === "acme-mail" ? { ...s, name: "Too big" } : s)) });
    fs.writeFileSync(tooBig, renamed + " ".repeat(20 * 1024 * 1024 + 1 - renamed.length));
    await page.getByLabel("Catalog file").setInputFiles(tooBig);
    await page.getByRole("button", { name: "Import" }).click();
    await expect.poll(() => page.locator("p.notice").textContent()).toBe("That file is over 20 MB.");
    expect((await (await fetch(`${server.url}/api/v1/services/acme-mail`)).json()).service.name).toBe("Acme Mail (EU)");
    fs.rmSync(tooBig);
    // Far larger bodies are refused before anything reads them.
    const huge = await fetch(`${server.url}/admin`, { method: "POST", headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "multipart/form-data; boundary=x" }, body: Buffer.alloc(22 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    expect(await huge.text()).toMatch(/^Payload too large/);

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
  }, 180_000); // one long walk through the operator area: ~20 s alone, over a minute beside two other busy files
});
