import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSqlite } from "../../db/sqlite/client";
import { runCli } from "../helpers/run-cli";

const ROOT = path.resolve(__dirname, "../..");

const backup = (args: string[], databasePath: string) => runCli("backup", args, { DATABASE_URL: "", DATABASE_PATH: databasePath });

// The happy path (a backup taken mid-write, restored and checked, on both stores) is in tests/http/operations.test.ts;
// here, what the command refuses: an operator's typo must not quietly back up somewhere else, or over something.
describe("npm run backup refuses", () => {
  let dir: string;
  let live: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "downwire-backup-cli-"));
    live = path.join(dir, "downwire.db");
    openSqlite(live).close();
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each([
    ["an unknown flag (a typo of --out)", ["--output", "x.db"], /^backup: Unknown option '--output' \(usage: npm run backup \[-- --out FILE\]\)\n$/],
    ["--out without a file", ["--out"], /^backup: Option '--out <value>' argument missing/],
    ["a stray argument", ["x.db"], /^backup: Unexpected argument 'x.db'/],
  ])("%s, with exit code 2 and no backup written", async (_, args, message) => {
    const run = await backup(args, live);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(fs.existsSync(path.join(dir, "backups"))).toBe(false);
    expect(fs.existsSync(path.join(ROOT, "x.db"))).toBe(false);
  });

  it("to write over an existing file, the live database itself included, leaving it as it was", async () => {
    const before = fs.readFileSync(live);
    const run = await backup(["--out", live], live);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`backup: ${live} already exists; choose another --out or move it away (a backup never overwrites a file)\n`);
    expect(fs.readFileSync(live).equals(before)).toBe(true);
  });

  it("when there is no database to back up, without creating one", async () => {
    const missing = path.join(dir, "missing", "downwire.db");
    const run = await backup([], missing);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`backup: there is no database at DATABASE_PATH=${missing} to back up\n`);
    expect(fs.existsSync(path.dirname(missing))).toBe(false);
  });

  it("and otherwise backs up to the file named", async () => {
    const out = path.join(dir, "copy.db");
    const run = await backup(["--out", out], live);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Backed up ${live.replace(/[.\\/]/g, "\\$&")} to ${out.replace(/[.\\/]/g, "\\$&")} \\(\\d+\\.\\d MB\\)\\n$`));
    expect(fs.statSync(out).size).toBeGreaterThan(0);
  });
});
