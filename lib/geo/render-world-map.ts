import { escapeXml } from "@/lib/formats/escape-xml";
import type { Share } from "@/lib/reports/read-breakdown";
import { MAP_HEIGHT, MAP_WIDTH, SHARE_CLASSES } from "./config";
import { readWorldShapes } from "./world-geometry";

/** Index into SHARE_CLASSES for a share in percent; -1 for a country with no reports. */
export function classifyShare(percent: number | undefined): number {
  if (percent === undefined) return -1;
  let k = 0;
  SHARE_CLASSES.forEach((c, i) => percent >= c.min && (k = i));
  return k;
}

// Light and dark palettes; an SVG used as an image still follows the reader's colour scheme.
const STYLE = `
.land{fill:#e3e6eb;stroke:#fff;stroke-width:.5}.c0{fill:#fdd9c4}.c1{fill:#fcab86}.c2{fill:#f47a4f}.c3{fill:#d84315}.c4{fill:#8f2a0b}
text{font:20px system-ui,sans-serif;fill:#3d4552}
@media (prefers-color-scheme:dark){.land{fill:#2c333d;stroke:#14171c}.c0{fill:#5a3325}.c1{fill:#8a4328}.c2{fill:#c0532a}.c3{fill:#ff7043}.c4{fill:#ffb199}text{fill:#c9d0da}}`;

/**
 * A server-rendered choropleth of reports by country as a standalone SVG document: each country coloured by
 * its share of reports, with a <title> naming it and its numbers, and a legend. The table beside it on the page
 * is the accessible version.
 */
export function renderWorldMap({ countries, title }: { countries: Share[]; title: string }): string {
  const byCode = new Map(countries.filter((c) => c.id).map((c) => [c.id, c]));
  const paths = readWorldShapes().map((s) => {
    const share = byCode.get(s.code);
    const k = classifyShare(share?.percent);
    const cls = k < 0 ? "land" : `land c${k}`;
    const tip = share ? `<title>${escapeXml(`${share.label}: ${share.count.toLocaleString("en")} reports (${share.percent}%)`)}</title>` : "";
    return `<path class="${cls}" data-cc="${s.code}" d="${s.d}">${tip}</path>`;
  });
  const legendY = MAP_HEIGHT + 12;
  const legend = SHARE_CLASSES.map((c, i) => `<rect class="c${i}" x="${10 + i * 160}" y="${legendY}" width="20" height="20"/><text x="${36 + i * 160}" y="${legendY + 17}">${escapeXml(c.label)}</text>`).join("");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT + 40}" width="${MAP_WIDTH}" height="${MAP_HEIGHT + 40}" role="img" aria-labelledby="t">` +
    `<title id="t">${escapeXml(title)}</title><style>${STYLE}</style>` +
    `<g>${paths.join("")}</g><g aria-hidden="true">${legend}<text x="${10 + SHARE_CLASSES.length * 160}" y="${legendY + 17}">of reports</text></g></svg>`
  );
}
