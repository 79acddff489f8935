"use client";

import { useSyncExternalStore } from "react";
import { useTimeZone } from "next-intl";
import { pickReaderZone } from "@/lib/i18n/format-time";

const never = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The time zone to show times in: the reader's own, as their browser says. The server cannot know it, so the
 * server's HTML and the hydrating render use the locale's default (UTC for English, China Standard Time for
 * Chinese), and React re-renders with the browser's zone right after: no hydration mismatch, and a browser that
 * names no zone keeps the default.
 */
export function useReaderZone(): string {
  const fallback = useTimeZone() ?? "UTC";
  return useSyncExternalStore(never, () => pickReaderZone(browserZone(), fallback), () => fallback);
}
