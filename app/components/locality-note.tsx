import type { PublicLocality } from "@/lib/correlation/public-types";

/** Where an outage's extra reports came from: a warning when they point to one country, a plain line otherwise (sentence already in the page's language). */
export function LocalityNote({ locality }: { locality: PublicLocality }) {
  if (!locality.sentence) return null;
  return (
    <p className={locality.verdict === "local" ? "notice warn" : "small muted"} data-testid="locality" data-verdict={locality.verdict}>
      {locality.sentence}
    </p>
  );
}
