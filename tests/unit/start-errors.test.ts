import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli";


const start = (env: Record<string, string>, args: string[] = []) => runCli("start", args, { DATABASE_URL: "", ...env });

/** A local port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

// An operator's first start that cannot work says why in one line: which setting, which database, what failed.
describe("npm start that cannot start", () => {
  it("names a bad variable and what it must be", async () => {
    const run = await start({ PORT: "eighty" });
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe("Invalid configuration: PORT: must be a whole number above 0");
  });

  it("refuses a flag for what is an environment variable, and says so (exit 2)", async () => {
    const run = await start({}, ["--port", "8080"]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(`Unknown option '--port'. Settings are environment variables, e.g. PORT=8080 npm start (README "Configuration").`);
  });

  it("names the SQLite file it cannot open", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "downwire-start-"));
    const blocker = path.join(dir, "not-a-folder");
    fs.writeFileSync(blocker, "");
    try {
      const run = await start({ DATABASE_PATH: path.join(blocker, "downwire.db") });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`Cannot open the SQLite database at DATABASE_PATH=${path.join(blocker, "downwire.db")}: `);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("says the port is in use, and exits instead of hanging", async () => {
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(0, "127.0.0.1", resolve));
    const { port } = holder.address() as net.AddressInfo;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "downwire-start-"));
    try {
      const run = await start({ DATABASE_PATH: path.join(dir, "downwire.db"), HOST: "127.0.0.1", PORT: String(port) });
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).toContain(`Cannot listen on 127.0.0.1:${port}: the port is in use (another Downwire or another server). Stop it, or set PORT to a free port.`);
      expect(run.stderr).not.toContain("uncaughtException");
      expect(run.stdout).not.toContain("Downwire listening");
    } finally {
      await new Promise<void>((resolve) => holder.close(() => resolve()));
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);

  it("names the PostgreSQL server it cannot reach, without the password", async () => {
    const port = await closedPort();
    const run = await start({ DATABASE_URL: `postgres://downwire:s3cret-pass@127.0.0.1:${port}/downwire` });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`Cannot open PostgreSQL at 127.0.0.1:${port}/downwire (DATABASE_URL): connect ECONNREFUSED 127.0.0.1:${port}`);
    expect(run.stderr).not.toContain("s3cret-pass");
  });
});
