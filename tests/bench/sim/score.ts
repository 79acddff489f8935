import type { Status } from "../../../lib/detection/detector-state";
import { type Corpus, DAY, MIN, HOUR, readLift, readUsualRate, type SimEvent, type SimService, WARMUP_DAYS } from "./corpus";

/** Detection "within 15 minutes of onset". */
const RECALL_WINDOW_MS = 15 * MIN;
/** An outage episode starting this long after an outage ended is still its aftermath (the detector's cooldown). */
const AFTERMATH_MS = 3 * HOUR;
/**
 * An outage that brings fewer extra reporters than this in its first quarter hour cannot be called within 15
 * minutes by any method that asks for more reporters than one network can produce (a 5x rise on a service that
 * sees a report every three minutes); such outages are reported apart.
 */
export const DETECTABLE_EXTRA = 20;
/**
 * News bursts up to this multiple are reported apart: the corpus draws 2-3x, and "2x" bursts should never be called
 * an outage, while one at 2.4x on a busy day (its usual level up a fifth) with a noisy few minutes can read 5-6x over
 * five minutes, which no count alone tells from a short outage.
 */
export const NEAR_2X = 2.2;

export interface OutageResult {
  service: number;
  event: SimEvent;
  /** Extra reports expected in the first 15 minutes. */
  extra: number;
  /** Minutes from onset to the first `outage` verdict (within the outage), or null. */
  delayMin: number | null;
}

export interface CorpusScore {
  outages: OutageResult[];
  falseEpisodes: { service: number; t: number; cause: "news" | "viral" | "noise" }[];
  newsBursts: number;
  newsWithOutage: number;
  /** News-like bursts below 2.5x, and how many were called an outage. */
  newsLow: number;
  newsLowWithOutage: number;
  /** Those at most NEAR_2X (the "2x" bursts of the issue), and how many were called an outage. */
  newsNear2: number;
  newsNear2WithOutage: number;
  viralSpikes: number;
  viralWithOutage: number;
  serviceWeeks: number;
}

/** Scores one service's per-minute statuses against its events. */
export function scoreService(s: SimService, corpus: Corpus, statuses: readonly Status[], into: CorpusScore): void {
  const t0 = corpus.start;
  const scoredFrom = t0 + WARMUP_DAYS * DAY;
  const statusAt = (t: number) => statuses[(t - t0) / MIN];
  for (const e of s.events) {
    if (e.kind === "outage" || e.kind === "partial") {
      let extra = 0;
      for (let t = e.start; t < Math.min(e.end, e.start + RECALL_WINDOW_MS); t += MIN) extra += readUsualRate(s, t, corpus) * (readLift(s, t) - 1);
      let delayMin: number | null = null;
      for (let t = e.start; t < e.end + 30 * MIN && t < t0 + corpus.days * DAY; t += MIN) {
        if (statusAt(t) === "outage") {
          delayMin = (t - e.start) / MIN;
          break;
        }
      }
      into.outages.push({ service: s.index, event: e, extra, delayMin });
    }
    if (e.kind === "news" || e.kind === "viral") {
      let hit = false;
      for (let t = e.start; t < e.end + 10 * MIN; t += MIN) if (statusAt(t) === "outage" && statusAt(t - MIN) !== "outage") hit = true;
      if (e.kind === "news") {
        into.newsBursts++;
        if (hit) into.newsWithOutage++;
        if (e.multiplier < 2.5) {
          into.newsLow++;
          if (hit) into.newsLowWithOutage++;
        }
        if (e.multiplier <= NEAR_2X) {
          into.newsNear2++;
          if (hit) into.newsNear2WithOutage++;
        }
      } else {
        into.viralSpikes++;
        if (hit) into.viralWithOutage++;
      }
    }
  }
  for (let t = scoredFrom; t < t0 + corpus.days * DAY; t += MIN) {
    if (statusAt(t) !== "outage" || statusAt(t - MIN) === "outage") continue;
    const owner = s.events.find((e) => (e.kind === "outage" || e.kind === "partial") && t >= e.start - 10 * MIN && t < e.end + AFTERMATH_MS);
    if (owner) continue;
    const near = s.events.find((e) => t >= e.start - 5 * MIN && t < e.end + 15 * MIN);
    into.falseEpisodes.push({ service: s.index, t, cause: near?.kind === "news" ? "news" : near?.kind === "viral" ? "viral" : "noise" });
  }
  into.serviceWeeks += (corpus.days - WARMUP_DAYS) / 7;
}

export function createScore(): CorpusScore {
  return { outages: [], falseEpisodes: [], newsBursts: 0, newsWithOutage: 0, newsLow: 0, newsLowWithOutage: 0, newsNear2: 0, newsNear2WithOutage: 0, viralSpikes: 0, viralWithOutage: 0, serviceWeeks: 0 };
}

const quantile = (xs: number[], q: number) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

export interface Summary {
  lines: string[];
  /** Recall within 15 minutes for outages >= 5x lasting >= 15 minutes (detectable ones, then all). */
  recallDetectable: number;
  recallAll: number;
  medianDelay10x: number;
  falsePerServiceWeek: number;
  newsWithOutage: number;
  newsLowWithOutage: number;
}

const pct = (a: number, b: number) => (b === 0 ? "n/a" : `${((100 * a) / b).toFixed(1)}%`);

/** The figures `npm run bench:sim` prints. */
export function summarise(score: CorpusScore): Summary {
  const lines: string[] = [];
  const real = score.outages.filter((o) => o.event.kind === "outage");
  const within = (o: OutageResult) => o.delayMin !== null && o.delayMin * MIN <= RECALL_WINDOW_MS;
  const big = real.filter((o) => o.event.multiplier >= 5 && o.event.end - o.event.start >= 15 * MIN);
  const bigDetectable = big.filter((o) => o.extra >= DETECTABLE_EXTRA);
  const recallDetectable = bigDetectable.filter(within).length / Math.max(1, bigDetectable.length);
  const recallAll = big.filter(within).length / Math.max(1, big.length);
  lines.push(`recall (outage within 15 min of onset), outages >= 5x lasting >= 15 min:`);
  lines.push(`  with >= ${DETECTABLE_EXTRA} extra reporters expected in their first 15 min: ${bigDetectable.filter(within).length}/${bigDetectable.length} = ${pct(bigDetectable.filter(within).length, bigDetectable.length)}`);
  lines.push(`  all (including outages on services too quiet for any detector): ${big.filter(within).length}/${big.length} = ${pct(big.filter(within).length, big.length)}`);
  for (const when of ["night", "peak", "other"] as const) {
    const g = bigDetectable.filter((o) => o.event.when === when);
    lines.push(`    ${when.padEnd(5)} (detectable): ${g.filter(within).length}/${g.length} = ${pct(g.filter(within).length, g.length)}`);
  }
  for (const ramped of [false, true]) {
    const g = bigDetectable.filter((o) => o.event.rampMs > 0 === ramped);
    lines.push(`    ${ramped ? "ramped" : "sudden"} (detectable): ${g.filter(within).length}/${g.length} = ${pct(g.filter(within).length, g.length)}`);
  }
  const small = real.filter((o) => o.event.multiplier < 5 && o.extra >= DETECTABLE_EXTRA);
  lines.push(`  3-5x (detectable, any length): ${small.filter(within).length}/${small.length} = ${pct(small.filter(within).length, small.length)}; ever called an outage: ${pct(small.filter((o) => o.delayMin !== null).length, small.length)}`);
  const partial = score.outages.filter((o) => o.event.kind === "partial" && o.extra >= DETECTABLE_EXTRA);
  lines.push(`  partial 2x outages (1-4 h, detectable): ever called an outage: ${partial.filter((o) => o.delayMin !== null).length}/${partial.length}`);
  lines.push(`delay from onset to outage, minutes (detected, detectable outages), by size:`);
  let medianDelay10x = NaN;
  for (const [lo, hi] of [[3, 5], [5, 10], [10, 30], [30, Infinity]]) {
    const g = real.filter((o) => o.extra >= DETECTABLE_EXTRA && o.event.multiplier >= lo && o.event.multiplier < hi && o.delayMin !== null).map((o) => o.delayMin!);
    lines.push(`  ${lo}-${hi === Infinity ? "100" : hi}x: median ${quantile(g, 0.5)}  p90 ${quantile(g, 0.9)}  (n=${g.length})`);
  }
  medianDelay10x = quantile(real.filter((o) => o.extra >= DETECTABLE_EXTRA && o.event.multiplier >= 10 && o.delayMin !== null).map((o) => o.delayMin!), 0.5);
  lines.push(`  all >= 10x: median ${medianDelay10x}`);
  const falsePerServiceWeek = score.falseEpisodes.length / score.serviceWeeks;
  const byCause = (c: string) => score.falseEpisodes.filter((f) => f.cause === c).length;
  lines.push(`false outage episodes: ${score.falseEpisodes.length} over ${score.serviceWeeks.toFixed(0)} service-weeks = ${falsePerServiceWeek.toFixed(3)} per service-week (noise ${byCause("noise")}, news bursts ${byCause("news")}, viral spikes ${byCause("viral")})`);
  lines.push(`news-like bursts called an outage: 2-${NEAR_2X}x: ${score.newsNear2WithOutage} of ${score.newsNear2}; 2-2.5x: ${score.newsLowWithOutage} of ${score.newsLow}; 2.5-3x: ${score.newsWithOutage - score.newsLowWithOutage} of ${score.newsBursts - score.newsLow}; viral spikes: ${score.viralWithOutage} of ${score.viralSpikes}`);
  return { lines, recallDetectable, recallAll, medianDelay10x, falsePerServiceWeek, newsWithOutage: score.newsWithOutage, newsLowWithOutage: score.newsLowWithOutage };
}
