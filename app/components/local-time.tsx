"use client";

import { useLocale } from "next-intl";
import { formatClock, formatDateTime, formatSince } from "@/lib/i18n/format-time";
import { useReaderZone } from "./use-reader-zone";

/**
 * A time in the reader's language and time zone, with UTC on hover and the exact instant in `datetime` for
 * machines. `since`: the clock time alone when it is on the same day as `now` (pass the server's `now`, so server
 * and browser agree on the day).
 */
export function LocalTime({ iso, style = "datetime", now, testId }: { iso: string; style?: "datetime" | "clock" | "since"; now?: number; testId?: string }) {
  const locale = useLocale();
  const zone = useReaderZone();
  const text = style === "clock" ? formatClock(locale, iso, zone) : style === "since" ? formatSince(locale, iso, zone, now) : formatDateTime(locale, iso, zone);
  return (
    <time dateTime={iso} title={formatDateTime(locale, iso, "UTC")} data-testid={testId}>
      {text}
    </time>
  );
}
