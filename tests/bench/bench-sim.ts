import { parseArgs } from "node:util";
import { DETECTOR_CONFIG } from "../../lib/detection/config";
import { detectSeries } from "../../lib/detection/detect-series";
import { generateCorpus, generateCounts, MIN } from "./sim/corpus";
import { createScore, scoreService, summarise } from "./sim/score";

/**
 * `npm run bench:sim [-- --seed N --services N --days N]`: the live detector over a simulated corpus of services
 * it was never tuned on (tests/bench/sim/corpus.ts), scored for recall, delay and false outages.
 */
function main() {
  const { values } = parseArgs({ options: { seed: { type: "string", default: "1" }, services: { type: "string", default: "200" }, days: { type: "string", default: "14" }, config: { type: "string", default: "{}" } } });
  const seed = Number(values.seed);
  const services = Number(values.services);
  const days = Number(values.days);
  if (![seed, services, days].every(Number.isInteger) || services < 1 || days < 5) {
    console.error("usage: npm run bench:sim -- [--seed N] [--services N >= 1] [--days N >= 5]");
    process.exit(2);
  }
  const config = { ...DETECTOR_CONFIG, ...JSON.parse(values.config!) };
  const started = performance.now();
  const corpus = generateCorpus({ seed, services, days });
  const score = createScore();
  let steps = 0;
  for (const s of corpus.services) {
    const counts = generateCounts(s, corpus);
    const { verdicts } = detectSeries(counts, MIN, config);
    steps += verdicts.length;
    scoreService(s, corpus, verdicts.map((v) => v.status), score);
  }
  const rates = corpus.services.map((s) => s.meanPerMin);
  console.log(`Simulated corpus: seed ${seed}, ${services} services x ${days} days per minute (mean rates ${Math.min(...rates).toFixed(2)}-${Math.max(...rates).toFixed(0)} reports/min), scored after the first 3 days`);
  console.log(`${score.outages.length} outages (${score.outages.filter((o) => o.event.kind === "partial").length} partial 2x), ${score.newsBursts} news-like bursts, ${score.viralSpikes} viral spikes`);
  for (const line of summarise(score).lines) console.log(line);
  console.log(`(${steps.toLocaleString("en")} detector steps in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

main();
