import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatClock, formatDateTime, formatDuration, formatSince, nameTimeZone, pickReaderZone } from "../../../lib/i18n/format-time";
import { negotiateLocale } from "../../../lib/i18n/negotiate";
import { localizePath, splitLocalePath } from "../../../lib/i18n/paths";
import { parseLocale } from "../../../lib/i18n/config";
import { describeVerdict } from "../../../lib/detection/describe-verdict";
import { DETECTOR_CONFIG } from "../../../lib/detection/config";

const T = "2026-11-20T17:05:00.000Z"; // 01:05 the next day in Beijing

describe("times and numbers in the reader's language and zone", () => {
  it("English keeps the citable UTC form; Chinese reads Beijing time", () => {
    expect(formatDateTime("en", T, "UTC")).toBe("2026-11-20 17:05 UTC");
    expect(formatDateTime("zh-CN", T, "Asia/Shanghai")).toBe("2026年11月21日 01:05 北京时间");
    expect(formatClock("zh-CN", T, "Asia/Shanghai")).toBe("01:05 北京时间");
    expect(formatDateTime("en", T, "America/New_York")).toBe("2026-11-20 12:05 EST");
    expect(formatDateTime("zh-CN", T, "UTC", false)).toBe("2026年11月20日 17:05");
  });

  it("'since' shows the clock alone on the same calendar day in that zone, not in UTC", () => {
    const now = Date.parse("2026-11-20T20:00:00.000Z"); // 04:00 on the 21st in Beijing
    expect(formatSince("en", T, "UTC", now)).toBe("17:05 UTC");
    expect(formatSince("zh-CN", T, "Asia/Shanghai", now)).toBe("01:05 北京时间");
    expect(formatSince("zh-CN", "2026-11-20T15:00:00.000Z", "Asia/Shanghai", now)).toBe("2026年11月20日 23:00 北京时间");
  });

  it("durations", () => {
    expect(formatDuration("en", (7 * 60 + 39) * 60_000)).toBe("7 h 39 min");
    expect(formatDuration("zh-CN", (7 * 60 + 39) * 60_000)).toBe("7小时39分钟");
    expect(formatDuration("zh-CN", 12 * 60_000)).toBe("12分钟");
  });

  it("a Chinese page without a zone from the browser stays on China Standard Time", () => {
    expect(pickReaderZone(undefined, "Asia/Shanghai")).toBe("Asia/Shanghai");
    expect(pickReaderZone("Etc/Unknown", "Asia/Shanghai")).toBe("Asia/Shanghai");
    expect(pickReaderZone("Europe/Berlin", "Asia/Shanghai")).toBe("Europe/Berlin");
    expect(nameTimeZone("zh-CN", "Europe/Berlin", T)).toBe("GMT+1");
  });

  it("verdict sentences are functions of the verdict in either language, numbers through Intl", () => {
    const v = { status: "outage" as const, since: "2026-11-20T08:22:00.000Z", observed: 1412, expected: 9.1, ratio: 155, p: 1e-300, windowMinutes: 15, at: T, incidentId: 1, basis: "history" as const };
    expect(describeVerdict("Outlook", v)).toBe("User reports indicate problems at Outlook since 08:22 UTC (1,412 reports in 15 min, ~9 expected).");
    expect(describeVerdict("微信", v, "zh-CN")).toBe("用户报告显示，微信自 16:22 北京时间 起出现问题（15 分钟内 1,412 份报告，预期约 9 份）。");
    expect(describeVerdict("微信", { ...v, status: "ok", observed: 1 }, "zh-CN")).toBe("用户报告显示，微信目前没有问题（15 分钟内 1 份报告，预期约 9 份）。");
    expect(describeVerdict("Outlook", { ...v, status: "ok", observed: 1 })).toBe("User reports indicate no current problems at Outlook (1 report in 15 min, ~9 expected).");
    // A service with under a day of history says what its verdict rests on, in either language.
    const prior = { ...v, basis: "prior" as const, expected: 0.2, observed: 12 };
    expect(describeVerdict("Kimi", prior)).toBe(
      `User reports indicate problems at Kimi since 08:22 UTC (12 reports in 15 min, ~0 expected). Downwire has under a day of Kimi's own history, so its usual level is an assumption (about one report an hour or fewer), and ${DETECTOR_CONFIG.MIN_REPORTS_OUTAGE} or more different reporters within 15 minutes count as an outage.`,
    );
    expect(describeVerdict("微信", { ...prior, expected: 30 }, "zh-CN")).toBe(
      `用户报告显示，微信自 16:22 北京时间 起出现问题（15 分钟内 12 份报告，预期约 30 份）。Downwire 掌握的微信自身历史不足一天，因此其通常水平是一个假设（约每小时 120 份）；15 分钟内有 ${DETECTOR_CONFIG.MIN_REPORTS_OUTAGE} 个或更多不同的报告者即视为故障。`,
    );
  });
});

describe("locale routing", () => {
  it.each([
    ["zh-CN,zh;q=0.9,en;q=0.8", "zh-CN"],
    ["zh", "zh-CN"],
    ["zh-Hans-CN", "zh-CN"],
    ["zh-SG", "zh-CN"],
    ["en-US,en;q=0.9", "en"],
    ["de-DE,de;q=0.9", "en"],
    ["en-GB,zh-CN;q=0.5", "en"],
    ["fr-FR,zh;q=0.5", "zh-CN"],
    ["", "en"],
    ["*", "en"],
    ["x-!!,;;;", "en"],
  ])("Accept-Language %j -> %s", (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });

  it("parses loose language names", () => {
    expect(parseLocale("zh-cn")).toBe("zh-CN");
    expect(parseLocale("ZH")).toBe("zh-CN");
    expect(parseLocale("en-GB")).toBe("en");
    expect(parseLocale("fr")).toBeNull();
  });

  it("a path and its localized form are each other's inverse; English paths are unchanged", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\/[a-z0-9/_.-]{0,30}(\?[a-z=&0-9]{0,10})?$/), fc.constantFrom("en" as const, "zh-CN" as const), (path, locale) => {
        fc.pre(!path.startsWith("/zh-CN"));
        const localized = localizePath(locale, path);
        if (locale === "en") expect(localized).toBe(path);
        expect(splitLocalePath(localized)).toEqual({ locale, path });
      }),
    );
    expect(localizePath("zh-CN", "/")).toBe("/zh-CN");
    expect(localizePath("zh-CN", "/?q=weixin")).toBe("/zh-CN?q=weixin");
    expect(splitLocalePath("/zh-CN?q=weixin")).toEqual({ locale: "zh-CN", path: "/?q=weixin" });
    expect(splitLocalePath("/zh-CNX/status")).toEqual({ locale: "en", path: "/zh-CNX/status" });
  });
});
