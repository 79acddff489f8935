import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { BADGE_STYLES, renderBadge } from "../../../lib/embeds/render-badge";

describe("status badge", () => {
  it("escapes a service named <script>&\" and still parses as XML", () => {
    const svg = renderBadge({ label: `<script>&"`, status: "outage" });
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toContain("<script");
    expect(svg).toContain("&lt;script&gt;&amp;&quot;");
    const doc = new XMLParser({ ignoreAttributes: false }).parse(svg);
    expect(doc.svg["@_aria-label"]).toBe(`<script>&": outage`);
    expect(doc.svg.title).toBe(`<script>&": outage`);
  });

  it.each([
    ["ok", "no problems", "#2e7d32"],
    ["possible", "possible problems", "#a35a00"],
    ["outage", "outage", "#c62828"],
    [null, "no data yet", "#5b6472"],
  ] as const)("status %s reads %s", (status, message, color) => {
    const svg = renderBadge({ label: "Outlook", status });
    expect(svg).toContain(`aria-label="Outlook: ${message}"`);
    expect(svg).toContain(`fill="${color}"`);
  });

  it.each(BADGE_STYLES)("style %s is valid XML", (style) => {
    expect(XMLValidator.validate(renderBadge({ label: "Outlook & Teams", status: "ok", style }))).toBe(true);
  });
});
