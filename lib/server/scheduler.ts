/** A named job the server runs on a fixed interval; failures are logged and the job keeps its schedule. */
export interface Job {
  name: string;
  everyMs: number;
  run: (now: number) => void | Promise<void>;
}

export interface Scheduler {
  /** Runs a job now, out of turn (unless it is running already). */
  runNow: (name: string) => Promise<void>;
  /** Stops every timer and resolves once no job is running. */
  stop: () => Promise<void>;
}

/** Starts every job (once right away, then on its interval). */
export function startScheduler(jobs: Job[], clock: () => number = Date.now): Scheduler {
  const timers: NodeJS.Timeout[] = [];
  const runners = new Map<string, () => Promise<void>>();
  const running = new Set<Promise<void>>();
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
    runners.set(job.name, tick);
    void tick();
    timers.push(setInterval(tick, job.everyMs));
  }
  return {
    runNow: (name) => runners.get(name)?.() ?? Promise.resolve(),
    stop: async () => {
      timers.forEach(clearInterval);
      await Promise.all([...running]);
    },
  };
}
