import geoip from "geoip-country";

/**
 * Headers in which a CDN states the visitor's country, read in this order and only when TRUST_PROXY is above 0:
 * the CDN in front sets them from the connection it received, replacing whatever a client sent. "XX" (unknown)
 * and "T1" (Tor) are skipped. A reporter may name a country in the report anyway, so a forged header behind a
 * proxy that passes it through changes only what a reporter could have chosen; it never changes who is counted.
 */
export const CDN_COUNTRY_HEADERS = ["cf-ipcountry", "x-vercel-ip-country", "cloudfront-viewer-country", "x-country-code"] as const;

/** Offline country lookup (the package ships its data); null for private, loopback and unknown addresses. */
export function lookupCountry(ip: string): string | null {
  const hit = geoip.lookup(ip);
  return hit?.country && /^[A-Z]{2}$/.test(hit.country) ? hit.country : null;
}

/** The country of a request: a CDN header first when the proxy in front is trusted, then the offline database. */
export function resolveCountry(input: { ip: string; headers: Record<string, string | string[] | undefined>; trustCdnHeaders: boolean }): string | null {
  if (input.trustCdnHeaders) {
    for (const name of CDN_COUNTRY_HEADERS) {
      const value = input.headers[name];
      const code = (Array.isArray(value) ? value[0] : value)?.trim().toUpperCase();
      if (code && /^[A-Z]{2}$/.test(code) && code !== "XX" && code !== "T1") return code;
    }
  }
  return lookupCountry(input.ip);
}
