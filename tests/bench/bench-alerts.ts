import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { openSqlite } from "../../db/sqlite/client";
import { DeliveryWorker } from "../../lib/alerts/delivery-worker";
import { readCatalog } from "../../lib/catalog/read-catalog";
import { upsertCatalog } from "../../lib/catalog/upsert-catalog";
import { loadDetectionRuntime, runDetectionTick } from "../../lib/detection/run-tick";
import { makeEventId, servicePath } from "../../lib/events/event-types";
import { DEFAULT_INTAKE_CONFIG } from "../../lib/reports/config";
import { createIntakeQueue } from "../../lib/reports/intake-queue";
import { createSqliteStores } from "../../lib/stores/open-stores";
import { BROWSER_UA } from "../helpers/test-db";

const SUBSCRIBERS = Number(process.env.BENCH_ALERT_SUBSCRIBERS ?? 10_000);
const MIN = 60_000;

/** A receiver in its own process (as a subscriber's server would be): answers every POST 200 and counts them. */
function startReceiver(): Promise<{ url: string; stop: () => void }> {
  const code = `const http=require("http");let n=0;const s=http.createServer((q,r)=>{q.resume();q.on("end",()=>{n++;r.writeHead(200);r.end()})});s.keepAliveTimeout=1000;s.listen(0,"127.0.0.1",()=>console.log(s.address().port));`;
  const child = spawn(process.execPath, ["-e", code], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve) => child.stdout!.once("data", (d) => resolve({ url: `http://127.0.0.1:${String(d).trim()}`, stop: () => child.kill() })));
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

/**
 * Fan-out to SUBSCRIBERS webhook subscribers of one service on a real SQLite file, with the delivery worker running in
 * the same process as intake and the detection tick (as every node runs it): how long the event takes to reach
 * everyone, and whether intake latency and the tick's duration change while it does.
 */
async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "downwire-alerts-"));
  const stores = createSqliteStores(openSqlite(path.join(dir, "bench.db")));
  const receiver = await startReceiver();
  const T = Date.UTC(2026, 10, 24, 12, 0, 0);
  await upsertCatalog({ catalog: stores.catalog, now: T });
  const catalog = await readCatalog(stores.catalog);
  const outlook = catalog.find("outlook")!;

  let t0 = performance.now();
  for (let i = 0; i < SUBSCRIBERS; i++) {
    const url = `${receiver.url}/hook/${i}`;
    await stores.alerts.createSubscription(
      { id: `sub_${String(i).padStart(22, "0")}`, kind: "webhook", format: "standard", target: url, endpoint: `url:${url}`, pushP256dh: null, pushAuth: null, secret: `whsec_${Buffer.alloc(32, i % 251).toString("base64")}`, token: String(i).padStart(32, "t"), groups: false, events: null, locale: "en", status: "active", challenge: null, origin: "https://downwire.example.org", createdAt: T, serviceIds: [outlook.id], first: null },
      T,
    );
  }
  console.log(`Alerts fan-out: ${SUBSCRIBERS.toLocaleString("en")} webhook subscribers of one service, SQLite file, worker in the intake/tick process`);
  console.log(`  set-up: ${SUBSCRIBERS.toLocaleString("en")} subscriptions stored in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  let delivered = 0;
  let firstAt = 0;
  const worker = new DeliveryWorker({
    alerts: stores.alerts,
    node: "bench",
    context: async () => ({ catalog, serviceIdsOf: (id) => stores.alerts.readSubscriptionServiceIds(id), vapid: () => Promise.reject(new Error("no push")), mailer: null, allowPrivate: true }),
    onAttempt: (_d, r) => {
      if (r.kind === "delivered") delivered++;
      if (!firstAt) firstAt = performance.now();
    },
  });
  const queue = createIntakeQueue({ catalog: stores.catalog, reports: stores.reports, config: DEFAULT_INTAKE_CONFIG, clock: Date.now });
  const runtime = await loadDetectionRuntime(stores.detection);
  let minute = T;
  await runDetectionTick({ ...stores, now: minute, runtime });
  let client = 0;

  /** 2 s of intake at ~1,000 reports/s from distinct clients, with each report's latency (submit to commit). */
  async function intakeRun(): Promise<number[]> {
    const latencies: number[] = [];
    const pending: Promise<void>[] = [];
    const end = performance.now() + 2_000;
    while (performance.now() < end) {
      for (let k = 0; k < 10; k++) {
        const i = client++;
        const sent = performance.now();
        pending.push(queue.submit({ service: "gmail", problem: "login" }, { ip: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`, userAgent: BROWSER_UA, derivedCountry: null }).then(() => void latencies.push(performance.now() - sent)));
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    await Promise.all(pending);
    return latencies;
  }
  /** Three one-minute detection ticks over the whole catalog, as the server runs them (the worker holds back meanwhile). */
  async function ticks(): Promise<number[]> {
    const times: number[] = [];
    for (let k = 0; k < 3; k++) {
      minute += MIN;
      const s = performance.now();
      await worker.pauseWhile(() => runDetectionTick({ ...stores, now: minute + 1_000, runtime }));
      times.push(performance.now() - s);
    }
    return times;
  }
  const report = (label: string, lat: number[], tk: number[]) =>
    console.log(`  ${label}: intake p50 ${quantile(lat, 0.5).toFixed(1)} ms, p99 ${quantile(lat, 0.99).toFixed(1)} ms (${lat.length.toLocaleString("en")} reports); ticks ${tk.map((x) => x.toFixed(0)).join(" / ")} ms`);

  await intakeRun(); // warm-up (the day's salt, prepared statements)
  report("quiet          ", await intakeRun(), await ticks());

  // The event as the tick writes it: one outbox row in the tick's commit, whatever the number of subscribers.
  const event = { id: makeEventId("incident.opened", `service:${outlook.id}`, minute), type: "incident.opened" as const, occurredAt: minute, serviceIds: [outlook.id], data: { service: { slug: "outlook", name: "Outlook" }, services: [{ slug: "outlook", name: "Outlook" }], verdict: "outage" as const, previousVerdict: "ok" as const, sentence: "User reports indicate problems at Outlook since 12:00 UTC (412 reports in 15 min, ~9 expected).", since: new Date(minute).toISOString(), counts: { observed: 412, expected: 9, ratio: 45.8, windowMinutes: 15 }, incident: null, group: null, official: null, path: servicePath("outlook") } };
  t0 = performance.now();
  await stores.detection.commitTick({ ops: [], statuses: [], states: [], resetsDone: [], events: [{ event, incident: null }], now: Date.now() });
  console.log(`  outbox write in the tick's commit: ${(performance.now() - t0).toFixed(1)} ms (one row, whatever the subscribers)`);

  t0 = performance.now();
  const fanned = await stores.alerts.fanOut(Date.now(), 20);
  console.log(`  fan-out: ${fanned.deliveries.toLocaleString("en")} deliveries queued in ${(performance.now() - t0).toFixed(0)} ms (one INSERT … SELECT)`);

  const started = performance.now();
  worker.start();
  const [lat, tk] = await Promise.all([intakeRun(), ticks()]);
  report("during delivery", lat, tk);
  await worker.drain();
  const total = performance.now() - started;
  await worker.stop();
  const counts = await stores.alerts.countDeliveries();
  console.log(`  delivery: ${delivered.toLocaleString("en")} signed webhooks in ${(total / 1000).toFixed(1)} s (${Math.round(delivered / (total / 1000)).toLocaleString("en")}/s, first after ${(firstAt - started).toFixed(0)} ms); queue now ${JSON.stringify(counts)}`);
  report("after          ", await intakeRun(), await ticks());

  await queue.drain();
  receiver.stop();
  await stores.close();
  fs.rmSync(dir, { recursive: true, force: true });
  if (counts.delivered !== SUBSCRIBERS) process.exitCode = 1;
}

void main();
