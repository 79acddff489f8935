import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";

export interface Received {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  /** Real time (ms) it arrived. */
  at: number;
}

export type Answer = { status: number; body?: string; delayMs?: number };

/** A local HTTP receiver (webhooks, push endpoints): records every request and answers as `answer` says. */
export async function startReceiver(answer: (r: Received, nthOnPath: number) => Answer | Promise<Answer> = () => ({ status: 200 })) {
  const received: Received[] = [];
  const perPath = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const r: Received = { path: req.url ?? "/", headers: req.headers, body: Buffer.concat(chunks), at: Date.now() };
      received.push(r);
      const n = (perPath.get(r.path) ?? 0) + 1;
      perPath.set(r.path, n);
      // A receiver whose own checks throw answers 500 (and the test sees why in its assertions), never hangs.
      const a = await Promise.resolve()
        .then(() => answer(r, n))
        .catch((): Answer => ({ status: 500 }));
      if (a.delayMs) await new Promise((resolve) => setTimeout(resolve, a.delayMs));
      if (res.destroyed) return;
      res.writeHead(a.status, { "Content-Type": "application/json" });
      res.end(a.body ?? "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    received,
    on: (path: string) => received.filter((r) => r.path === path),
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** The Standard Webhooks tolerance for a message's timestamp either side of the receiver's clock. */
const TOLERANCE_S = 5 * 60;

/**
 * Standard Webhooks verification as a receiver does it: throws unless the signature is right and the timestamp fresh.
 * For a server on a shifted clock (startTestServer's `clock`), `clockOffsetMs` is that shift: freshness is judged by
 * the server's clock, and the signature is still the library's.
 */
export function verifyWebhook(r: Received, secret: string, { clockOffsetMs = 0 }: { clockOffsetMs?: number } = {}): { type: string; data: Record<string, unknown> } {
  const headers = { "webhook-id": String(r.headers["webhook-id"]), "webhook-timestamp": String(r.headers["webhook-timestamp"]), "webhook-signature": String(r.headers["webhook-signature"]) };
  const body = r.body.toString("utf8");
  const webhook = new Webhook(secret);
  if (!clockOffsetMs) return webhook.verify(body, headers) as { type: string; data: Record<string, unknown> };
  const timestamp = Number(headers["webhook-timestamp"]);
  if (!Number.isInteger(timestamp) || Math.abs((Date.now() + clockOffsetMs) / 1000 - timestamp) > TOLERANCE_S) throw new Error(`webhook-timestamp ${headers["webhook-timestamp"]} is not fresh`);
  const expected = Buffer.from(webhook.sign(headers["webhook-id"], new Date(timestamp * 1000), body));
  const matches = headers["webhook-signature"].split(" ").some((given) => given.length === expected.length && crypto.timingSafeEqual(Buffer.from(given), expected));
  if (!matches) throw new Error("no matching webhook-signature");
  return JSON.parse(body) as { type: string; data: Record<string, unknown> };
}
