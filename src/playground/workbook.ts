/**
 * What the preview needs from the playground's workbook: cells read through the headless
 * workbook's synchronous inspector (no Office.js round trips for every scroll), and a person's own
 * work on it (selecting, typing, clearing, undoing) written through Excel's API, so protection,
 * typing conversions and formulas behave as the same typing in Excel would.
 */
import { containsCell, parseAddress, quoteSheetName, rectAddress, type Rect } from "../a1";
import type { HeadlessExcel, SheetInspector, SheetSummary } from "../headless";
import type { CellValue } from "../headless/model";
import { formatCellText } from "../headless/numberFormat";
import { type Calculated, type Calculation, FormulaError, createCalculation } from "./formulas/calculation";
import { cached } from "./cached";
import { type ChartAnchor, type ChartData, chartData } from "./chart-drawing";

export interface PreviewCell {
  text: string;
  /** The text is a formula shown as written: one the preview does not calculate (see docs/playground.md). */
  formula?: boolean;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  align?: "left" | "center" | "right";
  /** Vertical alignment: Excel's default is the bottom of the cell (it shows in a merged area). */
  valign?: "top" | "middle" | "bottom";
  /** The cell's text reads right to left (Persian, Arabic): Excel aligns and clips it from the right. */
  rtl?: boolean;
  /** Text that runs over empty neighbouring cells when it is wider than its own, as Excel shows text (not numbers, not wrapped text). */
  spills?: boolean;
}

/** A chart on a sheet: where it is anchored and what it draws, read from its source cells as the preview calculates them. */
export interface PreviewChart {
  name: string;
  anchor: ChartAnchor;
  data: ChartData;
}

export interface PreviewSheet {
  name: string;
  tabColor: string;
}

/** The selection: its rectangle (0-based) on a sheet. */
export interface PreviewSelection {
  sheet: string;
  rect: Rect;
}

/** How a person's edit went: written, or refused with the reason Excel gives. */
export type EditOutcome = { ok: true } | { ok: false; reason: "protected" | "other"; message: string };

export interface PreviewWorkbook {
  /** Visible sheets, in tab order. */
  sheets(): PreviewSheet[];
  activeSheet(): string | null;
  selection(): PreviewSelection | null;
  /** Rows and columns from A1 to the end of the used range. */
  usedSize(sheet: string): { rows: number; columns: number };
  /** 0-based rows and columns within the used size that are not hidden, in order. */
  shown(sheet: string): { rows: number[]; columns: number[] };
  /** Frozen rows and columns at the top left (Excel's Freeze Panes). */
  frozen(sheet: string): { rows: number; columns: number };
  /** Column width in points. */
  columnWidth(sheet: string, column: number): number;
  cell(sheet: string, row: number, column: number): PreviewCell | null;
  /** The sheet's charts, in the order they were added (later ones drawn on top). */
  charts(sheet: string): PreviewChart[];
  /** The sheet's merged areas. */
  merges(sheet: string): Rect[];
  /** What the formula bar shows for a cell, and what editing it starts from: its formula, else its text. */
  input(sheet: string, row: number, column: number): string;
  /** Selects a range, as a click or a drag in Excel does (what "Current selection" reads). */
  select(sheet: string, rect: Rect): void;
  /** Types text into a cell, as Excel takes typing ("=..." a formula, "2024-05-01" a date, "'007" text). */
  edit(sheet: string, row: number, column: number, text: string): Promise<EditOutcome>;
  /** Clears the cells of a range (the Delete key). */
  clear(sheet: string, rect: Rect): Promise<EditOutcome>;
  /** Undoes the last edit or clearing; false when there is none. */
  undo(): Promise<EditOutcome | null>;
  canUndo(): boolean;
  /** Forget cached sizes after the workbook changed. */
  invalidate(): void;
}

/** What a range held before an edit, to put back on undo. */
interface Snapshot {
  sheet: string;
  rect: Rect;
  /** Row-major: a formula, or a constant written so that Excel keeps it as it was. */
  contents: (string | number | boolean)[][];
  numberFormats: string[][];
}

/** A conditional format the preview can evaluate: where it applies, when (given the cell's value, calculated for a formula), and what it paints. */
interface PreviewRule {
  rect: Rect;
  applies: (value: CellValue | null, row: number, column: number) => boolean;
  format: { fill?: string; fontColor?: string; bold?: boolean; italic?: boolean };
}

/** A rule's constant: `="text"` or a number; null for a formula the preview cannot evaluate. */
function constantOf(formula: unknown): string | number | null {
  if (typeof formula === "number") return formula;
  if (typeof formula !== "string") return null;
  const text = formula.replace(/^=/, "");
  const quoted = /^"((?:[^"]|"")*)"$/.exec(text);
  if (quoted) return quoted[1].replace(/""/g, '"');
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : null;
}

/** Excel's comparison of a cell with a constant: text without regard to case, numbers as numbers. */
function compare(value: CellValue | null, constant: string | number | boolean): number | null {
  if (value === null || typeof value === "boolean" || typeof constant === "boolean") return null;
  if (typeof constant === "number") return typeof value === "number" ? value - constant : null;
  if (typeof value !== "string") return null;
  return value.toLocaleLowerCase().localeCompare(constant.toLocaleLowerCase());
}

const OPERATORS: Readonly<Record<string, (difference: number) => boolean>> = {
  EqualTo: (d) => d === 0,
  NotEqualTo: (d) => d !== 0,
  GreaterThan: (d) => d > 0,
  GreaterThanOrEqual: (d) => d >= 0,
  LessThan: (d) => d < 0,
  LessThanOrEqual: (d) => d <= 0,
};

/** A calculated value as a rule compares it: errors compare with nothing. */
const comparable = (value: Calculated | null): string | number | boolean | null => (value === null || value instanceof FormulaError ? null : value);

/**
 * The sheet's conditional formats the preview paints as Excel would: cell-value comparisons (with
 * a constant or a formula), "text contains" and formula rules (the dossiers' overdue dates),
 * calculated by the preview's calculation.
 */
function previewRules(sheet: SheetInspector, calculation: Calculation): PreviewRule[] {
  const rules: PreviewRule[] = [];
  for (const cf of sheet.conditionalFormats()) {
    const rect = parseAddress(cf.address)?.rect;
    if (!rect) continue;
    const type = cf.type.toLowerCase();
    const anchor = { row: rect.row, column: rect.column };
    if (type === "cellvalue") {
      const operator = OPERATORS[String(cf.rule.operator)];
      if (!operator) continue;
      const constant = constantOf(cf.rule.formula1);
      const formula = typeof cf.rule.formula1 === "string" ? cf.rule.formula1 : null;
      if (constant === null && formula === null) continue;
      rules.push({ rect, format: cf.format, applies: (value, row, column) => {
        const against = constant ?? comparable(calculation.condition(formula as string, sheet.name, anchor, row, column));
        const difference = against === null ? null : compare(value, against);
        return difference !== null && operator(difference);
      } });
    } else if (type === "custom" && typeof cf.rule.formula === "string") {
      const formula = cf.rule.formula;
      rules.push({ rect, format: cf.format, applies: (_value, row, column) => {
        const result = calculation.condition(formula, sheet.name, anchor, row, column);
        // Excel paints when the formula is TRUE or a number other than 0.
        return result === true || (typeof result === "number" && result !== 0);
      } });
    } else if (type === "containstext" && typeof cf.rule.text === "string") {
      const text = cf.rule.text.toLocaleLowerCase();
      rules.push({ rect, format: cf.format, applies: (value) => typeof value === "string" && value.toLocaleLowerCase().includes(text) });
    }
  }
  return rules;
}

/** Right-to-left scripts: Hebrew, Arabic (Persian), Syriac, Thaana, N'Ko. */
const RTL_TEXT = /^[^A-Za-z0-9]*[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

export function previewOf(excel: HeadlessExcel): PreviewWorkbook {
  const inspect = excel.inspect;
  const sizes = new Map<string, { rows: number; columns: number }>();
  const shownCache = new Map<string, { rows: number[]; columns: number[] }>();
  // One inspector per sheet until the workbook changes: the grid asks for every cell in view.
  const sheetInspectors = new Map<string, SheetInspector>();
  const undoStack: Snapshot[] = [];
  const rulesCache = new Map<string, PreviewRule[]>();
  const chartsCache = new Map<string, PreviewChart[]>();
  const mergesCache = new Map<string, Rect[]>();
  // Formulas are calculated for the cells in view and what they read, again after every change.
  const calculation = createCalculation(inspect);
  const rulesOf = (name: string): PreviewRule[] => cached(rulesCache, name, () => previewRules(sheetOf(name), calculation));
  const sheetOf = (name: string): SheetInspector => cached(sheetInspectors, name, () => inspect.sheet(name));
  const invalidate = (): void => {
    sizes.clear();
    shownCache.clear();
    sheetInspectors.clear();
    rulesCache.clear();
    chartsCache.clear();
    mergesCache.clear();
    calculation.reset();
  };
  /** A cell's value as the preview shows it: a formula's calculated result (null when it is not calculated or an error). */
  const shownValue = (name: string, row: number, column: number): CellValue | null => {
    const content = sheetOf(name).content(row, column);
    if (content.formula === null) return content.value;
    const calculated = calculation.formulaValue(name, row, column);
    return calculated === null ? (content.cached ? content.value : null) : comparable(calculated);
  };
  const chartsOf = (name: string): PreviewChart[] =>
    sheetOf(name)
      .charts()
      .flatMap((chart) => {
        const source = parseAddress(chart.source);
        if (!source?.sheet) return [];
        const from = chart.position ? parseAddress(chart.position.start)?.rect : undefined;
        const to = chart.position ? parseAddress(chart.position.end ?? chart.position.start)?.rect : undefined;
        const anchor: ChartAnchor =
          from && to
            ? { from: { row: from.row, column: from.column }, to: { row: to.row + to.rowCount - 1, column: to.column + to.columnCount - 1 } }
            : { top: chart.top, left: chart.left, width: chart.width, height: chart.height };
        const sourceSheet = source.sheet;
        const data = chartData({ type: chart.type, title: chart.title, source: source.rect, seriesBy: chart.seriesBy }, (row, column) => {
          const value = shownValue(sourceSheet, row, column);
          const numberFormat = sheetOf(sourceSheet).cell(row, column).numberFormat;
          return { value, text: value === null ? "" : formatCellText(value, numberFormat), numberFormat };
        });
        return [{ name: chart.name, anchor, data }];
      });
  const visible = (): SheetSummary[] => inspect.sheets().filter((sheet) => sheet.visibility === "Visible").sort((x, y) => x.position - y.position);

  const snapshot = (sheet: string, rect: Rect): Snapshot => {
    const contents: Snapshot["contents"] = [];
    const numberFormats: string[][] = [];
    for (let r = 0; r < rect.rowCount; r++) {
      const row: Snapshot["contents"][number] = [];
      const formats: string[] = [];
      for (let c = 0; c < rect.columnCount; c++) {
        const cell = sheetOf(sheet).cell(rect.row + r, rect.column + c);
        // A text constant goes back with Excel's apostrophe, so "007" or "=x" stays text.
        row.push(cell.formula ?? (typeof cell.value === "string" ? `'${cell.value}` : (cell.value ?? "")));
        formats.push(cell.numberFormat);
      }
      contents.push(row);
      numberFormats.push(formats);
    }
    return { sheet, rect, contents, numberFormats };
  };

  /** Runs one write through Excel's API; Excel's refusal (a locked cell on a protected sheet) becomes the outcome. */
  const write = async (sheet: string, rect: Rect, apply: (range: Excel.Range) => void): Promise<EditOutcome> => {
    try {
      await excel.api(async (context) => {
        apply(context.workbook.worksheets.getItem(sheet).getRange(rectAddress(rect)));
        await context.sync();
      });
      return { ok: true };
    } catch (error) {
      const code = (error as { code?: string }).code;
      return { ok: false, reason: code === "AccessDenied" ? "protected" : "other", message: error instanceof Error ? error.message : String(error) };
    } finally {
      invalidate();
    }
  };

  const remembered = async (sheet: string, rect: Rect, apply: (range: Excel.Range) => void): Promise<EditOutcome> => {
    const before = snapshot(sheet, rect);
    const outcome = await write(sheet, rect, apply);
    if (outcome.ok) undoStack.push(before);
    if (undoStack.length > 100) undoStack.shift();
    return outcome;
  };

  return {
    sheets: () => visible().map(({ name, tabColor }) => ({ name, tabColor })),
    activeSheet: () => inspect.activeSheet(),
    selection: () => {
      const parsed = parseAddress(inspect.selection() ?? "");
      return parsed?.sheet ? { sheet: parsed.sheet, rect: parsed.rect } : null;
    },
    usedSize: (name) =>
      cached(sizes, name, () => {
        const used = parseAddress(sheetOf(name).usedRange(true)?.address ?? "");
        return used ? { rows: used.rect.row + used.rect.rowCount, columns: used.rect.column + used.rect.columnCount } : { rows: 0, columns: 0 };
      }),
    shown(name) {
      return cached(shownCache, name, () => {
        const size = this.usedSize(name);
        const hiddenRows = new Set(sheetOf(name).hiddenRows());
        const hiddenColumns = new Set(sheetOf(name).hiddenColumns());
        const upTo = (count: number, hidden: Set<number>) => Array.from({ length: count }, (_, index) => index).filter((index) => !hidden.has(index));
        return { rows: upTo(size.rows, hiddenRows), columns: upTo(size.columns, hiddenColumns) };
      });
    },
    frozen: (name) => sheetOf(name).freeze(),
    columnWidth: (name, column) => sheetOf(name).columnWidth(column),
    charts: (name) => cached(chartsCache, name, () => chartsOf(name)),
    merges: (name) => cached(mergesCache, name, () => sheetOf(name).merges().flatMap((address) => parseAddress(address)?.rect ?? [])),
    cell: (name, row, column) => {
      const cell = sheetOf(name).cell(row, column);
      const calculated = cell.formula === null ? null : calculation.formulaValue(name, row, column);
      const value = calculated === null ? cell.value : comparable(calculated);
      // The first conditional format that applies paints over the cell's own format, as in Excel.
      const rule = rulesOf(name).find((candidate) => containsCell(candidate.rect, row, column) && candidate.applies(value, row, column));
      if (rule) {
        cell.fill = rule.format.fill ?? cell.fill;
        cell.fontColor = rule.format.fontColor ?? cell.fontColor;
        cell.bold = rule.format.bold ?? cell.bold;
        cell.italic = rule.format.italic ?? cell.italic;
      }
      if (cell.value === null && cell.formula === null && cell.fill === null) return null;
      const fill = cell.fill ?? undefined;
      // A formula the preview does not calculate (a syntax it does not read, past its bounds) is shown as written.
      if (cell.formula !== null && calculated === null) return { text: cell.formula, formula: true, fill, bold: cell.bold };
      const text = calculated === null ? cell.text : calculated instanceof FormulaError ? calculated.code : formatCellText(calculated, cell.numberFormat);
      const rtl = cell.readingOrder === "RightToLeft" || (typeof value === "string" && RTL_TEXT.test(value));
      const alignment = cell.horizontalAlignment.toLowerCase();
      // Excel's General alignment: numbers right, logical values and errors centred, text left (right for right-to-left text).
      const general = typeof value === "number" ? "right" : typeof value === "boolean" || calculated instanceof FormulaError ? "center" : rtl ? "right" : undefined;
      const align = alignment === "center" || alignment === "left" || alignment === "right" ? alignment : general;
      const spills = typeof value === "string" && value !== "" && !cell.wrapText && (align === undefined || align === "left" || (rtl && align === "right"));
      const vertical = cell.verticalAlignment.toLowerCase();
      const valign = vertical === "top" ? "top" : vertical === "center" ? "middle" : "bottom";
      return { text, fill, fontColor: cell.fontColor, bold: cell.bold, italic: cell.italic, align, valign, rtl: rtl || undefined, spills: spills || undefined };
    },
    input: (name, row, column) => {
      const cell = sheetOf(name).cell(row, column);
      return cell.formula ?? (cell.value === null ? "" : cell.text);
    },
    select: (sheet, rect) => excel.select(`${quoteSheetName(sheet)}!${rectAddress(rect)}`),
    edit: (sheet, row, column, text) => {
      const rect = { row, column, rowCount: 1, columnCount: 1 };
      return remembered(sheet, rect, (range) => {
        range.values = [[text]];
      });
    },
    clear: (sheet, rect) =>
      remembered(sheet, rect, (range) => {
        range.values = Array.from({ length: rect.rowCount }, () => Array.from({ length: rect.columnCount }, () => ""));
      }),
    undo: async () => {
      const last = undoStack.pop();
      if (!last) return null;
      const outcome = await write(last.sheet, last.rect, (range) => {
        range.formulas = last.contents;
      });
      // Typing a date gave the cell a date format: it goes back too (a protected sheet may refuse formatting; the content is back all the same).
      const formatsNow = snapshot(last.sheet, last.rect).numberFormats;
      if (outcome.ok && formatsNow.some((row, r) => row.some((format, c) => format !== last.numberFormats[r][c]))) {
        await write(last.sheet, last.rect, (range) => {
          range.numberFormat = last.numberFormats;
        });
      }
      return outcome;
    },
    canUndo: () => undoStack.length > 0,
    invalidate,
  };
}
