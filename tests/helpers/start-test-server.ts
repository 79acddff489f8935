import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { createTestDatabase, type TestDatabase } from "./test-database";

export { makeTempDbPath } from "./test-database";

export interface TestServer {
  url: string;
  /** Its database (SQLite file or PostgreSQL database of the run's store). */
  database: TestDatabase;
  /** The server process, e.g. to read its memory. */
  pid: number;
  /** How far the server's clock runs ahead of the test's (0 unless started with `clock`). */
  clockOffsetMs: number;
  /** Everything the server printed, to check that no IP reaches the logs. */
  logs: () => string;
  stop: () => Promise<void>;
  /** Sends a signal and resolves with the exit code (null when killed by the signal). */
  kill: (signal: NodeJS.Signals) => Promise<number | null>;
}

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * A `clock` for startTestServer under which a minute closes `ms` from now (the clock runs ahead by under a minute).
 * Detection judges closed minutes: a test whose reports must be judged then waits about `ms`, not up to a minute.
 */
export function clockClosingAMinuteIn(ms: number, now = Date.now()): number {
  return now + ((((-ms - now) % 60_000) + 60_000) % 60_000);
}

/**
 * Starts the real production server (`npm start`'s entry) on a free port, on `database` (default: a fresh one of the
 * run's store), which stop() deletes unless `keepDb`. With `clock`, the server's clock reads that instant as it starts
 * and runs on from there (tests/helpers/shift-clock.mjs), so a fixture built for that instant reads the same at any
 * hour the test runs.
 */
export async function startTestServer(env: Record<string, string> = {}, database?: TestDatabase, keepDb = false, options: { clock?: number } = {}): Promise<TestServer> {
  const db = database ?? (await createTestDatabase());
  const clockArgs = options.clock === undefined ? [] : ["--import", "./tests/helpers/shift-clock.mjs"];
  const clockOffsetMs = options.clock === undefined ? 0 : options.clock - Date.now();
  const clockEnv = options.clock === undefined ? {} : { DOWNWIRE_TEST_CLOCK_OFFSET_MS: String(clockOffsetMs) };
  // A free port can be taken by another test's listener in the seconds before the server binds it (the port is
  // released for the child to take): a server that exits on a port in use is started again on another, at most 3 times.
  for (let attempt = 1; ; attempt++) {
    const port = await findFreePort();
    const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", ...clockArgs, "lib/cli/start.ts"], {
      cwd: path.resolve(__dirname, "../.."),
      // PRELOAD_PAGES=0 unless asked: a test visits a few pages, and loading every page's code at start took half the
      // CPU of each of the run's ~60 server starts. Benchmarks that time pages or memory ask for "1", as in production.
      env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1", PRELOAD_PAGES: "0", ...db.env, ...env, ...clockEnv },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout!.on("data", (d) => (output += d));
    child.stderr!.on("data", (d) => (output += d));
    const started = await new Promise<boolean>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 90_000);
      const check = () => {
        if (output.includes("Downwire listening")) {
          clearTimeout(timer);
          resolve(true);
        }
      };
      child.stdout!.on("data", check);
      child.once("exit", (code) => {
        clearTimeout(timer);
        if (attempt < 3 && output.includes("the port is in use")) resolve(false);
        else reject(new Error(`server exited with ${code}:\n${output}`));
      });
    });
    if (started) return serverHandle(child, port, db, keepDb, clockOffsetMs, () => output);
  }
}

function serverHandle(child: ChildProcess, port: number, db: TestDatabase, keepDb: boolean, clockOffsetMs: number, output: () => string): TestServer {
  return {
    url: `http://127.0.0.1:${port}`,
    database: db,
    pid: child.pid!,
    clockOffsetMs,
    logs: output,
    kill: (signal) =>
      new Promise<number | null>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
        child.once("exit", (code) => resolve(code));
        child.kill(signal);
      }),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        await new Promise<void>((resolve) => {
          child.once("exit", () => resolve());
          child.kill("SIGTERM");
        });
      }
      if (!keepDb) await db.drop();
    },
  };
}
