import geoip from "geoip-country";

/** CDN headers that carry the visitor's country, read only when TRUST_PROXY is on. */
const COUNTRY_HEADERS = ["cf-ipcountry", "x-vercel-ip-country", "cloudfront-viewer-country", "x-country-code"] as const;

/** Offline country lookup (the package ships its data); null for private, loopback and unknown addresses. */
export function lookupCountry(ip: string): string | null {
  const hit = geoip.lookup(ip);
  return hit?.country && /^[A-Z]{2}$/.test(hit.country) ? hit.country : null;
}

/** The country of a request: a trusted CDN header first, then the offline database. */
export function resolveCountry(input: {
  ip: string;
  headers: Record<string, string | string[] | undefined>;
  trustProxy: boolean;
}): string | null {
  if (input.trustProxy) {
    for (const name of COUNTRY_HEADERS) {
      const value = input.headers[name];
      const code = (Array.isArray(value) ? value[0] : value)?.trim().toUpperCase();
      if (code && /^[A-Z]{2}$/.test(code) && code !== "XX" && code !== "T1") return code;
    }
  }
  return lookupCountry(input.ip);
}
