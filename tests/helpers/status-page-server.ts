import crypto from "node:crypto";
import http from "node:http";
import type net from "node:net";

/** What a local vendor status page answers for one path: a body (with an ETag), garbage, or nothing at all. */
export type StatusAnswer = { body: string; contentType?: string } | { garbage: true } | { hangUp: true };

export interface StatusPageServer {
  url: string;
  /** Sets the answer for a path (e.g. "/github/api/v2/summary.json"). */
  set(path: string, answer: StatusAnswer): void;
  /** Every request seen: path and conditional headers. */
  requests: { path: string; ifNoneMatch: string | null; status: number }[];
  close(): Promise<void>;
}

/**
 * A vendor status page on loopback: serves each path's body with an ETag and answers a matching If-None-Match with
 * 304, as Statuspage's CDN does, so a test sees the poller's conditional requests.
 */
export async function startStatusPageServer(): Promise<StatusPageServer> {
  const answers = new Map<string, StatusAnswer>();
  const requests: StatusPageServer["requests"] = [];
  const sockets = new Set<net.Socket>();
  const server = http.createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    const answer = answers.get(path);
    const log = (status: number) => requests.push({ path, ifNoneMatch: (req.headers["if-none-match"] as string) ?? null, status });
    if (!answer) {
      log(404);
      res.writeHead(404).end("not found");
      return;
    }
    if ("hangUp" in answer) {
      log(0);
      req.socket.destroy();
      return;
    }
    if ("garbage" in answer) {
      log(200);
      res.writeHead(200, { "Content-Type": "application/json" }).end("<html><body>502 Bad Gateway</body></html>");
      return;
    }
    const etag = `"${crypto.createHash("sha1").update(answer.body).digest("hex").slice(0, 16)}"`;
    if (req.headers["if-none-match"] === etag) {
      log(304);
      res.writeHead(304, { ETag: etag }).end();
      return;
    }
    log(200);
    res.writeHead(200, { "Content-Type": answer.contentType ?? "application/json", ETag: etag }).end(answer.body);
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    set: (path, answer) => answers.set(path, answer),
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Shifts every ISO 8601 time in a JSON payload by `deltaMs` (a real payload replayed at another moment). */
export function shiftTimes(json: string, deltaMs: number): string {
  return json.replace(/"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d))"/g, (_, t: string) => `"${new Date(Date.parse(t) + deltaMs).toISOString()}"`);
}
