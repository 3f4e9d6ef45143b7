/** Excel.Range and its format objects. */
import {
  MAX_COLUMNS,
  MAX_ROWS,
  type Rect,
  boundingRect,
  checkRectInSheet,
  intersect,
  parseRect,
  qualifiedAddress,
  splitSheet,
} from "./address";
import {
  type RangeTarget,
  assertContentEditable,
  assertFormatEditable,
  cellInput,
  readFormulas,
  readNumberFormats,
  readTexts,
  readValueTypes,
  readValues,
  uniformStyle,
  writeCells,
} from "./cells";
import { Binding, ClientObject, type HeadlessRequestContext, ModelProxy, READ_CELL_LIMIT } from "./context";
import { fail } from "./errors";
import { type BorderStyle, type CellStyle, DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, DEFAULT_STYLE, type Hyperlink, cellKey } from "./model";
import { formatCellText } from "./numberFormat";
import type { Worksheet } from "./worksheet";
import { normalizeColor } from "./color";
import { RangeConditionalFormatCollection } from "./conditionalFormat";
import { DataValidation } from "./dataValidation";
import { shiftCells, shiftFor } from "./shift";
import { translateFormula } from "./references";

type RangeArgument = Range | string;

/** Properties that read one value per cell (subject to the cell-count limit). */
const GRID_READERS: Record<string, (target: RangeTarget) => unknown> = {
  values: readValues,
  formulas: readFormulas,
  numberFormat: readNumberFormats,
  text: readTexts,
  valueTypes: readValueTypes,
};

export class Range
  extends ModelProxy<RangeTarget>
  implements
    Pick<
      Excel.Range,
      | "address"
      | "addressLocal"
      | "values"
      | "formulas"
      | "numberFormat"
      | "text"
      | "valueTypes"
      | "rowCount"
      | "columnCount"
      | "rowIndex"
      | "columnIndex"
      | "cellCount"
      | "isEntireColumn"
      | "isEntireRow"
      | "hyperlink"
      | "rowHidden"
      | "columnHidden"
      | "clear"
      | "delete"
      | "merge"
      | "unmerge"
      | "select"
    >
{
  protected readonly typeName = "Range";
  protected readonly scalarNames = [
    "address",
    "addressLocal",
    "values",
    "formulas",
    "numberFormat",
    "text",
    "valueTypes",
    "rowCount",
    "columnCount",
    "rowIndex",
    "columnIndex",
    "cellCount",
    "isEntireColumn",
    "isEntireRow",
    "hyperlink",
    "rowHidden",
    "columnHidden",
  ] as const;
  private formatProxy: RangeFormat | undefined;
  private worksheetProxy: Worksheet | undefined;
  private validationProxy: DataValidation | undefined;
  private conditionalFormatsProxy: RangeConditionalFormatCollection | undefined;

  protected checkAlive(target: RangeTarget): void {
    if (target.sheet.deleted) fail("InvalidReference", "The worksheet of this range has been deleted.", "Range");
  }

  protected readScalar(name: string): { value: unknown } | undefined {
    const read = (): unknown => {
      const target = this.target();
      const { sheet, rect } = target;
      switch (name) {
        case "address":
        case "addressLocal":
          return qualifiedAddress(sheet.name, rect);
        case "rowCount":
          return rect.rowCount;
        case "columnCount":
          return rect.columnCount;
        case "rowIndex":
          return rect.row;
        case "columnIndex":
          return rect.column;
        case "cellCount":
          return rect.rowCount * rect.columnCount;
        case "isEntireColumn":
          return rect.rowCount === MAX_ROWS;
        case "isEntireRow":
          return rect.columnCount === MAX_COLUMNS;
        case "hyperlink":
          return sheet.hyperlinks.get(cellKey(rect.row, rect.column)) ?? null;
        case "rowHidden":
          return allOrNone(sheet.hiddenRows, rect.row, rect.rowCount);
        case "columnHidden":
          return allOrNone(sheet.hiddenColumns, rect.column, rect.columnCount);
        default:
          return undefined;
      }
    };
    const grid = GRID_READERS[name];
    if (grid) return this.readGridScalar(grid);
    if (!(this.scalarNames as readonly string[]).includes(name)) return undefined;
    return { value: read() };
  }

  private readGridScalar(grid: (t: RangeTarget) => unknown): { value: unknown } {
    const target = this.target();
    const cells = target.rect.rowCount * target.rect.columnCount;
    if (this.context.state.payloadLimits && cells > READ_CELL_LIMIT) {
      fail("ResponsePayloadSizeLimitExceeded", `Reading ${cells} cells exceeds the limit of ${READ_CELL_LIMIT} cells per read.`, "Range.load");
    }
    return { value: grid(target) };
  }

  protected override navigation(name: string): ClientObject | undefined {
    if (name === "format") return this.format;
    if (name === "worksheet") return this.worksheet;
    if (name === "dataValidation") return this.dataValidation;
    if (name === "conditionalFormats") return this.conditionalFormats;
    return undefined;
  }

  get address(): string {
    return this.loaded("address");
  }
  get addressLocal(): string {
    return this.loaded("addressLocal");
  }
  get rowCount(): number {
    return this.loaded("rowCount");
  }
  get columnCount(): number {
    return this.loaded("columnCount");
  }
  get rowIndex(): number {
    return this.loaded("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded("columnIndex");
  }
  get cellCount(): number {
    return this.loaded("cellCount");
  }
  get isEntireColumn(): boolean {
    return this.loaded("isEntireColumn");
  }
  get isEntireRow(): boolean {
    return this.loaded("isEntireRow");
  }
  get text(): string[][] {
    return this.loaded("text");
  }
  get valueTypes(): Excel.RangeValueType[][] {
    return this.loaded("valueTypes");
  }

  // Excel types these as any[][]; a single value is accepted too and applies to every cell.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  get values(): any[][] {
    return this.loaded("values");
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  set values(values: any[][]) {
    this.setProperty("values", values, () => writeCells(this.target(), values, "Range.values"));
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  get formulas(): any[][] {
    return this.loaded("formulas");
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  set formulas(formulas: any[][]) {
    this.setProperty("formulas", formulas, () => writeCells(this.target(), formulas, "Range.formulas"));
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  get numberFormat(): any[][] {
    return this.loaded("numberFormat");
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  set numberFormat(formats: any[][]) {
    this.setProperty("numberFormat", formats, () => {
      const target = this.target();
      const at = cellInput(formats, target.rect, "Range.numberFormat");
      assertFormatEditable(target, "Range.numberFormat");
      if (!Array.isArray(formats)) {
        const format = String(formats);
        target.sheet.patchStyle(target.rect, (s) => ({ ...s, numberFormat: format }));
        return;
      }
      target.sheet.setNumberFormats(target.rect, at);
    });
  }

  get hyperlink(): Excel.RangeHyperlink {
    return this.loaded("hyperlink");
  }
  set hyperlink(link: Excel.RangeHyperlink) {
    this.setProperty("hyperlink", link, () => {
      const target = this.target();
      assertContentEditable(target, "Range.hyperlink");
      const { sheet, rect } = target;
      const stored: Hyperlink = {};
      if (link.address) stored.address = link.address;
      if (link.documentReference) stored.documentReference = link.documentReference;
      if (link.screenTip) stored.screenTip = link.screenTip;
      if (link.textToDisplay) stored.textToDisplay = link.textToDisplay;
      if (!stored.address && !stored.documentReference) fail("InvalidArgument", "A hyperlink needs an address or a documentReference.", "Range.hyperlink");
      for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
        for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
          sheet.hyperlinks.set(cellKey(r, c), stored);
          const shown = stored.textToDisplay ?? (sheet.value(r, c) === undefined ? (stored.address ?? stored.documentReference) : undefined);
          if (shown !== undefined) sheet.setValue(r, c, shown);
        }
      }
    });
  }

  /** True when every row of the range is hidden, false when none is, null when some are (as Excel reports). */
  get rowHidden(): boolean {
    return this.loaded("rowHidden");
  }
  set rowHidden(hidden: boolean) {
    this.setProperty("rowHidden", hidden, () => {
      const { sheet, rect } = this.target();
      if (sheet.protection.protected && !sheet.protection.options.allowFormatRows) {
        fail("AccessDenied", `You cannot perform the requested operation: hiding rows is not allowed on the protected sheet '${sheet.name}' (allowFormatRows).`, "Range.rowHidden");
      }
      setLines(sheet.hiddenRows, rect.row, rect.rowCount, hidden);
    });
  }
  get columnHidden(): boolean {
    return this.loaded("columnHidden");
  }
  set columnHidden(hidden: boolean) {
    this.setProperty("columnHidden", hidden, () => {
      const { sheet, rect } = this.target();
      if (sheet.protection.protected && !sheet.protection.options.allowFormatColumns) {
        fail("AccessDenied", `You cannot perform the requested operation: hiding columns is not allowed on the protected sheet '${sheet.name}' (allowFormatColumns).`, "Range.columnHidden");
      }
      setLines(sheet.hiddenColumns, rect.column, rect.columnCount, hidden);
    });
  }

  /**
   * Range.copyFrom (ExcelApi 1.9): the source's cells land with their top-left on this range's
   * top-left and the source's size ("the destination range can be a different size than the
   * source range; the destination is expanded automatically if it is smaller"). "All" copies
   * values, formulas (relative references moved by the offset, as a paste does), cell formats and
   * hyperlinks; "Values" the values only; "Formulas" values and formulas; "Formats" the formats.
   * The headless Excel refuses what it does not model (skipBlanks, transpose, and a source with
   * merged cells, conditional formats or data validation) instead of copying less than Excel.
   */
  copyFrom(sourceRange: RangeArgument, copyType?: Excel.RangeCopyType | "All" | "Formulas" | "Values" | "Formats", skipBlanks?: boolean, transpose?: boolean): void {
    const location = "Range.copyFrom";
    const source = typeof sourceRange === "string" ? null : sourceRange;
    this.call("copyFrom", { source: typeof sourceRange === "string" ? sourceRange : null, copyType, skipBlanks, transpose }, () => {
      const what = copyType ?? "All";
      if (skipBlanks || transpose) fail("InvalidArgument", "skipBlanks and transpose are not modelled by the headless Excel.", location);
      const target = this.target();
      let from: RangeTarget;
      if (source) from = source.target();
      else {
        const { sheet, local } = splitSheet(sourceRange as string);
        const sheetModel = sheet === undefined ? target.sheet : target.sheet.workbook.findSheet(sheet);
        if (!sheetModel) fail("ItemNotFound", `The worksheet '${sheet}' does not exist.`, location);
        from = { sheet: sheetModel, rect: parseRect(local) };
      }
      const rect: Rect = { row: target.rect.row, column: target.rect.column, rowCount: from.rect.rowCount, columnCount: from.rect.columnCount };
      checkRectInSheet(rect, location);
      const destination: RangeTarget = { sheet: target.sheet, rect };
      const touches = (area: Rect) => intersect(area, from.rect) !== undefined;
      if (from.sheet.merges.some(touches) || from.sheet.conditionalFormats.some((format) => touches(format.rect)) || from.sheet.validations.some((validation) => touches(validation.rect))) {
        fail("InvalidArgument", "Copying merged cells, conditional formats or data validation is not modelled by the headless Excel.", location);
      }
      const contents = what !== "Formats";
      const formats = what === "All" || what === "Formats";
      if (contents) assertContentEditable(destination, location);
      if (formats) assertFormatEditable(destination, location);
      const rows = rect.row - from.rect.row;
      const columns = rect.column - from.rect.column;
      const fromSheet = from.sheet;
      const toSheet = target.sheet;
      const copy = (fromRow: number, fromColumn: number, row: number, column: number): void => {
        const fromKey = cellKey(fromRow, fromColumn);
        const key = cellKey(row, column);
        const formula = fromSheet.formulas.get(fromKey);
        const cached = fromSheet.cachedResults.has(fromKey);
        const link = fromSheet.hyperlinks.get(fromKey);
        if (contents) {
          toSheet.setValue(row, column, fromSheet.value(fromRow, fromColumn));
          toSheet.formulas.delete(key);
          toSheet.cachedResults.delete(key);
          if (formula !== undefined && what !== "Values") {
            toSheet.formulas.set(key, translateFormula(formula, rows, columns));
            if (cached) toSheet.cachedResults.set(key, true);
          }
        }
        if (formats) toSheet.setStyleId(row, column, fromSheet.styleId(fromRow, fromColumn));
        if (what === "All") {
          if (link) toSheet.hyperlinks.set(key, { ...link });
          else toSheet.hyperlinks.delete(key);
        }
      };
      // Cell by cell, without a copy of the range or an object a cell (250,000 cells of KAM Clients
      // at 10,000 clients). Where the source and the destination overlap, as memmove does: each
      // source cell is copied before the copy reaches it (rows from the far end when moving down,
      // columns from the far end when moving right along the same rows).
      const down = rows > 0;
      const right = rows === 0 && columns > 0;
      for (let i = 0; i < rect.rowCount; i++) {
        const r = down ? rect.rowCount - 1 - i : i;
        for (let j = 0; j < rect.columnCount; j++) {
          const c = right ? rect.columnCount - 1 - j : j;
          copy(from.rect.row + r, from.rect.column + c, rect.row + r, rect.column + c);
        }
      }
    });
  }

  /** Inserts blank cells in place of the range, shifting the others down or right (see shift.ts); returns the blank range. */
  insert(shift: Excel.InsertShiftDirection | "Down" | "Right"): Range {
    const range = new Range(this.context, new Binding<RangeTarget>(() => fail("ItemNotFound", "The cells were not inserted.", "Range.insert")));
    this.call("insert", shift, () => {
      if (shift !== "Down" && shift !== "Right") fail("InvalidArgument", `'${shift}' is not an insert direction (Down or Right).`, "Range.insert");
      const target = this.target();
      shiftCells(target.sheet, shiftFor(target.rect, "insert", shift), "Range.insert");
      range.binding.set({ sheet: target.sheet, rect: target.rect });
    });
    return range;
  }

  /** Deletes the cells of the range, shifting the others up or left (see shift.ts). */
  delete(shift: Excel.DeleteShiftDirection | "Up" | "Left"): void {
    this.call("delete", shift, () => {
      if (shift !== "Up" && shift !== "Left") fail("InvalidArgument", `'${shift}' is not a delete direction (Up or Left).`, "Range.delete");
      const target = this.target();
      shiftCells(target.sheet, shiftFor(target.rect, "delete", shift), "Range.delete");
    });
  }

  get format(): RangeFormat {
    return (this.formatProxy ??= new RangeFormat(this.context, this));
  }

  get worksheet(): Worksheet {
    return (this.worksheetProxy ??= this.context.proxies.worksheet(new Binding(() => this.target().sheet)));
  }

  get dataValidation(): DataValidation {
    return (this.validationProxy ??= new DataValidation(this.context, this));
  }

  get conditionalFormats(): RangeConditionalFormatCollection {
    return (this.conditionalFormatsProxy ??= new RangeConditionalFormatCollection(this.context, this));
  }

  /** A range derived from this one at sync time. */
  private derive(location: string, rect: (target: RangeTarget) => Rect | null, nullable = false): Range {
    const binding = new Binding<RangeTarget>(() => {
      const target = this.target();
      const next = rect(target);
      return next === null ? null : { sheet: target.sheet, rect: checkRectInSheet(next, location) };
    });
    const range = new Range(this.context, binding, nullable);
    return nullable ? range.trackNull() : range;
  }

  private otherRect(other: RangeArgument, target: RangeTarget, location: string): Rect {
    if (typeof other === "string") {
      const { sheet, local } = splitSheet(other);
      if (sheet !== undefined && sheet.toLowerCase() !== target.sheet.name.toLowerCase()) {
        fail("InvalidArgument", `The range ${other} is on another worksheet.`, location);
      }
      return parseRect(local);
    }
    const theirs = other.target();
    if (theirs.sheet !== target.sheet) fail("InvalidArgument", "The ranges are on different worksheets.", location);
    return theirs.rect;
  }

  getCell(row: number, column: number): Range {
    return this.derive("Range.getCell", ({ rect }) => ({ row: rect.row + row, column: rect.column + column, rowCount: 1, columnCount: 1 }));
  }

  getRow(row: number): Range {
    return this.derive("Range.getRow", ({ rect }) => {
      if (row < 0 || row >= rect.rowCount) fail("InvalidArgument", `Row ${row} is outside the range.`, "Range.getRow");
      return { ...rect, row: rect.row + row, rowCount: 1 };
    });
  }

  getColumn(column: number): Range {
    return this.derive("Range.getColumn", ({ rect }) => {
      if (column < 0 || column >= rect.columnCount) fail("InvalidArgument", `Column ${column} is outside the range.`, "Range.getColumn");
      return { ...rect, column: rect.column + column, columnCount: 1 };
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this.derive("Range.getResizedRange", ({ rect }) => ({ ...rect, rowCount: rect.rowCount + deltaRows, columnCount: rect.columnCount + deltaColumns }));
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): Range {
    return this.derive("Range.getAbsoluteResizedRange", ({ rect }) => ({ ...rect, rowCount: numRows, columnCount: numColumns }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this.derive("Range.getOffsetRange", ({ rect }) => ({ ...rect, row: rect.row + rowOffset, column: rect.column + columnOffset }));
  }

  getEntireColumn(): Range {
    return this.derive("Range.getEntireColumn", ({ rect }) => ({ ...rect, row: 0, rowCount: MAX_ROWS }));
  }

  getEntireRow(): Range {
    return this.derive("Range.getEntireRow", ({ rect }) => ({ ...rect, column: 0, columnCount: MAX_COLUMNS }));
  }

  getLastRow(): Range {
    return this.derive("Range.getLastRow", ({ rect }) => ({ ...rect, row: rect.row + rect.rowCount - 1, rowCount: 1 }));
  }

  getLastColumn(): Range {
    return this.derive("Range.getLastColumn", ({ rect }) => ({ ...rect, column: rect.column + rect.columnCount - 1, columnCount: 1 }));
  }

  getLastCell(): Range {
    return this.derive("Range.getLastCell", ({ rect }) => ({ row: rect.row + rect.rowCount - 1, column: rect.column + rect.columnCount - 1, rowCount: 1, columnCount: 1 }));
  }

  getBoundingRect(anotherRange: RangeArgument): Range {
    return this.derive("Range.getBoundingRect", (target) => boundingRect(target.rect, this.otherRect(anotherRange, target, "Range.getBoundingRect")));
  }

  getIntersection(anotherRange: RangeArgument): Range {
    return this.derive("Range.getIntersection", (target) => {
      const rect = intersect(target.rect, this.otherRect(anotherRange, target, "Range.getIntersection"));
      if (!rect) fail("ItemNotFound", "The ranges do not intersect.", "Range.getIntersection");
      return rect;
    });
  }

  getIntersectionOrNullObject(anotherRange: RangeArgument): Range {
    return this.derive("Range.getIntersectionOrNullObject", (target) => intersect(target.rect, this.otherRect(anotherRange, target, "Range.getIntersectionOrNullObject")) ?? null, true);
  }

  getUsedRange(valuesOnly?: boolean): Range {
    return this.derive("Range.getUsedRange", (target) => {
      const used = target.sheet.usedRect(valuesOnly === true);
      const rect = used && intersect(used, target.rect);
      if (!rect) fail("ItemNotFound", "The range has no used cells.", "Range.getUsedRange");
      return rect;
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    return this.derive(
      "Range.getUsedRangeOrNullObject",
      (target) => {
        const used = target.sheet.usedRect(valuesOnly === true);
        return (used && intersect(used, target.rect)) ?? null;
      },
      true,
    );
  }

  clear(applyTo?: Excel.ClearApplyTo | "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks"): void {
    const what = applyTo ?? "All";
    this.call("clear", what, () => {
      const target = this.target();
      const { sheet, rect } = target;
      const contents = what === "All" || what === "Contents";
      const formats = what === "All" || what === "Formats" || what === "RemoveHyperlinks";
      const links = what === "All" || what === "Hyperlinks" || what === "RemoveHyperlinks";
      if (contents) assertContentEditable(target, "Range.clear");
      if (formats) assertFormatEditable(target, "Range.clear");
      const lastRow = rect.row + rect.rowCount;
      for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
        if (contents) {
          const values = sheet.columns[c];
          if (values) for (let r = rect.row; r < Math.min(lastRow, values.length); r++) values[r] = undefined;
        }
      }
      const inRect = (key: number) => {
        const row = Math.floor(key / MAX_COLUMNS);
        const column = key % MAX_COLUMNS;
        return row >= rect.row && row < lastRow && column >= rect.column && column < rect.column + rect.columnCount;
      };
      if (contents) for (const key of [...sheet.formulas.keys()]) if (inRect(key)) sheet.formulas.delete(key);
      if (contents) for (const key of [...sheet.cachedResults.keys()]) if (inRect(key)) sheet.cachedResults.delete(key);
      if (links) for (const key of [...sheet.hyperlinks.keys()]) if (inRect(key)) sheet.hyperlinks.delete(key);
      if (formats) sheet.clearStyles(rect);
      if (what === "All") {
        sheet.validations = sheet.validations.filter((v) => !intersect(v.rect, rect));
        sheet.merges = sheet.merges.filter((m) => !intersect(m, rect));
      }
    });
  }

  merge(across?: boolean): void {
    this.call("merge", across ?? false, () => {
      const target = this.target();
      assertFormatEditable(target, "Range.merge");
      const { sheet, rect } = target;
      const pieces = across ? Array.from({ length: rect.rowCount }, (_, i) => ({ ...rect, row: rect.row + i, rowCount: 1 })) : [rect];
      const tables = sheet.workbook.tablesOverlapping(sheet, rect);
      if (tables.length > 0) fail("InvalidOperation", `Cells of table '${tables[0].name}' cannot be merged.`, "Range.merge");
      sheet.merges = sheet.merges.filter((m) => !intersect(m, rect));
      for (const piece of pieces) if (piece.rowCount * piece.columnCount > 1) sheet.merges.push(piece);
    });
  }

  unmerge(): void {
    this.call("unmerge", undefined, () => {
      const { sheet, rect } = this.target();
      sheet.merges = sheet.merges.filter((m) => !intersect(m, rect));
    });
  }

  select(): void {
    this.call("select", undefined, () => {
      const target = this.target();
      if (target.sheet.visibility !== "Visible") fail("InvalidOperation", "A range on a hidden worksheet cannot be selected.", "Range.select");
      target.sheet.selection = target.rect;
      target.sheet.selectionAreas = [];
      target.sheet.workbook.activeSheet = target.sheet;
    });
  }
}

/** Shared base of the format proxies: reads and patches the range's cell styles. */
abstract class FormatPart extends ClientObject {
  constructor(
    context: HeadlessRequestContext,
    protected readonly range: Range,
  ) {
    super(context);
  }

  protected uniform<V>(pick: (style: CellStyle) => V): V | null {
    return uniformStyle(this.range.target(), pick);
  }

  protected patch(name: string, value: unknown, patch: (style: CellStyle) => CellStyle): void {
    this.setProperty(name, value, () => {
      const target = this.range.target();
      assertFormatEditable(target, `${this.typeName}.${name}`);
      target.sheet.patchStyle(target.rect, patch);
    });
  }
}

export class RangeFormat
  extends FormatPart
  implements Pick<Excel.RangeFormat, "columnWidth" | "rowHeight" | "horizontalAlignment" | "verticalAlignment" | "wrapText" | "indentLevel" | "readingOrder" | "autofitColumns" | "autofitRows">
{
  protected readonly typeName = "RangeFormat";
  protected readonly scalarNames = ["columnWidth", "rowHeight", "horizontalAlignment", "verticalAlignment", "wrapText", "indentLevel", "readingOrder"] as const;
  private fillProxy: RangeFill | undefined;
  private fontProxy: RangeFont | undefined;
  private bordersProxy: RangeBorderCollection | undefined;
  private protectionProxy: FormatProtection | undefined;

  protected readScalar(name: string): { value: unknown } | undefined {
    switch (name) {
      case "columnWidth": {
        const { sheet, rect } = this.range.target();
        return { value: uniformOver(rect.column, rect.columnCount, (c) => sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH) };
      }
      case "rowHeight": {
        const { sheet, rect } = this.range.target();
        return { value: uniformOver(rect.row, rect.rowCount, (r) => sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT) };
      }
      case "horizontalAlignment":
        return { value: this.uniform((s) => s.horizontalAlignment ?? DEFAULT_STYLE.horizontalAlignment) };
      case "verticalAlignment":
        return { value: this.uniform((s) => s.verticalAlignment ?? DEFAULT_STYLE.verticalAlignment) };
      case "wrapText":
        return { value: this.uniform((s) => s.wrapText ?? DEFAULT_STYLE.wrapText) };
      case "indentLevel":
        return { value: this.uniform((s) => s.indentLevel ?? DEFAULT_STYLE.indentLevel) };
      case "readingOrder":
        return { value: this.uniform((s) => s.readingOrder ?? DEFAULT_STYLE.readingOrder) };
      default:
        return undefined;
    }
  }

  protected override navigation(name: string): ClientObject | undefined {
    return ({ fill: this.fill, font: this.font, borders: this.borders, protection: this.protection } as Record<string, ClientObject>)[name];
  }

  get fill(): RangeFill {
    return (this.fillProxy ??= new RangeFill(this.context, this.range));
  }
  get font(): RangeFont {
    return (this.fontProxy ??= new RangeFont(this.context, this.range));
  }
  get borders(): RangeBorderCollection {
    return (this.bordersProxy ??= new RangeBorderCollection(this.context, this.range));
  }
  get protection(): FormatProtection {
    return (this.protectionProxy ??= new FormatProtection(this.context, this.range));
  }

  get columnWidth(): number {
    return this.loaded("columnWidth");
  }
  set columnWidth(width: number) {
    this.setProperty("columnWidth", width, () => {
      const target = this.range.target();
      if (!(width >= 0)) fail("InvalidArgument", `Column width ${width} is not valid.`, "RangeFormat.columnWidth");
      assertFormatEditable(target, "RangeFormat.columnWidth");
      for (let c = target.rect.column; c < target.rect.column + target.rect.columnCount; c++) target.sheet.columnWidths.set(c, width);
    });
  }
  get rowHeight(): number {
    return this.loaded("rowHeight");
  }
  set rowHeight(height: number) {
    this.setProperty("rowHeight", height, () => {
      const target = this.range.target();
      if (!(height >= 0 && height <= 409)) fail("InvalidArgument", `Row height ${height} is not valid (0 to 409 points).`, "RangeFormat.rowHeight");
      assertFormatEditable(target, "RangeFormat.rowHeight");
      for (let r = target.rect.row; r < target.rect.row + target.rect.rowCount; r++) target.sheet.rowHeights.set(r, height);
    });
  }
  get horizontalAlignment(): Excel.HorizontalAlignment | "General" | "Left" | "Center" | "Right" | "Fill" | "Justify" | "CenterAcrossSelection" | "Distributed" {
    return this.loaded("horizontalAlignment");
  }
  set horizontalAlignment(value: Excel.HorizontalAlignment | "General" | "Left" | "Center" | "Right" | "Fill" | "Justify" | "CenterAcrossSelection" | "Distributed") {
    this.patch("horizontalAlignment", value, (s) => ({ ...s, horizontalAlignment: value }));
  }
  get verticalAlignment(): Excel.VerticalAlignment | "Top" | "Center" | "Bottom" | "Justify" | "Distributed" {
    return this.loaded("verticalAlignment");
  }
  set verticalAlignment(value: Excel.VerticalAlignment | "Top" | "Center" | "Bottom" | "Justify" | "Distributed") {
    this.patch("verticalAlignment", value, (s) => ({ ...s, verticalAlignment: value }));
  }
  get wrapText(): boolean {
    return this.loaded("wrapText");
  }
  set wrapText(value: boolean) {
    this.patch("wrapText", value, (s) => ({ ...s, wrapText: value }));
  }
  get indentLevel(): number {
    return this.loaded("indentLevel");
  }
  set indentLevel(value: number) {
    this.patch("indentLevel", value, (s) => ({ ...s, indentLevel: value }));
  }
  get readingOrder(): Excel.ReadingOrder | "Context" | "LeftToRight" | "RightToLeft" {
    return this.loaded("readingOrder");
  }
  set readingOrder(value: Excel.ReadingOrder | "Context" | "LeftToRight" | "RightToLeft") {
    this.patch("readingOrder", value, (s) => {
      if (!["Context", "LeftToRight", "RightToLeft"].includes(value)) fail("InvalidArgument", `'${value}' is not a reading order.`, "RangeFormat.readingOrder");
      return { ...s, readingOrder: value };
    });
  }

  /** Widths from the longest shown text of each column (about 7 px per character at Calibri 11, plus padding). */
  autofitColumns(): void {
    this.call("autofitColumns", undefined, () => {
      const target = this.range.target();
      const { sheet, rect } = target;
      assertFormatEditable(target, "RangeFormat.autofitColumns");
      const used = sheet.usedRect(true);
      const rows = used && intersect(used, { ...rect, column: 0, columnCount: MAX_COLUMNS });
      for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
        let longest = 0;
        if (rows) {
          const values = sheet.columns[c];
          for (let r = rows.row; r < rows.row + rows.rowCount; r++) {
            const value = values?.[r];
            if (value === undefined) continue;
            const style = sheet.style(r, c);
            const text = formatCellText(value, style.numberFormat ?? DEFAULT_STYLE.numberFormat);
            const scale = (style.fontSize ?? DEFAULT_STYLE.fontSize) / DEFAULT_STYLE.fontSize;
            longest = Math.max(longest, text.length * scale * (style.bold ? 1.1 : 1));
          }
        }
        if (longest === 0) sheet.columnWidths.delete(c);
        else sheet.columnWidths.set(c, Math.round((longest * 7 + 10) * 0.75 * 100) / 100);
      }
    });
  }

  /** Heights from the number of lines of wrapped text; other rows go back to the default height. */
  autofitRows(): void {
    this.call("autofitRows", undefined, () => {
      const target = this.range.target();
      const { sheet, rect } = target;
      assertFormatEditable(target, "RangeFormat.autofitRows");
      const used = sheet.usedRect(true);
      const rows = used && intersect(used, rect);
      for (let r = rect.row; r < rect.row + Math.min(rect.rowCount, MAX_ROWS); r++) {
        let lines = 1;
        if (rows && r >= rows.row && r < rows.row + rows.rowCount) {
          for (let c = rect.column; c < rect.column + rect.columnCount && c < rows.column + rows.columnCount; c++) {
            const value = sheet.columns[c]?.[r];
            if (typeof value === "string" && sheet.style(r, c).wrapText) lines = Math.max(lines, value.split("\n").length);
          }
        }
        if (lines === 1) sheet.rowHeights.delete(r);
        else sheet.rowHeights.set(r, DEFAULT_ROW_HEIGHT * lines);
      }
    });
  }
}

/** true when every line of [start, start + count) is in the set, false when none is, null otherwise. */
function allOrNone(lines: Set<number>, start: number, count: number): boolean | null {
  let inside = 0;
  for (const line of lines) if (line >= start && line < start + count) inside++;
  return inside === 0 ? false : inside === count ? true : null;
}

function setLines(lines: Set<number>, start: number, count: number, on: boolean): void {
  for (let line = start; line < start + count; line++) {
    if (on) lines.add(line);
    else lines.delete(line);
  }
}

function uniformOver(start: number, count: number, at: (index: number) => number): number | null {
  const first = at(start);
  for (let i = start + 1; i < start + count; i++) if (at(i) !== first) return null;
  return first;
}

export class RangeFill extends FormatPart implements Pick<Excel.RangeFill, "color" | "clear"> {
  protected readonly typeName = "RangeFill";
  protected readonly scalarNames = ["color"] as const;

  protected readScalar(name: string): { value: unknown } | undefined {
    // Excel reports no fill as white.
    return name === "color" ? { value: this.uniform((s) => s.fill ?? "#FFFFFF") } : undefined;
  }
  get color(): string {
    return this.loaded("color");
  }
  set color(color: string) {
    this.patch("color", color, (s) => ({ ...s, fill: normalizeColor(color, "RangeFill.color") }));
  }
  clear(): void {
    this.call("clear", undefined, () => {
      const target = this.range.target();
      assertFormatEditable(target, "RangeFill.clear");
      target.sheet.patchStyle(target.rect, (s) => ({ ...s, fill: undefined }));
    });
  }
}

export class RangeFont extends FormatPart implements Pick<Excel.RangeFont, "bold" | "italic" | "color" | "size" | "name" | "underline" | "strikethrough"> {
  protected readonly typeName = "RangeFont";
  protected readonly scalarNames = ["bold", "italic", "color", "size", "name", "underline", "strikethrough"] as const;

  protected readScalar(name: string): { value: unknown } | undefined {
    const pickers: Record<string, (s: CellStyle) => unknown> = {
      bold: (s) => s.bold ?? DEFAULT_STYLE.bold,
      italic: (s) => s.italic ?? DEFAULT_STYLE.italic,
      color: (s) => s.fontColor ?? DEFAULT_STYLE.fontColor,
      size: (s) => s.fontSize ?? DEFAULT_STYLE.fontSize,
      name: (s) => s.fontName ?? DEFAULT_STYLE.fontName,
      underline: (s) => s.underline ?? DEFAULT_STYLE.underline,
      strikethrough: (s) => s.strikethrough ?? DEFAULT_STYLE.strikethrough,
    };
    const pick = pickers[name];
    return pick ? { value: this.uniform(pick) } : undefined;
  }
  get bold(): boolean {
    return this.loaded("bold");
  }
  set bold(value: boolean) {
    this.patch("bold", value, (s) => ({ ...s, bold: value }));
  }
  get italic(): boolean {
    return this.loaded("italic");
  }
  set italic(value: boolean) {
    this.patch("italic", value, (s) => ({ ...s, italic: value }));
  }
  get color(): string {
    return this.loaded("color");
  }
  set color(value: string) {
    this.patch("color", value, (s) => ({ ...s, fontColor: normalizeColor(value, "RangeFont.color") }));
  }
  get size(): number {
    return this.loaded("size");
  }
  set size(value: number) {
    this.patch("size", value, (s) => ({ ...s, fontSize: value }));
  }
  get name(): string {
    return this.loaded("name");
  }
  set name(value: string) {
    this.patch("name", value, (s) => ({ ...s, fontName: value }));
  }
  get underline(): Excel.RangeUnderlineStyle | "None" | "Single" | "Double" | "SingleAccountant" | "DoubleAccountant" {
    return this.loaded("underline");
  }
  set underline(value: Excel.RangeUnderlineStyle | "None" | "Single" | "Double" | "SingleAccountant" | "DoubleAccountant") {
    this.patch("underline", value, (s) => ({ ...s, underline: value }));
  }
  get strikethrough(): boolean {
    return this.loaded("strikethrough");
  }
  set strikethrough(value: boolean) {
    this.patch("strikethrough", value, (s) => ({ ...s, strikethrough: value }));
  }
}

export class FormatProtection extends FormatPart implements Pick<Excel.FormatProtection, "locked" | "formulaHidden"> {
  protected readonly typeName = "FormatProtection";
  protected readonly scalarNames = ["locked", "formulaHidden"] as const;

  protected readScalar(name: string): { value: unknown } | undefined {
    if (name === "locked") return { value: this.uniform((s) => s.locked ?? DEFAULT_STYLE.locked) };
    if (name === "formulaHidden") return { value: this.uniform((s) => s.formulaHidden ?? DEFAULT_STYLE.formulaHidden) };
    return undefined;
  }
  get locked(): boolean {
    return this.loaded("locked");
  }
  set locked(value: boolean) {
    this.patch("locked", value, (s) => ({ ...s, locked: value }));
  }
  get formulaHidden(): boolean {
    return this.loaded("formulaHidden");
  }
  set formulaHidden(value: boolean) {
    this.patch("formulaHidden", value, (s) => ({ ...s, formulaHidden: value }));
  }
}

type BorderIndex = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal" | "DiagonalDown" | "DiagonalUp";
const BORDER_INDEXES: readonly BorderIndex[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"];

export class RangeBorderCollection extends FormatPart {
  protected readonly typeName = "RangeBorderCollection";
  protected readonly scalarNames = [] as const;

  protected readScalar(): undefined {
    return undefined;
  }

  getItem(index: Excel.BorderIndex | BorderIndex): RangeBorder {
    if (!BORDER_INDEXES.includes(index as BorderIndex)) {
      this.call("getItem", index, () => fail("InvalidArgument", `'${index}' is not a border index.`, "RangeBorderCollection.getItem"));
    }
    return new RangeBorder(this.context, this.range, index as BorderIndex);
  }
}

/** Which cells of the range carry the border, and under which cell edge it is stored. */
function borderCells(rect: Rect, index: BorderIndex): { rect: Rect; edge: string } | undefined {
  const lastRow = rect.row + rect.rowCount - 1;
  const lastColumn = rect.column + rect.columnCount - 1;
  switch (index) {
    case "EdgeTop":
      return { rect: { ...rect, rowCount: 1 }, edge: "EdgeTop" };
    case "EdgeBottom":
      return { rect: { ...rect, row: lastRow, rowCount: 1 }, edge: "EdgeBottom" };
    case "EdgeLeft":
      return { rect: { ...rect, columnCount: 1 }, edge: "EdgeLeft" };
    case "EdgeRight":
      return { rect: { ...rect, column: lastColumn, columnCount: 1 }, edge: "EdgeRight" };
    case "InsideHorizontal":
      return rect.rowCount > 1 ? { rect: { ...rect, rowCount: rect.rowCount - 1 }, edge: "EdgeBottom" } : undefined;
    case "InsideVertical":
      return rect.columnCount > 1 ? { rect: { ...rect, columnCount: rect.columnCount - 1 }, edge: "EdgeRight" } : undefined;
    default:
      return { rect, edge: index };
  }
}

export class RangeBorder extends FormatPart implements Pick<Excel.RangeBorder, "style" | "color" | "weight"> {
  protected readonly typeName = "RangeBorder";
  protected readonly scalarNames = ["sideIndex", "style", "color", "weight"] as const;

  constructor(
    context: HeadlessRequestContext,
    range: Range,
    private readonly index: BorderIndex,
  ) {
    super(context, range);
  }

  private readBorder(pick: (b: BorderStyle) => unknown): unknown {
    const target = this.range.target();
    const cells = borderCells(target.rect, this.index);
    if (!cells) return null;
    return uniformStyle({ sheet: target.sheet, rect: cells.rect }, (s) => pick(s.borders?.[cells.edge] ?? {}));
  }

  protected readScalar(name: string): { value: unknown } | undefined {
    switch (name) {
      case "sideIndex":
        return { value: this.index };
      case "style":
        return { value: this.readBorder((b) => b.style ?? "None") };
      case "color":
        return { value: this.readBorder((b) => b.color ?? "#000000") };
      case "weight":
        return { value: this.readBorder((b) => b.weight ?? "Thin") };
      default:
        return undefined;
    }
  }

  private patchBorder(name: keyof BorderStyle, given: string): void {
    this.setProperty(name, given, () => {
      const value = name === "color" ? normalizeColor(given, "RangeBorder.color") : given;
      const target = this.range.target();
      assertFormatEditable(target, `RangeBorder.${name}`);
      const cells = borderCells(target.rect, this.index);
      if (!cells) return;
      target.sheet.patchStyle(cells.rect, (s) => ({ ...s, borders: { ...s.borders, [cells.edge]: { ...s.borders?.[cells.edge], [name]: value } } }));
    });
  }

  get style(): Excel.BorderLineStyle | "None" | "Continuous" | "Dash" | "DashDot" | "DashDotDot" | "Dot" | "Double" | "SlantDashDot" {
    return this.loaded("style");
  }
  set style(value: Excel.BorderLineStyle | "None" | "Continuous" | "Dash" | "DashDot" | "DashDotDot" | "Dot" | "Double" | "SlantDashDot") {
    this.patchBorder("style", value);
  }
  get color(): string {
    return this.loaded("color");
  }
  set color(value: string) {
    this.patchBorder("color", value);
  }
  get weight(): Excel.BorderWeight | "Hairline" | "Thin" | "Medium" | "Thick" {
    return this.loaded("weight");
  }
  set weight(value: Excel.BorderWeight | "Hairline" | "Thin" | "Medium" | "Thick") {
    this.patchBorder("weight", value);
  }
}


/** "#RRGGBB" (upper case, as Excel returns colours), from "#rgb", "#rrggbb" or a few colour names. */
