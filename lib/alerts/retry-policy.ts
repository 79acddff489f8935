import { RETRY_BASE_MS, RETRY_MAX_DELAY_MS, RETRY_WINDOW_MS } from "./config";

export interface RetryConfig {
  baseMs: number;
  maxDelayMs: number;
  windowMs: number;
}

export const RETRY_CONFIG: RetryConfig = { baseMs: RETRY_BASE_MS, maxDelayMs: RETRY_MAX_DELAY_MS, windowMs: RETRY_WINDOW_MS };

/** How one attempt went, judged from the answer (or its absence). */
export type AttemptOutcome =
  | { kind: "delivered" }
  /** The endpoint says it wants nothing more (410 Gone; a push service's 404/410 for an expired subscription). */
  | { kind: "gone"; reason: string }
  | { kind: "failed"; reason: string; retryAfterMs: number | null };

/**
 * A receiver's HTTP answer as an outcome. Only 2xx counts as delivered; redirects are failures (Standard Webhooks:
 * the URL should be updated instead); a Retry-After (seconds or an HTTP date) is honoured.
 */
export function judgeAnswer({ status, retryAfter, now, push }: { status: number; retryAfter?: string | string[]; now: number; push: boolean }): AttemptOutcome {
  if (status >= 200 && status <= 299) return { kind: "delivered" };
  if (status === 410 || (push && status === 404)) return { kind: "gone", reason: `HTTP ${status}` };
  return { kind: "failed", reason: `HTTP ${status}`, retryAfterMs: parseRetryAfter(Array.isArray(retryAfter) ? retryAfter[0] : retryAfter, now) };
}

export function parseRetryAfter(value: string | undefined, now: number): number | null {
  if (!value) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isFinite(at) ? Math.max(0, at - now) : null;
}

/**
 * When to try a failed delivery again, or null to dead-letter it: exponential backoff (base, 3x base, 9x base, …
 * capped at maxDelayMs) with jitter (each wait drawn from half to all of its step, so endpoints that failed together
 * do not retry together), never sooner than the receiver's Retry-After, and never past `windowMs` after the first
 * attempt. `attempts` counts the attempts made so far, this one included. `random` is in [0, 1).
 */
export function planRetry({ attempts, firstAttemptAt, now, retryAfterMs, random, config = RETRY_CONFIG }: {
  attempts: number;
  firstAttemptAt: number;
  now: number;
  retryAfterMs: number | null;
  random: number;
  config?: RetryConfig;
}): number | null {
  const step = Math.min(config.maxDelayMs, config.baseMs * 3 ** Math.max(0, attempts - 1));
  const jittered = step * (0.5 + 0.5 * random);
  const wait = Math.min(config.maxDelayMs, Math.max(jittered, retryAfterMs ?? 0));
  const next = now + wait;
  return next > firstAttemptAt + config.windowMs ? null : Math.round(next);
}
