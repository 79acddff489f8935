import fs from "node:fs";
import path from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * Seconds each slow file took in a full run (three at a time, both stores, a busy 2-core machine). Only the order
 * matters: a file missing here or a figure gone stale costs wall time, never correctness. Re-measure with
 * `npm test -- --reporter=verbose` when a file's time changes much.
 */
const SECONDS: Record<string, number> = {
  "postgresql:tests/http/multi-node.test.ts": 105,
  "sqlite:tests/http/fuzz.test.ts": 125,
  "sqlite:tests/e2e/chinese-edition.test.ts": 85,
  "sqlite:tests/e2e/accessibility.test.ts": 50,
  "postgresql:tests/http/alerts-webhooks.test.ts": 50,
  "sqlite:tests/http/alerts-webhooks.test.ts": 45,
  "sqlite:tests/e2e/admin.test.ts": 82,
  "postgresql:tests/http/country-demo.test.ts": 80,
  "sqlite:tests/e2e/embed.test.ts": 70,
  "postgresql:tests/http/fuzz.test.ts": 69,
  "sqlite:tests/http/country-demo.test.ts": 65,
  "sqlite:tests/http/crash-safety.test.ts": 55,
  "postgresql:tests/http/cold-start.test.ts": 35,
  "sqlite:tests/e2e/incident-groups.test.ts": 50,
  "sqlite:tests/e2e/report-flow.test.ts": 46,
  "postgresql:tests/store/intake-rules.test.ts": 43,
  "postgresql:tests/integration/manipulation.test.ts": 43,
  "postgresql:tests/integration/m365-replay.test.ts": 41,
  "sqlite:tests/integration/m365-replay.test.ts": 41,
  "sqlite:tests/store/intake-rules.test.ts": 41,
  "sqlite:tests/integration/detection-tick.test.ts": 40,
  "sqlite:tests/e2e/csp.test.ts": 38,
  "postgresql:tests/integration/detection-tick.test.ts": 38,
  "postgresql:tests/http/official-status.test.ts": 37,
  "sqlite:tests/e2e/chinese-accessibility.test.ts": 32,
  "sqlite:tests/http/alerts-crash.test.ts": 35,
  "postgresql:tests/http/read-api.test.ts": 34,
  "postgresql:tests/http/alerts-crash.test.ts": 33,
  "sqlite:tests/http/share-image-cjk.test.ts": 31,
  "postgresql:tests/http/incident-groups-api.test.ts": 31,
  "postgresql:tests/http/crash-safety.test.ts": 30,
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
