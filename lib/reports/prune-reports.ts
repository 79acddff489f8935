import { lt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { reports } from "@/db/schema";

/** Deletes raw reports past retention; the rollups keep the counts for charts and detection. */
export function pruneReports({ db, now, retentionMs }: { db: Db; now: number; retentionMs: number }): number {
  return db.delete(reports).where(lt(reports.createdAt, now - retentionMs)).run().changes;
}
