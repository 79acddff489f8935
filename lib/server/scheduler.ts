/** A named job the server runs on a fixed interval; failures are logged and the job keeps its schedule. */
export interface Job {
  name: string;
  everyMs: number;
  /**
   * Run at wall-clock multiples of everyMs plus this offset, rather than every everyMs from start-up: the detection
   * tick runs just after each minute closes, so a surge is judged within seconds of its minute, not up to a minute later.
   */
  alignMs?: number;
  run: (now: number) => void | Promise<void>;
}

export interface Scheduler {
  /**
   * Runs a job now, out of turn (joining the run in progress, if any). An aligned job asked in the offset just after
   * a boundary (the minute just closed may still be committing) runs at the offset's end instead.
   */
  runNow: (name: string) => Promise<void>;
  /** Stops every timer and resolves once no job is running. */
  stop: () => Promise<void>;
}

/** Starts every job (once right away, then on its interval, or at its aligned times). */
export function startScheduler(jobs: Job[], clock: () => number = Date.now): Scheduler {
  const timers = new Set<NodeJS.Timeout>();
  const runners = new Map<string, () => Promise<void>>();
  const running = new Set<Promise<void>>();
  /** Callers of runNow waiting for an aligned job's offset; stop() lets them go. */
  const waiting = new Set<() => void>();
  let stopped = false;
  const after = (ms: number, then: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      then();
    }, Math.max(0, ms));
    timers.add(timer);
  };
  for (const job of jobs) {
    let current: Promise<void> | null = null;
    const tick = () => {
      // A slow run must not pile up behind itself.
      current ??= (async () => {
        try {
          await job.run(clock());
        } catch (err) {
          console.error(`[scheduler] ${job.name} failed:`, err instanceof Error ? err.message : err);
        }
      })().finally(() => {
        running.delete(current!);
        current = null;
      });
      running.add(current);
      return current;
    };
    if (job.alignMs === undefined) {
      runners.set(job.name, tick);
      void tick();
      timers.add(setInterval(tick, job.everyMs));
      continue;
    }
    const offset = ((job.alignMs % job.everyMs) + job.everyMs) % job.everyMs;
    /** Resolves when the aligned run now waiting on its timer has finished (null while a run is in progress). */
    let nextAligned: Promise<void> | null = null;
    // Each wait is computed afresh from the clock, so timer drift never accumulates.
    const scheduleNext = () => {
      if (stopped) return;
      const now = clock();
      const next = Math.floor((now - offset) / job.everyMs) * job.everyMs + job.everyMs + offset;
      let done!: () => void;
      nextAligned = new Promise<void>((resolve) => (done = resolve));
      waiting.add(done);
      after(next - now, () => {
        nextAligned = null;
        void tick().finally(() => {
          waiting.delete(done);
          done();
          scheduleNext();
        });
      });
    };
    const runSoon = (): Promise<void> => {
      const wait = offset - (((clock() % job.everyMs) + job.everyMs) % job.everyMs);
      if (wait <= 0) return tick();
      // Asked just after a boundary: the aligned run due at the offset's end is this run.
      if (nextAligned) return nextAligned;
      return new Promise<void>((resolve) => {
        waiting.add(resolve);
        after(wait, () => {
          waiting.delete(resolve);
          void tick().then(resolve);
        });
      });
    };
    runners.set(job.name, runSoon);
    scheduleNext();
    void runSoon();
  }
  return {
    runNow: (name) => (stopped ? Promise.resolve() : (runners.get(name)?.() ?? Promise.resolve())),
    stop: async () => {
      stopped = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
      for (const release of waiting) release();
      waiting.clear();
      await Promise.all([...running]);
    },
  };
}
