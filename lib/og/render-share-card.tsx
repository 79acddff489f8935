import { ImageResponse } from "next/og";
import type { SeriesBucketPoint } from "@/lib/charts/series-point";
import { layoutChart } from "@/lib/charts/chart-geometry";
import { DEFAULT_TIME_ZONE, type Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format-time";
import { formatNumber } from "@/lib/i18n/format-number";
import { getTranslator } from "@/lib/i18n/translate";
import { loadCjkFonts } from "./cjk-fonts";
import { SHARE_CHART, SHARE_COLORS as C, SHARE_IMAGE_SIZE } from "./config";

export interface ShareCard {
  locale: Locale;
  title: string;
  /** Status words and their tone: ok (green), possible (amber), outage (red). */
  chip: { label: string; tone: "ok" | "possible" | "outage" };
  /** One or two sentences with the numbers. */
  summary: string;
  buckets: readonly SeriesBucketPoint[];
  highlight?: { from: string; to: string };
  /** What the chart shows, e.g. "Reports per 15 minutes, last 24 hours (UTC)". */
  caption: string;
  /** ISO time the card is about. */
  at: string;
  /** True when the card can no longer change (a closed incident): caches may keep it longer. */
  final: boolean;
}

/**
 * A 1200×630 PNG: title, status, the chart with its usual band, and what the numbers are. Rendered by next/og
 * (satori + resvg); text in Chinese gets the CJK font it needs (lib/og/cjk-fonts.ts), so no glyph is an empty box.
 */
export async function renderShareCard(card: ShareCard): Promise<Uint8Array> {
  const { width: W, height: H } = SHARE_CHART;
  const g = layoutChart(card.buckets, W, H, card.highlight);
  const tone = C[card.chip.tone];
  const footer = getTranslator(card.locale, "share")("footer", { caption: card.caption, max: formatNumber(card.locale, g.max) });
  const stamp = formatDateTime(card.locale, card.at, DEFAULT_TIME_ZONE[card.locale]);
  const fonts = loadCjkFonts([card.title, card.chip.label, card.summary, footer, stamp, "Downwire"].join(""));
  const image = new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", background: C.bg, color: C.text, padding: "40px 48px 32px", fontSize: 28, ...(fonts.length ? { fontFamily: fonts.map((f) => `"${f.name}"`).join(", ") } : {}) }}>
        <div style={{ display: "flex", alignItems: "center", justifyContent: "space-between" }}>
          <div style={{ display: "flex", fontSize: 30, color: C.muted }}>
            Down<span style={{ color: C.outage }}>wire</span>
          </div>
          <div style={{ display: "flex", border: `3px solid ${tone}`, color: tone, borderRadius: 999, padding: "4px 20px", fontSize: 26 }}>{card.chip.label}</div>
        </div>
        <div style={{ display: "flex", fontSize: 50, marginTop: 10, lineHeight: 1.15 }} data-role="title">{card.title}</div>
        <div style={{ display: "flex", fontSize: 25, color: C.muted, marginTop: 8, lineHeight: 1.3, maxHeight: 66, overflow: "hidden" }}>{card.summary}</div>
        <div style={{ display: "flex", marginTop: "auto", flexDirection: "column" }}>
          <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`}>
            <line x1="0" y1={H - 0.5} x2={W} y2={H - 0.5} stroke={C.line} strokeWidth="2" />
            <line x1="0" y1="1" x2={W} y2="1" stroke={C.line} strokeWidth="1" />
            {g.highlight && <rect x={g.highlight.x} y="0" width={g.highlight.w} height={H} fill={C.highlight} />}
            {g.band && <polygon points={g.band} fill={C.band} />}
            {g.bars.map((b, i) => (
              <rect key={i} x={b.x} y={b.y} width={b.w} height={b.h} fill={C.bar} />
            ))}
            {g.expected && <polyline points={g.expected} fill="none" stroke={C.expected} strokeWidth="3" strokeDasharray="8 6" />}
          </svg>
          <div style={{ display: "flex", justifyContent: "space-between", fontSize: 19, color: C.muted, marginTop: 8 }}>
            <span>{footer}</span>
            <span style={{ flexShrink: 0, marginLeft: 16 }}>{stamp}</span>
          </div>
        </div>
      </div>
    ),
    { ...SHARE_IMAGE_SIZE, ...(fonts.length ? { fonts } : {}) },
  );
  return new Uint8Array(await image.arrayBuffer());
}
