/**
 * Conditional formats: cellValue, containsText (textComparison), custom (formula), colorScale and
 * dataBar, with their rules and formats. Kept as rules; cells are not evaluated against them.
 */
import { type Rect, intersect, subtractRect } from "./address";
import { type RangeTarget, assertFormatEditable } from "./cells";
import { ProxyCollection } from "./collection";
import { Binding, ClientObject, type HeadlessRequestContext, ModelProxy } from "./context";
import { fail } from "./errors";
import type { ConditionalFormatModel, SheetModel } from "./model";
import { normalizeColor } from "./color";
import type { Range } from "./range";

const TYPES = ["CellValue", "ContainsText", "Custom", "ColorScale", "DataBar", "TopBottom", "PresetCriteria", "IconSet"];
const SUPPORTED = ["CellValue", "ContainsText", "Custom", "ColorScale", "DataBar"];
const CELL_OPERATORS = ["Between", "NotBetween", "EqualTo", "NotEqualTo", "GreaterThan", "LessThan", "GreaterThanOrEqual", "LessThanOrEqual"];
const TEXT_OPERATORS = ["Contains", "NotContains", "BeginsWith", "EndsWith"];

interface CfRef {
  sheet: SheetModel;
  cf: ConditionalFormatModel;
}

function byPriority(sheet: SheetModel): ConditionalFormatModel[] {
  return [...sheet.conditionalFormats].sort((a, b) => a.priority - b.priority);
}

function renumber(sheet: SheetModel): void {
  byPriority(sheet).forEach((cf, index) => {
    cf.priority = index;
  });
}

export class ConditionalFormat
  extends ModelProxy<CfRef>
  implements Pick<Excel.ConditionalFormat, "id" | "priority" | "stopIfTrue" | "delete">
{
  protected readonly typeName = "ConditionalFormat";
  protected readonly scalarNames = ["id", "type", "priority", "stopIfTrue"] as const;

  protected checkAlive(ref: CfRef): void {
    if (!ref.sheet.conditionalFormats.includes(ref.cf)) fail("ItemNotFound", "The conditional format has been deleted.", "ConditionalFormat");
  }

  protected readScalar(name: string): { value: unknown } | undefined {
    if (!(this.scalarNames as readonly string[]).includes(name)) return undefined;
    const { cf } = this.target();
    return { value: cf[name as keyof ConditionalFormatModel] };
  }

  protected override navigation(name: string): ClientObject | undefined {
    const typed: Record<string, () => ClientObject> = {
      cellValue: () => this.cellValue,
      textComparison: () => this.textComparison,
      custom: () => this.custom,
      colorScale: () => this.colorScale,
      dataBar: () => this.dataBar,
    };
    return typed[name]?.();
  }

  get id(): string {
    return this.loaded("id");
  }
  get type(): string {
    return this.loaded("type");
  }
  get priority(): number {
    return this.loaded("priority");
  }
  /** Moves the rule to this priority; the others keep their order around it. */
  set priority(priority: number) {
    this.setProperty("priority", priority, () => {
      const { sheet, cf } = this.target();
      const order = byPriority(sheet).filter((c) => c !== cf);
      order.splice(Math.max(0, Math.min(priority, order.length)), 0, cf);
      order.forEach((c, index) => {
        c.priority = index;
      });
    });
  }
  get stopIfTrue(): boolean {
    return this.loaded("stopIfTrue");
  }
  set stopIfTrue(stop: boolean) {
    this.setProperty("stopIfTrue", stop, () => {
      this.target().cf.stopIfTrue = stop;
    });
  }

  private typed(type: string): CfRef {
    const ref = this.target();
    if (ref.cf.type !== type) fail("InvalidArgument", `This conditional format is of type ${ref.cf.type}, not ${type}.`, "ConditionalFormat");
    return ref;
  }

  get cellValue(): RuleConditionalFormat {
    return new RuleConditionalFormat(this.context, () => this.typed("CellValue"), "CellValueConditionalFormat");
  }
  get textComparison(): RuleConditionalFormat {
    return new RuleConditionalFormat(this.context, () => this.typed("ContainsText"), "TextConditionalFormat");
  }
  get custom(): RuleConditionalFormat {
    return new RuleConditionalFormat(this.context, () => this.typed("Custom"), "CustomConditionalFormat");
  }
  get colorScale(): ColorScaleConditionalFormat {
    return new ColorScaleConditionalFormat(this.context, () => this.typed("ColorScale"));
  }
  get dataBar(): DataBarConditionalFormat {
    return new DataBarConditionalFormat(this.context, () => this.typed("DataBar"));
  }

  getRange(): Range {
    return this.context.proxies.range(new Binding<RangeTarget>(() => ({ sheet: this.target().sheet, rect: this.target().cf.rect })));
  }

  delete(): void {
    this.call("delete", undefined, () => {
      const { sheet, cf } = this.target();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => c !== cf);
      renumber(sheet);
    });
  }
}

/** Shared by the typed views: bound to the conditional format through a resolver. */
abstract class CfPart extends ClientObject {
  constructor(
    context: HeadlessRequestContext,
    protected readonly ref: () => CfRef,
  ) {
    super(context);
  }

  protected update(name: string, value: unknown, change: (cf: ConditionalFormatModel) => void): void {
    this.setProperty(name, value, () => {
      const ref = this.ref();
      assertFormatEditable({ sheet: ref.sheet, rect: ref.cf.rect }, `${this.typeName}.${name}`);
      change(ref.cf);
    });
  }
}

/** cellValue, textComparison and custom: a format and a rule. */
export class RuleConditionalFormat extends CfPart {
  protected readonly scalarNames = [] as const;
  private formatProxy: ConditionalRangeFormat | undefined;
  private ruleProxy: ConditionalFormatRule | undefined;

  constructor(
    context: HeadlessRequestContext,
    ref: () => CfRef,
    protected readonly typeName: string,
  ) {
    super(context, ref);
  }

  protected readScalar(name: string): { value: unknown } | undefined {
    if (name === "rule" && this.typeName !== "CustomConditionalFormat") return { value: { ...this.ref().cf.rule } };
    return undefined;
  }

  protected override navigation(name: string): ClientObject | undefined {
    if (name === "format") return this.format;
    if (name === "rule" && this.typeName === "CustomConditionalFormat") return this.customRule;
    return undefined;
  }

  get format(): ConditionalRangeFormat {
    return (this.formatProxy ??= new ConditionalRangeFormat(this.context, this.ref));
  }

  /** custom.rule is an object with a formula; cellValue.rule and textComparison.rule are plain values. */
  get customRule(): ConditionalFormatRule {
    return (this.ruleProxy ??= new ConditionalFormatRule(this.context, this.ref));
  }

  get rule(): Record<string, unknown> {
    if (this.typeName === "CustomConditionalFormat") return this.customRule as unknown as Record<string, unknown>;
    return this.loaded("rule");
  }
  set rule(rule: Record<string, unknown>) {
    this.update("rule", rule, (cf) => {
      if (cf.type === "CellValue") {
        const operator = String(rule.operator);
        if (!CELL_OPERATORS.includes(operator)) fail("InvalidArgument", `'${operator}' is not a cell value operator.`, "CellValueConditionalFormat.rule");
        if (rule.formula1 === undefined || rule.formula1 === "") fail("InvalidArgument", "The rule needs formula1.", "CellValueConditionalFormat.rule");
        if ((operator === "Between" || operator === "NotBetween") && (rule.formula2 === undefined || rule.formula2 === "")) {
          fail("InvalidArgument", `The operator ${operator} needs formula2.`, "CellValueConditionalFormat.rule");
        }
        cf.rule = { formula1: String(rule.formula1), ...(rule.formula2 !== undefined ? { formula2: String(rule.formula2) } : {}), operator };
      } else if (cf.type === "ContainsText") {
        const operator = String(rule.operator);
        if (!TEXT_OPERATORS.includes(operator)) fail("InvalidArgument", `'${operator}' is not a text operator.`, "TextConditionalFormat.rule");
        cf.rule = { operator, text: String(rule.text ?? "") };
      } else {
        cf.rule = { formula: String(rule.formula ?? "") };
      }
    });
  }
}

export class ConditionalFormatRule extends CfPart implements Pick<Excel.ConditionalFormatRule, "formula"> {
  protected readonly typeName = "ConditionalFormatRule";
  protected readonly scalarNames = ["formula"] as const;

  protected readScalar(name: string): { value: unknown } | undefined {
    return name === "formula" ? { value: this.ref().cf.rule.formula ?? "" } : undefined;
  }

  get formula(): string {
    return this.loaded("formula");
  }
  set formula(formula: string) {
    this.update("formula", formula, (cf) => {
      if (typeof formula !== "string" || formula === "") fail("InvalidArgument", "A custom conditional format needs a formula.", "ConditionalFormatRule.formula");
      cf.rule = { formula };
    });
  }
}

export class ConditionalRangeFormat extends CfPart implements Pick<Excel.ConditionalRangeFormat, "numberFormat"> {
  protected readonly typeName = "ConditionalRangeFormat";
  protected readonly scalarNames = ["numberFormat"] as const;
  private fillProxy: ConditionalRangeFill | undefined;
  private fontProxy: ConditionalRangeFont | undefined;

  protected readScalar(name: string): { value: unknown } | undefined {
    return name === "numberFormat" ? { value: (this.ref().cf.format as { numberFormat?: string }).numberFormat ?? null } : undefined;
  }

  protected override navigation(name: string): ClientObject | undefined {
    return name === "fill" ? this.fill : name === "font" ? this.font : undefined;
  }

  get fill(): ConditionalRangeFill {
    return (this.fillProxy ??= new ConditionalRangeFill(this.context, this.ref));
  }
  get font(): ConditionalRangeFont {
    return (this.fontProxy ??= new ConditionalRangeFont(this.context, this.ref));
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  get numberFormat(): any {
    return this.loaded("numberFormat");
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  set numberFormat(format: any) {
    this.update("numberFormat", format, (cf) => {
      (cf.format as { numberFormat?: string }).numberFormat = String(format);
    });
  }
}

export class ConditionalRangeFill extends CfPart implements Pick<Excel.ConditionalRangeFill, "color" | "clear"> {
  protected readonly typeName = "ConditionalRangeFill";
  protected readonly scalarNames = ["color"] as const;

  protected readScalar(name: string): { value: unknown } | undefined {
    return name === "color" ? { value: this.ref().cf.format.fill ?? null } : undefined;
  }
  get color(): string {
    return this.loaded("color");
  }
  set color(color: string) {
    this.update("color", color, (cf) => {
      cf.format.fill = normalizeColor(color, "ConditionalRangeFill.color");
    });
  }
  clear(): void {
    this.call("clear", undefined, () => {
      delete this.ref().cf.format.fill;
    });
  }
}

export class ConditionalRangeFont extends CfPart implements Pick<Excel.ConditionalRangeFont, "color" | "bold" | "italic"> {
  protected readonly typeName = "ConditionalRangeFont";
  protected readonly scalarNames = ["color", "bold", "italic"] as const;

  protected readScalar(name: string): { value: unknown } | undefined {
    const format = this.ref().cf.format;
    if (name === "color") return { value: format.fontColor ?? null };
    if (name === "bold") return { value: format.bold ?? null };
    if (name === "italic") return { value: format.italic ?? null };
    return undefined;
  }
  get color(): string {
    return this.loaded("color");
  }
  set color(color: string) {
    this.update("color", color, (cf) => {
      cf.format.fontColor = normalizeColor(color, "ConditionalRangeFont.color");
    });
  }
  get bold(): boolean {
    return this.loaded("bold");
  }
  set bold(bold: boolean) {
    this.update("bold", bold, (cf) => {
      cf.format.bold = bold;
    });
  }
  get italic(): boolean {
    return this.loaded("italic");
  }
  set italic(italic: boolean) {
    this.update("italic", italic, (cf) => {
      cf.format.italic = italic;
    });
  }
}

export class ColorScaleConditionalFormat extends CfPart {
  protected readonly typeName = "ColorScaleConditionalFormat";
  protected readonly scalarNames = ["criteria", "threeColorScale"] as const;

  protected readScalar(name: string): { value: unknown } | undefined {
    const criteria = this.ref().cf.rule.criteria as Excel.ConditionalColorScaleCriteria | undefined;
    if (name === "criteria") return { value: criteria ? structuredClone(criteria) : null };
    if (name === "threeColorScale") return { value: criteria?.midpoint !== undefined };
    return undefined;
  }
  get criteria(): Excel.ConditionalColorScaleCriteria {
    return this.loaded("criteria");
  }
  /** minimum and maximum are required, each with a type and a colour. */
  set criteria(criteria: Excel.ConditionalColorScaleCriteria) {
    this.update("criteria", criteria, (cf) => {
      const points = [criteria.minimum, criteria.maximum, ...(criteria.midpoint ? [criteria.midpoint] : [])];
      if (!criteria.minimum || !criteria.maximum) fail("InvalidArgument", "A colour scale needs minimum and maximum criteria.", "ColorScaleConditionalFormat.criteria");
      const normalized = structuredClone(criteria);
      for (const point of points) {
        if (!point.type) fail("InvalidArgument", "Each colour scale criterion needs a type.", "ColorScaleConditionalFormat.criteria");
      }
      for (const key of ["minimum", "midpoint", "maximum"] as const) {
        const point = normalized[key];
        if (point?.color) point.color = normalizeColor(point.color, "ColorScaleConditionalFormat.criteria");
      }
      cf.rule = { criteria: normalized };
    });
  }
  get threeColorScale(): boolean {
    return this.loaded("threeColorScale");
  }
}

export class DataBarConditionalFormat extends CfPart {
  protected readonly typeName = "DataBarConditionalFormat";
  protected readonly scalarNames = ["barDirection", "showDataBarOnly", "lowerBoundRule", "upperBoundRule"] as const;

  protected override navigation(name: string): ClientObject | undefined {
    return name === "positiveFormat" ? this.positiveFormat : undefined;
  }

  protected readScalar(name: string): { value: unknown } | undefined {
    if (!(this.scalarNames as readonly string[]).includes(name)) return undefined;
    const value = this.ref().cf.rule[name];
    return { value: value === undefined ? null : structuredClone(value) };
  }

  private set_(name: string, value: unknown): void {
    this.update(name, value, (cf) => {
      cf.rule = { ...cf.rule, [name]: structuredClone(value) };
    });
  }

  get barDirection(): string {
    return this.loaded("barDirection");
  }
  set barDirection(direction: string) {
    this.set_("barDirection", direction);
  }
  get showDataBarOnly(): boolean {
    return this.loaded("showDataBarOnly");
  }
  set showDataBarOnly(only: boolean) {
    this.set_("showDataBarOnly", only);
  }
  get lowerBoundRule(): Excel.ConditionalDataBarRule {
    return this.loaded("lowerBoundRule");
  }
  set lowerBoundRule(rule: Excel.ConditionalDataBarRule) {
    this.set_("lowerBoundRule", rule);
  }
  get upperBoundRule(): Excel.ConditionalDataBarRule {
    return this.loaded("upperBoundRule");
  }
  set upperBoundRule(rule: Excel.ConditionalDataBarRule) {
    this.set_("upperBoundRule", rule);
  }
  get positiveFormat(): ConditionalDataBarPositiveFormat {
    return new ConditionalDataBarPositiveFormat(this.context, this.ref);
  }
}

export class ConditionalDataBarPositiveFormat extends CfPart implements Pick<Excel.ConditionalDataBarPositiveFormat, "fillColor" | "gradientFill" | "borderColor"> {
  protected readonly typeName = "ConditionalDataBarPositiveFormat";
  protected readonly scalarNames = ["fillColor", "gradientFill", "borderColor"] as const;

  private stored(): Record<string, unknown> {
    return (this.ref().cf.rule.positiveFormat as Record<string, unknown> | undefined) ?? {};
  }

  protected readScalar(name: string): { value: unknown } | undefined {
    if (!(this.scalarNames as readonly string[]).includes(name)) return undefined;
    return { value: this.stored()[name] ?? (name === "gradientFill" ? true : "") };
  }

  private change(name: string, value: unknown): void {
    this.update(name, value, (cf) => {
      const normalized = name === "gradientFill" ? value : normalizeColor(String(value), `ConditionalDataBarPositiveFormat.${name}`);
      cf.rule = { ...cf.rule, positiveFormat: { ...this.stored(), [name]: normalized } };
    });
  }

  get fillColor(): string {
    return this.loaded("fillColor");
  }
  set fillColor(color: string) {
    this.change("fillColor", color);
  }
  get borderColor(): string {
    return this.loaded("borderColor");
  }
  set borderColor(color: string) {
    this.change("borderColor", color);
  }
  get gradientFill(): boolean {
    return this.loaded("gradientFill");
  }
  set gradientFill(gradient: boolean) {
    this.change("gradientFill", gradient);
  }
}

/** A range's conditional formats: those that intersect it; add() applies to the range. */
export class RangeConditionalFormatCollection extends ProxyCollection<CfRef, ConditionalFormat> implements Pick<Excel.ConditionalFormatCollection, "getCount" | "clearAll"> {
  protected readonly typeName = "ConditionalFormatCollection";

  constructor(
    context: HeadlessRequestContext,
    private readonly range: Range,
  ) {
    super(context);
  }

  protected list(): CfRef[] {
    const { sheet, rect } = this.range.target();
    return byPriority(sheet)
      .filter((cf) => intersect(cf.rect, rect))
      .map((cf) => ({ sheet, cf }));
  }

  protected proxyFor(ref: CfRef): ConditionalFormat {
    return new ConditionalFormat(this.context, new Binding(() => ref));
  }

  /** Adds a rule of the type at the top (priority 0), as Excel does. */
  add(type: Excel.ConditionalFormatType | string): ConditionalFormat {
    const proxy = new ConditionalFormat(this.context, new Binding<CfRef>(() => fail("ItemNotFound", "The conditional format was not added.", "ConditionalFormatCollection.add")));
    this.call("add", type, () => {
      const target = this.range.target();
      if (!TYPES.includes(type)) fail("InvalidArgument", `'${type}' is not a conditional format type.`, "ConditionalFormatCollection.add");
      if (!SUPPORTED.includes(type)) fail("InvalidArgument", `Conditional formats of type ${type} are not emulated.`, "ConditionalFormatCollection.add");
      assertFormatEditable(target, "ConditionalFormatCollection.add");
      const { sheet, rect } = target;
      for (const cf of sheet.conditionalFormats) cf.priority++;
      const cf: ConditionalFormatModel = {
        id: sheet.workbook.newId("cf"),
        type,
        rect,
        priority: 0,
        stopIfTrue: false,
        rule: type === "DataBar" ? { barDirection: "Context", showDataBarOnly: false } : {},
        format: {},
      };
      sheet.conditionalFormats.push(cf);
      proxy.binding.set({ sheet, cf });
    });
    return proxy;
  }

  getItem(id: string): ConditionalFormat {
    return new ConditionalFormat(this.context, new Binding(() => this.list().find((ref) => ref.cf.id === id) ?? fail("ItemNotFound", `No conditional format '${id}'.`, "ConditionalFormatCollection.getItem")));
  }

  getItemAt(index: number): ConditionalFormat {
    return new ConditionalFormat(this.context, new Binding(() => this.list()[index] ?? fail("InvalidArgument", `No conditional format at index ${index}.`, "ConditionalFormatCollection.getItemAt")));
  }

  /** Removes the rules from the range's cells; a rule that also covers other cells keeps those when they form one rectangle. */
  clearAll(): void {
    this.call("clearAll", undefined, () => {
      const target = this.range.target();
      assertFormatEditable(target, "ConditionalFormatCollection.clearAll");
      const { sheet, rect } = target;
      const kept: ConditionalFormatModel[] = [];
      for (const cf of sheet.conditionalFormats) {
        const rest: Rect[] = subtractRect(cf.rect, rect);
        if (rest.length === 1) kept.push({ ...cf, rect: rest[0] });
      }
      sheet.conditionalFormats = kept;
      renumber(sheet);
    });
  }
}
