/**
 * .xlsx <-> headless workbook, through ExcelJS 4.4 (loaded with import() so the core stays free
 * of it). Kept: values, dates (as serials), formulas with cached results, number formats, fills,
 * fonts, alignment, borders, locked cells, column widths, row heights, hidden rows and columns, frozen panes, gridlines,
 * tables, merged cells, data validation, conditional formats, sheet protection, hyperlinks,
 * defined names that refer to ranges, visibility and tab colours. Not kept (ExcelJS cannot):
 * charts, worksheet custom properties, defined names that are constants.
 */
import type * as ExcelJsTypes from "exceljs";
import { columnLetters, qualifiedAddress, rectAddress, tryParseRect } from "./address";
import { type HeadlessExcel, type HeadlessExcelOptions, headlessExcelFor } from "./index";
import {
  type BorderStyle,
  type CellStyle,
  type CellValue,
  type ConditionalFormatModel,
  type SheetModel,
  type TableModel,
  type ValidationModel,
  type ValidationRule,
  WorkbookModel,
  cellKey,
  keyColumn,
  keyRow,
} from "./model";
import { parseNameReference } from "./workbook";

type ExcelJs = typeof ExcelJsTypes;

async function excelJs(): Promise<ExcelJs> {
  // exceljs is CommonJS: import() gives its exports as `default` (Node, esbuild and webpack alike).
  const loaded = (await import("exceljs")) as unknown as { default?: ExcelJs } & ExcelJs;
  return loaded.default ?? loaded;
}

const UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86_400_000;

/** Column widths: Excel stores characters of the default font; the API speaks points (7 px per character + 5 px padding, 0.75 pt per px). */
function pointsFromCharacters(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

function charactersFromPoints(points: number): number {
  return Math.max(0, Math.round(((points / 0.75 - 5) / 7) * 100) / 100);
}

function argb(color: string): string {
  return `FF${color.slice(1).toUpperCase()}`;
}

function hexFromArgb(color: Partial<ExcelJsTypes.Color> | undefined): string | undefined {
  const value = color?.argb;
  if (typeof value !== "string" || value.length < 6) return undefined;
  return `#${value.slice(-6).toUpperCase()}`;
}

const H_ALIGN_TO_XLSX: Record<string, ExcelJsTypes.Alignment["horizontal"]> = {
  Left: "left",
  Center: "center",
  Right: "right",
  Fill: "fill",
  Justify: "justify",
  CenterAcrossSelection: "centerContinuous",
  Distributed: "distributed",
};
const V_ALIGN_TO_XLSX: Record<string, ExcelJsTypes.Alignment["vertical"]> = {
  Top: "top",
  Center: "middle",
  Bottom: "bottom",
  Justify: "justify",
  Distributed: "distributed",
};
const EDGES: Record<string, "top" | "bottom" | "left" | "right"> = { EdgeTop: "top", EdgeBottom: "bottom", EdgeLeft: "left", EdgeRight: "right" };

function invert<V extends string | undefined>(map: Record<string, V>): Record<string, string> {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [v as string, k]));
}

function borderToXlsx(border: BorderStyle): ExcelJsTypes.BorderStyle | undefined {
  const style = border.style ?? "None";
  if (style === "None") return undefined;
  const weight = border.weight ?? "Thin";
  if (style === "Continuous") return ({ Hairline: "hair", Thin: "thin", Medium: "medium", Thick: "thick" } as const)[weight as "Thin"] ?? "thin";
  if (style === "Dash") return weight === "Medium" ? "mediumDashed" : "dashed";
  if (style === "DashDot") return weight === "Medium" ? "mediumDashDot" : "dashDot";
  if (style === "DashDotDot") return weight === "Medium" ? "mediumDashDotDot" : "dashDotDot";
  return ({ Dot: "dotted", Double: "double", SlantDashDot: "slantDashDot" } as Record<string, ExcelJsTypes.BorderStyle>)[style];
}

function borderFromXlsx(style: ExcelJsTypes.BorderStyle | undefined, color: Partial<ExcelJsTypes.Color> | undefined): BorderStyle | undefined {
  if (!style) return undefined;
  const table: Record<string, [string, string]> = {
    hair: ["Continuous", "Hairline"],
    thin: ["Continuous", "Thin"],
    medium: ["Continuous", "Medium"],
    thick: ["Continuous", "Thick"],
    dashed: ["Dash", "Thin"],
    mediumDashed: ["Dash", "Medium"],
    dashDot: ["DashDot", "Thin"],
    mediumDashDot: ["DashDot", "Medium"],
    dashDotDot: ["DashDotDot", "Thin"],
    mediumDashDotDot: ["DashDotDot", "Medium"],
    dotted: ["Dot", "Thin"],
    double: ["Double", "Thick"],
    slantDashDot: ["SlantDashDot", "Medium"],
  };
  const [lineStyle, weight] = table[style] ?? ["Continuous", "Thin"];
  const hex = hexFromArgb(color);
  return { style: lineStyle, weight, ...(hex ? { color: hex } : {}) };
}

function styleToXlsx(style: CellStyle): Partial<ExcelJsTypes.Style> {
  const out: Partial<ExcelJsTypes.Style> = {};
  if (style.numberFormat) out.numFmt = style.numberFormat;
  const font: Partial<ExcelJsTypes.Font> = {};
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.strikethrough) font.strike = true;
  if (style.underline && style.underline !== "None") font.underline = style.underline === "Double" ? "double" : "single";
  if (style.fontColor) font.color = { argb: argb(style.fontColor) };
  if (style.fontSize) font.size = style.fontSize;
  if (style.fontName) font.name = style.fontName;
  if (Object.keys(font).length > 0) out.font = font;
  if (style.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  const alignment: Partial<ExcelJsTypes.Alignment> = {};
  if (style.horizontalAlignment && H_ALIGN_TO_XLSX[style.horizontalAlignment]) alignment.horizontal = H_ALIGN_TO_XLSX[style.horizontalAlignment];
  if (style.verticalAlignment && V_ALIGN_TO_XLSX[style.verticalAlignment]) alignment.vertical = V_ALIGN_TO_XLSX[style.verticalAlignment];
  if (style.wrapText) alignment.wrapText = true;
  if (style.indentLevel) alignment.indent = style.indentLevel;
  if (style.readingOrder === "RightToLeft") alignment.readingOrder = "rtl";
  if (style.readingOrder === "LeftToRight") alignment.readingOrder = "ltr";
  if (Object.keys(alignment).length > 0) out.alignment = alignment;
  if (style.borders) {
    const border: Partial<ExcelJsTypes.Borders> = {};
    for (const [edge, value] of Object.entries(style.borders)) {
      const side = EDGES[edge];
      const lineStyle = borderToXlsx(value);
      if (side && lineStyle) border[side] = { style: lineStyle, ...(value.color ? { color: { argb: argb(value.color) } } : {}) };
    }
    if (Object.keys(border).length > 0) out.border = border;
  }
  if (style.locked === false || style.formulaHidden) out.protection = { locked: style.locked !== false, hidden: style.formulaHidden === true };
  return out;
}

function styleFromXlsx(cell: ExcelJsTypes.Cell): CellStyle {
  const style: CellStyle = {};
  if (cell.numFmt && cell.numFmt !== "General") style.numberFormat = cell.numFmt;
  const font = cell.font;
  if (font) {
    if (font.bold) style.bold = true;
    if (font.italic) style.italic = true;
    if (font.strike) style.strikethrough = true;
    if (font.underline) style.underline = font.underline === "double" ? "Double" : "Single";
    const color = hexFromArgb(font.color);
    if (color) style.fontColor = color;
    if (font.size) style.fontSize = font.size;
    if (font.name) style.fontName = font.name;
  }
  const fill = cell.fill;
  if (fill && fill.type === "pattern" && fill.pattern === "solid") {
    const color = hexFromArgb(fill.fgColor);
    if (color) style.fill = color;
  }
  const alignment = cell.alignment;
  if (alignment) {
    if (alignment.horizontal) style.horizontalAlignment = invert(H_ALIGN_TO_XLSX)[alignment.horizontal];
    if (alignment.vertical) style.verticalAlignment = invert(V_ALIGN_TO_XLSX)[alignment.vertical];
    if (alignment.wrapText) style.wrapText = true;
    if (alignment.indent) style.indentLevel = alignment.indent;
    if (alignment.readingOrder === "rtl") style.readingOrder = "RightToLeft";
    if (alignment.readingOrder === "ltr") style.readingOrder = "LeftToRight";
  }
  const border = cell.border;
  if (border) {
    const borders: Record<string, BorderStyle> = {};
    for (const [edge, side] of Object.entries(EDGES)) {
      const converted = borderFromXlsx(border[side]?.style, border[side]?.color);
      if (converted) borders[edge] = converted;
    }
    if (Object.keys(borders).length > 0) style.borders = borders;
  }
  if (cell.protection?.locked === false) style.locked = false;
  if (cell.protection?.hidden) style.formulaHidden = true;
  return style;
}

function serialFromDate(date: Date): number {
  return date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** An ExcelJS cell value as a headless value (+ formula and hyperlink). */
function readCellValue(value: ExcelJsTypes.CellValue): { value?: CellValue; formula?: string; link?: { target: string; text?: string; tip?: string } } {
  if (value === null || value === undefined) return {};
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return { value };
  if (value instanceof Date) return { value: serialFromDate(value) };
  if ("richText" in value) return { value: value.richText.map((run) => run.text).join("") };
  if ("hyperlink" in value) {
    const text = typeof value.text === "string" ? value.text : "richText" in Object(value.text) ? (value.text as unknown as ExcelJsTypes.CellRichTextValue).richText.map((r) => r.text).join("") : String(value.text ?? "");
    return { value: text, link: { target: value.hyperlink, text, tip: (value as { tooltip?: string }).tooltip } };
  }
  if ("error" in value) return { value: value.error };
  if ("formula" in value || "sharedFormula" in value) {
    const formula = "formula" in value ? value.formula : undefined;
    const result = (value as { result?: unknown }).result;
    const cached = result instanceof Date ? serialFromDate(result) : typeof result === "object" && result !== null && "error" in result ? String((result as { error: string }).error) : (result as CellValue | undefined);
    return { value: cached ?? 0, formula: formula ? `=${formula}` : undefined };
  }
  return {};
}

const CF_OPERATORS_FROM_XLSX: Record<string, string> = {
  equal: "EqualTo",
  notEqual: "NotEqualTo",
  greaterThan: "GreaterThan",
  lessThan: "LessThan",
  greaterThanOrEqual: "GreaterThanOrEqual",
  lessThanOrEqual: "LessThanOrEqual",
  between: "Between",
  notBetween: "NotBetween",
};
const DV_OPERATORS_FROM_XLSX: Record<string, string> = { ...CF_OPERATORS_FROM_XLSX, greaterThanOrEqual: "GreaterThanOrEqualTo", lessThanOrEqual: "LessThanOrEqualTo" };
const DV_TYPES: Record<string, keyof ValidationRule> = { whole: "wholeNumber", decimal: "decimal", date: "date", textLength: "textLength", list: "list", custom: "custom" };
const SCALE_POINTS: Record<string, string> = { LowestValue: "min", HighestValue: "max", Number: "num", Percent: "percent", Formula: "formula", Percentile: "percentile" };
const PROTECTION_OPTIONS: Record<string, keyof ExcelJsTypes.WorksheetProtection> = {
  allowFormatCells: "formatCells",
  allowFormatColumns: "formatColumns",
  allowFormatRows: "formatRows",
  allowInsertColumns: "insertColumns",
  allowInsertRows: "insertRows",
  allowInsertHyperlinks: "insertHyperlinks",
  allowDeleteColumns: "deleteColumns",
  allowDeleteRows: "deleteRows",
  allowSort: "sort",
  allowAutoFilter: "autoFilter",
  allowPivotTables: "pivotTables",
};

function stripEquals(formula: unknown): string {
  const text = String(formula ?? "");
  return text.startsWith("=") ? text.slice(1) : text;
}

function withEquals(formula: unknown): string {
  const text = String(formula ?? "");
  return text.startsWith("=") ? text : `=${text}`;
}

function loadConditionalFormats(sheet: SheetModel, formattings: ExcelJsTypes.ConditionalFormattingOptions[]): void {
  for (const formatting of formattings ?? []) {
    for (const area of formatting.ref.split(/\s+/)) {
      const rect = tryParseRect(area);
      if (!rect) continue;
      for (const rule of formatting.rules) {
        const style = rule.style;
        const format: ConditionalFormatModel["format"] = {};
        const fill = style?.fill as ExcelJsTypes.FillPattern | undefined;
        const fillColor = hexFromArgb(fill?.bgColor) ?? hexFromArgb(fill?.fgColor);
        if (fillColor) format.fill = fillColor;
        const fontColor = hexFromArgb(style?.font?.color);
        if (fontColor) format.fontColor = fontColor;
        if (style?.font?.bold) format.bold = true;
        if (style?.font?.italic) format.italic = true;
        let type: string;
        let model: Record<string, unknown>;
        if (rule.type === "cellIs") {
          type = "CellValue";
          const [formula1, formula2] = rule.formulae ?? [];
          model = { formula1: withEquals(formula1), ...(formula2 !== undefined ? { formula2: withEquals(formula2) } : {}), operator: CF_OPERATORS_FROM_XLSX[rule.operator ?? "equal"] ?? "EqualTo" };
        } else if (rule.type === "containsText") {
          type = "ContainsText";
          // ExcelJS writes the text only inside its formula NOT(ISERROR(SEARCH("text",A1))) and reads no text back.
          const searched = /SEARCH\("((?:[^"]|"")*)"/.exec(String((rule as { formulae?: unknown[] }).formulae?.[0] ?? ""));
          model = { operator: "Contains", text: rule.text ?? searched?.[1].replace(/""/g, '"') ?? "" };
        } else if (rule.type === "expression") {
          type = "Custom";
          model = { formula: withEquals(rule.formulae?.[0]) };
        } else if (rule.type === "colorScale") {
          type = "ColorScale";
          const names = Object.fromEntries(Object.entries(SCALE_POINTS).map(([k, v]) => [v, k]));
          const points = (rule.cfvo ?? []).map((cfvo, i) => ({
            type: names[cfvo.type] ?? "Number",
            ...(cfvo.value !== undefined ? { formula: String(cfvo.value) } : {}),
            color: hexFromArgb(rule.color?.[i]) ?? "#FFFFFF",
          }));
          model = { criteria: points.length === 3 ? { minimum: points[0], midpoint: points[1], maximum: points[2] } : { minimum: points[0], maximum: points[1] } };
        } else if (rule.type === "dataBar") {
          type = "DataBar";
          const color = hexFromArgb((rule as unknown as { color?: Partial<ExcelJsTypes.Color> }).color);
          model = { barDirection: "Context", showDataBarOnly: rule.showValue === false, ...(color ? { positiveFormat: { fillColor: color, gradientFill: rule.gradient !== false } } : {}) };
        } else continue;
        sheet.conditionalFormats.push({ id: sheet.workbook.newId("cf"), type, rect, priority: rule.priority ?? sheet.conditionalFormats.length, stopIfTrue: false, rule: model, format });
      }
    }
  }
  sheet.conditionalFormats.sort((a, b) => a.priority - b.priority).forEach((cf, i) => {
    cf.priority = i;
  });
}

function conditionalFormatToXlsx(cf: ConditionalFormatModel, priority: number): ExcelJsTypes.ConditionalFormattingRule | undefined {
  const style: Partial<ExcelJsTypes.Style> = {};
  if (cf.format.fill) style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.format.fill) } };
  const font: Partial<ExcelJsTypes.Font> = {};
  if (cf.format.fontColor) font.color = { argb: argb(cf.format.fontColor) };
  if (cf.format.bold) font.bold = true;
  if (cf.format.italic) font.italic = true;
  if (Object.keys(font).length > 0) style.font = font;
  const rule = cf.rule;
  switch (cf.type) {
    case "CellValue": {
      const operator = invert(CF_OPERATORS_FROM_XLSX)[String(rule.operator)] as ExcelJsTypes.CellIsOperators;
      const formulae = [stripEquals(rule.formula1), ...(rule.formula2 !== undefined ? [stripEquals(rule.formula2)] : [])];
      return { type: "cellIs", priority, operator, formulae, style };
    }
    case "ContainsText":
      return { type: "containsText", priority, operator: "containsText", text: String(rule.text ?? ""), style };
    case "Custom":
      return { type: "expression", priority, formulae: [stripEquals(rule.formula)], style };
    case "ColorScale": {
      const criteria = rule.criteria as Excel.ConditionalColorScaleCriteria | undefined;
      if (!criteria) return undefined;
      const points = [criteria.minimum, ...(criteria.midpoint ? [criteria.midpoint] : []), criteria.maximum];
      return {
        type: "colorScale",
        priority,
        cfvo: points.map((p) => ({ type: (SCALE_POINTS[p.type] ?? "num") as ExcelJsTypes.CfvoTypes, ...(p.formula !== undefined && p.formula !== null ? { value: Number(p.formula) } : {}) })),
        color: points.map((p) => ({ argb: argb(p.color ?? "#FFFFFF") })),
      };
    }
    case "DataBar": {
      const positive = rule.positiveFormat as { fillColor?: string; gradientFill?: boolean } | undefined;
      return {
        type: "dataBar",
        priority,
        cfvo: [{ type: "min" }, { type: "max" }],
        gradient: positive?.gradientFill !== false,
        showValue: rule.showDataBarOnly !== true,
        ...({ color: { argb: argb(positive?.fillColor ?? "#638EC6") } } as object),
      } as ExcelJsTypes.DataBarRuleType;
    }
    default:
      return undefined;
  }
}

function loadValidations(sheet: SheetModel, byAddress: Record<string, ExcelJsTypes.DataValidation | undefined>): void {
  // ExcelJS expands each validation to its cells, sharing one object: group the cells back.
  const groups = new Map<ExcelJsTypes.DataValidation, { row: number; column: number }[]>();
  for (const [address, validation] of Object.entries(byAddress)) {
    const rect = validation && tryParseRect(address);
    if (!validation || !rect) continue;
    const cells = groups.get(validation) ?? [];
    for (let r = rect.row; r < rect.row + rect.rowCount; r++) for (let c = rect.column; c < rect.column + rect.columnCount; c++) cells.push({ row: r, column: c });
    groups.set(validation, cells);
  }
  for (const [validation, cells] of groups) {
    const kind = DV_TYPES[validation.type];
    if (!kind) continue;
    const formulae = validation.formulae ?? [];
    let rule: ValidationRule;
    if (kind === "list") rule = { list: { inCellDropDown: true, source: String(formulae[0] ?? "").replace(/^"(.*)"$/, "$1") } };
    else if (kind === "custom") rule = { custom: { formula: withEquals(formulae[0]) } };
    else {
      const operator = DV_OPERATORS_FROM_XLSX[validation.operator ?? "between"] ?? "Between";
      const value = (v: unknown) => (v instanceof Date ? serialFromDate(v) : (v as string | number));
      rule = { [kind]: { operator, formula1: value(formulae[0]), ...(formulae.length > 1 ? { formula2: value(formulae[1]) } : {}) } };
    }
    const base = {
      rule,
      ignoreBlanks: validation.allowBlank !== false,
      prompt: { showPrompt: validation.showInputMessage === true, title: validation.promptTitle ?? "", message: validation.prompt ?? "" },
      errorAlert: {
        showAlert: validation.showErrorMessage !== false,
        style: validation.errorStyle === "warning" ? "Warning" : validation.errorStyle === "information" ? "Information" : "Stop",
        title: validation.errorTitle ?? "",
        message: validation.error ?? "",
      },
    };
    for (const rect of rectsOfCells(cells)) sheet.validations.push({ rect, ...base });
  }
}

/** Cells as column runs merged side by side into rectangles. */
function rectsOfCells(cells: { row: number; column: number }[]): { row: number; column: number; rowCount: number; columnCount: number }[] {
  const sorted = [...cells].sort((a, b) => a.column - b.column || a.row - b.row);
  const runs: { row: number; column: number; rowCount: number; columnCount: number }[] = [];
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.column === cell.column && last.row + last.rowCount === cell.row) last.rowCount++;
    else runs.push({ row: cell.row, column: cell.column, rowCount: 1, columnCount: 1 });
  }
  const merged: typeof runs = [];
  for (const run of runs) {
    const left = merged.find((m) => m.row === run.row && m.rowCount === run.rowCount && m.column + m.columnCount === run.column);
    if (left) left.columnCount++;
    else merged.push(run);
  }
  return merged;
}

function validationToXlsx(validation: ValidationModel): ExcelJsTypes.DataValidation {
  const rule = validation.rule;
  const common = {
    allowBlank: validation.ignoreBlanks,
    showInputMessage: validation.prompt.showPrompt,
    promptTitle: validation.prompt.title || undefined,
    prompt: validation.prompt.message || undefined,
    showErrorMessage: validation.errorAlert.showAlert,
    errorStyle: validation.errorAlert.style.toLowerCase(),
    errorTitle: validation.errorAlert.title || undefined,
    error: validation.errorAlert.message || undefined,
  };
  if (rule.list) {
    const source = rule.list.source.startsWith("=") ? rule.list.source.slice(1) : `"${rule.list.source}"`;
    return { type: "list", formulae: [source], ...common };
  }
  if (rule.custom) return { type: "custom", formulae: [stripEquals(rule.custom.formula)], ...common };
  const kind = (Object.keys(rule) as (keyof ValidationRule)[])[0];
  const basic = rule[kind] as { operator: string; formula1: string | number; formula2?: string | number };
  const type = invert(DV_TYPES)[kind] as ExcelJsTypes.DataValidation["type"];
  const operator = invert(DV_OPERATORS_FROM_XLSX)[basic.operator] as ExcelJsTypes.DataValidationOperator;
  const formula = (v: string | number) => (typeof v === "string" ? stripEquals(v) : v);
  return { type, operator, formulae: [formula(basic.formula1), ...(basic.formula2 !== undefined ? [formula(basic.formula2)] : [])], ...common };
}

/** Reads an .xlsx file into a headless workbook. */
export async function loadXlsx(data: Uint8Array | ArrayBuffer, options?: HeadlessExcelOptions): Promise<HeadlessExcel> {
  const { Workbook } = await excelJs();
  const book = new Workbook();
  await book.xlsx.load(data as unknown as Parameters<typeof book.xlsx.load>[0]);
  const model = new WorkbookModel();
  const tablesToAdd: { sheet: SheetModel; table: ExcelJsTypes.TableProperties & { tableRef?: string } }[] = [];
  for (const ws of book.worksheets) {
    const sheet = model.addSheet(ws.name);
    sheet.visibility = ws.state === "veryHidden" ? "VeryHidden" : ws.state === "hidden" ? "Hidden" : "Visible";
    sheet.tabColor = hexFromArgb(ws.properties?.tabColor) ?? "";
    const view = ws.views?.[0];
    sheet.showGridlines = view?.showGridLines !== false;
    if (view?.state === "frozen") sheet.freeze = { rows: (view as ExcelJsTypes.WorksheetViewFrozen).ySplit ?? 0, columns: (view as ExcelJsTypes.WorksheetViewFrozen).xSplit ?? 0 };
    for (const col of (ws.model as unknown as { cols?: { min: number; max: number; width?: number; hidden?: boolean }[] }).cols ?? []) {
      for (let c = col.min; c <= col.max; c++) {
        if (col.width !== undefined) sheet.columnWidths.set(c - 1, pointsFromCharacters(col.width));
        if (col.hidden) sheet.hiddenColumns.add(c - 1);
      }
    }
    ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const r = rowNumber - 1;
      if (row.height) sheet.rowHeights.set(r, row.height);
      if (row.hidden) sheet.hiddenRows.add(r);
      row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
        const c = columnNumber - 1;
        const read = readCellValue(cell.value);
        if (read.value !== undefined && read.value !== "") sheet.setValue(r, c, read.value);
        if (read.formula) sheet.formulas.set(cellKey(r, c), read.formula);
        if (read.link) {
          const internal = read.link.target.startsWith("#");
          sheet.hyperlinks.set(cellKey(r, c), {
            ...(internal ? { documentReference: read.link.target.slice(1) } : { address: read.link.target }),
            ...(read.link.text ? { textToDisplay: read.link.text } : {}),
            ...(read.link.tip ? { screenTip: read.link.tip } : {}),
          });
        }
        const style = model.styles.intern(styleFromXlsx(cell));
        if (style !== 0) sheet.setStyleId(r, c, style);
      });
    });
    for (const merge of (ws.model as unknown as { merges?: string[] }).merges ?? []) {
      const rect = tryParseRect(merge);
      if (rect) sheet.merges.push(rect);
    }
    loadValidations(sheet, ((ws as unknown as { dataValidations: unknown }).dataValidations as unknown as { model: Record<string, ExcelJsTypes.DataValidation | undefined> }).model);
    loadConditionalFormats(sheet, (ws as unknown as { conditionalFormattings: ExcelJsTypes.ConditionalFormattingOptions[] }).conditionalFormattings);
    const protection = (ws as unknown as { sheetProtection?: Record<string, unknown> | null }).sheetProtection;
    if (protection?.sheet) {
      const chosen: Record<string, boolean> = {};
      for (const [option, name] of Object.entries(PROTECTION_OPTIONS)) if (protection[name] === true) chosen[option] = true;
      sheet.protection = { protected: true, options: chosen, ...(protection.hashValue ? { passwordHash: { ...protection } } : {}) };
    }
    for (const table of ws.getTables() as unknown as { table: ExcelJsTypes.TableProperties & { tableRef?: string } }[]) tablesToAdd.push({ sheet, table: table.table });
  }
  for (const { sheet, table } of tablesToAdd) {
    const rect = tryParseRect(table.tableRef ?? table.ref);
    if (!rect) continue;
    const style = table.style ?? {};
    const showHeaders = table.headerRow !== false;
    const model_: TableModel = {
      id: String(model.tables.length + 1),
      name: table.name,
      sheet,
      rect,
      showHeaders,
      showTotals: table.totalsRow === true,
      style: style.theme ?? "",
      showBandedRows: style.showRowStripes === true,
      showBandedColumns: style.showColumnStripes === true,
      showFilterButton: table.columns.some((c) => c.filterButton !== false),
      highlightFirstColumn: style.showFirstColumn === true,
      highlightLastColumn: style.showLastColumn === true,
      columnIds: table.columns.map((_, i) => i + 1),
      columnNames: showHeaders ? [] : table.columns.map((c) => c.name),
      nextColumnId: table.columns.length + 1,
    };
    model.tables.push(model_);
  }
  for (const defined of book.definedNames.model) {
    if (defined.name.startsWith("_xlnm") || defined.ranges.length === 0) continue;
    const target = parseNameReference(model, defined.ranges[0]);
    model.names.push({ name: defined.name, target, comment: "", visible: true });
  }
  const activeTab = book.views?.[0]?.activeTab;
  if (activeTab !== undefined && model.sheets[activeTab]) model.activeSheet = model.sheets[activeTab];
  if (model.sheets.length === 0) model.addSheet("Sheet1");
  return headlessExcelFor(model, options);
}

/** Writes the workbook as .xlsx bytes. */
export async function saveXlsx(excel: HeadlessExcel): Promise<Uint8Array> {
  const { Workbook } = await excelJs();
  const book = new Workbook();
  const model = excel.model;
  for (const sheet of model.sheets) {
    const frozen = sheet.freeze.rows > 0 || sheet.freeze.columns > 0;
    const ws = book.addWorksheet(sheet.name, {
      state: sheet.visibility === "VeryHidden" ? "veryHidden" : sheet.visibility === "Hidden" ? "hidden" : "visible",
      properties: sheet.tabColor ? { tabColor: { argb: argb(sheet.tabColor) } } : {},
      views: [frozen ? { state: "frozen", xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows, showGridLines: sheet.showGridlines } : { showGridLines: sheet.showGridlines }],
    });
    for (const [column, width] of sheet.columnWidths) ws.getColumn(column + 1).width = charactersFromPoints(width);
    for (const [row, height] of sheet.rowHeights) ws.getRow(row + 1).height = height;
    for (const column of sheet.hiddenColumns) ws.getColumn(column + 1).hidden = true;
    for (const row of sheet.hiddenRows) ws.getRow(row + 1).hidden = true;
    // Tables first: ExcelJS writes their cells; the cell loop below then writes the real contents.
    for (const table of model.tables.filter((t) => t.sheet === sheet)) {
      const names = table.showHeaders
        ? Array.from({ length: table.rect.columnCount }, (_, i) => String(sheet.value(table.rect.row, table.rect.column + i) ?? `Column${i + 1}`))
        : table.columnNames;
      const top = table.rect.row + (table.showHeaders ? 1 : 0);
      const dataRows = table.rect.rowCount - (table.showHeaders ? 1 : 0) - (table.showTotals ? 1 : 0);
      ws.addTable({
        name: table.name,
        ref: `${columnLetters(table.rect.column)}${table.rect.row + 1}`,
        headerRow: table.showHeaders,
        totalsRow: table.showTotals,
        style: {
          // null (not undefined) keeps "no style": ExcelJS would put its default theme in place of undefined.
          theme: (table.style || null) as ExcelJsTypes.TableStyleProperties["theme"],
          showRowStripes: table.showBandedRows,
          showColumnStripes: table.showBandedColumns,
          showFirstColumn: table.highlightFirstColumn,
          showLastColumn: table.highlightLastColumn,
        },
        columns: names.map((name) => ({ name, filterButton: table.showFilterButton })),
        rows: Array.from({ length: dataRows }, (_, r) => names.map((_, c) => sheet.value(top + r, table.rect.column + c) ?? null)),
      });
    }
    writeCells(sheet, ws);
    for (const merge of sheet.merges) ws.mergeCells(rectAddress(merge));
    for (const validation of sheet.validations) {
      ((ws as unknown as { dataValidations: unknown }).dataValidations as { add(address: string, v: ExcelJsTypes.DataValidation): void }).add(rectAddress(validation.rect), validationToXlsx(validation));
    }
    [...sheet.conditionalFormats]
      .sort((a, b) => a.priority - b.priority)
      .forEach((cf, index) => {
        const rule = conditionalFormatToXlsx(cf, index + 1);
        if (rule) ws.addConditionalFormatting({ ref: rectAddress(cf.rect), rules: [rule] });
      });
    const protection = sheet.protection;
    if (protection.protected) {
      const options: Partial<ExcelJsTypes.WorksheetProtection> = {};
      for (const [option, name] of Object.entries(PROTECTION_OPTIONS)) (options as Record<string, boolean>)[name] = protection.options[option] === true;
      if (protection.passwordHash) (ws as unknown as { sheetProtection: unknown }).sheetProtection = { ...protection.passwordHash, ...options, sheet: true };
      else await ws.protect(protection.password ?? "", options);
    }
  }
  for (const item of model.names) {
    if ("formula" in item.target || item.target.sheet.deleted) continue;
    book.definedNames.add(qualifiedAddress(item.target.sheet.name, item.target.rect, true), item.name);
  }
  const active = model.activeSheet ? model.sheets.indexOf(model.activeSheet) : 0;
  book.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: Math.max(0, active), visibility: "visible" }];
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function writeCells(sheet: SheetModel, ws: ExcelJsTypes.Worksheet): void {
  const styles = sheet.workbook.styles;
  const xlsxStyles = new Map<number, Partial<ExcelJsTypes.Style>>();
  const xlsxStyle = (id: number) => {
    let style = xlsxStyles.get(id);
    if (!style) {
      style = styleToXlsx(styles.get(id));
      xlsxStyles.set(id, style);
    }
    return style;
  };
  for (const [column, id] of sheet.columnStyles) ws.getColumn(column + 1).style = xlsxStyle(id);
  const write = (r: number, c: number) => {
    const key = cellKey(r, c);
    const value = sheet.value(r, c);
    const formula = sheet.formulas.get(key);
    const link = sheet.hyperlinks.get(key);
    const id = sheet.styleId(r, c);
    if (value === undefined && formula === undefined && link === undefined && id === 0) return;
    const cell = ws.getCell(r + 1, c + 1);
    if (formula !== undefined) cell.value = { formula: formula.slice(1), result: value } as ExcelJsTypes.CellFormulaValue;
    else if (link) {
      const target = link.address ?? `#${link.documentReference ?? ""}`;
      cell.value = { text: String(value ?? link.textToDisplay ?? target), hyperlink: target, ...(link.screenTip ? { tooltip: link.screenTip } : {}) } as ExcelJsTypes.CellHyperlinkValue;
    } else cell.value = value ?? null;
    if (id !== 0) cell.style = xlsxStyle(id);
  };
  // Row by row (ExcelJS keeps rows in order); cells with a value, a cell format, a formula or a link.
  const width = Math.max(sheet.columns.length, sheet.cellStyles.length);
  let height = 0;
  for (let c = 0; c < width; c++) height = Math.max(height, sheet.columns[c]?.length ?? 0, sheet.cellStyles[c]?.length ?? 0);
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) {
      if (sheet.columns[c]?.[r] !== undefined || sheet.cellStyles[c]?.[r]) write(r, c);
    }
  }
  for (const key of new Set([...sheet.formulas.keys(), ...sheet.hyperlinks.keys()])) {
    if (keyRow(key) >= height || keyColumn(key) >= width) write(keyRow(key), keyColumn(key));
  }
}

/** A workbook with one sheet holding the rows (e.g. a CSV becomes a "Sales" sheet). */
export function fromRows(rows: readonly (readonly (CellValue | null)[])[], sheetName = "Sales", options?: HeadlessExcelOptions): HeadlessExcel {
  const model = new WorkbookModel();
  const sheet = model.addSheet(sheetName);
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null && value !== "") sheet.setValue(r, c, value);
    }),
  );
  return headlessExcelFor(model, options);
}

