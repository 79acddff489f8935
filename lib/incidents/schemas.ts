import { z } from "zod";
import { IdParam } from "@/lib/http/number-params";
import { INCIDENTS_PAGE_SIZE } from "./config";

/** `/api/v1/incidents/:id`. */
export const IncidentIdParamsSchema = z.object({ id: IdParam });

/** Path parameters of an incident page: `/status/:slug/incidents/:id`. */
export const IncidentParamsSchema = IncidentIdParamsSchema.extend({ slug: z.string().trim().toLowerCase().min(1).max(80) });

/** `?before=` cursor of a service's incident list: the start (ms) of the last incident on the previous page. */
export const IncidentPageSchema = z.object({
  before: z.coerce.number().int().positive().max(8.64e15).optional().catch(undefined),
});

export const INCIDENT_PAGE_LIMIT = INCIDENTS_PAGE_SIZE;
