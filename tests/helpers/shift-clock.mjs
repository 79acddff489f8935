// Preloaded into a test server (`node --import`) to inject its clock: Date reads real time shifted by
// DOWNWIRE_TEST_CLOCK_OFFSET_MS, so a test can start the real server at a chosen instant (timers are untouched).
const offset = Number(process.env.DOWNWIRE_TEST_CLOCK_OFFSET_MS ?? 0);
if (offset) {
  const RealDate = Date;
  const now = () => RealDate.now() + offset;
  globalThis.Date = new Proxy(RealDate, {
    construct: (target, args, newTarget) => Reflect.construct(target, args.length ? args : [now()], newTarget),
    apply: () => new RealDate(now()).toString(),
    get: (target, prop, receiver) => (prop === "now" ? now : Reflect.get(target, prop, receiver)),
  });
}
