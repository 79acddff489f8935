import type { Locale } from "./config";

const formats = new Map<string, Intl.NumberFormat>();

/** 1234 -> "1,234" in the reader's locale; rounds to whole numbers unless told otherwise. */
export function formatNumber(locale: Locale, n: number, maximumFractionDigits = 0): string {
  const key = `${locale}|${maximumFractionDigits}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits });
    formats.set(key, f);
  }
  return f.format(n);
}
