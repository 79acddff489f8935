/** A named job the server runs on a fixed interval; failures are logged and the job keeps its schedule. */
export interface Job {
  name: string;
  everyMs: number;
  run: (now: number) => void | Promise<void>;
}

/** Starts every job (once right away, then on its interval) and returns a function that stops them all. */
export function startScheduler(jobs: Job[], clock: () => number = Date.now): () => void {
  const timers: NodeJS.Timeout[] = [];
  for (const job of jobs) {
    let running = false;
    const tick = async () => {
      if (running) return; // a slow run must not pile up behind itself
      running = true;
      try {
        await job.run(clock());
      } catch (err) {
        console.error(`[scheduler] ${job.name} failed:`, err instanceof Error ? err.message : err);
      } finally {
        running = false;
      }
    };
    void tick();
    timers.push(setInterval(tick, job.everyMs));
  }
  return () => timers.forEach(clearInterval);
}
