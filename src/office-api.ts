/**
 * The part of Excel's JavaScript API the workbook code uses, and nothing more. Each interface
 * picks its members from Office's own typings (@types/office-js) and narrows the objects it hands
 * out to the interfaces below, so:
 * - Excel's real RequestContext satisfies ExcelContext (host.ts passes Excel.run's context as is);
 * - the headless Excel's context satisfies it too (src/headless/index.ts, no cast);
 * - calling a member that is not listed here fails to compile, and listing one the headless
 *   Excel does not implement fails to compile in src/headless/index.ts.
 * Add a member here only together with its emulation (docs/headless-excel.md).
 */

/** What `load` takes: property names ("values", "items/name") in one string or a list. */
type PropertyNames = string | string[];

export interface ExcelContext {
  readonly workbook: ExcelWorkbook;
  sync(): Promise<void>;
}

export interface ExcelWorkbook {
  readonly worksheets: ExcelWorksheets;
  readonly tables: ExcelTables;
  readonly names: ExcelNames;
  getSelectedRange(): ExcelRange;
}

export interface ExcelWorksheets {
  readonly items: ExcelWorksheet[];
  load(propertyNames: PropertyNames): unknown;
  getItem(key: string): ExcelWorksheet;
  getItemOrNullObject(key: string): ExcelWorksheet;
  add(name?: string): ExcelWorksheet;
  getActiveWorksheet(): ExcelWorksheet;
}

export interface ExcelWorksheet extends Pick<Excel.Worksheet, "name" | "position" | "visibility" | "tabColor" | "isNullObject" | "delete" | "activate"> {
  load(propertyNames: PropertyNames): unknown;
  getRange(address?: string): ExcelRange;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): ExcelRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): ExcelRange;
  readonly tables: ExcelTables;
  readonly charts: ExcelCharts;
  readonly protection: Pick<Excel.WorksheetProtection, "protected" | "protect" | "unprotect"> & { load(propertyNames: PropertyNames): unknown };
  readonly freezePanes: Pick<Excel.WorksheetFreezePanes, "freezeRows">;
  /** Print title rows and area are given as A1 addresses ("$1:$1", "A1:G80"). */
  readonly pageLayout: Pick<Excel.PageLayout, "orientation" | "zoom"> & { setPrintTitleRows(rows: string): void; setPrintArea(area: string): void };
  /** A page break before the top-left cell of an A1 address. */
  readonly horizontalPageBreaks: Pick<Excel.PageBreakCollection, "removePageBreaks"> & { add(address: string): unknown };
}

export interface ExcelRange
  extends Pick<Excel.Range, "values" | "formulas" | "numberFormat" | "address" | "rowIndex" | "columnIndex" | "rowCount" | "columnCount" | "isNullObject" | "hyperlink" | "rowHidden" | "columnHidden" | "clear" | "select"> {
  load(propertyNames: PropertyNames): unknown;
  readonly format: ExcelRangeFormat;
  readonly conditionalFormats: ExcelConditionalFormats;
  readonly dataValidation: Pick<Excel.DataValidation, "rule" | "errorAlert" | "prompt" | "clear">;
  readonly worksheet: ExcelWorksheet;
  /** Range.copyFrom (ExcelApi 1.9): the cells of the source (an address with its sheet) onto this range's top-left, at the source's size. */
  copyFrom(sourceRange: string, copyType?: "All" | "Formulas" | "Values" | "Formats"): void;
  /** Blank cells in place of the range, the others shifted down or right (references follow). */
  insert(shift: "Down" | "Right"): unknown;
}

export interface ExcelRangeFormat extends Pick<Excel.RangeFormat, "wrapText" | "horizontalAlignment" | "verticalAlignment" | "columnWidth" | "rowHeight" | "readingOrder"> {
  readonly fill: Pick<Excel.RangeFill, "color">;
  readonly font: Pick<Excel.RangeFont, "color" | "bold" | "italic" | "size">;
  readonly protection: Pick<Excel.FormatProtection, "locked">;
  readonly borders: { getItem(index: Excel.BorderIndex | "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical"): Pick<Excel.RangeBorder, "style" | "color"> };
}

export interface ExcelConditionalFormats {
  add(type: Excel.ConditionalFormatType | "CellValue" | "Custom"): ExcelConditionalFormat;
  clearAll(): void;
}

export interface ExcelConditionalFormat {
  readonly cellValue: ExcelCellValueConditionalFormat;
  /** The add-in only sets `rule.formula` (a string); read back, Excel and the emulation type the rule differently. */
  readonly custom: { readonly rule: { formula?: unknown }; readonly format: ExcelConditionalRangeFormat };
}

/** The add-in only sets the rule; what reading it gives differs between Excel and the emulation, so it is not read. */
export interface ExcelCellValueConditionalFormat {
  readonly format: ExcelConditionalRangeFormat;
  get rule(): unknown;
  set rule(rule: Excel.ConditionalCellValueRule);
}

export interface ExcelConditionalRangeFormat {
  readonly fill: Pick<Excel.ConditionalRangeFill, "color">;
  readonly font: Pick<Excel.ConditionalRangeFont, "color">;
}

export interface ExcelTables {
  readonly items: ExcelTable[];
  load(propertyNames: PropertyNames): unknown;
  getItem(key: string): ExcelTable;
  getItemOrNullObject(key: string): ExcelTable;
  add(address: string, hasHeaders: boolean): ExcelTable;
}

export interface ExcelTable extends Pick<Excel.Table, "name" | "style" | "isNullObject" | "delete"> {
  load(propertyNames: PropertyNames): unknown;
  /** Table.resize (ExcelApi 1.13): the header row stays where it is; the table keeps its name and everything referring to it. */
  resize(newRange: string): void;
  getRange(): ExcelRange;
  getHeaderRowRange(): ExcelRange;
  readonly worksheet: ExcelWorksheet;
}

export interface ExcelCharts {
  readonly items: Pick<Excel.Chart, "name">[];
  load(propertyNames: PropertyNames): unknown;
  getItem(name: string): Pick<Excel.Chart, "delete">;
  add(type: "Line" | "ColumnClustered", sourceData: ExcelRange, seriesBy?: "Auto" | "Columns" | "Rows"): ExcelChart;
}

export interface ExcelChart extends Pick<Excel.Chart, "name"> {
  /** Top-left and bottom-right cells as A1 addresses. */
  setPosition(startCell: string, endCell?: string): void;
  readonly title: Pick<Excel.ChartTitle, "text">;
}

export interface ExcelNames {
  readonly items: (Pick<Excel.NamedItem, "name" | "formula"> & { getRangeOrNullObject(): ExcelRange })[];
  load(propertyNames: PropertyNames): unknown;
  getItem(name: string): Pick<Excel.NamedItem, "delete">;
  getItemOrNullObject(name: string): Pick<Excel.NamedItem, "formula" | "isNullObject" | "delete"> & { load(propertyNames: PropertyNames): unknown };
  add(name: string, reference: string, comment?: string): unknown;
}
