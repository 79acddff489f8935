import { nameCountry } from "@/lib/catalog/name-country";
import { phraseCountry } from "./country-phrase";
import type { PublicLocality } from "./public-types";
import type { Locality } from "./types";

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** An incident's locality as the API shows it, with the finding in a sentence. */
export function toPublicLocality(l: Locality, serviceName: string): PublicLocality {
  const country = l.country ? { code: l.country, name: nameCountry(l.country) } : null;
  let sentence: string | null = null;
  const place = country ? phraseCountry(country) : "";
  if (l.verdict === "local" && country)
    sentence =
      `Likely local (one ISP or region): ${pct(l.share)} of the extra reports came from ${place}, which usually sends ${pct(l.usualShare)} of ${serviceName}'s reports. ` +
      `This looks like a problem in ${place} rather than a worldwide ${serviceName} outage.`;
  else if (l.verdict === "spread")
    sentence =
      `The extra reports came from about where ${serviceName}'s reports usually come from` +
      (country ? ` (most from ${place}: ${pct(l.share)} of the extra, usually ${pct(l.usualShare)} of all).` : ".");
  return { verdict: l.verdict, country, share: l.share, usualShare: l.usualShare, extraReports: Math.round(l.extra), windowMinutes: l.windowMinutes, sentence };
}
