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

/** Starts every job (once right away, then on its interval) and returns a function that stops them all. */
export function startScheduler(jobs: Job[], clock: () => number = Date.now): () => void {
  const timers = new Set<NodeJS.Timeout>();
  let stopped = false;
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
    if (job.alignMs === undefined) {
      timers.add(setInterval(tick, job.everyMs));
      continue;
    }
    // Each wait is computed afresh from the clock, so timer drift never accumulates.
    const scheduleNext = () => {
      if (stopped) return;
      const now = clock();
      const next = Math.floor((now - job.alignMs!) / job.everyMs) * job.everyMs + job.everyMs + job.alignMs!;
      const timer = setTimeout(() => {
        timers.delete(timer);
        void tick().finally(scheduleNext);
      }, Math.max(0, next - now));
      timers.add(timer);
    };
    scheduleNext();
  }
  return () => {
    stopped = true;
    for (const t of timers) clearTimeout(t);
    timers.clear();
  };
}
