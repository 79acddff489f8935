import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { findFreePort, makeTempDbPath, startTestServer, type TestServer } from "../helpers/start-test-server";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { makeDistinctReportRequest } from "./distinct-reports";

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
/** PostgreSQL for the shared-store runs: BENCH_DATABASE_URL, else the throwaway server `npm run bench:intake` starts. */
const PG_URL = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || "";

interface Run {
  /** Requests per second, and how many of them were counted (201) per second. */
  rps: number;
  counted: number;
  p50: number;
  p99: number;
  total: number;
  non2xx: number;
  errors: number;
}

type Result = autocannon.Result & { statusCodeStats?: Record<string, { count: number }> };

/** Every request a distinct reporter: its own address (forwarded, many networks) and user agent. */
function load(url: string, connections: number, label: string, first = 0): Promise<Result> {
  return autocannon({ url, connections, duration: DURATION_S, requests: [makeDistinctReportRequest(label, first)] }) as Promise<Result>;
}

function summarize(results: Result[]): Run {
  const seconds = DURATION_S;
  const total = results.reduce((a, r) => a + r.requests.total, 0);
  const counted = results.reduce((a, r) => a + (r.statusCodeStats?.["201"]?.count ?? 0), 0);
  return {
    rps: total / seconds,
    counted: counted / seconds,
    // Several load generators at once: the worst of their percentiles.
    p50: Math.max(...results.map((r) => r.latency.p50)),
    p99: Math.max(...results.map((r) => r.latency.p99)),
    total,
    non2xx: results.reduce((a, r) => a + r.non2xx, 0),
    errors: results.reduce((a, r) => a + r.errors, 0),
  };
}

const line = (name: string, r: Run) =>
  `${name.padEnd(30)} ${r.rps.toFixed(0).padStart(7)} req/s ${r.counted.toFixed(0).padStart(7)} counted/s   p50 ${String(r.p50).padStart(3)} ms   p99 ${String(r.p99).padStart(3)} ms   ` +
  `${r.total} requests, ${r.non2xx} non-2xx, ${r.errors} errors`;

async function startBare(): Promise<{ url: string; stop: () => void }> {
  const port = await findFreePort();
  const dbPath = makeTempDbPath();
  const child = spawn(process.execPath, ["--import", "tsx", path.join(__dirname, "bare-server.ts"), String(port), dbPath], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve) => child.stdout!.on("data", (d) => String(d).includes("listening") && resolve()));
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => {
      child.kill("SIGKILL");
      fs.rmSync(path.dirname(dbPath), { recursive: true, force: true });
    },
  };
}

/** A fresh database on the benchmark's PostgreSQL server (its own name, dropped afterwards). */
async function createPgDatabase(): Promise<TestDatabase> {
  process.env.TEST_DATABASE_URL = PG_URL;
  const { runAdmin } = await import("../helpers/test-database");
  const name = `downwire_bench_${process.pid}_${Date.now()}`;
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  await runAdmin(`CREATE DATABASE ${name}`);
  return { kind: "postgresql", env: { DATABASE_URL: url.toString() }, location: url.toString(), open: () => Promise.reject(new Error("not needed")), drop: () => runAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** Load against one or more servers at once (connections split between them); the servers are stopped after. */
async function measure(servers: TestServer[], label: string): Promise<Run> {
  try {
    const per = Math.max(1, Math.round(CONNECTIONS / servers.length));
    return summarize(await Promise.all(servers.map((s, i) => load(s.url, per, `${label}${i}`, i * 2 ** 22))));
  } finally {
    for (const s of servers) await s.stop();
  }
}

/**
 * (a) Intake throughput, one run after another on the same machine and load: the bare node:http + better-sqlite3
 * insert server, Downwire's real server on SQLite (all intake rules, group commit), then on PostgreSQL with one node
 * and with two nodes on the same database (the rules shared through it).
 */
async function main() {
  const loadAvg = os.loadavg().map((l) => l.toFixed(1)).join(" ");
  console.log(`Intake: ${CONNECTIONS} connections, ${DURATION_S} s each, every request a distinct reporter (load average before: ${loadAvg}, ${os.cpus().length} cores)`);
  const bare = await startBare();
  let bareRun: Run;
  try {
    bareRun = summarize([await load(bare.url, CONNECTIONS, "bare")]);
    bareRun.counted = bareRun.rps;
  } finally {
    bare.stop();
  }
  console.log(line("bare insert server (SQLite)", bareRun));
  const sqlite = await createTestDatabase("sqlite");
  const lite = await measure([await startTestServer({ TRUST_PROXY: "1" }, sqlite)], "sqlite");
  console.log(line("Downwire, SQLite", lite));
  console.log(`${"".padEnd(30)} ratio to the bare server: ${((lite.counted / bareRun.rps) * 100).toFixed(0)}%`);
  if (!PG_URL) {
    console.log("PostgreSQL runs skipped: no server (run `npm run bench:intake`, which starts one, or set BENCH_DATABASE_URL).");
    return;
  }
  const one = await createPgDatabase();
  try {
    console.log(line("Downwire, PostgreSQL, 1 node", await measure([await startTestServer({ TRUST_PROXY: "1" }, one, true)], "pg")));
  } finally {
    await one.drop();
  }
  const two = await createPgDatabase();
  try {
    // The second node starts on the migrated database; both take reports, one leads detection.
    const first = await startTestServer({ TRUST_PROXY: "1" }, two, true);
    const second = await startTestServer({ TRUST_PROXY: "1" }, two, true);
    console.log(line("Downwire, PostgreSQL, 2 nodes", await measure([first, second], "pg2-")));
  } finally {
    await two.drop();
  }
  console.log(`(load average after: ${os.loadavg().map((l) => l.toFixed(1)).join(" ")})`);
}

void main();
