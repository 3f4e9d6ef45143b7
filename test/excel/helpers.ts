/** Shared by the workbook tests: small sales sheets built through the headless Excel. */
import { parseAddress } from "../../src/a1";
import { createHeadlessExcel, type HeadlessExcel } from "../../src/headless";
import { serialFromYmd } from "../../src/engine/calendar";
import type { CellValue } from "../../src/engine/types";
import type { ExcelRun } from "../../src/excel/host";

export const HEADER: CellValue[] = ["Client", "Date", "Amount", "Manager"];

/**
 * Twelve months of sales for a few clients: "Acme" large and steady, "Globex" large and uneven,
 * smaller ones below, "Old Co" silent for the last 8 months (lost), plus `extra` rows.
 */
export function salesRows(extra: CellValue[][] = []): CellValue[][] {
  const rows: CellValue[][] = [];
  const clients: [string, number, string][] = [
    ["Acme", 5000, "Ann"],
    ["Globex", 2500, "Bob"],
    ["Initech", 900, "Ann"],
    ["Umbrella", 500, "Cid"],
    ["Hooli", 300, "Bob"],
    ["Stark", 120, "Cid"],
    ["Wayne", 60, "Ann"],
  ];
  for (let month = 1; month <= 12; month++) {
    for (const [name, base, manager] of clients) {
      const swing = name === "Globex" ? (month % 3 === 0 ? 2.5 : 0.25) : 1;
      rows.push([name, serialFromYmd(2024, month, 10), Math.round(base * swing), manager]);
    }
    if (month <= 4) rows.push(["Old Co", serialFromYmd(2024, month, 5), 1500, "Bob"]);
  }
  return [...rows, ...extra];
}

/** A workbook with `rows` written at `at` on sheet `sheetName` (created when it is not the first sheet). */
export async function workbookWith(rows: CellValue[][], options: { sheetName?: string; at?: string; excel?: HeadlessExcel } = {}): Promise<HeadlessExcel> {
  const excel = options.excel ?? createHeadlessExcel({ firstSheetName: options.sheetName ?? "Sales" });
  await writeRows(excel.run, options.sheetName ?? "Sales", rows, options.at ?? "A1");
  return excel;
}

export async function writeRows(run: ExcelRun, sheetName: string, rows: CellValue[][], at = "A1"): Promise<void> {
  await run(async (context) => {
    let sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
    await context.sync();
    if (sheet.isNullObject) sheet = context.workbook.worksheets.add(sheetName);
    const width = Math.max(...rows.map((row) => row.length));
    const padded = rows.map((row) => [...row, ...Array<CellValue>(width - row.length).fill(null)].map((cell) => cell ?? ""));
    const origin = parseAddress(at)?.rect ?? { row: 0, column: 0 };
    sheet.getRangeByIndexes(origin.row, origin.column, rows.length, width).values = padded;
    await context.sync();
  });
}

/** All values of a sheet's used range. */
export async function sheetValues(run: ExcelRun, sheetName: string): Promise<CellValue[][]> {
  return run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheetName).getUsedRangeOrNullObject(true);
    range.load("values");
    await context.sync();
    return range.isNullObject ? [] : (range.values as CellValue[][]);
  });
}

/** Rows of a table as objects keyed by header. */
export async function tableRows(run: ExcelRun, tableName: string): Promise<Record<string, CellValue>[]> {
  return run(async (context) => {
    const range = context.workbook.tables.getItem(tableName).getRange();
    range.load("values");
    await context.sync();
    const [header, ...rows] = range.values as CellValue[][];
    return rows.map((row) => Object.fromEntries(header.map((name, index) => [String(name), row[index]])));
  });
}
