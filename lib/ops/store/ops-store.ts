/** Facts about the database itself: is it answering, when the last tick ran, small key/value markers. */
export interface OpsStore {
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  readMeta(key: string): Promise<string | null>;
  writeMeta(key: string, value: string): Promise<void>;
}
