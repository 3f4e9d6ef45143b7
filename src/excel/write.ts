/**
 * The one writer: applies sheet plans (result sheets and dossiers alike) through Office.js in few
 * syncs. Everything is queued as operations with an estimated request size and packed greedily
 * into syncs under a byte budget, so no request passes Excel on the web's 5 MB limit; large blocks
 * of values are split by rows. Formats go to whole blocks or as conditional formats, never cell by
 * cell.
 */
import type { ExcelContext, ExcelWorksheet, ExcelRange } from "../office-api";
import { rectAddress } from "../a1";
import { isFormula, TEXT_FORMAT, type Rect, type Block, type CellStyle, type ChartPlan, type ConditionalColours, type FormulaColours, type PlanValue, type PrintPlan, type SheetPlan, type TablePlan, type Validation } from "./plan";
import { turn } from "./turns";

/** Edges a bordered style draws: around the area and between its cells. */
const BORDER_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const;
const BORDER_COLOUR = "#BFBFBF";

/** Bytes a request may carry; Excel on the web fails at 5 MB, this leaves room for the JSON envelope. */
export const REQUEST_BUDGET_BYTES = 3_500_000;

/** One queued piece of work and its estimated size in the request. */
interface Operation {
  bytes: number;
  queue: (context: ExcelContext) => void;
}

/** Per-operation overhead of the request JSON (method name, object path, ids). */
const OPERATION_BYTES = 300;

/** One sheet to write a plan on. */
export interface PlanTarget {
  sheetName: string;
  plan: SheetPlan;
  /** What of the plan: everything (default), its cell content only, or the rest (`furniture`). */
  part?: "all" | "content" | "furniture";
  /** Names of the sheet's existing tables standing for the plan's tables (null: add one), and its chart names. */
  existing?: { tables: (string | null)[]; charts: ReadonlySet<string> };
}

/**
 * Queues the plans, one target sheet each, syncing whenever the budget is full. The last
 * operations are left queued, not synced, so the caller's next sync carries them.
 */
export async function queuePlans(context: ExcelContext, targets: readonly PlanTarget[], budget = REQUEST_BUDGET_BYTES): Promise<void> {
  let pending = 0;
  for (const target of targets) {
    // A sheet's operations are made in a piece of their own: the host may take a turn between sheets (turns.ts).
    await turn();
    const part = target.part ?? "all";
    const operations = [
      ...(part === "furniture" ? [] : contentOperations(target.sheetName, target.plan, budget)),
      ...(part === "content" ? [] : furnitureOperations(target.sheetName, target.plan, target.existing)),
    ];
    for (const operation of operations) {
      if (pending > 0 && pending + operation.bytes > budget) {
        // One sync per full budget, not per item: the loop is how large writes stay under 5 MB.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        pending = 0;
      }
      operation.queue(context);
      pending += operation.bytes;
    }
  }
}

function sheetAccess(sheetName: string) {
  const sheet = (context: ExcelContext) => context.workbook.worksheets.getItem(sheetName);
  const range = (context: ExcelContext, area: Rect) => sheet(context).getRange(rectAddress(area));
  return { sheet, range };
}

/** The cells: values, formulas, number formats, cell styles, links and reading order. */
function contentOperations(sheetName: string, plan: SheetPlan, budget: number): Operation[] {
  const { range } = sheetAccess(sheetName);
  const operations: Operation[] = [];
  for (const block of [...plan.blocks, ...plan.peopleBlocks]) operations.push(...blockOperations(range, block, budget));
  for (const { area, style } of plan.styles) operations.push({ bytes: OPERATION_BYTES * 4, queue: (context) => applyStyle(range(context, area), style) });
  for (const { row, column, link } of plan.links) {
    const cell: Rect = { row, column, rowCount: 1, columnCount: 1 };
    operations.push({ bytes: OPERATION_BYTES + JSON.stringify(link).length * 2, queue: (context) => (range(context, cell).hyperlink = link) });
  }
  // Excel's JavaScript API cannot turn a whole sheet right-to-left (Window.showRightToLeft is
  // read-only, desktop only); the reading order of the written cells is what it allows.
  const written = plan.rightToLeft ? contentArea(plan) : null;
  if (written) operations.push({ bytes: OPERATION_BYTES, queue: (context) => (range(context, written).format.readingOrder = "RightToLeft") });
  return operations;
}

/** What is not cells: conditional formats, validations, tables, charts, widths and heights, hidden rows, panes, print setup, tab colour. */
function furnitureOperations(sheetName: string, plan: SheetPlan, existing: PlanTarget["existing"]): Operation[] {
  const { sheet, range } = sheetAccess(sheetName);
  const operations: Operation[] = [];
  for (const colours of plan.conditionalColours) operations.push(conditionalOperation(range, colours));
  for (const colours of plan.formulaColours) operations.push(formulaColoursOperation(range, colours));
  for (const validation of plan.validations) operations.push(validationOperation(range, validation));
  plan.tables.forEach((table, index) => operations.push(tableOperation(sheet, table, existing?.tables[index] ?? null)));
  for (const chart of plan.charts) operations.push(chartOperation(sheet, range, chart, existing?.charts ?? new Set()));
  operations.push({
    bytes: OPERATION_BYTES * (plan.columnWidths.length + plan.rowHeights.length + plan.hiddenRows.length + plan.hiddenColumns.length + 3),
    queue: (context) => {
      for (const { column, width } of plan.columnWidths) range(context, { row: 0, column, rowCount: 1, columnCount: 1 }).format.columnWidth = width;
      for (const { row, height } of plan.rowHeights) range(context, { row, column: 0, rowCount: 1, columnCount: 1 }).format.rowHeight = height;
      for (const area of plan.hiddenRows) range(context, area).rowHidden = true;
      for (const column of plan.hiddenColumns) range(context, { row: 0, column, rowCount: 1, columnCount: 1 }).columnHidden = true;
      if (plan.freezeRows > 0) sheet(context).freezePanes.freezeRows(plan.freezeRows);
      if (plan.print) queuePrint(sheet(context), plan.print);
      if (plan.tabColor) sheet(context).tabColor = plan.tabColor;
    },
  });
  return operations;
}

/** The rectangle covering every block of a plan. */
function contentArea(plan: SheetPlan): Rect | null {
  if (plan.blocks.length === 0) return null;
  const areas = plan.blocks.map((block) => ({ row: block.row, column: block.column, lastRow: block.row + block.values.length - 1, lastColumn: block.column + (block.values[0]?.length ?? 1) - 1 }));
  const row = Math.min(...areas.map((area) => area.row));
  const column = Math.min(...areas.map((area) => area.column));
  return { row, column, rowCount: Math.max(...areas.map((area) => area.lastRow)) - row + 1, columnCount: Math.max(...areas.map((area) => area.lastColumn)) - column + 1 };
}

/** Values (and number formats, set first so text stays text) in row chunks that fit the budget. */
function blockOperations(range: (context: ExcelContext, area: Rect) => ExcelRange, block: Block, chunkBudget: number): Operation[] {
  const columns = block.values[0]?.length ?? 0;
  if (columns === 0) return [];
  const formatRow = block.formats || block.cellFormats ? Array.from({ length: columns }, (_, column) => block.formats?.[column] ?? "General") : null;
  const formatRowBytes = formatRow ? formatRow.reduce((sum, format) => sum + format.length + 3, 2) : 0;
  const formatsOf = (row: number): string[] => {
    const own = block.cellFormats?.[row];
    return own && formatRow ? formatRow.map((format, column) => own[column] ?? format) : (formatRow as string[]);
  };
  const operations: Operation[] = [];
  let start = 0;
  while (start < block.values.length) {
    let bytes = OPERATION_BYTES * 3;
    let end = start;
    while (end < block.values.length) {
      const rowBytes = rowSize(block.values[end]) + formatRowBytes + (block.cellFormats?.[end] ? formatRowBytes + 20 * columns : 0);
      if (end > start && bytes + rowBytes > chunkBudget) break;
      bytes += rowBytes;
      end++;
    }
    const slice = block.values.slice(start, end);
    // Formulas go through Range.formulas, where a constant is taken as typed; values through Range.values.
    const asFormulas = block.formulas === true || slice.some((row) => row.some(isFormula));
    const first = start;
    const rowFormats = formatRow ? slice.map((_, row) => formatsOf(first + row)) : null;
    const rows = block.formulas ? (slice as (string | number | boolean)[][]) : slice.map((row, r) => row.map((value, column) => cellInput(value, rowFormats?.[r][column] ?? null)));
    const area: Rect = { row: block.row + start, column: block.column, rowCount: end - start, columnCount: columns };
    operations.push({
      bytes,
      queue: (context) => {
        const target = range(context, area);
        if (rowFormats) target.numberFormat = rowFormats;
        if (asFormulas) target.formulas = rows;
        else target.values = rows;
      },
    });
    start = end;
  }
  if (block.style) {
    const style = block.style;
    const whole: Rect = { row: block.row, column: block.column, rowCount: block.values.length, columnCount: columns };
    operations.push({ bytes: OPERATION_BYTES * 4, queue: (context) => applyStyle(range(context, whole), style) });
  }
  return operations;
}

/**
 * What a planned cell is written as. A string gets Excel's quote prefix when Excel could read it as
 * anything but that text: always in a General cell (where "1/2", "50%" or "TRUE" would turn into a
 * date, a number or a boolean), and in a text cell when it starts like a formula or with an
 * apostrophe Excel would swallow. Data text never becomes a formula or a number.
 */
function cellInput(value: PlanValue, format: string | null): string | number | boolean {
  if (value === null) return "";
  if (isFormula(value)) return value.formula;
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  if (typeof value === "string" && value !== "" && (format !== TEXT_FORMAT || /^[=+\-@']/.test(value))) return `'${value}`;
  return value;
}

/** Upper bound of a row's size as request JSON. */
function rowSize(row: readonly PlanValue[]): number {
  let bytes = 2;
  for (const value of row) bytes += typeof value === "string" ? value.length * 2 + 4 : isFormula(value) ? value.formula.length * 2 + 3 : 25;
  return bytes;
}

function applyStyle(range: ExcelRange, style: CellStyle): void {
  if (style.fill) range.format.fill.color = style.fill;
  if (style.fontColor) range.format.font.color = style.fontColor;
  if (style.bold !== undefined) range.format.font.bold = style.bold;
  if (style.italic !== undefined) range.format.font.italic = style.italic;
  if (style.fontSize !== undefined) range.format.font.size = style.fontSize;
  if (style.wrap !== undefined) range.format.wrapText = style.wrap;
  if (style.horizontal) range.format.horizontalAlignment = style.horizontal;
  if (style.vertical) range.format.verticalAlignment = style.vertical;
  if (style.locked !== undefined) range.format.protection.locked = style.locked;
  if (style.border) {
    for (const edge of BORDER_EDGES) {
      const border = range.format.borders.getItem(edge);
      border.style = "Continuous";
      border.color = BORDER_COLOUR;
    }
  }
}

function conditionalOperation(range: (context: ExcelContext, area: Rect) => ExcelRange, colours: ConditionalColours): Operation {
  return {
    bytes: OPERATION_BYTES * 4 * colours.rules.length,
    queue: (context) => {
      const target = range(context, colours.area);
      for (const rule of colours.rules) {
        const format = target.conditionalFormats.add("CellValue");
        format.cellValue.format.fill.color = rule.fill;
        if (rule.fontColor) format.cellValue.format.font.color = rule.fontColor;
        format.cellValue.rule = { formula1: `="${rule.equals.replace(/"/g, '""')}"`, operator: "EqualTo" };
      }
    },
  };
}

function formulaColoursOperation(range: (context: ExcelContext, area: Rect) => ExcelRange, colours: FormulaColours): Operation {
  return {
    bytes: OPERATION_BYTES * 4 + colours.formula.length,
    queue: (context) => {
      const format = range(context, colours.area).conditionalFormats.add("Custom");
      format.custom.rule.formula = colours.formula;
      format.custom.format.fill.color = colours.fill;
      if (colours.fontColor) format.custom.format.font.color = colours.fontColor;
    },
  };
}

/** The rule of a validation, as Excel.DataValidationRule takes it. */
function validationRule(validation: Validation): Excel.DataValidationRule {
  switch (validation.kind) {
    case "list":
      return { list: { inCellDropDown: true, source: validation.values.join(",") } };
    case "list-range":
      return { list: { inCellDropDown: true, source: `=${rectAddress(validation.source, true)}` } };
    case "whole":
      return { wholeNumber: { operator: "Between", formula1: validation.min, formula2: validation.max } };
    case "date":
      // Any real date: on or after 1900-01-01. A formula, so the .xlsx holds it as Excel would.
      return { date: { operator: "GreaterThanOrEqualTo", formula1: "=DATE(1900,1,1)" } };
  }
}

function validationOperation(range: (context: ExcelContext, area: Rect) => ExcelRange, validation: Validation): Operation {
  const rule = validationRule(validation);
  return {
    bytes: OPERATION_BYTES * 3 + JSON.stringify(rule).length + validation.title.length + validation.message.length,
    queue: (context) => {
      const target = range(context, validation.area);
      target.dataValidation.rule = rule;
      target.dataValidation.errorAlert = { showAlert: true, style: "Stop", title: validation.title, message: validation.message };
      if (validation.prompt) target.dataValidation.prompt = { showPrompt: true, ...validation.prompt };
    },
  };
}


/** A new table, or the existing one resized to the plan's area (Table.resize keeps its name, style and everything referring to it). */
function tableOperation(sheet: (context: ExcelContext) => ExcelWorksheet, table: TablePlan, existing: string | null): Operation {
  return {
    bytes: OPERATION_BYTES * 3,
    queue: (context) => {
      if (existing !== null) {
        sheet(context).tables.getItem(existing).resize(rectAddress(table.area));
        return;
      }
      const added = sheet(context).tables.add(rectAddress(table.area), true);
      added.name = table.name;
      added.style = table.style;
    },
  };
}

/** A chart; one of the add-in's charts (found by its name) is replaced, a person's charts are left alone. */
function chartOperation(sheet: (context: ExcelContext) => ExcelWorksheet, range: (context: ExcelContext, area: Rect) => ExcelRange, chart: ChartPlan, existing: ReadonlySet<string>): Operation {
  return {
    bytes: OPERATION_BYTES * 5 + chart.title.length,
    queue: (context) => {
      if (chart.name && existing.has(chart.name)) sheet(context).charts.getItem(chart.name).delete();
      const added = sheet(context).charts.add(chart.type, range(context, chart.source), chart.seriesBy ?? "Columns");
      if (chart.name) added.name = chart.name;
      added.title.text = chart.title;
      added.setPosition(rectAddress({ ...chart.at, rowCount: 1, columnCount: 1 }), rectAddress({ row: chart.at.row + chart.at.rowCount - 1, column: chart.at.column + chart.at.columnCount - 1, rowCount: 1, columnCount: 1 }));
    },
  };
}

/**
 * Print setup (ExcelApi 1.9): PageLayout.orientation; zoom one page wide, any number tall
 * (PageLayoutZoomOptions "must be set as a JSON object"); setPrintTitleRows with whole rows ("The
 * range must span the entire row"); manual breaks reset, then added above the given rows
 * (PageBreakCollection.add "Adds a page break before the top-left cell of the range").
 */
export function queuePrint(sheet: ExcelWorksheet, print: PrintPlan): void {
  const layout = sheet.pageLayout;
  layout.orientation = print.orientation;
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (print.titleRows) layout.setPrintTitleRows(`$${print.titleRows.row + 1}:$${print.titleRows.row + print.titleRows.rows}`);
  if (print.area) layout.setPrintArea(rectAddress(print.area));
  sheet.horizontalPageBreaks.removePageBreaks();
  for (const row of print.breaksBefore) sheet.horizontalPageBreaks.add(`A${row + 1}`);
}
