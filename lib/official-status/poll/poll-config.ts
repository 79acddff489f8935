/** The poller's limits. Each is documented in README "Official status"; only the interval is an env var. */
export interface PollConfig {
  /** OFFICIAL_STATUS_POLL_SECONDS: how often each source is asked (when it is healthy). */
  intervalMs: number;
  /** Whole request, redirects included. */
  timeoutMs: number;
  /** Bytes on the wire. */
  maxBytes: number;
  /** Bytes after gunzip/inflate/brotli: Google's incidents.json is ~1.3 MB as JSON, a tenth of that compressed. */
  maxDecodedBytes: number;
  maxRedirects: number;
  /** The longest wait after repeated failures. */
  maxBackoffMs: number;
  /** OFFICIAL_STATUS_ALLOW_PRIVATE: tests only, lets sources live on loopback and private addresses. */
  allowPrivate: boolean;
  /** Sources polled at once (a slow vendor must not hold the others up). */
  concurrency: number;
}

export const DEFAULT_POLL: Omit<PollConfig, "intervalMs" | "allowPrivate"> = {
  timeoutMs: 5_000,
  maxBytes: 1024 * 1024,
  maxDecodedBytes: 8 * 1024 * 1024,
  maxRedirects: 3,
  maxBackoffMs: 60 * 60_000,
  concurrency: 4,
};

/** The poller's limits from the environment (OFFICIAL_STATUS_POLL_SECONDS, OFFICIAL_STATUS_ALLOW_PRIVATE). */
export function readPollConfig(env: { OFFICIAL_STATUS_POLL_SECONDS: number; OFFICIAL_STATUS_ALLOW_PRIVATE: boolean }): PollConfig {
  return { ...DEFAULT_POLL, intervalMs: env.OFFICIAL_STATUS_POLL_SECONDS * 1000, allowPrivate: env.OFFICIAL_STATUS_ALLOW_PRIVATE };
}

export const USER_AGENT = "Downwire/0.1 (official status poller; https://github.com/downwire)";
