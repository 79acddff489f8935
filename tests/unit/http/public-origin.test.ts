import { describe, expect, it } from "vitest";
import { readEnv } from "../../../lib/config/env";
import { resolvePublicOrigin } from "../../../lib/http/public-origin";

const headers = (h: Record<string, string>) => new Headers(h);

describe("public origin", () => {
  it("prefers PUBLIC_URL over anything a request says", () => {
    const env = readEnv({ PUBLIC_URL: "https://downwire.example.org/" } as unknown as NodeJS.ProcessEnv);
    expect(resolvePublicOrigin(headers({ host: "evil.test" }), env)).toBe("https://downwire.example.org");
  });

  it.each([
    [{ host: "127.0.0.1:3000" }, "0", "http://127.0.0.1:3000"],
    [{ host: "Downwire.Example" }, "0", "http://downwire.example"],
    [{ host: "[::1]:8080" }, "0", "http://[::1]:8080"],
    [{ host: `x"><script>` }, "0", "http://localhost:3000"],
    [{ host: "a.test", "x-forwarded-host": "b.test", "x-forwarded-proto": "https" }, "0", "http://a.test"],
    [{ host: "a.test", "x-forwarded-host": "b.test", "x-forwarded-proto": "https" }, "1", "https://b.test"],
    // One trusted hop: the entry our proxy appended (right-most), not what the client put before it.
    [{ host: "a.test", "x-forwarded-host": "evil.test, b.test", "x-forwarded-proto": "http, https" }, "1", "https://b.test"],
    [{ host: "a.test", "x-forwarded-host": "b.test, lb.internal", "x-forwarded-proto": "https, http" }, "2", "https://b.test"],
  ])("%o with TRUST_PROXY=%s -> %s", (h, trust, origin) => {
    expect(resolvePublicOrigin(headers(h), readEnv({ TRUST_PROXY: trust } as unknown as NodeJS.ProcessEnv))).toBe(origin);
  });

  it("refuses a PUBLIC_URL that is not http(s)", () => {
    expect(() => readEnv({ PUBLIC_URL: "javascript:alert(1)" } as unknown as NodeJS.ProcessEnv)).toThrow(/PUBLIC_URL/);
  });

  it("reads TRUST_PROXY as a number of hops and refuses anything else by name", () => {
    expect(readEnv({} as unknown as NodeJS.ProcessEnv).TRUST_PROXY).toBe(0);
    expect(readEnv({ TRUST_PROXY: "2" } as unknown as NodeJS.ProcessEnv).TRUST_PROXY).toBe(2);
    expect(() => readEnv({ TRUST_PROXY: "true" } as unknown as NodeJS.ProcessEnv)).toThrow(/TRUST_PROXY: must be the number of proxy hops/);
    expect(() => readEnv({ TRUST_PROXY: "-1" } as unknown as NodeJS.ProcessEnv)).toThrow(/TRUST_PROXY/);
  });
});
