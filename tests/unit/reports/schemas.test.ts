import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toFieldErrors } from "../../../lib/http/field-errors";
import { ReportInputSchema } from "../../../lib/reports/schemas";
import { SeriesQuerySchema } from "../../../lib/reports/series-params";

describe("ReportInputSchema", () => {
  it("accepts a report and normalises case and empty country", () => {
    expect(ReportInputSchema.parse({ service: " Outlook ", problem: "login", country: "gb" })).toEqual({ service: "outlook", problem: "login", country: "GB" });
    expect(ReportInputSchema.parse({ service: "outlook", problem: "login", country: "" }).country).toBeUndefined();
  });

  it.each([
    [{}, ["service", "problem"]],
    [{ service: "outlook" }, ["problem"]],
    [{ service: "x".repeat(81), problem: "login" }, ["service"]],
    [{ service: "outlook", problem: "DROP TABLE" }, ["problem"]],
    [{ service: "outlook", problem: "login", country: "GBR" }, ["country"]],
    [{ service: 5, problem: ["login"] }, ["service", "problem"]],
  ])("rejects %j naming %j", (body, fields) => {
    const r = ReportInputSchema.safeParse(body);
    expect(r.success).toBe(false);
    if (!r.success) expect(Object.keys(toFieldErrors(r.error)).sort()).toEqual(fields.sort());
  });

  it("tells a missing field from a mistyped one", () => {
    const fields = (body: unknown) => {
      const r = ReportInputSchema.safeParse(body);
      return r.success ? null : toFieldErrors(r.error);
    };
    expect(fields({})).toEqual({ service: "service is required", problem: "problem is required" });
    expect(fields({ service: 5, problem: ["login"] })).toEqual({
      service: "service must be a service's slug, name or alias (text)",
      problem: "problem must be one of the service's problem ids (text)",
    });
  });

  it("accepts exactly the reports the documented rules allow, normalised, and names the fields of any other (property)", () => {
    // The rules of README's intake table, written out here independently of the schema.
    const expected = (v: unknown): Record<string, unknown> | null => {
      if (typeof v !== "object" || v === null || Array.isArray(v)) return null;
      const { service, problem, country } = v as Record<string, unknown>;
      if (typeof service !== "string" || typeof problem !== "string") return null;
      const s = service.trim().toLowerCase();
      const p = problem.trim();
      if (s.length < 1 || s.length > 80 || !/^[a-z0-9_]{1,40}$/.test(p)) return null;
      if (country === undefined || country === null || country === "") return { service: s, problem: p, country: undefined };
      if (typeof country !== "string" || !/^[A-Z]{2}$/.test(country.trim().toUpperCase())) return null;
      return { service: s, problem: p, country: country.trim().toUpperCase() };
    };
    const text = (...likely: string[]) => fc.oneof({ arbitrary: fc.constantFrom(...likely), weight: 4 }, { arbitrary: fc.string({ maxLength: 90 }), weight: 1 }, { arbitrary: fc.jsonValue(), weight: 1 });
    const report = fc.record(
      { service: text(" Outlook ", "steam", "x".repeat(81), ""), problem: text("login", "DROP TABLE", " matchmaking "), country: text("gb", " de ", "GBR", "", "1x") },
      { requiredKeys: ["service", "problem"] },
    );
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(report, fc.record({ service: text("teams"), country: text("fr") }, { requiredKeys: [] }), fc.jsonValue()), (v) => {
        const r = ReportInputSchema.safeParse(v);
        const want = expected(v);
        if (want) {
          accepted++;
          expect(r.success).toBe(true);
          expect(r.data).toEqual(want);
        } else {
          expect(r.success).toBe(false);
          const fields = Object.keys(toFieldErrors(r.error!));
          expect(fields.length).toBeGreaterThan(0);
          for (const f of fields) expect(["service", "problem", "country", "body"]).toContain(f);
        }
      }),
      { numRuns: 2_000 },
    );
    // Both sides were really tried.
    expect(accepted).toBeGreaterThan(50);
    expect(accepted).toBeLessThan(1_950);
  });
});

describe("SeriesQuerySchema", () => {
  it.each([
    [{}, true],
    [{ range: "7d", bucket: "1h" }, true],
    [{ range: "14d", bucket: "1m" }, false],
    [{ range: "1h", bucket: "1h" }, true],
    [{ range: "1h", bucket: "2h" }, false],
    [{ range: "forever" }, false],
  ])("%j valid=%s", (q, ok) => {
    expect(SeriesQuerySchema.safeParse(q).success).toBe(ok);
  });
});
