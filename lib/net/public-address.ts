import ipaddr from "ipaddr.js";

/**
 * Whether an address is an ordinary public unicast one. Everything else is refused for outbound requests:
 * loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16 with the cloud metadata
 * service at 169.254.169.254, fe80::/10), carrier-grade NAT (100.64/10), multicast, broadcast, unspecified,
 * documentation and other reserved ranges, and IPv6 forms that embed an IPv4 address (mapped, 6to4, Teredo,
 * NAT64), which are judged by that address or refused.
 */
export function isPublicAddress(address: string): boolean {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(address.replace(/^\[|\]$/g, "").replace(/%.*$/, ""));
  } catch {
    return false;
  }
  if (parsed.kind() === "ipv6") {
    const v6 = parsed as ipaddr.IPv6;
    if (v6.isIPv4MappedAddress()) return isPublicAddress(v6.toIPv4Address().toString());
  }
  return parsed.range() === "unicast";
}
