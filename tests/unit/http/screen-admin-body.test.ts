import { describe, expect, it } from "vitest";
import { issueSession } from "../../../lib/admin/session";
import { ADMIN_COOKIE, MAX_ADMIN_BODY_BYTES, MAX_CATALOG_FILE_BYTES } from "../../../lib/admin/config";
import { screenRequest } from "../../../lib/server/screen-request";

const TOKEN = "a-long-enough-admin-token";
const NOW = Date.UTC(2026, 10, 24, 10, 0, 0);
const post = (contentLength: string | undefined, cookie = `${ADMIN_COOKIE}=${issueSession(TOKEN, NOW)}`) =>
  screenRequest({ method: "POST", url: "/admin/catalog.json", cookie, contentLength }, TOKEN, NOW);

// The operator's forms are plain route handlers (no server actions), so the server alone caps what they read.
describe("operator form bodies", () => {
  it("pass with a length up to the cap, which leaves room for a whole catalog file and the form around it", () => {
    expect(MAX_ADMIN_BODY_BYTES).toBeGreaterThan(MAX_CATALOG_FILE_BYTES);
    expect(post(String(MAX_ADMIN_BODY_BYTES))).toBeNull();
    expect(post("1200")).toBeNull();
  });

  it("are refused over the cap (413) or without a length (411), before anything reads them", () => {
    expect(post(String(MAX_ADMIN_BODY_BYTES + 1))?.status).toBe(413);
    expect(post(undefined)?.status).toBe(411);
    expect(post("")?.status).toBe(411);
  });

  it("from someone not signed in are refused whatever their size", () => {
    expect(post("10", "")?.status).toBe(403);
  });
});
