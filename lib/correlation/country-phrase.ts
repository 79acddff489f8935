import type { Locale } from "@/lib/i18n/config";

// Country names that read with "the" in an English sentence ("reports from the United Kingdom").
const WITH_THE = new Set(["US", "GB", "NL", "PH", "AE", "BS", "GM", "DO", "CF", "MH", "SB", "SC", "MV", "KM", "KY", "FO", "FK", "VG", "VI", "TC", "CK", "VA"]);

/** "the United Kingdom", "Germany": a country's name as it sits inside a sentence (Chinese needs no article). */
export function phraseCountry(c: { code: string; name: string }, locale: Locale = "en"): string {
  return locale === "en" && WITH_THE.has(c.code) ? `the ${c.name}` : c.name;
}
