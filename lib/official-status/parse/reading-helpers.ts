import type { ComponentStatus, Indicator, OfficialIncident, OfficialReading, ParseResult } from "../types";

const RANK: Record<Indicator, number> = { unknown: -1, none: 0, maintenance: 1, minor: 2, major: 3, critical: 4 };

/** The worse of page verdicts (`unknown` never wins over a known one). */
export function worstIndicator(values: Indicator[], fallback: Indicator = "none"): Indicator {
  return values.reduce<Indicator>((worst, v) => (RANK[v] > RANK[worst] ? v : worst), fallback);
}

/** What a component's state says about the page, for formats that give only components. */
export const COMPONENT_INDICATOR: Record<ComponentStatus, Indicator> = {
  operational: "none",
  under_maintenance: "maintenance",
  degraded_performance: "minor",
  partial_outage: "major",
  major_outage: "critical",
};

/** The worse of two component states (a component named by two incidents shows the worse). */
export function worseComponent(a: ComponentStatus | undefined, b: ComponentStatus): ComponentStatus {
  return a && RANK[COMPONENT_INDICATOR[a]] >= RANK[COMPONENT_INDICATOR[b]] ? a : b;
}

/** Statuspage's own wording, used where a vendor gives no sentence of its own. */
export const INDICATOR_WORDS: Record<Indicator, string> = {
  none: "All Systems Operational",
  minor: "Minor Service Outage",
  major: "Partial System Outage",
  critical: "Major System Outage",
  maintenance: "Service Under Maintenance",
  unknown: "Status unknown",
};

/**
 * The page verdict from open incidents where a format has none of its own: the worst impact, where an incident of
 * unstated impact counts as minor (the vendor says something is wrong, not how badly).
 */
export function indicatorFromIncidents(incidents: OfficialIncident[]): Indicator {
  return worstIndicator(incidents.map((i) => (i.impact === "unknown" ? "minor" : i.impact)));
}

const byNewest = (a: OfficialIncident, b: OfficialIncident) => Date.parse(b.acknowledgedAt) - Date.parse(a.acknowledgedAt) || a.id.localeCompare(b.id);

/** A reading with its lists in a fixed order (incidents newest first), so equal payloads give equal readings. */
export function makeReading(reading: OfficialReading): OfficialReading {
  return {
    ...reading,
    components: [...reading.components].sort((a, b) => a.name.localeCompare(b.name)),
    incidents: [...reading.incidents].sort(byNewest),
    resolvedIncidents: [...reading.resolvedIncidents].sort(byNewest),
  };
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** Plain text of a fragment of vendor HTML (update bodies are shown as text, never as markup). */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(p|div|li|h\d)>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
      if (code[0] === "#") {
        const n = code[1] === "x" || code[1] === "X" ? parseInt(code.slice(2), 16) : Number(code.slice(1));
        return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : whole;
      }
      return ENTITIES[code.toLowerCase()] ?? whole;
    })
    .replace(/[ \t]+/g, " ")
    .replace(/\s*\n\s*/g, "\n")
    .trim();
}

/**
 * The reading of a feed that lists incidents (open and resolved) rather than a page status: its description names
 * the open incidents, or says the indicator's words when there are none.
 */
export function readingFromIncidentList(indicator: Indicator, components: Map<string, ComponentStatus>, all: OfficialIncident[], open: OfficialIncident[]): ParseResult {
  return {
    ok: true,
    reading: makeReading({
      indicator,
      description: open.length ? open.map((i) => i.name).join("; ") : INDICATOR_WORDS[indicator],
      components: [...components].map(([name, status]) => ({ name, status })),
      incidents: open,
      resolvedIncidents: all.filter((i) => i.resolvedAt !== null),
      maintenances: [],
      listsIncidents: true,
    }),
  };
}
