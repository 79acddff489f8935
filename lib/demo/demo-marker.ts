import type { OpsStore } from "@/lib/ops/store/ops-store";

const DEMO_KEY = "demo_until";

/** The time up to which demo history was simulated, or null when this database holds no demo data. */
export async function readDemoUntil(ops: OpsStore): Promise<number | null> {
  const value = await ops.readMeta(DEMO_KEY);
  return value === null ? null : Number(value);
}

export function writeDemoUntil(ops: OpsStore, until: number): Promise<void> {
  return ops.writeMeta(DEMO_KEY, String(until));
}
