/**
 * The playground's entry (index.html): no office.js. Loads the bundled sample workbook into a
 * headless workbook and shows the task pane beside its preview.
 */
import { createRoot } from "react-dom/client";
import { loadXlsx } from "../headless/xlsx";
import { initialLanguage, makeLocale } from "../taskpane/locale";
import { Playground } from "./Playground";

const SAMPLE_URL = "assets/sample-sales.xlsx";
const SAMPLE_NAME = "sample-sales.xlsx";

async function loadSample() {
  const response = await fetch(SAMPLE_URL);
  if (!response.ok) throw new Error(`${SAMPLE_URL}: HTTP ${response.status}`);
  return loadXlsx(new Uint8Array(await response.arrayBuffer()));
}

const container = document.getElementById("container");
if (!container) throw new Error("index.html has no #container element");
const root = createRoot(container);
root.render(<p style={{ fontFamily: "sans-serif", padding: 16 }}>{makeLocale(initialLanguage(navigator.language)).t("loadingWorkbook")}</p>);
loadSample().then(
  (excel) => root.render(<Playground initial={{ excel, id: 0, name: SAMPLE_NAME }} loadSample={loadSample} sampleName={SAMPLE_NAME} />),
  (error: unknown) => root.render(<p role="alert">{String(error)}</p>),
);
