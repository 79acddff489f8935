/** One bar of a report chart: its bucket and count, with the usual level and noise band once detection has learned. */
export interface SeriesBucketPoint {
  /** Bucket start, ISO 8601 UTC. */
  t: string;
  count: number;
  /** The usual count for this bucket and the band ordinary noise stays inside (absent before detection has learned). */
  expected?: number;
  low?: number;
  high?: number;
}
