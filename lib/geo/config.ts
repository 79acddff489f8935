/** The map's drawing size (the SVG scales to its container). */
export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

/**
 * Share-of-reports classes, lowest first: a few clear steps read better than a continuous ramp, and the
 * legend can say exactly what each colour means.
 */
export const SHARE_CLASSES = [
  { min: 0, label: "under 1%" },
  { min: 1, label: "1–3%" },
  { min: 3, label: "3–10%" },
  { min: 10, label: "10–30%" },
  { min: 30, label: "30% or more" },
] as const;

/** world-atlas (Natural Earth) features without an ISO numeric id: mapped to the code reports carry. */
export const UNNUMBERED_FEATURES: Record<string, string> = { Kosovo: "XK", "N. Cyprus": "CY", Somaliland: "SO" };
/** Antarctica takes a fifth of the map and never reports an outage. */
export const LEFT_OUT = new Set(["010"]);
