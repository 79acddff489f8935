import type { IncomingMessage, ServerResponse } from "node:http";
import { readRequestClient } from "@/lib/privacy/read-request-client";
import { makeApiError } from "@/lib/http/api-error";
import { INTAKE_SECURITY_HEADERS } from "@/lib/http/security-headers";
import { MAX_BODY_BYTES } from "@/lib/reports/config";
import { toIntakeResponse, type IntakeResponse } from "@/lib/reports/intake-response";
import type { IntakeConfig } from "@/lib/reports/config";
import type { IntakeQueue } from "@/lib/reports/intake-queue";
import { toFieldErrors } from "@/lib/http/field-errors";
import { ReportInputSchema } from "@/lib/reports/schemas";
import { readBody } from "./read-body";

const API_PATH = "/api/v1/reports";
// The no-JavaScript form posts to its page's path + /report, in any locale; the answer goes back to that page.
const FORM_PATH = /^(\/zh-CN)?\/status\/([a-z0-9-]{1,80})\/report$/;

/** True for the two intake routes this fast path answers without Next. */
export function isIntakeRequest(pathname: string): boolean {
  return pathname === API_PATH || FORM_PATH.test(pathname);
}

function sendJson(res: ServerResponse, r: IntakeResponse): void {
  const body = JSON.stringify(r.body);
  res.writeHead(r.status, {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
    ...INTAKE_SECURITY_HEADERS,
    ...r.headers,
  });
  res.end(body);
}

/**
 * The answer when a batch did not commit (database unreachable, disk full, locked): nothing was stored, so the client
 * may retry.
 * Sent by the server when handleIntake throws; after headers went out, the connection is just ended.
 */
export function sendUnavailable(res: ServerResponse): void {
  if (res.headersSent) return void res.end();
  sendJson(res, { status: 503, body: makeApiError("unavailable", "Could not record the report right now; try again shortly."), headers: { "Retry-After": "5" } });
}

function sendRedirect(res: ServerResponse, location: string): void {
  res.writeHead(303, { Location: location, "Cache-Control": "no-store", ...INTAKE_SECURITY_HEADERS });
  res.end();
}

/**
 * Report intake on node:http: parse, validate with the shared schema, call recordReport, answer.
 * JSON callers get the API's answers; the no-JavaScript form gets a redirect back to the service page.
 */
export async function handleIntake(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  deps: { config: IntakeConfig; queue: IntakeQueue },
): Promise<void> {
  const form = FORM_PATH.exec(pathname);
  const formSlug = form?.[2];
  const page = form ? `${form[1] ?? ""}/status/${formSlug}` : "";
  if (req.method !== "POST") {
    res.setHeader("Allow", "POST");
    req.resume();
    return sendJson(res, { status: 405, body: makeApiError("method_not_allowed", "Use POST to send a report.") });
  }
  const type = String(req.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
  const wanted = formSlug ? "application/x-www-form-urlencoded" : "application/json";
  if (type !== wanted) {
    req.resume();
    return sendJson(res, { status: 415, body: makeApiError("unsupported_media_type", `Send the report as ${wanted}.`) });
  }
  const body = await readBody(req, MAX_BODY_BYTES);
  if (!body.ok) {
    if (body.reason === "aborted") return;
    return sendJson(res, { status: 413, body: makeApiError("payload_too_large", `A report must be under ${MAX_BODY_BYTES} bytes.`) });
  }

  let raw: unknown;
  if (formSlug) {
    raw = { ...Object.fromEntries(new URLSearchParams(body.text)), service: formSlug };
  } else {
    try {
      raw = JSON.parse(body.text);
    } catch {
      return sendJson(res, { status: 400, body: makeApiError("invalid_json", "The body is not valid JSON.") });
    }
  }
  const parsed = ReportInputSchema.safeParse(raw);
  if (!parsed.success) {
    if (formSlug) return sendRedirect(res, `${page}?report=invalid#report`);
    return sendJson(res, { status: 400, body: makeApiError("invalid_body", "The report is not valid.", toFieldErrors(parsed.error)) });
  }

  const { ip, country } = readRequestClient(req, deps.config.trustedProxyHops);
  const outcome = await deps.queue.submit(parsed.data, { ip, userAgent: String(req.headers["user-agent"] ?? "").slice(0, 512), derivedCountry: country });
  if (!formSlug) return sendJson(res, toIntakeResponse(outcome));

  const params = new URLSearchParams({ report: outcome.kind });
  if ("reportsLastHour" in outcome) params.set("n", String(outcome.reportsLastHour));
  if (outcome.kind === "rate_limited") params.set("retry", String(outcome.retryAfterSeconds));
  sendRedirect(res, `${page}?${params}#report`);
}
