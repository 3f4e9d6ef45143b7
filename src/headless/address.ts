/**
 * The headless Excel's address rules on top of src/a1.ts (the shared notation and Rect): addresses
 * that must parse or fail as Excel fails, ranges that must lie in the sheet, and rectangle
 * arithmetic (intersections, bounding boxes, differences). Rows and columns are 0-based.
 */
import { MAX_COLUMNS, MAX_ROWS, columnIndex, columnLetters, looksLikeCellReference, quoteSheetName, containsCell, rectAddress, splitSheet, tryParseRect, type Rect } from "../a1";
import { fail } from "./errors";

// A1 notation and the one rectangle type live in src/a1.ts (shared with the workbook code).
export { MAX_COLUMNS, MAX_ROWS, columnIndex, columnLetters, containsCell, looksLikeCellReference, quoteSheetName, rectAddress, splitSheet, tryParseRect, type Rect };

export function qualifiedAddress(sheetName: string, rect: Rect, absolute = false): string {
  return `${quoteSheetName(sheetName)}!${rectAddress(rect, absolute)}`;
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
