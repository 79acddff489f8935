import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPublicAddress } from "../../../lib/net/public-address";
import { OutboundError, safeFetch, type SafeFetchOptions } from "../../../lib/net/safe-fetch";

let server: http.Server;
let base: string;
let port: number;
const hits: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    hits.push(`${req.method} ${req.url} host=${req.headers.host}`);
    if (req.url === "/ok") return void res.writeHead(200, { "Content-Type": "application/json", ETag: '"v1"' }).end('{"ok":true}');
    if (req.url === "/big") return void res.writeHead(200).end(Buffer.alloc(64 * 1024, 97));
    if (req.url?.startsWith("/hop/")) {
      const n = Number(req.url.slice(5));
      return void res.writeHead(302, { Location: n > 0 ? `/hop/${n - 1}` : "/ok" }).end();
    }
    if (req.url === "/see-other") return void res.writeHead(303, { Location: "/ok" }).end();
    if (req.url === "/slow") return; // never answers
    if (req.url === "/echo" && req.method === "POST") {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => res.writeHead(200).end(body));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const local: SafeFetchOptions = { timeoutMs: 2_000, maxBytes: 16 * 1024, maxRedirects: 3, allowPrivate: true };
const failure = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (err) {
    return err instanceof OutboundError ? err.reason : `not an OutboundError: ${String(err)}`;
  }
  return "succeeded";
};

describe("isPublicAddress", () => {
  it.each([
    ["93.184.216.34", true],
    ["2606:2800:220:1:248:1893:25c8:1946", true],
    ["127.0.0.1", false],
    ["10.1.2.3", false],
    ["172.16.0.1", false],
    ["192.168.1.1", false],
    ["169.254.169.254", false],
    ["100.64.0.1", false],
    ["0.0.0.0", false],
    ["255.255.255.255", false],
    ["224.0.0.1", false],
    ["::1", false],
    ["fe80::1", false],
    ["fd00::1", false],
    ["::ffff:127.0.0.1", false],
    ["::ffff:93.184.216.34", true],
    ["not an ip", false],
  ])("%s -> %s", (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });
});

describe("safeFetch", () => {
  it("fetches from a local server when private addresses are allowed (tests), with its headers", async () => {
    const res = await safeFetch(`${base}/ok`, { ...local, headers: { "If-None-Match": '"v0"' } });
    expect(res.status).toBe(200);
    expect(res.body.toString()).toBe('{"ok":true}');
    expect(res.headers.etag).toBe('"v1"');
  });

  it("refuses loopback and private addresses otherwise, given as literals or behind a name", async () => {
    const before = hits.length;
    expect(await failure(safeFetch(`${base}/ok`, { ...local, allowPrivate: false }))).toBe("private_address");
    // A public-looking name that resolves to loopback is refused after resolution, before any connection.
    const resolve = async () => [{ address: "127.0.0.1", family: 4 }];
    expect(await failure(safeFetch(`http://status.example.com:${port}/ok`, { ...local, allowPrivate: false, resolve }))).toBe("private_address");
    // One private address among public ones is enough to refuse.
    const mixed = async () => [{ address: "93.184.216.34", family: 4 }, { address: "10.0.0.5", family: 4 }];
    expect(await failure(safeFetch(`http://status.example.com:${port}/ok`, { ...local, allowPrivate: false, resolve: mixed }))).toBe("private_address");
    expect(await failure(safeFetch("http://169.254.169.254/latest/meta-data/", { ...local, allowPrivate: false }))).toBe("private_address");
    expect(hits.length).toBe(before);
  });

  it("connects to the address it checked, keeping the name in the Host header", async () => {
    const resolve = async () => [{ address: "127.0.0.1", family: 4 }];
    const res = await safeFetch(`http://status.example.com:${port}/ok`, { ...local, resolve });
    expect(res.status).toBe(200);
    expect(hits.at(-1)).toBe(`GET /ok host=status.example.com:${port}`);
  });

  it("refuses other schemes and URLs with credentials", async () => {
    expect(await failure(safeFetch("file:///etc/passwd", local))).toBe("bad_url");
    expect(await failure(safeFetch(`http://user:pw@127.0.0.1:${port}/ok`, local))).toBe("bad_url");
    expect(await failure(safeFetch("not a url", local))).toBe("bad_url");
  });

  it("follows redirects up to the limit, and no further", async () => {
    const res = await safeFetch(`${base}/hop/2`, local);
    expect(res.status).toBe(200);
    expect(res.url).toBe(`${base}/ok`);
    expect(await failure(safeFetch(`${base}/hop/5`, local))).toBe("too_many_redirects");
  });

  it("turns a POST into a GET on 303, as browsers do, and sends a POST body", async () => {
    expect((await safeFetch(`${base}/see-other`, { ...local, method: "POST", body: "x" })).status).toBe(200);
    expect(hits.at(-1)).toMatch(/^GET \/ok/);
    expect((await safeFetch(`${base}/echo`, { ...local, method: "POST", body: "hello" })).body.toString()).toBe("hello");
  });

  it("cuts off a body over the cap and a server that never answers", async () => {
    expect(await failure(safeFetch(`${base}/big`, local))).toBe("too_large");
    const started = Date.now();
    expect(await failure(safeFetch(`${base}/slow`, { ...local, timeoutMs: 300 }))).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("reports an unreachable host as a network failure, not a thrown socket error", async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const deadPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    expect(await failure(safeFetch(`http://127.0.0.1:${deadPort}/`, local))).toBe("network");
    const nxdomain = async () => {
      throw new Error("ENOTFOUND");
    };
    expect(await failure(safeFetch("http://no-such-host.invalid/", { ...local, resolve: nxdomain }))).toBe("dns");
  });
});
