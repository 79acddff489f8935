import { LeaseLostError, type LeaseFence } from "@/db/sql-client";
import { bumpReadGeneration } from "@/lib/cache/read-cache";
import type { CatalogStore } from "@/lib/catalog/store/catalog-store";
import { correlateIncidents } from "@/lib/correlation/run-correlation";
import type { CorrelationStore } from "@/lib/correlation/store/correlation-store";
import { flushDetection, loadDetectionRuntime, runDetectionTick, type DetectionRuntime } from "@/lib/detection/run-tick";
import type { DetectionStore } from "@/lib/detection/store/detection-store";
import { writeTickTime } from "@/lib/ops/read-health";
import type { OpsStore } from "@/lib/ops/store/ops-store";
import type { ReportStore } from "@/lib/reports/store/report-store";

export interface LeaderTickDeps {
  catalog: CatalogStore;
  reports: ReportStore;
  detection: DetectionStore;
  correlation: CorrelationStore;
  ops: OpsStore;
}

/** The name of the lease whose holder runs detection and correlation. */
export const DETECTION_LEASE = "detection";

/**
 * What the leading node runs every tick: detection over every service, then correlation of the incidents it opened,
 * each committed under the lease's fence. The detector states live in memory only while this node leads; a node
 * that (re)gains the lead loads them from the database first, where the previous leader saved them.
 */
export function createLeaderTick(deps: LeaderTickDeps) {
  let runtime: DetectionRuntime | null = null;
  return {
    async run(now: number, fence: LeaseFence): Promise<void> {
      runtime ??= await loadDetectionRuntime(deps.detection);
      try {
        await runDetectionTick({ ...deps, now, runtime, fence });
      } catch (error) {
        // The states in memory ran ahead of what was stored: start over from the database next time.
        runtime = null;
        throw error;
      }
      // Right after detection, while its incidents are fresh: group outages that happen together and name their likely cause.
      await correlateIncidents({ ...deps, now, fence });
      await writeTickTime(deps.ops, now);
      bumpReadGeneration();
    },
    /** This node stopped leading: forget the states, the next leader has them from the database. */
    forget(): void {
      runtime = null;
    },
    /** Saves every state now (stepping down or shutting down); a no-op when not leading. */
    async flush(now: number, fence: LeaseFence | null): Promise<void> {
      if (!runtime || !fence) return;
      try {
        await flushDetection({ detection: deps.detection, runtime, now, fence });
      } catch (error) {
        if (!(error instanceof LeaseLostError)) throw error;
      }
    },
  };
}

export type LeaderTick = ReturnType<typeof createLeaderTick>;
