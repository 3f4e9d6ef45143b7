/**
 * The playground's entry (index.html): no office.js. Loads the bundled sample workbook into a
 * headless workbook (read in a Web Worker, off-thread.ts) and shows the task pane beside its preview.
 */
import { createRoot } from "react-dom/client";
import { runEngineWith } from "../excel/engine-calls";
import { takeTurnsWith } from "../excel/turns";
import { initialLanguage, makeLocale } from "../taskpane/locale";
import { engineInWorker, turnWhenDue, workbookReader } from "./off-thread";
import { Playground } from "./Playground";

const SAMPLE_URL = "assets/sample-sales.xlsx";
const SAMPLE_NAME = "sample-sales.xlsx";

async function fetchSample(): Promise<ArrayBuffer> {
  const response = await fetch(SAMPLE_URL);
  if (!response.ok) throw new Error(`${SAMPLE_URL}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

// Files are read, and Classify's engine runs, in Web Workers; what of a run stays on the page gives it turns: the page
// stays responsive meanwhile.
const reader = workbookReader();
runEngineWith(engineInWorker());
takeTurnsWith(turnWhenDue);

const container = document.getElementById("container");
if (!container) throw new Error("index.html has no #container element");
const root = createRoot(container);
root.render(<p style={{ fontFamily: "sans-serif", padding: 16 }}>{makeLocale(initialLanguage(navigator.language)).t("loadingWorkbook")}</p>);
fetchSample()
  .then((bytes) => reader.read({ kind: "file", name: SAMPLE_NAME, bytes, locale: navigator.language }, () => undefined))
  .then(
    (excel) => root.render(<Playground initial={{ excel, id: 0, name: SAMPLE_NAME }} fetchSample={fetchSample} sampleName={SAMPLE_NAME} reader={reader} />),
    (error: unknown) => root.render(<p role="alert">{String(error)}</p>),
  );
