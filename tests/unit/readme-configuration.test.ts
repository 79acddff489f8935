import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ENV_VARIABLES } from "../../lib/config/env";

const ROOT = path.resolve(__dirname, "../..");
const README = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
/** The variables the README's configuration table names, from its first column. */
const documented = new Set(
  README.slice(README.indexOf("## Configuration"), README.indexOf("## Public API"))
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .flatMap((line) => [...line.split(" | ")[0].matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((m) => m[1])),
);

/** Every variable read through `process.env` in the code, the tests, the benchmarks and the Next config. */
function readEnvNames(): Set<string> {
  const names = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|tsx|mjs|js)$/.test(entry.name)) {
        for (const m of fs.readFileSync(full, "utf8").matchAll(/process\.env(?:\.([A-Z][A-Z0-9_]+)|\[["']([A-Z][A-Z0-9_]+)["']\])/g)) names.add(m[1] ?? m[2]);
      }
    }
  };
  for (const dir of ["app", "lib", "db", "tests"]) walk(path.join(ROOT, dir));
  for (const m of fs.readFileSync(path.join(ROOT, "next.config.ts"), "utf8").matchAll(/process\.env\.([A-Z][A-Z0-9_]+)/g)) names.add(m[1]);
  return names;
}

// README is the front door: every variable Downwire or its tests read is in its configuration table.
describe("README configuration table", () => {
  it("lists every variable the server reads", () => {
    expect(ENV_VARIABLES.length).toBeGreaterThan(20);
    expect(ENV_VARIABLES.filter((name) => !documented.has(name))).toEqual([]);
  });

  it("lists every variable read anywhere in the code, tests and benchmarks", () => {
    const read = [...readEnvNames()];
    expect(read).toContain("FUZZ_RUNS");
    expect(read.filter((name) => !documented.has(name))).toEqual([]);
  });
});
