import fs from "node:fs";
import path from "node:path";

/*
 * Chinese glyphs for share images. next/og draws text only with the fonts it is given (its own covers Latin;
 * anything else it would try to fetch from the internet, which a self-hosted server must not need), so a card with
 * Han characters gets Noto Sans SC from the @fontsource package (installed by npm ci). The font comes split in ~100
 * small files by Unicode range: a card loads only the few its text needs, once, and an English card none.
 */

const PACKAGE_DIR = path.join(process.cwd(), "node_modules", "@fontsource", "noto-sans-sc");
const HAN = /[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]/;

interface Subset {
  file: string;
  ranges: [number, number][];
}

export interface CardFont {
  name: string;
  data: ArrayBuffer;
  weight: 400;
  style: "normal";
}

let subsets: Subset[] | undefined;
const files = new Map<string, ArrayBuffer>();

function readSubsets(): Subset[] {
  if (subsets) return subsets;
  const css = fs.readFileSync(path.join(PACKAGE_DIR, "400.css"), "utf8");
  subsets = [...css.matchAll(/url\(\.\/files\/([^)]+-400-normal\.woff)\) format\('woff'\);\s*unicode-range: ([^;]+);/g)].map((m) => ({
    file: m[1],
    ranges: m[2].split(",").map((r) => {
      const [a, b] = r.trim().replace(/^U\+/i, "").split("-");
      return [parseInt(a, 16), parseInt(b ?? a, 16)] as [number, number];
    }),
  }));
  return subsets;
}

function load(file: string): ArrayBuffer {
  let data = files.get(file);
  if (!data) {
    const buf = fs.readFileSync(path.join(PACKAGE_DIR, "files", file));
    data = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
    files.set(file, data);
  }
  return data;
}

/** True when the text needs the CJK font. */
export function needsCjkFont(text: string): boolean {
  return HAN.test(text);
}

/**
 * The font files that cover every character of `text` (each under its own name: next/og keeps one font per name
 * and weight, and falls back across names glyph by glyph). Empty when the text has no Han characters.
 */
export function loadCjkFonts(text: string): CardFont[] {
  if (!needsCjkFont(text)) return [];
  const all = readSubsets();
  const wanted = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const hit = all.find((s) => s.ranges.some(([a, b]) => cp >= a && cp <= b));
    if (hit) wanted.add(hit.file);
  }
  // Latin first, so digits and Latin names in a Chinese card share the card's one typeface.
  const ordered = [...wanted].sort((a, b) => Number(b.includes("-latin-")) - Number(a.includes("-latin-")));
  return ordered.map((file) => ({ name: `Noto Sans SC ${file.replace(/^noto-sans-sc-|-400-normal\.woff$/g, "")}`, data: load(file), weight: 400, style: "normal" }));
}
