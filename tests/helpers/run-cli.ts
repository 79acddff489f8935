import { execFile } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

export interface CliRun {
  /** The exit code (null if the process was killed, e.g. by the timeout). */
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs one of our commands (`lib/cli/<name>.ts`) as `npm run` would, in its own process, from the project's root;
 * asynchronously, so a test's own server keeps answering meanwhile. A process still running after `timeoutMs` is
 * killed, so a command that hangs fails its test instead of stalling the run.
 */
export function runCli(name: string, args: readonly string[] = [], env: Record<string, string> = {}, timeoutMs = 60_000): Promise<CliRun> {
  return new Promise((resolve) =>
    execFile(
      process.execPath,
      ["--import", "tsx", `lib/cli/${name}.ts`, ...args],
      { cwd: ROOT, env: { ...process.env, ...env }, encoding: "utf8", timeout: timeoutMs, maxBuffer: 64 << 20 },
      (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? null) : 0, stdout, stderr }),
    ),
  );
}
