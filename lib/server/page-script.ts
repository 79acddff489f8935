import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import fs from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { refuseMethod, sendBody } from "./send-html";

/** The service page's script's entry (app/service-page/client), bundled from its TypeScript sources. */
const ENTRY = "app/service-page/client/main.ts";
const PREFIX = "/_downwire/service-page.";

export interface PageScript {
  /** Its address, named by its content: a browser may keep it for a year, and a new build is a new address. */
  src: string;
  body: Buffer;
}

/** A bundle and the modification time of each source it was built from, so development can tell when it is out of date. */
interface Built extends PageScript {
  inputs: Map<string, number>;
  startedAt: number;
}

/**
 * A script bundled from `entry` on first use (esbuild, ~100 ms; tsx already runs the server on it, so it costs no new
 * dependency tree). With `rebuildOnChange` (development) it is bundled again when one of its sources changed since,
 * so an edit shows on the next page load; in production it is built once per process.
 */
export function createPageScript({ entry, root, rebuildOnChange = () => false }: { entry: string; root: string; rebuildOnChange?: () => boolean }): () => Promise<PageScript> {
  let pending: Promise<Built> | null = null;
  return async () => {
    if (pending && rebuildOnChange() && isStale(await pending.catch(() => null))) pending = null;
    pending ??= bundle(path.join(root, entry), root).catch((err: unknown) => {
      pending = null;
      throw err;
    });
    const { src, body } = await pending;
    return { src, body };
  };
}

/**
 * Stale when a source's modification time is not the one read after the build (so coarse file-system times cannot
 * hide an edit), or is not older than the build's start (an edit made while it ran, which that read already saw).
 */
function isStale(built: Built | null): boolean {
  if (!built) return true;
  return [...built.inputs].some(([file, seen]) => {
    const now = mtimeOf(file);
    return now !== seen || now >= built.startedAt;
  });
}

/** A file's modification time, or NaN when it is gone (deleted or renamed: build again, and fail loudly if the entry is). */
function mtimeOf(file: string): number {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return NaN;
  }
}

async function bundle(entry: string, root: string): Promise<Built> {
  const startedAt = Date.now();
  const out = await build({
    entryPoints: [entry],
    tsconfig: path.join(root, "tsconfig.json"),
    absWorkingDir: root,
    bundle: true,
    minify: true,
    format: "iife",
    // What the pages' CSS and HTML already assume: browsers of the last few years.
    target: ["es2020"],
    legalComments: "none",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const body = Buffer.from(out.outputFiles[0].contents);
  const inputs = new Map(Object.keys(out.metafile.inputs).map((f) => path.resolve(root, f)).map((file) => [file, mtimeOf(file)]));
  return { src: `${PREFIX}${createHash("sha256").update(body).digest("hex").slice(0, 16)}.js`, body, inputs, startedAt };
}

let development = false;
/** `npm run dev`: the service page's script follows edits of its sources. */
export function rebuildPageScriptOnChange(): void {
  development = true;
}

/** The service page's script (app/service-page/client), built from source rather than by `next build` because Next would wrap it in its own runtime. */
export const servicePageScript = createPageScript({ entry: ENTRY, root: process.cwd(), rebuildOnChange: () => development });

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
