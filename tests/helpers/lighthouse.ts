import { execFile } from "node:child_process";
import path from "node:path";
import { upsertCatalog } from "../../lib/catalog/upsert-catalog";
import { CHROMIUM_PATH } from "./browser";
import { makeIncidentHistory } from "./make-incident";
import { createTestDatabase, type TestDatabase } from "./test-database";

/** The flags this machine's Chromium needs; Lighthouse drives it like any other page. */
export const LIGHTHOUSE_CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"];

export type Scores = Record<string, number>;

interface Audit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  numericValue?: number;
  details?: { items?: { node?: { snippet?: string; selector?: string } }[] };
}

export interface LighthouseResult {
  scores: Scores;
  /** Pass/fail audits of the asked categories that failed (accessibility, best practices), with the elements they name. */
  failing: { id: string; title: string; nodes: string[] }[];
  /** Timing figures in ms (CLS unitless). */
  metrics: { fcp: number; lcp: number; tbt: number; cls: number; si: number };
}

const LIGHTHOUSE_CLI = path.resolve(__dirname, "../../node_modules/lighthouse/cli/index.js");

/**
 * Runs the Lighthouse CLI (default mobile settings: simulated slow 4G and 4x CPU slowdown) against `url` in
 * Debian's Chromium. A plain node process: Lighthouse sends some of its functions' source into the page, which a
 * TypeScript loader's helpers would break.
 */
export async function runLighthouseReport(url: string, categories: string[]): Promise<LighthouseResult> {
  const args = [LIGHTHOUSE_CLI, url, "--output=json", "--quiet", `--only-categories=${categories.join(",")}`, `--chrome-flags=${LIGHTHOUSE_CHROME_FLAGS.join(" ")}`];
  return readReport(JSON.parse(await runNode(args)) as Lhr, categories);
}

/**
 * The same, for several pages in turn in one Chromium and one Lighthouse process (tests/helpers/lighthouse-batch.mjs):
 * the accessibility tests' way, saving a browser and a Lighthouse start per page. Timing figures are for
 * `npm run lighthouse`, which gives each run a browser of its own.
 */
export async function runLighthouseReports(urls: string[], categories: string[]): Promise<LighthouseResult[]> {
  const lhrs = JSON.parse(await runNode([LIGHTHOUSE_BATCH, categories.join(","), ...urls])) as Lhr[];
  return lhrs.map((lhr) => readReport(lhr, categories));
}

const LIGHTHOUSE_BATCH = path.resolve(__dirname, "lighthouse-batch.mjs");

function runNode(args: string[]): Promise<string> {
  const env = { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? CHROMIUM_PATH, LIGHTHOUSE_CHROME_FLAGS: LIGHTHOUSE_CHROME_FLAGS.join(" ") };
  return new Promise<string>((resolve, reject) =>
    execFile(process.execPath, args, { env, maxBuffer: 256 * 1024 * 1024 }, (err, out, errOut) => (err ? reject(new Error(`lighthouse failed: ${errOut || err.message}`)) : resolve(out))),
  );
}

interface Lhr {
  runtimeError?: { message: string };
  categories: Record<string, { score: number | null; auditRefs: { id: string }[] }>;
  audits: Record<string, Audit>;
}

function readReport(lhr: Lhr, categories: string[]): LighthouseResult {
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
  const failing = categories
    .flatMap((c) => lhr.categories[c]?.auditRefs ?? [])
    .map((r) => lhr.audits[r.id])
    .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
    .map((a) => ({ id: a.id, title: a.title, nodes: (a.details?.items ?? []).map((i) => i.node?.snippet ?? i.node?.selector ?? "").filter(Boolean).slice(0, 5) }));
  const value = (id: string) => Math.round((lhr.audits[id]?.numericValue ?? NaN) * (id === "cumulative-layout-shift" ? 1000 : 1)) / (id === "cumulative-layout-shift" ? 1000 : 1);
  const metrics = { fcp: value("first-contentful-paint"), lcp: value("largest-contentful-paint"), tbt: value("total-blocking-time"), cls: value("cumulative-layout-shift"), si: value("speed-index") };
  return { scores, failing, metrics };
}

/**
 * A database with a week of one service's reports and one outage ten hours ago, so pages and the widget draw a
 * realistic chart (Outlook by default; `surgeProblem` must be one of the service's problem ids).
 */
export async function makeEmbedFixtureDb({ slug = "outlook", surgeProblem = "email" }: { slug?: string; surgeProblem?: string } = {}): Promise<TestDatabase> {
  const database = await createTestDatabase("sqlite");
  const stores = await database.open();
  const now = Date.now();
  await upsertCatalog({ catalog: stores.catalog, now });
  const until = Math.floor(now / 60_000) * 60_000 - 60_000;
  await makeIncidentHistory(stores, { slug, surgeAt: until - 10 * 3_600_000, until, surgeProblem });
  await stores.close();
  return database;
}
