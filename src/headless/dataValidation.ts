/** Excel.DataValidation: list, whole number, decimal, date, text length and custom rules, prompt, error alert. */
import { intersect, subtractRect } from "./address";
import { assertFormatEditable } from "./cells";
import { ClientObject, type HeadlessRequestContext } from "./context";
import { fail } from "./errors";
import type { ValidationModel, ValidationRule } from "./model";
import type { Range } from "./range";

const OPERATORS = ["Between", "NotBetween", "EqualTo", "NotEqualTo", "GreaterThan", "LessThan", "GreaterThanOrEqualTo", "LessThanOrEqualTo"];
const RULE_TYPES: Record<keyof ValidationRule, string> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  date: "Date",
  textLength: "TextLength",
  list: "List",
  custom: "Custom",
};
const ALERT_STYLES = ["Stop", "Warning", "Information"];

function defaultValidation(rect: ValidationModel["rect"]): ValidationModel {
  return {
    rect,
    rule: {},
    ignoreBlanks: true,
    prompt: { showPrompt: false, title: "", message: "" },
    errorAlert: { showAlert: true, style: "Stop", title: "", message: "" },
  };
}

/** Checks a rule as Excel does: exactly one kind, a known operator, formula2 for (Not)Between, a list source. */
function checkRule(rule: Excel.DataValidationRule): ValidationRule {
  const kinds = (Object.keys(rule) as (keyof ValidationRule)[]).filter((k) => rule[k as keyof Excel.DataValidationRule] !== undefined);
  if (kinds.length !== 1 || !(kinds[0] in RULE_TYPES)) fail("InvalidArgument", "A data validation rule needs exactly one of wholeNumber, decimal, date, textLength, list, custom.", "DataValidation.rule");
  const kind = kinds[0];
  if (kind === "list") {
    const list = rule.list as Excel.ListDataValidation;
    if (typeof list.source !== "string" || list.source === "") fail("InvalidArgument", "A list rule needs a source.", "DataValidation.rule");
    return { list: { inCellDropDown: list.inCellDropDown ?? true, source: list.source } };
  }
  if (kind === "custom") {
    const custom = rule.custom as Excel.CustomDataValidation;
    if (typeof custom.formula !== "string" || custom.formula === "") fail("InvalidArgument", "A custom rule needs a formula.", "DataValidation.rule");
    return { custom: { formula: custom.formula } };
  }
  const basic = rule[kind] as { operator: string; formula1: string | number | Date; formula2?: string | number | Date };
  if (!OPERATORS.includes(basic.operator)) fail("InvalidArgument", `'${basic.operator}' is not a data validation operator.`, "DataValidation.rule");
  if (basic.formula1 === undefined || basic.formula1 === "") fail("InvalidArgument", "The rule needs formula1.", "DataValidation.rule");
  const between = basic.operator === "Between" || basic.operator === "NotBetween";
  if (between && (basic.formula2 === undefined || basic.formula2 === "")) fail("InvalidArgument", `The operator ${basic.operator} needs formula2.`, "DataValidation.rule");
  const plain = (v: string | number | Date) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);
  return { [kind]: { operator: basic.operator, formula1: plain(basic.formula1), ...(between ? { formula2: plain(basic.formula2 as string | number | Date) } : {}) } };
}

/**
 * Longest title and message a validation's texts may have, as the file format stores them
 * ([MS-XLS] 2.5.37 DValStrings: titles at most 32 characters, the error message at most 225, the
 * input prompt at most 255). The API reference does not say what a longer text does; the headless
 * Excel refuses it (docs/headless-excel.md), the stricter behaviour.
 */
const TEXT_LIMITS = { prompt: { title: 32, message: 255 }, errorAlert: { title: 32, message: 225 } } as const;

function checkLengths(title: string | undefined, message: string | undefined, limits: { title: number; message: number }, location: string): void {
  if (title !== undefined && title.length > limits.title) fail("InvalidArgument", `The title has ${title.length} characters; at most ${limits.title} are allowed.`, location);
  if (message !== undefined && message.length > limits.message) fail("InvalidArgument", `The message has ${message.length} characters; at most ${limits.message} are allowed.`, location);
}

export class DataValidation extends ClientObject implements Pick<Excel.DataValidation, "ignoreBlanks" | "clear"> {
  protected readonly typeName = "DataValidation";
  protected readonly scalarNames = ["type", "rule", "prompt", "errorAlert", "ignoreBlanks"] as const;

  constructor(
    context: HeadlessRequestContext,
    private readonly range: Range,
  ) {
    super(context);
  }

  /** The one validation covering the whole range; undefined when there is none; null when mixed. */
  private covering(): ValidationModel | undefined | null {
    const { sheet, rect } = this.range.target();
    const touching = sheet.validations.filter((v) => intersect(v.rect, rect));
    if (touching.length === 0) return undefined;
    const whole = touching.length === 1 && subtractRect(rect, touching[0].rect).length === 0;
    return whole ? touching[0] : null;
  }

  protected readScalar(name: string): { value: unknown } | undefined {
    const validation = this.covering();
    switch (name) {
      case "type": {
        if (validation === undefined) return { value: "None" };
        if (validation === null) return { value: "Inconsistent" };
        const kind = Object.keys(validation.rule)[0] as keyof ValidationRule | undefined;
        return { value: kind ? RULE_TYPES[kind] : "None" };
      }
      case "rule":
        return { value: validation ? structuredClone(validation.rule) : {} };
      case "prompt":
        return { value: validation ? { ...validation.prompt } : null };
      case "errorAlert":
        return { value: validation ? { ...validation.errorAlert } : null };
      case "ignoreBlanks":
        return { value: validation ? validation.ignoreBlanks : null };
      default:
        return undefined;
    }
  }

  get type(): Excel.DataValidationType | "None" | "WholeNumber" | "Decimal" | "List" | "Date" | "Time" | "TextLength" | "Custom" | "Inconsistent" | "MixedCriteria" {
    return this.loaded("type");
  }

  /** Validations over the range, split off from what they covered elsewhere; created when absent. */
  private update(name: string, value: unknown, change: (v: ValidationModel) => void): void {
    this.setProperty(name, value, () => {
      const target = this.range.target();
      assertFormatEditable(target, `DataValidation.${name}`);
      const { sheet, rect } = target;
      const current = this.covering();
      if (current) {
        change(current);
        return;
      }
      const base = sheet.validations.find((v) => intersect(v.rect, rect));
      const created: ValidationModel = base ? { ...structuredClone(base), rect } : defaultValidation(rect);
      sheet.validations = sheet.validations.flatMap((v) => subtractRect(v.rect, rect).map((part) => ({ ...v, rect: part })));
      change(created);
      sheet.validations.push(created);
    });
  }

  get rule(): Excel.DataValidationRule {
    return this.loaded("rule");
  }
  /** Setting a rule replaces the one the cells had. */
  set rule(rule: Excel.DataValidationRule) {
    this.update("rule", rule, (v) => {
      v.rule = checkRule(rule);
    });
  }

  get prompt(): Excel.DataValidationPrompt {
    return this.loaded("prompt");
  }
  set prompt(prompt: Excel.DataValidationPrompt) {
    this.update("prompt", prompt, (v) => {
      checkLengths(prompt.title, prompt.message, TEXT_LIMITS.prompt, "DataValidation.prompt");
      v.prompt = { showPrompt: prompt.showPrompt ?? v.prompt.showPrompt, title: prompt.title ?? v.prompt.title, message: prompt.message ?? v.prompt.message };
    });
  }

  get errorAlert(): Excel.DataValidationErrorAlert {
    return this.loaded("errorAlert");
  }
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    this.update("errorAlert", alert, (v) => {
      checkLengths(alert.title, alert.message, TEXT_LIMITS.errorAlert, "DataValidation.errorAlert");
      const style = alert.style ?? v.errorAlert.style;
      if (!ALERT_STYLES.includes(style)) fail("InvalidArgument", `'${style}' is not Stop, Warning or Information.`, "DataValidation.errorAlert");
      v.errorAlert = { showAlert: alert.showAlert ?? v.errorAlert.showAlert, style, title: alert.title ?? v.errorAlert.title, message: alert.message ?? v.errorAlert.message };
    });
  }

  get ignoreBlanks(): boolean {
    return this.loaded("ignoreBlanks");
  }
  set ignoreBlanks(ignore: boolean) {
    this.update("ignoreBlanks", ignore, (v) => {
      v.ignoreBlanks = ignore;
    });
  }

  clear(): void {
    this.call("clear", undefined, () => {
      const target = this.range.target();
      assertFormatEditable(target, "DataValidation.clear");
      const { sheet, rect } = target;
      sheet.validations = sheet.validations.flatMap((v) => subtractRect(v.rect, rect).map((part) => ({ ...v, rect: part })));
    });
  }
}
