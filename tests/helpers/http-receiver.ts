import http from "node:http";
import type { AddressInfo } from "node:net";

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
