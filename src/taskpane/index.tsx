/**
 * The add-in's entry inside Excel: waits for Office, then renders the pane on Excel.run.
 * (The playground, src/playground, renders the same pane on a headless workbook.)
 */
import { createRoot } from "react-dom/client";
import { officeExcelRun } from "../excel/host";
import { createActions } from "./actions";
import { App } from "./App";
import { initialLanguage } from "./locale";

Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container element");
  const actions = createActions(officeExcelRun);
  createRoot(container).render(<App actions={actions} initialLanguage={initialLanguage(Office.context.displayLanguage)} />);
});
