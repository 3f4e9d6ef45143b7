/** Excel.Workbook, defined names and the application object. */
import { quoteSheetName, rectAddress, splitSheet, tryParseRect } from "./address";
import type { RangeTarget } from "./cells";
import { ProxyCollection } from "./collection";
import { Binding, ClientObject, type HeadlessRequestContext, ModelProxy } from "./context";
import { fail } from "./errors";
import type { NamedItemModel, WorkbookModel } from "./model";
import { Range } from "./range";
import { checkDefinedName } from "./rules";
import { TableCollection } from "./table";
import { WorksheetCollection } from "./worksheet";

export class Workbook extends ClientObject {
  protected readonly typeName = "Workbook";
  protected readonly scalarNames = [] as const;
  readonly worksheets: WorksheetCollection;
  readonly tables: TableCollection;
  readonly names: NamedItemCollection;
  readonly application: Application;

  constructor(context: HeadlessRequestContext) {
    super(context);
    this.worksheets = new WorksheetCollection(context);
    this.tables = new TableCollection(context);
    this.names = new NamedItemCollection(context);
    this.application = new Application(context);
  }

  protected readScalar(): undefined {
    return undefined;
  }

  protected override navigation(name: string): ClientObject | undefined {
    return ({ worksheets: this.worksheets, tables: this.tables, names: this.names, application: this.application } as Record<string, ClientObject>)[name];
  }

  /** The active sheet's selection (A1 until something is selected there). */
  getSelectedRange(): Range {
    return new Range(this.context, new Binding<RangeTarget>(() => currentSelection(this.context.model)));
  }

  /** The top-left cell of the selection. */
  getActiveCell(): Range {
    return new Range(
      this.context,
      new Binding<RangeTarget>(() => {
        const { sheet, rect } = currentSelection(this.context.model);
        return { sheet, rect: { row: rect.row, column: rect.column, rowCount: 1, columnCount: 1 } };
      }),
    );
  }
}

/**
 * Workbook.getSelectedRange: "If there are multiple ranges selected, this method will throw an
 * error" (the API reference); the headless Excel throws InvalidSelection.
 */
export function currentSelection(model: WorkbookModel): RangeTarget {
  const sheet = model.activeSheet ?? fail("ItemNotFound", "The workbook has no worksheet.", "Workbook.getSelectedRange");
  if (sheet.selectionAreas.length > 1) fail("InvalidSelection", "The current selection is invalid for this operation: several areas are selected.", "Workbook.getSelectedRange");
  return { sheet, rect: sheet.selection ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 } };
}

/** Formulas are not calculated, so calculation settings are accepted and have nothing to suspend. */
export class Application extends ClientObject implements Pick<Excel.Application, "suspendApiCalculationUntilNextSync" | "calculationMode"> {
  protected readonly typeName = "Application";
  protected readonly scalarNames = ["calculationMode"] as const;
  private mode: Excel.CalculationMode | "Automatic" | "AutomaticExceptTables" | "Manual" = "Automatic";

  protected readScalar(name: string): { value: unknown } | undefined {
    return name === "calculationMode" ? { value: this.mode } : undefined;
  }

  get calculationMode(): Excel.CalculationMode | "Automatic" | "AutomaticExceptTables" | "Manual" {
    return this.loaded("calculationMode");
  }
  set calculationMode(mode: Excel.CalculationMode | "Automatic" | "AutomaticExceptTables" | "Manual") {
    this.setProperty("calculationMode", mode, () => {
      this.mode = mode;
    });
  }

  suspendApiCalculationUntilNextSync(): void {
    this.call("suspendApiCalculationUntilNextSync", undefined, () => {});
  }

  calculate(calculationType: string): void {
    this.call("calculate", calculationType, () => {});
  }
}

/** The formula of a defined name; a sheet reference follows the sheet's current name. */
export function namedItemFormula(item: NamedItemModel): string {
  const target = item.target;
  if ("formula" in target) return target.formula;
  const address = rectAddress(target.rect, true);
  return target.sheet.deleted ? `=#REF!${address}` : `=${quoteSheetName(target.sheet.name)}!${address}`;
}

/** "=Sheet1!$A$1", "'My Sheet'!A1:B2" -> a sheet range; anything else ("=0.5", "=\"x\"") stays a formula. */
export function parseNameReference(model: WorkbookModel, reference: string): NamedItemModel["target"] {
  const text = reference.startsWith("=") ? reference.slice(1) : reference;
  const { sheet: sheetName, local } = splitSheet(text);
  const sheet = sheetName === undefined ? undefined : model.findSheet(sheetName);
  const rect = tryParseRect(local);
  if (sheet && rect) return { sheet, rect };
  if (sheetName !== undefined && rect) fail("InvalidReference", `The worksheet '${sheetName}' does not exist.`, "NamedItemCollection.add");
  return { formula: reference.startsWith("=") ? reference : `=${reference}` };
}

function namedItemType(item: NamedItemModel): string {
  const target = item.target;
  if (!("formula" in target)) return target.sheet.deleted ? "Error" : "Range";
  const body = target.formula.slice(1);
  if (/^".*"$/.test(body)) return "String";
  if (/^(TRUE|FALSE)$/i.test(body)) return "Boolean";
  if (/^[+-]?\d+$/.test(body)) return "Integer";
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(body)) return "Double";
  return "Formula";
}

export class NamedItem extends ModelProxy<NamedItemModel> implements Pick<Excel.NamedItem, "name" | "formula" | "comment" | "visible" | "delete"> {
  protected readonly typeName = "NamedItem";
  protected readonly scalarNames = ["name", "formula", "comment", "visible", "type", "value"] as const;

  protected checkAlive(item: NamedItemModel): void {
    if (!this.context.model.names.includes(item)) fail("ItemNotFound", `The name '${item.name}' has been deleted.`, "NamedItem");
  }

  protected readScalar(name: string): { value: unknown } | undefined {
    const item = this.target();
    switch (name) {
      case "name":
        return { value: item.name };
      case "formula":
        return { value: namedItemFormula(item) };
      case "comment":
        return { value: item.comment };
      case "visible":
        return { value: item.visible };
      case "type":
        return { value: namedItemType(item) };
      case "value": {
        // Excel gives the address for a range, the constant for a constant.
        const formula = namedItemFormula(item);
        const type = namedItemType(item);
        if (type === "Range" || type === "Error") return { value: formula.slice(1) };
        if (type === "String") return { value: formula.slice(2, -1) };
        if (type === "Integer" || type === "Double") return { value: Number(formula.slice(1)) };
        if (type === "Boolean") return { value: formula.slice(1).toUpperCase() === "TRUE" };
        return { value: formula.slice(1) };
      }
      default:
        return undefined;
    }
  }

  get name(): string {
    return this.loaded("name");
  }
  get type(): string {
    return this.loaded("type");
  }
  get value(): unknown {
    return this.loaded("value");
  }
  get formula(): string {
    return this.loaded("formula");
  }
  set formula(formula: string) {
    this.setProperty("formula", formula, () => {
      this.target().target = parseNameReference(this.context.model, formula);
    });
  }
  get comment(): string {
    return this.loaded("comment");
  }
  set comment(comment: string) {
    this.setProperty("comment", comment, () => {
      this.target().comment = comment;
    });
  }
  get visible(): boolean {
    return this.loaded("visible");
  }
  set visible(visible: boolean) {
    this.setProperty("visible", visible, () => {
      this.target().visible = visible;
    });
  }

  private rangeTarget(): RangeTarget | null {
    const target = this.target().target;
    if ("formula" in target || target.sheet.deleted) return null;
    return { sheet: target.sheet, rect: target.rect };
  }

  /** The range the name refers to; InvalidOperation when it is not a range (as Excel). */
  getRange(): Range {
    return new Range(
      this.context,
      new Binding<RangeTarget>(() => this.rangeTarget() ?? fail("InvalidOperation", `The name '${this.target().name}' does not refer to a range.`, "NamedItem.getRange")),
    );
  }

  getRangeOrNullObject(): Range {
    return new Range(this.context, new Binding<RangeTarget>(() => this.rangeTarget()), true).trackNull();
  }

  delete(): void {
    this.call("delete", undefined, () => {
      const item = this.target();
      const model = this.context.model;
      model.names = model.names.filter((n) => n !== item);
    });
  }
}

export class NamedItemCollection extends ProxyCollection<NamedItemModel, NamedItem> implements Pick<Excel.NamedItemCollection, "getCount"> {
  protected readonly typeName = "NamedItemCollection";

  protected list(): NamedItemModel[] {
    return this.context.model.names;
  }

  protected proxyFor(item: NamedItemModel): NamedItem {
    return new NamedItem(this.context, new Binding(() => item));
  }

  private find(name: string): NamedItemModel | undefined {
    return this.list().find((n) => n.name.toLowerCase() === name.toLowerCase());
  }

  /** A name for a range (Range or "Sheet!A1") or a formula ("=0.5"); follows its sheet when renamed. */
  add(name: string, reference: Range | string, comment?: string): NamedItem {
    const proxy = new NamedItem(this.context, new Binding<NamedItemModel>(() => fail("ItemNotFound", "The name was not added.", "NamedItemCollection.add")));
    this.call("add", [name, typeof reference === "string" ? reference : null, comment ?? null], () => {
      const model = this.context.model;
      checkDefinedName(model, name, "NamedItemCollection.add");
      const target = typeof reference === "string" ? parseNameReference(model, reference) : reference.target();
      const item: NamedItemModel = { name, target: "formula" in target ? target : { sheet: target.sheet, rect: target.rect }, comment: comment ?? "", visible: true };
      model.names.push(item);
      proxy.binding.set(item);
    });
    return proxy;
  }

  getItem(name: string): NamedItem {
    return new NamedItem(this.context, new Binding(() => this.find(name) ?? fail("ItemNotFound", `The name '${name}' does not exist.`, "NamedItemCollection.getItem")));
  }

  getItemOrNullObject(name: string): NamedItem {
    return new NamedItem(this.context, new Binding(() => this.find(name) ?? null), true).trackNull();
  }
}
