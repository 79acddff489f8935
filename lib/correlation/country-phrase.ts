// Country names that read with "the" in a sentence ("reports from the United Kingdom").
const WITH_THE = new Set(["US", "GB", "NL", "PH", "AE", "BS", "GM", "DO", "CF", "MH", "SB", "SC", "MV", "KM", "KY", "FO", "FK", "VG", "VI", "TC", "CK", "VA"]);

/** "the United Kingdom", "Germany": a country's English name as it sits inside a sentence. */
export function phraseCountry(c: { code: string; name: string }): string {
  return WITH_THE.has(c.code) ? `the ${c.name}` : c.name;
}
