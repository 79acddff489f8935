import crypto from "node:crypto";
import os from "node:os";
import { performance } from "node:perf_hooks";
import type { LeaseFence } from "@/db/sql-client";
import type { LeaseStore } from "./store/lease-store";

/** A name for this process among the nodes sharing a database (lease holder, logs). */
export function makeNodeId(): string {
  return `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString("hex")}`;
}

/**
 * This node's claim to lead one job across nodes. It tries to take or renew the lease every third of its lifetime;
 * while the last success is younger than the lifetime, it leads, and its writes commit under the lease's fence. A
 * leader that dies stops renewing, and another node takes over once the lease has expired: within its lifetime
 * plus a third.
 */
export class Leadership {
  private fence: LeaseFence | null = null;
  private validUntil = 0;
  private timer: NodeJS.Timeout | null = null;
  private trying: Promise<void> | null = null;
  private warned = false;

  constructor(
    private readonly leases: LeaseStore,
    readonly name: string,
    readonly holder: string,
    readonly ttlMs: number,
    /** Told when this node starts or stops leading (a new epoch counts as both). */
    private readonly onChange: (leading: boolean) => void = () => {},
  ) {}

  /** The fence to write under, or null when this node does not lead now. */
  current(): LeaseFence | null {
    if (this.fence && performance.now() >= this.validUntil) this.drop();
    return this.fence;
  }

  isLeader(): boolean {
    return this.current() !== null;
  }

  start(): Promise<void> {
    this.timer ??= setInterval(() => void this.tryLead(), Math.max(100, Math.floor(this.ttlMs / 3)));
    this.timer.unref();
    return this.tryLead();
  }

  /** One attempt to take or renew the lease. */
  tryLead(): Promise<void> {
    this.trying ??= this.attempt().finally(() => (this.trying = null));
    return this.trying;
  }

  private async attempt(): Promise<void> {
    const started = performance.now();
    try {
      const fence = await this.leases.acquire(this.name, this.holder, this.ttlMs);
      this.warned = false;
      if (!fence) return this.drop();
      const previous = this.current();
      if (previous && previous.epoch !== fence.epoch) this.drop();
      // Valid from when we asked, not when the answer came: the database's expiry is at least this late.
      this.validUntil = started + this.ttlMs;
      if (!this.fence) {
        this.fence = fence;
        this.onChange(true);
      }
    } catch (error) {
      // Database unreachable: keep leading until the lease would have expired anyway, then step down.
      if (!this.warned) console.error(`[leader] cannot reach the database to renew "${this.name}":`, error instanceof Error ? error.message : error);
      this.warned = true;
      this.current();
    }
  }

  /** A fenced write found another node leading: step down now. */
  lost(): void {
    this.drop();
  }

  private drop(): void {
    if (!this.fence) return;
    this.fence = null;
    this.validUntil = 0;
    this.onChange(false);
  }

  /** Stops trying; a leader gives the lease up so another node takes over at once. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.trying;
    const held = this.fence;
    this.fence = null;
    if (held) await this.leases.release(this.name, this.holder).catch(() => {});
  }
}
