/** Codes Intl knows that are not current countries: groupings, reserved and withdrawn codes. */
const NOT_COUNTRIES = new Set([
  "AC", "AN", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "ZZ",
  "BU", "CS", "DD", "DY", "FX", "HV", "NH", "NT", "QU", "RH", "SU", "TP", "UK", "VD", "YD", "YU", "ZR",
]);

export interface Country {
  code: string;
  name: string;
}

let cached: Country[] | undefined;

/** Every ISO 3166-1 alpha-2 country with its English name, sorted by name; built from Intl, no data file. */
export function listCountries(): Country[] {
  if (cached) return cached;
  const names = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
  const out: Country[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = names.of(code);
      if (name && !NOT_COUNTRIES.has(code)) out.push({ code, name });
    }
  }
  cached = out.sort((x, y) => x.name.localeCompare(y.name));
  return cached;
}
