import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ensureBuild } from "../../lib/cli/ensure-build";
import { findFreePort, makeTempDbPath } from "../helpers/start-test-server";

const SERVICES = Number(process.env.BENCH_SERVICES ?? 1000);
const DAYS = Number(process.env.BENCH_DAYS ?? 14);
const SAMPLES = 40;
const PATHS = [
  "/",
  "/status/outlook",
  "/status/bench-service-500",
  "/embed/outlook",
  "/api/v1/services/outlook/series?range=24h&bucket=15m",
  "/api/v1/services/outlook/series?range=7d&bucket=1h",
  "/api/v1/services/outlook",
  "/api/v1/services",
];

async function time(url: string): Promise<{ ms: number; status: number }> {
  const t = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  return { ms: performance.now() - t, status: res.status };
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

/**
 * (b) Server time of pages and read endpoints on a catalog of SERVICES services x DAYS days of history: the first
 * request after a tick (cache cold) and SAMPLES sequential requests after it, over loopback.
 */
async function main() {
  ensureBuild();
  const port = await findFreePort();
  const dbPath = makeTempDbPath();
  const child = spawn(process.execPath, ["--import", "tsx", path.join(__dirname, "serve-large-catalog.ts")], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATABASE_PATH: dbPath, BENCH_SERVICES: String(SERVICES), BENCH_DAYS: String(DAYS), NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  child.stdout!.on("data", (d) => process.stdout.write(`  [server] ${d}`));
  await new Promise<void>((resolve) => child.stdout!.on("data", (d) => String(d).includes("first detection tick") && resolve()));
  try {
    const base = `http://127.0.0.1:${port}`;
    console.log(`Pages: ${SERVICES} services x ${DAYS} days, ${SAMPLES} sequential requests each (ms)`);
    console.log(`${"path".padEnd(56)} ${"first".padStart(7)} ${"p50".padStart(7)} ${"p90".padStart(7)}`);
    for (const p of PATHS) {
      const first = await time(base + p);
      if (first.status !== 200) {
        console.log(`${p.padEnd(56)} HTTP ${first.status}, skipped`);
        continue;
      }
      const samples: number[] = [];
      for (let i = 0; i < SAMPLES; i++) samples.push((await time(base + p)).ms);
      samples.sort((a, b) => a - b);
      console.log(`${p.padEnd(56)} ${first.ms.toFixed(1).padStart(7)} ${pct(samples, 0.5).toFixed(1).padStart(7)} ${pct(samples, 0.9).toFixed(1).padStart(7)}`);
    }
  } finally {
    child.kill("SIGKILL");
    fs.rmSync(path.dirname(dbPath), { recursive: true, force: true });
  }
}

void main();
