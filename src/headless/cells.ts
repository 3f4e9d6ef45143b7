/** Cell-level operations shared by the proxies: writing and reading values, protection checks. */
import { serialFromIso } from "../engine/calendar";
import { MAX_COLUMNS, MAX_ROWS, type Rect } from "./address";
import { fail } from "./errors";
import { type CellStyle, type CellValue, type SheetModel, DEFAULT_STYLE, cellKey } from "./model";
import { formatCellText } from "./numberFormat";

export interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

const NUMERIC = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** en-US input Excel's API converts in a General cell: "1,234.5", "50%", "1/2" and "1/2/2024" (month first). */
const GROUPED = /^\s*[+-]?\d{1,3}(,\d{3})+(\.\d+)?\s*$/;
const PERCENT = /^\s*([+-]?(\d+\.?\d*|\.\d+))\s*%\s*$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/;
/** Texts with a quote prefix writeCells remembers without it, at most (a column of names is all different). */
const UNQUOTED_KEPT = 4096;
/** Excel's limit on the characters in one cell. */
export const MAX_CELL_TEXT = 32_767;
/** What a formula cell's value reads as: formulas are stored, not calculated (see docs/headless-excel.md). */
export const UNCALCULATED_FORMULA_VALUE = 0;

/** Rejects content changes to locked cells of a protected sheet, as Excel does (AccessDenied). */
export function assertContentEditable(target: RangeTarget, location: string): void {
  const { sheet, rect } = target;
  if (!sheet.protection.protected) return;
  for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
    for (let r = rect.row; r < rect.row + Math.min(rect.rowCount, MAX_ROWS); r++) {
      if (sheet.style(r, c).locked !== false) {
        fail("AccessDenied", `You cannot perform the requested operation: the cell is locked on the protected sheet '${sheet.name}'.`, location);
      }
    }
  }
}

export function assertFormatEditable(target: RangeTarget, location: string): void {
  const { sheet } = target;
  if (sheet.protection.protected && !sheet.protection.options.allowFormatCells) {
    fail("AccessDenied", `You cannot perform the requested operation: formatting cells is not allowed on the protected sheet '${sheet.name}'.`, location);
  }
}

export function assertStructureEditable(sheet: SheetModel, location: string): void {
  if (sheet.protection.protected) fail("AccessDenied", `You cannot perform the requested operation: the sheet '${sheet.name}' is protected.`, location);
}

/** Checks a 2-D input against the range's shape; a single non-array value applies to every cell. */
export function cellInput(input: unknown, rect: Rect, location: string): (r: number, c: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  if (input.length !== rect.rowCount || !input.every((row) => Array.isArray(row) && row.length === rect.columnCount)) {
    const rows = input.length;
    const columns = Array.isArray(input[0]) ? (input[0] as unknown[]).length : 0;
    fail(
      "InvalidArgument",
      `The number of rows or columns in the input array (${rows} x ${columns}) doesn't match the size or dimensions of the range (${rect.rowCount} x ${rect.columnCount}).`,
      location,
    );
  }
  const rows = input as unknown[][];
  return (r, c) => rows[r][c];
}

/**
 * Writes values or formulas as Excel does: null leaves a cell unchanged, "" empties it, "=..." is
 * a formula and so is non-numeric text starting with + or -, a leading apostrophe keeps text as text, numeric text becomes a number,
 * TRUE/FALSE become Booleans, ISO dates (YYYY-MM-DD) become date serials formatted yyyy-mm-dd; a
 * cell formatted as text "@" keeps all of these (formulas too) as the text given.
 */
export function writeCells(target: RangeTarget, input: unknown, location: string): void {
  const { sheet, rect } = target;
  const at = cellInput(input, rect, location);
  assertContentEditable(target, location);
  const styles = sheet.workbook.styles;
  const dateStyles = new Map<number, number>();
  const unquoted = new Map<string, string>();
  const columns: (CellValue | undefined)[][] = [];
  for (let c = 0; c < rect.columnCount; c++) {
    const values = (sheet.columns[rect.column + c] ??= []);
    while (values.length < rect.row) values.push(undefined);
    columns.push(values);
  }
  let hasFormulas = sheet.formulas.size > 0;
  for (let r = 0; r < rect.rowCount; r++) {
    const row = rect.row + r;
    for (let c = 0; c < rect.columnCount; c++) {
      const values = columns[c];
      const raw = at(r, c);
      if (raw === null || raw === undefined) {
        if (values.length === row) values.push(undefined);
        continue;
      }
      let value: CellValue | undefined;
      let formula: string | undefined;
      if (typeof raw === "number") {
        if (!Number.isFinite(raw)) fail("InvalidArgument", `The value at row ${r + 1}, column ${c + 1} is not a finite number.`, location);
        value = raw;
      } else if (typeof raw === "string") {
        if (raw.length > MAX_CELL_TEXT) fail("InvalidArgument", `The text at row ${r + 1}, column ${c + 1} is longer than ${MAX_CELL_TEXT} characters, the most a cell holds.`, location);
        if (raw === "") value = undefined;
        else {
          const first = raw.charCodeAt(0);
          const formulaLike = raw.length > 1 && (first === 61 /* = */ || ((first === 43 /* + */ || first === 45) /* - */ && !NUMERIC.test(raw)));
          if (formulaLike && isTextFormatted(sheet, row, rect.column + c)) {
            // A cell formatted as text "@" keeps what is typed into it as text, formulas included.
            value = raw;
          } else if (first === 61 /* = */ && raw.length > 1) {
            formula = raw;
            value = UNCALCULATED_FORMULA_VALUE;
          } else if ((first === 43 /* + */ || first === 45) /* - */ && raw.length > 1 && !NUMERIC.test(raw)) {
            // "If the value starts with a plus, minus, or equal sign, Excel interprets this value as a formula."
            formula = `=${raw}`;
            value = UNCALCULATED_FORMULA_VALUE;
          } else if (first === 39 /* ' */) {
            // The same text (a class, a status) comes many times in a block: one string for all its cells.
            if (raw.length === 1) value = undefined;
            else {
              value = unquoted.get(raw);
              if (value === undefined) {
                value = raw.slice(1);
                if (unquoted.size < UNQUOTED_KEPT) unquoted.set(raw, value);
              }
            }
          } else {
            value = convertText(raw, sheet, row, rect.column + c);
            if (value !== raw && ISO_DATE.test(raw)) {
              // Excel formats a cell that received an ISO date as a date.
              const id = sheet.styleId(row, rect.column + c);
              if ((styles.get(id).numberFormat ?? DEFAULT_STYLE.numberFormat) === "General") {
                let dated = dateStyles.get(id);
                if (dated === undefined) {
                  dated = styles.intern({ ...styles.get(id), numberFormat: "yyyy-mm-dd" });
                  dateStyles.set(id, dated);
                }
                sheet.setStyleId(row, rect.column + c, dated);
              }
            }
          }
        }
      } else if (typeof raw === "boolean") {
        value = raw;
      } else {
        fail("InvalidArgument", `The value at row ${r + 1}, column ${c + 1} is not a string, number or Boolean.`, location);
      }
      values[row] = value;
      if (sheet.cachedResults.size > 0) sheet.cachedResults.delete(cellKey(row, rect.column + c));
      if (formula !== undefined) {
        sheet.formulas.set(cellKey(row, rect.column + c), formula);
        hasFormulas = true;
      } else if (hasFormulas) sheet.formulas.delete(cellKey(row, rect.column + c));
    }
  }
}

function isTextFormatted(sheet: SheetModel, row: number, column: number): boolean {
  return (sheet.style(row, column).numberFormat ?? DEFAULT_STYLE.numberFormat) === "@";
}

function convertText(text: string, sheet: SheetModel, row: number, column: number): CellValue {
  const first = text.charCodeAt(0);
  const maybeNumber = (first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46 || first === 32;
  const maybeBoolean = first === 84 || first === 116 || first === 70 || first === 102;
  if (!maybeNumber && !maybeBoolean) return text;
  const isText = () => isTextFormatted(sheet, row, column);
  if (maybeBoolean) {
    const upper = text.toUpperCase();
    if ((upper === "TRUE" || upper === "FALSE") && !isText()) return upper === "TRUE";
    return text;
  }
  if (isText()) return text;
  if (NUMERIC.test(text)) return Number(text);
  if (GROUPED.test(text)) return Number(text.replace(/,/g, ""));
  const percent = PERCENT.exec(text);
  if (percent) return Number(percent[1]) / 100;
  const iso = ISO_DATE.exec(text);
  const us = US_DATE.exec(text);
  // A month/day without a year is in the current year, and two-digit years 00-29 are 20xx, as Excel reads them.
  const date = iso ? text : us ? `${us[3] === undefined ? new Date().getFullYear() : us[3].length === 2 ? (Number(us[3]) < 30 ? 2000 : 1900) + Number(us[3]) : us[3]}-${us[1].padStart(2, "0")}-${us[2].padStart(2, "0")}` : null;
  if (date !== null) {
    const serial = serialFromIso(date);
    if (Number.isFinite(serial)) return serial;
  }
  return text;
}

/** Row-major copy of a rectangle, built from the column-major store. */
export function readGrid<T>(target: RangeTarget, cell: (value: CellValue | undefined, row: number, column: number) => T): T[][] {
  const { sheet, rect } = target;
  const grid: T[][] = new Array(rect.rowCount);
  const columns = [];
  for (let c = 0; c < rect.columnCount; c++) columns.push(sheet.columns[rect.column + c]);
  for (let r = 0; r < rect.rowCount; r++) {
    const row = rect.row + r;
    const out: T[] = new Array(rect.columnCount);
    for (let c = 0; c < rect.columnCount; c++) out[c] = cell(columns[c]?.[row], row, rect.column + c);
    grid[r] = out;
  }
  return grid;
}

export function readValues(target: RangeTarget): CellValue[][] {
  const { sheet, rect } = target;
  const columns: ((CellValue | undefined)[] | undefined)[] = [];
  for (let c = 0; c < rect.columnCount; c++) columns.push(sheet.columns[rect.column + c]);
  const grid: CellValue[][] = new Array(rect.rowCount);
  for (let r = 0; r < rect.rowCount; r++) {
    const row = rect.row + r;
    const out: CellValue[] = new Array(rect.columnCount);
    for (let c = 0; c < rect.columnCount; c++) {
      const value = columns[c]?.[row];
      out[c] = value === undefined ? "" : value;
    }
    grid[r] = out;
  }
  return grid;
}

export function readFormulas(target: RangeTarget): CellValue[][] {
  const formulas = target.sheet.formulas;
  if (formulas.size === 0) return readValues(target);
  return readGrid(target, (v, row, column) => formulas.get(cellKey(row, column)) ?? (v === undefined ? "" : v));
}

export function readNumberFormats(target: RangeTarget): string[][] {
  return readGrid(target, (_v, row, column) => target.sheet.style(row, column).numberFormat ?? DEFAULT_STYLE.numberFormat);
}

export function readTexts(target: RangeTarget): string[][] {
  return readGrid(target, (v, row, column) => formatCellText(v, target.sheet.style(row, column).numberFormat ?? DEFAULT_STYLE.numberFormat));
}

export function readValueTypes(target: RangeTarget): string[][] {
  return readGrid(target, (v) => {
    if (v === undefined) return "Empty";
    if (typeof v === "number") return "Double";
    if (typeof v === "boolean") return "Boolean";
    return /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!)$/.test(v) ? "Error" : "String";
  });
}

/** The one value shared by every cell of the rectangle, or null when they differ (as Excel reports mixed formats). */
export function uniformStyle<V>(target: RangeTarget, pick: (style: CellStyle) => V): V | null {
  const { sheet, rect } = target;
  const styles = sheet.workbook.styles;
  let first: { value: V } | undefined;
  const consider = (value: V): boolean => {
    if (!first) first = { value };
    return first.value === value;
  };
  let lastStyledRow = 0;
  for (const row of sheet.rowStyles.keys()) lastStyledRow = Math.max(lastStyledRow, row + 1);
  const end = rect.row + rect.rowCount;
  for (let c = rect.column; c < rect.column + Math.min(rect.columnCount, MAX_COLUMNS); c++) {
    const stop = Math.min(end, Math.max(sheet.cellStyles[c]?.length ?? 0, lastStyledRow));
    for (let r = rect.row; r < stop; r++) if (!consider(pick(sheet.style(r, c)))) return null;
    if (stop < end && !consider(pick(styles.get(sheet.columnStyles.get(c) ?? 0)))) return null;
  }
  return first ? first.value : null;
}
