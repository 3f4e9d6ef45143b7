/**
 * The workbook behind the proxies. Cell values are stored column-major (one packed array per
 * column), cell formats as interned style ids (also column-major), formulas and hyperlinks in
 * sparse maps: 1,000,000 x 4 values cost four arrays, not a million objects.
 */
import { MAX_COLUMNS, MAX_ROWS, type Rect, intersect } from "./address";

export type CellValue = string | number | boolean;

export interface BorderStyle {
  style?: string;
  color?: string;
  weight?: string;
}

/** One cell format. Absent fields have Excel's defaults (see DEFAULT_STYLE). */
export interface CellStyle {
  numberFormat?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: string;
  strikethrough?: boolean;
  fontSize?: number;
  fontName?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  indentLevel?: number;
  readingOrder?: string;
  locked?: boolean;
  formulaHidden?: boolean;
  borders?: Record<string, BorderStyle>;
}

export const DEFAULT_STYLE = {
  numberFormat: "General",
  fontColor: "#000000",
  bold: false,
  italic: false,
  underline: "None",
  strikethrough: false,
  fontSize: 11,
  fontName: "Calibri",
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  wrapText: false,
  indentLevel: 0,
  readingOrder: "Context",
  locked: true,
  formulaHidden: false,
} as const;

/** Excel's default column width (8.43 characters) and row height, in points. */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

/** Interned styles: id 0 is the default format; equal formats share one id. */
export class StyleTable {
  readonly styles: CellStyle[] = [{}];
  private readonly ids = new Map<string, number>([["{}", 0]]);

  intern(style: CellStyle): number {
    const clean: CellStyle = {};
    for (const key of Object.keys(style).sort() as (keyof CellStyle)[]) {
      const value = style[key];
      if (value === undefined) continue;
      if (key !== "borders" && key !== "fill" && DEFAULT_STYLE[key as keyof typeof DEFAULT_STYLE] === value) continue;
      if (key === "borders" && Object.keys(value as object).length === 0) continue;
      (clean as Record<string, unknown>)[key] = value;
    }
    const key = JSON.stringify(clean);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.styles.length;
      this.styles.push(clean);
      this.ids.set(key, id);
    }
    return id;
  }

  get(id: number): CellStyle {
    return this.styles[id];
  }
}

export type StylePatch = (style: CellStyle) => CellStyle;

export interface Hyperlink {
  address?: string;
  documentReference?: string;
  textToDisplay?: string;
  screenTip?: string;
}

export interface ValidationRule {
  list?: { inCellDropDown: boolean; source: string };
  wholeNumber?: { operator: string; formula1: string | number; formula2?: string | number };
  decimal?: { operator: string; formula1: string | number; formula2?: string | number };
  date?: { operator: string; formula1: string | number; formula2?: string | number };
  textLength?: { operator: string; formula1: string | number; formula2?: string | number };
  custom?: { formula: string };
}

export interface ValidationModel {
  rect: Rect;
  rule: ValidationRule;
  ignoreBlanks: boolean;
  prompt: { showPrompt: boolean; title: string; message: string };
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
}

export interface ConditionalFormatModel {
  id: string;
  type: string;
  rect: Rect;
  priority: number;
  stopIfTrue: boolean;
  /** Rule fields by type: cellValue {formula1, formula2, operator}, containsText {operator, text}, custom {formula}, colorScale {criteria}, dataBar {...}. */
  rule: Record<string, unknown>;
  format: { fill?: string; fontColor?: string; bold?: boolean; italic?: boolean };
}

export interface ChartModel {
  id: string;
  name: string;
  type: string;
  /** The source range; its address follows the sheet's name. */
  source: { sheet: SheetModel; rect: Rect };
  seriesBy: string;
  title: string;
  position?: { start: string; end?: string };
  top: number;
  left: number;
  width: number;
  height: number;
}

/** A picture kept from a loaded .xlsx file and written back (not part of the modelled API). */
export interface CarriedImage {
  bytes: Uint8Array;
  extension: string;
  /** ExcelJS's anchor: top-left and bottom-right as fractional 0-based column/row positions. */
  range: { tl: { col: number; row: number }; br?: { col: number; row: number }; ext?: { width: number; height: number }; editAs?: string };
}

/** Worksheet.pageLayout: what prints (learn.microsoft.com/javascript/api/excel/excel.pagelayout). */
export interface PageLayoutModel {
  orientation: "Portrait" | "Landscape";
  /** PageLayoutZoomOptions: a scale in percent, or fit to pages (0: as many as needed). */
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printArea: Rect[];
  titleRows?: Rect;
  titleColumns?: Rect;
  /** 0-based rows that start a new page (HorizontalPageBreakCollection). */
  rowBreaks: number[];
}

export interface SheetProtectionModel {
  protected: boolean;
  options: Record<string, boolean>;
  password?: string;
  /** The password hash of a protected sheet loaded from .xlsx (the password itself is unknown). */
  passwordHash?: Record<string, unknown>;
}

export class SheetModel {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  tabColor = "";
  showGridlines = true;
  deleted = false;
  /** Values by column, then row; undefined is an empty cell. */
  readonly columns: (CellValue | undefined)[][] = [];
  /** Formulas by cellKey(row, column). */
  readonly formulas = new Map<number, string>();
  /**
   * Formula cells whose value is the result a loaded file saved with them. The headless Excel
   * does not calculate: a formula written through the API holds a placeholder, which is not
   * saved as a result (the file asks for a recalculation instead).
   */
  readonly cachedResults = new Map<number, true>();
  /** Cell style id + 1 by column, then row; 0 means "the row's or column's format". */
  readonly cellStyles: number[][] = [];
  readonly columnStyles = new Map<number, number>();
  readonly rowStyles = new Map<number, number>();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  /** Hidden rows and columns (Range.rowHidden / columnHidden), 0-based. */
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  readonly hyperlinks = new Map<number, Hyperlink>();
  merges: Rect[] = [];
  validations: ValidationModel[] = [];
  conditionalFormats: ConditionalFormatModel[] = [];
  charts: ChartModel[] = [];
  /** Notes (comments) kept from a loaded file, by cellKey; they move with their cells. */
  readonly notes = new Map<number, { text: string; author?: string }>();
  /** Kept from a loaded file and written back: pictures, the sheet's AutoFilter range. */
  carried: { images: CarriedImage[]; autoFilter?: string } = { images: [] };
  pageLayout: PageLayoutModel = { orientation: "Portrait", zoom: { scale: 100 }, printArea: [], rowBreaks: [] };
  readonly customProperties = new Map<string, string>();
  freeze = { rows: 0, columns: 0 };
  protection: SheetProtectionModel = { protected: false, options: {} };
  /** What is selected on this sheet (each sheet keeps its own, as in Excel); A1 when unset. */
  selection: Rect | undefined;
  /** All areas of a multi-area selection (Ctrl+click), when there is more than one. */
  selectionAreas: Rect[] = [];

  constructor(
    readonly id: string,
    name: string,
    readonly workbook: WorkbookModel,
  ) {
    this.name = name;
  }

  value(row: number, column: number): CellValue | undefined {
    return this.columns[column]?.[row];
  }

  setValue(row: number, column: number, value: CellValue | undefined): void {
    let values = this.columns[column];
    if (values === undefined) {
      if (value === undefined) return;
      values = this.columns[column] = [];
    }
    growTo(values, row, undefined);
    values[row] = value;
  }

  styleId(row: number, column: number): number {
    const own = this.cellStyles[column]?.[row];
    if (own) return own - 1;
    return this.rowStyles.get(row) ?? this.columnStyles.get(column) ?? 0;
  }

  style(row: number, column: number): CellStyle {
    return this.workbook.styles.get(this.styleId(row, column));
  }

  setStyleId(row: number, column: number, id: number): void {
    const styles = (this.cellStyles[column] ??= []);
    growTo(styles, row, 0);
    styles[row] = id + 1;
  }

  /** Applies a format change to a rectangle; whole rows/columns become row/column formats. */
  patchStyle(rect: Rect, patch: StylePatch): void {
    const table = this.workbook.styles;
    const memo = new Map<number, number>();
    const patched = (id: number) => {
      let next = memo.get(id);
      if (next === undefined) {
        next = table.intern(patch({ ...table.get(id) }));
        memo.set(id, next);
      }
      return next;
    };
    const lastRow = rect.row + rect.rowCount;
    const lastColumn = rect.column + rect.columnCount;
    if (rect.rowCount === MAX_ROWS) {
      for (let c = rect.column; c < lastColumn; c++) {
        this.columnStyles.set(c, patched(this.columnStyles.get(c) ?? 0));
        const styles = this.cellStyles[c];
        if (styles) for (let r = 0; r < styles.length; r++) if (styles[r]) styles[r] = patched(styles[r] - 1) + 1;
      }
      return;
    }
    if (rect.columnCount === MAX_COLUMNS) {
      for (let r = rect.row; r < lastRow; r++) {
        this.rowStyles.set(r, patched(this.rowStyles.get(r) ?? 0));
        this.cellStyles.forEach((styles) => {
          if (styles[r]) styles[r] = patched(styles[r] - 1) + 1;
        });
      }
      return;
    }
    for (let c = rect.column; c < lastColumn; c++) {
      for (let r = rect.row; r < lastRow; r++) this.setStyleId(r, c, patched(this.styleId(r, c)));
    }
  }

  /** Sets one number format per cell (null/undefined: unchanged); equal (style, format) pairs are interned once. */
  setNumberFormats(rect: Rect, formatAt: (rowOffset: number, columnOffset: number) => unknown): void {
    const table = this.workbook.styles;
    const memo = new Map<number, Map<string, number>>();
    for (let c = 0; c < rect.columnCount; c++) {
      const column = rect.column + c;
      for (let r = 0; r < rect.rowCount; r++) {
        const format = formatAt(r, c);
        if (format === null || format === undefined) continue;
        const text = String(format);
        const row = rect.row + r;
        const id = this.styleId(row, column);
        let byFormat = memo.get(id);
        if (!byFormat) {
          byFormat = new Map();
          memo.set(id, byFormat);
        }
        let next = byFormat.get(text);
        if (next === undefined) {
          next = table.intern({ ...table.get(id), numberFormat: text });
          byFormat.set(text, next);
        }
        this.setStyleId(row, column, next);
      }
    }
  }

  clearStyles(rect: Rect): void {
    const lastRow = rect.row + rect.rowCount;
    for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
      if (rect.rowCount === MAX_ROWS) this.columnStyles.delete(c);
      const styles = this.cellStyles[c];
      if (styles) for (let r = rect.row; r < Math.min(lastRow, styles.length); r++) styles[r] = 0;
    }
    if (rect.columnCount === MAX_COLUMNS) for (let r = rect.row; r < lastRow; r++) this.rowStyles.delete(r);
  }

  /** Last used row and column (exclusive bounds) of values and formulas, and of formats too unless valuesOnly. */
  usedRect(valuesOnly: boolean): Rect | undefined {
    let rowEnd = 0;
    let columnEnd = 0;
    let rowStart = Infinity;
    let columnStart = Infinity;
    const note = (row: number, column: number) => {
      if (row < rowStart) rowStart = row;
      if (row + 1 > rowEnd) rowEnd = row + 1;
      if (column < columnStart) columnStart = column;
      if (column + 1 > columnEnd) columnEnd = column + 1;
    };
    this.columns.forEach((values, column) => {
      let first = -1;
      let last = -1;
      for (let r = 0; r < values.length; r++) {
        if (values[r] !== undefined) {
          if (first < 0) first = r;
          last = r;
        }
      }
      if (first >= 0) {
        note(first, column);
        note(last, column);
      }
    });
    for (const key of this.formulas.keys()) note(keyRow(key), keyColumn(key));
    if (!valuesOnly) {
      this.cellStyles.forEach((styles, column) => {
        for (let r = 0; r < styles.length; r++) if (styles[r] > 1) note(r, column);
      });
    }
    if (rowEnd === 0) return undefined;
    return { row: rowStart, column: columnStart, rowCount: rowEnd - rowStart, columnCount: columnEnd - columnStart };
  }
}

export function cellKey(row: number, column: number): number {
  return row * MAX_COLUMNS + column;
}

export function keyRow(key: number): number {
  return Math.floor(key / MAX_COLUMNS);
}

export function keyColumn(key: number): number {
  return key % MAX_COLUMNS;
}

/** Fills an array up to (excluding) index with a filler, so it stays packed and fast. */
function growTo<T>(array: T[], index: number, filler: T): void {
  while (array.length < index) array.push(filler);
}

export interface TableModel {
  id: string;
  name: string;
  sheet: SheetModel;
  /** Whole table, header and total rows included. */
  rect: Rect;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
  showBandedRows: boolean;
  showBandedColumns: boolean;
  showFilterButton: boolean;
  highlightFirstColumn: boolean;
  highlightLastColumn: boolean;
  columnIds: number[];
  /** Column names when the header row is hidden (otherwise the header cells are the names). */
  columnNames: string[];
  nextColumnId: number;
}

export interface NamedItemModel {
  name: string;
  /** A sheet range (follows the sheet when it is renamed) or another formula kept as text. */
  target: { sheet: SheetModel; rect: Rect } | { formula: string };
  comment: string;
  visible: boolean;
}

export class WorkbookModel {
  readonly styles = new StyleTable();
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  names: NamedItemModel[] = [];
  activeSheet: SheetModel | undefined;
  private nextId = 1;

  newId(prefix: string): string {
    return `{${prefix}-${String(this.nextId++).padStart(8, "0")}}`;
  }

  findSheet(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  findTable(name: string): TableModel | undefined {
    const lower = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === lower || t.id === name);
  }

  tablesOverlapping(sheet: SheetModel, rect: Rect): TableModel[] {
    return this.tables.filter((t) => t.sheet === sheet && intersect(t.rect, rect) !== undefined);
  }

  addSheet(name: string): SheetModel {
    const sheet = new SheetModel(this.newId("sheet"), name, this);
    this.sheets.push(sheet);
    this.activeSheet ??= sheet;
    return sheet;
  }
}

/**
 * A workbook model sent across threads (postMessage's structured clone keeps its maps, sets,
 * typed arrays and shared references, but not its classes) made whole again in place: the
 * playground reads files in a Web Worker and hands the model it built to the page this way.
 */
export function reviveWorkbookModel(clone: unknown): WorkbookModel {
  const model = Object.setPrototypeOf(clone as object, WorkbookModel.prototype) as WorkbookModel;
  Object.setPrototypeOf(model.styles, StyleTable.prototype);
  for (const sheet of model.sheets) Object.setPrototypeOf(sheet, SheetModel.prototype);
  return model;
}
