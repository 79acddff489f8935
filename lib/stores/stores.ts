import type { AlertStore } from "@/lib/alerts/store/alert-store";
import type { AdminStore } from "@/lib/admin/store/admin-store";
import type { CatalogStore } from "@/lib/catalog/store/catalog-store";
import type { LeaseStore } from "@/lib/cluster/store/lease-store";
import type { CorrelationStore } from "@/lib/correlation/store/correlation-store";
import type { DetectionStore } from "@/lib/detection/store/detection-store";
import type { OfficialStatusStore } from "@/lib/official-status/store/official-status-store";
import type { OpsStore } from "@/lib/ops/store/ops-store";
import type { ReportStore } from "@/lib/reports/store/report-store";

/**
 * Every domain's store on one database. Domain functions take the ones they need by name (`{ catalog, reports }`),
 * so a Stores object can be passed as is (or spread) to any of them.
 */
export interface Stores {
  kind: "sqlite" | "postgresql";
  catalog: CatalogStore;
  reports: ReportStore;
  detection: DetectionStore;
  correlation: CorrelationStore;
  admin: AdminStore;
  ops: OpsStore;
  leases: LeaseStore;
  alerts: AlertStore;
  official: OfficialStatusStore;
  /** Closes the connection(s); SQLite checkpoints its WAL away. */
  close(): Promise<void>;
}
