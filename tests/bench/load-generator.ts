import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import autocannon from "autocannon";
import { makeDistinctReportRequest } from "./distinct-reports";

/** One load generator's run: requests, counted (201) reports and latency in ms. */
export interface LoadResult {
  requests: number;
  counted: number;
  non2xx: number;
  errors: number;
  p50: number;
  p99: number;
}

/**
 * wrk (Debian's `wrk`, C and LuaJIT) when installed, else autocannon. Everything here shares two cores, and
 * autocannon spends about 50 µs of CPU per request against wrk's 20–25: with autocannon the generator takes a
 * fifth of the machine, which is what a second node would need to show anything.
 */
export const generator: "wrk" | "autocannon" = spawnSync("wrk", ["--version"]).error ? "autocannon" : "wrk";

/** `connections` keep-alive connections for `seconds`, every request a distinct reporter starting at number `first`. */
export async function loadReports(url: string, connections: number, seconds: number, label: string, first = 0): Promise<LoadResult> {
  return generator === "wrk" ? runWrk(url, connections, seconds, label, first) : runAutocannon(url, connections, seconds, label, first);
}

async function runWrk(url: string, connections: number, seconds: number, label: string, first: number): Promise<LoadResult> {
  const script = path.join(__dirname, "distinct-reports.lua");
  const child = spawn("wrk", ["-t1", `-c${connections}`, `-d${seconds}s`, "--timeout", "10s", "-s", script, url], {
    env: { ...process.env, FIRST: String(first), LABEL: label },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const line = /WRK_RESULT (\{.*\})/.exec(out);
  if (code !== 0 || !line) throw new Error(`wrk failed (${code}):\n${out}`);
  return JSON.parse(line[1]) as LoadResult;
}

type AutocannonResult = autocannon.Result & { statusCodeStats?: Record<string, { count: number }> };

async function runAutocannon(url: string, connections: number, seconds: number, label: string, first: number): Promise<LoadResult> {
  const r = (await autocannon({ url, connections, duration: seconds, requests: [makeDistinctReportRequest(label, first)] })) as AutocannonResult;
  return {
    requests: r.requests.total,
    counted: r.statusCodeStats?.["201"]?.count ?? 0,
    non2xx: r.non2xx,
    errors: r.errors,
    p50: r.latency.p50,
    p99: r.latency.p99,
  };
}
