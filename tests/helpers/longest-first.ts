import fs from "node:fs";
import path from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * Seconds each slow file took in a full run (four at a time, both stores, a busy 2-core machine). Only the order
 * matters: a file missing here or a figure gone stale costs wall time, never correctness. Re-measure with
 * `npm test -- --reporter=verbose` when a file's time changes much.
 */
const SECONDS: Record<string, number> = {
  "postgresql:tests/http/multi-node.test.ts": 110,
  "sqlite:tests/e2e/accessibility.test.ts": 71,
  "sqlite:tests/e2e/chinese-edition.test.ts": 58,
  "sqlite:tests/e2e/admin.test.ts": 46,
  "postgresql:tests/http/alerts-webhooks.test.ts": 44,
  "sqlite:tests/http/alerts-webhooks.test.ts": 42,
  "sqlite:tests/e2e/chinese-accessibility.test.ts": 39,
  "sqlite:tests/e2e/embed.test.ts": 37,
  "sqlite:tests/e2e/report-flow.test.ts": 36,
  "postgresql:tests/integration/detection-tick.test.ts": 35,
  "postgresql:tests/http/official-status.test.ts": 33,
  "postgresql:tests/integration/m365-replay.test.ts": 31,
  "postgresql:tests/integration/incident-groups.test.ts": 31,
  "sqlite:tests/e2e/service-page.test.ts": 28,
  "postgresql:tests/http/alerts-crash.test.ts": 28,
  "sqlite:tests/e2e/incident-groups.test.ts": 27,
  "sqlite:tests/http/alerts-crash.test.ts": 26,
  "sqlite:tests/http/official-status.test.ts": 26,
  "postgresql:tests/http/fuzz.test.ts": 25,
  "sqlite:tests/http/fuzz.test.ts": 24,
  "postgresql:tests/http/cold-start.test.ts": 23,
  "sqlite:tests/unit/detection/backtest-cli.test.ts": 23,
  "sqlite:tests/http/cold-start.test.ts": 22,
  "sqlite:tests/e2e/csp.test.ts": 21,
  "sqlite:tests/http/country-demo.test.ts": 20,
  "sqlite:tests/integration/detection-tick.test.ts": 19,
  "postgresql:tests/integration/demo-data.test.ts": 18,
  "sqlite:tests/e2e/alerts-push.test.ts": 18,
  "postgresql:tests/integration/record-report.test.ts": 18,
  "postgresql:tests/http/incident-groups-api.test.ts": 18,
  "postgresql:tests/http/crash-safety.test.ts": 18,
  "sqlite:tests/unit/start-errors.test.ts": 18,
  "postgresql:tests/store/intake-rules.test.ts": 18,
  "postgresql:tests/http/read-api.test.ts": 16,
  "sqlite:tests/http/i18n.test.ts": 16,
  "sqlite:tests/store/intake-rules.test.ts": 16,
};

/**
 * Runs the longest files first, across both stores' projects (vitest's default runs one project after the other and,
 * without a cache of earlier runs, larger files first: the short Lighthouse files came last and ran alone). With
 * four files at a time the run then ends on short files and keeps every worker busy until it does.
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
