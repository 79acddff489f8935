import { lookup as dnsLookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { isPublicAddress } from "./public-address";

/** Why an outbound request was refused or failed (every failure is one of these, never a raw socket error). */
export type OutboundFailure = "bad_url" | "private_address" | "dns" | "timeout" | "too_large" | "too_many_redirects" | "network";

export class OutboundError extends Error {
  constructor(
    readonly reason: OutboundFailure,
    message: string,
  ) {
    super(message);
  }
}

export type Resolve = (host: string) => Promise<{ address: string; family: number }[]>;

export interface SafeFetchOptions {
  method?: "GET" | "POST" | "HEAD";
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Whole request, redirects included. */
  timeoutMs: number;
  /** Response bodies larger than this are cut off and the request fails as `too_large`. */
  maxBytes: number;
  maxRedirects: number;
  /** Tests only: allow loopback and private addresses (local receivers). */
  allowPrivate: boolean;
  /** DNS resolution (injectable so tests can resolve a name to a private address). */
  resolve?: Resolve;
}

export interface SafeFetchResult {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  /** The URL that answered (after redirects). */
  url: string;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const defaultResolve: Resolve = (host) => dnsLookup(host, { all: true, verbatim: true });

/**
 * An outbound HTTP(S) request that cannot be turned against the server's own network: the host is resolved first
 * and every address it resolves to must be public (unless `allowPrivate`), and the connection goes to the checked
 * address (no second lookup a DNS rebinding could answer differently). Redirects are followed by hand, each hop
 * checked the same way. A deadline covers the whole exchange and the body is capped.
 */
export async function safeFetch(target: string, options: SafeFetchOptions): Promise<SafeFetchResult> {
  const deadline = Date.now() + options.timeoutMs;
  let url = parseUrl(target);
  let method = options.method ?? "GET";
  let body = options.body;
  for (let hop = 0; ; hop++) {
    const address = await resolvePublic(url, options);
    const res = await requestOnce(url, address, method, body, options, deadline);
    const location = res.headers.location;
    if (!REDIRECTS.has(res.status) || !location) return { ...res, url: url.toString() };
    if (hop >= options.maxRedirects) throw new OutboundError("too_many_redirects", `more than ${options.maxRedirects} redirects from ${target}`);
    url = parseUrl(new URL(location, url).toString());
    if (res.status === 303 || ((res.status === 301 || res.status === 302) && method === "POST")) {
      method = "GET";
      body = undefined;
    }
  }
}

function parseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new OutboundError("bad_url", `not a URL: ${raw.slice(0, 200)}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new OutboundError("bad_url", `only http and https are fetched, not ${url.protocol}`);
  if (url.username || url.password) throw new OutboundError("bad_url", "URLs with credentials are not fetched");
  return url;
}

/** The address to connect to: a literal IP as given, else the first of the resolved addresses, all of which must pass. */
async function resolvePublic(url: URL, options: SafeFetchOptions): Promise<{ address: string; family: number }> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: { address: string; family: number }[];
  if (net.isIP(host)) addresses = [{ address: host, family: net.isIP(host) }];
  else {
    try {
      addresses = await (options.resolve ?? defaultResolve)(host);
    } catch (err) {
      throw new OutboundError("dns", `cannot resolve ${host}: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (addresses.length === 0) throw new OutboundError("dns", `${host} has no address`);
  }
  if (!options.allowPrivate) {
    const bad = addresses.find((a) => !isPublicAddress(a.address));
    if (bad) throw new OutboundError("private_address", `${host} resolves to ${bad.address}, which is not a public address`);
  }
  return addresses[0];
}

function requestOnce(
  url: URL,
  address: { address: string; family: number },
  method: string,
  body: string | Buffer | undefined,
  options: SafeFetchOptions,
  deadline: number,
): Promise<Omit<SafeFetchResult, "url">> {
  return new Promise((resolve, reject) => {
    const remaining = deadline - Date.now();
    if (remaining <= 0) return reject(new OutboundError("timeout", `no answer from ${url.host} within ${options.timeoutMs} ms`));
    const client = url.protocol === "https:" ? https : http;
    const req = client.request(
      url,
      {
        method,
        headers: { ...options.headers, ...(body !== undefined ? { "Content-Length": String(Buffer.byteLength(body)) } : {}) },
        // Connect to the address that was checked; SNI and Host still carry the name.
        lookup: (_host, opts, cb) => {
          // Node asks for every address when it may race IPv4 against IPv6; either way there is only the checked one.
          if ((opts as { all?: boolean }).all) (cb as unknown as (err: Error | null, all: { address: string; family: number }[]) => void)(null, [address]);
          else (cb as (err: Error | null, address: string, family: number) => void)(null, address.address, address.family);
        },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > options.maxBytes) {
            req.destroy(new OutboundError("too_large", `${url.host} sent more than ${options.maxBytes} bytes`));
            return;
          }
          chunks.push(chunk);
        });
        res.on("end", () => {
          clearTimeout(timer);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
        });
        res.on("error", (err) => fail(err));
      },
    );
    const fail = (err: unknown) => {
      clearTimeout(timer);
      reject(err instanceof OutboundError ? err : new OutboundError("network", `${url.host}: ${err instanceof Error ? err.message : String(err)}`));
    };
    const timer = setTimeout(() => req.destroy(new OutboundError("timeout", `no answer from ${url.host} within ${options.timeoutMs} ms`)), remaining);
    req.on("error", fail);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/**
 * Checks a URL as safeFetch would before connecting (scheme, no credentials, every resolved address public unless
 * `allowPrivate`), without sending anything: for refusing a subscription to a private address up front.
 */
export async function checkOutboundUrl(target: string, options: Pick<SafeFetchOptions, "allowPrivate" | "resolve">): Promise<void> {
  await resolvePublic(parseUrl(target), { ...options, timeoutMs: 0, maxBytes: 0, maxRedirects: 0 });
}
