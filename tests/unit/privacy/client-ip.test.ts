import { describe, expect, it } from "vitest";
import { normalizeIp, resolveClientIp } from "../../../lib/privacy/client-ip";

describe("resolveClientIp", () => {
  it.each([
    { socket: "::ffff:203.0.113.7", xff: undefined, trust: false, want: "203.0.113.7" },
    { socket: "127.0.0.1", xff: "198.51.100.9", trust: false, want: "127.0.0.1" },
    { socket: "127.0.0.1", xff: "198.51.100.9, 10.0.0.1", trust: true, want: "198.51.100.9" },
    { socket: "127.0.0.1", xff: "not-an-ip", trust: true, want: "127.0.0.1" },
    { socket: "::1", xff: "2001:DB8::1", trust: true, want: "2001:db8::1" },
    { socket: undefined, xff: undefined, trust: false, want: "0.0.0.0" },
  ])("socket $socket, XFF $xff, trust $trust -> $want", ({ socket, xff, trust, want }) => {
    expect(resolveClientIp({ socketAddress: socket, forwardedFor: xff, trustProxy: trust })).toBe(want);
  });

  it("normalises IPv4-mapped IPv6 and case", () => {
    expect(normalizeIp("::FFFF:1.2.3.4")).toBe("1.2.3.4");
    expect(normalizeIp(" 2001:DB8::A ")).toBe("2001:db8::a");
  });
});
