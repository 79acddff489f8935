import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { findFreePort, makeTempDbPath, startTestServer, type TestServer } from "../helpers/start-test-server";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { generator, loadReports, type LoadResult } from "./load-generator";

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
/** The capacity comparison: enough connections that one node is saturated, so a second one has something to take. */
const CAPACITY_CONNECTIONS = Number(process.env.BENCH_CAPACITY_CONNECTIONS ?? 400);
const CAPACITY_ROUNDS = Number(process.env.BENCH_CAPACITY_ROUNDS ?? 5);
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

function summarize(results: LoadResult[]): Run {
  const total = results.reduce((a, r) => a + r.requests, 0);
  return {
    rps: total / DURATION_S,
    counted: results.reduce((a, r) => a + r.counted, 0) / DURATION_S,
    // Several load generators at once: the worst of their percentiles.
    p50: Math.max(...results.map((r) => r.p50)),
    p99: Math.max(...results.map((r) => r.p99)),
    total,
    non2xx: results.reduce((a, r) => a + r.non2xx, 0),
    errors: results.reduce((a, r) => a + r.errors, 0),
  };
}

const ms = (x: number) => (x < 10 ? x.toFixed(1) : x.toFixed(0)).padStart(4);
const line = (name: string, r: Run) =>
  `${name.padEnd(38)} ${r.rps.toFixed(0).padStart(7)} req/s ${r.counted.toFixed(0).padStart(7)} counted/s   p50 ${ms(r.p50)} ms   p99 ${ms(r.p99)} ms   ` +
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

/** Two seconds of light load first: a cold server (code not yet compiled, statements not yet prepared) is not the subject. */
const WARM_UP_S = 2;
const warmUp = (urls: string[], label: string) => Promise.all(urls.map((url, i) => loadReports(url, 10, WARM_UP_S, `${label}warm${i}`, i * 2 ** 22 + 2 ** 21)));

/** Load against one or more servers at once (connections split between them); the servers are stopped after. */
async function measure(servers: TestServer[], label: string, connections = CONNECTIONS): Promise<Run> {
  try {
    await warmUp(servers.map((s) => s.url), label);
    const per = Math.max(1, Math.round(connections / servers.length));
    // Generators running at once start far apart (the warm-up in the upper half of each block), so their reporters
    // and networks never meet.
    return summarize(await Promise.all(servers.map((s, i) => loadReports(s.url, per, DURATION_S, `${label}${i}`, i * 2 ** 22))));
  } finally {
    for (const s of servers) await s.stop();
  }
}

/** `nodes` Downwire nodes on one fresh PostgreSQL database, loaded together; the database is dropped after. */
async function measurePg(nodes: number, label: string, connections = CONNECTIONS): Promise<Run> {
  const db = await createPgDatabase();
  try {
    // The first node migrates the database; the others start on it. All take reports, one leads detection.
    const servers: TestServer[] = [];
    for (let i = 0; i < nodes; i++) servers.push(await startTestServer({ TRUST_PROXY: "1" }, db, true));
    return await measure(servers, label, connections);
  } finally {
    await db.drop();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * (a) Intake throughput, one run after another on the same machine and load: the bare node:http + better-sqlite3
 * insert server, Downwire's real server on SQLite (all intake rules, group commit), then on PostgreSQL with one node
 * at the same load, and last one node against two nodes on one database (the rules shared through it) with enough
 * connections to saturate one node, in alternating rounds so that the machine's drift falls on both alike.
 */
async function main() {
  const loadAvg = os.loadavg().map((l) => l.toFixed(1)).join(" ");
  console.log(`Intake: ${CONNECTIONS} connections, ${DURATION_S} s each, every request a distinct reporter, load from ${generator} (load average before: ${loadAvg}, ${os.cpus().length} cores)`);
  if (generator === "autocannon") console.log("  (wrk is not installed: autocannon costs about twice wrk's CPU per request, which the servers then lack)");
  const bare = await startBare();
  let bareRun: Run;
  try {
    await warmUp([bare.url], "bare");
    bareRun = summarize([await loadReports(bare.url, CONNECTIONS, DURATION_S, "bare")]);
  } finally {
    bare.stop();
  }
  console.log(line("bare insert server (SQLite)", bareRun));
  const sqlite = await createTestDatabase("sqlite");
  const lite = await measure([await startTestServer({ TRUST_PROXY: "1" }, sqlite)], "sqlite");
  console.log(line("Downwire, SQLite", lite));
  console.log(`${"".padEnd(38)} ratio to the bare server: ${((lite.counted / bareRun.counted) * 100).toFixed(0)}%`);
  if (!PG_URL) {
    console.log("PostgreSQL runs skipped: no server (run `npm run bench:intake`, which starts one, or set BENCH_DATABASE_URL).");
    return;
  }
  console.log(line("Downwire, PostgreSQL, 1 node", await measurePg(1, "pg")));
  if (CAPACITY_ROUNDS < 1) return;

  console.log(`Capacity: ${CAPACITY_CONNECTIONS} connections, one node against two nodes on one database, ${CAPACITY_ROUNDS} alternating rounds`);
  const one: number[] = [];
  const two: number[] = [];
  for (let round = 1; round <= CAPACITY_ROUNDS; round++) {
    const a = await measurePg(1, `c${round}a-`, CAPACITY_CONNECTIONS);
    console.log(line(`  round ${round}, PostgreSQL, 1 node`, a));
    const b = await measurePg(2, `c${round}b-`, CAPACITY_CONNECTIONS);
    console.log(line(`  round ${round}, PostgreSQL, 2 nodes`, b));
    one.push(a.counted);
    two.push(b.counted);
  }
  const m1 = median(one);
  const m2 = median(two);
  console.log(`Median counted/s: 1 node ${m1.toFixed(0)}, 2 nodes ${m2.toFixed(0)} (${((m2 / m1) * 100).toFixed(0)}% of one node; 2 nodes ahead in ${one.filter((x, i) => two[i] > x).length} of ${CAPACITY_ROUNDS} rounds)`);
  console.log(`(load average after: ${os.loadavg().map((l) => l.toFixed(1)).join(" ")})`);
}

void main();
