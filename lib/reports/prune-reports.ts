import { lt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { reports } from "@/db/schema";
import { toReportId } from "./report-store";

/** Deletes raw reports past retention (an id range: ids are time-ordered); the rollups keep the counts. */
export function pruneReports({ db, now, retentionMs }: { db: Db; now: number; retentionMs: number }): number {
  return db.delete(reports).where(lt(reports.id, toReportId(now - retentionMs))).run().changes;
}
