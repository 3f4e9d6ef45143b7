/**
 * A sheet plan: everything one result sheet holds, as plain data (values, number formats, styles,
 * conditional formats, lists, tables, charts, widths). The layout functions build plans without
 * Excel, so they are unit-tested directly; src/excel/write.ts applies a plan through Office.js.
 * Rows and columns are 0-based.
 */

/** A cell value; null is an empty cell. */
export type PlanValue = string | number | boolean | null;

export interface Area {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export interface CellStyle {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  wrap?: boolean;
  horizontal?: "Left" | "Center" | "Right";
  vertical?: "Top" | "Center" | "Bottom";
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
  style?: CellStyle;
  /** The values are formulas a user typed on a result sheet, put back as formulas. */
  formulas?: boolean;
}

/** Colours that follow the data: one rule per value shown in the cells ("A", a translated label...). */
export interface ConditionalColours {
  area: Area;
  rules: { equals: string; fill: string; fontColor?: string }[];
}

export interface ListValidation {
  area: Area;
  values: string[];
  /** Shown when someone types a value not in the list. */
  errorMessage: string;
}

export interface TablePlan {
  name: string;
  /** Header row included. */
  area: Area;
  style: string;
}

export interface ChartPlan {
  type: "Line" | "ColumnClustered";
  title: string;
  /** Source data with its header row and category column. */
  source: Area;
  /** Where the chart is drawn. */
  at: Area;
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
  area: Area | null;
}

export const ONE_PAGE_WIDE: PrintPlan = { orientation: "Portrait", titleRows: null, breaksBefore: [], area: null };

export interface SheetPlan {
  /** Registry id of the sheet (src/excel/registry.ts). */
  id: string;
  /** Name given to a new sheet; an existing sheet keeps the name the user gave it. */
  name: string;
  blocks: Block[];
  styles: { area: Area; style: CellStyle }[];
  conditionalColours: ConditionalColours[];
  validations: ListValidation[];
  tables: TablePlan[];
  charts: ChartPlan[];
  /** Widths in points, by 0-based column. */
  columnWidths: { column: number; width: number }[];
  freezeRows: number;
  rightToLeft: boolean;
  tabColor: string | null;
  print: PrintPlan;
}

export function emptyPlan(id: string, name: string, rightToLeft: boolean): SheetPlan {
  return { id, name, blocks: [], styles: [], conditionalColours: [], validations: [], tables: [], charts: [], columnWidths: [], freezeRows: 0, rightToLeft, tabColor: null, print: ONE_PAGE_WIDE };
}

/** The area a block covers. */
export function blockArea(block: Block): Area {
  return { row: block.row, column: block.column, rows: block.values.length, columns: block.values[0]?.length ?? 0 };
}

/** Width in points for a column whose longest text has `characters` characters (Calibri 11). */
export function widthForCharacters(characters: number, min = 6, max = 60): number {
  return Math.round(Math.min(max, Math.max(min, characters)) * 6.5 + 8);
}
