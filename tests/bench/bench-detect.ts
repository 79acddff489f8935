import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DETECTOR_CONFIG } from "../../lib/detection/config";
import { createDetectorState } from "../../lib/detection/detector-state";
import { stepDetector } from "../../lib/detection/step-detector";

const ROOT = path.resolve(__dirname, "../..");
const NAB_DIR = process.env.NAB_DIR ?? path.resolve(ROOT, "../shared/nab");
const PUBLISHED = [
  ["ARTime", 80.5, 67.6],
  ["contextOSE", 69.4, 67.4],
  ["Numenta HTM", 67.8, 54.2],
  ["Twitter ADVec", 54.7, 27.8],
] as const;

/** Runs the real backtest CLI over NAB's labelled Twitter series and scores it with NAB's method. */
function main() {
  const dataDir = path.join(NAB_DIR, "data", "realTweets");
  if (!fs.existsSync(dataDir)) {
    console.error(`NAB data not found at ${dataDir}; set NAB_DIR`);
    process.exit(2);
  }
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "downwire-nab-"));
  fs.mkdirSync(path.join(out, "realTweets"));
  for (const file of fs.readdirSync(dataDir).filter((f) => f.endsWith(".csv")).sort()) {
    execFileSync(process.execPath, ["--import", "tsx", "lib/cli/detect.ts", "--input", path.join(dataDir, file), "--output", path.join(out, "realTweets", file)], { cwd: ROOT, stdio: "inherit" });
  }
  const score = (level: string) => execFileSync(process.execPath, [path.join(NAB_DIR, "nab-score.mjs"), "--level", level, out], { encoding: "utf8" });
  const outage = score("outage");
  console.log(outage.trim());
  const possible = score("possible").trim().split("\n");
  console.log(`(at the possible level: ${possible.at(-1)}, ${possible.at(-2)})`);
  const standard = Number(/NAB standard ([\d.-]+)/.exec(outage)?.[1]);
  const lowFp = Number(/low-FP ([\d.-]+)/.exec(outage)?.[1]);
  console.log("\nDownwire (outage level) vs published detectors on these five files:");
  console.log(`  ${"Downwire".padEnd(14)} standard ${standard.toFixed(1).padStart(5)}  low-FP ${lowFp.toFixed(1).padStart(5)}`);
  for (const [name, s, l] of PUBLISHED) console.log(`  ${name.padEnd(14)} standard ${s.toFixed(1).padStart(5)}  low-FP ${l.toFixed(1).padStart(5)}`);

  const config = DETECTOR_CONFIG;
  const state = createDetectorState(60_000, config);
  const t0 = Date.UTC(2026, 0, 5);
  for (let i = 0; i < 20_000; i++) stepDetector(state, { t: t0 + i * 60_000, count: (i * 7) % 5 }, config);
  const n = 100_000;
  const start = performance.now();
  for (let i = 0; i < n; i++) stepDetector(state, { t: t0 + (20_000 + i) * 60_000, count: (i * 7) % 5 }, config);
  const us = ((performance.now() - start) / n) * 1000;
  console.log(`\ndetector step: ${us.toFixed(2)} µs per bucket (${((us * 10_000) / 1000).toFixed(1)} ms for 10,000 services); state ${JSON.stringify(state).length} bytes as JSON`);
  fs.rmSync(out, { recursive: true, force: true });
}

main();
