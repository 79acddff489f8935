import fs from "node:fs";
import path from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * Seconds each slow file took in a full run (three at a time, both stores, a busy 2-core machine). Only the order
 * matters: a file missing here or a figure gone stale costs wall time, never correctness. Re-measure with
 * `npm test -- --reporter=verbose` when a file's time changes much.
 */
const SECONDS: Record<string, number> = {
  "postgresql:tests/http/multi-node.test.ts": 121,
  "sqlite:tests/e2e/accessibility.test.ts": 57,
  "sqlite:tests/e2e/chinese-edition.test.ts": 55,
  "sqlite:tests/http/fuzz.test.ts": 44,
  "postgresql:tests/http/alerts-webhooks.test.ts": 42,
  "sqlite:tests/http/alerts-webhooks.test.ts": 42,
  "postgresql:tests/integration/detection-tick.test.ts": 41,
  "postgresql:tests/integration/m365-replay.test.ts": 35,
  "postgresql:tests/http/crash-safety.test.ts": 32,
  "sqlite:tests/http/country-demo.test.ts": 32,
  "postgresql:tests/http/official-status.test.ts": 32,
  "sqlite:tests/http/official-status.test.ts": 30,
  "postgresql:tests/http/alerts-crash.test.ts": 30,
  "postgresql:tests/http/open-data.test.ts": 30,
  "sqlite:tests/e2e/incident-groups.test.ts": 29,
  "sqlite:tests/e2e/chinese-accessibility.test.ts": 27,
  "sqlite:tests/e2e/admin.test.ts": 27,
  "sqlite:tests/e2e/service-page.test.ts": 27,
  "sqlite:tests/http/crash-safety.test.ts": 26,
  "sqlite:tests/http/alerts-crash.test.ts": 26,
  "sqlite:tests/unit/detection/backtest-cli.test.ts": 26,
  "postgresql:tests/http/fuzz.test.ts": 25,
  "sqlite:tests/e2e/report-flow.test.ts": 25,
  "sqlite:tests/e2e/embed.test.ts": 25,
  "postgresql:tests/integration/incident-groups.test.ts": 24,
  "sqlite:tests/store/intake-rules.test.ts": 24,
  "postgresql:tests/http/cold-start.test.ts": 23,
  "sqlite:tests/e2e/csp.test.ts": 22,
  "sqlite:tests/integration/detection-tick.test.ts": 22,
  "postgresql:tests/integration/cold-start.test.ts": 22,
  "sqlite:tests/http/cold-start.test.ts": 22,
  "sqlite:tests/http/open-data.test.ts": 21,
  "sqlite:tests/unit/start-errors.test.ts": 21,
  "sqlite:tests/http/incident-groups-api.test.ts": 20,
  "sqlite:tests/http/security-headers.test.ts": 20,
  "sqlite:tests/integration/m365-replay.test.ts": 20,
};

/**
 * Runs the longest files first, across both stores' projects (vitest's default runs one project after the other and,
 * without a cache of earlier runs, larger files first: the short Lighthouse files came last and ran alone). With
 * three files at a time the run then ends on short files and keeps every worker busy until it does.
 */
export class LongestFirstSequencer extends BaseSequencer {
  async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const key = (f: TestSpecification) => `${f.project.name}:${path.relative(root, f.moduleId)}`;
    const size = (f: TestSpecification) => fs.statSync(f.moduleId).size;
    const estimate = new Map(files.map((f) => [f, SECONDS[key(f)] ?? 0]));
    return [...files].sort((a, b) => estimate.get(b)! - estimate.get(a)! || size(b) - size(a) || key(a).localeCompare(key(b)));
  }
}
