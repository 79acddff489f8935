import http from "node:http";
import next from "next";
import { bumpReadGeneration, configureReadCache } from "@/lib/cache/read-cache";
import type { ServiceSeed } from "@/lib/catalog/types";
import { upsertCatalog } from "@/lib/catalog/upsert-catalog";
import { applyCatalogFile } from "@/lib/admin/apply-catalog-file";
import { readPollConfig } from "@/lib/official-status/poll/poll-config";
import { runOfficialPolls } from "@/lib/official-status/poll/run-polls";
import { createLeaderTick, DETECTION_LEASE } from "@/lib/cluster/leader-tick";
import { Leadership, makeNodeId } from "@/lib/cluster/leadership";
import { readEnv, readLeaseMs } from "@/lib/config/env";
import { readRequestClient } from "@/lib/privacy/read-request-client";
import { rotateSalts } from "@/lib/privacy/daily-salt";
import { COUNTRY_HINT_HEADER } from "@/lib/privacy/config";
import { LOCALE_HEADER } from "@/lib/i18n/config";
import { readIntakeConfig } from "@/lib/reports/config";
import { createIntakeQueue } from "@/lib/reports/intake-queue";
import { pruneIntakeMemory, pruneReports } from "@/lib/reports/prune-reports";
import { getStores } from "@/lib/stores/get-stores";
import { LeaseLostError } from "@/db/sql-client";
import { handleIntake, isIntakeRequest, sendUnavailable } from "./handle-intake";
import { setNodeState } from "@/lib/cluster/node-state";
import { screenRequest, type Refusal } from "./screen-request";
import { buildSecurityHeaders, createNonce, INTAKE_SECURITY_HEADERS } from "@/lib/http/security-headers";
import { startScheduler, type Job } from "./scheduler";
import { handleAlerts, isAlertsRequest } from "./handle-alerts";
import { startAlerts } from "./start-alerts";
import { handleWidget, isWidgetPath } from "./handle-widget";
import { handleHome, isHomePath } from "./handle-home";
import { handleServicePage, servicePageSlug } from "./handle-service-page";
import { handlePageScript, isPageScriptPath, rebuildPageScriptOnChange, servicePageScript } from "./page-script";
import { tolerateClosedOutput } from "./tolerate-closed-output";

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
  tolerateClosedOutput();
  const env = readEnv();
  // A port already taken is found now, not after the build is loaded and up to 14 days of history warmed up.
  await assertPortFree(env.HOST, env.PORT);
  const stores = await getStores();
  // On a shared database other nodes take reports and run ticks too: cached reads must look again soon.
  if (stores.reports.shared) configureReadCache({ shared: true });
  await upsertCatalog({ catalog: stores.catalog, now: Date.now(), seed: options.catalog });
  if (env.CATALOG_FILE) {
    const r = await applyCatalogFile({ admin: stores.admin, now: Date.now(), filePath: env.CATALOG_FILE, seed: options.catalog });
    console.log(`CATALOG_FILE ${env.CATALOG_FILE}: ${r.created} added, ${r.updated} updated`);
  }
  const pollConfig = readPollConfig(env);
  const config = readIntakeConfig(env);
  const queue = createIntakeQueue({ ...stores, config, clock: Date.now });

  const app = next({ dev: options.dev ?? false, dir: process.cwd() });
  const handleNext = app.getRequestHandler();
  await app.prepare();
  // The service page's script, bundled now: the first reader should not wait for it, and a broken bundle should stop the start.
  if (options.dev) rebuildPageScriptOnChange();
  await servicePageScript();

  const https = env.PUBLIC_URL.startsWith("https:");
  const nodeId = makeNodeId();
  const alerts = startAlerts({ stores, env, nodeId });
  let stopping = false;
  const server = http.createServer((req, res) => {
    // While stopping, answer what arrives on open connections and close them.
    if (stopping) res.setHeader("Connection", "close");
    const url = req.url ?? "/";
    const pathname = url.split("?")[0];
    if (isIntakeRequest(pathname)) {
      handleIntake(req, res, pathname, { config, queue }).catch((err) => {
        console.error("[intake] failed:", err instanceof Error ? err.message : err);
        sendUnavailable(res);
      });
      return;
    }
    if (isAlertsRequest(pathname)) {
      handleAlerts(req, res, { stores, env, trustedProxyHops: config.trustedProxyHops, allowPrivate: env.ALERTS_ALLOW_PRIVATE, emailEnabled: alerts.emailEnabled, kick: () => void alerts.worker.poll() }).catch((err) => {
        console.error("[alerts] request failed:", err instanceof Error ? err.message : err);
        sendUnavailable(res);
      });
      return;
    }
    const refusal = screenRequest({ method: req.method ?? "GET", url, cookie: req.headers.cookie, authorization: req.headers.authorization, contentLength: req.headers["content-length"] }, env.ADMIN_TOKEN, Date.now());
    if (refusal) return sendRefusal(req, res, refusal);
    // A fresh nonce per response: Next reads it from the request's CSP header and puts it on every script it sends.
    const nonce = createNonce();
    const securityHeaders = buildSecurityHeaders({ path: pathname, nonce, dev: options.dev ?? false, https });
    req.headers["content-security-policy"] = securityHeaders["Content-Security-Policy"];
    for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
    // Pages the server renders itself, without Next's client runtime: the embeds, the front page, the service pages.
    const plain = isWidgetPath(pathname)
      ? handleWidget(req, res, nonce)
      : isHomePath(pathname)
        ? handleHome(req, res)
        : servicePageSlug(pathname) !== null
          ? handleServicePage(req, res, { nonce, country: readRequestClient(req, config.trustedProxyHops).country ?? "" })
          : isPageScriptPath(pathname)
            ? handlePageScript(req, res)
            : null;
    if (plain) {
      plain.catch((err) => {
        console.error(`[page ${pathname}] failed:`, err instanceof Error ? err.message : err);
        if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
        res.end("Internal error");
      });
      return;
    }
    const { country } = readRequestClient(req, config.trustedProxyHops);
    if (country) req.headers[COUNTRY_HINT_HEADER] = country;
    else delete req.headers[COUNTRY_HINT_HEADER];
    // Only the proxy (from the URL's prefix) may say which language a page is in: a client's own header could
    // otherwise turn an English URL Chinese, and a CDN would keep that copy.
    delete req.headers[LOCALE_HEADER];
    void handleNext(req, res);
  });

  // Every node takes reports and serves pages; the one holding the lease also runs detection, correlation and the
  // housekeeping jobs. A node that gains the lead ticks at once (resuming from the states its predecessor saved), or,
  // in the second after a minute boundary, at that second's end with the aligned tick.
  const leaderTick = createLeaderTick(stores);
  let scheduler: ReturnType<typeof startScheduler> | null = null;
  const leadership = new Leadership(stores.leases, DETECTION_LEASE, nodeId, readLeaseMs(env), (leading) => {
    if (!leading) leaderTick.forget();
    else if (scheduler) void scheduler.runNow("detect");
  });
  setNodeState({ store: stores.kind, leadership });
  await leadership.start();
  const asLeader = (run: (now: number) => Promise<unknown>) => async (now: number) => {
    const fence = leadership.current();
    if (!fence) return;
    try {
      await run(now);
    } catch (error) {
      if (error instanceof LeaseLostError) leadership.lost();
      throw error;
    }
  };
  scheduler = startScheduler([
    {
      name: "detect",
      everyMs: env.DETECTION_TICK_SECONDS * 1000,
      // A second past each boundary: the minute just closed has all its reports committed.
      alignMs: 1_000,
      run: (now) => {
        const fence = leadership.current();
        if (!fence) {
          // Verdicts and reports written by the leader reach this node's cached reads within their lifetime.
          bumpReadGeneration();
          return;
        }
        return alerts.worker.pauseWhile(() => leaderTick.run(now, fence)).then(
          // The tick's events are in the outbox: deliver them now rather than at the next poll.
          () => void alerts.worker.poll(),
          (error) => {
          if (error instanceof LeaseLostError) leadership.lost();
          throw error;
        });
      },
    },
    { name: "prune-alerts", everyMs: 60 * 60_000, run: asLeader((now) => alerts.prune(now)) },
    { name: "rotate-salts", everyMs: 10 * 60_000, run: asLeader((now) => rotateSalts({ salts: stores.reports, now })) },
    { name: "prune-reports", everyMs: 60 * 60_000, run: asLeader((now) => pruneReports({ reports: stores.reports, now, retentionMs: config.retentionMs })) },
    { name: "prune-intake-memory", everyMs: 10 * 60_000, run: asLeader((now) => pruneIntakeMemory({ reports: stores.reports, now })) },
    // The vendors' own status pages, asked by the leader only (one node's polling, not one per node); the demo
    // simulates vendor states instead. The job wakes often; each source is asked when its own next poll is due.
    ...(env.DOWNWIRE_DEMO
      ? []
      : [
          {
            name: "official-status",
            everyMs: Math.max(1_000, Math.min(pollConfig.intervalMs, 15_000)),
            run: async (now: number) => {
              const fence = leadership.current();
              if (!fence) return;
              try {
                const round = await runOfficialPolls({ ...stores, config: pollConfig, now, fence });
                if (round.polled) bumpReadGeneration();
                // An acknowledgement's alert is in the outbox: deliver it now rather than at the worker's next poll.
                if (round.acknowledged.length) void alerts.worker.poll();
              } catch (error) {
                if (error instanceof LeaseLostError) leadership.lost();
                throw error;
              }
            },
          },
        ]),
    ...(options.jobs ?? []),
  ]);
  // The first tick (a warm-up on up to 14 days of rollups, when this node leads) runs before the server listens, so
  // the first page already shows verdicts.
  await scheduler.runNow("detect");

  /** Gives back what start-up took: the jobs, queued reports, the detector's state, the lead, the database. */
  const release = async () => {
    await scheduler!.stop();
    await queue.drain();
    await alerts.stop();
    await leaderTick.flush(Date.now(), leadership.current());
    await leadership.stop();
    await stores.close();
  };

  // Graceful stop: no new connections, let requests in flight finish (their reports commit), then save the detector
  // and hand the lead over, close the database (SQLite checkpoints its WAL) and exit. Stuck connections are cut.
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    let finished = false;
    const finish = async () => {
      if (finished) return;
      finished = true;
      try {
        await release();
      } catch (error) {
        console.error("[shutdown]", error instanceof Error ? error.message : error);
      }
      process.exit(0);
    };
    server.close(() => setImmediate(() => void finish()));
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
    // Whatever happens to the sockets, the data is saved and the process ends.
    setTimeout(() => void finish(), SHUTDOWN_GRACE_MS + 2_000).unref();
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);

  try {
    await listen(server, env.HOST, env.PORT);
  } catch (error) {
    // Nothing was served: hand the lead over at once (another node need not wait for it to expire) and say why.
    process.off("SIGTERM", shutdown);
    process.off("SIGINT", shutdown);
    await release();
    throw new Error(describeListenError(error, env.HOST, env.PORT), { cause: error });
  }
  alerts.worker.start();
  console.log(`Downwire listening on http://localhost:${env.PORT}${env.DOWNWIRE_DEMO ? " (demo data)" : ""} (${stores.kind}${leadership.isLeader() ? ", leading detection" : ""})`);
  return server;
}

/** Listens, or rejects with the listen error (which would otherwise be an uncaught 'error' event). */
function listen(server: http.Server, host: string, port: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

/** Binds the port for a moment; the real listen at the end still reports a port taken in between. */
async function assertPortFree(host: string, port: number): Promise<void> {
  const probe = http.createServer();
  try {
    await listen(probe, host, port);
  } catch (error) {
    throw new Error(describeListenError(error, host, port), { cause: error });
  }
  await new Promise<void>((resolve) => probe.close(() => resolve()));
}

/** One line an operator can act on, for the usual reasons a port cannot be had. */
function describeListenError(error: unknown, host: string, port: number): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "EADDRINUSE") return `Cannot listen on ${host}:${port}: the port is in use (another Downwire or another server). Stop it, or set PORT to a free port.`;
  if (code === "EACCES") return `Cannot listen on ${host}:${port}: not allowed (ports under 1024 need privileges). Set PORT to 1024 or above.`;
  if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND") return `Cannot listen on ${host}:${port}: this machine has no such address. Check HOST.`;
  return `Cannot listen on ${host}:${port}: ${error instanceof Error ? error.message : String(error)}`;
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
