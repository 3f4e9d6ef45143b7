/**
 * 100,000 rows of sales for the playground's large-file test, made here (seeded, bench/_synthetic.ts)
 * and written as a CSV and as an .xlsx by the repository's own writer (saveXlsx), into `dir`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { syntheticSales } from "../../bench/_synthetic";
import { isoFromSerial } from "../../src/engine/calendar";
import { fromRows, saveXlsx } from "../../src/headless/xlsx";

export const BIG_ROWS = 100_000;

export async function writeBigSales(dir: string): Promise<{ csv: string; xlsx: string }> {
  const sales = syntheticSales(BIG_ROWS, 5_000, 24, 20241124);
  const rows: (string | number)[][] = [["Client", "Manager", "Date", "Amount"]];
  for (let i = 0; i < BIG_ROWS; i++) rows.push([sales.clientNames[sales.clientIndex[i]], sales.managers[sales.managerIndex[i]], isoFromSerial(sales.date[i]), sales.amount[i]]);
  const csv = path.join(dir, "big-sales.csv");
  const xlsx = path.join(dir, "big-sales.xlsx");
  fs.writeFileSync(csv, rows.map((row) => row.join(",")).join("\r\n"));
  fs.writeFileSync(xlsx, await saveXlsx(fromRows(rows)));
  return { csv, xlsx };
}
