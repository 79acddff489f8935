const GONE = new Set(["EPIPE", "ERR_STREAM_DESTROYED"]);

/**
 * Keeps the server up when whatever read its stdout or stderr goes away (a log shipper restarted, `npm start | head`).
 * Without a listener the failed write is an uncaught exception; Next's handler logs it to the same closed stream,
 * which fails again, and the process spun at a full core from then on, never finishing its start nor its shutdown.
 * The logs are lost until someone reads them again; reports and pages are not.
 */
export function tolerateClosedOutput(streams: NodeJS.WriteStream[] = [process.stdout, process.stderr]): void {
  for (const stream of streams) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (!GONE.has(error.code ?? "")) throw error;
    });
  }
}
