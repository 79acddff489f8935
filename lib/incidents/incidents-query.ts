import { z } from "zod";
import { LangParamSchema } from "@/lib/i18n/lang-param";

/** `GET /api/v1/incidents` and its CSV twin. */
export const IncidentsQuerySchema = z.object({
  service: z.string().trim().toLowerCase().min(1).max(80).optional(),
  state: z.enum(["open", "closed", "all"]).default("all"),
  limit: z.coerce.number().int().min(1).max(1000).default(50),
  before: z.coerce.number().int().positive().max(8.64e15).optional(),
  lang: LangParamSchema,
});
