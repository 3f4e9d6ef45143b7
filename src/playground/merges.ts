/**
 * Merged cells as the preview draws and selects them: one table cell spanning the area (its
 * top-left cell's content), the cells it covers not drawn, and a selection that takes in every
 * merged area it touches, as Excel's does.
 */
import type { Rect } from "../a1";

const contains = (rect: Rect, row: number, column: number): boolean => row >= rect.row && row < rect.row + rect.rowCount && column >= rect.column && column < rect.column + rect.columnCount;

const intersects = (a: Rect, b: Rect): boolean => a.row < b.row + b.rowCount && b.row < a.row + a.rowCount && a.column < b.column + b.columnCount && b.column < a.column + a.columnCount;

/** The merged area a cell lies in, if any. */
export function mergeAt(merges: readonly Rect[], row: number, column: number): Rect | null {
  return merges.find((merge) => contains(merge, row, column)) ?? null;
}

/** A selection grown until it cuts through no merged area: Excel selects the whole of every merged area a drag or Shift+click touches. */
export function expandToMerges(rect: Rect, merges: readonly Rect[]): Rect {
  let current = rect;
  for (let changed = true; changed; ) {
    changed = false;
    for (const merge of merges) {
      if (!intersects(current, merge)) continue;
      const row = Math.min(current.row, merge.row);
      const column = Math.min(current.column, merge.column);
      const bottom = Math.max(current.row + current.rowCount, merge.row + merge.rowCount);
      const right = Math.max(current.column + current.columnCount, merge.column + merge.columnCount);
      if (row !== current.row || column !== current.column || bottom !== current.row + current.rowCount || right !== current.column + current.columnCount) {
        current = { row, column, rowCount: bottom - row, columnCount: right - column };
        changed = true;
      }
    }
  }
  return current;
}

/** The selection is exactly one merged area: Excel shows it as one cell (the name box names its top-left cell). */
export function isOneMerge(rect: Rect, merges: readonly Rect[]): boolean {
  return merges.some((merge) => merge.row === rect.row && merge.column === rect.column && merge.rowCount === rect.rowCount && merge.columnCount === rect.columnCount);
}

/**
 * How a cell of the grid is drawn when it lies in a merged area: "covered" (not drawn) or the one
 * table cell of the area with its spans. `rows` are the rows drawn in this part of the grid (the
 * frozen rows, or the body rows in view: a merged area scrolled half out of view spans the drawn
 * part), `columns` the shown columns on this side of the frozen columns (an area across the
 * frozen edge is drawn as two pieces). Hidden rows and columns take no part in the spans.
 */
export function mergePiece(merge: Rect, row: number, column: number, rows: readonly number[], columns: readonly number[]): "covered" | { rowSpan: number; colSpan: number } {
  const rowsIn = rows.filter((candidate) => candidate >= merge.row && candidate < merge.row + merge.rowCount);
  const columnsIn = columns.filter((candidate) => candidate >= merge.column && candidate < merge.column + merge.columnCount);
  if (rowsIn[0] !== row || columnsIn[0] !== column) return "covered";
  return { rowSpan: rowsIn.length, colSpan: columnsIn.length };
}
