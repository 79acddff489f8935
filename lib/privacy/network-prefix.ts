import net from "node:net";

/**
 * The network an address belongs to, as far as one household or host can usually reach: the /24 of an IPv4
 * address, the /48 of an IPv6 one (a typical end-site allocation). Used only as input to a keyed hash.
 */
export function readNetworkPrefix(ip: string): string {
  if (net.isIPv4(ip)) return `${ip.split(".").slice(0, 3).join(".")}.0/24`;
  if (!net.isIPv6(ip)) return ip;
  const [head, tail = ""] = ip.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  // An embedded IPv4 tail takes two groups; only the first three groups matter, so count it and move on.
  const rightGroups = right.reduce((n, g) => n + (g.includes(".") ? 2 : 1), 0);
  const groups = ip.includes("::") ? [...left, ...Array(8 - left.length - rightGroups).fill("0"), ...right] : left;
  return `${groups.slice(0, 3).map((g) => Number.parseInt(g || "0", 16).toString(16)).join(":")}::/48`;
}
