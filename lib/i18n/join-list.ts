import type { Locale } from "./config";

const formats = new Map<Locale, Intl.ListFormat>();

/** "A, B and C" / "A、B和C": a list in running text (English in the site's style, without the serial comma; others by Intl). */
export function joinList(locale: Locale, items: string[]): string {
  if (locale === "en") return items.length <= 2 ? items.join(" and ") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
  let f = formats.get(locale);
  if (!f) {
    f = new Intl.ListFormat(locale, { style: "long", type: "conjunction" });
    formats.set(locale, f);
  }
  return f.format(items);
}

/** "A, B, C" / "A、B、C": a plain enumeration (no "and"), as in a list of shares. */
export function joinPlain(locale: Locale, items: string[]): string {
  return items.join(locale === "zh-CN" ? "、" : ", ");
}

/** Sentences as running text: a space between them in English, none in Chinese (its full stop carries the gap). */
export function joinSentences(locale: Locale, sentences: string[]): string {
  return sentences.join(locale === "zh-CN" ? "" : " ");
}
