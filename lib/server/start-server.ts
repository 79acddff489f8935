import http from "node:http";
import next from "next";
import { getDb } from "@/db/client";
import type { ServiceSeed } from "@/lib/catalog/types";
import { upsertCatalog } from "@/lib/catalog/upsert-catalog";
import { readEnv } from "@/lib/config/env";
import { resolveClientIp } from "@/lib/privacy/client-ip";
import { resolveCountry } from "@/lib/privacy/lookup-country";
import { rotateSalts } from "@/lib/privacy/daily-salt";
import { COUNTRY_HINT_HEADER } from "@/lib/privacy/config";
import { LOCALE_HEADER } from "@/lib/i18n/config";
import { createIntakeLimits } from "@/lib/reports/intake-limits";
import { readIntakeConfig } from "@/lib/reports/config";
import { createIntakeQueue } from "@/lib/reports/intake-queue";
import { pruneReports } from "@/lib/reports/prune-reports";
import { createDetectionRuntime, flushDetection, runDetectionTick } from "@/lib/detection/run-tick";
import { bumpReadGeneration } from "@/lib/cache/read-cache";
import { writeTickTime } from "@/lib/ops/read-health";
import { handleIntake, isIntakeRequest } from "./handle-intake";
import { screenRequest, type Refusal } from "./screen-request";
import { buildSecurityHeaders, createNonce, INTAKE_SECURITY_HEADERS } from "@/lib/http/security-headers";
import { startScheduler, type Job } from "./scheduler";

/** How long a graceful stop waits for requests in flight before cutting connections. */
const SHUTDOWN_GRACE_MS = 5_000;

export interface StartOptions {
  dev?: boolean;
  /** Extra jobs, e.g. the demo's live simulator. */
  jobs?: Job[];
  /** The catalog to upsert at start (default: the seed in lib/catalog/catalog-data.ts); benchmarks pass a larger one. */
  catalog?: readonly ServiceSeed[];
}

/**
 * One process: the report intake fast path on node:http, Next for everything else, and the scheduler.
 * Intake skips Next because its per-request framework cost would cap a surge at ~1k reports/s.
 */
export async function startServer(options: StartOptions = {}): Promise<http.Server> {
  const env = readEnv();
  const db = getDb();
  upsertCatalog({ db, now: Date.now(), catalog: options.catalog });
  const config = readIntakeConfig(env);
  const queue = createIntakeQueue({ db, config, limits: createIntakeLimits(config), clock: Date.now });

  const app = next({ dev: options.dev ?? false, dir: process.cwd() });
  const handleNext = app.getRequestHandler();
  await app.prepare();

  const https = env.PUBLIC_URL.startsWith("https:");
  let stopping = false;
  const server = http.createServer((req, res) => {
    // While stopping, answer what arrives on open connections and close them.
    if (stopping) res.setHeader("Connection", "close");
    const url = req.url ?? "/";
    const pathname = url.split("?")[0];
    if (isIntakeRequest(pathname)) {
      handleIntake(req, res, pathname, { config, queue }).catch((err) => {
        console.error("[intake] failed:", err instanceof Error ? err.message : err);
        // The batch did not commit (disk full, database locked): nothing was stored, so the client may retry.
        if (!res.headersSent) res.writeHead(503, { "Content-Type": "application/json", "Retry-After": "5", "Cache-Control": "no-store" });
        res.end(JSON.stringify({ error: { code: "unavailable", message: "Could not record the report right now; try again shortly." } }));
      });
      return;
    }
    const refusal = screenRequest({ method: req.method ?? "GET", url, cookie: req.headers.cookie, authorization: req.headers.authorization }, env.ADMIN_TOKEN, Date.now());
    if (refusal) return sendRefusal(req, res, refusal);
    // A fresh nonce per response: Next reads it from the request's CSP header and puts it on every script it sends.
    const securityHeaders = buildSecurityHeaders({ path: pathname, nonce: createNonce(), dev: options.dev ?? false, https });
    req.headers["content-security-policy"] = securityHeaders["Content-Security-Policy"];
    for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
    const ip = resolveClientIp({ socketAddress: req.socket.remoteAddress, forwardedFor: req.headers["x-forwarded-for"], trustProxy: config.trustProxy });
    const country = resolveCountry({ ip, headers: req.headers, trustProxy: config.trustProxy });
    if (country) req.headers[COUNTRY_HINT_HEADER] = country;
    else delete req.headers[COUNTRY_HINT_HEADER];
    // Only the proxy (from the URL's prefix) may say which language a page is in: a client's own header could
    // otherwise turn an English URL Chinese, and a CDN would keep that copy.
    delete req.headers[LOCALE_HEADER];
    void handleNext(req, res);
  });

  // The first tick (a warm-up on up to 14 days of rollups) runs before the server listens, so the first
  // page already shows verdicts.
  const detection = createDetectionRuntime(db);
  const stopJobs = startScheduler([
    {
      name: "detect",
      everyMs: env.DETECTION_TICK_SECONDS * 1000,
      // A second past each boundary: the minute just closed has all its reports committed.
      alignMs: 1_000,
      run: (now) => {
        runDetectionTick({ db, now, runtime: detection });
        writeTickTime(db, now);
        bumpReadGeneration();
      },
    },
    { name: "rotate-salts", everyMs: 10 * 60_000, run: (now) => void rotateSalts({ db, now }) },
    { name: "prune-reports", everyMs: 60 * 60_000, run: (now) => void pruneReports({ db, now, retentionMs: config.retentionMs }) },
    ...(options.jobs ?? []),
  ]);

  // Graceful stop: no new connections, let requests in flight finish (their reports commit), then save the
  // detector, close the database (which checkpoints the WAL) and exit. Stuck connections are cut after a grace.
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    stopJobs();
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      queue.flush();
      flushDetection(db, detection, Date.now());
      db.$client.close();
      process.exit(0);
    };
    server.close(() => setImmediate(finish));
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
    // Whatever happens to the sockets, the data is saved and the process ends.
    setTimeout(finish, SHUTDOWN_GRACE_MS + 2_000).unref();
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);

  await new Promise<void>((resolve) => server.listen(env.PORT, env.HOST, resolve));
  console.log(`Downwire listening on http://localhost:${env.PORT}${env.DOWNWIRE_DEMO ? " (demo data)" : ""}`);
  return server;
}

function sendRefusal(req: http.IncomingMessage, res: http.ServerResponse, r: Refusal): void {
  req.resume(); // discard any body, so the connection can carry the next request
  const json = typeof r.body !== "string";
  const body = json ? JSON.stringify(r.body) : (r.body as string);
  res.writeHead(r.status, {
    "Content-Type": json ? "application/json; charset=utf-8" : "text/plain; charset=utf-8",
    "Cache-Control": "no-store",
    ...INTAKE_SECURITY_HEADERS,
    ...r.headers,
  });
  res.end(req.method === "HEAD" ? undefined : body);
}
