/**
 * Cells of one sheet of an .xlsx file, as Excel's `values` would give them: dates as serials,
 * rich text as plain text, formulas as their cached results. exceljs is loaded only here, so
 * CSV runs do not pay for it.
 */
import { readFileSync } from "node:fs";
import type { CellValue as ExcelCellValue, Workbook, Worksheet } from "exceljs";
import { InputException } from "../engine/read";
import type { CellValue } from "../engine/types";
import { openWorkbookFile, readCellValue } from "../headless/xlsx";
import { UsageError } from "./args";


/** One exceljs cell as the reader takes it; a formula the file holds no result for is an empty cell. */
export function plainCellValue(value: ExcelCellValue | undefined): CellValue {
  if (value === undefined) return null;
  const cell = readCellValue(value);
  // A formula (a filled-down one included) the file holds no result for.
  if (cell.cached === false) return null;
  return cell.value ?? null;
}

function sheetRows(sheet: Worksheet): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const values = sheet.getRow(r).values;
    const row: CellValue[] = [];
    if (Array.isArray(values)) {
      // exceljs rows are 1-based (values[0] is unused) and sparse.
      for (let c = 1; c < values.length; c++) row.push(plainCellValue(values[c] as ExcelCellValue | undefined));
    }
    rows.push(row);
  }
  return rows;
}

/** All rows of the named sheet (or the first), row 1 first; empty rows are empty arrays so numbering holds. */
export async function readXlsxRows(file: string, sheetName: string | null): Promise<{ sheet: string; rows: CellValue[][] }> {
  let workbook: Workbook;
  try {
    workbook = (await openWorkbookFile(readFileSync(file))).book;
  } catch (error) {
    const reason = `cannot read ${file} as an .xlsx workbook (${error instanceof Error ? error.message : String(error)})`;
    throw new InputException({ code: "bad-xlsx", message: reason, problems: [] });
  }
  const sheet = sheetName === null ? workbook.worksheets[0] : workbook.getWorksheet(sheetName);
  if (!sheet && sheetName !== null) {
    throw new UsageError(`--sheet: no sheet named '${sheetName}'; sheets: ${workbook.worksheets.map((s) => s.name).join(", ")}`);
  }
  if (!sheet) throw new InputException({ code: "no-sheet", message: "the workbook has no sheets", problems: [] });
  return { sheet: sheet.name, rows: sheetRows(sheet) };
}
