import ipaddr from "ipaddr.js";
import { normalizeIp } from "./client-ip";

/** Prefix lengths of one household or host's network: an IPv4 /24, an IPv6 /48 (a typical end-site allocation). */
const PREFIX_BITS = { ipv4: 24, ipv6: 48 } as const;

/**
 * The network an address belongs to, as far as one household or host can usually reach, in CIDR form
 * ("203.0.113.0/24", "2001:db8:abcd::/48"). Used only as input to a keyed hash. Not an address: returned as is.
 */
export function readNetworkPrefix(ip: string): string {
  const normal = normalizeIp(ip);
  if (!normal) return ip;
  const address = ipaddr.parse(normal.replace(/%.*$/, "")); // a link-local zone is not part of the network
  const bits = PREFIX_BITS[address.kind()];
  const network = address.kind() === "ipv4" ? ipaddr.IPv4.networkAddressFromCIDR(`${address}/${bits}`) : ipaddr.IPv6.networkAddressFromCIDR(`${address}/${bits}`);
  return `${network.toString()}/${bits}`;
}
