/**
 * A1 references inside formulas, and how they move when cells are inserted or deleted
 * (Range.insert / Range.delete). The tokenizer skips string literals ("..."), structured
 * references ([...]) and names; it reads `A1`, `$A$1:B2`, `A:C`, `2:5`, each optionally
 * qualified by `Sheet!` or `'My Sheet'!`.
 */
import { MAX_COLUMNS, MAX_ROWS, type Rect, columnIndex, columnLetters, quoteSheetName } from "./address";

/** One insertion or deletion on a sheet: `count` rows (axis "rows") or columns at `at`, shifting the cells in the band of the other axis. */
export interface Shift {
  axis: "rows" | "columns";
  kind: "insert" | "delete";
  at: number;
  count: number;
  /** The band the cells shift in, on the other axis (columns for a row shift), inclusive start, exclusive end. */
  bandStart: number;
  bandEnd: number;
}

/** Where a position along the shift's axis goes; undefined when it was deleted. */
function movePosition(shift: Shift, position: number): number | undefined {
  if (position < shift.at) return position;
  if (shift.kind === "insert") return position + shift.count;
  if (position < shift.at + shift.count) return undefined;
  return position - shift.count;
}

/**
 * Moves an inclusive interval [start, end] along the shift's axis, as Excel moves a reference:
 * an insertion inside it widens it, a deletion of part of it narrows it, a deletion of all of it
 * leaves nothing (undefined).
 */
export function moveInterval(shift: Shift, start: number, end: number): [number, number] | undefined {
  if (shift.kind === "insert") return [movePosition(shift, start) ?? start, movePosition(shift, end) ?? end];
  const first = movePosition(shift, start) ?? shift.at;
  const last = movePosition(shift, end) ?? shift.at - 1;
  return last < first ? undefined : [first, last];
}

/** How a rectangle meets a shift: untouched, moved/resized (the new rect, or null when deleted entirely), or straddling the band edge. */
export type RectMove = { kind: "same" } | { kind: "moved"; rect: Rect | null } | { kind: "partial" };

export function moveRect(shift: Shift, rect: Rect): RectMove {
  const rows = shift.axis === "rows";
  const start = rows ? rect.row : rect.column;
  const length = rows ? rect.rowCount : rect.columnCount;
  const across = rows ? rect.column : rect.row;
  const acrossCount = rows ? rect.columnCount : rect.rowCount;
  const affected = start + length > shift.at;
  const outsideBand = across >= shift.bandEnd || across + acrossCount <= shift.bandStart;
  if (!affected || outsideBand) return { kind: "same" };
  if (across < shift.bandStart || across + acrossCount > shift.bandEnd) return { kind: "partial" };
  const moved = moveInterval(shift, start, start + length - 1);
  if (!moved) return { kind: "moved", rect: null };
  const [first, last] = moved;
  const next = rows ? { ...rect, row: first, rowCount: last - first + 1 } : { ...rect, column: first, columnCount: last - first + 1 };
  return next.row === rect.row && next.column === rect.column && next.rowCount === rect.rowCount && next.columnCount === rect.columnCount
    ? { kind: "same" }
    : { kind: "moved", rect: next };
}

const SHEET_PREFIX = /('(?:[^']|'')+'|[\p{L}_][\p{L}\p{N}_.]*)!/uy;
const CELL = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})/y;
const COLUMN_PART = /(\$?)([A-Za-z]{1,3})/y;
const ROW_PART = /(\$?)(\d{1,7})/y;
/** Characters that continue a name or a number: a reference cannot start right after one, nor end right before one. */
const NAME_CHAR = /[\p{L}\p{N}_.$]/u;

interface Corner {
  row?: { value: number; absolute: boolean };
  column?: { value: number; absolute: boolean };
}

function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** A cell (A1), column (A) or row (1) corner at `at`, with the index after it. */
function readCorner(text: string, at: number, kind: "cell" | "column" | "row"): { corner: Corner; end: number } | undefined {
  if (kind === "cell") {
    const m = matchAt(CELL, text, at);
    if (!m) return undefined;
    const column = columnIndex(m[2]);
    const row = Number(m[4]) - 1;
    if (column >= MAX_COLUMNS || row < 0 || row >= MAX_ROWS) return undefined;
    return { corner: { column: { value: column, absolute: m[1] === "$" }, row: { value: row, absolute: m[3] === "$" } }, end: at + m[0].length };
  }
  if (kind === "column") {
    const m = matchAt(COLUMN_PART, text, at);
    if (!m) return undefined;
    const column = columnIndex(m[2]);
    return column < MAX_COLUMNS ? { corner: { column: { value: column, absolute: m[1] === "$" } }, end: at + m[0].length } : undefined;
  }
  const m = matchAt(ROW_PART, text, at);
  if (!m) return undefined;
  const row = Number(m[2]) - 1;
  return row >= 0 && row < MAX_ROWS ? { corner: { row: { value: row, absolute: m[1] === "$" } }, end: at + m[0].length } : undefined;
}

interface Reference {
  start: number;
  end: number;
  /** The sheet name as written (unquoted), undefined for a reference on the formula's own sheet. */
  sheet: string | undefined;
  prefix: string;
  first: Corner;
  last: Corner | undefined;
}

/** The reference starting at `at`, if there is one (a ref must not run on into a name, a call or a sheet prefix). */
function readReference(text: string, at: number): Reference | undefined {
  let cursor = at;
  let sheet: string | undefined;
  let prefix = "";
  const qualified = matchAt(SHEET_PREFIX, text, at);
  if (qualified) {
    prefix = qualified[0];
    const raw = qualified[1];
    sheet = raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
    cursor += prefix.length;
  }
  for (const kind of ["cell", "column", "row"] as const) {
    const first = readCorner(text, cursor, kind);
    if (!first) continue;
    let end = first.end;
    let last: Corner | undefined;
    if (text[end] === ":") {
      const second = readCorner(text, end + 1, kind);
      if (second) {
        last = second.corner;
        end = second.end;
      }
    }
    // A column or row reference needs both ends (A:C, 2:5); a lone "A" or "2" is a name or a number.
    if (kind !== "cell" && !last) continue;
    const next = text[end];
    if (next !== undefined && (NAME_CHAR.test(next) || next === "(" || next === "!" || next === "[")) continue;
    return { start: at, end, sheet, prefix, first: first.corner, last };
  }
  return undefined;
}

function formatCorner(corner: Corner): string {
  let text = "";
  if (corner.column) text += `${corner.column.absolute ? "$" : ""}${columnLetters(corner.column.value)}`;
  if (corner.row) text += `${corner.row.absolute ? "$" : ""}${corner.row.value + 1}`;
  return text;
}

/** The reference after the shift: unchanged text, new text, or "#REF!" when its cells were deleted. */
function shiftReference(ref: Reference, shift: Shift): string | undefined {
  const rows = shift.axis === "rows";
  const along = (c: Corner) => (rows ? c.row : c.column);
  const across = (c: Corner) => (rows ? c.column : c.row);
  const last = ref.last ?? ref.first;
  const alongFirst = along(ref.first);
  const alongLast = along(last);
  // A reference that spans the whole axis (A:C for a row shift) does not move.
  if (!alongFirst || !alongLast) return undefined;
  const acrossFirst = across(ref.first)?.value ?? 0;
  const acrossLast = across(last)?.value ?? (rows ? MAX_COLUMNS : MAX_ROWS) - 1;
  const low = Math.min(acrossFirst, acrossLast);
  const high = Math.max(acrossFirst, acrossLast);
  if (low < shift.bandStart || high >= shift.bandEnd) return undefined;
  const start = Math.min(alongFirst.value, alongLast.value);
  const end = Math.max(alongFirst.value, alongLast.value);
  let moved: [number, number] | undefined;
  if (ref.last) moved = moveInterval(shift, start, end);
  else {
    const position = movePosition(shift, start);
    moved = position === undefined ? undefined : [position, position];
  }
  if (!moved) return `${ref.prefix}#REF!`;
  const [newStart, newEnd] = moved;
  if (newStart === start && (!ref.last || newEnd === end)) return undefined;
  const place = (corner: Corner, value: number): Corner => {
    const axisPart = along(corner);
    if (!axisPart) return corner;
    return rows ? { ...corner, row: { ...axisPart, value } } : { ...corner, column: { ...axisPart, value } };
  };
  const firstIsStart = alongFirst.value <= alongLast.value;
  const first = place(ref.first, firstIsStart ? newStart : newEnd);
  if (!ref.last) return `${ref.prefix}${formatCorner(first)}`;
  const second = place(ref.last, firstIsStart ? newEnd : newStart);
  return `${ref.prefix}${formatCorner(first)}:${formatCorner(second)}`;
}

/**
 * The formula with each reference replaced by what `visit` returns for it (undefined: kept as
 * written). String literals and structured references are skipped.
 */
function mapReferences(formula: string, visit: (ref: Reference) => string | undefined): string {
  let out = "";
  let copied = 0;
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      // A string literal: "" inside it is one quote.
      i++;
      while (i < formula.length) {
        if (formula[i] === '"') {
          if (formula[i + 1] === '"') i += 2;
          else break;
        } else i++;
      }
      i++;
      continue;
    }
    if (ch === "[") {
      // A structured reference (Table1[[#This Row],[Amount]]) or an external book: skip to the matching bracket.
      let depth = 0;
      do {
        if (formula[i] === "[") depth++;
        else if (formula[i] === "]") depth--;
        i++;
      } while (i < formula.length && depth > 0);
      continue;
    }
    const before = i > 0 ? formula[i - 1] : "";
    const ref = before !== "" && (NAME_CHAR.test(before) || before === "'" || before === "]") ? undefined : readReference(formula, i);
    if (!ref) {
      // Skip the rest of a name or a quoted sheet prefix that did not make a reference.
      if (ch === "'") {
        i++;
        while (i < formula.length && !(formula[i] === "'" && formula[i + 1] !== "'")) i += formula[i] === "'" ? 2 : 1;
      }
      i++;
      continue;
    }
    const replacement = visit(ref);
    if (replacement !== undefined) {
      out += formula.slice(copied, ref.start) + replacement;
      copied = ref.end;
    }
    i = ref.end;
  }
  return copied === 0 ? formula : out + formula.slice(copied);
}

/**
 * The formula with its references to `sheetName` moved by the shift. `hostSheet` is the sheet the
 * formula lives on (its unqualified references are on that sheet), undefined for a defined name.
 * Returns the formula itself when nothing moved.
 */
export function shiftFormula(formula: string, hostSheet: string | undefined, sheetName: string, shift: Shift): string {
  const target = sheetName.toLowerCase();
  return mapReferences(formula, (ref) => ((ref.sheet ?? hostSheet)?.toLowerCase() === target ? shiftReference(ref, shift) : undefined));
}

/**
 * The formula after the sheet `sheetName` was renamed to `newName` (its qualified references
 * follow the sheet, as Excel rewrites them) or deleted (`newName` null: they become `#REF!`, as in
 * Excel, where `='Old'!C2` reads `=#REF!C2` once 'Old' is deleted).
 */
export function renameSheetInFormula(formula: string, sheetName: string, newName: string | null): string {
  const target = sheetName.toLowerCase();
  const prefix = newName === null ? "#REF!" : `${quoteSheetName(newName)}!`;
  return mapReferences(formula, (ref) => (ref.sheet?.toLowerCase() === target ? prefix + formula.slice(ref.start + ref.prefix.length, ref.end) : undefined));
}

/**
 * The formula as Excel writes it when the cell is copied `rows` down and `columns` right: relative
 * row and column parts move, absolute ($) ones stay; a part pushed off the sheet becomes `#REF!`.
 */
export function translateFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  let broken = false;
  const move = (corner: Corner): Corner => {
    const next: Corner = { ...corner };
    if (corner.row && !corner.row.absolute) next.row = { ...corner.row, value: corner.row.value + rows };
    if (corner.column && !corner.column.absolute) next.column = { ...corner.column, value: corner.column.value + columns };
    if ((next.row && (next.row.value < 0 || next.row.value >= MAX_ROWS)) || (next.column && (next.column.value < 0 || next.column.value >= MAX_COLUMNS))) broken = true;
    return next;
  };
  return mapReferences(formula, (ref) => {
    broken = false;
    const first = move(ref.first);
    const last = ref.last ? move(ref.last) : undefined;
    if (broken) return `${ref.prefix}#REF!`;
    return `${ref.prefix}${formatCorner(first)}${last ? `:${formatCorner(last)}` : ""}`;
  });
}

/**
 * The formula after the table `tableName` was renamed (`Old[Revenue]` reads `New[Revenue]`) or
 * deleted (`newName` null: the whole structured reference becomes `#REF!`). String literals are
 * left alone; table names are case-insensitive.
 */
export function renameTableInFormula(formula: string, tableName: string, newName: string | null): string {
  const target = tableName.toLowerCase();
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      const end = formula.indexOf('"', i + 1);
      const stop = end < 0 ? formula.length : end + 1;
      out += formula.slice(i, stop);
      i = stop;
      continue;
    }
    const before = i > 0 ? formula[i - 1] : "";
    const candidate = formula.slice(i, i + target.length);
    if (!NAME_CHAR.test(before) && candidate.toLowerCase() === target && formula[i + target.length] === "[") {
      let end = i + target.length;
      let depth = 0;
      do {
        if (formula[end] === "[") depth++;
        else if (formula[end] === "]") depth--;
        end++;
      } while (end < formula.length && depth > 0);
      out += newName === null ? "#REF!" : newName + formula.slice(i + target.length, end);
      i = end;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
