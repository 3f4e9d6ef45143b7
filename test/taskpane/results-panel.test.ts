/**
 * The results panel's "nearly all Z" warning (issue: the portfolio over time, item 6): it says what
 * quarters or purchase frequency would give and offers each as one click (App.tsx sets the setting
 * and runs again). Rendered to markup with React's server renderer.
 */
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { ResultsPanel } from "../../src/taskpane/components/ResultsPanel";
import { LocaleProvider, makeLocale } from "../../src/taskpane/locale";
import { layoutInput } from "../excel/layout-input";

function panel(withAlternatives: boolean): ReactElement {
  const input = layoutInput();
  const result = withAlternatives
    ? {
        ...input.result,
        xyzAlternatives: [
          { setting: "quarter" as const, counts: { X: 4, Y: 9, Z: 20 } },
          { setting: "frequency" as const, counts: { X: 12, Y: 11, Z: 10 } },
        ],
      }
    : { ...input.result, xyzAlternatives: [] };
  return createElement(LocaleProvider, { value: makeLocale("en") }, createElement(ResultsPanel, { result, settings: input.settings, sheets: [], moved: [], keptAway: null, onOpenSheet: () => undefined, onGoTo: null, onSwitchXyz: () => undefined }));
}

test("nearly all Z: the counts quarters and purchase frequency would give, each with a button to run again that way", () => {
  const html = renderToStaticMarkup(panel(true));
  expect(html).toContain("By quarter: X 4, Y 9, Z 20.");
  expect(html).toContain("By purchase frequency: X 12, Y 11, Z 10.");
  expect(html).toMatch(/<button[^>]*>Run again by quarter<\/button>/);
  expect(html).toMatch(/<button[^>]*>Run again by purchase frequency<\/button>/);
  expect(renderToStaticMarkup(panel(false))).not.toContain("Run again by");
});
