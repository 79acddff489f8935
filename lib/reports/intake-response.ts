import { makeApiError } from "@/lib/http/api-error";
import type { RecordOutcome } from "./record-report";

export interface IntakeResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** Maps an intake outcome to the documented HTTP answer. */
export function toIntakeResponse(outcome: RecordOutcome): IntakeResponse {
  switch (outcome.kind) {
    case "counted":
      return { status: 201, body: { counted: true, service: outcome.slug, reportsLastHour: outcome.reportsLastHour } };
    case "duplicate":
      return {
        status: 200,
        body: {
          counted: false,
          reason: "duplicate",
          message: `Your report for ${outcome.name} is already counted; you can report again later.`,
          service: outcome.slug,
          reportsLastHour: outcome.reportsLastHour,
        },
      };
    case "network_limited":
      return {
        status: 200,
        body: {
          counted: false,
          reason: "network_limit",
          message: `Many reports about ${outcome.name} already came from your network; yours was not counted separately.`,
          service: outcome.slug,
          reportsLastHour: outcome.reportsLastHour,
        },
      };
    case "bot":
      return { status: 200, body: { counted: false, reason: "bot", service: outcome.slug } };
    case "rate_limited":
      return {
        status: 429,
        body: makeApiError("rate_limited", `Too many reports from this device; try again in ${outcome.retryAfterSeconds} s.`),
        headers: { "Retry-After": String(outcome.retryAfterSeconds) },
      };
    case "unknown_service":
      return { status: 404, body: makeApiError("unknown_service", `No service called "${outcome.service.slice(0, 80)}".`) };
    case "invalid":
      return { status: 400, body: makeApiError("invalid_body", "The report is not valid.", outcome.fields) };
  }
}
