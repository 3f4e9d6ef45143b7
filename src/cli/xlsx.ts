/**
 * Cells of one sheet of an .xlsx file, as Excel's `values` would give them: dates as serials,
 * rich text as plain text, formulas as their cached results. exceljs is loaded only here, so
 * CSV runs do not pay for it.
 */
import { readFileSync } from "node:fs";
import type { CellValue as ExcelCellValue, Workbook, Worksheet } from "exceljs";
import { parseAddress } from "../a1";
import { findHeaderRow, HEADER_SEARCH_ROWS, InputException } from "../engine/read";
import type { CellValue, ReadSettings } from "../engine/types";
import { openWorkbookFile, readCellValue } from "../headless/xlsx";
import { aliasMap, aliasRows } from "../excel/layout/aliases";
import type { TypedCell } from "../excel/plan";
import { SHEET_IDS } from "../excel/registry";
import { UsageError } from "./args";


/** One exceljs cell as the reader takes it; a formula the file holds no result for is an empty cell. */
export function plainCellValue(value: ExcelCellValue | undefined): CellValue {
  if (value === undefined) return null;
  const cell = readCellValue(value);
  // A formula (a filled-down one included) the file holds no result for.
  if (cell.cached === false) return null;
  return cell.value ?? null;
}

/** The sheet's rows (the first `limit` only, when given), converted as the reader takes them. */
function sheetRows(sheet: Worksheet, limit = Infinity): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let r = 1; r <= Math.min(sheet.rowCount, limit); r++) {
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

/** Sheets the add-in wrote, by registry id (found by its registry names, KAM_Sheet_<id>): results, never sales. */
function addInSheets(workbook: Workbook): Map<string, string> {
  const owned = new Map<string, string>();
  for (const { name, ranges } of workbook.definedNames.model as { name: string; ranges: string[] }[]) {
    if (!name.startsWith("KAM_Sheet_")) continue;
    for (const range of ranges) {
      const sheet = parseAddress(range)?.sheet;
      if (sheet) owned.set(sheet, name.slice("KAM_Sheet_".length));
    }
  }
  return owned;
}

/** The aliases people set on the workbook's KAM Aliases sheet (name key -> client), as the add-in reads them. */
function workbookAliases(workbook: Workbook, owned: Map<string, string>): Map<string, string> {
  const sheetName = [...owned].find(([, id]) => id === SHEET_IDS.aliases)?.[0];
  const sheet = sheetName === undefined ? undefined : workbook.getWorksheet(sheetName);
  if (!sheet) return new Map();
  const grid = sheetRows(sheet).map((row) => row.map((value): TypedCell | null => (value === null || value === "" ? null : { value, format: null })));
  return aliasMap(aliasRows(grid));
}

/**
 * All rows of the sales sheet, row 1 first; empty rows are empty arrays so numbering holds. The
 * sheet is the named one, else the first visible sheet whose header is recognised (a cover or
 * notes sheet first is passed over, `chosen` says so), else the first visible sheet. A sheet the
 * add-in wrote is never read as sales.
 */
export async function readXlsxRows(file: string, sheetName: string | null, settings: ReadSettings): Promise<{ sheet: string; rows: CellValue[][]; chosen: boolean; others: string[]; aliases: Map<string, string> }> {
  let workbook: Workbook;
  try {
    workbook = (await openWorkbookFile(readFileSync(file))).book;
  } catch (error) {
    const reason = `cannot read ${file} as an .xlsx workbook (${error instanceof Error ? error.message : String(error)})`;
    throw new InputException({ code: "bad-xlsx", message: reason, problems: [] });
  }
  const owned = addInSheets(workbook);
  const aliases = workbookAliases(workbook, owned);
  const sales = workbook.worksheets.filter((sheet) => sheet.state === "visible" && !owned.has(sheet.name));
  const listed = sales.map((sheet) => sheet.name).join(", ") || "(none)";
  if (sheetName !== null) {
    const sheet = workbook.getWorksheet(sheetName);
    if (!sheet) throw new UsageError(`--sheet: no sheet named '${sheetName}'; sheets: ${workbook.worksheets.map((s) => s.name).join(", ")}`);
    if (owned.has(sheet.name)) throw new UsageError(`--sheet: '${sheet.name}' is a sheet KAM for Excel wrote, not sales data; sheets with data: ${listed}`);
    return { sheet: sheet.name, rows: sheetRows(sheet), chosen: false, others: [], aliases };
  }
  if (sales.length === 0) throw new InputException({ code: "no-sheet", message: `${file} has no visible sheet with sales data`, problems: [] });
  // Only the rows a header may sit in are converted to judge a sheet; the chosen one is converted once, whole.
  const recognised = sales.find((sheet) => findHeaderRow(sheetRows(sheet, HEADER_SEARCH_ROWS), settings) >= 0);
  const sheet = recognised ?? sales[0];
  return { sheet: sheet.name, rows: sheetRows(sheet), chosen: sheet !== sales[0], others: recognised ? [] : sales.slice(1).map((other) => other.name), aliases };
}
