import ipaddr from "ipaddr.js";
import proxyaddr from "proxy-addr";

/**
 * One address, one text form: IPv4-mapped IPv6 becomes IPv4, IPv6 is written compressed and lower-case, and an
 * "a.b.c.d:port" or "[v6]:port" that some proxies append loses its port. Null when it is not an address at all.
 */
export function normalizeIp(raw: string): string | null {
  const text = raw.trim();
  const unported = /^\[([^\]]+)\](?::\d+)?$/.exec(text)?.[1] ?? /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(text)?.[1] ?? text;
  // Only dotted-quad IPv4: ipaddr.js would also read "1.2.3" or octal parts, which no proxy writes.
  if (!ipaddr.IPv4.isValidFourPartDecimal(unported) && !ipaddr.IPv6.isValid(unported)) return null;
  return ipaddr.process(unported).toString();
}

/**
 * The address a report came from. With no trusted proxy (`trustedHops` 0) that is the socket's address, whatever
 * X-Forwarded-For says. Behind `trustedHops` proxies that each append the address they received from, it is the
 * entry the outermost trusted proxy added: the right-most for one hop, the one before it for two. Entries further
 * left were written by the client itself and are never used. (proxy-addr does the walk, as Express does.)
 */
export function resolveClientIp(input: { socketAddress: string | undefined; forwardedFor: string | string[] | undefined; trustedHops: number }): string {
  const socket = normalizeIp(input.socketAddress ?? "") ?? "0.0.0.0";
  if (input.trustedHops <= 0 || !input.forwardedFor) return socket;
  const header = Array.isArray(input.forwardedFor) ? input.forwardedFor.join(",") : input.forwardedFor;
  const picked = proxyaddr({ headers: { "x-forwarded-for": header }, socket: { remoteAddress: socket } } as unknown as Parameters<typeof proxyaddr>[0], (_addr, hop) => hop < input.trustedHops);
  // A trusted proxy that wrote something unparsable: fall back to the proxy itself, which counts fewer reporters, never more.
  return normalizeIp(picked) ?? socket;
}

/**
 * The entry of a comma-separated forwarded header (X-Forwarded-Host, -Proto) that the outermost trusted proxy wrote,
 * counted from the right as for X-Forwarded-For; the left-most when there are fewer entries than hops.
 */
export function pickForwarded(header: string | null | undefined, trustedHops: number): string | null {
  if (trustedHops <= 0 || !header) return null;
  const entries = header.split(",").map((e) => e.trim());
  return entries[Math.max(0, entries.length - trustedHops)] || null;
}
