/**
 * Data validations and hyperlinks of a worksheet part, written and read here rather than by
 * ExcelJS 4.4, which writes a date rule's formula through `new Date(formula)` (so `DATE(1900,1,1)`
 * becomes `<formula1>NaN</formula1>`), gives every hyperlink a relationship (so a link to
 * `'Sheet'!A1` becomes an external link) and drops links that only have a `location`, which is
 * how Excel saves links inside the workbook.
 *
 * - `<dataValidation>` (ECMA-376 Part 1, §18.3.1.32): type, operator, allowBlank, the prompt and
 *   error texts, sqref and `<formula1>`/`<formula2>` as formulas without `=`; a list of values is
 *   a quoted string (`"A,B,C"`).
 * - `<hyperlink>` (§18.3.1.47): a place in this workbook is `location` with no relationship; a
 *   URL or file is `r:id` to an external relationship (ECMA-376 Part 2, §9.3).
 */
import { rectAddress, tryParseRect } from "./address";
import type { Hyperlink, SheetModel, ValidationModel, ValidationRule } from "./model";
import { cellKey, keyColumn, keyRow } from "./model";
import { REL, type Relationship, attributes, elements, escapeXml, innerText, nextRelId } from "./xlsx-parts";

const TYPES: Record<string, keyof ValidationRule> = { whole: "wholeNumber", decimal: "decimal", date: "date", textLength: "textLength", list: "list", custom: "custom" };
const OPERATORS: Record<string, string> = {
  between: "Between",
  notBetween: "NotBetween",
  equal: "EqualTo",
  notEqual: "NotEqualTo",
  greaterThan: "GreaterThan",
  lessThan: "LessThan",
  greaterThanOrEqual: "GreaterThanOrEqualTo",
  lessThanOrEqual: "LessThanOrEqualTo",
};

function keyOf<V>(map: Record<string, V>, value: V): string | undefined {
  return Object.keys(map).find((key) => map[key] === value);
}

function formulaText(value: string | number): string {
  const text = String(value);
  return text.startsWith("=") ? text.slice(1) : text;
}

function validationXml(validation: ValidationModel): string {
  const rule = validation.rule;
  const kind = (Object.keys(rule) as (keyof ValidationRule)[])[0];
  const attrs: [string, string | undefined][] = [["type", keyOf(TYPES, kind)]];
  let formulas: string[];
  if (rule.list) formulas = [rule.list.source.startsWith("=") ? rule.list.source.slice(1) : `"${rule.list.source}"`];
  else if (rule.custom) formulas = [formulaText(rule.custom.formula)];
  else {
    const basic = rule[kind] as { operator: string; formula1: string | number; formula2?: string | number };
    attrs.push(["operator", keyOf(OPERATORS, basic.operator)]);
    formulas = [formulaText(basic.formula1), ...(basic.formula2 !== undefined ? [formulaText(basic.formula2)] : [])];
  }
  const style = validation.errorAlert.style.toLowerCase();
  attrs.push(
    ["errorStyle", style === "stop" ? undefined : style],
    ["allowBlank", validation.ignoreBlanks ? "1" : undefined],
    ["showInputMessage", validation.prompt.showPrompt ? "1" : undefined],
    ["showErrorMessage", validation.errorAlert.showAlert ? "1" : undefined],
    ["errorTitle", validation.errorAlert.title || undefined],
    ["error", validation.errorAlert.message || undefined],
    ["promptTitle", validation.prompt.title || undefined],
    ["prompt", validation.prompt.message || undefined],
    ["sqref", rectAddress(validation.rect)],
  );
  const head = attrs.filter((a): a is [string, string] => a[1] !== undefined).map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join("");
  return `<dataValidation${head}>${formulas.map((f, i) => `<formula${i + 1}>${escapeXml(f)}</formula${i + 1}>`).join("")}</dataValidation>`;
}

export function validationsXml(sheet: SheetModel): string | undefined {
  if (sheet.validations.length === 0) return undefined;
  return `<dataValidations count="${sheet.validations.length}">${sheet.validations.map(validationXml).join("")}</dataValidations>`;
}

/** Reads `<dataValidations>` of a worksheet part (its text after sheetData) into the sheet. */
export function readValidations(sheet: SheetModel, tail: string): void {
  for (const element of elements(tail, "dataValidation")) {
    const a = attributes(element);
    const kind = TYPES[a.type ?? ""];
    if (!kind) continue;
    const formula1 = innerText(element, "formula1") ?? "";
    const formula2 = innerText(element, "formula2");
    let rule: ValidationRule;
    if (kind === "list") rule = { list: { inCellDropDown: a.showDropDown !== "1", source: /^".*"$/.test(formula1) ? formula1.slice(1, -1) : `=${formula1}` } };
    else if (kind === "custom") rule = { custom: { formula: `=${formula1}` } };
    else {
      const value = (f: string) => (/^-?\d+(\.\d+)?$/.test(f) ? Number(f) : `=${f}`);
      rule = { [kind]: { operator: OPERATORS[a.operator ?? "between"] ?? "Between", formula1: value(formula1), ...(formula2 !== undefined ? { formula2: value(formula2) } : {}) } };
    }
    const style = a.errorStyle ?? "stop";
    for (const area of (a.sqref ?? "").split(/\s+/)) {
      const rect = tryParseRect(area);
      if (!rect) continue;
      sheet.validations.push({
        rect,
        rule,
        ignoreBlanks: a.allowBlank === "1" || a.allowBlank === "true",
        prompt: { showPrompt: a.showInputMessage === "1" || a.showInputMessage === "true", title: a.promptTitle ?? "", message: a.prompt ?? "" },
        errorAlert: { showAlert: a.showErrorMessage === "1" || a.showErrorMessage === "true", style: style[0].toUpperCase() + style.slice(1), title: a.errorTitle ?? "", message: a.error ?? "" },
      });
    }
  }
}

/** `<hyperlinks>` of the sheet; external targets get relationships appended to `rels`. */
export function hyperlinksXml(sheet: SheetModel, rels: Relationship[]): string | undefined {
  if (sheet.hyperlinks.size === 0) return undefined;
  const items = [...sheet.hyperlinks.entries()]
    .sort(([a], [b]) => keyRow(a) - keyRow(b) || keyColumn(a) - keyColumn(b))
    .map(([key, link]) => {
      const ref = rectAddress({ row: keyRow(key), column: keyColumn(key), rowCount: 1, columnCount: 1 });
      const attrs: [string, string | undefined][] = [["ref", ref]];
      if (link.address) {
        const id = nextRelId(rels);
        rels.push({ id, type: REL.hyperlink, target: link.address, external: true });
        attrs.push(["r:id", id]);
        if (link.documentReference) attrs.push(["location", link.documentReference]);
      } else attrs.push(["location", link.documentReference ?? ""]);
      attrs.push(["tooltip", link.screenTip], ["display", link.textToDisplay]);
      return `<hyperlink${attrs.filter((a): a is [string, string] => a[1] !== undefined).map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join("")}/>`;
    });
  return `<hyperlinks>${items.join("")}</hyperlinks>`;
}

/** Reads `<hyperlinks>`: `location` is a place in the workbook, `r:id` an external target. */
export function readHyperlinks(sheet: SheetModel, tail: string, rels: readonly Relationship[]): void {
  for (const element of elements(tail, "hyperlink")) {
    const a = attributes(element);
    const rect = tryParseRect(a.ref ?? "");
    if (!rect) continue;
    const external = a["r:id"] ? rels.find((r) => r.id === a["r:id"])?.target : undefined;
    const link: Hyperlink = {
      ...(external !== undefined ? { address: external } : {}),
      ...(a.location !== undefined ? { documentReference: a.location } : {}),
      ...(a.display ? { textToDisplay: a.display } : {}),
      ...(a.tooltip ? { screenTip: a.tooltip } : {}),
    };
    if (link.address === undefined && link.documentReference === undefined) continue;
    for (let r = rect.row; r < rect.row + rect.rowCount; r++) for (let c = rect.column; c < rect.column + rect.columnCount; c++) sheet.hyperlinks.set(cellKey(r, c), link);
  }
}
