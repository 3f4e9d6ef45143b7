/**
 * Six languages, one string per language per key. The strings are kept one file per language
 * (src/i18n/lang/, English defining the keys, so a key missing in a language is a compile error);
 * the string modules (ui.ts, sheets.ts, dossier.ts) hand the code one `Translations` object per
 * text, and test/i18n checks that no string is blank.
 */
export const LANGUAGES = ["en", "ru", "lt", "cy", "fa", "zh"] as const;
export type Lang = (typeof LANGUAGES)[number];

export type Translations = Readonly<Record<Lang, string>>;
export type StringTable = Readonly<Record<string, Translations>>;

/** Right-to-left languages (the pane gets dir="rtl", sheets are written right-to-left). */
export const RTL_LANGUAGES: ReadonlySet<Lang> = new Set<Lang>(["fa"]);

/** Office display language (e.g. "ru-RU", "zh-CN", "fa-IR") to one of ours; English otherwise. */
export function languageFromLocale(locale: string | undefined | null): Lang {
  const primary = (locale ?? "").toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Lang) : "en";
}

/** The string for `lang`, with `{name}` placeholders filled from `params`. */
export function translate(entry: Translations, lang: Lang, params?: Readonly<Record<string, string | number>>): string {
  const text = entry[lang];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
