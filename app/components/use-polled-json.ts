"use client";

import { useCallback, useEffect, useRef, useState } from "react";

/** Past the server's read-cache minimum age (lib/cache/read-cache.ts READ_CACHE_MIN_MS, 1 s). */
const AFTER_REPORT_RETRY_MS = 1_500;

/**
 * Keeps `initial` fresh by polling a cacheable JSON URL with If-None-Match (a 304 costs the server almost
 * nothing), immediately on `refreshEvent`, and when the tab becomes visible again. `onFresh` hears of every
 * answer that confirms the data is current (200 or 304).
 */
export function usePolledJson<T>(url: string, initial: T, intervalMs: number, refreshEvent?: string, onFresh?: () => void): T {
  const [data, setData] = useState(initial);
  const etag = useRef<string | null>(null);
  const firstUrl = useRef(url);

  const refresh = useCallback(async () => {
    try {
      const res = await fetch(url, { cache: "no-store", headers: etag.current ? { "If-None-Match": etag.current } : {} });
      if (res.status === 200) {
        etag.current = res.headers.get("etag");
        setData((await res.json()) as T);
      }
      if (res.status === 200 || res.status === 304) onFresh?.();
    } catch {
      // Offline or server restarting: keep showing the last data and try again next interval.
    }
  }, [url, onFresh]);

  useEffect(() => {
    // A new URL (e.g. another range) must not wait a whole interval for its first data.
    if (url !== firstUrl.current) void refresh();
    const timer = setInterval(refresh, intervalMs);
    const onVisible = () => document.visibilityState === "visible" && void refresh();
    document.addEventListener("visibilitychange", onVisible);
    // After the reader's own report: now, and once more when the server's read cache (at most a second old
    // after a change) has surely caught up.
    const followUps: ReturnType<typeof setTimeout>[] = [];
    const onEvent = () => {
      void refresh();
      followUps.push(setTimeout(refresh, AFTER_REPORT_RETRY_MS));
    };
    if (refreshEvent) window.addEventListener(refreshEvent, onEvent);
    return () => {
      clearInterval(timer);
      followUps.forEach(clearTimeout);
      document.removeEventListener("visibilitychange", onVisible);
      if (refreshEvent) window.removeEventListener(refreshEvent, onEvent);
    };
  }, [url, refresh, intervalMs, refreshEvent]);

  return data;
}
