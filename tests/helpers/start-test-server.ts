import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export interface TestServer {
  url: string;
  dbPath: string;
  /** The server process, e.g. to read its memory. */
  pid: number;
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

export function makeTempDbPath(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), "downwire-")), "test.db");
}

/**
 * Starts the real production server (`npm start`'s entry) on a free port with its own database file. With `clock`,
 * the server's clock reads that instant as it starts and runs on from there (tests/helpers/shift-clock.mjs), so a
 * fixture built for that instant reads the same at any hour the test runs.
 */
export async function startTestServer(env: Record<string, string> = {}, dbPath = makeTempDbPath(), keepDb = false, options: { clock?: number } = {}): Promise<TestServer> {
  const port = await findFreePort();
  const clockArgs = options.clock === undefined ? [] : ["--import", "./tests/helpers/shift-clock.mjs"];
  const clockEnv = options.clock === undefined ? {} : { DOWNWIRE_TEST_CLOCK_OFFSET_MS: String(options.clock - Date.now()) };
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", ...clockArgs, "lib/cli/start.ts"], {
    cwd: path.resolve(__dirname, "../.."),
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATABASE_PATH: dbPath, NEXT_TELEMETRY_DISABLED: "1", ...env, ...clockEnv },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    const check = () => {
      if (output.includes("Downwire listening")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", check);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    dbPath,
    pid: child.pid!,
    logs: () => output,
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
      if (!keepDb && path.basename(path.dirname(dbPath)).startsWith("downwire-")) fs.rmSync(path.dirname(dbPath), { recursive: true, force: true });
    },
  };
}
