import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
/** The application's code; tests and benchmarks may open raw connections (a bare SQLite yardstick, a PG admin). */
const APP_DIRS = ["app", "lib", "db"];
/** Packages that talk to a database: only db/ and the store adapters may use them. */
const DRIVERS = [/^better-sqlite3$/, /^pg$/, /^pg-/, /^postgres$/, /^drizzle-orm\/(better-sqlite3|node-postgres|postgres-js|pglite|pg-proxy|libsql|mysql2)/];

const isStoreAdapter = (file: string) => /^lib\/[^/]+\/store\//.test(file);

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(rel));
    else if (/\.tsx?$/.test(entry.name)) out.push(rel);
  }
  return out;
}

/** The file an import specifier names (for our own modules), or the package name. */
function resolveImport(from: string, spec: string): { file: string } | { pkg: string } {
  let base: string;
  if (spec.startsWith("@/")) base = spec.slice(2);
  else if (spec.startsWith(".")) base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  else return { pkg: spec };
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) {
    if (fs.existsSync(path.join(ROOT, candidate)) && fs.statSync(path.join(ROOT, candidate)).isFile()) return { file: candidate };
  }
  return { file: base };
}

interface Module {
  file: string;
  imports: { file: string }[];
  packages: string[];
  strings: string[];
}

/** Every import (type-only and dynamic ones too) and every string literal of a file, from TypeScript's own scanner. */
function readModule(file: string): Module {
  const text = fs.readFileSync(path.join(ROOT, file), "utf8");
  const imports: { file: string }[] = [];
  const packages: string[] = [];
  for (const ref of ts.preProcessFile(text, true, true).importedFiles) {
    const target = resolveImport(file, ref.fileName);
    if ("pkg" in target) packages.push(target.pkg);
    else imports.push(target);
  }
  const strings: string[] = [];
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) strings.push(node.text);
    else if (ts.isTemplateExpression(node)) strings.push([node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(" "));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { file, imports, packages, strings };
}

const modules = APP_DIRS.flatMap(listFiles).map(readModule);

/** A lib/ file's domain ("lib/reports"); app/ and db/ are one domain each. */
const domainOf = (file: string) => (file.startsWith("lib/") ? file.split("/").slice(0, 2).join("/") : file.split("/")[0]);

/** Strongly connected components with more than one node (Tarjan): the cycles of a directed graph. */
function findCycles(graph: Map<string, Set<string>>): string[][] {
  let index = 0;
  const stack: string[] = [];
  const onStack = new Set<string>();
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const cycles: string[][] = [];
  const connect = (v: string) => {
    indices.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indices.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!));
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!indices.has(v)) connect(v);
  return cycles;
}

/** Text that is a SQL statement (not a word in a sentence): a verb followed by what it acts on. */
const SQL = /\b(SELECT\s+[\s\S]+\s+FROM\s|INSERT\s+INTO\s|UPDATE\s+\w+\s+SET\s|DELETE\s+FROM\s|CREATE\s+(TABLE|INDEX|DATABASE)\s|ALTER\s+TABLE\s|PRAGMA\s)/;

describe("architecture", () => {
  it("keeps db/ free of anything in lib/ (and app/)", () => {
    const offenders = modules.filter((m) => m.file.startsWith("db/")).flatMap((m) => m.imports.filter((i) => !i.file.startsWith("db/")).map((i) => `${m.file} -> ${i.file}`));
    expect(offenders).toEqual([]);
  });

  it("lets only db/ and the store adapters (lib/<domain>/store/) import a database driver", () => {
    const offenders = modules
      .filter((m) => !m.file.startsWith("db/") && !isStoreAdapter(m.file))
      .flatMap((m) => m.packages.filter((p) => DRIVERS.some((d) => d.test(p))).map((p) => `${m.file} imports ${p}`));
    expect(offenders).toEqual([]);
    // The check can fail: db/ does import the drivers.
    expect(modules.some((m) => m.file.startsWith("db/") && m.packages.includes("pg"))).toBe(true);
    expect(modules.some((m) => m.file.startsWith("db/") && m.packages.includes("better-sqlite3"))).toBe(true);
  });

  it("keeps SQL in db/ and the store adapters", () => {
    const offenders = modules.filter((m) => !m.file.startsWith("db/") && !isStoreAdapter(m.file)).flatMap((m) => m.strings.filter((s) => SQL.test(s)).map((s) => `${m.file}: ${s.slice(0, 60)}`));
    expect(offenders).toEqual([]);
    // The check can fail: the adapters do hold SQL.
    expect(modules.filter((m) => isStoreAdapter(m.file)).some((m) => m.strings.some((s) => SQL.test(s)))).toBe(true);
  });

  it("has no import cycles between lib/ domains (nor app/ and db/)", () => {
    const graph = new Map<string, Set<string>>();
    for (const m of modules) {
      const from = domainOf(m.file);
      if (!graph.has(from)) graph.set(from, new Set());
      for (const i of m.imports) if (domainOf(i.file) !== from) graph.get(from)!.add(domainOf(i.file));
    }
    expect(findCycles(graph)).toEqual([]);
    // The walk sees the edges it should: the server depends on reports, reports on the catalog.
    expect(graph.get("lib/server")?.has("lib/reports")).toBe(true);
    expect(graph.get("lib/reports")?.has("lib/catalog")).toBe(true);
  });

  it("has no import cycles between files", () => {
    const graph = new Map(modules.map((m) => [m.file, new Set(m.imports.map((i) => i.file))]));
    expect(findCycles(graph)).toEqual([]);
  });

  it("finds a cycle when there is one (the walk itself)", () => {
    const graph = new Map([
      ["a", new Set(["b"])],
      ["b", new Set(["c"])],
      ["c", new Set(["a", "d"])],
      ["d", new Set<string>()],
    ]);
    expect(findCycles(graph)).toEqual([["a", "b", "c"]]);
  });
});
