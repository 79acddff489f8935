import { z } from "zod";

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
/** Missing and mistyped are different mistakes: `{"service": 123}` is not a missing service. */
const requiredText = (name: string, what: string) => (issue: { input: unknown }) => (issue.input === undefined ? `${name} is required` : `${name} must be ${what} (text)`);

/** The one shape of a problem report, shared by the JSON API, the HTML form and the page's script. */
export const ReportInputSchema = z.object({
  service: z
    .string({ error: requiredText("service", "a service's slug, name or alias") })
    .trim()
    .toLowerCase()
    .min(1, "service is required")
    .max(80, "service is too long"),
  problem: z
    .string({ error: requiredText("problem", "one of the service's problem ids") })
    .trim()
    .min(1, "problem is required")
    .max(40, "problem is too long")
    .regex(/^[a-z0-9_]+$/, "problem must be one of the service's problem ids"),
  country: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, "country must be an ISO 3166-1 alpha-2 code such as GB")
      .optional(),
  ),
});

export type ReportInput = z.infer<typeof ReportInputSchema>;
