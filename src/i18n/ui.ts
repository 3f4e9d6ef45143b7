/**
 * Every string the task pane and the playground show, in the six languages: the `ui` group (and
 * each language's name and locale) of the language files in src/i18n/lang/.
 * Placeholders in braces ({n}, {row}...) are filled by translate().
 */
import type { Lang } from "./core";
import { translations } from "./dictionaries";

/** Each language's own name, shown in the language picker whatever the pane's language is. */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = translations((d) => d.languageName);

/** BCP 47 locales for number and date formatting in the pane. */
export const LANGUAGE_LOCALES: Readonly<Record<Lang, string>> = translations((d) => d.locale);

export const UI = translations((d) => d.ui);

export type UiKey = keyof typeof UI;
