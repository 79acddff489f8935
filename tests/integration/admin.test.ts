import { describe, expect, it } from "vitest";
import { CATALOG } from "../../lib/catalog/catalog-data";
import { dismissIncident } from "../../lib/admin/dismiss-incident";
import { saveService } from "../../lib/admin/save-service";
import { compareSecret, issueSession, verifySession } from "../../lib/admin/session";
import { checkAdminAccess } from "../../lib/admin/check-access";
import { SIGN_OUT_COOKIE, signInOperator } from "../../lib/admin/sign-in";
import { screenRequest } from "../../lib/server/screen-request";
import { exportCatalog, importCatalog } from "../../lib/admin/transfer-catalog";
import { readCatalog } from "../../lib/catalog/read-catalog";
import { ServiceInputSchema } from "../../lib/catalog/schemas";
import { upsertCatalog } from "../../lib/catalog/upsert-catalog";
import { readEnv } from "../../lib/config/env";
import { createRandom } from "../../lib/demo/prng";
import { seedHistory } from "../../lib/demo/seed-history";
import { loadDetectionRuntime, runDetectionTick } from "../../lib/detection/run-tick";
import { recordReport } from "../../lib/reports/record-report";
import { findTestService, makeClient, makeDeps, makeStores, T0, type TestStores } from "../helpers/test-db";

const MIN = 60_000;
const input = (over: Record<string, unknown> = {}) =>
  ServiceInputSchema.parse({ slug: "acme-mail", name: "Acme Mail", category: "email", url: "https://mail.acme.example", aliases: "acme, acmemail", dependsOn: "microsoft-365", markets: "gb, ie", popularity: "12", ...over });
const find = async (stores: TestStores, key: string) => (await readCatalog(stores.catalog)).find(key);

describe("operator: services and the catalog", () => {
  it("adds and edits a service with dependencies, and the seed refresh at start-up leaves operator edits alone", async () => {
    const stores = await makeStores();
    const { admin } = stores;
    expect(await saveService({ admin, now: T0, input: input() })).toMatchObject({ ok: true, slug: "acme-mail", created: true });
    expect(await find(stores, "acmemail")).toMatchObject({ slug: "acme-mail", dependsOn: ["microsoft-365"], markets: ["GB", "IE"], source: "operator" });
    // Edit a seeded service: rename, new dependency.
    const outlook = (await find(stores, "outlook"))!;
    const edited = await saveService({ admin, now: T0, originalSlug: "outlook", input: input({ slug: "outlook", name: "Outlook.com", dependsOn: "microsoft-365, azure" }) });
    expect(edited.ok).toBe(true);
    await upsertCatalog({ catalog: stores.catalog, now: T0 + 1 });
    expect(await find(stores, "outlook")).toMatchObject({ id: outlook.id, name: "Outlook.com", dependsOn: ["microsoft-365", "azure"] });
    expect(await find(stores, "acme-mail")).toBeDefined(); // not hidden as "no longer in the seed"
    expect((await find(stores, "teams"))!.source).toBe("seed");
    await stores.close();
  });

  it("refuses unknown or circular dependencies and slug clashes, writing nothing", async () => {
    const stores = await makeStores();
    const { admin } = stores;
    expect(await saveService({ admin, now: T0, input: input({ dependsOn: "nope" }) })).toEqual({ ok: false, fields: { dependsOn: "unknown services: nope" } });
    expect((await saveService({ admin, now: T0, input: input({ slug: "outlook" }) })).ok).toBe(false);
    expect((await saveService({ admin, now: T0, originalSlug: "outlook", input: input({ slug: "outlook", dependsOn: "outlook" }) })).ok).toBe(false);
    expect(await saveService({ admin, now: T0, originalSlug: "teams", input: input({ slug: "outlook" }) })).toEqual({ ok: false, fields: { slug: "another service has this slug" } });
    expect(await find(stores, "acme-mail")).toBeUndefined();
    expect(ServiceInputSchema.safeParse({ ...input(), url: "javascript:alert(1)" }).success).toBe(false);
    await stores.close();
  });

  it("exports the catalog and imports it back all-or-nothing", async () => {
    const stores = await makeStores();
    await saveService({ admin: stores.admin, now: T0, input: input({ hidden: "on" }) });
    const file = await exportCatalog({ catalog: stores.catalog });
    expect(file.services.find((s) => s.slug === "acme-mail")).toMatchObject({ hidden: true, dependsOn: ["microsoft-365"] });
    const other = await makeStores();
    expect(await importCatalog({ admin: other.admin, now: T0, text: JSON.stringify(file) })).toEqual({ ok: true, created: 1, updated: file.services.length - 1 });
    expect((await readCatalog(other.catalog)).all.find((s) => s.slug === "acme-mail")).toMatchObject({ hidden: true, dependsOn: ["microsoft-365"] });
    // One bad entry: nothing changes.
    const bad = { ...file, services: [...file.services.map((s) => (s.slug === "teams" ? { ...s, name: "Teams 2" } : s)), { ...file.services[0], slug: "broken", dependsOn: ["ghost"] }] };
    const r = await importCatalog({ admin: other.admin, now: T0, text: JSON.stringify(bad) });
    expect(r).toEqual({ ok: false, errors: { "broken.dependsOn": "unknown services: ghost" } });
    expect((await find(other, "teams"))!.name).toBe("Microsoft Teams");
    expect(await find(other, "broken")).toBeUndefined();
    expect(await importCatalog({ admin: other.admin, now: T0, text: "{" })).toEqual({ ok: false, errors: { file: "not valid JSON" } });
    await stores.close();
    await other.close();
  });

  it("import makes only services that differ from the seed the operator's, so the seed keeps updating the rest", async () => {
    const stores = await makeStores();
    await saveService({ admin: stores.admin, now: T0, input: input() });
    const file = await exportCatalog({ catalog: stores.catalog });
    // Another server: the same export, with Teams renamed and Steam hidden in the file.
    const other = await makeStores();
    const edited = { ...file, services: file.services.map((s) => (s.slug === "teams" ? { ...s, name: "Teams (work)" } : s.slug === "steam" ? { ...s, hidden: true } : s)) };
    expect(await importCatalog({ admin: other.admin, now: T0, text: JSON.stringify(edited) })).toMatchObject({ ok: true, created: 1 });
    const operated = async () => (await readCatalog(other.catalog)).all.filter((s) => s.source === "operator").map((s) => s.slug).sort();
    expect(await operated()).toEqual(["acme-mail", "steam", "teams"]);
    // A later seed renames Outlook and Teams: Outlook follows the seed, Teams keeps the operator's name.
    const nextSeed = CATALOG.map((s) => (s.slug === "outlook" ? { ...s, name: "Outlook (new)" } : s.slug === "teams" ? { ...s, name: "Microsoft Teams (new)" } : s));
    await upsertCatalog({ catalog: other.catalog, now: T0 + 1, seed: nextSeed });
    expect((await find(other, "outlook"))!.name).toBe("Outlook (new)");
    expect((await find(other, "teams"))!.name).toBe("Teams (work)");
    expect(await find(other, "steam")).toBeUndefined();
    // Re-importing Teams exactly as the seed of that import has it hands it back to the seed.
    const back = { ...edited, services: edited.services.filter((s) => s.slug === "teams").map((s) => ({ ...s, name: "Microsoft Teams (new)", aliases: [...s.aliases].reverse() })) };
    expect(await importCatalog({ admin: other.admin, now: T0 + 2, text: JSON.stringify(back), seed: nextSeed })).toEqual({ ok: true, created: 0, updated: 1 });
    expect(await operated()).toEqual(["acme-mail", "steam"]);
    await stores.close();
    await other.close();
  });
});

describe("operator: dismissing an incident", () => {
  it("closes it with a note, and the detector stands down instead of reopening it on the same reports", async () => {
    // A quiet service alone in its catalog keeps the set-up quick.
    const TO = Date.UTC(2026, 10, 22, 12, 0, 0);
    const stores = await makeStores({ now: TO - 8 * 86_400_000, seed: CATALOG.filter((s) => s.slug === "china-telecom") });
    await seedHistory({ ...stores, from: TO - 8 * 86_400_000, to: TO, random: createRandom(5) });
    const runtime = await loadDetectionRuntime(stores.detection);
    await runDetectionTick({ ...stores, now: TO, runtime });
    const service = await findTestService(stores, "china-telecom");
    for (let i = 0; i < 200; i++) await recordReport(makeDeps(stores, TO + 10_000 + i * 100, { burstLimit: 10 }), { service: service.slug, problem: "internet" }, makeClient(`100.${i}.0.1`));
    await runDetectionTick({ ...stores, now: TO + 2 * MIN + 5_000, runtime });
    const status = async () => (await stores.detection.readStatus(service.id))!.status;
    const incidents = async () =>
      (await stores.detection.listIncidents({ serviceId: service.id, state: "all", limit: 10 })).map((i) => ({ id: i.id, endedAt: i.endedAt, closedBy: i.closedBy, note: i.note }));
    expect(await status()).toBe("outage");
    const [open] = await incidents();
    expect(await dismissIncident({ admin: stores.admin, now: TO + 3 * MIN, id: open.id, note: "A test by the operator" })).toEqual({ ok: true, serviceId: service.id });
    expect(await dismissIncident({ admin: stores.admin, now: TO, id: 999_999, note: "x" })).toEqual({ ok: false, reason: "not_found" });
    for (let m = 4; m <= 40; m++) await runDetectionTick({ ...stores, now: TO + m * MIN + 5_000, runtime });
    expect(await status()).toBe("ok");
    expect(await incidents()).toEqual([{ id: open.id, endedAt: TO + 3 * MIN, closedBy: "operator", note: "A test by the operator" }]);
    await stores.close();
  });
});

describe("operator: access", () => {
  it("compares tokens in constant time and accepts only sessions this token issued, within their lifetime", () => {
    const token = "correct horse battery staple";
    expect(compareSecret(token, token)).toBe(true);
    expect(compareSecret(`${token} `, token)).toBe(false);
    const cookie = issueSession(token, T0);
    expect(verifySession(token, cookie, T0 + 60_000)).toBe(true);
    expect(verifySession("another token of some length", cookie, T0 + 60_000)).toBe(false);
    expect(verifySession(token, cookie, T0 + 13 * 3_600_000)).toBe(false);
    expect(verifySession(token, `${T0 + 1}.${cookie.split(".")[1]}`, T0 + 60_000)).toBe(false);
    expect(checkAdminAccess({ token, authorization: `Bearer ${token}`, now: T0 })).toBe(true);
    expect(checkAdminAccess({ token, authorization: "Bearer guess", cookie, now: T0 })).toBe(false);
    expect(checkAdminAccess({ token: "", cookie, now: T0 })).toBe(false);
  });

  it("sets an HttpOnly, SameSite=Strict cookie scoped to /admin, and reads it back from a browser's cookie header among others", () => {
    const token = "correct horse battery staple";
    expect(signInOperator({ token, given: "wrong", now: T0, secure: false })).toBeNull();
    const setCookie = signInOperator({ token, given: token, now: T0, secure: true })!;
    expect(setCookie).toBe(`downwire_admin=${issueSession(token, T0)}; Max-Age=43200; Path=/admin; HttpOnly; Secure; SameSite=Strict`);
    expect(SIGN_OUT_COOKIE).toBe("downwire_admin=; Max-Age=0; Path=/admin; HttpOnly; SameSite=Strict");
    const value = setCookie.split(";")[0];
    const write = (cookie?: string) => screenRequest({ method: "POST", url: "/admin/services/new", cookie, contentLength: "120" }, token, T0 + 60_000);
    expect(write(`theme=dark; ${value}; other="quoted"`)).toBeNull();
    expect(write(`${value.replace("downwire_admin", "downwire_admin_x")}`)?.status).toBe(403);
    expect(write(`downwire_admin=${T0}.forged`)?.status).toBe(403);
    expect(write(undefined)?.status).toBe(403);
  });

  it("refuses a short ADMIN_TOKEN at start-up rather than protecting /admin with it", () => {
    expect(() => readEnv({ ADMIN_TOKEN: "short" } as unknown as NodeJS.ProcessEnv)).toThrow(/ADMIN_TOKEN: must be at least 16 characters/);
    expect(readEnv({} as unknown as NodeJS.ProcessEnv).ADMIN_TOKEN).toBe("");
  });
});
