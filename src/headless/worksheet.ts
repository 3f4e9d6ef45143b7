/** Excel.Worksheet, WorksheetCollection, protection, freeze panes and custom properties. */
import { MAX_COLUMNS, MAX_ROWS, type Rect, checkRectInSheet, parseRect, splitSheet } from "./address";
import type { RangeTarget } from "./cells";
import { ProxyCollection } from "./collection";
import { Binding, ClientObject, HeadlessClientResult, type HeadlessRequestContext, ModelProxy } from "./context";
import { fail } from "./errors";
import type { SheetModel, WorkbookModel } from "./model";
import { normalizeColor } from "./color";
import { Range } from "./range";
import { checkSheetName } from "./rules";
import { retargetSheetReferences, retargetTableReferences } from "./shift";
import { TableCollection } from "./table";
import { ChartCollection } from "./chart";
import { PageBreakCollection, PageLayout } from "./pageLayout";

type Visibility = Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden";
const VISIBILITIES = ["Visible", "Hidden", "VeryHidden"];

function checkSheetAlive(sheet: SheetModel): void {
  if (sheet.deleted) fail("ItemNotFound", `The worksheet '${sheet.name}' has been deleted.`, "Worksheet");
}

function visibleSheets(model: WorkbookModel): SheetModel[] {
  return model.sheets.filter((s) => s.visibility === "Visible");
}

/** After the active sheet is hidden or deleted, Excel activates the nearest visible sheet. */
function activateNeighbour(model: WorkbookModel, index: number): void {
  const visible = model.sheets.filter((s) => s.visibility === "Visible" && !s.deleted);
  const next = visible.find((s) => model.sheets.indexOf(s) >= index) ?? visible[visible.length - 1];
  model.activeSheet = next;
}

export class Worksheet
  extends ModelProxy<SheetModel>
  implements Pick<Excel.Worksheet, "name" | "id" | "position" | "visibility" | "tabColor" | "showGridlines" | "activate" | "delete">
{
  protected readonly typeName = "Worksheet";
  protected readonly scalarNames = ["name", "id", "position", "visibility", "tabColor", "showGridlines"] as const;
  private protectionProxy: WorksheetProtection | undefined;
  private freezePanesProxy: WorksheetFreezePanes | undefined;
  private tablesProxy: TableCollection | undefined;
  private chartsProxy: ChartCollection | undefined;
  private customPropertiesProxy: WorksheetCustomPropertyCollection | undefined;
  private pageLayoutProxy: PageLayout | undefined;
  private horizontalPageBreaksProxy: PageBreakCollection | undefined;

  protected checkAlive(sheet: SheetModel): void {
    checkSheetAlive(sheet);
  }

  protected readScalar(name: string): { value: unknown } | undefined {
    if (!(this.scalarNames as readonly string[]).includes(name)) return undefined;
    const sheet = this.target();
    const values: Record<string, unknown> = {
      name: sheet.name,
      id: sheet.id,
      position: sheet.workbook.sheets.indexOf(sheet),
      visibility: sheet.visibility,
      tabColor: sheet.tabColor,
      showGridlines: sheet.showGridlines,
    };
    return { value: values[name] };
  }

  protected override navigation(name: string): ClientObject | undefined {
    const children: Record<string, () => ClientObject> = {
      protection: () => this.protection,
      freezePanes: () => this.freezePanes,
      tables: () => this.tables,
      charts: () => this.charts,
      customProperties: () => this.customProperties,
      pageLayout: () => this.pageLayout,
      horizontalPageBreaks: () => this.horizontalPageBreaks,
    };
    return children[name]?.();
  }

  get name(): string {
    return this.loaded("name");
  }
  set name(name: string) {
    this.setProperty("name", name, () => {
      const sheet = this.target();
      const checked = checkSheetName(sheet.workbook, name, "Worksheet.name", sheet);
      retargetSheetReferences(sheet, checked);
      sheet.name = checked;
    });
  }
  get id(): string {
    return this.loaded("id");
  }
  get position(): number {
    return this.loaded("position");
  }
  set position(position: number) {
    this.setProperty("position", position, () => {
      const sheet = this.target();
      const sheets = sheet.workbook.sheets;
      if (!Number.isInteger(position) || position < 0 || position >= sheets.length) {
        fail("InvalidArgument", `Position ${position} is outside 0..${sheets.length - 1}.`, "Worksheet.position");
      }
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(position, 0, sheet);
    });
  }
  get visibility(): Visibility {
    return this.loaded("visibility");
  }
  set visibility(visibility: Visibility) {
    this.setProperty("visibility", visibility, () => {
      const sheet = this.target();
      if (!VISIBILITIES.includes(visibility)) fail("InvalidArgument", `'${visibility}' is not a sheet visibility.`, "Worksheet.visibility");
      const model = sheet.workbook;
      if (visibility !== "Visible" && sheet.visibility === "Visible" && visibleSheets(model).length === 1) {
        fail("InvalidOperation", "A workbook must contain at least one visible worksheet.", "Worksheet.visibility");
      }
      sheet.visibility = visibility as SheetModel["visibility"];
      if (visibility !== "Visible" && model.activeSheet === sheet) activateNeighbour(model, model.sheets.indexOf(sheet));
    });
  }
  get tabColor(): string {
    return this.loaded("tabColor");
  }
  set tabColor(color: string) {
    this.setProperty("tabColor", color, () => {
      this.target().tabColor = color === "" ? "" : normalizeColor(color, "Worksheet.tabColor");
    });
  }
  get showGridlines(): boolean {
    return this.loaded("showGridlines");
  }
  set showGridlines(show: boolean) {
    this.setProperty("showGridlines", show, () => {
      this.target().showGridlines = show;
    });
  }

  get protection(): WorksheetProtection {
    return (this.protectionProxy ??= new WorksheetProtection(this.context, this));
  }
  get pageLayout(): PageLayout {
    return (this.pageLayoutProxy ??= new PageLayout(this.context, this));
  }
  get horizontalPageBreaks(): PageBreakCollection {
    return (this.horizontalPageBreaksProxy ??= new PageBreakCollection(this.context, this));
  }
  get freezePanes(): WorksheetFreezePanes {
    return (this.freezePanesProxy ??= new WorksheetFreezePanes(this.context, this));
  }
  get tables(): TableCollection {
    return (this.tablesProxy ??= new TableCollection(this.context, () => this.target()));
  }
  get charts(): ChartCollection {
    return (this.chartsProxy ??= new ChartCollection(this.context, this));
  }
  get customProperties(): WorksheetCustomPropertyCollection {
    return (this.customPropertiesProxy ??= new WorksheetCustomPropertyCollection(this.context, this));
  }

  /** A range of this sheet at sync time. */
  rangeAt(location: string, rect: (sheet: SheetModel) => Rect | null, nullable = false): Range {
    const range = new Range(
      this.context,
      new Binding<RangeTarget>(() => {
        const sheet = this.target();
        const r = rect(sheet);
        return r === null ? null : { sheet, rect: checkRectInSheet(r, location) };
      }),
      nullable,
    );
    return nullable ? range.trackNull() : range;
  }

  /** getRange() is the whole sheet; an address may name this sheet ("Sales!A1:B2"). */
  getRange(address?: string): Range {
    return this.rangeAt("Worksheet.getRange", (sheet) => {
      if (address === undefined || address === "") return { row: 0, column: 0, rowCount: MAX_ROWS, columnCount: MAX_COLUMNS };
      const { sheet: sheetName, local } = splitSheet(address);
      if (sheetName !== undefined && sheetName.toLowerCase() !== sheet.name.toLowerCase()) {
        fail("InvalidArgument", `The address '${address}' is not on worksheet '${sheet.name}'.`, "Worksheet.getRange");
      }
      return parseRect(local);
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    return this.rangeAt("Worksheet.getRangeByIndexes", () => ({ row: startRow, column: startColumn, rowCount, columnCount }));
  }

  getCell(row: number, column: number): Range {
    return this.rangeAt("Worksheet.getCell", () => ({ row, column, rowCount: 1, columnCount: 1 }));
  }

  /** A blank sheet's used range is A1, as in Excel. */
  getUsedRange(valuesOnly?: boolean): Range {
    return this.rangeAt("Worksheet.getUsedRange", (sheet) => sheet.usedRect(valuesOnly === true) ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    return this.rangeAt("Worksheet.getUsedRangeOrNullObject", (sheet) => sheet.usedRect(valuesOnly === true) ?? null, true);
  }

  activate(): void {
    this.call("activate", undefined, () => {
      const sheet = this.target();
      if (sheet.visibility !== "Visible") fail("InvalidOperation", `The worksheet '${sheet.name}' is hidden and cannot be activated.`, "Worksheet.activate");
      sheet.workbook.activeSheet = sheet;
    });
  }

  delete(): void {
    this.call("delete", undefined, () => {
      const sheet = this.target();
      const model = sheet.workbook;
      if (sheet.visibility === "Visible" && visibleSheets(model).length === 1) {
        fail("InvalidOperation", "A workbook must contain at least one visible worksheet.", "Worksheet.delete");
      }
      for (const table of model.tables) if (table.sheet === sheet) retargetTableReferences(table, null);
      retargetSheetReferences(sheet, null);
      const index = model.sheets.indexOf(sheet);
      model.sheets.splice(index, 1);
      model.tables = model.tables.filter((t) => t.sheet !== sheet);
      sheet.deleted = true;
      if (model.activeSheet === sheet) activateNeighbour(model, index);
    });
  }
}

export class WorksheetCollection extends ProxyCollection<SheetModel, Worksheet> implements Pick<Excel.WorksheetCollection, "getCount"> {
  protected readonly typeName = "WorksheetCollection";

  /** getCount(true) counts the visible sheets only. */
  override getCount(visibleOnly?: boolean): HeadlessClientResult<number> {
    const result = new HeadlessClientResult<number>();
    this.call("getCount", visibleOnly ?? false, (response) => result.stage(response, (visibleOnly ? visibleSheets(this.context.model) : this.list()).length));
    return result;
  }

  protected list(): SheetModel[] {
    return this.context.model.sheets;
  }

  protected proxyFor(sheet: SheetModel): Worksheet {
    const proxy = new Worksheet(this.context, new Binding(() => sheet));
    return proxy;
  }

  private find(key: string): SheetModel | undefined {
    const model = this.context.model;
    return model.sheets.find((s) => s.id === key) ?? model.findSheet(key);
  }

  /** Adds a sheet at the end (not activated), named "SheetN" when no name is given. */
  add(name?: string): Worksheet {
    const proxy = new Worksheet(this.context, new Binding<SheetModel>(() => fail("ItemNotFound", "The worksheet was not added.", "WorksheetCollection.add")));
    this.call("add", name ?? null, () => {
      const model = this.context.model;
      let chosen = name;
      if (chosen === undefined) {
        let n = model.sheets.length + 1;
        while (model.findSheet(`Sheet${n}`)) n++;
        chosen = `Sheet${n}`;
      }
      proxy.binding.set(model.addSheet(checkSheetName(model, chosen, "WorksheetCollection.add")));
    });
    return proxy;
  }

  getItem(key: string): Worksheet {
    return new Worksheet(
      this.context,
      new Binding(() => this.find(key) ?? fail("ItemNotFound", `The worksheet '${key}' does not exist.`, "WorksheetCollection.getItem")),
    );
  }

  getItemOrNullObject(key: string): Worksheet {
    return new Worksheet(this.context, new Binding(() => this.find(key) ?? null), true).trackNull();
  }

  getActiveWorksheet(): Worksheet {
    return new Worksheet(
      this.context,
      new Binding(() => this.context.model.activeSheet ?? fail("ItemNotFound", "The workbook has no worksheet.", "WorksheetCollection.getActiveWorksheet")),
    );
  }

  getFirst(visibleOnly?: boolean): Worksheet {
    return new Worksheet(
      this.context,
      new Binding(() => (visibleOnly ? visibleSheets(this.context.model) : this.context.model.sheets)[0] ?? fail("ItemNotFound", "No worksheet.", "WorksheetCollection.getFirst")),
    );
  }

  getLast(visibleOnly?: boolean): Worksheet {
    return new Worksheet(
      this.context,
      new Binding(() => (visibleOnly ? visibleSheets(this.context.model) : this.context.model.sheets).at(-1) ?? fail("ItemNotFound", "No worksheet.", "WorksheetCollection.getLast")),
    );
  }
}

/** Part of a worksheet (protection, freeze panes): bound through its sheet. */
abstract class SheetPart extends ClientObject {
  constructor(
    context: HeadlessRequestContext,
    protected readonly worksheet: Worksheet,
  ) {
    super(context);
  }

  protected sheet(): SheetModel {
    return this.worksheet.target();
  }
}

const PROTECTION_OPTION_NAMES = [
  "allowAutoFilter",
  "allowDeleteColumns",
  "allowDeleteRows",
  "allowEditObjects",
  "allowEditScenarios",
  "allowFormatCells",
  "allowFormatColumns",
  "allowFormatRows",
  "allowInsertColumns",
  "allowInsertHyperlinks",
  "allowInsertRows",
  "allowPivotTables",
  "allowSort",
] as const;

export class WorksheetProtection extends SheetPart implements Pick<Excel.WorksheetProtection, "protected" | "protect" | "unprotect"> {
  protected readonly typeName = "WorksheetProtection";
  protected readonly scalarNames = ["protected", "options", "isPasswordProtected"] as const;

  protected readScalar(name: string): { value: unknown } | undefined {
    const { protection } = this.sheet();
    if (name === "protected") return { value: protection.protected };
    if (name === "isPasswordProtected") return { value: protection.protected && (protection.password !== undefined || protection.passwordHash !== undefined) };
    if (name === "options") {
      const options: Record<string, boolean> = {};
      for (const option of PROTECTION_OPTION_NAMES) options[option] = protection.options[option] ?? false;
      return { value: options };
    }
    return undefined;
  }

  get protected(): boolean {
    return this.loaded("protected");
  }
  get options(): Excel.WorksheetProtectionOptions {
    return this.loaded("options");
  }

  /** Fails on an already protected sheet (the docs: "fails if the worksheet has already been protected"). */
  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    this.call("protect", { options, password: password === undefined ? undefined : "***" }, () => {
      const sheet = this.sheet();
      if (sheet.protection.protected) fail("InvalidOperation", `The worksheet '${sheet.name}' is already protected.`, "WorksheetProtection.protect");
      const chosen: Record<string, boolean> = {};
      for (const option of PROTECTION_OPTION_NAMES) if (options?.[option] !== undefined) chosen[option] = options[option] as boolean;
      sheet.protection = { protected: true, options: chosen, password };
    });
  }

  unprotect(password?: string): void {
    this.call("unprotect", undefined, () => {
      const sheet = this.sheet();
      const current = sheet.protection;
      // A password from a loaded file is only known as a hash: any password is taken (not checked).
      const wrong = current.password !== undefined ? current.password !== password : current.passwordHash !== undefined && !password;
      if (current.protected && wrong) {
        fail("InvalidArgument", `The password to unprotect '${sheet.name}' is not correct.`, "WorksheetProtection.unprotect");
      }
      sheet.protection = { protected: false, options: {} };
    });
  }
}

export class WorksheetFreezePanes extends SheetPart implements Pick<Excel.WorksheetFreezePanes, "freezeRows" | "freezeColumns" | "unfreeze"> {
  protected readonly typeName = "WorksheetFreezePanes";
  protected readonly scalarNames = [] as const;

  protected readScalar(): undefined {
    return undefined;
  }

  private freeze(method: string, rows: number, columns: number): void {
    this.call(method, [rows, columns], () => {
      if (!Number.isInteger(rows) || !Number.isInteger(columns) || rows < 0 || columns < 0 || rows >= MAX_ROWS || columns >= MAX_COLUMNS) {
        fail("InvalidArgument", `Cannot freeze ${rows} rows and ${columns} columns.`, `WorksheetFreezePanes.${method}`);
      }
      this.sheet().freeze = { rows, columns };
    });
  }

  freezeRows(count?: number): void {
    this.freeze("freezeRows", count ?? 1, 0);
  }

  freezeColumns(count?: number): void {
    this.freeze("freezeColumns", 0, count ?? 1);
  }

  /** Freezes the rows above and the columns left of the range's bottom-right corner + 1, i.e. the range itself stays visible. */
  freezeAt(frozenRange: Range | string): void {
    this.call("freezeAt", typeof frozenRange === "string" ? frozenRange : null, () => {
      const sheet = this.sheet();
      const rect = typeof frozenRange === "string" ? parseRect(splitSheet(frozenRange).local) : frozenRange.target().rect;
      sheet.freeze = { rows: rect.row + rect.rowCount, columns: rect.column + rect.columnCount };
    });
  }

  unfreeze(): void {
    this.call("unfreeze", undefined, () => {
      this.sheet().freeze = { rows: 0, columns: 0 };
    });
  }

  /** The frozen cells, or a null object when nothing is frozen. */
  getLocationOrNullObject(): Range {
    return this.worksheet.rangeAt(
      "WorksheetFreezePanes.getLocationOrNullObject",
      (sheet) => {
        const { rows, columns } = sheet.freeze;
        if (rows === 0 && columns === 0) return null;
        return { row: 0, column: 0, rowCount: rows || MAX_ROWS, columnCount: columns || MAX_COLUMNS };
      },
      true,
    );
  }
}

export class WorksheetCustomProperty extends ClientObject implements Pick<Excel.WorksheetCustomProperty, "key" | "value" | "delete"> {
  protected readonly typeName = "WorksheetCustomProperty";
  protected readonly scalarNames = ["key", "value"] as const;
  private nullObject: boolean | undefined;

  constructor(
    context: HeadlessRequestContext,
    private readonly worksheet: Worksheet,
    private readonly propertyKey: string,
    private readonly mustExist: boolean,
  ) {
    super(context);
  }

  private entries(): Map<string, string> {
    return this.worksheet.target().customProperties;
  }

  /** Keys are case-insensitive, as in Excel. */
  private actualKey(): string | undefined {
    const lower = this.propertyKey.toLowerCase();
    return [...this.entries().keys()].find((k) => k.toLowerCase() === lower);
  }

  private existingKey(): string {
    const key = this.actualKey();
    if (key === undefined) fail("ItemNotFound", `The custom property '${this.propertyKey}' does not exist.`, "WorksheetCustomPropertyCollection.getItem");
    return key;
  }

  protected override isNullAtExecution(): boolean {
    return !this.mustExist && this.actualKey() === undefined;
  }

  get isNullObject(): boolean {
    if (this.mustExist) return false;
    if (this.nullObject === undefined) fail("PropertyNotLoaded", "isNullObject is not available before context.sync().", "WorksheetCustomProperty.isNullObject");
    return this.nullObject;
  }

  trackNull(): this {
    this.context.enqueue("WorksheetCustomProperty.getOrNullObject", undefined, (response) => {
      const isNull = this.actualKey() === undefined;
      response.deliver(20, () => {
        this.nullObject = isNull;
      });
    });
    return this;
  }

  protected readScalar(name: string): { value: unknown } | undefined {
    if (name === "key") return { value: this.existingKey() };
    if (name === "value") return { value: this.entries().get(this.existingKey()) };
    return undefined;
  }

  get key(): string {
    return this.loaded("key");
  }
  get value(): string {
    return this.loaded("value");
  }
  set value(value: string) {
    this.setProperty("value", value, () => {
      this.entries().set(this.existingKey(), String(value));
    });
  }
  delete(): void {
    this.call("delete", undefined, () => {
      this.entries().delete(this.existingKey());
    });
  }
}

export class WorksheetCustomPropertyCollection extends ProxyCollection<string, WorksheetCustomProperty> implements Pick<Excel.WorksheetCustomPropertyCollection, "getCount"> {
  protected readonly typeName = "WorksheetCustomPropertyCollection";

  constructor(
    context: HeadlessRequestContext,
    private readonly worksheet: Worksheet,
  ) {
    super(context);
  }

  protected list(): string[] {
    return [...this.worksheet.target().customProperties.keys()];
  }

  protected proxyFor(key: string): WorksheetCustomProperty {
    return new WorksheetCustomProperty(this.context, this.worksheet, key, true);
  }

  /** Adds or replaces a property; keys are at most 255 characters. */
  add(key: string, value: string): WorksheetCustomProperty {
    this.call("add", [key, value], () => {
      if (typeof key !== "string" || key === "" || key.length > 255) fail("InvalidArgument", "A custom property key must be 1 to 255 characters.", "WorksheetCustomPropertyCollection.add");
      const entries = this.worksheet.target().customProperties;
      const existing = [...entries.keys()].find((k) => k.toLowerCase() === key.toLowerCase());
      if (existing !== undefined) entries.delete(existing);
      entries.set(key, String(value));
    });
    return new WorksheetCustomProperty(this.context, this.worksheet, key, true);
  }

  getItem(key: string): WorksheetCustomProperty {
    return new WorksheetCustomProperty(this.context, this.worksheet, key, true);
  }

  getItemOrNullObject(key: string): WorksheetCustomProperty {
    return new WorksheetCustomProperty(this.context, this.worksheet, key, false).trackNull();
  }
}
