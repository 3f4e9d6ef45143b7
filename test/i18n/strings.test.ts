/**
 * Every string module in src/i18n: each entry has all six languages, none blank, and the same
 * {placeholders} as English. Modules that have not landed yet are reported and left out.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { LANGUAGES, type Lang } from "../../src/i18n/core";

const STRING_MODULES = ["ui", "sheets", "dossier"];
const i18nDir = path.resolve(__dirname, "../../src/i18n");

interface Entry {
  where: string;
  value: Record<string, unknown>;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Objects keyed by at least one language code are translation entries; anything else is searched inside. */
function collectEntries(value: unknown, where: string, out: Entry[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => collectEntries(item, `${where}[${index}]`, out));
  } else if (isPlainObject(value)) {
    if (LANGUAGES.some((lang) => lang in value)) out.push({ where, value });
    else for (const [key, inner] of Object.entries(value)) collectEntries(inner, `${where}.${key}`, out);
  }
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const present = STRING_MODULES.filter((name) => fs.existsSync(path.join(i18nDir, `${name}.ts`)));
const absent = STRING_MODULES.filter((name) => !present.includes(name));
if (absent.length > 0) console.warn(`i18n check: not yet present, skipped: ${absent.map((n) => `src/i18n/${n}.ts`).join(", ")}`);

describe.each(present)("src/i18n/%s.ts", (name) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exported: Record<string, unknown> = require(path.join(i18nDir, name));
  const entries: Entry[] = [];
  for (const [exportName, value] of Object.entries(exported)) collectEntries(value, exportName, entries);

  test("has translation entries", () => {
    expect(entries.length).toBeGreaterThan(0);
  });

  test("every entry has a non-blank string in all six languages", () => {
    const problems: string[] = [];
    for (const { where, value } of entries) {
      for (const lang of LANGUAGES) {
        const text = value[lang];
        if (typeof text !== "string" || text.trim() === "") problems.push(`${where}: ${lang} is ${text === undefined ? "missing" : "blank"}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test("every language keeps the English placeholders", () => {
    const problems: string[] = [];
    for (const { where, value } of entries) {
      if (typeof value.en !== "string") continue;
      const expected = placeholders(value.en);
      for (const lang of LANGUAGES as readonly Lang[]) {
        const text = value[lang];
        if (typeof text === "string" && placeholders(text).join() !== expected.join()) {
          problems.push(`${where}: ${lang} has {${placeholders(text).join("},{")}} but en has {${expected.join("},{")}}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
