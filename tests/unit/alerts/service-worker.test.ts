import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { describe, expect, it } from "vitest";

/** Runs public/alerts-sw.js against a stand-in of the service worker global, recording what it does. */
function loadWorker(origin: string, windows: { url: string; focused: boolean }[] = []) {
  const handlers = new Map<string, (e: unknown) => void>();
  const shown: { title: string; options: { body: string; tag: string; data: { url: string } } }[] = [];
  const opened: string[] = [];
  const self = {
    location: { origin },
    addEventListener: (type: string, fn: (e: unknown) => void) => handlers.set(type, fn),
    skipWaiting: () => undefined,
    registration: { showNotification: async (title: string, options: never) => void shown.push({ title, options }) },
    clients: {
      claim: async () => undefined,
      matchAll: async () => windows.map((w) => ({ url: w.url, focus: async () => void (w.focused = true) })),
      openWindow: async (url: string) => void opened.push(url),
    },
  };
  vm.runInNewContext(fs.readFileSync(path.join(__dirname, "../../../public/alerts-sw.js"), "utf8"), { self, URL, Date, console });
  const dispatch = async (type: string, event: Record<string, unknown>) => {
    let done: Promise<unknown> = Promise.resolve();
    handlers.get(type)!({ ...event, waitUntil: (p: Promise<unknown>) => (done = p) });
    await done;
  };
  return { dispatch, shown, opened };
}

const pushEvent = (data: unknown) => ({ data: { json: () => (typeof data === "string" ? JSON.parse(data) : data), text: () => String(data) } });

describe("alerts service worker", () => {
  it("shows the pushed alert and opens its page on click", async () => {
    const w = loadWorker("https://downwire.example");
    await w.dispatch("push", pushEvent({ title: "Outlook is down", body: "User reports…", url: "https://downwire.example/status/outlook", tag: "service-outlook", timestamp: 5 }));
    expect(w.shown).toHaveLength(1);
    expect(w.shown[0].title).toBe("Outlook is down");
    expect(w.shown[0].options).toMatchObject({ body: "User reports…", tag: "service-outlook", data: { url: "https://downwire.example/status/outlook" } });
    let closed = false;
    await w.dispatch("notificationclick", { notification: { data: w.shown[0].options.data, close: () => (closed = true) } });
    expect(closed).toBe(true);
    expect(w.opened).toEqual(["https://downwire.example/status/outlook"]);
  });

  it("focuses the page when it is already open, and never opens another site", async () => {
    const windows = [{ url: "https://downwire.example/status/outlook", focused: false }];
    const w = loadWorker("https://downwire.example", windows);
    await w.dispatch("notificationclick", { notification: { data: { url: "https://downwire.example/status/outlook" }, close: () => undefined } });
    expect(windows[0].focused).toBe(true);
    expect(w.opened).toEqual([]);
    await w.dispatch("push", pushEvent({ title: "x", body: "y", url: "https://evil.example/phish", tag: "t" }));
    expect(w.shown[0].options.data.url).toBe("https://downwire.example/");
  });

  it("shows a plain notice for a payload it cannot read", async () => {
    const w = loadWorker("https://downwire.example");
    await w.dispatch("push", { data: { json: () => { throw new Error("not json"); }, text: () => "hello" } });
    expect(w.shown[0]).toMatchObject({ title: "Downwire", options: { body: "hello" } });
  });
});
