/** The embedded database file when neither DATABASE_PATH nor DATABASE_URL says otherwise (the one place it is written). */
export const DEFAULT_DATABASE_PATH = "./data/downwire.db";

/** Which database a process uses: the embedded SQLite file (default) or a PostgreSQL server shared by several nodes. */
export type DatabaseTarget =
  | { kind: "sqlite"; path: string; synchronous: "NORMAL" | "FULL" }
  | { kind: "postgresql"; url: string; poolMax: number };
