import fs from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES } from "../../../lib/i18n/client-messages";
import { LOCALES } from "../../../lib/i18n/config";
import { MESSAGES } from "../../../lib/i18n/messages";

const ROOT = path.resolve(__dirname, "../../..");

function flatten(o: Record<string, unknown>, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(o)) {
    if (typeof v === "string") out.set(prefix + k, v);
    else for (const [kk, vv] of flatten(v as Record<string, unknown>, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

/**
 * What a message shows of its arguments: {name}, {n, number}, a plural's value where it prints it (#), and its tags
 * (<strong>). A plural or select that only picks words ("shows"/"show") is grammar, which another language may not need.
 */
function shownArguments(elements: MessageFormatElement[], out = new Set<string>(), pluralArg?: string): Set<string> {
  for (const e of elements) {
    if (e.type === TYPE.argument || e.type === TYPE.number || e.type === TYPE.date || e.type === TYPE.time) out.add(e.value);
    if (e.type === TYPE.pound && pluralArg) out.add(pluralArg);
    if (e.type === TYPE.plural || e.type === TYPE.select) for (const o of Object.values(e.options)) shownArguments(o.value, out, e.type === TYPE.plural ? e.value : pluralArg);
    if (e.type === TYPE.tag) {
      out.add(`<${e.value}>`);
      shownArguments(e.children, out, pluralArg);
    }
  }
  return out;
}

/** Every argument a message reads, shown or only used to pick words. */
function allArguments(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (e.type === TYPE.argument || e.type === TYPE.number || e.type === TYPE.date || e.type === TYPE.time) out.add(e.value);
    if (e.type === TYPE.plural || e.type === TYPE.select) {
      out.add(e.value);
      for (const o of Object.values(e.options)) allArguments(o.value, out);
    }
    if (e.type === TYPE.tag) allArguments(e.children, out);
  }
  return out;
}

const en = flatten(MESSAGES.en);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(d.name) ? [p] : [];
  });
}

describe("message catalogs", () => {
  it.each(LOCALES.filter((l) => l !== "en"))("%s has exactly the English catalog's keys, none empty", (locale) => {
    const other = flatten(MESSAGES[locale]);
    const missing = [...en.keys()].filter((k) => !other.has(k));
    const extra = [...other.keys()].filter((k) => !en.has(k));
    expect(missing, `keys missing in ${locale}`).toEqual([]);
    expect(extra, `keys only in ${locale}`).toEqual([]);
    expect([...other].filter(([, v]) => !v.trim()).map(([k]) => k)).toEqual([]);
  });

  it.each(LOCALES)("every %s message is valid ICU, shows every argument and tag the English one shows, and reads no other", (locale) => {
    const other = flatten(MESSAGES[locale]);
    const mismatched: string[] = [];
    for (const [key, text] of en) {
      const mine = parse(other.get(key) ?? "", { ignoreTag: false });
      const reference = parse(text, { ignoreTag: false });
      const shown = [...shownArguments(reference)].sort().join();
      if (shown !== [...shownArguments(mine)].sort().join()) mismatched.push(`${key} shows ${[...shownArguments(mine)]}, English ${shown}`);
      const unknown = [...allArguments(mine)].filter((a) => !allArguments(reference).has(a));
      if (unknown.length) mismatched.push(`${key} reads ${unknown}, which English never passes`);
    }
    expect(mismatched).toEqual([]);
  });

  it("leaves no English words in the Chinese catalog beyond names and technical terms", () => {
    // Product, service and technical names that stay in Latin script in Chinese text.
    const allowed = new Set(
      "Downwire RSS Atom JSON API CSV UTC GMT IP DNS AI CI Git weixin Steam Numenta Twitter README Markdown iframe oEmbed WordPress Ghost Medium Cloudflare Outlook Microsoft Fortnite Epic Games Discord lib correlation config.ts detection npm run detect ts".split(" "),
    );
    const words = new Set<string>();
    for (const text of flatten(MESSAGES["zh-CN"]).values()) {
      // ICU syntax is not text: a select's or plural's head and option keys go, the words of its options stay.
      const plain = text
        .replace(/\{\s*\w+\s*,\s*(select|plural|selectordinal)\s*,/g, " ")
        .replace(/(=?\w+)\s*\{(?!\s*\w+\s*[,}])/g, " ")
        .replace(/\{[^{}]*\}/g, " ")
        .replace(/[{}]/g, " ")
        .replace(/<\/?[a-z]+>/g, " ");
      for (const w of plain.match(/[A-Za-z][A-Za-z.]*[A-Za-z]/g) ?? []) if (!allowed.has(w)) words.add(w);
    }
    expect([...words]).toEqual([]);
  });

  it("every namespace a client component translates reaches the browser", () => {
    const files = [...sourceFiles(path.join(ROOT, "app")), ...sourceFiles(path.join(ROOT, "lib"))].filter((f) => /^["']use client["']/m.test(fs.readFileSync(f, "utf8")));
    expect(files.length).toBeGreaterThan(5);
    const used = files.flatMap((f) => [...fs.readFileSync(f, "utf8").matchAll(/useTranslations\("([^"]+)"\)/g)].map((m) => `${path.relative(ROOT, f)}: ${m[1]}`));
    expect(used.length).toBeGreaterThan(5);
    for (const u of used) expect(CLIENT_NAMESPACES.some((ns) => u.split(": ")[1] === ns || u.split(": ")[1].startsWith(`${ns}.`)), u).toBe(true);
  });

  it("no client component imports the full catalogs (they would ship every language to every browser)", () => {
    const clientFiles = sourceFiles(path.join(ROOT, "app")).filter((f) => /^["']use client["']/m.test(fs.readFileSync(f, "utf8")));
    for (const f of clientFiles) expect(fs.readFileSync(f, "utf8"), f).not.toMatch(/i18n\/(messages|translate)"|catalog\/(problems|categories)"/);
  });
});
