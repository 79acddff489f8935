import { DETECTOR_CONFIG, type DetectorConfig } from "../../lib/detection/config";
import { createDetectorState } from "../../lib/detection/detector-state";
import { stepDetector } from "../../lib/detection/step-detector";
import { bootstrapStandard } from "./detect/bootstrap";
import { crossValidateChanged } from "./detect/changed-cv";
import { CONDITIONS } from "./detect/changed-series";
import { chooseBest } from "./detect/choose-best";
import { DEV_SERIES, detectLaterStart, detectToCsv, OTHER_SERIES, parseSeriesScore, scoreConfig, scoreOutputs, type NabScore } from "./detect/nab";
import { VOLUME_CHANGES } from "./detect/thin";

/** Published detectors on the five dev series (NAB standard / low-FP, thresholds tuned by NAB on its whole corpus). */
const PUBLISHED = [
  ["ARTime", 80.5, 67.6],
  ["contextOSE", 69.4, 67.4],
  ["Numenta HTM", 67.8, 54.2],
  ["Twitter ADVec", 54.7, 27.8],
] as const;

/**
 * The one setting chosen from data (lib/detection/config.ts says why): how many times a bursty service's ordinary
 * burst an outage must be. Cross-validation picks it on four series and scores the fifth with it. The grid spans
 * 2-5 so that no fold's choice is pinned to its edge (an edge would hide how far a fold wants to move).
 */
const GRID = Array.from({ length: 16 }, (_, i) => Math.round((2 + i * 0.2) * 10) / 10);
const withFactor = (f: number): DetectorConfig => ({ ...DETECTOR_CONFIG, CALIBRATION_FACTOR: f });

const line = (name: string, s: NabScore) =>
  `  ${name.padEnd(34)} standard ${s.standard.toFixed(1).padStart(5)}  low-FP ${s.lowFp.toFixed(1).padStart(5)}  windows ${s.windows.padStart(5)}  false alerts ${String(s.falseAlerts).padStart(3)}`;
/** The five series thinned by `keep` (a share, or a share by relative position), default settings, scored per seed (three seeds). */
const scoreThinned = (keep: number | ((x: number) => number)) =>
  [1, 2, 3].map((seed) => scoreOutputs(new Map(DEV_SERIES.map((file, i) => [file, detectToCsv(file, DETECTOR_CONFIG, { keep, seed: seed * 1000 + i })]))));
/** One line for runs of the same variant on several thinning seeds: mean scores, each seed's windows and false alerts. */
const seedsLine = (name: string, runs: readonly NabScore[]) => {
  const mean = (f: (s: NabScore) => number) => runs.reduce((a, s) => a + f(s), 0) / runs.length;
  return `  ${name.padEnd(34)} standard ${mean((s) => s.standard).toFixed(1).padStart(5)}  low-FP ${mean((s) => s.lowFp).toFixed(1).padStart(5)}  windows ${runs.map((s) => s.windows.split("/")[0]).join("/")} of 14  false alerts ${runs.map((s) => s.falseAlerts).join("/")}`;
};

/**
 * `npm run bench:detect`: the detector over NAB's labelled Twitter-volume series, scored with NAB's own scorer at
 * the `outage` level. The headline is leave-one-series-out cross-validation: for each series, the setting is
 * chosen on the other four and the series is scored with it; the five held-out outputs are scored together. The
 * in-sample figure (default settings, all five) shows how much of it is fit.
 */
function main() {
  const started = performance.now();
  // Every candidate's output per series, computed once.
  const outputs = new Map(GRID.map((f) => [f, new Map(DEV_SERIES.map((file) => [file, detectToCsv(file, withFactor(f))]))]));
  const scoreOn = (f: number, files: readonly string[]) => scoreOutputs(new Map(files.map((file) => [file, outputs.get(f)!.get(file)!])));

  const choose = (train: readonly string[]) => chooseBest(GRID, (f) => scoreOn(f, train).standard);
  const heldOut = new Map<string, string>();
  const chosen: string[] = [];
  for (const test of DEV_SERIES) {
    const factor = choose(DEV_SERIES.filter((f) => f !== test));
    chosen.push(`${test.replace(/^.*Twitter_volume_|\.csv$/g, "")}: ${factor}`);
    heldOut.set(test, outputs.get(factor)!.get(test)!);
  }
  const cv = scoreOutputs(heldOut);
  const inSample = scoreOn(DETECTOR_CONFIG.CALIBRATION_FACTOR, DEV_SERIES);

  console.log("NAB realTweets (5 dev series, 5-minute rows), outage level, NAB's scorer:");
  console.log(line("cross-validated (leave one out)", cv));
  console.log(line(`in-sample (CALIBRATION_FACTOR ${DETECTOR_CONFIG.CALIBRATION_FACTOR})`, inSample));
  console.log(`  setting chosen on the other four, per held-out series: ${chosen.join(", ")}`);
  console.log(`  chosen the same way on all five: ${choose(DEV_SERIES)} (the shipped default may be lower: lib/detection/config.ts says why)`);
  console.log("  per series (cross-validated):");
  for (const l of cv.perFile) console.log(`    ${l}`);
  // Five series are a small sample of the services this must hold on: how far five others could land.
  const spread = bootstrapStandard(cv.perFile.map(parseSeriesScore), 10_000, 1);
  console.log(`  five series drawn again from these (bootstrap, 10,000 draws): standard ${spread.low.toFixed(1)} to ${spread.high.toFixed(1)} (middle 90%)`);
  console.log("  sensitivity (all five, in-sample):");
  for (const f of GRID) console.log(`    CALIBRATION_FACTOR ${f}: ${line("", scoreOn(f, DEV_SERIES)).trim()}`);
  console.log("\nPublished detectors on these five files (thresholds tuned by NAB on its whole corpus):");
  for (const [name, s, l] of PUBLISHED) console.log(`  ${name.padEnd(14)} standard ${s.toFixed(1).padStart(5)}  low-FP ${l.toFixed(1).padStart(5)}`);

  // Volume: the same labelled events on a service half or a quarter as popular. A detector fitted to these series'
  // volumes would lose windows or gain false alerts here; three thinning seeds per share, averaged.
  console.log("\nThe same five series thinned (each tweet kept with probability p, labels unchanged), default settings, mean of 3 seeds:");
  for (const keep of [0.5, 0.25]) {
    console.log(seedsLine(`p = ${keep}`, scoreThinned(keep)));
  }

  // Popularity that changes: the same events on a service growing or shrinking over the two months. The burst bar and
  // the average level it is measured against are learned over days and weeks, so they lag such a change.
  console.log("\nThe same five series with volume that changes over them (thinned by a share that varies), default settings, mean of 3 seeds:");
  for (const { name, share } of VOLUME_CHANGES) {
    console.log(seedsLine(name, scoreThinned(share)));
  }

  // History: the same windows met by a detector started days later (a service added to the catalog recently), with
  // a younger weekly profile and fewer days of burst calibration behind each. Windows that would fall in the cut
  // series' probation are dropped (later-start.ts); beyond 12 days too few windows are left to say much.
  console.log("\nThe same five series started later (earlier rows dropped, and windows that would fall in NAB's probation), default settings:");
  for (const days of [3, 6, 9, 12]) {
    const runs = DEV_SERIES.map((file) => [file, detectLaterStart(file, days, DETECTOR_CONFIG)] as const);
    const s = scoreOutputs(new Map(runs.map(([file, r]) => [file, r.csv])), Object.fromEntries(runs.map(([file, r]) => [file, r.windows])));
    console.log(line(`${days} days later`, s));
  }

  // With --changed: the cross-validation itself repeated on each changed version of the five series (about 2 more
  // minutes). A way of choosing the factor, or a change to the detector, that gains only on the five series as they
  // are has found their cliffs, not a better detector.
  if (process.argv.includes("--changed")) {
    console.log("\nCross-validated on each changed version of the five series (the same rule, each version a data set of its own; one thinning seed):");
    const scores: number[] = [];
    for (const condition of CONDITIONS) {
      const { score, chosen } = crossValidateChanged(DEV_SERIES, condition, GRID, DETECTOR_CONFIG);
      scores.push(score.standard);
      console.log(`${line(condition.name, score)}  chosen ${chosen.join("/")}`);
    }
    console.log(`  mean over the ${scores.length} versions: standard ${(scores.reduce((a, b) => a + b, 0) / scores.length).toFixed(1)}`);
  }

  const other = scoreConfig(OTHER_SERIES, DETECTOR_CONFIG);
  console.log("\nOther labelled count series (robustness only, default settings):");
  for (const l of other.perFile) console.log(`    ${l}`);
  console.log(line("other series together", other));

  const config = DETECTOR_CONFIG;
  const state = createDetectorState(60_000, config);
  const t0 = Date.UTC(2026, 0, 5);
  for (let i = 0; i < 20_000; i++) stepDetector(state, { t: t0 + i * 60_000, count: (i * 7) % 5 }, config);
  const n = 100_000;
  const start = performance.now();
  for (let i = 0; i < n; i++) stepDetector(state, { t: t0 + (20_000 + i) * 60_000, count: (i * 7) % 5 }, config);
  const us = ((performance.now() - start) / n) * 1000;
  console.log(`\ndetector step: ${us.toFixed(2)} µs per bucket (${((us * 10_000) / 1000).toFixed(1)} ms for 10,000 services); state ${JSON.stringify(state).length} bytes as JSON`);
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

main();
