import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { build } from "esbuild";
import { refuseMethod, sendBody } from "./send-html";

/** The service page's script (app/service-page/client), bundled from its TypeScript sources at first use. */
const ENTRY = "app/service-page/client/main.ts";
const PREFIX = "/_downwire/service-page.";

export interface PageScript {
  /** Its address, named by its content: a browser may keep it for a year, and a new build is a new address. */
  src: string;
  body: Buffer;
}

let pending: Promise<PageScript> | null = null;

/**
 * The bundle, built once per process (esbuild, ~100 ms; tsx already runs the server on it, so it costs no new
 * dependency tree). Built from source rather than by `next build` because Next would wrap it in its own runtime.
 */
export function servicePageScript(): Promise<PageScript> {
  pending ??= bundle().catch((err: unknown) => {
    pending = null;
    throw err;
  });
  return pending;
}

async function bundle(): Promise<PageScript> {
  const root = process.cwd();
  const out = await build({
    entryPoints: [path.join(root, ENTRY)],
    tsconfig: path.join(root, "tsconfig.json"),
    bundle: true,
    minify: true,
    format: "iife",
    // What the pages' CSS and HTML already assume: browsers of the last few years.
    target: ["es2020"],
    legalComments: "none",
    write: false,
    logLevel: "silent",
  });
  const body = Buffer.from(out.outputFiles[0].contents);
  return { src: `${PREFIX}${createHash("sha256").update(body).digest("hex").slice(0, 16)}.js`, body };
}

export const isPageScriptPath = (pathname: string) => pathname.startsWith(PREFIX);

/** The bundle at its content-named address; any other name under it (an old build's) is gone. */
export async function handlePageScript(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (refuseMethod(req, res)) return;
  const script = await servicePageScript();
  if (req.url?.split("?")[0] !== script.src) {
    res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
    return void res.end("Not found");
  }
  sendBody(req, res, { status: 200, body: script.body, headers: { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "public, max-age=31536000, immutable" } });
}
