/**
 * How the workbook code reaches Excel. Every function that touches a workbook takes an `ExcelRun`:
 * `Excel.run` in the add-in, the headless Excel's `run` in tests, the command line and the
 * playground, so exactly the same Office.js code runs everywhere.
 */
import { columnIndex, columnLetters, quoteSheetName } from "../engine/a1";

export { columnIndex, columnLetters, quoteSheetName };

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The add-in's runner: Office's own `Excel.run` (only call this inside Office). */
export const officeExcelRun: ExcelRun = (batch) => Excel.run(batch);

/** A1 address (no sheet) of a block given by 0-based origin and size. */
export function blockAddress(row: number, column: number, rows = 1, columns = 1): string {
  const start = `${columnLetters(column)}${row + 1}`;
  if (rows === 1 && columns === 1) return start;
  return `${start}:${columnLetters(column + columns - 1)}${row + rows}`;
}

/** A parsed address: sheet (when given) and the block as 0-based origin and size. */
export interface ParsedAddress {
  sheet: string | null;
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** Parses `Sheet1!A1:D10`, `'My sheet'!$B$2`, `A1:C3`; null when it is not an A1 address. */
export function parseAddress(address: string): ParsedAddress | null {
  const bang = address.lastIndexOf("!");
  let sheet: string | null = null;
  let cells = address.trim();
  if (bang >= 0) {
    const rawSheet = address.slice(0, bang).trim();
    sheet = rawSheet.startsWith("'") && rawSheet.endsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
    cells = address.slice(bang + 1).trim();
  }
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/.exec(cells);
  if (!match) return null;
  const firstColumn = columnIndex(match[1]);
  const firstRow = Number(match[2]) - 1;
  const lastColumn = match[3] ? columnIndex(match[3]) : firstColumn;
  const lastRow = match[4] ? Number(match[4]) - 1 : firstRow;
  return {
    sheet,
    row: Math.min(firstRow, lastRow),
    column: Math.min(firstColumn, lastColumn),
    rows: Math.abs(lastRow - firstRow) + 1,
    columns: Math.abs(lastColumn - firstColumn) + 1,
  };
}
