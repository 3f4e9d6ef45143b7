/** A synchronous, read-only view of the workbook for tests, the CLI summary and the playground preview. */
import { containsCell, parseRect, qualifiedAddress, rectAddress, splitSheet } from "./address";
import { chartSeries } from "./chart";
import { readValues } from "./cells";
import { fail } from "./errors";
import { type CellValue, DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, DEFAULT_STYLE, type Hyperlink, type SheetModel, type ValidationModel, type WorkbookModel, cellKey } from "./model";
import { formatCellText } from "./numberFormat";
import { tableColumnNames } from "./table";
import { namedItemFormula } from "./workbook";

export interface SheetSummary {
  name: string;
  id: string;
  position: number;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  tabColor: string;
  protected: boolean;
  frozenRows: number;
  frozenColumns: number;
}

export interface CellInfo {
  /** null for an empty cell. */
  value: CellValue | null;
  formula: string | null;
  text: string;
  numberFormat: string;
  /** Fill colour, null for no fill. */
  fill: string | null;
  fontColor: string;
  bold: boolean;
  italic: boolean;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  readingOrder: string;
  locked: boolean;
  hyperlink: Hyperlink | null;
  validation: Omit<ValidationModel, "rect"> | null;
}

export interface TableSummary {
  name: string;
  sheet: string;
  address: string;
  style: string;
  showHeaders: boolean;
  showTotals: boolean;
  columns: string[];
}

export interface ConditionalFormatSummary {
  type: string;
  address: string;
  rule: Record<string, unknown>;
  format: { fill?: string; fontColor?: string; bold?: boolean; italic?: boolean };
}

export interface ChartSummary {
  name: string;
  type: string;
  title: string;
  source: string;
  /** How the source holds its series: "Columns", "Rows" or "Auto" (as Columns). */
  seriesBy: string;
  /** Placed over cells (setPosition, or a file's anchor); else at top/left/width/height in points. */
  position?: { start: string; end?: string };
  top: number;
  left: number;
  width: number;
  height: number;
  /** The series Excel makes of the source (chartSeries in chart.ts): addresses of each one's name, categories and values. */
  series: { name?: string; categories?: string; values: string }[];
}

export interface SheetInspector {
  readonly name: string;
  /** Address and size of the used range, null for a blank sheet. */
  usedRange(valuesOnly?: boolean): { address: string; rowCount: number; columnCount: number } | null;
  /** One cell by 0-based row and column. */
  cell(row: number, column: number): CellInfo;
  /** One cell by address ("B2"). */
  cellAt(address: string): CellInfo;
  /** What a cell holds, without its format: quick enough for a calculation reading many cells. `cached`: the value is a formula result read from a file. */
  content(row: number, column: number): { value: CellValue | null; formula: string | null; cached: boolean };
  /** Values of a range ("A1:C3"), empty cells as "" (as Range.values). Defaults to the used range. */
  values(address?: string): CellValue[][];
  tables(): TableSummary[];
  conditionalFormats(): ConditionalFormatSummary[];
  charts(): ChartSummary[];
  validations(): (Omit<ValidationModel, "rect"> & { address: string })[];
  merges(): string[];
  columnWidth(column: number): number;
  rowHeight(row: number): number;
  /** Hidden rows and columns, 0-based, ascending. */
  hiddenRows(): number[];
  hiddenColumns(): number[];
  freeze(): { rows: number; columns: number };
  protection(): { protected: boolean; options: Record<string, boolean>; hasPassword: boolean };
  customProperties(): Record<string, string>;
  showGridlines(): boolean;
}

export interface WorkbookInspector {
  sheets(): SheetSummary[];
  sheet(name: string): SheetInspector;
  tables(): TableSummary[];
  /** Defined names and their formulas ("=Sheet1!$A$1"). */
  names(): Record<string, string>;
  activeSheet(): string | null;
  /** The active sheet's selection as a qualified address ("Sales!A1:D20"); null until something was selected there. */
  selection(): string | null;
}

export function createInspector(model: WorkbookModel): WorkbookInspector {
  const tableSummaries = (sheet?: SheetModel): TableSummary[] =>
    model.tables
      .filter((t) => !sheet || t.sheet === sheet)
      .map((t) => ({
        name: t.name,
        sheet: t.sheet.name,
        address: qualifiedAddress(t.sheet.name, t.rect),
        style: t.style,
        showHeaders: t.showHeaders,
        showTotals: t.showTotals,
        columns: tableColumnNames(t),
      }));

  const sheetInspector = (sheet: SheetModel): SheetInspector => {
    const cell = (row: number, column: number): CellInfo => {
      const value = sheet.value(row, column);
      const style = sheet.style(row, column);
      const numberFormat = style.numberFormat ?? DEFAULT_STYLE.numberFormat;
      const validation = sheet.validations.find((v) => containsCell(v.rect, row, column));
      let validationInfo: CellInfo["validation"] = null;
      if (validation) {
        const { rect: _rect, ...rest } = validation;
        void _rect;
        validationInfo = rest;
      }
      return {
        value: value ?? null,
        formula: sheet.formulas.get(cellKey(row, column)) ?? null,
        text: formatCellText(value, numberFormat),
        numberFormat,
        fill: style.fill ?? null,
        fontColor: style.fontColor ?? DEFAULT_STYLE.fontColor,
        bold: style.bold ?? false,
        italic: style.italic ?? false,
        horizontalAlignment: style.horizontalAlignment ?? DEFAULT_STYLE.horizontalAlignment,
        verticalAlignment: style.verticalAlignment ?? DEFAULT_STYLE.verticalAlignment,
        wrapText: style.wrapText ?? false,
        readingOrder: style.readingOrder ?? DEFAULT_STYLE.readingOrder,
        locked: style.locked ?? true,
        hyperlink: sheet.hyperlinks.get(cellKey(row, column)) ?? null,
        validation: validationInfo,
      };
    };
    const localRect = (address: string) => parseRect(splitSheet(address).local);
    return {
      name: sheet.name,
      usedRange(valuesOnly) {
        const rect = sheet.usedRect(valuesOnly === true);
        return rect ? { address: qualifiedAddress(sheet.name, rect), rowCount: rect.rowCount, columnCount: rect.columnCount } : null;
      },
      cell,
      content(row, column) {
        const key = cellKey(row, column);
        return { value: sheet.value(row, column) ?? null, formula: sheet.formulas.get(key) ?? null, cached: sheet.cachedResults.has(key) };
      },
      cellAt(address) {
        const rect = localRect(address);
        return cell(rect.row, rect.column);
      },
      values(address) {
        const rect = address === undefined ? sheet.usedRect(true) : localRect(address);
        return rect ? readValues({ sheet, rect }) : [];
      },
      tables: () => tableSummaries(sheet),
      conditionalFormats: () =>
        [...sheet.conditionalFormats].sort((a, b) => a.priority - b.priority).map((cf) => ({ type: cf.type, address: qualifiedAddress(sheet.name, cf.rect), rule: cf.rule, format: cf.format })),
      charts: () =>
        sheet.charts.map((c) => ({
          name: c.name,
          type: c.type,
          title: c.title,
          source: qualifiedAddress(c.source.sheet.name, c.source.rect),
          seriesBy: c.seriesBy,
          position: c.position,
          top: c.top,
          left: c.left,
          width: c.width,
          height: c.height,
          series: chartSeries(c).map((s) => ({
            ...(s.name ? { name: rectAddress(s.name) } : {}),
            ...(s.categories ? { categories: rectAddress(s.categories) } : {}),
            values: rectAddress(s.values),
          })),
        })),
      validations: () =>
        sheet.validations.map(({ rect, ...rest }) => ({ address: rectAddress(rect), ...rest })),
      merges: () => sheet.merges.map((m) => rectAddress(m)),
      columnWidth: (column) => sheet.columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH,
      rowHeight: (row) => sheet.rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT,
      hiddenRows: () => [...sheet.hiddenRows].sort((a, b) => a - b),
      hiddenColumns: () => [...sheet.hiddenColumns].sort((a, b) => a - b),
      freeze: () => ({ ...sheet.freeze }),
      protection: () => ({ protected: sheet.protection.protected, options: { ...sheet.protection.options }, hasPassword: sheet.protection.password !== undefined || sheet.protection.passwordHash !== undefined }),
      customProperties: () => Object.fromEntries(sheet.customProperties),
      showGridlines: () => sheet.showGridlines,
    };
  };

  return {
    sheets: () =>
      model.sheets.map((s, position) => ({
        name: s.name,
        id: s.id,
        position,
        visibility: s.visibility,
        tabColor: s.tabColor,
        protected: s.protection.protected,
        frozenRows: s.freeze.rows,
        frozenColumns: s.freeze.columns,
      })),
    sheet(name) {
      const sheet = model.findSheet(name);
      if (!sheet) fail("ItemNotFound", `The worksheet '${name}' does not exist.`, "inspect.sheet");
      return sheetInspector(sheet);
    },
    tables: () => tableSummaries(),
    names: () => Object.fromEntries(model.names.map((n) => [n.name, namedItemFormula(n)])),
    activeSheet: () => model.activeSheet?.name ?? null,
    selection: () => {
      const sheet = model.activeSheet;
      return sheet?.selection ? qualifiedAddress(sheet.name, sheet.selection) : null;
    },
  };
}
