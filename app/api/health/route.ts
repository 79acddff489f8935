import { readEnv } from "@/lib/config/env";
import { readHealth } from "@/lib/ops/read-health";
import { readNodeState } from "@/lib/cluster/node-state";
import { getStores } from "@/lib/stores/get-stores";

export const dynamic = "force-dynamic";

/** For load balancers and uptime checks: 200 when the database answers and detection is current, else 503. */
export async function GET() {
  const node = readNodeState();
  const store = node?.store ?? (readEnv().DATABASE_URL ? "postgresql" : "sqlite");
  const leader = node?.leadership.isLeader() ?? false;
  const health = await getStores().then(
    (stores) => readHealth({ ops: stores.ops, store, leader, now: Date.now(), tickMs: readEnv().DETECTION_TICK_SECONDS * 1000 }),
    () => ({ status: "degraded" as const, database: "unreachable" as const, store, leader, lastTickAt: null, lastTickAgeSeconds: null }),
  );
  return Response.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
