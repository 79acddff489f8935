import net from "node:net";
import { findFreePort } from "./start-test-server";

export interface TcpProxy {
  port: number;
  /** Drops every connection and refuses new ones: the database is gone, as far as its clients can tell. */
  cut: () => Promise<void>;
  /** Accepts connections again on the same port. */
  restore: () => Promise<void>;
  close: () => Promise<void>;
}

/** A loopback TCP relay to host:port that a test can cut and restore, to take a database away from one node. */
export async function startTcpProxy(host: string, port: number): Promise<TcpProxy> {
  const listenPort = await findFreePort();
  const sockets = new Set<net.Socket>();
  const make = () =>
    net.createServer((client) => {
      const upstream = net.connect(port, host);
      for (const s of [client, upstream]) {
        sockets.add(s);
        s.on("close", () => sockets.delete(s));
        s.on("error", () => {});
      }
      client.pipe(upstream).pipe(client);
      client.on("close", () => upstream.destroy());
      upstream.on("close", () => client.destroy());
    });
  let server = make();
  const listen = () => new Promise<void>((resolve) => server.listen(listenPort, "127.0.0.1", resolve));
  const stop = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const s of sockets) s.destroy();
    });
  await listen();
  return {
    port: listenPort,
    cut: stop,
    restore: async () => {
      server = make();
      await listen();
    },
    close: stop,
  };
}
