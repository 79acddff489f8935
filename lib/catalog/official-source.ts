import { z } from "zod";

/**
 * The machine-readable status formats Downwire reads (README "Official status" lists each with a sample source).
 * The catalog owns the list because a service names its source here; lib/official-status reads them.
 */
export const OFFICIAL_FORMATS = ["statuspage", "statusio", "slack", "gcp", "instatus", "aws", "rss", "atom"] as const;
export type OfficialFormat = (typeof OFFICIAL_FORMATS)[number];

/** Where a service's vendor publishes its own machine-readable status, and in which format. */
export const OfficialStatusSourceSchema = z.object({
  format: z.enum(OFFICIAL_FORMATS),
  url: z
    .string()
    .trim()
    .max(500)
    .url()
    .refine((u) => /^https?:\/\//i.test(u), "an http(s) address"),
});

export type OfficialStatusSource = z.infer<typeof OfficialStatusSourceSchema>;
