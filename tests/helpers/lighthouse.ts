import { execFile } from "node:child_process";
import path from "node:path";
import { openDb } from "../../db/client";
import { upsertCatalog } from "../../lib/catalog/upsert-catalog";
import { CHROMIUM_PATH } from "./browser";
import { makeIncidentHistory } from "./make-incident";
import { makeTempDbPath } from "./start-test-server";

/** The flags this machine's Chromium needs; Lighthouse drives it like any other page. */
export const LIGHTHOUSE_CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"];

export type Scores = Record<string, number>;

const LIGHTHOUSE_CLI = path.resolve(__dirname, "../../node_modules/lighthouse/cli/index.js");

/**
 * Runs the Lighthouse CLI (default mobile settings: simulated slow 4G and 4x CPU slowdown) against `url` in
 * Debian's Chromium and returns each category's score, 0..100. A plain node process: Lighthouse sends some of
 * its functions' source into the page, which a TypeScript loader's helpers would break.
 */
export async function runLighthouse(url: string, categories: string[]): Promise<Scores> {
  const args = [LIGHTHOUSE_CLI, url, "--output=json", "--quiet", `--only-categories=${categories.join(",")}`, `--chrome-flags=${LIGHTHOUSE_CHROME_FLAGS.join(" ")}`];
  const stdout = await new Promise<string>((resolve, reject) =>
    execFile(process.execPath, args, { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? CHROMIUM_PATH }, maxBuffer: 64 * 1024 * 1024 }, (err, out, errOut) =>
      err ? reject(new Error(`lighthouse failed: ${errOut || err.message}`)) : resolve(out),
    ),
  );
  const lhr = JSON.parse(stdout) as { runtimeError?: { message: string }; categories: Record<string, { score: number | null }> };
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
  return Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
}

/**
 * A database with a week of one service's reports and one outage ten hours ago, so pages and the widget draw a
 * realistic chart (Outlook by default; `surgeProblem` must be one of the service's problem ids).
 */
export function makeEmbedFixtureDb({ slug = "outlook", surgeProblem = "email" }: { slug?: string; surgeProblem?: string } = {}): string {
  const dbPath = makeTempDbPath();
  const db = openDb(dbPath);
  const now = Date.now();
  upsertCatalog({ db, now });
  const until = Math.floor(now / 60_000) * 60_000 - 60_000;
  makeIncidentHistory(db, { slug, surgeAt: until - 10 * 3_600_000, until, surgeProblem });
  db.$client.close();
  return dbPath;
}
