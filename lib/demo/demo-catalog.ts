import { CATALOG } from "@/lib/catalog/catalog-data";
import type { ServiceSeed } from "@/lib/catalog/types";

/**
 * The demo's catalog: the real one, plus a source for Microsoft 365 so the replay of its 2024 sign-in outage shows
 * a vendor acknowledgement. Microsoft publishes no machine-readable Microsoft 365 status we could verify (its public
 * page is status.cloud.microsoft), so the real catalog names none; the demo never polls, it simulates what the page said.
 */
export const DEMO_CATALOG: readonly ServiceSeed[] = CATALOG.map((s) => (s.slug === "microsoft-365" ? { ...s, officialStatus: { format: "rss", url: "https://status.cloud.microsoft/" } } : s));
