import { z } from "zod";
import { OFFICIAL_FORMATS } from "./types";

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
