/**
 * The language files (src/i18n/lang/): each has English's keys in English's order, none blank.
 * Every string module in src/i18n built from them: each entry has all six languages, none blank,
 * and the same {placeholders} as English. Modules that have not landed yet are reported and left out.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { LANGUAGES, type Lang } from "../../src/i18n/core";
import { DICTIONARIES } from "../../src/i18n/dictionaries";

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

/** Every string of a dictionary as [dotted key path, value], in the file's order. */
function leaves(value: unknown, where = ""): [string, unknown][] {
  if (!isPlainObject(value)) return [[where, value]];
  return Object.entries(value).flatMap(([key, inner]) => leaves(inner, where ? `${where}.${key}` : key));
}

describe("src/i18n/lang: one dictionary per language", () => {
  const english = leaves(DICTIONARIES.en).map(([where]) => where);

  test.each(LANGUAGES.filter((lang) => lang !== "en"))("%s.ts has English's keys in English's order", (lang) => {
    expect(leaves(DICTIONARIES[lang]).map(([where]) => where)).toEqual(english);
  });

  test.each([...LANGUAGES])("%s.ts has no blank string", (lang) => {
    const blank = leaves(DICTIONARIES[lang]).filter(([, text]) => typeof text !== "string" || text.trim() === "");
    expect(blank.map(([where]) => where)).toEqual([]);
  });
});

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
