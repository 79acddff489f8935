import { SubscriptionIdSchema } from "@/lib/alerts/schemas";
import { getStores } from "@/lib/stores/get-stores";
import { readOperatorForm, redirectBack } from "../../operator-request";

export const dynamic = "force-dynamic";

/** Resumes a paused subscription: new events reach it again (what was skipped while paused stays skipped). */
export async function POST(request: Request) {
  const form = await readOperatorForm(request);
  if (form instanceof Response) return form;
  const id = SubscriptionIdSchema.safeParse(form.get("id"));
  if (!id.success || !(await (await getStores()).alerts.activateSubscription(id.data, Date.now()))) return redirectBack("/admin/alerts", { error: "No such subscription." });
  return redirectBack("/admin/alerts", { done: `Resumed ${id.data}.` });
}
