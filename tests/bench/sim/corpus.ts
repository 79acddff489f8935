import { createRandom, sampleGammaMeanOne, samplePoisson } from "../../../lib/demo/prng";

/**
 * A simulated corpus of crowdsourced report streams, per minute, for services the detector was never tuned on:
 * volumes from about 0.01 to 500 reports a minute, daily and weekly rhythm in the service's own time zone, slow
 * growth or decline, a public holiday, a daylight-saving shift, overdispersed noise, bursts that are not outages
 * (news-like 2-3x rises, viral spikes) and outages of every shape. Everything follows from the seed.
 */

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;
/** Monday 2026-03-02 00:00 UTC. */
export const CORPUS_START = Date.UTC(2026, 2, 2);
/** Days the detector learns before anything is scored (outages and bursts are placed after them). */
export const WARMUP_DAYS = 3;
/** The public holiday (a Friday, day index from the start): work services quiet, leisure busier. */
const HOLIDAY_DAY = 11;
/** The daylight-saving shift: services in zones that observe it move their clocks one hour forward here. */
const DST_DAY = 6;

export type EventKind = "outage" | "partial" | "news" | "viral";

export interface SimEvent {
  kind: EventKind;
  start: number;
  end: number;
  /** Peak multiple of the usual rate. */
  multiplier: number;
  /** Time to reach the peak (0 = sudden). */
  rampMs: number;
  /** "night" (00-06 local), "peak" (11-21 local) or "other". */
  when: "night" | "peak" | "other";
}

export interface SimService {
  index: number;
  /** Mean reports a minute over a normal week. */
  meanPerMin: number;
  offsetHours: number;
  dst: boolean;
  category: "work" | "leisure" | "other";
  /** Night trough as a share of the daily peak. */
  trough: number;
  weekend: number;
  /** Relative change of the level over the corpus (slow growth or decline). */
  growth: number;
  /** Gamma shape of the per-minute noise (smaller is burstier). */
  noiseShape: number;
  events: SimEvent[];
}

export interface Corpus {
  seed: number;
  days: number;
  start: number;
  services: SimService[];
}

const ZONES = [
  { offset: -8, dst: true },
  { offset: -5, dst: true },
  { offset: 0, dst: true },
  { offset: 1, dst: true },
  { offset: 3, dst: false },
  { offset: 5.5, dst: false },
  { offset: 8, dst: false },
  { offset: 9, dst: false },
];

const between = (r: () => number, a: number, b: number) => a + (b - a) * r();
const logBetween = (r: () => number, a: number, b: number) => Math.exp(between(r, Math.log(a), Math.log(b)));

function localHour(s: SimService, t: number): number {
  const offset = s.offsetHours + (s.dst && t >= CORPUS_START + DST_DAY * DAY ? 1 : 0);
  return ((((t / HOUR + offset) % 24) + 24) % 24);
}

function localDay(s: SimService, t: number): number {
  const offset = s.offsetHours + (s.dst && t >= CORPUS_START + DST_DAY * DAY ? 1 : 0);
  return Math.floor((t + offset * HOUR - CORPUS_START) / DAY);
}

/** The usual rate (reports a minute) at t, without noise or events. */
export function readUsualRate(s: SimService, t: number, corpus: Corpus): number {
  const h = localHour(s, t);
  const daily = (s.trough + (1 - s.trough) * Math.sin((Math.PI * (h - 4)) / 24) ** 2) / (s.trough + (1 - s.trough) / 2);
  const day = localDay(s, t);
  const weekday = (((day % 7) + 7) % 7); // 0 = Monday
  let weekly = weekday >= 5 ? s.weekend : 1;
  if (day === HOLIDAY_DAY) weekly = s.category === "work" ? 0.4 : s.category === "leisure" ? 1.3 : 0.8;
  const growth = 1 + (s.growth * (t - corpus.start)) / (corpus.days * DAY);
  return s.meanPerMin * daily * weekly * growth;
}

/** How much the events lift the rate at t (1 = not at all). */
export function readLift(s: SimService, t: number): number {
  for (const e of s.events) {
    if (t < e.start || t >= e.end) continue;
    if (e.kind === "viral") {
      // A sharp spike that fades within minutes.
      return 1 + (e.multiplier - 1) * Math.exp(-(t - e.start) / ((e.end - e.start) / 2));
    }
    const rise = e.rampMs > 0 ? Math.min(1, (t - e.start + MIN) / e.rampMs) : 1;
    // News-like bursts also fade out over their last few minutes.
    const fall = e.kind === "news" ? Math.min(1, (e.end - t) / (3 * MIN)) : 1;
    return 1 + (e.multiplier - 1) * rise * fall;
  }
  return 1;
}

function classify(s: SimService, t: number): SimEvent["when"] {
  const h = localHour(s, t);
  return h < 6 ? "night" : h >= 11 && h < 21 ? "peak" : "other";
}

/** Picks a start in the scored period whose local time is of the wanted kind and that overlaps no other event. */
function placeEvent(r: () => number, s: SimService, corpus: Corpus, durationMs: number, when: SimEvent["when"] | "any"): number | null {
  const from = corpus.start + WARMUP_DAYS * DAY;
  const to = corpus.start + corpus.days * DAY - durationMs - 3 * HOUR;
  for (let attempt = 0; attempt < 200; attempt++) {
    const start = Math.floor(between(r, from, to) / MIN) * MIN;
    if (when !== "any" && classify(s, start) !== when) continue;
    // Keep events apart (an outage's aftermath lasts hours), so each is scored on its own.
    const clear = s.events.every((e) => start >= e.end + 6 * HOUR || start + durationMs + 6 * HOUR <= e.start);
    if (clear) return start;
  }
  return null;
}

export function generateCorpus({ seed, services, days }: { seed: number; services: number; days: number }): Corpus {
  const r = createRandom(seed);
  const corpus: Corpus = { seed, days, start: CORPUS_START, services: [] };
  for (let i = 0; i < services; i++) {
    const zone = ZONES[Math.floor(r() * ZONES.length)];
    const category = (["work", "leisure", "other"] as const)[Math.floor(r() * 3)];
    const s: SimService = {
      index: i,
      // Log-uniform: as many services at 0.05 a minute as at 5 or 150; with the rhythm, 0.01 to 500 a minute.
      meanPerMin: logBetween(r, 0.04, 150),
      offsetHours: zone.offset,
      dst: zone.dst,
      category,
      trough: between(r, 0.12, 0.4),
      weekend: category === "work" ? between(r, 0.45, 0.75) : category === "leisure" ? between(r, 1.05, 1.3) : between(r, 0.85, 1),
      growth: between(r, -0.15, 0.35),
      noiseShape: between(r, 3, 12),
      events: [],
    };
    corpus.services.push(s);
    // Outages first (they matter most), then the bursts that are not outages around them.
    const outages = samplePoisson(r, 1.3);
    for (let k = 0; k < outages; k++) {
      const partial = r() < 0.15;
      const duration = partial ? logBetween(r, HOUR, 4 * HOUR) : logBetween(r, 10 * MIN, 8 * HOUR);
      const pick = r();
      const when = pick < 0.4 ? "night" : pick < 0.8 ? "peak" : "any";
      const start = placeEvent(r, s, corpus, duration, when);
      if (start === null) continue;
      const ramped = r() < 0.4;
      s.events.push({
        kind: partial ? "partial" : "outage",
        start,
        end: start + Math.round(duration / MIN) * MIN,
        multiplier: partial ? 2 : logBetween(r, 3, 100),
        rampMs: ramped ? Math.round(between(r, 5, 20)) * MIN : 0,
        when: classify(s, start),
      });
    }
    const news = samplePoisson(r, 2.5);
    for (let k = 0; k < news; k++) {
      const duration = Math.round(between(r, 5, 20)) * MIN;
      const start = placeEvent(r, s, corpus, duration, "any");
      if (start !== null) s.events.push({ kind: "news", start, end: start + duration, multiplier: between(r, 2, 3), rampMs: 2 * MIN, when: classify(s, start) });
    }
    const viral = samplePoisson(r, 1);
    for (let k = 0; k < viral; k++) {
      const duration = Math.round(between(r, 2, 4)) * MIN;
      const start = placeEvent(r, s, corpus, duration, "any");
      if (start !== null) s.events.push({ kind: "viral", start, end: start + duration, multiplier: between(r, 3, 6), rampMs: 0, when: classify(s, start) });
    }
    s.events.sort((a, b) => a.start - b.start);
  }
  return corpus;
}

/**
 * The per-minute counts of one service, Poisson around: usual rate x events x a day-to-day level (some days are
 * busier: gamma, CV 12%) x a slow wobble through the day (gamma knots every hour, CV 12%, joined smoothly) x
 * per-minute noise (gamma, CV 30-55%). Over a quarter hour the rate strays about 17% from the usual level.
 */
export function generateCounts(s: SimService, corpus: Corpus): { t: number; count: number }[] {
  const r = createRandom(corpus.seed * 7919 + s.index * 104729 + 1);
  const out: { t: number; count: number }[] = [];
  const daily = Array.from({ length: corpus.days + 1 }, () => sampleGammaMeanOne(r, 70));
  const knots = Array.from({ length: corpus.days * 24 + 2 }, () => sampleGammaMeanOne(r, 70));
  for (let m = 0; m < corpus.days * 1440; m++) {
    const t = corpus.start + m * MIN;
    const h = Math.floor(m / 60);
    const f = (m % 60) / 60;
    const wobble = knots[h] * (1 - f) + knots[h + 1] * f;
    const rate = readUsualRate(s, t, corpus) * readLift(s, t) * daily[Math.floor(m / 1440)] * wobble * sampleGammaMeanOne(r, s.noiseShape);
    out.push({ t, count: samplePoisson(r, rate) });
  }
  return out;
}
