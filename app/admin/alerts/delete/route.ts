import { SubscriptionIdSchema } from "@/lib/alerts/schemas";
import { readEnv } from "@/lib/config/env";
import { respondError } from "@/lib/http/respond-json";
import { getStores } from "@/lib/stores/get-stores";
import { isOperatorRequest, redirectBack } from "../../operator-request";

export const dynamic = "force-dynamic";

/** Deletes a subscription and everything stored about it. */
export async function POST(request: Request) {
  const token = readEnv().ADMIN_TOKEN;
  if (!token) return respondError(404, "not_found", "The operator area is not enabled on this server.");
  if (!(await isOperatorRequest(request, token))) return redirectBack("/admin/login", {});
  const form = await request.formData().catch(() => new FormData());
  const id = SubscriptionIdSchema.safeParse(form.get("id"));
  if (!id.success || !(await (await getStores()).alerts.deleteSubscription(id.data))) return redirectBack("/admin/alerts", { error: "No such subscription." });
  return redirectBack("/admin/alerts", { done: `Deleted ${id.data}.` });
}
