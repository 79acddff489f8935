import http from "node:http";
import { findFreePort } from "./start-test-server";

export interface HostPageServer {
  /** On "localhost", so it is another origin (and another site) than a Downwire server on 127.0.0.1. */
  url: string;
  /** Serves `html` at `path` from now on. */
  setPage: (path: string, html: string) => void;
  stop: () => Promise<void>;
}

/** A stand-in for a newsroom's article pages: plain HTML pages that embed Downwire from another origin. */
export async function startHostPageServer(): Promise<HostPageServer> {
  const pages = new Map<string, string>();
  const server = http.createServer((req, res) => {
    const html = pages.get((req.url ?? "/").split("?")[0]);
    res.writeHead(html ? 200 : 404, { "Content-Type": "text/html; charset=utf-8" });
    res.end(html ?? "not found");
  });
  const port = await findFreePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `http://localhost:${port}`,
    setPage: (path, html) => pages.set(path, html),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export const article = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Newsroom article</title></head><body><h1>Outlook is down for many users</h1><p>Reporting text.</p>${body}</body></html>`;
