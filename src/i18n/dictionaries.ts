/**
 * The six language files (src/i18n/lang/, one typed dictionary per language) and the one function
 * that turns them back into the per-text objects the code uses: `translations((d) => d.sheets.columns)`
 * is `{ rank: { en: "Rank", ru: "Место", ... }, client: { ... }, ... }`, keys in English's order.
 */
import { LANGUAGES, type Lang, type Translations } from "./core";
import { cy } from "./lang/cy";
import { en, type Dictionary } from "./lang/en";
import { fa } from "./lang/fa";
import { lt } from "./lang/lt";
import { ru } from "./lang/ru";
import { zh } from "./lang/zh";

export type { Dictionary };

export const DICTIONARIES: Readonly<Record<Lang, Dictionary>> = { en, ru, lt, cy, fa, zh };

/** A part of a dictionary with each string replaced by that text in all six languages. */
export type Translated<T> = T extends string ? Translations : { readonly [K in keyof T]: Translated<T[K]> };

/** The same part of every language's dictionary, zipped: each string becomes `{ en, ru, lt, cy, fa, zh }`. */
export function translations<T>(select: (dictionary: Dictionary) => T): Translated<T> {
  return zip(LANGUAGES.map((lang) => select(DICTIONARIES[lang]))) as Translated<T>;
}

/** `parts` holds one value per language, in LANGUAGES order, all of English's shape. */
function zip(parts: readonly unknown[]): unknown {
  const english = parts[0];
  if (typeof english === "string") return Object.fromEntries(LANGUAGES.map((lang, i) => [lang, parts[i]]));
  return Object.fromEntries(
    Object.keys(english as object).map((key) => [key, zip(parts.map((part) => (part as Readonly<Record<string, unknown>>)[key]))]),
  );
}
