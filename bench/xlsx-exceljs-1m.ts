/** ExcelJS 4.4 alone at 1,000,000 x 4: the baseline of xlsx-1m (same rows, same steps, no part handling). */
import ExcelJS from "exceljs";
import { report } from "./_measure";

const ROWS = 1_000_000;

function benchRow(i: number): (string | number)[] {
  return [`C${String(i % 50_000).padStart(6, "0")}`, 45_000 + (i % 730), Math.round(((i * 7919) % 100_000) * 1.37) / 100, (i % 40) + 1];
}

async function main(): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Sales");
  let started = performance.now();
  sheet.addRow(["Client", "Date", "Amount", "Qty"]);
  for (let i = 0; i < ROWS; i++) sheet.addRow(benchRow(i));
  const bytes = new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
  const saveMs = Math.round(performance.now() - started);
  started = performance.now();
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(bytes as unknown as ArrayBuffer);
  const loadMs = Math.round(performance.now() - started);
  if (again.worksheets[0].getCell(`D${ROWS + 1}`).value !== ((ROWS - 1) % 40) + 1) throw new Error("the last row did not come back");
  report({ scenario: "xlsx-exceljs-1m", rows: ROWS, columns: 4, saveMs, loadMs, bytes: bytes.length });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
