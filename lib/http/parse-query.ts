import type { z } from "zod";
import { toFieldErrors } from "./field-errors";

export type QueryResult<T> = { ok: true; data: T } | { ok: false; fields: Record<string, string> };

/** Validates a URL's query string against a zod schema; repeated keys keep the first value. */
export function parseQuery<T>(url: string, schema: z.ZodType<T>): QueryResult<T> {
  const params = new URL(url).searchParams;
  const raw: Record<string, string> = {};
  for (const [k, v] of params) raw[k] ??= v;
  const parsed = schema.safeParse(raw);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, fields: toFieldErrors(parsed.error) };
}
