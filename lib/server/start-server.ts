import http from "node:http";
import next from "next";
import { getDb } from "@/db/client";
import { upsertCatalog } from "@/lib/catalog/upsert-catalog";
import { readEnv } from "@/lib/config/env";
import { resolveClientIp } from "@/lib/privacy/client-ip";
import { resolveCountry } from "@/lib/privacy/lookup-country";
import { rotateSalts } from "@/lib/privacy/daily-salt";
import { COUNTRY_HINT_HEADER } from "@/lib/privacy/config";
import { BurstLimiter } from "@/lib/reports/burst-limiter";
import { readIntakeConfig } from "@/lib/reports/config";
import { pruneReports } from "@/lib/reports/prune-reports";
import { createDetectionRuntime, flushDetection, runDetectionTick } from "@/lib/detection/run-tick";
import { handleIntake, isIntakeRequest } from "./handle-intake";
import { startScheduler, type Job } from "./scheduler";

export interface StartOptions {
  dev?: boolean;
  /** Extra jobs, e.g. the demo's live simulator. */
  jobs?: Job[];
}

/**
 * One process: the report intake fast path on node:http, Next for everything else, and the scheduler.
 * Intake skips Next because its per-request framework cost would cap a surge at ~1k reports/s.
 */
export async function startServer(options: StartOptions = {}): Promise<http.Server> {
  const env = readEnv();
  const db = getDb();
  upsertCatalog({ db, now: Date.now() });
  const config = readIntakeConfig(env);
  const limiter = new BurstLimiter(config.burstLimit, config.burstWindowMs);

  const app = next({ dev: options.dev ?? false, dir: process.cwd() });
  const handleNext = app.getRequestHandler();
  await app.prepare();

  const server = http.createServer((req, res) => {
    const pathname = (req.url ?? "/").split("?")[0];
    if (isIntakeRequest(pathname)) {
      handleIntake(req, res, pathname, { db, config, limiter, clock: Date.now }).catch((err) => {
        console.error("[intake] failed:", err instanceof Error ? err.message : err);
        if (!res.headersSent) res.writeHead(500, { "Content-Type": "application/json" });
        res.end(JSON.stringify({ error: { code: "internal", message: "Could not record the report." } }));
      });
      return;
    }
    const ip = resolveClientIp({ socketAddress: req.socket.remoteAddress, forwardedFor: req.headers["x-forwarded-for"], trustProxy: config.trustProxy });
    const country = resolveCountry({ ip, headers: req.headers, trustProxy: config.trustProxy });
    if (country) req.headers[COUNTRY_HINT_HEADER] = country;
    else delete req.headers[COUNTRY_HINT_HEADER];
    void handleNext(req, res);
  });

  // The first tick (a warm-up on up to 14 days of rollups) runs before the server listens, so the first
  // page already shows verdicts.
  const detection = createDetectionRuntime(db);
  const stopJobs = startScheduler([
    { name: "detect", everyMs: env.DETECTION_TICK_SECONDS * 1000, run: (now) => void runDetectionTick({ db, now, runtime: detection }) },
    { name: "rotate-salts", everyMs: 10 * 60_000, run: (now) => void rotateSalts({ db, now }) },
    { name: "prune-reports", everyMs: 60 * 60_000, run: (now) => void pruneReports({ db, now, retentionMs: config.retentionMs }) },
    ...(options.jobs ?? []),
  ]);

  const shutdown = () => {
    stopJobs();
    flushDetection(db, detection, Date.now());
    server.close(() => {
      db.$client.close();
      process.exit(0);
    });
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);

  await new Promise<void>((resolve) => server.listen(env.PORT, env.HOST, resolve));
  console.log(`Downwire listening on http://localhost:${env.PORT}${env.DOWNWIRE_DEMO ? " (demo data)" : ""}`);
  return server;
}
