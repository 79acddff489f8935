import net from "node:net";

/** Strips the IPv4-mapped IPv6 prefix so one client has one address form. */
export function normalizeIp(raw: string): string {
  const ip = raw.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  return mapped ? mapped[1] : ip.toLowerCase();
}

/**
 * The address a report came from: the socket's, or the left-most X-Forwarded-For entry when the operator
 * trusts its proxy. A forged header is ignored unless TRUST_PROXY is on.
 */
export function resolveClientIp(input: {
  socketAddress: string | undefined;
  forwardedFor: string | string[] | undefined;
  trustProxy: boolean;
}): string {
  if (input.trustProxy && input.forwardedFor) {
    const header = Array.isArray(input.forwardedFor) ? input.forwardedFor.join(",") : input.forwardedFor;
    const first = normalizeIp(header.split(",")[0] ?? "");
    if (net.isIP(first)) return first;
  }
  return normalizeIp(input.socketAddress ?? "0.0.0.0");
}
