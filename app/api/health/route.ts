import { getDb } from "@/db/client";
import { readEnv } from "@/lib/config/env";
import { readHealth } from "@/lib/ops/read-health";

export const dynamic = "force-dynamic";

/** For load balancers and uptime checks: 200 when the database answers and detection is current, else 503. */
export function GET() {
  const health = readHealth({ db: getDb(), now: Date.now(), tickMs: readEnv().DETECTION_TICK_SECONDS * 1000 });
  return Response.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
