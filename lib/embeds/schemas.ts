import { z } from "zod";
import { wholeNumberParam } from "@/lib/http/number-params";
import { LangParamSchema } from "@/lib/i18n/lang-param";
import { BADGE_STYLES } from "./render-badge";

/** `/badge/:slug.svg`: the path segment is the file name. */
export const BadgeParamsSchema = z.object({
  file: z
    .string()
    .regex(/^[A-Za-z0-9-]{1,80}\.svg$/, "expected /badge/<service>.svg")
    .transform((f) => f.slice(0, -4).toLowerCase()),
});

export const BadgeQuerySchema = z.object({
  /** Replaces the service name on the left; any text, escaped. */
  label: z.string().trim().min(1).max(60).optional(),
  style: z.enum(BADGE_STYLES).default("flat"),
  /** The words (and the service's name) in this language; /zh-CN/badge/… says the same. */
  lang: LangParamSchema,
});

/** `GET /api/oembed`: the oEmbed spec's parameters. */
export const OembedQuerySchema = z.object({
  url: z.url({ protocol: /^https?$/ }).max(2048),
  format: z.string().max(10).default("json"),
  maxwidth: wholeNumberParam(1, 10_000).optional(),
  maxheight: wholeNumberParam(1, 10_000).optional(),
  /** The widget's language; a /zh-CN/… page URL implies it. */
  lang: LangParamSchema,
});
