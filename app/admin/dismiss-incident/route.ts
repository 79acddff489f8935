import { z } from "zod";
import { dismissIncident } from "@/lib/admin/dismiss-incident";
import { bumpReadGeneration } from "@/lib/cache/read-cache";
import { toFieldErrors } from "@/lib/http/field-errors";
import { getStores } from "@/lib/stores/get-stores";
import { formatFields, readOperatorForm, redirectBack } from "../operator-request";

export const dynamic = "force-dynamic";

const DismissSchema = z.object({ id: z.coerce.number().int().positive(), note: z.string().trim().min(3, "say why, for readers").max(500) });

/** Closes an incident as a false alarm with a note readers see, then back to /admin. */
export async function POST(request: Request) {
  const form = await readOperatorForm(request);
  if (form instanceof Response) return form;
  const parsed = DismissSchema.safeParse(Object.fromEntries(form.entries()));
  if (!parsed.success) return redirectBack("/admin", { error: formatFields(toFieldErrors(parsed.error)) });
  const r = await dismissIncident({ ...(await getStores()), now: Date.now(), ...parsed.data });
  if (!r.ok) return redirectBack("/admin", { error: "No such incident." });
  bumpReadGeneration();
  return redirectBack("/admin", { done: `Closed incident ${parsed.data.id} as a false alarm.` });
}
