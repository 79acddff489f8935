import { SubscriptionIdSchema } from "@/lib/alerts/schemas";
import { getStores } from "@/lib/stores/get-stores";
import { readOperatorForm, redirectBack } from "../../operator-request";

export const dynamic = "force-dynamic";

/**
 * Resumes a paused subscription: new events reach it again (what was skipped while paused stays skipped). Only a
 * paused one: a pending subscription has not yet proved it owns its address, and resuming must not skip that.
 */
export async function POST(request: Request) {
  const form = await readOperatorForm(request);
  if (form instanceof Response) return form;
  const id = SubscriptionIdSchema.safeParse(form.get("id"));
  const { alerts } = await getStores();
  const sub = id.success ? await alerts.readSubscription(id.data) : null;
  if (!sub) return redirectBack("/admin/alerts", { error: "No such subscription." });
  if (sub.status !== "paused") return redirectBack("/admin/alerts", { error: `${sub.id} is ${sub.status}, not paused: only a paused subscription can be resumed.` });
  await alerts.activateSubscription(sub.id, Date.now());
  return redirectBack("/admin/alerts", { done: `Resumed ${sub.id}.` });
}
