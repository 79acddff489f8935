import type { IncomingMessage } from "node:http";
import { resolveClientIp } from "./client-ip";
import { resolveCountry } from "./lookup-country";

/** Where a request comes from: its client address (see resolveClientIp) and country (see resolveCountry). */
export function readRequestClient(req: IncomingMessage, trustedHops: number): { ip: string; country: string | null } {
  const ip = resolveClientIp({ socketAddress: req.socket.remoteAddress, forwardedFor: req.headers["x-forwarded-for"], trustedHops });
  return { ip, country: resolveCountry({ ip, headers: req.headers, trustCdnHeaders: trustedHops > 0 }) };
}
