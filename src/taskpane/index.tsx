/**
 * The add-in's entry inside Excel: waits for Office, then renders the pane on Excel.run.
 * (The playground, src/playground, renders the same pane on a headless workbook.)
 */
import { createRoot } from "react-dom/client";
import { officeExcelRun } from "../excel/host";
import { createActions } from "./actions";
import { officeWorkbookFiles } from "./office-files";
import { App } from "./App";
import { initialLanguage, makeLocale } from "./locale";

// Every module above has loaded, so this webview can run the pane: taskpane.html shows its
// "won't run in your version of Office" message at the load event unless this mark is there.
document.getElementById("container")?.setAttribute("data-started", "true");

Office.onReady((info) => {
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container element");
  const root = createRoot(container);
  const lang = initialLanguage(Office.context?.displayLanguage ?? navigator.language);
  if (info.host !== Office.HostType.Excel) {
    // Opened in a plain browser (or another Office app): point to the playground, which needs no Excel.
    const { t, dir } = makeLocale(lang);
    root.render(
      <p dir={dir} style={{ fontFamily: "'Segoe UI', sans-serif", padding: 16 }}>
        {t("notInExcel")} <a href="./">{t("openPlayground")}</a>
      </p>,
    );
    return;
  }
  const hostLocale = Office.context.contentLanguage || Office.context.displayLanguage || navigator.language;
  root.render(<App actions={createActions(officeExcelRun, hostLocale, officeWorkbookFiles())} initialLanguage={lang} />);
});
