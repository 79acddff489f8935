import { saveService } from "@/lib/admin/save-service";
import { bumpReadGeneration } from "@/lib/cache/read-cache";
import { ServiceInputSchema } from "@/lib/catalog/schemas";
import { toFieldErrors } from "@/lib/http/field-errors";
import { getStores } from "@/lib/stores/get-stores";
import { formatFields, readOperatorForm, redirectBack } from "../operator-request";

export const dynamic = "force-dynamic";

/**
 * The service form (add or edit): saved, then back to /admin, or back to the form with what to fix. Plain form posts
 * answered with a redirect, not server actions: those fetch their redirect target through the server again, which
 * the locale proxy made unreliable.
 */
export async function POST(request: Request) {
  const form = await readOperatorForm(request);
  if (form instanceof Response) return form;
  const original = String(form.get("originalSlug") ?? "") || undefined;
  const where = original ? `/admin/services/${encodeURIComponent(original)}` : "/admin/services/new";
  const { nameZh, originalSlug: _o, officialFormat, officialUrl, ...fields } = Object.fromEntries(form.entries());
  // Both empty: no official status source; either given: both are checked (a URL without a format is an error).
  const officialStatus = officialFormat || officialUrl ? { format: officialFormat, url: officialUrl } : null;
  const parsed = ServiceInputSchema.safeParse({ ...fields, names: { "zh-CN": String(nameZh ?? "") }, officialStatus });
  if (!parsed.success) return redirectBack(where, { error: formatFields(toFieldErrors(parsed.error)) });
  const r = await saveService({ admin: (await getStores()).admin, now: Date.now(), input: parsed.data, originalSlug: original });
  if (!r.ok) return redirectBack(where, { error: formatFields(r.fields) });
  bumpReadGeneration();
  return redirectBack("/admin", { done: `Saved ${r.slug}.` });
}
