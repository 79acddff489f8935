/** Up to two letters that stand for a service, e.g. "Microsoft 365" -> "M3", "Outlook" -> "OU". */
export function makeMonogram(name: string): string {
  const words = name.replace(/[^\p{L}\p{N} ]/gu, " ").split(/\s+/).filter(Boolean);
  if (words.length >= 2) return (words[0][0] + words[1][0]).toUpperCase();
  return (words[0] ?? "?").slice(0, 2).toUpperCase();
}

/** A stable hue per slug so each service keeps its colour without fetching a logo. */
export function pickHue(slug: string): number {
  let h = 0;
  for (const ch of slug) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h % 360;
}
