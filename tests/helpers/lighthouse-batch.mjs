// Runs Lighthouse on several pages in turn in one headless Chromium and prints their reports as one JSON array:
//   CHROME_PATH=/usr/bin/chromium node tests/helpers/lighthouse-batch.mjs accessibility URL...
// Plain node, like the CLI (see lighthouse.ts), but Chromium and Lighthouse start once rather than once per page. The
// full-page screenshot (a picture for the HTML report, used by no score) is left out.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import lighthouse from "lighthouse";

const [categories, ...urls] = process.argv.slice(2);
const flags = (process.env.LIGHTHOUSE_CHROME_FLAGS ?? "").split(" ").filter(Boolean);
const profile = fs.mkdtempSync(path.join(os.tmpdir(), "downwire-lighthouse-"));
const chrome = spawn(process.env.CHROME_PATH ?? "/usr/bin/chromium", [...flags, "--remote-debugging-port=0", `--user-data-dir=${profile}`, "--no-first-run", "about:blank"], { stdio: ["ignore", "ignore", "pipe"] });
try {
  const port = await new Promise((resolve, reject) => {
    let said = "";
    chrome.stderr.on("data", (d) => {
      said += d;
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(said);
      if (m) resolve(Number(m[1]));
    });
    chrome.once("exit", (code) => reject(new Error(`Chromium exited (${code}) before listening: ${said}`)));
  });
  const reports = [];
  for (const url of urls) reports.push((await lighthouse(url, { port, output: "json", logLevel: "silent", onlyCategories: categories.split(","), disableFullPageScreenshot: true })).lhr);
  process.stdout.write(JSON.stringify(reports));
} finally {
  if (chrome.exitCode === null && chrome.signalCode === null) await new Promise((resolve) => chrome.once("exit", resolve).kill("SIGKILL"));
  // Chromium's helper processes can outlive the main one by a moment and still write into the profile (seen once in
  // CI: ENOTEMPTY): retry, and never fail a run over a temporary folder.
  try {
    fs.rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  } catch (err) {
    console.error(`could not remove ${profile}: ${err instanceof Error ? err.message : err}`);
  }
}
