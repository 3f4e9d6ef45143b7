/**
 * Evaluates a parsed formula (parse.ts) as Excel does, for the functions the add-in writes into its
 * sheets (IF, AND, OR, NOT, ISNUMBER, IFERROR, INT, MAX, MIN, SUM, SUMPRODUCT, COUNT, COUNTA,
 * COUNTIF(S), SUMIFS, MAXIFS, INDEX, MATCH, EDATE, TODAY) and a few a person types most (see FUNCTIONS). Arrays
 * are evaluated as Excel 365 does (so `SUMPRODUCT(MAX((D1:D9=B2)*B1:B9))` and plain
 * `MAX((D1:D9=B2)*B1:B9)` agree); a formula whose result is an array shows its first value.
 * Text compares without regard to case; errors are Excel's codes and travel as values.
 */
import { daysInMonth, serialFromIso, serialFromYmd, ymdFromSerial } from "../../engine/calendar";
import type { BinaryOperator, ErrorCode, FormulaNode, RefEnd } from "./parse";

/** An error value (#N/A, #VALUE!...). */
export class FormulaError {
  constructor(readonly code: ErrorCode) {}
}

/** One value: null is an empty cell. */
export type Scalar = number | string | boolean | FormulaError | null;

/** A rectangle of values (an array, or a range read). */
export interface Matrix {
  kind: "matrix";
  rows: Scalar[][];
}

/** A reference resolved to a sheet and 0-based cells. */
export interface Reference {
  kind: "reference";
  sheet: string;
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

export type Value = Scalar | Matrix | Reference;

/** Raised when a formula cannot be calculated within the work allowed: the preview then shows it as written. */
export class NotCalculated extends Error {}

/** What a formula reads: the workbook's cells (formula cells already calculated), names and today's date. */
export interface FormulaSource {
  /** The sheet's name as the workbook spells it, or null when there is no such sheet (Excel's names are case-insensitive). */
  sheet(name: string): string | null;
  /** A cell's value; a formula cell's calculated value. May throw NotCalculated. */
  value(sheet: string, row: number, column: number): Scalar;
  /** Rows and columns from A1 to the end of the sheet's used range, to bound whole-column references. */
  size(sheet: string): { rows: number; columns: number };
  /** The tree of a defined name's formula, or null when there is no such name. */
  name(name: string): FormulaNode | null;
  /** Today as an Excel serial. */
  today(): number;
}

/** Where a formula is evaluated: its sheet and cell (relative references move with the cell). */
export interface FormulaCell {
  sheet: string;
  row: number;
  column: number;
  /** For a conditional format: the top-left cell its relative references are written for. */
  anchorRow?: number;
  anchorColumn?: number;
}

const VALUE_ERROR = new FormulaError("#VALUE!");
const NA_ERROR = new FormulaError("#N/A");
const REF_ERROR = new FormulaError("#REF!");
const DIV0_ERROR = new FormulaError("#DIV/0!");
const NUM_ERROR = new FormulaError("#NUM!");

const isError = (value: unknown): value is FormulaError => value instanceof FormulaError;
const isReference = (value: Value): value is Reference => value !== null && typeof value === "object" && !isError(value) && value.kind === "reference";

interface Context {
  source: FormulaSource;
  at: FormulaCell;
  /** Defined names being evaluated, against a name that refers to itself. */
  names: Set<string>;
}

/** The value of a formula at a cell: a scalar as the cell shows it (an empty result is 0, as Excel shows `=A1` of an empty A1). */
export function evaluateFormula(tree: FormulaNode, source: FormulaSource, at: FormulaCell): Exclude<Scalar, null> {
  const result = topLeft(evaluate(tree, { source, at, names: new Set() }), source);
  return result === null ? 0 : result;
}

function evaluate(node: FormulaNode, context: Context): Value {
  switch (node.kind) {
    case "number":
    case "text":
    case "boolean":
      return node.value;
    case "error":
      return new FormulaError(node.code);
    case "missing":
      return null;
    case "ref":
      return resolve(node, context);
    case "name": {
      const key = node.name.toUpperCase();
      const tree = context.names.has(key) ? null : context.source.name(node.name);
      if (!tree) return new FormulaError("#NAME?");
      context.names.add(key);
      try {
        return evaluate(tree, context);
      } finally {
        context.names.delete(key);
      }
    }
    case "unary": {
      const operand = evaluate(node.operand, context);
      return map(operand, context.source, (value) => {
        const number = toNumber(value);
        if (isError(number)) return number;
        return node.operator === "-" ? -number : node.operator === "%" ? number / 100 : number;
      });
    }
    case "binary":
      return combine(evaluate(node.left, context), evaluate(node.right, context), context.source, (left, right) => operate(node.operator, left, right));
    case "call": {
      const special = SPECIAL[node.name];
      if (special) return special(node.args, context);
      const fn = FUNCTIONS[node.name];
      if (!fn) return new FormulaError("#NAME?");
      return fn(
        node.args.map((arg) => evaluate(arg, context)),
        context,
      );
    }
  }
}

function resolve(node: Extract<FormulaNode, { kind: "ref" }>, context: Context): Value {
  const { at, source } = context;
  const sheet = node.sheet === null ? at.sheet : source.sheet(node.sheet);
  if (sheet === null) return REF_ERROR;
  const move = (end: RefEnd): { row: number; column: number } => ({
    row: end.rowAbsolute ? end.row : end.row + at.row - (at.anchorRow ?? at.row),
    column: end.columnAbsolute ? end.column : end.column + at.column - (at.anchorColumn ?? at.column),
  });
  const from = move(node.from);
  let to = move(node.to);
  // A whole column reads as far as the sheet has cells: the rest is empty.
  if (node.wholeColumns) to = { row: Math.max(0, source.size(sheet).rows - 1), column: to.column };
  const row = Math.min(from.row, to.row);
  const column = Math.min(from.column, to.column);
  if (row < 0 || column < 0) return REF_ERROR;
  return { kind: "reference", sheet, row, column, rowCount: Math.abs(to.row - from.row) + 1, columnCount: Math.abs(to.column - from.column) + 1 };
}

/** Cells read per calculation of one cell's formula, so a formula over whole big columns cannot hang the page. */
const MAX_CELLS_READ = 2_000_000;

function matrixOf(value: Value, source: FormulaSource): Matrix {
  if (value === null || typeof value !== "object" || isError(value)) return { kind: "matrix", rows: [[value]] };
  if (value.kind === "matrix") return value;
  if (value.rowCount * value.columnCount > MAX_CELLS_READ) throw new NotCalculated("too many cells");
  const rows: Scalar[][] = [];
  for (let r = 0; r < value.rowCount; r++) {
    const row: Scalar[] = [];
    for (let c = 0; c < value.columnCount; c++) row.push(source.value(value.sheet, value.row + r, value.column + c));
    rows.push(row);
  }
  return { kind: "matrix", rows };
}

function isMulti(value: Value): value is Matrix | Reference {
  if (value === null || typeof value !== "object" || isError(value)) return false;
  return value.kind === "matrix" ? value.rows.length > 1 || value.rows[0].length > 1 : value.rowCount > 1 || value.columnCount > 1;
}

/** The first value of a range or array; a scalar as it is. */
function topLeft(value: Value, source: FormulaSource): Scalar {
  if (value === null || typeof value !== "object" || isError(value)) return value;
  if (value.kind === "matrix") return value.rows[0][0];
  return source.value(value.sheet, value.row, value.column);
}

/** Applies `fn` to each value (an array stays an array). */
function map(value: Value, source: FormulaSource, fn: (value: Scalar) => Scalar): Value {
  if (!isMulti(value)) return fn(topLeft(value, source));
  return { kind: "matrix", rows: matrixOf(value, source).rows.map((row) => row.map(fn)) };
}

/** Applies `fn` pairwise, Excel's way: a single row or column is repeated; beyond the smaller array, #N/A. */
function combine(left: Value, right: Value, source: FormulaSource, fn: (left: Scalar, right: Scalar) => Scalar): Value {
  return combineAll([left, right], source, ([a, b]) => fn(a, b));
}

function combineAll(values: Value[], source: FormulaSource, fn: (values: Scalar[]) => Scalar): Value {
  if (!values.some(isMulti)) return fn(values.map((value) => topLeft(value, source)));
  const arrays = values.map((value) => matrixOf(value, source).rows);
  const rowCount = Math.max(...arrays.map((rows) => rows.length));
  const columnCount = Math.max(...arrays.map((rows) => rows[0].length));
  const pick = (rows: Scalar[][], r: number, c: number): Scalar | undefined => rows[rows.length === 1 ? 0 : r]?.[rows[0].length === 1 ? 0 : c];
  const rows: Scalar[][] = [];
  for (let r = 0; r < rowCount; r++) {
    const row: Scalar[] = [];
    for (let c = 0; c < columnCount; c++) {
      const picked = arrays.map((array) => pick(array, r, c));
      row.push(picked.some((value) => value === undefined) ? NA_ERROR : fn(picked as Scalar[]));
    }
    rows.push(row);
  }
  return { kind: "matrix", rows };
}

const NUMERIC_TEXT = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

/** A value as a number, as Excel's arithmetic takes it: empty 0, TRUE 1, numeric or date text converted, other text #VALUE!. */
function toNumber(value: Scalar): number | FormulaError {
  if (value === null) return 0;
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (isError(value)) return value;
  if (NUMERIC_TEXT.test(value)) return Number(value);
  const serial = serialFromIso(value);
  return Number.isNaN(serial) ? VALUE_ERROR : serial;
}

/** A number as `&` and text functions write it: up to 15 significant digits, no exponent for ordinary sizes. */
function numberText(value: number): string {
  return String(Number(value.toPrecision(15)));
}

function toText(value: Scalar): string | FormulaError {
  if (value === null) return "";
  if (typeof value === "number") return numberText(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value;
}

/** A value as a condition: numbers are true unless 0, text is #VALUE! (unless "TRUE"/"FALSE"). */
function toBoolean(value: Scalar): boolean | FormulaError {
  if (value === null) return false;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  if (isError(value)) return value;
  const upper = value.toUpperCase();
  return upper === "TRUE" ? true : upper === "FALSE" ? false : VALUE_ERROR;
}

/** Type order of Excel's comparison: numbers, then text, then logical values. */
const rank = (value: number | string | boolean): number => (typeof value === "number" ? 0 : typeof value === "string" ? 1 : 2);

/** Excel's comparison: an empty cell is 0, "" or FALSE beside the other side; text without regard to case. */
export function compareValues(left: Exclude<Scalar, FormulaError>, right: Exclude<Scalar, FormulaError>): number {
  const blank = (other: Exclude<Scalar, FormulaError>) => (typeof other === "number" ? 0 : typeof other === "boolean" ? false : "");
  const a = left === null ? blank(right) : left;
  const b = right === null ? blank(left) : right;
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === "string" && typeof b === "string") {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return Number(a) - Number(b);
}

function operate(operator: BinaryOperator, left: Scalar, right: Scalar): Scalar {
  if (isError(left)) return left;
  if (isError(right)) return right;
  switch (operator) {
    case "&": {
      const a = toText(left);
      const b = toText(right);
      return isError(a) ? a : isError(b) ? b : a + b;
    }
    case "=":
      return compareValues(left, right) === 0;
    case "<>":
      return compareValues(left, right) !== 0;
    case "<":
      return compareValues(left, right) < 0;
    case ">":
      return compareValues(left, right) > 0;
    case "<=":
      return compareValues(left, right) <= 0;
    case ">=":
      return compareValues(left, right) >= 0;
  }
  const a = toNumber(left);
  const b = toNumber(right);
  if (isError(a)) return a;
  if (isError(b)) return b;
  switch (operator) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return b === 0 ? DIV0_ERROR : a / b;
    case "^": {
      const power = a ** b;
      return Number.isFinite(power) ? power : NUM_ERROR;
    }
  }
}

type Fn = (args: Value[], context: Context) => Value;
type SpecialFn = (args: FormulaNode[], context: Context) => Value;

/** The values of an argument for an aggregate (MAX, SUM, COUNT...): `direct` when it was a single value typed or computed, not a range or array. */
function* valuesOf(args: Value[], source: FormulaSource): Generator<{ value: Scalar; direct: boolean }> {
  for (const arg of args) {
    if (arg !== null && typeof arg === "object" && !isError(arg)) {
      for (const row of matrixOf(arg, source).rows) for (const value of row) yield { value, direct: false };
    } else yield { value: arg, direct: true };
  }
}

/** The numbers an aggregate takes: from ranges only numbers; typed values converted (text that is no number is #VALUE!). */
function numbersOf(args: Value[], source: FormulaSource): number[] | FormulaError {
  const numbers: number[] = [];
  for (const { value, direct } of valuesOf(args, source)) {
    if (isError(value)) return value;
    if (typeof value === "number") numbers.push(value);
    else if (direct && value !== null) {
      const number = toNumber(value);
      if (isError(number)) return number;
      numbers.push(number);
    }
  }
  return numbers;
}

function aggregate(fn: (numbers: number[]) => Scalar): Fn {
  return (args, { source }) => {
    const numbers = numbersOf(args, source);
    return isError(numbers) ? numbers : fn(numbers);
  };
}

function logical(all: boolean): Fn {
  return (args, { source }) => {
    let seen = false;
    let result = all;
    for (const { value, direct } of valuesOf(args, source)) {
      if (isError(value)) return value;
      if (value === null || (typeof value === "string" && !direct)) continue;
      const truth = toBoolean(value);
      if (isError(truth)) return truth;
      seen = true;
      result = all ? result && truth : result || truth;
    }
    return seen ? result : VALUE_ERROR;
  };
}

/** A function of one value applied to each value of an array argument (ISNUMBER over a range gives an array). */
function elementwise(fn: (value: Scalar) => Scalar): Fn {
  return (args, { source }) => (args.length === 1 ? map(args[0], source, fn) : VALUE_ERROR);
}

function numeric(fn: (value: number) => Scalar): (value: Scalar) => Scalar {
  return (value) => {
    const number = toNumber(value);
    return isError(number) ? number : fn(number);
  };
}

/** A single argument as a scalar (the first value of a range, as Excel's implicit intersection mostly gives in the add-in's cells). */
function scalar(arg: Value | undefined, source: FormulaSource): Scalar {
  return arg === undefined ? null : topLeft(arg, source);
}

function numberArg(arg: Value | undefined, source: FormulaSource): number | FormulaError {
  return toNumber(scalar(arg, source));
}

/** A COUNTIF criterion as a test: ">5", "<>x", "=", "a*", a number, a cell (an empty one is 0). */
function criterion(value: Scalar): (cell: Scalar) => boolean {
  if (value === null) value = 0;
  if (isError(value)) return (cell) => isError(cell) && cell.code === value.code;
  if (typeof value !== "string") return (cell) => cell !== null && !isError(cell) && typeof cell === typeof value && compareValues(cell, value) === 0;
  const match = /^(<=|>=|<>|<|>|=)?([\s\S]*)$/.exec(value) as RegExpExecArray;
  const operator = match[1] ?? "=";
  const operand = match[2];
  const number = NUMERIC_TEXT.test(operand) ? Number(operand) : serialFromIso(operand);
  const test = (difference: number): boolean =>
    operator === "=" ? difference === 0 : operator === "<>" ? difference !== 0 : operator === "<" ? difference < 0 : operator === ">" ? difference > 0 : operator === "<=" ? difference <= 0 : difference >= 0;
  if (!Number.isNaN(number) && operand.trim() !== "") {
    // A number criterion matches numbers (and, for = and <>, text that reads as that number).
    return (cell) => {
      if (typeof cell === "number") return test(cell - number);
      if (operator === "<>") return !(typeof cell === "string" && NUMERIC_TEXT.test(cell) && Number(cell) === number);
      return operator === "=" && typeof cell === "string" && NUMERIC_TEXT.test(cell) && Number(cell) === number;
    };
  }
  const upper = operand.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") {
    const truth = upper === "TRUE";
    return (cell) => (typeof cell === "boolean" ? test(Number(cell) - Number(truth)) : operator === "<>");
  }
  if (operand === "") {
    if (operator === "=") return (cell) => cell === null || cell === "";
    if (operator === "<>") return (cell) => cell !== null && cell !== "";
  }
  if (operator === "=" || operator === "<>") {
    const pattern = wildcard(operand);
    return (cell) => {
      const text = cell === null ? "" : typeof cell === "string" ? cell : null;
      const equal = text !== null && pattern.test(text);
      return operator === "=" ? equal : !equal;
    };
  }
  return (cell) => typeof cell === "string" && test(compareValues(cell, operand));
}

/** Excel's wildcards: * any run, ? one character, ~ escapes; whole text, without regard to case. */
function wildcard(text: string): RegExp {
  let source = "";
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "~" && i + 1 < text.length) source += text[++i].replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    else if (char === "*") source += "[\\s\\S]*";
    else if (char === "?") source += "[\\s\\S]";
    else source += char.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`, "iu");
}

/** The cells of `ranges` (same shape, else null) where every criterion holds, as [row, column] pairs. */
function matching(args: Value[], source: FormulaSource): [number, number][] | null {
  let size: { rows: number; columns: number } | null = null;
  const pairs: { rows: Scalar[][]; test: (cell: Scalar) => boolean }[] = [];
  for (let i = 0; i + 1 < args.length; i += 2) {
    const range = args[i];
    if (!isReference(range)) return null;
    const rows = matrixOf(range, source).rows;
    if (size && (size.rows !== rows.length || size.columns !== rows[0].length)) return null;
    size = { rows: rows.length, columns: rows[0].length };
    pairs.push({ rows, test: criterion(scalar(args[i + 1], source)) });
  }
  const found: [number, number][] = [];
  const { rows, columns } = size ?? { rows: 0, columns: 0 };
  for (let r = 0; r < rows; r++) for (let c = 0; c < columns; c++) if (pairs.every((pair) => pair.test(pair.rows[r][c]))) found.push([r, c]);
  return found;
}

const countIfs: Fn = (args, { source }) => {
  if (args.length < 2 || args.length % 2 !== 0) return VALUE_ERROR;
  return matching(args, source)?.length ?? VALUE_ERROR;
};

/**
 * The numbers of the first range (SUMIFS's sum range, MAXIFS's max range) where every criterion
 * of the rest holds (text and empty cells are passed over); an error there is the answer.
 */
function numbersWhere(args: Value[], source: FormulaSource): number[] | Scalar {
  if (args.length < 3 || args.length % 2 !== 1) return VALUE_ERROR;
  const [valueRange, ...criteria] = args;
  const found = matching(criteria, source);
  if (found === null || !isReference(valueRange)) return VALUE_ERROR;
  const values = matrixOf(valueRange, source).rows;
  const first = matrixOf(criteria[0], source).rows;
  if (values.length !== first.length || values[0].length !== first[0].length) return VALUE_ERROR;
  const numbers: number[] = [];
  for (const [r, c] of found) {
    const value = values[r][c];
    if (isError(value)) return value;
    if (typeof value === "number") numbers.push(value);
  }
  return numbers;
}

/** SUMIFS(sum range, range, criterion, ...): the sum of the numbers where every criterion holds. */
const sumIfs: Fn = (args, { source }) => {
  const numbers = numbersWhere(args, source);
  return Array.isArray(numbers) ? numbers.reduce((sum, value) => sum + value, 0) : numbers;
};

/** MAXIFS(max range, range, criterion, ...): the largest of those numbers, 0 when there is none. */
const maxIfs: Fn = (args, { source }) => {
  const numbers = numbersWhere(args, source);
  return Array.isArray(numbers) ? numbers.reduce((max, value) => Math.max(max, value), numbers.length > 0 ? -Infinity : 0) : numbers;
};

/** INDEX(array, row, [column]): one value, or a whole row or column for 0. */
const index: Fn = (args, { source }) => {
  if (args.length < 2 || args.length > 3) return VALUE_ERROR;
  const rows = matrixOf(args[0], source).rows;
  const first = numberArg(args[1], source);
  const second = args.length === 3 && args[2] !== null ? numberArg(args[2], source) : null;
  if (isError(first)) return first;
  if (isError(second)) return second;
  let row = Math.trunc(first);
  let column = second === null ? 1 : Math.trunc(second);
  // INDEX(row vector, n): the n-th value along it.
  if (second === null && rows.length === 1) [row, column] = [1, row];
  if (row < 0 || column < 0 || row > rows.length || column > rows[0].length) return REF_ERROR;
  if (row === 0 && column === 0) return { kind: "matrix", rows };
  if (row === 0) return { kind: "matrix", rows: rows.map((values) => [values[column - 1]]) };
  if (column === 0) return { kind: "matrix", rows: [rows[row - 1]] };
  return rows[row - 1][column - 1];
};

/** MATCH(value, vector, [type]): 0 the first equal (wildcards for text); 1 the last ≤ in ascending data; -1 the last ≥ in descending. */
const match: Fn = (args, { source }) => {
  if (args.length < 2 || args.length > 3) return VALUE_ERROR;
  const wanted = scalar(args[0], source);
  if (isError(wanted)) return wanted;
  const rows = matrixOf(args[1], source).rows;
  if (rows.length > 1 && rows[0].length > 1) return NA_ERROR;
  const values = rows.length === 1 ? rows[0] : rows.map((row) => row[0]);
  const typeArg = args.length === 3 && args[2] !== null ? numberArg(args[2], source) : 1;
  if (isError(typeArg)) return typeArg;
  const type = Math.sign(typeArg);
  if (type === 0) {
    const test = typeof wanted === "string" ? criterion(`=${wanted}`) : (cell: Scalar) => cell !== null && !isError(cell) && typeof cell === typeof wanted && compareValues(cell, wanted) === 0;
    const found = values.findIndex((value) => test(value));
    return found < 0 ? NA_ERROR : found + 1;
  }
  // Approximate: Excel assumes sorted data; this scans it the same way, stopping at the first value past the one wanted.
  let found = -1;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value === null || isError(value) || rank(value) !== rank(wanted ?? 0)) continue;
    const difference = compareValues(value, wanted);
    if (type > 0 ? difference <= 0 : difference >= 0) found = i;
    else break;
  }
  return found < 0 ? NA_ERROR : found + 1;
};

/** EDATE(start, months): the same day of the month `months` later, the month's last day when it has fewer. */
const edate: Fn = (args, { source }) => {
  if (args.length !== 2) return VALUE_ERROR;
  const start = numberArg(args[0], source);
  const months = numberArg(args[1], source);
  if (isError(start)) return start;
  if (isError(months)) return months;
  if (start < 0) return NUM_ERROR;
  const { year, month, day } = ymdFromSerial(start);
  const total = year * 12 + (month - 1) + Math.trunc(months);
  const targetYear = Math.floor(total / 12);
  const targetMonth = total - targetYear * 12 + 1;
  return serialFromYmd(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
};

const date: Fn = (args, { source }) => {
  if (args.length !== 3) return VALUE_ERROR;
  const parts = args.map((arg) => numberArg(arg, source));
  const error = parts.find(isError);
  if (error) return error;
  const [year, month, day] = (parts as number[]).map(Math.trunc);
  const fullYear = year < 1900 ? year + 1900 : year;
  // Months and days past their range roll over, as in Excel: DATE(2024,14,1) is 2025-02-01.
  const serial = serialFromYmd(fullYear, 1, 1);
  const monthStart = serialFromYmd(fullYear + Math.floor((month - 1) / 12), (((month - 1) % 12) + 12) % 12 + 1, 1);
  return Number.isNaN(serial) || Number.isNaN(monthStart) || monthStart + day - 1 < 1 ? NUM_ERROR : monthStart + day - 1;
};

const datePart = (part: "year" | "month" | "day"): Fn => elementwise(numeric((serial) => (serial < 0 ? NUM_ERROR : ymdFromSerial(serial)[part])));

const sumProduct: Fn = (args, { source }) => {
  if (args.length === 0) return VALUE_ERROR;
  const arrays = args.map((arg) => matrixOf(arg, source).rows);
  const rows = arrays[0].length;
  const columns = arrays[0][0].length;
  if (arrays.some((array) => array.length !== rows || array[0].length !== columns)) return VALUE_ERROR;
  let sum = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      let product = 1;
      for (const array of arrays) {
        const value = array[r][c];
        if (isError(value)) return value;
        // Text and logical values count as 0, as Excel's SUMPRODUCT treats non-numbers.
        product *= typeof value === "number" ? value : 0;
      }
      sum += product;
    }
  }
  return sum;
};

/** Excel's ROUND: halves away from zero. */
function round(value: number, digits: number): number {
  const factor = 10 ** Math.trunc(digits);
  const scaled = Math.abs(value) * factor;
  return (Math.sign(value) * Math.round(Number(scaled.toPrecision(15)))) / factor;
}

/** The functions the preview calculates. Anything else is #NAME?, as Excel shows a function it does not know. */
const FUNCTIONS: Readonly<Record<string, Fn>> = {
  AND: logical(true),
  OR: logical(false),
  NOT: elementwise((value) => {
    const truth = toBoolean(value);
    return isError(truth) ? truth : !truth;
  }),
  ISNUMBER: elementwise((value) => typeof value === "number"),
  ISTEXT: elementwise((value) => typeof value === "string"),
  ISBLANK: elementwise((value) => value === null),
  ISERROR: elementwise((value) => isError(value)),
  ISNA: elementwise((value) => isError(value) && value.code === "#N/A"),
  INT: elementwise(numeric(Math.floor)),
  ABS: elementwise(numeric(Math.abs)),
  ROUND: (args, { source }) => {
    if (args.length !== 2) return VALUE_ERROR;
    const digits = numberArg(args[1], source);
    return isError(digits) ? digits : map(args[0], source, numeric((value) => round(value, digits)));
  },
  MAX: aggregate((numbers) => (numbers.length === 0 ? 0 : numbers.reduce((a, b) => Math.max(a, b)))),
  MIN: aggregate((numbers) => (numbers.length === 0 ? 0 : numbers.reduce((a, b) => Math.min(a, b)))),
  SUM: aggregate((numbers) => numbers.reduce((a, b) => a + b, 0)),
  AVERAGE: aggregate((numbers) => (numbers.length === 0 ? DIV0_ERROR : numbers.reduce((a, b) => a + b, 0) / numbers.length)),
  COUNT: (args, { source }) => {
    let count = 0;
    for (const { value, direct } of valuesOf(args, source)) if (typeof value === "number" || (direct && (typeof value === "boolean" || (typeof value === "string" && !isError(toNumber(value)))))) count++;
    return count;
  },
  COUNTA: (args, { source }) => {
    let count = 0;
    for (const { value, direct } of valuesOf(args, source)) if (value !== null || direct) count++;
    return count;
  },
  COUNTIF: (args, context) => (args.length === 2 ? countIfs(args, context) : VALUE_ERROR),
  COUNTIFS: countIfs,
  SUMIFS: sumIfs,
  MAXIFS: maxIfs,
  SUMIF: (args, context) => {
    if (args.length === 2) return sumIfs([args[0], ...args], context);
    if (args.length !== 3) return VALUE_ERROR;
    const [range, test, sumRange] = args;
    // Excel reads the sum range from its top-left cell in the shape of the range tested.
    const resized = isReference(range) && isReference(sumRange) ? { ...sumRange, rowCount: range.rowCount, columnCount: range.columnCount } : sumRange;
    return sumIfs([resized, range, test], context);
  },
  SUMPRODUCT: sumProduct,
  INDEX: index,
  MATCH: match,
  EDATE: edate,
  DATE: date,
  YEAR: datePart("year"),
  MONTH: datePart("month"),
  DAY: datePart("day"),
  TODAY: (args, { source }) => (args.length === 0 ? source.today() : VALUE_ERROR),
};

/** IF and IFERROR evaluate only the branch they return, as Excel does (unless the condition is an array). */
const SPECIAL: Readonly<Record<string, SpecialFn>> = {
  IF: (args, context) => {
    if (args.length < 2 || args.length > 3) return VALUE_ERROR;
    const { source } = context;
    const condition = evaluate(args[0], context);
    const branch = (index: number): Value => (index < args.length ? (args[index].kind === "missing" ? 0 : evaluate(args[index], context)) : false);
    if (isMulti(condition)) {
      return combineAll([condition, branch(1), branch(2)], source, ([c, yes, no]) => {
        const truth = toBoolean(c);
        return isError(truth) ? truth : truth ? yes : no;
      });
    }
    const truth = toBoolean(topLeft(condition, source));
    if (isError(truth)) return truth;
    return branch(truth ? 1 : 2);
  },
  IFERROR: (args, context) => errorFallback(args, context, () => true),
  IFNA: (args, context) => errorFallback(args, context, (error) => error.code === "#N/A"),
};

function errorFallback(args: FormulaNode[], context: Context, catches: (error: FormulaError) => boolean): Value {
  if (args.length !== 2) return VALUE_ERROR;
  const value = evaluate(args[0], context);
  const { source } = context;
  if (!isMulti(value)) {
    const single = topLeft(value, source);
    return isError(single) && catches(single) ? evaluate(args[1], context) : value;
  }
  const fallback = evaluate(args[1], context);
  return combine(value, fallback, source, (v, f) => (isError(v) && catches(v) ? f : v));
}

/** Whether the evaluator knows a function (a formula calling another is #NAME?). */
export function knownFunction(name: string): boolean {
  return name in FUNCTIONS || name in SPECIAL;
}
