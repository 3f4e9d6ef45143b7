/** Excel.Table, TableCollection, columns and rows. */
import { type Rect, intersect, parseRect, splitSheet } from "./address";
import { type RangeTarget, assertStructureEditable, cellInput, writeCells } from "./cells";
import { ProxyCollection } from "./collection";
import { Binding, type HeadlessRequestContext, ModelProxy } from "./context";
import { fail } from "./errors";
import type { CellValue, SheetModel, TableModel } from "./model";
import type { Range } from "./range";
import type { Shift } from "./references";
import { checkTableName, uniqueHeaders } from "./rules";
import { moveSheetCells, retargetTableReferences } from "./shift";
import type { Worksheet } from "./worksheet";

const DEFAULT_TABLE_STYLE = "TableStyleMedium2";

function checkTableAlive(table: TableModel): void {
  if (!table.sheet.workbook.tables.includes(table)) fail("ItemNotFound", `The table '${table.name}' has been deleted.`, "Table");
}

/** Column names: the header cells when headers are shown, kept names otherwise. */
export function tableColumnNames(table: TableModel): string[] {
  if (!table.showHeaders) return table.columnNames;
  const { sheet, rect } = table;
  return Array.from({ length: rect.columnCount }, (_, i) => cellText(sheet.value(rect.row, rect.column + i)));
}

function cellText(value: CellValue | undefined): string {
  return value === undefined ? "" : String(value);
}

/**
 * Makes room for new table rows or columns: the sheet's cells in that band move, and so do the
 * tables below in it; validations, merges and formulas do not (Range.insert moves those).
 */
function insertBand(sheet: SheetModel, shift: Shift): void {
  moveSheetCells(sheet, shift);
  if (shift.axis !== "rows") return;
  for (const table of sheet.workbook.tables) {
    const t = table.rect;
    if (table.sheet === sheet && t.row >= shift.at && t.column >= shift.bandStart && t.column + t.columnCount <= shift.bandEnd) t.row += shift.count;
  }
}

function writeHeaders(table: TableModel, names: string[]): void {
  names.forEach((name, i) => table.sheet.setValue(table.rect.row, table.rect.column + i, name));
}

function dataRect(table: TableModel): Rect {
  const top = table.showHeaders ? 1 : 0;
  const bottom = table.showTotals ? 1 : 0;
  return { ...table.rect, row: table.rect.row + top, rowCount: table.rect.rowCount - top - bottom };
}

function checkNoOverlap(table: TableModel | undefined, sheet: SheetModel, rect: Rect, location: string): void {
  const other = sheet.workbook.tablesOverlapping(sheet, rect).find((t) => t !== table);
  if (other) fail("InvalidArgument", `The range overlaps the table '${other.name}'.`, location);
  const merged = sheet.merges.find((m) => intersect(m, rect));
  if (merged) fail("InvalidOperation", "A table cannot overlap merged cells.", location);
}

export class Table
  extends ModelProxy<TableModel>
  implements
    Pick<
      Excel.Table,
      "name" | "id" | "style" | "showHeaders" | "showTotals" | "showBandedRows" | "showBandedColumns" | "showFilterButton" | "highlightFirstColumn" | "highlightLastColumn" | "delete"
    >
{
  protected readonly typeName = "Table";
  protected readonly scalarNames = [
    "name",
    "id",
    "style",
    "showHeaders",
    "showTotals",
    "showBandedRows",
    "showBandedColumns",
    "showFilterButton",
    "highlightFirstColumn",
    "highlightLastColumn",
  ] as const;
  private columnsProxy: TableColumnCollection | undefined;
  private rowsProxy: TableRowCollection | undefined;
  private worksheetProxy: Worksheet | undefined;

  protected checkAlive(table: TableModel): void {
    checkTableAlive(table);
  }

  protected readScalar(name: string): { value: unknown } | undefined {
    if (!(this.scalarNames as readonly string[]).includes(name)) return undefined;
    return { value: this.target()[name as keyof TableModel] };
  }

  protected override navigation(name: string) {
    if (name === "columns") return this.columns;
    if (name === "rows") return this.rows;
    if (name === "worksheet") return this.worksheet;
    return undefined;
  }

  private flag(name: "showBandedRows" | "showBandedColumns" | "showFilterButton" | "highlightFirstColumn" | "highlightLastColumn", value: boolean): void {
    this.setProperty(name, value, () => {
      this.target()[name] = value;
    });
  }

  get name(): string {
    return this.loaded("name");
  }
  set name(name: string) {
    this.setProperty("name", name, () => {
      const table = this.target();
      const checked = checkTableName(table.sheet.workbook, name, "Table.name", table);
      retargetTableReferences(table, checked);
      table.name = checked;
    });
  }
  get id(): string {
    return this.loaded("id");
  }
  get style(): string {
    return this.loaded("style");
  }
  set style(style: string) {
    this.setProperty("style", style, () => {
      this.target().style = style;
    });
  }
  get showBandedRows(): boolean {
    return this.loaded("showBandedRows");
  }
  set showBandedRows(value: boolean) {
    this.flag("showBandedRows", value);
  }
  get showBandedColumns(): boolean {
    return this.loaded("showBandedColumns");
  }
  set showBandedColumns(value: boolean) {
    this.flag("showBandedColumns", value);
  }
  get showFilterButton(): boolean {
    return this.loaded("showFilterButton");
  }
  set showFilterButton(value: boolean) {
    this.flag("showFilterButton", value);
  }
  get highlightFirstColumn(): boolean {
    return this.loaded("highlightFirstColumn");
  }
  set highlightFirstColumn(value: boolean) {
    this.flag("highlightFirstColumn", value);
  }
  get highlightLastColumn(): boolean {
    return this.loaded("highlightLastColumn");
  }
  set highlightLastColumn(value: boolean) {
    this.flag("highlightLastColumn", value);
  }

  /** Hiding the header row keeps the names and takes the row out of the table; showing it takes the row above back. */
  get showHeaders(): boolean {
    return this.loaded("showHeaders");
  }
  set showHeaders(show: boolean) {
    this.setProperty("showHeaders", show, () => {
      const table = this.target();
      if (table.showHeaders === show) return;
      if (!show) {
        table.columnNames = tableColumnNames(table);
        for (let c = 0; c < table.rect.columnCount; c++) table.sheet.setValue(table.rect.row, table.rect.column + c, undefined);
        table.rect = { ...table.rect, row: table.rect.row + 1, rowCount: table.rect.rowCount - 1 };
        table.showHeaders = false;
        return;
      }
      if (table.rect.row === 0) fail("InvalidOperation", "There is no row above the table for its header.", "Table.showHeaders");
      const grown = { ...table.rect, row: table.rect.row - 1, rowCount: table.rect.rowCount + 1 };
      checkNoOverlap(table, table.sheet, grown, "Table.showHeaders");
      table.rect = grown;
      table.showHeaders = true;
      writeHeaders(table, table.columnNames);
    });
  }

  /** The total row is one more row below the data (its formulas are not generated). */
  get showTotals(): boolean {
    return this.loaded("showTotals");
  }
  set showTotals(show: boolean) {
    this.setProperty("showTotals", show, () => {
      const table = this.target();
      if (table.showTotals === show) return;
      const rect = { ...table.rect, rowCount: table.rect.rowCount + (show ? 1 : -1) };
      if (show) checkNoOverlap(table, table.sheet, rect, "Table.showTotals");
      table.rect = rect;
      table.showTotals = show;
    });
  }

  get columns(): TableColumnCollection {
    return (this.columnsProxy ??= new TableColumnCollection(this.context, this));
  }
  get rows(): TableRowCollection {
    return (this.rowsProxy ??= new TableRowCollection(this.context, this));
  }
  get worksheet(): Worksheet {
    return (this.worksheetProxy ??= this.context.proxies.worksheet(new Binding(() => this.target().sheet)));
  }

  /** A range of the table at sync time. */
  part(rect: (table: TableModel) => Rect): Range {
    return this.context.proxies.range(
      new Binding<RangeTarget>(() => {
        const table = this.target();
        return { sheet: table.sheet, rect: rect(table) };
      }),
    );
  }

  getRange(): Range {
    return this.part((t) => t.rect);
  }

  getHeaderRowRange(): Range {
    return this.part((t) => {
      if (!t.showHeaders) fail("ItemNotFound", `The table '${t.name}' has no header row.`, "Table.getHeaderRowRange");
      return { ...t.rect, rowCount: 1 };
    });
  }

  /** Excel gives a table with no data rows one empty data row; this is the data body (header and total rows excluded). */
  getDataBodyRange(): Range {
    return this.part(dataRect);
  }

  getTotalRowRange(): Range {
    return this.part((t) => {
      if (!t.showTotals) fail("ItemNotFound", `The table '${t.name}' has no total row.`, "Table.getTotalRowRange");
      return { ...t.rect, row: t.rect.row + t.rect.rowCount - 1, rowCount: 1 };
    });
  }

  /** The new range must keep the header row where it is and stay on the sheet. */
  resize(newRange: Range | string): void {
    this.call("resize", typeof newRange === "string" ? newRange : null, () => {
      const table = this.target();
      let rect: Rect;
      if (typeof newRange === "string") {
        const { sheet, local } = splitSheet(newRange);
        if (sheet !== undefined && sheet.toLowerCase() !== table.sheet.name.toLowerCase()) fail("InvalidArgument", "A table cannot move to another worksheet.", "Table.resize");
        rect = parseRect(local);
      } else {
        const target = newRange.target();
        if (target.sheet !== table.sheet) fail("InvalidArgument", "A table cannot move to another worksheet.", "Table.resize");
        rect = target.rect;
      }
      if (rect.row !== table.rect.row) fail("InvalidArgument", "The header row must stay in the same row when a table is resized.", "Table.resize");
      if (rect.rowCount < (table.showHeaders ? 2 : 1)) fail("InvalidArgument", "A table needs at least one data row.", "Table.resize");
      checkNoOverlap(table, table.sheet, rect, "Table.resize");
      const names = tableColumnNames(table);
      const ids = table.columnIds;
      const offset = rect.column - table.rect.column;
      table.columnIds = Array.from({ length: rect.columnCount }, (_, i) => ids[i + offset] ?? table.nextColumnId++);
      table.rect = rect;
      if (table.showHeaders) {
        const current = tableColumnNames(table);
        writeHeaders(table, uniqueHeaders(current.map((name, i) => name || (names[i + offset] ?? ""))));
      } else table.columnNames = uniqueHeaders(Array.from({ length: rect.columnCount }, (_, i) => names[i + offset] ?? ""));
    });
  }

  delete(): void {
    this.call("delete", undefined, () => {
      const table = this.target();
      assertStructureEditable(table.sheet, "Table.delete");
      retargetTableReferences(table, null);
      const model = table.sheet.workbook;
      model.tables = model.tables.filter((t) => t !== table);
      table.sheet.clearStyles(table.rect);
      for (let c = table.rect.column; c < table.rect.column + table.rect.columnCount; c++) {
        for (let r = table.rect.row; r < table.rect.row + table.rect.rowCount; r++) table.sheet.setValue(r, c, undefined);
      }
    });
  }

  /** The cells keep their values; the table object goes. */
  convertToRange(): Range {
    const range = this.getRange();
    this.call("convertToRange", undefined, () => {
      const table = this.target();
      range.target();
      const model = table.sheet.workbook;
      model.tables = model.tables.filter((t) => t !== table);
    });
    return range;
  }
}

/** Workbook tables (sheet undefined) or one sheet's tables. */
export class TableCollection extends ProxyCollection<TableModel, Table> implements Pick<Excel.TableCollection, "getCount"> {
  protected readonly typeName = "TableCollection";

  constructor(
    context: HeadlessRequestContext,
    private readonly sheet?: () => SheetModel,
  ) {
    super(context);
  }

  protected list(): TableModel[] {
    const tables = this.context.model.tables;
    if (!this.sheet) return tables;
    const sheet = this.sheet();
    return tables.filter((t) => t.sheet === sheet);
  }

  protected proxyFor(table: TableModel): Table {
    return new Table(this.context, new Binding(() => table));
  }

  private find(key: string): TableModel | undefined {
    return this.list().find((t) => t.id === key || t.name.toLowerCase() === key.toLowerCase());
  }

  getItem(key: string): Table {
    return new Table(this.context, new Binding(() => this.find(key) ?? fail("ItemNotFound", `The table '${key}' does not exist.`, "TableCollection.getItem")));
  }

  getItemOrNullObject(key: string): Table {
    return new Table(this.context, new Binding(() => this.find(key) ?? null), true).trackNull();
  }

  getItemAt(index: number): Table {
    return new Table(this.context, new Binding(() => this.list()[index] ?? fail("InvalidArgument", `There is no table at index ${index}.`, "TableCollection.getItemAt")));
  }

  /**
   * Creates a table over the address. With hasHeaders the first row holds the column names
   * (blank or repeated ones are made unique); without, Excel inserts a header row above the
   * data, shifting the cells below down by one row.
   */
  add(address: Range | string, hasHeaders: boolean): Table {
    const proxy = new Table(this.context, new Binding<TableModel>(() => fail("ItemNotFound", "The table was not added.", "TableCollection.add")));
    this.call("add", [typeof address === "string" ? address : null, hasHeaders], () => {
      const model = this.context.model;
      let sheet: SheetModel;
      let rect: Rect;
      if (typeof address === "string") {
        const { sheet: sheetName, local } = splitSheet(address);
        const named = sheetName === undefined ? undefined : model.findSheet(sheetName);
        if (sheetName !== undefined && !named) fail("InvalidArgument", `The worksheet '${sheetName}' does not exist.`, "TableCollection.add");
        const own = this.sheet?.();
        if (own && named && own !== named) fail("InvalidArgument", `The address '${address}' is on another worksheet.`, "TableCollection.add");
        const chosen = own ?? named ?? model.activeSheet;
        if (!chosen) fail("InvalidArgument", "No worksheet for the table.", "TableCollection.add");
        sheet = chosen;
        rect = parseRect(local);
      } else {
        const target = address.target();
        sheet = target.sheet;
        rect = target.rect;
      }
      assertStructureEditable(sheet, "TableCollection.add");
      checkNoOverlap(undefined, sheet, rect, "TableCollection.add");
      if (!hasHeaders) {
        insertBand(sheet, { axis: "rows", kind: "insert", at: rect.row, count: 1, bandStart: rect.column, bandEnd: rect.column + rect.columnCount });
        rect = { ...rect, rowCount: rect.rowCount + 1 };
      }
      let n = model.tables.length + 1;
      while (model.findTable(`Table${n}`) || model.names.some((x) => x.name.toLowerCase() === `table${n}`)) n++;
      const table: TableModel = {
        id: String(model.tables.length === 0 ? 1 : Math.max(...model.tables.map((t) => Number(t.id) || 0)) + 1),
        name: `Table${n}`,
        sheet,
        rect,
        showHeaders: true,
        showTotals: false,
        style: DEFAULT_TABLE_STYLE,
        showBandedRows: true,
        showBandedColumns: false,
        showFilterButton: true,
        highlightFirstColumn: false,
        highlightLastColumn: false,
        columnIds: Array.from({ length: rect.columnCount }, (_, i) => i + 1),
        columnNames: [],
        nextColumnId: rect.columnCount + 1,
      };
      const given = hasHeaders ? Array.from({ length: rect.columnCount }, (_, i) => cellText(sheet.value(rect.row, rect.column + i))) : new Array<string>(rect.columnCount).fill("");
      if (rect.rowCount === 1) {
        // A header-only table gets one empty data row.
        table.rect = { ...rect, rowCount: 2 };
        checkNoOverlap(undefined, sheet, table.rect, "TableCollection.add");
      }
      model.tables.push(table);
      writeHeaders(table, uniqueHeaders(given));
      proxy.binding.set(table);
    });
    return proxy;
  }
}

interface ColumnRef {
  table: TableModel;
  id: number;
}

export class TableColumn extends ModelProxy<ColumnRef> implements Pick<Excel.TableColumn, "id" | "index" | "name" | "delete"> {
  protected readonly typeName = "TableColumn";
  protected readonly scalarNames = ["id", "index", "name", "values"] as const;

  protected checkAlive(ref: ColumnRef): void {
    checkTableAlive(ref.table);
    if (!ref.table.columnIds.includes(ref.id)) fail("ItemNotFound", "The table column has been deleted.", "TableColumn");
  }

  private index0(): number {
    const ref = this.target();
    return ref.table.columnIds.indexOf(ref.id);
  }

  protected readScalar(name: string): { value: unknown } | undefined {
    const ref = this.target();
    const index = this.index0();
    switch (name) {
      case "id":
        return { value: ref.id };
      case "index":
        return { value: index };
      case "name":
        return { value: tableColumnNames(ref.table)[index] };
      case "values": {
        const { sheet, rect } = ref.table;
        return { value: Array.from({ length: rect.rowCount }, (_, r) => [sheet.value(rect.row + r, rect.column + index) ?? ""]) };
      }
      default:
        return undefined;
    }
  }

  get id(): number {
    return this.loaded("id");
  }
  get index(): number {
    return this.loaded("index");
  }
  get name(): string {
    return this.loaded("name");
  }
  set name(name: string) {
    this.setProperty("name", name, () => {
      const ref = this.target();
      const index = this.index0();
      const others = tableColumnNames(ref.table).filter((_, i) => i !== index);
      if (name.trim() === "" || others.some((n) => n.toLowerCase() === name.toLowerCase())) {
        fail("InvalidArgument", `'${name}' is blank or already the name of another column.`, "TableColumn.name");
      }
      if (ref.table.showHeaders) ref.table.sheet.setValue(ref.table.rect.row, ref.table.rect.column + index, name);
      else ref.table.columnNames[index] = name;
    });
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  get values(): any[][] {
    return this.loaded("values");
  }

  private columnPart(rows: (table: TableModel) => Rect): Range {
    return this.context.proxies.range(
      new Binding<RangeTarget>(() => {
        const ref = this.target();
        const rect = rows(ref.table);
        return { sheet: ref.table.sheet, rect: { ...rect, column: ref.table.rect.column + this.index0(), columnCount: 1 } };
      }),
    );
  }

  getRange(): Range {
    return this.columnPart((t) => t.rect);
  }
  getDataBodyRange(): Range {
    return this.columnPart(dataRect);
  }
  getHeaderRowRange(): Range {
    return this.columnPart((t) => {
      if (!t.showHeaders) fail("ItemNotFound", "The table has no header row.", "TableColumn.getHeaderRowRange");
      return { ...t.rect, rowCount: 1 };
    });
  }

  delete(): void {
    this.call("delete", undefined, () => {
      const ref = this.target();
      const table = ref.table;
      if (table.columnIds.length === 1) fail("InvalidOperation", "A table must keep at least one column.", "TableColumn.delete");
      const index = this.index0();
      // Shift the table's cells right of the column one to the left, then drop the last column.
      const { sheet, rect } = table;
      for (let c = rect.column + index; c < rect.column + rect.columnCount - 1; c++) {
        for (let r = rect.row; r < rect.row + rect.rowCount; r++) sheet.setValue(r, c, sheet.value(r, c + 1));
      }
      for (let r = rect.row; r < rect.row + rect.rowCount; r++) sheet.setValue(r, rect.column + rect.columnCount - 1, undefined);
      table.columnIds.splice(index, 1);
      if (!table.showHeaders) table.columnNames.splice(index, 1);
      table.rect = { ...rect, columnCount: rect.columnCount - 1 };
    });
  }
}

export class TableColumnCollection extends ProxyCollection<ColumnRef, TableColumn> implements Pick<Excel.TableColumnCollection, "getCount"> {
  protected readonly typeName = "TableColumnCollection";

  constructor(
    context: HeadlessRequestContext,
    private readonly table: Table,
  ) {
    super(context);
  }

  protected list(): ColumnRef[] {
    const table = this.table.target();
    return table.columnIds.map((id) => ({ table, id }));
  }

  protected proxyFor(ref: ColumnRef): TableColumn {
    return new TableColumn(this.context, new Binding(() => ref));
  }

  private find(key: number | string): ColumnRef | undefined {
    const table = this.table.target();
    const names = tableColumnNames(table);
    const index = typeof key === "number" ? table.columnIds.indexOf(key) : names.findIndex((n) => n.toLowerCase() === key.toLowerCase());
    const byId = typeof key === "string" && index < 0 && /^\d+$/.test(key) ? table.columnIds.indexOf(Number(key)) : index;
    return byId < 0 ? undefined : { table, id: table.columnIds[byId] };
  }

  getItem(key: number | string): TableColumn {
    return new TableColumn(this.context, new Binding(() => this.find(key) ?? fail("ItemNotFound", `The table column '${key}' does not exist.`, "TableColumnCollection.getItem")));
  }

  getItemOrNullObject(key: number | string): TableColumn {
    return new TableColumn(this.context, new Binding(() => this.find(key) ?? null), true).trackNull();
  }

  getItemAt(index: number): TableColumn {
    return new TableColumn(
      this.context,
      new Binding(() => this.list()[index] ?? fail("InvalidArgument", `There is no table column at index ${index}.`, "TableColumnCollection.getItemAt")),
    );
  }

  /** Adds a column at index (default: last), shifting the cells to its right; values include the header row. */
  add(index?: number | null, values?: unknown, name?: string): TableColumn {
    const proxy = new TableColumn(this.context, new Binding<ColumnRef>(() => fail("ItemNotFound", "The column was not added.", "TableColumnCollection.add")));
    this.call("add", [index ?? null, values ?? null, name ?? null], () => {
      const table = this.table.target();
      const { sheet } = table;
      const at = index ?? table.rect.columnCount;
      if (!Number.isInteger(at) || at < 0 || at > table.rect.columnCount) fail("InvalidArgument", `Column index ${at} is outside the table.`, "TableColumnCollection.add");
      const column = table.rect.column + at;
      const newRect = { ...table.rect, columnCount: table.rect.columnCount + 1 };
      checkNoOverlap(table, sheet, newRect, "TableColumnCollection.add");
      const columnRect = { ...table.rect, column, columnCount: 1 };
      if (values !== undefined && values !== null) cellInput(values, columnRect, "TableColumnCollection.add");
      if (at < table.rect.columnCount) insertBand(sheet, { axis: "columns", kind: "insert", at: column, count: 1, bandStart: table.rect.row, bandEnd: table.rect.row + table.rect.rowCount });
      const names = tableColumnNames(table);
      table.rect = newRect;
      const id = table.nextColumnId++;
      table.columnIds.splice(at, 0, id);
      if (values !== undefined && values !== null) writeCells({ sheet, rect: columnRect }, values, "TableColumnCollection.add");
      const header = name ?? (table.showHeaders ? cellText(sheet.value(table.rect.row, column)) : "");
      const unique = uniqueHeaders([...names.slice(0, at), header, ...names.slice(at)]);
      if (table.showHeaders) sheet.setValue(table.rect.row, column, unique[at]);
      else table.columnNames = unique;
      proxy.binding.set({ table, id });
    });
    return proxy;
  }
}

export class TableRowCollection extends ProxyCollection<number, TableRow> implements Pick<Excel.TableRowCollection, "getCount"> {
  protected readonly typeName = "TableRowCollection";

  constructor(
    context: HeadlessRequestContext,
    private readonly table: Table,
  ) {
    super(context);
  }

  protected list(): number[] {
    const rect = dataRect(this.table.target());
    return Array.from({ length: rect.rowCount }, (_, i) => i);
  }

  protected proxyFor(index: number): TableRow {
    return new TableRow(this.context, this.table, index);
  }

  /** Adds data rows at index (default: at the end), shifting the cells below the table down. */
  add(index?: number | null, values?: unknown): void {
    this.call("add", [index ?? null, values ?? null], () => {
      const table = this.table.target();
      const data = dataRect(table);
      const at = index ?? data.rowCount;
      if (!Number.isInteger(at) || at < 0 || at > data.rowCount) fail("InvalidArgument", `Row index ${at} is outside the table.`, "TableRowCollection.add");
      const count = Array.isArray(values) ? values.length : 1;
      const row = data.row + at;
      const rowsRect = { ...data, row, rowCount: count };
      if (values !== undefined && values !== null) cellInput(values, rowsRect, "TableRowCollection.add");
      insertBand(table.sheet, { axis: "rows", kind: "insert", at: row, count, bandStart: table.rect.column, bandEnd: table.rect.column + table.rect.columnCount });
      table.rect = { ...table.rect, rowCount: table.rect.rowCount + count };
      if (values !== undefined && values !== null) writeCells({ sheet: table.sheet, rect: rowsRect }, values, "TableRowCollection.add");
    });
  }
}

export class TableRow extends ModelProxy<number> implements Pick<Excel.TableRow, "index"> {
  protected readonly typeName = "TableRow";
  protected readonly scalarNames = ["index", "values"] as const;

  constructor(
    context: HeadlessRequestContext,
    private readonly table: Table,
    index: number,
  ) {
    super(context, new Binding(() => index));
  }

  protected checkAlive(): void {}

  protected readScalar(name: string): { value: unknown } | undefined {
    if (name === "index") return { value: this.target() };
    if (name === "values") {
      const table = this.table.target();
      const rect = dataRect(table);
      const row = rect.row + this.target();
      return { value: [Array.from({ length: rect.columnCount }, (_, c) => table.sheet.value(row, rect.column + c) ?? "")] };
    }
    return undefined;
  }

  get index(): number {
    return this.loaded("index");
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  get values(): any[][] {
    return this.loaded("values");
  }
}
