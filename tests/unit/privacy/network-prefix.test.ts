import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readNetworkPrefix } from "../../../lib/privacy/network-prefix";

describe("readNetworkPrefix", () => {
  it.each([
    ["203.0.113.7", "203.0.113.0/24"],
    ["203.0.113.255", "203.0.113.0/24"],
    ["::ffff:203.0.113.9", "203.0.113.0/24"],
    ["2001:db8:abcd:12::1", "2001:db8:abcd::/48"],
    ["2001:0db8:abcd:ffff:1:2:3:4", "2001:db8:abcd::/48"],
    ["2001:DB8:ABCD:0:0:0:0:43", "2001:db8:abcd::/48"],
    ["2001:db8::1", "2001:db8::/48"],
    ["::1", "::/48"],
    ["2001:db8:1::ffff:192.0.2.1", "2001:db8:1::/48"],
    ["fe80::1%eth0", "fe80::/48"],
    ["not-an-ip", "not-an-ip"],
  ])("%s is in %s", (ip, prefix) => expect(readNetworkPrefix(ip)).toBe(prefix));

  it("puts every address of one /48 in the same network and addresses of different /48s in different ones", () => {
    const group = fc.integer({ min: 0, max: 0xffff });
    fc.assert(
      fc.property(fc.tuple(group, group, group), fc.array(group, { minLength: 5, maxLength: 5 }), fc.array(group, { minLength: 5, maxLength: 5 }), (head, a, b) => {
        const ip = (rest: number[]) => [...head, ...rest].map((g) => g.toString(16)).join(":");
        expect(readNetworkPrefix(ip(a))).toBe(readNetworkPrefix(ip(b)));
        const other = [head[0], head[1], (head[2] + 1) % 0x10000];
        expect(readNetworkPrefix([...other, ...a].map((g) => g.toString(16)).join(":"))).not.toBe(readNetworkPrefix(ip(a)));
      }),
    );
  });

  it("puts the addresses of one IPv4 /24 together and its neighbours apart", () => {
    const octet = fc.nat(255);
    fc.assert(
      fc.property(octet, octet, octet, octet, octet, (a, b, c, d, e) => {
        expect(readNetworkPrefix(`${a}.${b}.${c}.${d}`)).toBe(`${a}.${b}.${c}.0/24`);
        expect(readNetworkPrefix(`${a}.${b}.${c}.${e}`)).toBe(readNetworkPrefix(`${a}.${b}.${c}.${d}`));
        expect(readNetworkPrefix(`${a}.${b}.${(c + 1) % 256}.${d}`)).not.toBe(readNetworkPrefix(`${a}.${b}.${c}.${d}`));
      }),
    );
  });
});
