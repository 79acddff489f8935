import { describe, expect, it } from "vitest";
import { CATALOG } from "../../lib/catalog/catalog-data";
import { listProblems } from "../../lib/catalog/problems";
import { CATEGORY_IDS } from "../../lib/catalog/types";

describe("catalog seed", () => {
  it("has at least 60 real services across every category", () => {
    expect(CATALOG.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CATALOG.map((s) => s.category))).toEqual(new Set(CATEGORY_IDS));
  });

  it("has unique, well-formed slugs, https URLs, valid markets and popularity", () => {
    expect(new Set(CATALOG.map((s) => s.slug)).size).toBe(CATALOG.length);
    for (const s of CATALOG) {
      expect(s.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(s.url).toMatch(/^https:\/\//);
      expect(s.markets.length).toBeGreaterThan(0);
      for (const m of s.markets) expect(m).toMatch(/^[A-Z]{2}$/);
      expect(s.popularity).toBeGreaterThanOrEqual(1);
      expect(s.popularity).toBeLessThanOrEqual(100);
    }
  });

  it("names no alias that is another service's slug or name", () => {
    const owner = new Map<string, string>();
    for (const s of CATALOG) for (const k of [s.slug, s.name.toLowerCase()]) owner.set(k, s.slug);
    for (const s of CATALOG) for (const a of s.aliases) expect([undefined, s.slug]).toContain(owner.get(a.toLowerCase()));
  });

  it("depends only on catalog services, without cycles", () => {
    const bySlug = new Map(CATALOG.map((s) => [s.slug, s]));
    const visit = (slug: string, path: string[]): void => {
      expect(path).not.toContain(slug);
      for (const up of bySlug.get(slug)!.dependsOn) {
        expect(bySlug.has(up)).toBe(true);
        visit(up, [...path, slug]);
      }
    };
    for (const s of CATALOG) visit(s.slug, []);
    expect(CATALOG.filter((s) => s.dependsOn.includes("cloudflare")).length).toBeGreaterThanOrEqual(8);
    expect(CATALOG.filter((s) => s.dependsOn.includes("aws")).length).toBeGreaterThanOrEqual(8);
  });

  it("gives every category a problem list ending with 'other'", () => {
    for (const c of CATEGORY_IDS) expect(listProblems(c).at(-1)?.id).toBe("other");
  });
});

describe("country list", () => {
  it("holds the 249 ISO 3166-1 countries plus Kosovo, by name, and no groupings or withdrawn codes", async () => {
    const { listCountries } = await import("../../lib/catalog/countries");
    const list = listCountries();
    const codes = list.map((c) => c.code);
    expect(list).toHaveLength(250);
    expect(new Set(codes).size).toBe(250);
    for (const code of ["GB", "US", "BR", "XK", "SS", "CW", "TW"]) expect(codes, code).toContain(code);
    for (const code of ["UK", "EU", "UN", "YU", "AN", "ZZ", "XX", "T1"]) expect(codes, code).not.toContain(code);
    expect(list.find((c) => c.code === "GB")!.name).toBe("United Kingdom");
    expect(list.find((c) => c.code === "DE")!.name).toBe("Germany");
    expect([...list].sort((a, b) => a.name.localeCompare(b.name))).toEqual(list);
  });
});
