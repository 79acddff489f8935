import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { zoneOffsetMinutes } from "../../../lib/i18n/format-time";

// The service page tells its script the offsets of the zone it was drawn in, in Date#getTimezoneOffset's convention
// (minutes, positive west of UTC), so the script can compare them with the browser's without loading Intl.
describe("zoneOffsetMinutes", () => {
  it("matches known offsets, on both sides of a DST change and for zones off the whole hour", () => {
    const winter = Date.UTC(2026, 0, 15, 12);
    const summer = Date.UTC(2026, 6, 15, 12);
    expect(zoneOffsetMinutes("UTC", winter)).toBe(0);
    expect(zoneOffsetMinutes("Asia/Shanghai", winter)).toBe(-480);
    expect(zoneOffsetMinutes("Asia/Shanghai", summer)).toBe(-480);
    expect(zoneOffsetMinutes("Europe/Paris", winter)).toBe(-60);
    expect(zoneOffsetMinutes("Europe/Paris", summer)).toBe(-120);
    expect(zoneOffsetMinutes("America/New_York", winter)).toBe(300);
    expect(zoneOffsetMinutes("America/New_York", summer)).toBe(240);
    expect(zoneOffsetMinutes("America/St_Johns", winter)).toBe(210);
    expect(zoneOffsetMinutes("Asia/Kathmandu", summer)).toBe(-345);
    expect(zoneOffsetMinutes("Pacific/Chatham", winter)).toBe(-825);
  });

  it("is the browser's own answer: Date in a process running in that zone agrees at any instant", () => {
    // This process's Date runs in its TZ (UTC in CI): the zone it names must give Date's offset at every instant.
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }), (at) => {
        expect(zoneOffsetMinutes(zone, at)).toBe(new Date(at).getTimezoneOffset());
      }),
    );
  });
});
