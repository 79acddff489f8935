import { z } from "zod";
import { BeforeCursorParam, wholeNumberParam } from "@/lib/http/number-params";
import { LangParamSchema } from "@/lib/i18n/lang-param";

/** `GET /api/v1/incidents` and its CSV twin. */
export const IncidentsQuerySchema = z.object({
  service: z.string().trim().toLowerCase().min(1).max(80).optional(),
  state: z.enum(["open", "closed", "all"]).default("all"),
  limit: wholeNumberParam(1, 1000).default(50),
  before: BeforeCursorParam.optional(),
  lang: LangParamSchema,
});
