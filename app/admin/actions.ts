"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { dismissIncident } from "@/lib/admin/dismiss-incident";
import { saveService } from "@/lib/admin/save-service";
import { bumpReadGeneration } from "@/lib/cache/read-cache";
import { ServiceInputSchema } from "@/lib/catalog/schemas";
import { toFieldErrors } from "@/lib/reports/schemas";
import { requireAdmin } from "./require-admin";

const back = (path: string, params: Record<string, string>) => `${path}?${new URLSearchParams(params)}`;

export async function saveServiceAction(form: FormData): Promise<void> {
  await requireAdmin();
  const original = String(form.get("originalSlug") ?? "") || undefined;
  const where = original ? `/admin/services/${original}` : "/admin/services/new";
  const { nameZh, ...fields } = Object.fromEntries(form.entries());
  const parsed = ServiceInputSchema.safeParse({ ...fields, names: { "zh-CN": String(nameZh ?? "") } });
  if (!parsed.success) redirect(back(where, { error: formatFields(toFieldErrors(parsed.error)) }));
  const r = saveService({ db: getDb(), now: Date.now(), input: parsed.data, originalSlug: original });
  if (!r.ok) redirect(back(where, { error: formatFields(r.fields) }));
  bumpReadGeneration();
  redirect(back("/admin", { done: `Saved ${r.slug}.` }));
}

const DismissSchema = z.object({ id: z.coerce.number().int().positive(), note: z.string().trim().min(3, "say why, for readers").max(500) });

export async function dismissIncidentAction(form: FormData): Promise<void> {
  await requireAdmin();
  const parsed = DismissSchema.safeParse(Object.fromEntries(form.entries()));
  if (!parsed.success) redirect(back("/admin", { error: formatFields(toFieldErrors(parsed.error)) }));
  const r = dismissIncident({ db: getDb(), now: Date.now(), ...parsed.data });
  if (!r.ok) redirect(back("/admin", { error: "No such incident." }));
  bumpReadGeneration();
  redirect(back("/admin", { done: `Closed incident ${parsed.data.id} as a false alarm.` }));
}

function formatFields(fields: Record<string, string>): string {
  return Object.entries(fields)
    .slice(0, 8)
    .map(([k, v]) => `${k}: ${v}`)
    .join("; ");
}
