import morphdom from "morphdom";
import { REPORTED_EVENT } from "@/lib/reports/describe-outcome";
import { LIVE_PART_SEPARATOR } from "../live-protocol";

/** Past the server's read-cache minimum age (lib/cache/read-cache.ts READ_CACHE_MIN_MS, 1 s). */
const AFTER_REPORT_RETRY_MS = 1_500;

export interface Live {
  /** Asks for the live parts now (with `extra` query, e.g. a report's outcome) and swaps them in; false if it could not. */
  refresh(extra?: Record<string, string>): Promise<boolean>;
}

type WithTemporal = typeof globalThis & { Temporal?: { Now: { timeZoneId(): string } } };

/**
 * The reader's zone as the browser names it; none when it names none. Temporal answers in a millisecond where Intl
 * first loads its zone data (~200 ms on a mid-range phone, measured with Chromium's 4x CPU throttle).
 */
function readerZone(): string | undefined {
  try {
    const temporal = (globalThis as WithTemporal).Temporal;
    const zone = temporal ? temporal.Now.timeZoneId() : Intl.DateTimeFormat().resolvedOptions().timeZone;
    return zone && zone !== "Etc/Unknown" ? zone : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the page was drawn in the reader's zone, told by offsets alone (now and a week ago, across a DST change). */
const drawnHere = (offsets: string | undefined) => offsets === [Date.now(), Date.now() - 7 * 86_400_000].map((t) => new Date(t).getTimezoneOffset()).join(",");

/** Lets the browser paint and answer input between two pieces of work. */
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Work between two yields, in milliseconds of this machine's time. Small: Lighthouse scores a phone by multiplying
 * what it saw by four, and a task past 50 ms (12 here) blocks input.
 */
const SLICE_MS = 8;
/** An element with fewer descendants than this is morphed in one go. */
const CHUNK_ELEMENTS = 40;

let sliceEnd = 0;
async function pause(): Promise<void> {
  if (performance.now() < sliceEnd) return;
  await yieldToBrowser();
  sliceEnd = performance.now() + SLICE_MS;
}

const morphOptions = {
  childrenOnly: true,
  // `open` is the reader's, not the server's.
  onBeforeElUpdated: (from: HTMLElement, to: HTMLElement) => {
    if (from instanceof HTMLDetailsElement) to.toggleAttribute("open", from.open);
    return true;
  },
};

/** `from`'s attributes made `to`'s, but a details element's `open`, which is the reader's. */
function syncAttributes(from: Element, to: Element): void {
  for (const { name, value } of Array.from(to.attributes)) if (from.getAttribute(name) !== value) from.setAttribute(name, value);
  for (const { name } of Array.from(from.attributes)) if (!to.hasAttribute(name) && !(name === "open" && from instanceof HTMLDetailsElement)) from.removeAttribute(name);
}

/**
 * Makes `from`'s children `to`'s, morphed (morphdom) rather than replaced: a new zone or count changes some text,
 * and the browser redoes only that, not the ~600 elements of a chart and its table. A big subtree of the same shape
 * is walked child by child, yielding every SLICE_MS, so no single task holds the page for long; it stops when a
 * newer answer has come (`current`).
 */
async function morphChildren(from: Element, to: Element, current: () => boolean): Promise<void> {
  const a = from.childNodes;
  const b = to.childNodes;
  const sameShape = a.length === b.length && Array.from(a).every((n, i) => n.nodeName === b[i].nodeName);
  if (!sameShape || to.getElementsByTagName("*").length < CHUNK_ELEMENTS) return void morphdom(from, to, morphOptions);
  for (let i = 0; i < a.length; i++) {
    const [x, y] = [a[i], b[i]];
    if (x instanceof Element && y instanceof Element) {
      await pause();
      // A newer answer arrived meanwhile: it is being brought in, this one stops.
      if (!current()) return;
      syncAttributes(x, y);
      await morphChildren(x, y, current);
    } else if (x.nodeValue !== y.nodeValue) x.nodeValue = y.nodeValue;
  }
}

/**
 * Brings each part of the answer into the element with its id: parsed one part per task, then morphed in slices, so
 * a phone stays responsive while a whole page's worth of parts (a new zone, a new range) is redrawn. An open table
 * stays open, a focused link focused.
 */
async function swapIn(html: string, current: () => boolean): Promise<void> {
  for (const markup of html.split(LIVE_PART_SEPARATOR)) {
    await yieldToBrowser();
    sliceEnd = performance.now() + SLICE_MS;
    const template = document.createElement("template");
    template.innerHTML = markup;
    const part = template.content.firstElementChild;
    const target = part?.id ? document.getElementById(part.id) : null;
    // A slower, older answer must not undo a newer one; a report's outcome is never stale.
    if (!part || !target || (!current() && part.id !== "report-message")) continue;
    await morphChildren(target, part, part.id === "report-message" ? () => true : current);
  }
}

/**
 * Keeps the service page's live parts (verdict, counts, chart, map, past outages, wider picture) current: every
 * `data-poll-ms` while the tab is shown, when it is shown again, after a report, and at once if the reader's zone is
 * not the one the page was drawn in (known from offsets; a zone with the same offsets but another name gets its own
 * label at the first poll). The range links switch the chart in place (and in the address, so a reload or a
 * shared link keeps it).
 */
export function startLive(root: HTMLElement): Live {
  let zone: string | undefined | null = null;
  const zoneNow = () => (zone === null ? (zone = readerZone()) : zone);
  let range = root.dataset.range ?? "24h";
  let asked = 0;
  // The last plain poll's answer: the server says 304 while the parts are unchanged (most polls, on a quiet service).
  let seen: { url: string; etag: string } | null = null;

  async function refresh(extra: Record<string, string> = {}): Promise<boolean> {
    const mine = ++asked;
    const url = new URL(root.dataset.src ?? location.pathname, location.href);
    url.searchParams.set("part", "live");
    url.searchParams.set("range", range);
    const tz = zoneNow();
    if (tz) url.searchParams.set("tz", tz);
    for (const [k, v] of Object.entries(extra)) url.searchParams.set(k, v);
    const key = url.toString();
    const plain = Object.keys(extra).length === 0;
    try {
      const res = await fetch(key, { cache: "no-store", headers: plain && seen?.url === key ? { "If-None-Match": seen.etag } : {} });
      if (res.status === 304) return true;
      if (res.status !== 200) return false;
      const etag = res.headers.get("etag");
      if (plain && etag) seen = { url: key, etag };
      await swapIn(await res.text(), () => mine === asked);
      if (tz) root.dataset.zone = tz;
      return true;
    } catch {
      // Offline or the server restarting: keep showing the last parts and try again next time.
      return false;
    }
  }

  root.addEventListener("click", (event) => {
    const link = (event.target as Element).closest?.<HTMLAnchorElement>("a[data-range]");
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    range = link.dataset.range ?? "24h";
    root.dataset.range = range;
    for (const a of root.querySelectorAll<HTMLAnchorElement>("a[data-range]")) {
      if (a.dataset.range === range) a.setAttribute("aria-current", "true");
      else a.removeAttribute("aria-current");
    }
    const address = new URL(location.href);
    address.searchParams.set("range", range);
    history.replaceState(history.state, "", address);
    void refresh().then(() => root.querySelector<HTMLAnchorElement>(`a[data-range="${range}"]`)?.focus());
  });

  if (!drawnHere(root.dataset.offsets) && zoneNow() !== root.dataset.zone) void refresh();
  const every = Number(root.dataset.pollMs);
  if (every > 0) {
    setInterval(() => document.visibilityState !== "hidden" && void refresh(), every);
  }
  document.addEventListener("visibilitychange", () => document.visibilityState === "visible" && void refresh());
  // After a report (this reader's or, in tests, anyone's): now, and once more when the server's read cache (at most
  // a second old after a change) has surely caught up.
  window.addEventListener(REPORTED_EVENT, () => {
    void refresh();
    setTimeout(() => void refresh(), AFTER_REPORT_RETRY_MS);
  });
  return { refresh };
}
