/**
 * The .xlsx layer at 1,000,000 x 4 (docs/xlsx-layer.md): saveXlsx of a headless workbook, then
 * loadXlsx of the bytes. `xlsx-exceljs-1m` does the same with ExcelJS alone, so the difference is
 * what the layer's own part handling costs.
 */
import { fromRows, loadXlsx, saveXlsx } from "../src/headless/xlsx";
import { report } from "./_measure";

const ROWS = 1_000_000;

function benchRow(i: number): (string | number)[] {
  return [`C${String(i % 50_000).padStart(6, "0")}`, 45_000 + (i % 730), Math.round(((i * 7919) % 100_000) * 1.37) / 100, (i % 40) + 1];
}

async function main(): Promise<void> {
  const rows = [["Client", "Date", "Amount", "Qty"], ...Array.from({ length: ROWS }, (_, i) => benchRow(i))];
  const excel = fromRows(rows, "Sales", { payloadLimits: false });
  let started = performance.now();
  const bytes = await saveXlsx(excel);
  const saveMs = Math.round(performance.now() - started);
  started = performance.now();
  const loaded = await loadXlsx(bytes, { payloadLimits: false });
  const loadMs = Math.round(performance.now() - started);
  if (loaded.inspect.sheet("Sales").cellAt(`D${ROWS + 1}`).value !== ((ROWS - 1) % 40) + 1) throw new Error("the last row did not come back");
  report({ scenario: "xlsx-1m", rows: ROWS, columns: 4, saveMs, loadMs, bytes: bytes.length });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
