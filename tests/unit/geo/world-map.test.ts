import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { classifyShare, renderWorldMap } from "../../../lib/geo/render-world-map";
import { readWorldShapes } from "../../../lib/geo/world-geometry";

describe("world map", () => {
  it("has an outline for most countries, keyed by the alpha-2 code reports carry", () => {
    const shapes = readWorldShapes();
    expect(shapes.length).toBeGreaterThan(160);
    const codes = new Set(shapes.map((s) => s.code));
    for (const c of ["GB", "US", "DE", "FR", "BR", "IN", "JP", "AU", "ZA", "XK"]) expect(codes.has(c), c).toBe(true);
    expect(codes.has("AQ")).toBe(false);
  });

  it.each([
    [undefined, -1],
    [0.2, 0],
    [1, 1],
    [5, 2],
    [12.5, 3],
    [30, 4],
    [100, 4],
  ])("share %s%% is class %i", (share, k) => {
    expect(classifyShare(share)).toBe(k);
  });

  it("is a valid SVG document that colours countries by share and escapes names", () => {
    const svg = renderWorldMap({
      title: `Reports about <Outlook> & co`,
      countries: [
        { id: "GB", label: "United Kingdom", count: 60, percent: 60 },
        { id: "US", label: "United States", count: 35, percent: 35 },
        { id: "FR", label: `France "<>"`, count: 5, percent: 5 },
        { id: "", label: "Unknown", count: 1, percent: 1 },
      ],
    });
    expect(XMLValidator.validate(svg)).toBe(true);
    const paths = new XMLParser({ ignoreAttributes: false }).parse(svg).svg.g[0].path as { "@_data-cc": string; "@_class": string; title?: string }[];
    const byCode = new Map(paths.map((p) => [p["@_data-cc"], p]));
    expect(byCode.get("GB")!["@_class"]).toBe("land c4");
    expect(byCode.get("FR")!["@_class"]).toBe("land c2");
    expect(byCode.get("FR")!.title).toBe(`France "<>": 5 reports (5%)`);
    expect(byCode.get("DE")!["@_class"]).toBe("land");
    expect(svg).toContain("<title id=\"t\">Reports about &lt;Outlook&gt; &amp; co</title>");
  });
});
