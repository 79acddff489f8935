import type { OfficialFormat, ParseResult } from "../types";
import { parseAwsDataJson } from "./aws";
import { parseStatusFeed } from "./feed";
import { parseGcp } from "./gcp";
import { parseInstatus } from "./instatus";
import { parseSlack } from "./slack";
import { parseStatusio } from "./statusio";
import { parseStatuspage } from "./statuspage";

/**
 * Reads one fetched body in the source's format into a normalized reading. Pure: the same body (and `now`, which
 * only feeds use, to let unanswered entries lapse) always gives the same reading; garbage gives an error, never a throw.
 */
export function parseOfficialPayload(format: OfficialFormat, body: string, { sourceUrl, now }: { sourceUrl: string; now: number }): ParseResult {
  if (format === "rss" || format === "atom") return parseStatusFeed(body, sourceUrl, now);
  let json: unknown;
  try {
    json = JSON.parse(body.replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, error: "not valid JSON" };
  }
  switch (format) {
    case "statuspage":
      return parseStatuspage(json);
    case "statusio":
      return parseStatusio(json);
    case "slack":
      return parseSlack(json);
    case "gcp":
      return parseGcp(json, sourceUrl);
    case "instatus":
      return parseInstatus(json);
    case "aws":
      return parseAwsDataJson(json);
  }
}
