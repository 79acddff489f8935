import { pinyin } from "pinyin-pro";

/* The forms search compares names in; read-catalog also resolves a service by its name's pinyin. */

const HAN = /\p{Script=Han}/u;

/** The form names and queries are compared in: lowercase, no marks, no tone digits, no spaces or punctuation. */
export function normalizeSearch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/([a-zü])[1-5]/g, "$1")
    .replace(/[\s\-_.'’·•]+/g, "");
}

/** Pinyin of the Han characters in a name, toneless and joined ("微信" -> "weixin", "QQ音乐" -> "qqyinyue"), and its initials. */
export function readPinyin(text: string): { full: string; initials: string } | null {
  if (!HAN.test(text)) return null;
  return {
    full: normalizeSearch(pinyin(text, { toneType: "none", type: "array" }).join("")),
    initials: normalizeSearch(pinyin(text, { pattern: "first", toneType: "none", type: "array" }).join("")),
  };
}
