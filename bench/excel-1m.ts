/**
 * The whole "Classify clients" (classifyWorkbook) on a 1,000,000-row sales sheet in the headless
 * Excel with Excel on the web's payload limits on: syncs, the largest request and response, and
 * time against the engine alone (reading + classify of the same rows, no Excel).
 */
import { classify } from "../src/engine/classify";
import { createSalesReader } from "../src/engine/read";
import { DEFAULT_ANALYSIS_SETTINGS, DEFAULT_READ_SETTINGS, type CellValue } from "../src/engine/types";
import { classifyWorkbook } from "../src/excel/classify-workbook";
import { fromRows } from "../src/headless/xlsx";
import { report } from "./_measure";
import { syntheticSales } from "./_synthetic";

const ROWS = 1_000_000;
const sales = syntheticSales(ROWS, 10_000, 24, 20241124);
const header: CellValue[] = ["Client", "Date", "Amount", "Manager"];
const rows: CellValue[][] = [header];
for (let i = 0; i < ROWS; i++) rows.push([sales.clientNames[sales.clientIndex[i]], sales.date[i], sales.amount[i], sales.managers[sales.managerIndex[i]]]);

function engineOnly(): number {
  const start = performance.now();
  const reader = createSalesReader(header, DEFAULT_READ_SETTINGS, 1);
  // The same chunking as the workbook read, so the engine does the same work.
  for (let offset = 1; offset < rows.length; offset += 65_536) reader.addRows(rows.slice(offset, offset + 65_536), offset + 1);
  const read = reader.finish();
  classify(read.data, DEFAULT_ANALYSIS_SETTINGS, read.skipped);
  return performance.now() - start;
}

/** One first run on a fresh workbook holding the sheet. */
async function workbookRun() {
  const excel = fromRows(rows, "Sales", { payloadLimits: true });
  excel.stats.reset();
  const start = performance.now();
  const outcome = await classifyWorkbook(excel.run, { source: { kind: "auto" }, now: new Date(2025, 0, 1) });
  const ms = performance.now() - start;
  if (!outcome.ok) throw new Error(outcome.error.message);
  return { ms, outcome, stats: excel.stats };
}

async function main(): Promise<void> {
  // Best of two for both, so JIT warm-up and stray GC pauses weigh the same on each side.
  const engineMs = Math.min(engineOnly(), engineOnly());
  const first = await workbookRun();
  const second = await workbookRun();
  const { ms, outcome, stats } = first.ms <= second.ms ? first : second;
  report({
    scenario: "excel-1m",
    rows: outcome.rowsRead,
    clients: outcome.result.clients.length,
    ms: Math.round(ms),
    engineMs: Math.round(engineMs),
    syncs: stats.syncs,
    maxRequestBytes: stats.maxRequestBytes,
    maxResponseBytes: stats.maxResponseBytes,
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`excel-1m: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
