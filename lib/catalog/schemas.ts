import { z } from "zod";
import { OfficialStatusSourceSchema } from "./official-source";
import { CATEGORY_IDS } from "./types";

const slug = z.string().trim().toLowerCase().regex(/^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/, "lowercase letters, digits and dashes");
const country = z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 code");
/** Comma- or newline-separated text from a form, or an array from JSON. */
const list = <T extends z.ZodTypeAny>(item: T, max: number) =>
  z.preprocess((v) => (typeof v === "string" ? v.split(/[\n,]/).map((s) => s.trim()).filter(Boolean) : v), z.array(item).max(max));

/** One service as an operator adds or edits it (admin form, catalog import); the seed's shape plus `hidden`. */
export const ServiceInputSchema = z.object({
  slug,
  name: z.string().trim().min(1).max(80),
  category: z.enum(CATEGORY_IDS),
  url: z.string().trim().max(300).url().refine((u) => /^https?:\/\//.test(u), "an http(s) address"),
  /** Names in other languages by locale; an empty one is dropped. */
  names: z
    .object({ "zh-CN": z.string().trim().max(80).optional() })
    .default({})
    .transform((n) => (n["zh-CN"] ? { "zh-CN": n["zh-CN"] } : {})),
  aliases: list(z.string().trim().min(1).max(80), 20).default([]),
  dependsOn: list(slug, 20).default([]),
  markets: list(country, 30).default([]),
  popularity: z.coerce.number().int().min(1).max(100).default(10),
  hidden: z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean()).default(false),
  /** The vendor's own status source; null (or absent) when it publishes none. */
  officialStatus: OfficialStatusSourceSchema.nullable().default(null),
});

export type ServiceInput = z.infer<typeof ServiceInputSchema>;

/** The catalog export/import file. */
export const CatalogFileSchema = z.object({
  format: z.literal("downwire-catalog"),
  version: z.literal(1),
  services: z.array(ServiceInputSchema).max(100_000),
});

export type CatalogFile = z.infer<typeof CatalogFileSchema>;
