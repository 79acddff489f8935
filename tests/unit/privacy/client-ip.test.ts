import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeIp, pickForwarded, resolveClientIp } from "../../../lib/privacy/client-ip";

describe("resolveClientIp", () => {
  it.each([
    // No trusted proxy: the socket, whatever the header says.
    { socket: "::ffff:203.0.113.7", xff: undefined, hops: 0, want: "203.0.113.7" },
    { socket: "127.0.0.1", xff: "198.51.100.9", hops: 0, want: "127.0.0.1" },
    // One hop: the right-most entry, the one our proxy appended; the client wrote everything left of it.
    { socket: "127.0.0.1", xff: "198.51.100.9", hops: 1, want: "198.51.100.9" },
    { socket: "127.0.0.1", xff: "6.6.6.6, 198.51.100.9", hops: 1, want: "198.51.100.9" },
    { socket: "127.0.0.1", xff: ["1.1.1.1, 6.6.6.6", "198.51.100.9"], hops: 1, want: "198.51.100.9" },
    // Two hops (a CDN, then a load balancer): the entry the CDN appended, second from the right.
    { socket: "10.0.0.2", xff: "6.6.6.6, 198.51.100.9, 10.0.0.1", hops: 2, want: "198.51.100.9" },
    // Fewer entries than hops: the left-most there is.
    { socket: "10.0.0.2", xff: "198.51.100.9", hops: 3, want: "198.51.100.9" },
    // Ports some proxies append, IPv6 forms and case.
    { socket: "127.0.0.1", xff: "198.51.100.9:4711", hops: 1, want: "198.51.100.9" },
    { socket: "127.0.0.1", xff: "[2001:DB8::1]:443", hops: 1, want: "2001:db8::1" },
    { socket: "::1", xff: "2001:DB8:0:0:0:0:0:1", hops: 1, want: "2001:db8::1" },
    // A trusted proxy that wrote garbage: the proxy's own address (fewer reporters, never more).
    { socket: "127.0.0.1", xff: "not-an-ip", hops: 1, want: "127.0.0.1" },
    { socket: "127.0.0.1", xff: "1.2.3", hops: 1, want: "127.0.0.1" },
    { socket: undefined, xff: undefined, hops: 0, want: "0.0.0.0" },
  ])("socket $socket, XFF $xff, $hops hops -> $want", ({ socket, xff, hops, want }) => {
    expect(resolveClientIp({ socketAddress: socket, forwardedFor: xff, trustedHops: hops })).toBe(want);
  });

  it("behind n hops, nothing a client prepends changes the address (property)", () => {
    const v4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((o) => o.join("."));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.array(v4, { minLength: 4, maxLength: 4 }), fc.array(fc.oneof(v4, fc.string()), { maxLength: 6 }), (hops, proxies, forged) => {
        const appended = proxies.slice(0, hops).join(", ");
        const honest = resolveClientIp({ socketAddress: "127.0.0.1", forwardedFor: appended, trustedHops: hops });
        expect(honest).toBe(proxies[0]);
        expect(resolveClientIp({ socketAddress: "127.0.0.1", forwardedFor: [...forged, appended].join(", "), trustedHops: hops })).toBe(honest);
      }),
    );
  });
});

describe("normalizeIp", () => {
  it("gives one form per address and null for what is not one", () => {
    expect(normalizeIp("::FFFF:1.2.3.4")).toBe("1.2.3.4");
    expect(normalizeIp(" 2001:DB8::A ")).toBe("2001:db8::a");
    expect(normalizeIp("2001:db8:abcd:0:0:0:0:43")).toBe("2001:db8:abcd::43");
    expect(normalizeIp("unknown")).toBeNull();
    expect(normalizeIp("")).toBeNull();
    expect(normalizeIp("300.1.1.1")).toBeNull();
  });
});

describe("pickForwarded", () => {
  it.each([
    ["https", 0, null],
    ["https", 1, "https"],
    ["http, https", 1, "https"],
    ["https, http", 2, "https"],
    ["https", 2, "https"],
    [null, 1, null],
  ] as const)("%s with %i hops -> %s", (header, hops, want) => {
    expect(pickForwarded(header, hops)).toBe(want);
  });
});
