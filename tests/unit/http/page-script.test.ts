import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createPageScript } from "@/lib/server/page-script";

// A throwaway script of two files, bundled the way the service page's is.
const root = fs.mkdtempSync(path.join(os.tmpdir(), "downwire-page-script-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const word = path.join(root, "word.ts");
/** Writes word.ts with a modification time clearly after any build so far (file systems keep coarse times). */
function writeWord(source: string, secondsAhead: number) {
  fs.writeFileSync(word, source);
  const t = Date.now() / 1000 + secondsAhead;
  fs.utimesSync(word, t, t);
}

describe("the service page's script bundle", () => {
  it("is built once in production; in development an edited source is bundled again, and a broken one does not stick", async () => {
    fs.writeFileSync(path.join(root, "tsconfig.json"), "{}");
    fs.writeFileSync(path.join(root, "main.ts"), 'import { word } from "./word";\ndocument.title = word;\n');
    writeWord('export const word = "first";\n', 0);
    let development = false;
    const script = createPageScript({ entry: "main.ts", root, rebuildOnChange: () => development });

    const first = await script();
    expect(first.body.toString()).toContain('"first"');
    expect(first.src).toMatch(/^\/_downwire\/service-page\.[0-9a-f]{16}\.js$/);

    writeWord('export const word = "second";\n', 5);
    // Production: the bundle of the process's start, whatever changed on disk.
    expect((await script()).body.toString()).toContain('"first"');

    development = true;
    const second = await script();
    expect(second.body.toString()).toContain('"second"');
    expect(second.body.toString()).not.toContain('"first"');
    expect(second.src).not.toBe(first.src);

    writeWord("export const word = ;\n", 10);
    await expect(script()).rejects.toThrow();
    writeWord('export const word = "third";\n', 15);
    expect((await script()).body.toString()).toContain('"third"');
  });
});
