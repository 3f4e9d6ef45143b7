/**
 * The playground's calculation: the formula cells of the shown workbook, calculated when the
 * preview asks for them (the rows in view and what they read), remembered until the workbook
 * changes. The headless Excel itself stores formulas uncalculated (docs/headless-excel.md); only
 * the preview calculates. The work is bounded: a workbook of 100,000 formulas is not calculated
 * whole, and a cell whose calculation would go past the bounds is shown as written.
 */
import { serialFromYmd } from "../../engine/calendar";
import { cached } from "../cached";
import type { WorkbookInspector, SheetInspector } from "../../headless";
import { ERROR_CODES, type ErrorCode, type FormulaNode, FormulaSyntaxError, calledFunctions, parseFormula } from "./parse";
import { FormulaError, type FormulaSource, NotCalculated, type Scalar, evaluateFormula, knownFunction } from "./evaluate";

export { FormulaError } from "./evaluate";

/** A calculated cell value: a number, text, TRUE/FALSE or an error. */
export type Calculated = Exclude<Scalar, null>;

export interface Calculation {
  /** The value of a formula cell, or null when it is not calculated (a formula the evaluator cannot read, or past the bounds). */
  formulaValue(sheet: string, row: number, column: number): Calculated | null;
  /** A conditional format's formula at a cell of its range (relative references move from the range's top-left); null when not calculated. */
  condition(formula: string, sheet: string, anchor: { row: number; column: number }, row: number, column: number): Calculated | null;
  /** Forgets every calculated value: the workbook changed. */
  reset(): void;
}

/** Formula cells calculated between two changes of the workbook, and cells read: past these, cells are shown as written. */
const MAX_FORMULAS = 50_000;
const MAX_READS = 5_000_000;
/** How deep one formula's references to other formulas may go (a running total down 100,000 rows is not followed). */
const MAX_DEPTH = 200;

const PENDING = Symbol("pending");
const NOT_CALCULATED = Symbol("not calculated");
type Memo = Calculated | typeof PENDING | typeof NOT_CALCULATED;

/** A parsed formula, or why it is not calculated: it does not parse, or it calls a function the evaluator does not know. */
type Parsed = { tree: FormulaNode; unknown: boolean } | null;

const ERRORS = new Set<string>(ERROR_CODES);

/** Today in the page's time zone, as Excel's TODAY() reads the computer's clock. */
function localToday(): number {
  const now = new Date();
  return serialFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

export function createCalculation(inspect: WorkbookInspector, today: () => number = localToday): Calculation {
  const parsed = new Map<string, Parsed>();
  const memo = new Map<string, Map<number, Memo>>();
  const sheets = new Map<string, SheetInspector>();
  let sheetNames: Map<string, string> | null = null;
  let names: Map<string, FormulaNode | null> | null = null;
  let formulas = 0;
  let reads = 0;
  let depth = 0;
  let todayValue: number | null = null;

  // A formula that does not parse is kept as null, so it is not parsed again.
  const parse = (formula: string): Parsed =>
    cached(parsed, formula, () => {
      try {
        const tree = parseFormula(formula);
        return { tree, unknown: calledFunctions(tree).some((name) => !knownFunction(name)) };
      } catch (error) {
        if (!(error instanceof FormulaSyntaxError)) throw error;
        return null;
      }
    });
  const sheetOf = (name: string): SheetInspector => cached(sheets, name, () => inspect.sheet(name));
  const memoOf = (sheet: string): Map<number, Memo> => cached(memo, sheet, () => new Map());

  const source: FormulaSource = {
    sheet(name) {
      sheetNames ??= new Map(inspect.sheets().map((summary) => [summary.name.toLowerCase(), summary.name]));
      return sheetNames.get(name.toLowerCase()) ?? null;
    },
    value(sheet, row, column) {
      if (++reads > MAX_READS) throw new NotCalculated("too many cells read");
      const content = sheetOf(sheet).content(row, column);
      if (content.formula !== null) {
        const value = calculate(sheet, row, column, content.formula, content.cached ? content.value : null);
        if (value === null) throw new NotCalculated("a cell it reads is not calculated");
        return value;
      }
      const value = content.value;
      // An error typed or read from a file is held as its text; formulas see the error.
      return typeof value === "string" && ERRORS.has(value) ? new FormulaError(value as ErrorCode) : value;
    },
    size(sheet) {
      const used = sheetOf(sheet).usedRange();
      if (!used) return { rows: 0, columns: 0 };
      const match = /!?\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(used.address);
      const lastRow = Number(match?.[4] ?? match?.[2] ?? 0);
      return { rows: lastRow, columns: used.columnCount };
    },
    name(name) {
      if (!names) {
        names = new Map();
        for (const [key, formula] of Object.entries(inspect.names())) names.set(key.toLowerCase(), parse(formula)?.tree ?? null);
      }
      return names.get(name.toLowerCase()) ?? null;
    },
    today: () => (todayValue ??= today()),
  };

  /** A formula cell's value; `cached` is the result a file came with, shown when the formula calls a function the evaluator does not know. */
  function calculate(sheet: string, row: number, column: number, formula: string, cached: Scalar): Calculated | null {
    const entries = memoOf(sheet);
    const key = row * 16_384 + column;
    const known = entries.get(key);
    // A formula that reads itself (a circular reference): Excel warns and shows 0.
    if (known === PENDING) return 0;
    if (known === NOT_CALCULATED) return null;
    if (known !== undefined) return known;
    const tree = parse(formula);
    if (!tree || tree.unknown) {
      const value = tree && cached !== null ? cached : tree ? new FormulaError("#NAME?") : null;
      entries.set(key, value ?? NOT_CALCULATED);
      return value;
    }
    if (++formulas > MAX_FORMULAS || depth >= MAX_DEPTH) throw new NotCalculated("past the bounds");
    entries.set(key, PENDING);
    depth++;
    try {
      const value = evaluateFormula(tree.tree, source, { sheet, row, column });
      entries.set(key, value);
      return value;
    } catch (error) {
      // Only this cell's own failure is remembered; a cell deeper down may succeed when asked for directly.
      entries.delete(key);
      throw error;
    } finally {
      depth--;
    }
  }

  /** Runs one top-level calculation: past the bounds it is not calculated (null). */
  const bounded = (run: () => Calculated | null): Calculated | null => {
    try {
      return run();
    } catch (error) {
      if (error instanceof NotCalculated) return null;
      throw error;
    }
  };

  return {
    formulaValue(sheet, row, column) {
      const content = sheetOf(sheet).content(row, column);
      if (content.formula === null) return null;
      const value = bounded(() => calculate(sheet, row, column, content.formula as string, content.cached ? content.value : null));
      // Not tried again on every paint of the grid: until the workbook changes, it stays as written.
      if (value === null) memoOf(sheet).set(row * 16_384 + column, NOT_CALCULATED);
      return value;
    },
    condition(formula, sheet, anchor, row, column) {
      const tree = parse(formula);
      if (!tree || tree.unknown) return null;
      return bounded(() => evaluateFormula(tree.tree, source, { sheet, row, column, anchorRow: anchor.row, anchorColumn: anchor.column }));
    },
    reset() {
      memo.clear();
      sheets.clear();
      sheetNames = null;
      names = null;
      formulas = 0;
      reads = 0;
      todayValue = null;
    },
  };
}
