/**
 * The store as the delivery worker uses it: at most `slots` of its calls at a time, and each waiting call let in on a
 * later turn of the event loop (setImmediate), never straight from the previous one's promise. Otherwise a fan-out
 * to thousands queues dozens of transactions that run back to back as microtasks, and intake (whose batch waits for
 * the connection) and timers wait behind all of them.
 */
export function gateStore<T extends object>(store: T, slots: number): T {
  let busy = 0;
  const waiting: (() => void)[] = [];
  const enter = (): Promise<void> | void => {
    if (busy < slots && waiting.length === 0) {
      busy++;
      return;
    }
    return new Promise<void>((resolve) => waiting.push(resolve));
  };
  const leave = () => {
    const next = waiting.shift();
    if (!next) return void busy--;
    // The slot passes to the next caller on a later turn, so I/O and timers get in between.
    setImmediate(next);
  };
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== "function") return value;
      return async (...args: unknown[]) => {
        await enter();
        try {
          return await (value as (...a: unknown[]) => unknown).apply(target, args);
        } finally {
          leave();
        }
      };
    },
  });
}
