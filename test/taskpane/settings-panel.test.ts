/**
 * The as-of date box (issue: the playground, the as-of box in mm/dd/yyyy in Russian, Persian and
 * Chinese): a text box in the one form every language reads, checked by the shared validator.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { SettingsPanel } from "../../src/taskpane/components/SettingsPanel";
import { LocaleProvider, makeLocale } from "../../src/taskpane/locale";
import { DEFAULT_ANALYSIS_SETTINGS } from "../../src/engine/types";
import { DEFAULT_DOSSIER_RULES } from "../../src/excel/dossier-spec";
import type { Lang } from "../../src/i18n/core";

function render(lang: Lang, asOf: string | null): string {
  return renderToStaticMarkup(
    createElement(
      LocaleProvider,
      { value: makeLocale(lang) },
      createElement(SettingsPanel, {
        replaced: [],
        value: { analysis: { ...DEFAULT_ANALYSIS_SETTINGS, asOf }, skipBadRows: false, dossierRules: DEFAULT_DOSSIER_RULES },
        onChange: () => undefined,
        onSave: () => undefined,
        onRestoreDefaults: () => undefined,
        saving: false,
        savedMessage: null,
      }),
    ),
  );
}

test("the as-of date is a text box showing YYYY-MM-DD in every language, never the browser's date input", () => {
  for (const lang of ["ru", "fa", "zh", "en"] as const) {
    const html = render(lang, "2024-12-31");
    expect(html).not.toContain('type="date"');
    expect(html).toContain('placeholder="YYYY-MM-DD"');
    expect(html).toContain('value="2024-12-31"');
  }
});

test("a date that is not YYYY-MM-DD is named at the field, and saving waits for it", () => {
  const message = makeLocale("en").t("settingInvalid");
  const save = (html: string) => /<button[^>]*>Save in the workbook<\/button>/.exec(html)?.[0] ?? "";
  const good = render("en", "2024-12-31");
  const bad = render("en", "31.12.2024");
  expect(good).not.toContain(message);
  expect(bad).toContain(message);
  expect(save(good)).not.toContain("disabled");
  expect(save(bad)).toContain("disabled");
});
