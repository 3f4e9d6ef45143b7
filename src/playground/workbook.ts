/**
 * What the preview needs from the playground's workbook, read through the headless workbook's
 * synchronous inspector (no Office.js round trips for every scroll).
 */
import { parseAddress } from "../a1";
import type { SheetInspector, SheetSummary, WorkbookInspector } from "../headless";
import { UNCALCULATED_FORMULA_VALUE } from "../headless/cells";

export interface PreviewCell {
  text: string;
  /** The text is a formula the headless workbook did not calculate. */
  formula?: boolean;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  align?: "left" | "center" | "right";
}

export interface PreviewSheet {
  name: string;
  tabColor: string;
}

export interface PreviewWorkbook {
  /** Visible sheets, in tab order. */
  sheets(): PreviewSheet[];
  activeSheet(): string | null;
  /** Top-left cell of the selection (0-based). */
  selection(): { sheet: string; row: number; column: number } | null;
  /** Rows and columns from A1 to the end of the used range. */
  usedSize(sheet: string): { rows: number; columns: number };
  /** 0-based rows and columns within the used size that are not hidden, in order. */
  shown(sheet: string): { rows: number[]; columns: number[] };
  /** Column width in points. */
  columnWidth(sheet: string, column: number): number;
  cell(sheet: string, row: number, column: number): PreviewCell | null;
  /** Forget cached sizes after the workbook changed. */
  invalidate(): void;
}

export function previewOfInspector(inspect: WorkbookInspector): PreviewWorkbook {
  const sizes = new Map<string, { rows: number; columns: number }>();
  const shownCache = new Map<string, { rows: number[]; columns: number[] }>();
  // One inspector per sheet until the workbook changes: the grid asks for every cell in view.
  const sheetInspectors = new Map<string, SheetInspector>();
  const sheetOf = (name: string): SheetInspector => {
    let sheet = sheetInspectors.get(name);
    if (!sheet) {
      sheet = inspect.sheet(name);
      sheetInspectors.set(name, sheet);
    }
    return sheet;
  };
  const visible = (): SheetSummary[] => inspect.sheets().filter((sheet) => sheet.visibility === "Visible").sort((x, y) => x.position - y.position);
  return {
    sheets: () => visible().map(({ name, tabColor }) => ({ name, tabColor })),
    activeSheet: () => inspect.activeSheet(),
    selection: () => {
      const parsed = parseAddress(inspect.selection() ?? "");
      return parsed?.sheet ? { sheet: parsed.sheet, row: parsed.rect.row, column: parsed.rect.column } : null;
    },
    usedSize: (name) => {
      let size = sizes.get(name);
      if (!size) {
        const used = parseAddress(sheetOf(name).usedRange(true)?.address ?? "");
        size = used ? { rows: used.rect.row + used.rect.rowCount, columns: used.rect.column + used.rect.columnCount } : { rows: 0, columns: 0 };
        sizes.set(name, size);
      }
      return size;
    },
    shown(name) {
      let shown = shownCache.get(name);
      if (!shown) {
        const size = this.usedSize(name);
        const hiddenRows = new Set(sheetOf(name).hiddenRows());
        const hiddenColumns = new Set(sheetOf(name).hiddenColumns());
        const upTo = (count: number, hidden: Set<number>) => Array.from({ length: count }, (_, index) => index).filter((index) => !hidden.has(index));
        shown = { rows: upTo(size.rows, hiddenRows), columns: upTo(size.columns, hiddenColumns) };
        shownCache.set(name, shown);
      }
      return shown;
    },
    columnWidth: (name, column) => sheetOf(name).columnWidth(column),
    cell: (name, row, column) => {
      const cell = sheetOf(name).cell(row, column);
      if (cell.value === null && cell.fill === null) return null;
      // The headless workbook does not calculate; a formula it wrote holds a placeholder, so show the formula.
      if (cell.formula !== null && (cell.value === null || cell.value === UNCALCULATED_FORMULA_VALUE)) {
        return { text: cell.formula, formula: true, fill: cell.fill ?? undefined, bold: cell.bold };
      }
      return {
        text: cell.text,
        fill: cell.fill ?? undefined,
        fontColor: cell.fontColor,
        bold: cell.bold,
        align: typeof cell.value === "number" ? "right" : undefined,
      };
    },
    invalidate: () => {
      sizes.clear();
      shownCache.clear();
      sheetInspectors.clear();
    },
  };
}
