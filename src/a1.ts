/**
 * A1 notation shared by the Office.js code (src/excel) and the headless Excel (src/headless):
 * column letters, how a sheet name is written inside a reference, and the one rectangle type
 * (Rect) with its formatter and parser.
 */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** Column letters of a 0-based column index: 0 -> A, 26 -> AA. */
export function columnLetters(column: number): string {
  let letters = "";
  let n = column + 1;
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 0-based column index of column letters: A -> 0. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const char of letters.toUpperCase()) n = n * 26 + (char.charCodeAt(0) - 64);
  return n - 1;
}

/** True for names Excel would read as a cell reference: A1, XFD1048576, R1C1, R2, C3, RC, R, C. */
export function looksLikeCellReference(name: string): boolean {
  const a1 = /^([A-Za-z]{1,3})(\d{1,7})$/.exec(name);
  if (a1 && columnIndex(a1[1]) < MAX_COLUMNS && Number(a1[2]) >= 1 && Number(a1[2]) <= MAX_ROWS) return true;
  return /^[Rr](\d*)[Cc](\d*)$/.test(name) || /^[RrCc]$/.test(name) || /^[Rr]\d+$/.test(name) || /^[Cc]\d+$/.test(name);
}

/**
 * A sheet name as it appears in a reference: bare when it is a plain word, else quoted with
 * inner apostrophes doubled ('KAM Clients', 'O''Brien'), and quoted too when Excel would read
 * it as a cell reference ('AB12'!A1).
 */
export function quoteSheetName(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !looksLikeCellReference(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** An inclusive rectangle of cells, 0-based. */
export interface Rect {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

function cellAddress(row: number, column: number, absolute: boolean): string {
  const d = absolute ? "$" : "";
  return `${d}${columnLetters(column)}${d}${row + 1}`;
}

/** "A1:C3" (or "A1" for one cell, "A:C" for whole columns, "2:5" for whole rows), as Excel prints it. */
export function rectAddress(rect: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  const lastRow = rect.row + rect.rowCount - 1;
  const lastColumn = rect.column + rect.columnCount - 1;
  if (rect.row === 0 && rect.rowCount === MAX_ROWS) {
    return `${d}${columnLetters(rect.column)}:${d}${columnLetters(lastColumn)}`;
  }
  if (rect.column === 0 && rect.columnCount === MAX_COLUMNS) return `${d}${rect.row + 1}:${d}${lastRow + 1}`;
  const start = cellAddress(rect.row, rect.column, absolute);
  return rect.rowCount === 1 && rect.columnCount === 1 ? start : `${start}:${cellAddress(lastRow, lastColumn, absolute)}`;
}

interface Corner {
  row?: number;
  column?: number;
}

function parseCorner(text: string): Corner | undefined {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d{0,7})$/.exec(text);
  if (!m || (m[1] === "" && m[2] === "")) return undefined;
  const corner: Corner = {};
  if (m[1] !== "") corner.column = columnIndex(m[1]);
  if (m[2] !== "") corner.row = Number(m[2]) - 1;
  return corner;
}

/** Splits "'My Sheet'!A1:B2" into sheet name (unquoted) and the local part. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

/** Parses a local A1 address ("A1", "A1:C3", "A:C", "2:5", "$A$1"); undefined when it is not one. */
export function tryParseRect(local: string): Rect | undefined {
  const parts = local.trim().split(":");
  if (parts.length > 2 || parts[0] === "") return undefined;
  const a = parseCorner(parts[0]);
  const b = parts.length === 2 ? parseCorner(parts[1]) : a;
  if (!a || !b) return undefined;
  const wholeColumns = a.row === undefined && b.row === undefined;
  const wholeRows = a.column === undefined && b.column === undefined;
  if (parts.length === 1 && (wholeColumns || wholeRows)) return undefined;
  if (!wholeColumns && !wholeRows && (a.row === undefined || a.column === undefined || b.row === undefined || b.column === undefined)) {
    return undefined;
  }
  const r0 = wholeColumns ? 0 : Math.min(a.row as number, b.row as number);
  const r1 = wholeColumns ? MAX_ROWS - 1 : Math.max(a.row as number, b.row as number);
  const c0 = wholeRows ? 0 : Math.min(a.column as number, b.column as number);
  const c1 = wholeRows ? MAX_COLUMNS - 1 : Math.max(a.column as number, b.column as number);
  if (r0 < 0 || c0 < 0 || r1 >= MAX_ROWS || c1 >= MAX_COLUMNS) return undefined;
  return { row: r0, column: c0, rowCount: r1 - r0 + 1, columnCount: c1 - c0 + 1 };
}

/**
 * A cell range with its sheet: `Sheet1!A1:D10`, `'My sheet'!$B$2`, `A1:C3`; null when it is not a
 * range of cells (whole rows or columns are not taken here).
 * @example parseAddress("'O''Brien'!B2:C3") // { sheet: "O'Brien", rect: { row: 1, column: 1, rowCount: 2, columnCount: 2 } }
 */
export function parseAddress(address: string): { sheet: string | null; rect: Rect } | null {
  const { sheet, local } = splitSheet(address.trim());
  const rect = tryParseRect(local.trim());
  if (!rect || /^\$?[A-Za-z]+:\$?[A-Za-z]+$|^\$?\d+:\$?\d+$/.test(local.trim())) return null;
  return { sheet: sheet?.trim() ?? null, rect };
}

/** Whether the cell (0-based) lies in the rectangle. */
export function containsCell(rect: Rect, row: number, column: number): boolean {
  return row >= rect.row && row < rect.row + rect.rowCount && column >= rect.column && column < rect.column + rect.columnCount;
}
