import crypto from "node:crypto";
import { isbot } from "isbot";
import { listProblems } from "@/lib/catalog/problems";
import type { Catalog, Service } from "@/lib/catalog/read-catalog";
import { REPORTER_KEY_BYTES } from "@/lib/privacy/config";
import { hashReporter } from "@/lib/privacy/hash-reporter";
import { hashForMemory, readMemorySeed } from "@/lib/privacy/memory-key";
import { readNetworkPrefix } from "@/lib/privacy/network-prefix";
import type { ReportInput } from "./schemas";
import type { PreparedReport } from "./store/report-store";

export interface ReportClient {
  /** Used only to derive keys in this function; never stored or returned. */
  ip: string;
  userAgent: string;
  /** Country derived from the address or a trusted header, used when the reporter gives none. */
  derivedCountry: string | null;
}

/** An answer decided before the rules' memory is consulted. */
export type EarlyOutcome =
  | { kind: "bot"; slug: string }
  | { kind: "unknown_service"; service: string }
  | { kind: "invalid"; fields: Record<string, string> };

/** An 8-byte HMAC of `text` under the day's salt, for limit keys that are stored (a shared store). */
const storedKey = (salt: Buffer, text: string) => crypto.createHmac("sha256", salt).update(text).digest().subarray(0, REPORTER_KEY_BYTES);

/**
 * The rules that need no memory, and the keys for those that do: the service by slug or alias, a problem valid for
 * its category, the bot check, then the reporter's keyed hash and the client's and network's limit keys. The IP goes
 * into the hashes and no further.
 */
export function prepareReport(
  { catalog, salt, sharedKeys }: { catalog: Catalog; salt: Buffer; sharedKeys: boolean },
  input: ReportInput,
  client: ReportClient,
): { service: Service; report: PreparedReport } | EarlyOutcome {
  const service = catalog.find(input.service);
  if (!service) return { kind: "unknown_service", service: input.service };
  if (!listProblems(service.category).some((p) => p.id === input.problem)) {
    return { kind: "invalid", fields: { problem: `unknown problem for ${service.name}` } };
  }
  // Crawlers and link previewers can fetch and even post; they are not people with a problem.
  if (!client.userAgent || isbot(client.userAgent)) return { kind: "bot", slug: service.slug };

  const reporter = hashReporter(salt, String(service.id), client.ip, client.userAgent);
  const clientText = `${client.ip}|${client.userAgent}`;
  // Many addresses from one network (one host, one office) count as a few reporters, not a crowd.
  const networkText = `${service.id}|${readNetworkPrefix(client.ip)}`;
  let clientKey: number | Buffer;
  let networkKey: number | Buffer;
  if (sharedKeys) {
    // Stored in the database: keyed hashes as strong as the reporter's, prefixed so the three kinds never meet.
    clientKey = storedKey(salt, `client|${clientText}`);
    networkKey = storedKey(salt, `network|${networkText}`);
  } else {
    // Memory only: a fast keyed hash is enough there (no address is kept as text).
    const seed = readMemorySeed(salt);
    clientKey = hashForMemory(seed, clientText);
    networkKey = hashForMemory(seed, networkText);
  }
  return {
    service,
    report: { serviceId: service.id, problem: input.problem, country: input.country ?? client.derivedCountry ?? "", reporter, client: clientKey, network: networkKey },
  };
}
