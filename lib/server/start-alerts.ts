import { HISTORY_KEEP_MS, PENDING_TTL_MS } from "@/lib/alerts/config";
import { DeliveryWorker } from "@/lib/alerts/delivery-worker";
import { createMailer } from "@/lib/alerts/mailer";
import type { VapidKeys } from "@/lib/alerts/push-request";
import { readVapidKeys } from "@/lib/alerts/vapid-keys";
import { readCatalog } from "@/lib/catalog/read-catalog";
import type { Env } from "@/lib/config/env";
import type { Stores } from "@/lib/stores/stores";

/** The alerts side of a node: its delivery worker (every node runs one), its mailer, and the hourly prune. */
export function startAlerts({ stores, env, nodeId }: { stores: Stores; env: Env; nodeId: string }) {
  const origin = env.PUBLIC_URL ? new URL(env.PUBLIC_URL).origin : `http://localhost:${env.PORT}`;
  const from = env.ALERTS_MAIL_FROM || `Downwire alerts <alerts@${new URL(origin).hostname}>`;
  const mailer = env.SMTP_URL ? createMailer(env.SMTP_URL, from) : null;
  let vapid: Promise<VapidKeys> | null = null;
  const worker = new DeliveryWorker({
    alerts: stores.alerts,
    node: nodeId,
    // SQLite: one connection shared with intake, so one worker call at a time; PostgreSQL: a few of the pool's connections.
    dbSlots: stores.kind === "sqlite" ? 1 : 4,
    context: async () => ({
      catalog: await readCatalog(stores.catalog),
      serviceIdsOf: (id) => stores.alerts.readSubscriptionServiceIds(id),
      vapid: () => (vapid ??= readVapidKeys({ alerts: stores.alerts, env, origin, now: Date.now() }).catch((e) => ((vapid = null), Promise.reject(e)))),
      mailer,
      allowPrivate: env.ALERTS_ALLOW_PRIVATE,
    }),
  });
  return {
    worker,
    emailEnabled: mailer !== null,
    prune: (now: number) => stores.alerts.prune(now - PENDING_TTL_MS, now - HISTORY_KEEP_MS),
    async stop() {
      await worker.stop();
      mailer?.close();
    },
  };
}
