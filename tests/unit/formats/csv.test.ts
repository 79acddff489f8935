import { describe, expect, it } from "vitest";
import { formatCsv } from "../../../lib/formats/format-csv";
import { formatSeriesCsv } from "../../../lib/open-data/format-series-csv";

describe("CSV", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["=HYPERLINK(\"x\")", `"'=HYPERLINK(""x"")"`],
    ["+1", "'+1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["-2", "'-2"],
  ])("text %j is written as %s", (cell, out) => {
    expect(formatCsv(["h"], [[cell]])).toBe(`h\r\n${out}\r\n`);
  });

  it("writes numbers, booleans and empty cells as they are", () => {
    expect(formatCsv(["a", "b", "c", "d"], [[-2, true, null, undefined]])).toBe("a,b,c,d\r\n-2,true,,\r\n");
  });

  it("writes a chart's buckets with their usual band", () => {
    expect(formatSeriesCsv([{ t: "2026-11-24T10:00:00.000Z", count: 3, expected: 2.5, low: 0, high: 6.1 }, { t: "2026-11-24T10:15:00.000Z", count: 0 }])).toBe(
      "bucket_start_utc,reports,expected,usual_low,usual_high\r\n2026-11-24T10:00:00.000Z,3,2.5,0,6.1\r\n2026-11-24T10:15:00.000Z,0,,,\r\n",
    );
  });
});
