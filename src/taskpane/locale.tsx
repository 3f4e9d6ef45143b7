/**
 * The pane's language: strings, number/percent/date formatting and text direction, given to
 * every component through one React context. The language is per person (localStorage); until
 * the person picks one it follows Office's display language (or the browser's, in the playground).
 */
import { createContext, useContext } from "react";
import { LANGUAGES, RTL_LANGUAGES, languageFromLocale, translate, type Lang } from "../i18n/core";
import { LANGUAGE_LOCALES, UI, type UiKey } from "../i18n/ui";
import { ymdFromSerial } from "../engine/calendar";

const STORAGE_KEY = "kam-for-excel.language";

export interface Locale {
  lang: Lang;
  dir: "ltr" | "rtl";
  t: (key: UiKey, params?: Readonly<Record<string, string | number>>) => string;
  /** A count or amount with the language's digits and separators. */
  number: (value: number, fractionDigits?: number) => string;
  /** A fraction (0.314) as a percentage (31.4%). */
  percent: (fraction: number) => string;
  /** An Excel day serial as a date. */
  date: (serial: number) => string;
}

/**
 * Dates in languages a browser's Intl may not carry (Chromium ships without Welsh and falls back
 * to English): day, short month and year as CLDR writes them ("2 Rhag 2026").
 */
const OWN_MONTHS: Partial<Record<Lang, readonly string[]>> = {
  cy: ["Ion", "Chwef", "Maw", "Ebr", "Mai", "Meh", "Gorff", "Awst", "Medi", "Hyd", "Tach", "Rhag"],
};

/** Day, short month and year in the language: the browser's Intl when it knows the language, else OWN_MONTHS. */
export function dateFormatter(lang: Lang, supported: (locale: string) => boolean = (locale) => Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0): (date: Date) => string {
  const locale = LANGUAGE_LOCALES[lang];
  const months = OWN_MONTHS[lang];
  if (months && !supported(locale)) return (date) => `${date.getUTCDate()} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  // Gregorian in every language, so the pane's dates match the dates in the sheets.
  const format = new Intl.DateTimeFormat(locale, { calendar: "gregory", year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
  return (date) => format.format(date);
}

export function makeLocale(lang: Lang): Locale {
  const locale = LANGUAGE_LOCALES[lang];
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const date = dateFormatter(lang);
  return {
    lang,
    dir: RTL_LANGUAGES.has(lang) ? "rtl" : "ltr",
    t: (key, params) => translate(UI[key], lang, params),
    number: (value, fractionDigits = 0) =>
      fractionDigits === 0 ? integer.format(value) : new Intl.NumberFormat(locale, { maximumFractionDigits: fractionDigits }).format(value),
    percent: (fraction) => percent.format(fraction),
    date: (serial) => {
      const { year, month, day } = ymdFromSerial(serial);
      return date(new Date(Date.UTC(year, month - 1, day)));
    },
  };
}

const LocaleContext = createContext<Locale>(makeLocale("en"));
export const LocaleProvider = LocaleContext.Provider;

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** How the pane's language picker changes the language (PaneRoot keeps it and saves the choice). */
const LanguageChoiceContext = createContext<(lang: Lang) => void>(() => undefined);
export const LanguageChoiceProvider = LanguageChoiceContext.Provider;

export function useLanguageChoice(): (lang: Lang) => void {
  return useContext(LanguageChoiceContext);
}

/** The person's saved choice, else the host's display language (Office's, or the browser's). */
export function initialLanguage(displayLanguage: string | undefined): Lang {
  const saved = readSavedLanguage();
  return saved ?? languageFromLocale(displayLanguage);
}

export function saveLanguage(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Storage can be blocked (private mode, strict Office policies): the choice then lasts this session.
  }
}

function readSavedLanguage(): Lang | null {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return (LANGUAGES as readonly (string | null)[]).includes(saved) ? (saved as Lang) : null;
  } catch {
    return null;
  }
}
