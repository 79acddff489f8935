import fs from "node:fs";
import autocannon from "autocannon";
import { makeDistinctReportRequest } from "./distinct-reports";
import { startTestServer } from "../helpers/start-test-server";
import { createTestDatabase } from "../helpers/test-database";

const MINUTES = Number(process.env.SOAK_MINUTES ?? 30);
const RATE = Number(process.env.SOAK_RATE ?? 10_000);
const CONNECTIONS = 50;

function readRssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

/**
 * `npm run soak`: SOAK_RATE reports/s (default 10,000, about half the measured peak) against the real server for
 * SOAK_MINUTES (default 30), every report a distinct reporter; prints the server's memory (RSS) and the database
 * size every minute. Memory should level off after warm-up; the database grows by design.
 */
async function main() {
  const server = await startTestServer({ TRUST_PROXY: "1", PRELOAD_PAGES: "1" }, await createTestDatabase("sqlite"));
  const started = Date.now();
  console.log(`Soak: ${RATE} reports/s for ${MINUTES} min, ${CONNECTIONS} connections, server pid ${server.pid}`);
  console.log("minute  rss MB  db MB  requests  non-2xx  errors  p99 ms");
  let finish: () => void = () => {};
  const done = new Promise<void>((resolve) => (finish = resolve));
  const tracker = autocannon({
    url: server.url,
    connections: CONNECTIONS,
    overallRate: RATE,
    duration: MINUTES * 60,
    requests: [makeDistinctReportRequest("soak")],
  }, () => finish());
  let requests = 0;
  let non2xx = 0;
  let errors = 0;
  const latencies: number[] = [];
  tracker.on("response", (_client: unknown, status: number, _bytes: number, ms: number) => {
    requests++;
    if (status < 200 || status >= 300) non2xx++;
    latencies.push(ms);
  });
  tracker.on("reqError", () => errors++);
  const timer = setInterval(() => {
    latencies.sort((a, b) => a - b);
    const p99 = latencies.length ? latencies[Math.floor(latencies.length * 0.99)] : 0;
    const file = server.database.location;
    const db = ["", "-wal"].reduce((a, s) => a + (fs.existsSync(file + s) ? fs.statSync(file + s).size : 0), 0);
    const minute = Math.round((Date.now() - started) / 60_000);
    console.log(`${String(minute).padStart(6)}  ${readRssMb(server.pid).toFixed(0).padStart(6)}  ${(db / 1e6).toFixed(0).padStart(5)}  ${String(requests).padStart(8)}  ${String(non2xx).padStart(7)}  ${String(errors).padStart(6)}  ${p99.toFixed(1).padStart(6)}`);
    requests = non2xx = errors = 0;
    latencies.length = 0;
  }, 60_000);
  await done;
  clearInterval(timer);
  await server.stop();
}

void main();
