import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { findFreePort, makeTempDbPath, startTestServer } from "../helpers/start-test-server";
import { makeDistinctReportRequest } from "./distinct-reports";

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);

interface Run {
  rps: number;
  p50: number;
  p99: number;
  total: number;
  non2xx: number;
  errors: number;
}

/** Every request a distinct reporter: its own address (forwarded, many networks) and user agent. */
async function load(url: string): Promise<Run> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION_S,
    requests: [makeDistinctReportRequest("bench")],
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, total: result.requests.total, non2xx: result.non2xx, errors: result.errors };
}

const line = (name: string, r: Run) =>
  `${name.padEnd(22)} ${r.rps.toFixed(0).padStart(7)} req/s   p50 ${String(r.p50).padStart(3)} ms   p99 ${String(r.p99).padStart(3)} ms   ` +
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

/**
 * (a) Intake throughput: the bare node:http + better-sqlite3 insert server and Downwire's real server (all intake
 * rules, group commit, synchronous=FULL), one after the other in the same run, same load, same machine.
 */
async function main() {
  console.log(`Intake: ${CONNECTIONS} connections, ${DURATION_S} s each, every request a distinct reporter`);
  const bare = await startBare();
  let bareRun: Run;
  try {
    bareRun = await load(bare.url);
  } finally {
    bare.stop();
  }
  console.log(line("bare insert server", bareRun));
  const server = await startTestServer({ TRUST_PROXY: "1" });
  let real: Run;
  try {
    real = await load(server.url);
    const counted = (await (await fetch(`${server.url}/api/v1/services`)).json()) as { services: { reportsLastHour: number }[] };
    const stored = counted.services.reduce((a, s) => a + s.reportsLastHour, 0);
    console.log(line("Downwire intake", real));
    console.log(`${"".padEnd(22)} ${stored} reports counted in the last hour by the read API`);
  } finally {
    await server.stop();
  }
  console.log(`ratio: Downwire / bare = ${((real.rps / bareRun.rps) * 100).toFixed(0)}%`);
}

void main();
