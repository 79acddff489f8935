import { z } from "zod";
import { BeforeCursorParam, IdParam, wholeNumberParam } from "@/lib/http/number-params";
import { LangParamSchema } from "@/lib/i18n/lang-param";

/** `GET /api/v1/incident-groups`. */
export const IncidentGroupsQuerySchema = z.object({
  /** Only groups this service (slug, name or alias) was part of or named as the cause of. */
  service: z.string().trim().toLowerCase().min(1).max(80).optional(),
  state: z.enum(["open", "closed", "all"]).default("all"),
  limit: wholeNumberParam(1, 200).default(50),
  /** Cursor: only groups that began before this time (ms). */
  before: BeforeCursorParam.optional(),
  /** Sentences (headline, summary, sentence, reason) in this language; names stay English. */
  lang: LangParamSchema,
});

/** `/api/v1/incident-groups/:id` and `/incidents/groups/:id`. */
export const IncidentGroupIdSchema = z.object({ id: IdParam });

/** `?before=` of the groups page. */
export const IncidentGroupPageSchema = z.object({ before: BeforeCursorParam.optional().catch(undefined) });
