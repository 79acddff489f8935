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

  it("never throws on any JSON value", () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => void ReportInputSchema.safeParse(v)));
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
