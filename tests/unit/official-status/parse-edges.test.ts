import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseInstant, parseJsDateString, parseRfc822, zonedTimeToUtc } from "../../../lib/official-status/parse/instant";
import { parseOfficialPayload } from "../../../lib/official-status/parse/parse-payload";
import { OFFICIAL_FORMATS } from "../../../lib/official-status/types";

const NOW = Date.parse("2026-11-25T12:00:00Z");
const ctx = { sourceUrl: "https://status.example.com/api/v2/summary.json", now: NOW };

describe("times as vendors write them", () => {
  it.each([
    ["2022-02-15T13:14:17.744-08:00", "2022-02-15T21:14:17.744Z"],
    ["2022-07-01T13:37:44+00:00", "2022-07-01T13:37:44.000Z"],
    ["Wed, 15 Dec 2021 12:16:32 PST", "2021-12-15T20:16:32.000Z"],
    ["Mon, 20 Dec 2021 00:05:42 +0100", "2021-12-19T23:05:42.000Z"],
    ["Sat Jun 11 2022 18:55:50 GMT+0000 (Coordinated Universal Time)", "2022-06-11T18:55:50.000Z"],
    ["Sat Jun 11 2022 20:55:50 GMT+0200 (Central European Summer Time)", "2022-06-11T18:55:50.000Z"],
    ["1655342154", "2022-06-16T01:15:54.000Z"],
  ])("%s", (text, iso) => {
    expect(new Date(parseInstant(text)!).toISOString()).toBe(iso);
  });

  it("refuses what it cannot read exactly", () => {
    for (const bad of ["yesterday", "2022-02-15", "15 Foo 2021 12:00:00 GMT", "Wed, 15 Dec 2021 12:16:32 XYZ", "", null, 12])
      expect(parseInstant(bad)).toBeNull();
    expect(parseRfc822("Wed, 15 Dec 2021 25:16:32 GMT")).toBeNull();
    expect(parseJsDateString("Sat Jun 11 2022 18:55:50")).toBeNull();
  });

  it("wall-clock times in a named zone, across daylight saving", () => {
    expect(new Date(zonedTimeToUtc(2022, 2, 31, 8, 30, "US/Pacific")!).toISOString()).toBe("2022-03-31T15:30:00.000Z");
    expect(new Date(zonedTimeToUtc(2022, 0, 10, 8, 30, "US/Pacific")!).toISOString()).toBe("2022-01-10T16:30:00.000Z");
    expect(zonedTimeToUtc(2022, 0, 10, 8, 30, "Not/AZone")).toBeNull();
  });
});

describe("bad payloads are errors, never throws", () => {
  it("garbage, HTML and the wrong format", () => {
    for (const format of OFFICIAL_FORMATS) {
      for (const body of ["", "garbage", "<html><body>Service Unavailable</body></html>", "{}", "[]", "null", '{"page":{}}']) {
        const r = parseOfficialPayload(format, body, ctx);
        // An empty JSON array is a valid (empty) history for the array formats; everything else here is an error.
        if (body === "[]" && (format === "gcp" || format === "slack")) expect(r.ok).toBe(true);
        else expect(r, `${format} ${body}`).toMatchObject({ ok: false });
      }
    }
    expect(parseOfficialPayload("statuspage", '{"status":"ok","active_incidents":[]}', ctx).ok).toBe(false);
    expect(parseOfficialPayload("slack", '{"page":{"id":"x","name":"y"},"status":{"indicator":"none","description":"ok"}}', ctx).ok).toBe(false);
  });

  it("any string: a result, never an exception", () => {
    fc.assert(
      fc.property(fc.constantFrom(...OFFICIAL_FORMATS), fc.oneof(fc.string(), fc.json(), fc.string().map((s) => `<rss><channel><item><title>${s}</title></item></channel></rss>`)), (format, body) => {
        const r = parseOfficialPayload(format, body, ctx);
        expect(typeof r.ok).toBe("boolean");
      }),
      { numRuns: 2000 },
    );
  });

  it("an unanswered feed entry lapses after a week; a fresh one is open with its AWS impact", () => {
    const feed = (pubDate: string) =>
      `<?xml version="1.0"?><rss version="2.0"><channel><title>s</title><link>https://status.aws.amazon.com/</link><description>d</description>` +
      `<item><title>Service disruption: Increased API Error Rates</title><link>https://status.aws.amazon.com/</link><pubDate>${pubDate}</pubDate>` +
      `<guid isPermaLink="false">https://status.aws.amazon.com/#ec2-us-east-1_1700000000</guid><description>We are investigating.</description></item></channel></rss>`;
    const fresh = parseOfficialPayload("rss", feed("Wed, 25 Nov 2026 10:00:00 GMT"), ctx);
    expect(fresh.ok && fresh.reading.indicator).toBe("critical");
    expect(fresh.ok && fresh.reading.incidents.map((i) => [i.name, i.impact, i.acknowledgedAt])).toEqual([["Increased API Error Rates", "critical", "2026-11-25T10:00:00.000Z"]]);
    const old = parseOfficialPayload("rss", feed("Wed, 11 Nov 2026 10:00:00 GMT"), ctx);
    expect(old.ok && [old.reading.indicator, old.reading.incidents]).toEqual(["none", []]);
  });
});
