"use server";

import { redirect } from "next/navigation";
import { SubscriptionIdSchema } from "@/lib/alerts/schemas";
import { getStores } from "@/lib/stores/get-stores";
import { requireAdmin } from "./require-admin";

const back = (params: Record<string, string>) => `/admin/alerts?${new URLSearchParams(params)}`;

/** Resumes a paused subscription: new events reach it again (what was skipped while paused stays skipped). */
export async function resumeSubscriptionAction(form: FormData): Promise<void> {
  await requireAdmin();
  const id = SubscriptionIdSchema.safeParse(form.get("id"));
  if (!id.success || !(await (await getStores()).alerts.activateSubscription(id.data, Date.now()))) redirect(back({ error: "No such subscription." }));
  redirect(back({ done: `Resumed ${id.data}.` }));
}

/** Deletes a subscription and everything stored about it. */
export async function deleteSubscriptionAction(form: FormData): Promise<void> {
  await requireAdmin();
  const id = SubscriptionIdSchema.safeParse(form.get("id"));
  if (!id.success || !(await (await getStores()).alerts.deleteSubscription(id.data))) redirect(back({ error: "No such subscription." }));
  redirect(back({ done: `Deleted ${id.data}.` }));
}
