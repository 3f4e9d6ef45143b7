/**
 * A sheet plan: everything the add-in writes on one sheet, as plain data (values, formulas, number
 * formats, styles with borders and locking, conditional formats, validations, tables, charts,
 * widths, hidden rows and columns, print setup). The one plan format of every sheet the add-in
 * writes (result sheets and dossiers): layouts build plans without Excel, so they are unit-tested
 * directly, and src/excel/write.ts is the one writer that applies them through Office.js.
 * Rows and columns are 0-based.
 */
import type { Rect } from "../a1";

/** A cell value: a string is always literal text (never a formula or a number); null is an empty cell. */
export type PlanValue = string | number | boolean | null | PlanFormula;

/** A formula the add-in writes (A1 notation, leading "="). */
export interface PlanFormula {
  formula: string;
}

export function isFormula(value: PlanValue): value is PlanFormula {
  return typeof value === "object" && value !== null;
}

/**
 * A cell a person typed, as typed: its formula or value, and its number format (so a date goes
 * back as a date, a formula typed into a General cell stays a formula); null: the column's.
 */
export interface TypedCell {
  value: PlanValue;
  format: string | null;
  /** A hyperlink the person put on the cell (Ctrl+K), kept with it. */
  link?: CellLink;
  /** Where it was read (sheet name, 0-based row and column), to find its hyperlink. */
  from?: { sheet: string; row: number; column: number };
}

/** A cell's hyperlink: to a place in the workbook (`documentReference`) or an address (web, mail, file). */
export interface CellLink {
  address?: string;
  documentReference?: string;
  textToDisplay?: string;
  screenTip?: string;
}

/** Areas of a plan are the one rectangle type of the code base (src/a1.ts): 0-based origin and size. */
export type { Rect };

export interface CellStyle {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  wrap?: boolean;
  horizontal?: "Left" | "Center" | "Right";
  vertical?: "Top" | "Center" | "Bottom";
  /** Thin grey border around and inside the area. */
  border?: boolean;
  /** false: a cell people may edit when the sheet is protected (dossier inputs). */
  locked?: boolean;
}

/** Number format of literal text: a value written into such a cell stays text, never a formula. */
export const TEXT_FORMAT = "@";

/** A rectangle of values. */
export interface Block {
  row: number;
  column: number;
  values: PlanValue[][];
  /**
   * Number format per column of the block; null leaves General. Columns holding text from the
   * data (client names...) get TEXT_FORMAT, set before the values are written.
   */
  formats?: (string | null)[];
  /** Number formats per cell, over `formats` where not null (people's cells keep their own). */
  cellFormats?: (string | null)[][];
  style?: CellStyle;
  /** The values are what a user typed on a result sheet, read as formulas and put back as they were. */
  formulas?: boolean;
}

/** Colours that follow the data: one rule per value shown in the cells ("A", a translated label...). */
export interface ConditionalColours {
  area: Rect;
  rules: { equals: string; fill: string; fontColor?: string }[];
}

/** Red (or any colours) where a formula, written for the area's top-left cell, is true. */
export interface FormulaColours {
  area: Rect;
  formula: string;
  fill: string;
  fontColor?: string;
}

/**
 * What a cell accepts; `title` and `message` are the alert shown when someone types anything else,
 * `prompt` what Excel shows when the cell is selected (at most 255 characters).
 */
export type Validation = { area: Rect; title: string; message: string; prompt?: { title: string; message: string } } & (
  | { kind: "list"; values: string[] }
  | { kind: "list-range"; source: Rect }
  | { kind: "whole"; min: number; max: number }
  | { kind: "date" }
);

export interface TablePlan {
  name: string;
  /** Header row included. */
  area: Rect;
  style: string;
}

export interface ChartPlan {
  type: "Line" | "ColumnClustered";
  /** Found again by this name (a dossier's chart is replaced on every run). */
  name?: string;
  title: string;
  /** How the source holds its series: one per column (default) or one per row. */
  seriesBy?: "Columns" | "Rows";
  /** Source data with its header row and category column. */
  source: Rect;
  /** Where the chart is drawn. */
  at: Rect;
}

/**
 * What prints, through Worksheet.pageLayout and horizontalPageBreaks (ExcelApi 1.9): one page
 * wide and as many tall as needed, in this orientation, with these rows repeated at the top.
 */
export interface PrintPlan {
  orientation: "Portrait" | "Landscape";
  /** Rows repeated at the top of every page (0-based first row and count). */
  titleRows: { row: number; rows: number } | null;
  /** 0-based rows that start a new page. */
  breaksBefore: number[];
  /** What prints, when not the whole used range. */
  area: Rect | null;
}

export const ONE_PAGE_WIDE: PrintPlan = { orientation: "Portrait", titleRows: null, breaksBefore: [], area: null };

export interface SheetPlan {
  /** Registry id of the sheet (src/excel/registry.ts). */
  id: string;
  /** Name given to a new sheet; an existing sheet keeps the name the user gave it. */
  name: string;
  blocks: Block[];
  /**
   * People's cells the add-in moves with their client (columns beside a table, kept by client
   * when the rows change order). Written like blocks, never recorded as the add-in's.
   */
  peopleBlocks: Block[];
  styles: { area: Rect; style: CellStyle }[];
  conditionalColours: ConditionalColours[];
  formulaColours: FormulaColours[];
  validations: Validation[];
  tables: TablePlan[];
  charts: ChartPlan[];
  /** Widths in points, by 0-based column. */
  columnWidths: { column: number; width: number }[];
  /** Heights in points, by 0-based row (rows of wrapped text; others keep Excel's height). */
  rowHeights: { row: number; height: number }[];
  hiddenRows: Rect[];
  hiddenColumns: number[];
  /** Links to a sheet of the workbook (its A1), shown as `text`. */
  links: { row: number; column: number; link: CellLink }[];
  freezeRows: number;
  /** Cells read right to left: the area of the plan's content (Excel cannot flip a whole sheet). */
  rightToLeft: boolean;
  tabColor: string | null;
  /** Null leaves the sheet's print setup as it is (a dossier's figures, rewritten on every run). */
  print: PrintPlan | null;
}

export function emptyPlan(id: string, name: string, rightToLeft: boolean): SheetPlan {
  return {
    id,
    name,
    blocks: [],
    peopleBlocks: [],
    styles: [],
    conditionalColours: [],
    formulaColours: [],
    validations: [],
    tables: [],
    charts: [],
    columnWidths: [],
    rowHeights: [],
    hiddenRows: [],
    hiddenColumns: [],
    links: [],
    freezeRows: 0,
    rightToLeft,
    tabColor: null,
    print: ONE_PAGE_WIDE,
  };
}

/**
 * Single cells as blocks: one block per run of adjacent cells in a row, each with its own number
 * format (null: General).
 * @example cellBlocks([{ row: 0, column: 1, value: "Name" }, { row: 0, column: 2, value: 5, format: "0" }]) // one block at B1:C1
 */
export function cellBlocks(cells: readonly { row: number; column: number; value: PlanValue; format?: string | null }[]): Block[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.column - b.column);
  const blocks: Block[] = [];
  for (const cell of sorted) {
    const last = blocks[blocks.length - 1];
    const lastRow = last?.values[0];
    if (last && lastRow && last.row === cell.row && last.column + lastRow.length === cell.column) {
      lastRow.push(cell.value);
      last.formats?.push(cell.format ?? null);
    } else {
      blocks.push({ row: cell.row, column: cell.column, values: [[cell.value]], formats: [cell.format ?? null] });
    }
  }
  return blocks;
}

/** The area a block covers. */
export function blockArea(block: Block): Rect {
  return { row: block.row, column: block.column, rowCount: block.values.length, columnCount: block.values[0]?.length ?? 0 };
}

/** Height in points of a row showing `lines` lines of wrapped Calibri 11 text. */
export function heightForLines(lines: number): number {
  return Math.max(1, lines) * 15;
}

/** Wide (CJK) characters take about two columns of Calibri's average character width. */
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/** The width of `text` in average characters (a wide character counts two). */
export function textUnits(text: string): number {
  let units = 0;
  for (const character of text) units += WIDE.test(character) ? 2 : 1;
  return units;
}

/** The longest unbreakable word of `text`, in average characters (text of wide characters breaks anywhere). */
export function longestWord(text: string): number {
  return Math.max(0, ...text.split(/\s+/).map((word) => (WIDE.test(word) ? 2 : textUnits(word))));
}

/**
 * How many lines `text` takes wrapped at `characters` average characters per line, breaking
 * between words as Excel does (a word longer than a line, or a run of wide characters, breaks
 * inside).
 */
export function wrappedLines(text: string, characters: number): number {
  const width = Math.max(1, Math.floor(characters));
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let line = 0;
    lines += 1;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== "")) {
      const length = textUnits(word);
      const start = line === 0 ? 0 : line + 1;
      if (start + length <= width) {
        line = start + length;
        continue;
      }
      // A new line for the word (unless the line is empty), more for what does not fit.
      if (line > 0) lines += 1;
      lines += Math.ceil(length / width) - 1;
      line = length % width || width;
    }
  }
  return lines;
}

/** Width in points for a column whose longest text has `characters` characters (Calibri 11). */
export function widthForCharacters(characters: number, min = 6, max = 60): number {
  return Math.round(Math.min(max, Math.max(min, characters)) * 6.5 + 8);
}
