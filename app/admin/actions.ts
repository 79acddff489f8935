"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { MAX_CATALOG_FILE_BYTES } from "@/lib/admin/config";
import { getStores } from "@/lib/stores/get-stores";
import { dismissIncident } from "@/lib/admin/dismiss-incident";
import { saveService } from "@/lib/admin/save-service";
import { importCatalog } from "@/lib/admin/transfer-catalog";
import { bumpReadGeneration } from "@/lib/cache/read-cache";
import { ServiceInputSchema } from "@/lib/catalog/schemas";
import { toFieldErrors } from "@/lib/http/field-errors";
import { requireAdmin } from "./require-admin";

const back = (path: string, params: Record<string, string>) => `${path}?${new URLSearchParams(params)}`;

export async function saveServiceAction(form: FormData): Promise<void> {
  await requireAdmin();
  const original = String(form.get("originalSlug") ?? "") || undefined;
  const where = original ? `/admin/services/${original}` : "/admin/services/new";
  const { officialFormat, officialUrl, ...fields } = Object.fromEntries(form.entries());
  // Both empty: no source; either given: both are checked (a URL without a format is an error, not ignored).
  const officialStatus = officialFormat || officialUrl ? { format: officialFormat, url: officialUrl } : null;
  const parsed = ServiceInputSchema.safeParse({ ...fields, officialStatus });
  if (!parsed.success) redirect(back(where, { error: formatFields(toFieldErrors(parsed.error)) }));
  const r = await saveService({ admin: (await getStores()).admin, now: Date.now(), input: parsed.data, originalSlug: original });
  if (!r.ok) redirect(back(where, { error: formatFields(r.fields) }));
  bumpReadGeneration();
  redirect(back("/admin", { done: `Saved ${r.slug}.` }));
}

const DismissSchema = z.object({ id: z.coerce.number().int().positive(), note: z.string().trim().min(3, "say why, for readers").max(500) });

export async function dismissIncidentAction(form: FormData): Promise<void> {
  await requireAdmin();
  const parsed = DismissSchema.safeParse(Object.fromEntries(form.entries()));
  if (!parsed.success) redirect(back("/admin", { error: formatFields(toFieldErrors(parsed.error)) }));
  const r = await dismissIncident({ admin: (await getStores()).admin, now: Date.now(), ...parsed.data });
  if (!r.ok) redirect(back("/admin", { error: "No such incident." }));
  bumpReadGeneration();
  redirect(back("/admin", { done: `Closed incident ${parsed.data.id} as a false alarm.` }));
}

export async function importCatalogAction(form: FormData): Promise<void> {
  await requireAdmin();
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) redirect(back("/admin", { error: "Choose a catalog file to import." }));
  if (file.size > MAX_CATALOG_FILE_BYTES) redirect(back("/admin", { error: `That file is over ${MAX_CATALOG_FILE_BYTES / 1024 / 1024} MB.` }));
  const r = await importCatalog({ admin: (await getStores()).admin, now: Date.now(), text: await file.text() });
  if (!r.ok) redirect(back("/admin", { error: `Nothing imported: ${formatFields(r.errors)}` }));
  bumpReadGeneration();
  redirect(back("/admin", { done: `Imported: ${r.created} added, ${r.updated} updated.` }));
}

function formatFields(fields: Record<string, string>): string {
  return Object.entries(fields)
    .slice(0, 8)
    .map(([k, v]) => `${k}: ${v}`)
    .join("; ");
}
