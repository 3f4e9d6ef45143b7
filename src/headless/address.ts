/** A1 addresses: parsing, formatting, sheet-name quoting. Rows and columns are 0-based here. */
import { MAX_COLUMNS, MAX_ROWS, columnIndex, columnLetters, looksLikeCellReference, quoteSheetName } from "../a1";
import { fail } from "./errors";

export { MAX_COLUMNS, MAX_ROWS, columnIndex, columnLetters, looksLikeCellReference, quoteSheetName };

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

export function qualifiedAddress(sheetName: string, rect: Rect, absolute = false): string {
  return `${quoteSheetName(sheetName)}!${rectAddress(rect, absolute)}`;
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

export function parseRect(local: string): Rect {
  const rect = tryParseRect(local);
  if (!rect) fail("InvalidArgument", `The address "${local}" is not a valid range address.`, "Worksheet.getRange");
  return rect;
}

export function checkRectInSheet(rect: Rect, location: string): Rect {
  if (
    !Number.isInteger(rect.row) || !Number.isInteger(rect.column) || !Number.isInteger(rect.rowCount) || !Number.isInteger(rect.columnCount) ||
    rect.row < 0 || rect.column < 0 || rect.rowCount < 1 || rect.columnCount < 1 ||
    rect.row + rect.rowCount > MAX_ROWS || rect.column + rect.columnCount > MAX_COLUMNS
  ) {
    fail("InvalidArgument", `The range (row ${rect.row}, column ${rect.column}, ${rect.rowCount} x ${rect.columnCount}) is outside the worksheet.`, location);
  }
  return rect;
}

export function intersect(a: Rect, b: Rect): Rect | undefined {
  const r0 = Math.max(a.row, b.row);
  const c0 = Math.max(a.column, b.column);
  const r1 = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  const c1 = Math.min(a.column + a.columnCount, b.column + b.columnCount);
  return r1 > r0 && c1 > c0 ? { row: r0, column: c0, rowCount: r1 - r0, columnCount: c1 - c0 } : undefined;
}

export function boundingRect(a: Rect, b: Rect): Rect {
  const r0 = Math.min(a.row, b.row);
  const c0 = Math.min(a.column, b.column);
  const r1 = Math.max(a.row + a.rowCount, b.row + b.rowCount);
  const c1 = Math.max(a.column + a.columnCount, b.column + b.columnCount);
  return { row: r0, column: c0, rowCount: r1 - r0, columnCount: c1 - c0 };
}

export function containsCell(rect: Rect, row: number, column: number): boolean {
  return row >= rect.row && row < rect.row + rect.rowCount && column >= rect.column && column < rect.column + rect.columnCount;
}

/** The parts of `a` outside `b` (up to four rectangles). */
export function subtractRect(a: Rect, b: Rect): Rect[] {
  const overlap = intersect(a, b);
  if (!overlap) return [a];
  const parts: Rect[] = [];
  const aEnd = a.row + a.rowCount;
  const oEnd = overlap.row + overlap.rowCount;
  if (overlap.row > a.row) parts.push({ ...a, rowCount: overlap.row - a.row });
  if (oEnd < aEnd) parts.push({ ...a, row: oEnd, rowCount: aEnd - oEnd });
  if (overlap.column > a.column) parts.push({ row: overlap.row, rowCount: overlap.rowCount, column: a.column, columnCount: overlap.column - a.column });
  const aColumnEnd = a.column + a.columnCount;
  const oColumnEnd = overlap.column + overlap.columnCount;
  if (oColumnEnd < aColumnEnd) parts.push({ row: overlap.row, rowCount: overlap.rowCount, column: oColumnEnd, columnCount: aColumnEnd - oColumnEnd });
  return parts;
}
