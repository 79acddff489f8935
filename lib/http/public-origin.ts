import { readEnv, type Env } from "@/lib/config/env";
import { pickForwarded } from "@/lib/privacy/client-ip";

interface HeaderSource {
  get(name: string): string | null;
}

// A Host header is client-supplied: accept only a plain host[:port] so it cannot smuggle markup into links.
const HOST_RE = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * The origin links in embed codes, oEmbed answers, feeds and share images point at: PUBLIC_URL when set,
 * else the request's own host (and, behind a trusted proxy, its forwarded host and scheme).
 */
export function resolvePublicOrigin(headers: HeaderSource, env: Env = readEnv()): string {
  if (env.PUBLIC_URL) return new URL(env.PUBLIC_URL).origin;
  const forwardedHost = pickForwarded(headers.get("x-forwarded-host"), env.TRUST_PROXY);
  const host = forwardedHost ?? headers.get("host");
  const proto = pickForwarded(headers.get("x-forwarded-proto"), env.TRUST_PROXY) === "https" ? "https" : "http";
  return host && HOST_RE.test(host) ? `${proto}://${host.toLowerCase()}` : `http://localhost:${env.PORT}`;
}
