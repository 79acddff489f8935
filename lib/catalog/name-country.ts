const regionNames = new Intl.DisplayNames(["en"], { type: "region" });

/** A country code's English name; "Unknown" for reports whose country could not be told. */
export function nameCountry(code: string): string {
  if (!code) return "Unknown";
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}
