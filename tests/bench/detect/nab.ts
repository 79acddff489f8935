import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DetectorConfig } from "../../../lib/detection/config";
import { detectSeries } from "../../../lib/detection/detect-series";
import { formatVerdictCsv, inferBucketMs, parseSeriesCsv, type SeriesRow } from "../../../lib/detection/series-csv";
import type { SeriesScore } from "./bootstrap";
import { startLater, type LabelWindow } from "./later-start";
import { changeSeries } from "./changed-series";

export const ROOT = path.resolve(__dirname, "../../..");
export const NAB_DIR = process.env.NAB_DIR ?? path.resolve(ROOT, "../shared/nab");

/** The five labelled Twitter-volume series the detector is developed on. */
export const DEV_SERIES = ["AAPL", "FB", "GOOG", "IBM", "KO"].map((s) => `realTweets/Twitter_volume_${s}.csv`);
/** Other labelled count series, for robustness only (not for headline scores). */
export const OTHER_SERIES = [
  "realKnownCause/nyc_taxi.csv",
  "realAWSCloudwatch/elb_request_count_8c0756.csv",
  "artificialWithAnomaly/art_daily_jumpsup.csv",
  "artificialWithAnomaly/art_increase_spike_density.csv",
  "artificialWithAnomaly/art_load_balancer_spikes.csv",
  "artificialNoAnomaly/art_daily_small_noise.csv",
  "artificialNoAnomaly/art_noisy.csv",
];

export interface NabScore {
  standard: number;
  lowFp: number;
  windows: string;
  falseAlerts: number;
  perFile: string[];
}

const cache = new Map<string, SeriesRow[]>();
export function loadSeries(file: string): SeriesRow[] {
  if (!cache.has(file)) cache.set(file, parseSeriesCsv(fs.readFileSync(path.join(NAB_DIR, "data", file), "utf8")));
  return cache.get(file)!;
}

/**
 * Runs the detector over one series in-process (the same code the CLI runs) and returns its output CSV; with
 * `thin`, over the series thinned to that share of its volume (thin.ts), a fixed share or one that changes with
 * the relative position in the series (0 at its first row).
 */
export function detectToCsv(file: string, config: DetectorConfig, thin?: { keep: number | ((x: number) => number); seed: number }): string {
  const rows = loadSeries(file);
  const fed = thin ? changeSeries(rows, [], { name: "thinned", keep: thin.keep }, thin.seed).rows : rows;
  const { verdicts } = detectSeries(fed, inferBucketMs(rows), config);
  return formatVerdictCsv(rows, verdicts);
}

let labels: Record<string, LabelWindow[]> | null = null;
/** NAB's labelled windows per file ([first, last] timestamp texts), read once. */
export function loadLabels(): Record<string, LabelWindow[]> {
  labels ??= JSON.parse(fs.readFileSync(path.join(NAB_DIR, "labels", "combined_windows.json"), "utf8")) as Record<string, LabelWindow[]>;
  return labels;
}

/** The detector over rows as given (a series changed by the bench), as its output CSV. */
export function detectRowsToCsv(rows: readonly SeriesRow[], config: DetectorConfig): string {
  return formatVerdictCsv(rows, detectSeries(rows, inferBucketMs(rows), config).verdicts);
}

/** The detector over the series started `days` later, and the windows left to score on it (later-start.ts). */
export function detectLaterStart(file: string, days: number, config: DetectorConfig): { csv: string; windows: LabelWindow[] } {
  const cut = startLater(loadSeries(file), loadLabels()[file], days);
  return { csv: detectRowsToCsv(cut.rows, config), windows: cut.windows };
}

/**
 * Scores output CSVs (file -> CSV text) with the shared NAB scorer at the outage level, against NAB's labels or,
 * for series cut or changed by the bench, the windows given.
 */
export function scoreOutputs(outputs: Map<string, string>, windows?: Record<string, LabelWindow[]>): NabScore {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "downwire-nab-"));
  try {
    for (const [file, csv] of outputs) {
      fs.mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), csv);
    }
    // The scorer reads only the .csv files under `dir`, so the labels can sit beside the outputs.
    const windowsPath = path.join(dir, "windows.json");
    if (windows) fs.writeFileSync(windowsPath, JSON.stringify(windows));
    const labelArgs = windows ? ["--windows", windowsPath] : [];
    const text = execFileSync(process.execPath, [path.join(NAB_DIR, "nab-score.mjs"), ...labelArgs, "--level", "outage", dir], { encoding: "utf8" });
    const lines = text.trim().split("\n");
    const summary = /windows detected (\d+\/\d+)\s+false alerts (\d+)/.exec(text);
    return {
      standard: Number(/NAB standard ([\d.-]+)/.exec(text)?.[1]),
      lowFp: Number(/low-FP ([\d.-]+)/.exec(text)?.[1]),
      windows: summary?.[1] ?? "?",
      falseAlerts: Number(summary?.[2] ?? NaN),
      perFile: lines.slice(0, -3),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Reads the scorer's per-file line (`… windows 2/3  false-alerts 2  raw 0.617`). */
export function parseSeriesScore(line: string): SeriesScore {
  const m = /windows \d+\/(\d+)\s+false-alerts \d+\s+raw (-?[\d.]+)/.exec(line);
  if (!m) throw new Error(`not a scorer line: ${line}`);
  return { windows: Number(m[1]), raw: Number(m[2]) };
}

export function scoreConfig(files: readonly string[], config: DetectorConfig): NabScore {
  return scoreOutputs(new Map(files.map((f) => [f, detectToCsv(f, config)])));
}
