/**
 * .xlsx <-> headless workbook: ExcelJS 4.4 (loaded with import() so the core stays free of it)
 * reads and writes cells and styles; the parts it gets wrong or leaves out are read and written
 * here on the package (xlsx-parts.ts; the comparison and decision are in docs/xlsx-layer.md).
 * Kept: values, dates (as serials), formulas with cached results (shared formulas expanded),
 * number formats, fills, fonts, alignment, borders, locked cells, column widths, row heights,
 * hidden rows and columns, frozen panes, gridlines, tables, merged cells, data validation,
 * conditional formats, sheet protection, hyperlinks (in-workbook ones as locations), charts,
 * defined names (ranges and constants), print setup (orientation, fit, print area, titles, row
 * breaks), notes, pictures, AutoFilter ranges, visibility and tab colours. Not kept: worksheet
 * custom properties, note authors' formatting, charts of kinds other than line/column/bar.
 * Files from other tools are first renamed to what ExcelJS reads (xlsx-foreign.ts).
 */
import { fromFileFormula } from "./future-functions";
import type * as ExcelJsTypes from "exceljs";
import { MAX_COLUMNS, MAX_ROWS, type Rect, columnLetters, qualifiedAddress, rectAddress, splitSheet, tryParseRect } from "./address";
import { type HeadlessExcel, type HeadlessExcelOptions, headlessExcelFor } from "./index";
import {
  type BorderStyle,
  type CellStyle,
  type CellValue,
  type ConditionalFormatModel,
  type SheetModel,
  type CarriedImage,
  type TableModel,
  WorkbookModel,
  cellKey,
  keyColumn,
  keyRow,
} from "./model";
import { parseNameReference } from "./workbook";
import { readCharts, writeCharts } from "./xlsx-chart";
import { normaliseForExcelJs } from "./xlsx-foreign";
import {
  REL,
  type Relationship,
  type Zip,
  addContentTypes,
  attributes,
  elements,
  escapeXml,
  innerText,
  nextRelId,
  openZip,
  parseRels,
  partText,
  relsPartOf,
  relsXml,
  resolveTarget,
  spliceWorksheet,
  unescapeXml,
  worksheetChild,
  worksheetTail,
  zipBytes,
} from "./xlsx-parts";
import { SharedStrings, XlsxStyles, dimensionRef, sheetDataXml, tableXml } from "./xlsx-cells";
import { hyperlinksXml, readHyperlinks, readValidations, validationsXml } from "./xlsx-sheet";
import { concat, type ZipCodec, type ZipSink, ZipWriter } from "./xlsx-zip";

/** What is used of ExcelJS, and all `kam`'s bundle takes of it (src/cli/exceljs-workbook.cjs). */
type ExcelJs = Pick<typeof ExcelJsTypes, "Workbook">;

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
/**
 * One ExcelJS cell as Excel's API would give it: dates as serials, rich text as plain text, a
 * formula with its cached result (`cached: false` when the file holds none; the value is then 0,
 * what the headless Excel shows until it is recalculated). The one conversion of ExcelJS cells:
 * the command line reads sales through it too (src/cli/xlsx.ts).
 */
export function readCellValue(value: ExcelJsTypes.CellValue): { value?: CellValue; formula?: string; cached?: boolean; link?: { target: string; text?: string; tip?: string } } {
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
    return { value: cached ?? 0, formula: formula ? `=${fromFileFormula(formula)}` : undefined, cached: cached !== undefined };
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

/** The worksheet parts by sheet name, from xl/workbook.xml and its relationships. */
async function sheetParts(zip: Zip): Promise<Map<string, string>> {
  const workbook = (await partText(zip, "xl/workbook.xml")) ?? "";
  const rels = parseRels(await partText(zip, "xl/_rels/workbook.xml.rels"));
  const parts = new Map<string, string>();
  for (const element of elements(workbook, "sheet")) {
    const a = attributes(element);
    const rel = rels.find((r) => r.id === a["r:id"]);
    if (a.name !== undefined && rel) parts.set(a.name.toLowerCase(), resolveTarget("xl/workbook.xml", rel.target));
  }
  return parts;
}

/** The notes of a worksheet part's comments part: every `<t>` run of a comment, joined. */
async function readNotes(zip: Zip, sheet: SheetModel, sheetPart: string, rels: readonly Relationship[]): Promise<void> {
  const rel = rels.find((r) => r.type === REL.comments);
  const xml = rel && (await partText(zip, resolveTarget(sheetPart, rel.target)));
  if (!xml) return;
  const authors = elements(xml, "author").map((a) => innerText(a, "author") ?? "");
  for (const comment of elements(xml, "comment")) {
    const a = attributes(comment);
    const rect = tryParseRect(a.ref ?? "");
    if (!rect) continue;
    const text = [...comment.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((m) => unescapeXml(m[1])).join("");
    const author = authors[Number(a.authorId)];
    sheet.notes.set(cellKey(rect.row, rect.column), { text, ...(author ? { author } : {}) });
  }
}

/** `_xlnm.Print_Area` and `_xlnm.Print_Titles` of a sheet as its page layout. */
function readPrintNames(sheet: SheetModel, name: string, body: string): void {
  const areas = body.split(",").map((part) => tryParseRect(splitSheet(part).local.replace(/\$/g, "")));
  if (name === "_xlnm.Print_Area") sheet.pageLayout.printArea = areas.filter((r): r is Rect => r !== undefined);
  else if (name === "_xlnm.Print_Titles") {
    // Whole rows ("$1:$2") and whole columns ("$A:$B"): tryParseRect reads both.
    for (const rect of areas) {
      if (!rect) continue;
      if (rect.columnCount === MAX_COLUMNS) sheet.pageLayout.titleRows = rect;
      else if (rect.rowCount === MAX_ROWS) sheet.pageLayout.titleColumns = rect;
    }
  }
}

/** Defined names of xl/workbook.xml: workbook-level names (ranges and constants), print areas and titles. */
function readDefinedNames(model: WorkbookModel, workbookXml: string, sheetOrder: readonly SheetModel[]): void {
  for (const element of elements(workbookXml, "definedName")) {
    const a = attributes(element);
    const body = innerText(element, "definedName") ?? "";
    const name = a.name ?? "";
    const local = a.localSheetId !== undefined ? sheetOrder[Number(a.localSheetId)] : undefined;
    if (name.startsWith("_xlnm.")) {
      if (local) readPrintNames(local, name, body);
      continue;
    }
    if (local || name === "" || a.hidden === "1" || model.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) continue;
    try {
      model.names.push({ name, target: parseNameReference(model, body), comment: a.comment ?? "", visible: true });
    } catch {
      // A name that refers to a sheet that is not there (#REF!): Excel keeps it, but it points nowhere.
    }
  }
}

/** Reads an .xlsx file into a headless workbook. */
/**
 * An .xlsx file opened by ExcelJS after the package fixes it needs (files saved by openpyxl and
 * others, xlsx-foreign.ts): the one way the code base opens a workbook file, for the headless
 * Excel and for the command line's reading of sales alike.
 */
export async function openWorkbookFile(data: Uint8Array | ArrayBuffer): Promise<{ zip: Zip; book: ExcelJsTypes.Workbook }> {
  const zip = await openZip(data);
  const readable = (await normaliseForExcelJs(zip)) ? await zipBytes(zip) : data;
  const { Workbook } = await excelJs();
  const book = new Workbook();
  await book.xlsx.load(readable as unknown as Parameters<typeof book.xlsx.load>[0]);
  return { zip, book };
}

/**
 * How far loadXlsx got (0..1), by stage: nothing while ExcelJS parses the package (one call with
 * no progress of its own), PARSED_AT once it has (its usual share of the time), then the cells
 * copied into the model, every LOAD_PROGRESS_ROWS rows, up to COPIED_AT.
 */
export type LoadProgress = (fraction: number) => void;

/** The share of loadXlsx's time ExcelJS's parse takes (measured on 100,000 plain rows: about 4/5). */
const PARSED_AT = 0.8;
/** Where the cells are all copied; what follows (notes, validations, tables, names, charts) takes the rest. */
const COPIED_AT = 0.95;
const LOAD_PROGRESS_ROWS = 10_000;

export async function loadXlsx(data: Uint8Array | ArrayBuffer, options?: HeadlessExcelOptions, progress?: LoadProgress): Promise<HeadlessExcel> {
  const { zip, book } = await openWorkbookFile(data);
  progress?.(PARSED_AT);
  const rowsTotal = Math.max(1, book.worksheets.reduce((sum, ws) => sum + ws.rowCount, 0));
  let rowsCopied = 0;
  const parts = await sheetParts(zip);
  const model = new WorkbookModel();
  const tablesToAdd: { sheet: SheetModel; table: ExcelJsTypes.TableProperties & { tableRef?: string } }[] = [];
  const tails: { sheet: SheetModel; part: string; tail: string }[] = [];
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
      if (progress && ++rowsCopied % LOAD_PROGRESS_ROWS === 0) progress(PARSED_AT + ((COPIED_AT - PARSED_AT) * rowsCopied) / rowsTotal);
      if (row.height) sheet.rowHeights.set(r, row.height);
      if (row.hidden) sheet.hiddenRows.add(r);
      row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
        const c = columnNumber - 1;
        const read = readCellValue(cell.value);
        if (read.value !== undefined && read.value !== "") sheet.setValue(r, c, read.value);
        // cell.formula translates a shared formula (what Excel writes for filled-down formulas) from its master cell.
        const formula = read.formula ?? (cell.type === 6 && cell.formula ? `=${fromFileFormula(cell.formula)}` : undefined);
        if (formula) {
          sheet.formulas.set(cellKey(r, c), formula);
          if (read.cached) sheet.cachedResults.set(cellKey(r, c), true);
        }
        const style = model.styles.intern(styleFromXlsx(cell));
        if (style !== 0) sheet.setStyleId(r, c, style);
      });
    });
    for (const merge of (ws.model as unknown as { merges?: string[] }).merges ?? []) {
      const rect = tryParseRect(merge);
      if (rect) sheet.merges.push(rect);
    }
    loadConditionalFormats(sheet, (ws as unknown as { conditionalFormattings: ExcelJsTypes.ConditionalFormattingOptions[] }).conditionalFormattings);
    const protection = (ws as unknown as { sheetProtection?: Record<string, unknown> | null }).sheetProtection;
    if (protection?.sheet) {
      const chosen: Record<string, boolean> = {};
      for (const [option, name] of Object.entries(PROTECTION_OPTIONS)) if (protection[name] === true) chosen[option] = true;
      sheet.protection = { protected: true, options: chosen, ...(protection.hashValue ? { passwordHash: { ...protection } } : {}) };
    }
    const setup = ws.pageSetup;
    if (setup.orientation === "landscape") sheet.pageLayout.orientation = "Landscape";
    if (setup.fitToPage) sheet.pageLayout.zoom = { horizontalFitToPages: setup.fitToWidth ?? 1, verticalFitToPages: setup.fitToHeight ?? 1 };
    else if (setup.scale && setup.scale !== 100) sheet.pageLayout.zoom = { scale: setup.scale };
    for (const image of ws.getImages()) {
      const media = book.getImage(Number(image.imageId)) as { buffer?: ArrayBuffer | Uint8Array; extension?: string };
      if (media?.buffer) sheet.carried.images.push({ bytes: new Uint8Array(media.buffer), extension: media.extension ?? "png", range: image.range as unknown as CarriedImage["range"] });
    }
    for (const table of ws.getTables() as unknown as { table: ExcelJsTypes.TableProperties & { tableRef?: string } }[]) tablesToAdd.push({ sheet, table: table.table });
    const part = parts.get(ws.name.toLowerCase());
    if (part) {
      const tail = await worksheetTail(zip, part);
      const rels = parseRels(await partText(zip, relsPartOf(part)));
      readValidations(sheet, tail);
      readHyperlinks(sheet, tail, rels);
      await readNotes(zip, sheet, part, rels);
      const autoFilter = worksheetChild(tail, "autoFilter");
      if (autoFilter) sheet.carried.autoFilter = attributes(autoFilter).ref;
      for (const brk of elements(worksheetChild(tail, "rowBreaks") ?? "", "brk")) sheet.pageLayout.rowBreaks.push(Number(attributes(brk).id));
      tails.push({ sheet, part, tail });
    }
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
  readDefinedNames(model, (await partText(zip, "xl/workbook.xml")) ?? "", model.sheets);
  for (const { sheet, part, tail } of tails) await readCharts(zip, model, sheet, part, tail);
  const activeTab = book.views?.[0]?.activeTab;
  if (activeTab !== undefined && model.sheets[activeTab]) model.activeSheet = model.sheets[activeTab];
  if (model.sheets.length === 0) model.addSheet("Sheet1");
  return headlessExcelFor(model, options);
}

/** ExcelJS's page setup for the sheet's page layout (the print area and titles are defined names, written by writeDefinedNames). */
function pageSetupToXlsx(sheet: SheetModel): Partial<ExcelJsTypes.PageSetup> {
  const layout = sheet.pageLayout;
  const fit = layout.zoom.horizontalFitToPages !== undefined || layout.zoom.verticalFitToPages !== undefined;
  return {
    orientation: layout.orientation === "Landscape" ? "landscape" : "portrait",
    ...(fit ? { fitToPage: true, fitToWidth: layout.zoom.horizontalFitToPages ?? 0, fitToHeight: layout.zoom.verticalFitToPages ?? 0 } : { scale: layout.zoom.scale ?? 100 }),
  };
}

/** `_xlnm.Print_Area` and `_xlnm.Print_Titles` of a sheet (ECMA-376 Part 1, §18.2.5), as Excel writes them. */
function printNames(sheet: SheetModel, index: number): string[] {
  const layout = sheet.pageLayout;
  const quoted = qualifiedAddress(sheet.name, { row: 0, column: 0, rowCount: 1, columnCount: 1 }).replace(/!.*$/, "");
  const names: string[] = [];
  if (layout.printArea.length > 0) names.push(`<definedName name="_xlnm.Print_Area" localSheetId="${index}">${escapeXml(layout.printArea.map((r) => qualifiedAddress(sheet.name, r, true)).join(","))}</definedName>`);
  const titles: string[] = [];
  if (layout.titleColumns) titles.push(`${quoted}!$${columnLetters(layout.titleColumns.column)}:$${columnLetters(layout.titleColumns.column + layout.titleColumns.columnCount - 1)}`);
  if (layout.titleRows) titles.push(`${quoted}!$${layout.titleRows.row + 1}:$${layout.titleRows.row + layout.titleRows.rowCount}`);
  if (titles.length > 0) names.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeXml(titles.join(","))}</definedName>`);
  return names;
}

/** Writes the workbook as .xlsx bytes (the playground, tests); writeXlsx streams them instead. */
export async function saveXlsx(excel: HeadlessExcel, codec?: ZipCodec): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await writeXlsx(excel, (chunk) => void chunks.push(chunk), codec);
  return concat(chunks);
}

/**
 * Writes the workbook as an .xlsx package to `sink`, in order. ExcelJS writes a copy without
 * cells (views, page setup, conditional formats, notes, pictures, protection, names); the cells,
 * columns, shared strings, cell formats and tables are written here from the model
 * (xlsx-cells.ts), each sheet's rows streamed into the zip (xlsx-zip.ts) as they are made.
 */
export async function writeXlsx(excel: HeadlessExcel, sink: ZipSink, codec?: ZipCodec): Promise<void> {
  const { Workbook } = await excelJs();
  const book = new Workbook();
  // Formulas carry the results the headless Excel has (it does not compute them): ask every reader to recalculate on load (ECMA-376 Part 1, §18.2.2 calcPr fullCalcOnLoad).
  book.calcProperties.fullCalcOnLoad = true;
  const model = excel.model;
  const worksheets: ExcelJsTypes.Worksheet[] = [];
  for (const sheet of model.sheets) {
    const frozen = sheet.freeze.rows > 0 || sheet.freeze.columns > 0;
    const ws = book.addWorksheet(sheet.name, {
      state: sheet.visibility === "VeryHidden" ? "veryHidden" : sheet.visibility === "Hidden" ? "hidden" : "visible",
      properties: sheet.tabColor ? { tabColor: { argb: argb(sheet.tabColor) } } : {},
      views: [frozen ? { state: "frozen", xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows, showGridLines: sheet.showGridlines } : { showGridLines: sheet.showGridlines }],
      pageSetup: pageSetupToXlsx(sheet),
    });
    worksheets.push(ws);
    for (const merge of sheet.merges) ws.mergeCells(rectAddress(merge));
    [...sheet.conditionalFormats]
      .sort((a, b) => a.priority - b.priority)
      .forEach((cf, index) => {
        const rule = conditionalFormatToXlsx(cf, index + 1);
        if (rule) ws.addConditionalFormatting({ ref: rectAddress(cf.rect), rules: [rule] });
      });
    for (const [key, note] of sheet.notes) ws.getCell(keyRow(key) + 1, keyColumn(key) + 1).note = note.text;
    for (const image of sheet.carried.images) {
      const id = book.addImage({ buffer: image.bytes as unknown as ExcelJsTypes.Buffer, extension: image.extension as "png" });
      ws.addImage(id, image.range as unknown as ExcelJsTypes.ImageRange);
    }
    if (sheet.carried.autoFilter && !model.tables.some((t) => t.sheet === sheet)) ws.autoFilter = sheet.carried.autoFilter;
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
  // The skeleton is an intermediate zip, read back at once and written again by writePackage: stored, not compressed twice.
  const zip = await openZip((await book.xlsx.writeBuffer({ zip: { compression: "STORE" } })) as ArrayBuffer);
  const parts = model.sheets.map((_, index) => `xl/worksheets/sheet${worksheets[index].id}.xml`);
  for (const [index, sheet] of model.sheets.entries()) await writeSheetParts(zip, sheet, parts[index]);
  await writeDefinedNames(zip, model);
  await writeTables(zip, model, parts);
  await addSharedStringsPart(zip);
  await writePackage(zip, model, parts, new ZipWriter(sink, codec));
}

/** Tables as parts of our own (tableXml): ExcelJS would make a cell object of every cell of the table. */
async function writeTables(zip: Zip, model: WorkbookModel, parts: readonly string[]): Promise<void> {
  const overrides: { part: string; type: string }[] = [];
  let id = 0;
  for (const [index, sheet] of model.sheets.entries()) {
    const tables = model.tables.filter((t) => t.sheet === sheet);
    if (tables.length === 0) continue;
    const part = parts[index];
    const relsName = relsPartOf(part);
    const rels = parseRels(await partText(zip, relsName));
    const refs: string[] = [];
    for (const table of tables) {
      const names = table.showHeaders
        ? Array.from({ length: table.rect.columnCount }, (_, i) => String(sheet.value(table.rect.row, table.rect.column + i) ?? `Column${i + 1}`))
        : table.columnNames;
      const tablePart = `xl/tables/table${++id}.xml`;
      zip.file(tablePart, tableXml(table, id, names));
      overrides.push({ part: tablePart, type: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml" });
      const rel = nextRelId(rels);
      // The relative target ExcelJS looks tables up by when the file is read back (xlsx-foreign.ts).
      rels.push({ id: rel, type: REL.table, target: `../tables/table${id}.xml`, external: false });
      refs.push(`<tablePart r:id="${rel}"/>`);
    }
    zip.file(relsName, relsXml(rels));
    zip.file(part, spliceWorksheet((await partText(zip, part)) ?? "", "tableParts", `<tableParts count="${refs.length}">${refs.join("")}</tableParts>`));
  }
  await addContentTypes(zip, overrides);
}

/** ExcelJS lists xl/sharedStrings.xml only when its cells have text; ours always may. */
async function addSharedStringsPart(zip: Zip): Promise<void> {
  if (zip.file("xl/sharedStrings.xml")) return;
  await addContentTypes(zip, [{ part: "xl/sharedStrings.xml", type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml" }]);
  const rels = parseRels(await partText(zip, "xl/_rels/workbook.xml.rels"));
  rels.push({ id: nextRelId(rels), type: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings", target: "sharedStrings.xml", external: false });
  zip.file("xl/_rels/workbook.xml.rels", relsXml(rels));
}

/** `<cols>`: widths (stored in characters), hidden columns and column formats. */
function colsXml(sheet: SheetModel, styles: XlsxStyles): string {
  const columns = [...new Set([...sheet.columnWidths.keys(), ...sheet.hiddenColumns, ...sheet.columnStyles.keys()])].sort((a, b) => a - b);
  if (columns.length === 0) return "";
  const items = columns.map((c) => {
    const width = sheet.columnWidths.get(c);
    const style = sheet.columnStyles.get(c) ?? 0;
    return `<col min="${c + 1}" max="${c + 1}"${width !== undefined ? ` width="${charactersFromPoints(width)}" customWidth="1"` : ""}${style !== 0 ? ` style="${styles.xf(style)}"` : ""}${sheet.hiddenColumns.has(c) ? ' hidden="1"' : ""}/>`;
  });
  return `<cols>${items.join("")}</cols>`;
}

/**
 * The package: ExcelJS's parts as they are, each worksheet part with our columns and rows in place
 * of ExcelJS's (empty) ones, then the shared strings and cell formats the rows used.
 */
async function writePackage(zip: Zip, model: WorkbookModel, parts: readonly string[], out: ZipWriter): Promise<void> {
  const own = new Set([...parts, "xl/styles.xml", "xl/sharedStrings.xml"]);
  // [Content_Types].xml first, as Excel writes it (some readers look for it there).
  const names = Object.keys(zip.files).filter((name) => !zip.files[name].dir && !own.has(name));
  names.sort((a, b) => Number(b === "[Content_Types].xml") - Number(a === "[Content_Types].xml"));
  for (const name of names) await out.add(name, await zip.files[name].async("uint8array"));
  const strings = new SharedStrings();
  const styleCache = new Map<number, Partial<ExcelJsTypes.Style>>();
  const styles = new XlsxStyles((id) => {
    let style = styleCache.get(id);
    if (!style) styleCache.set(id, (style = styleToXlsx(model.styles.get(id))));
    return style;
  });
  for (const [index, sheet] of model.sheets.entries()) {
    const xml = (await partText(zip, parts[index])) ?? "";
    const data = /<sheetData\/>|<sheetData>[\s\S]*<\/sheetData>/.exec(xml);
    if (!data) throw new Error(`ExcelJS wrote ${parts[index]} without sheetData`);
    const head = xml.slice(0, data.index).replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${dimensionRef(sheet)}"/>`) + colsXml(sheet, styles);
    const tail = xml.slice(data.index + data[0].length);
    await out.add(parts[index], (function* () {
      yield head;
      yield* sheetDataXml(sheet, strings, styles);
      yield tail;
    })());
  }
  await out.add("xl/sharedStrings.xml", strings.xml());
  const dxfs = /<dxfs[\s\S]*?<\/dxfs>|<dxfs[^>]*\/>/.exec((await partText(zip, "xl/styles.xml")) ?? "")?.[0] ?? "";
  await out.add("xl/styles.xml", styles.xml(dxfs));
  await out.finish();
}

/** What ExcelJS does not write right: validations, hyperlinks, page breaks and charts (see xlsx-sheet.ts, xlsx-chart.ts). */
async function writeSheetParts(zip: Zip, sheet: SheetModel, part: string): Promise<void> {
  if (sheet.validations.length === 0 && sheet.hyperlinks.size === 0 && sheet.charts.length === 0 && sheet.pageLayout.rowBreaks.length === 0) return;
  let xml = (await partText(zip, part)) ?? "";
  const relsName = relsPartOf(part);
  const rels = parseRels(await partText(zip, relsName));
  const validations = validationsXml(sheet);
  if (validations) xml = spliceWorksheet(xml, "dataValidations", validations);
  const before = rels.length;
  const links = hyperlinksXml(sheet, rels);
  if (links) xml = spliceWorksheet(xml, "hyperlinks", links);
  if (rels.length > before) zip.file(relsName, relsXml(rels));
  const breaks = [...new Set(sheet.pageLayout.rowBreaks)].filter((r) => r > 0).sort((a, b) => a - b);
  if (breaks.length > 0) {
    const items = breaks.map((row) => `<brk id="${row}" max="16383" man="1"/>`).join("");
    xml = spliceWorksheet(xml, "rowBreaks", `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${items}</rowBreaks>`);
  }
  xml = await writeCharts(zip, part, xml, sheet.charts);
  zip.file(part, xml);
}

/** Print areas and titles, and names that are constants or formulas (ExcelJS writes only names of ranges), in xl/workbook.xml. */
async function writeDefinedNames(zip: Zip, model: WorkbookModel): Promise<void> {
  const items = [
    ...model.sheets.flatMap((sheet, index) => printNames(sheet, index)),
    ...model.names.flatMap((item) => ("formula" in item.target ? [`<definedName name="${escapeXml(item.name)}">${escapeXml(item.target.formula.slice(1))}</definedName>`] : [])),
  ];
  if (items.length === 0) return;
  const xml = (await partText(zip, "xl/workbook.xml")) ?? "";
  zip.file("xl/workbook.xml", xml.includes("</definedNames>") ? xml.replace("</definedNames>", `${items.join("")}</definedNames>`) : xml.replace("</sheets>", `</sheets><definedNames>${items.join("")}</definedNames>`));
}

/** A workbook with one sheet holding the rows (e.g. a CSV becomes a "Sales" sheet). */
export function fromRows(rows: Iterable<readonly (CellValue | null)[]>, sheetName = "Sales", options?: HeadlessExcelOptions): HeadlessExcel {
  const model = new WorkbookModel();
  const sheet = model.addSheet(sheetName);
  let r = 0;
  // Each row's values are copied in as it comes: a row may be an array the iterable fills again for the next.
  for (const row of rows) {
    row.forEach((value, c) => {
      if (value !== null && value !== "") sheet.setValue(r, c, value);
    });
    r++;
  }
  return headlessExcelFor(model, options);
}

