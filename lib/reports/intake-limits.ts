import { BurstLimiter } from "./burst-limiter";
import type { IntakeConfig } from "./config";

/** The in-memory counters intake keeps beside the database (all keyed by salted hashes; they fail open). */
export interface IntakeLimits {
  /** Counted reports per client (address + user agent) across services. */
  client: BurstLimiter;
  /** Counted reports per network (/24 or /48) per service: one host with many addresses cannot fake a crowd. */
  network: BurstLimiter;
}

export function createIntakeLimits(config: IntakeConfig): IntakeLimits {
  return {
    client: new BurstLimiter(config.burstLimit, config.burstWindowMs),
    network: new BurstLimiter(config.networkLimit, config.networkWindowMs),
  };
}
