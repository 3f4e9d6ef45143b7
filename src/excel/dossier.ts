/**
 * Dossier sheets for key clients (Office.js). Every run creates the dossiers that are missing and
 * rewrites only the Figures section of the existing ones and the "KAM Dossiers" index; what the
 * managers typed anywhere else is never written to. A dossier is never deleted: a client that
 * stopped being key keeps its dossier, marked "no longer key".
 */
import { clientKey } from "../engine/client-key";
import type { ClassifyResult, ClientResult, Measure } from "../engine/types";
import { RTL_LANGUAGES, translate, type Lang, type Translations } from "../i18n/core";
import { DOSSIER_TEXT, INDEX_TEXT, TABLE_COLUMNS, FOLLOW_UP_TEXT } from "../i18n/dossier";
import { COLUMN_TEXTS, DEPENDENCY_TEXTS, STATUS_TEXTS } from "../i18n/sheets";
import { agendaOf, serialOfDay, type AgendaItem, type DossierOnSheet } from "./agenda";
import {
  CHART_NAME,
  dossierFigures,
  dossierSheetName,
  dossierTemplate,
  OVERDUE_STYLE,
  summaryCells,
  templateRows,
  type Area,
  type DossierFiguresPlan,
  type DossierMarker,
  type DossierStyle,
  type DossierTemplatePlan,
  type DossierValidation,
  type PlannedCell,
  type OverdueFormat,
} from "./dossier-layout";
import { DOSSIER_INDEX_ID, dossierId, loadDossiers, type FoundDossier } from "./dossier-read";
import { blockAddress, type ExcelRun } from "./host";
import { COLOURS, FORMATS } from "./layout/common";
import { freeSheetName, registerSheet, type RegistryState } from "./registry";
import { queuePrint } from "./write";
import type { WorkbookSettings } from "./settings";

/** Every field is required: the measure and protection come from the run's settings (dossierOptions), never a fallback. */
export interface DossierOptions {
  /** Client names or keys the user picked, besides the key clients. */
  picked: readonly string[];
  /** Language of new dossiers and of the index (an existing dossier keeps its own language). */
  lang: Lang;
  /** Protect dossier sheets (no password). */
  protect: boolean;
  /** The day of the run (creation date of new dossiers, the agenda's today). */
  today: Date;
  /** Which measure the figures show: the one the result was computed with. */
  measure: Measure;
  /**
   * Create the missing dossiers of key and picked clients. False only refreshes the dossiers the
   * workbook has, and the index when there are any.
   */
  createMissing: boolean;
}

/**
 * The one place dossier options are built: from the settings a result was computed with, so the
 * figures carry that result's measure and the team's protection choice whatever path asks.
 * @example dossierOptions(outcome.settings, { picked: ["Acme"], today: new Date(), createMissing: true })
 */
export function dossierOptions(settings: WorkbookSettings, run: Pick<DossierOptions, "picked" | "today" | "createMissing">): DossierOptions {
  return { ...run, lang: settings.lang, protect: settings.protectDossiers, measure: settings.analysis.measure };
}

export interface DossierRef {
  client: string;
  clientKey: string;
  sheet: string;
}

export interface DossierSummary {
  created: DossierRef[];
  /** Existing dossiers whose figures were rewritten (including those marked below). */
  refreshed: DossierRef[];
  noLongerKey: DossierRef[];
  notInData: DossierRef[];
  /** Dossier sheets whose hidden anchors are damaged: left untouched. */
  damaged: string[];
  /** Picked names that match no client of the data. */
  unknownPicked: string[];
  indexSheet: string;
  agenda: AgendaItem[];
}

/** Protection that still lets managers insert rows into the tables and resize rows and columns. */
const PROTECTION: Excel.WorksheetProtectionOptions = { allowInsertRows: true, allowFormatRows: true, allowFormatColumns: true };
const BORDER_COLOUR = "#BFBFBF";

/** Creates dossiers for key and picked clients, refreshes the existing ones and the index. */
export async function createOrRefreshDossiers(run: ExcelRun, result: ClassifyResult, options: DossierOptions): Promise<DossierSummary> {
  return run((context) => updateDossiers(context, result, options));
}

/** The same inside a caller's batch (classifyWorkbook runs it after writing the result sheets). */
export async function updateDossiers(context: Excel.RequestContext, result: ClassifyResult, options: DossierOptions): Promise<DossierSummary> {
  const found = await loadDossiers(context);
  const today = serialOfDay(options.today);
  const { protect, measure } = options;

  const clientsById = new Map(result.clients.map((client) => [dossierId(client.key), client]));
  const { wanted, unknownPicked } = wantedClients(result, options.picked);
  const existing = new Map(found.dossiers.map((dossier) => [dossier.id, dossier]));
  const summary: DossierSummary = { created: [], refreshed: [], noLongerKey: [], notInData: [], damaged: [], unknownPicked, indexSheet: "", agenda: [] };
  const indexRows: IndexRow[] = [];
  const agendaInput: DossierOnSheet[] = [];
  const taken = [...found.sheetNames];

  for (const dossier of found.dossiers) {
    if (!dossier.readBack) {
      summary.damaged.push(dossier.sheet);
      continue;
    }
    const client = clientsById.get(dossier.id) ?? null;
    const isKey = client !== null && client.dependency !== "none";
    const everKey = dossier.readBack.everKey || isKey;
    const marker: DossierMarker = client === null ? "not-in-data" : isKey ? "key" : wanted.has(dossier.id) || !everKey ? "picked" : "no-longer-key";
    const ref: DossierRef = { client: client?.client ?? dossier.readBack.name, clientKey: dossier.readBack.key, sheet: dossier.sheet };
    const sheet = context.workbook.worksheets.getItem(dossier.sheet);
    if (dossier.protected) sheet.protection.unprotect();
    const figures = dossierFigures({ client, clientName: ref.client, result, measure, lang: dossier.readBack.lang, marker, everKey }, dossier.readBack.rows);
    queueFigures(sheet, figures, dossier);
    if (protect) sheet.protection.protect(PROTECTION);
    summary.refreshed.push(ref);
    if (marker === "no-longer-key") summary.noLongerKey.push(ref);
    if (marker === "not-in-data") summary.notInData.push(ref);
    indexRows.push({ ref, client, marker, summary: summaryCells(dossier.readBack.rows) });
    agendaInput.push({ sheet: dossier.sheet, readBack: { ...dossier.readBack, name: ref.client } });
  }

  if (found.dossiers.length === 0 && !options.createMissing) {
    summary.indexSheet = found.indexSheet ?? "";
    return summary;
  }
  const rows = templateRows();
  for (const [id, client] of wanted) {
    if (existing.has(id) || !options.createMissing) continue;
    const name = dossierSheetName(client.client, taken);
    taken.push(name);
    const sheet = context.workbook.worksheets.add(name);
    const template = dossierTemplate({ key: client.key, lang: options.lang, created: today });
    const marker: DossierMarker = client.dependency !== "none" ? "key" : "picked";
    const figures = dossierFigures({ client, clientName: client.client, result, measure, lang: options.lang, marker, everKey: marker === "key" }, rows);
    queueTemplate(sheet, template);
    queueFigures(sheet, figures, null);
    if (protect) sheet.protection.protect(PROTECTION);
    registerSheet(context, found.registry, id, name);
    const ref: DossierRef = { client: client.client, clientKey: client.key, sheet: name };
    summary.created.push(ref);
    indexRows.push({ ref, client, marker, summary: summaryCells(rows) });
  }

  summary.indexSheet = queueIndex(context, found.registry, taken, indexRows, options.lang);
  await context.sync();
  // New dossiers are due only from today on: the agenda is what the existing ones hold.
  summary.agenda = agendaOf(agendaInput, today);
  return summary;
}

/** Key clients (dependency not none) and picked ones, by dossier id; picked names matching nobody. */
function wantedClients(result: ClassifyResult, picked: readonly string[]): { wanted: Map<string, ClientResult>; unknownPicked: string[] } {
  const wanted = new Map<string, ClientResult>();
  for (const client of result.clients) if (client.dependency !== "none") wanted.set(dossierId(client.key), client);
  const byKey = new Map(result.clients.map((client) => [client.key, client]));
  const unknownPicked: string[] = [];
  for (const name of picked) {
    const client = byKey.get(clientKey(name));
    if (client) wanted.set(dossierId(client.key), client);
    else unknownPicked.push(name);
  }
  return { wanted, unknownPicked };
}

/** Picked names (as typed: any case, spaces around) that match no client of the result. */
export function unknownPicks(result: ClassifyResult, picked: readonly string[]): string[] {
  return wantedClients(result, picked).unknownPicked;
}

// ---------------------------------------------------------------------------------------------
// Writing plans

function areaRange(sheet: Excel.Worksheet, area: Area): Excel.Range {
  return sheet.getRange(blockAddress(area.row, area.column, area.rows, area.columns));
}

/**
 * Cells row by row, one range per run of adjacent cells: number formats first, then values, so a
 * text is written with a leading apostrophe and stays text (never a formula or a number).
 */
function queueCells(sheet: Excel.Worksheet, cells: readonly PlannedCell[]): void {
  const byRow = new Map<number, PlannedCell[]>();
  for (const cell of cells) {
    const row = byRow.get(cell.row);
    if (row) row.push(cell);
    else byRow.set(cell.row, [cell]);
  }
  for (const [row, rowCells] of byRow) {
    rowCells.sort((a, b) => a.column - b.column);
    let start = 0;
    while (start < rowCells.length) {
      let end = start + 1;
      while (end < rowCells.length && rowCells[end].column === rowCells[end - 1].column + 1) end++;
      const run = rowCells.slice(start, end);
      const range = areaRange(sheet, { row, column: run[0].column, rows: 1, columns: run.length });
      range.numberFormat = [run.map((cell) => ("format" in cell && cell.format ? cell.format : "General"))];
      range.values = [run.map(cellInput)];
      start = end;
    }
  }
}

function cellInput(cell: PlannedCell): string | number | boolean {
  if ("text" in cell) return cell.text === "" ? "" : `'${cell.text}`;
  if ("number" in cell) return cell.number;
  if ("boolean" in cell) return cell.boolean;
  if ("formula" in cell) return cell.formula;
  return "";
}

function queueStyle(sheet: Excel.Worksheet, area: Area, style: DossierStyle): void {
  const range = areaRange(sheet, area);
  const format = range.format;
  if (style.fill) format.fill.color = style.fill;
  if (style.fontColor) format.font.color = style.fontColor;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.locked !== undefined) format.protection.locked = style.locked;
  if (style.border) {
    const edges: Excel.BorderIndex[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as Excel.BorderIndex[];
    if (area.rows > 1) edges.push("InsideHorizontal" as Excel.BorderIndex);
    if (area.columns > 1) edges.push("InsideVertical" as Excel.BorderIndex);
    for (const edge of edges) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.color = BORDER_COLOUR;
    }
  }
}

function queueValidation(sheet: Excel.Worksheet, validation: DossierValidation): void {
  const range = areaRange(sheet, validation.area);
  if (validation.kind === "list") {
    const { source } = validation;
    range.dataValidation.rule = { list: { inCellDropDown: true, source: `=${absolute(source)}` } };
  } else if (validation.kind === "whole") {
    range.dataValidation.rule = { wholeNumber: { operator: "Between", formula1: validation.min, formula2: validation.max } };
  } else {
    // Any real date: on or after 1900-01-01. A formula, so the .xlsx holds it as Excel would.
    range.dataValidation.rule = { date: { operator: "GreaterThanOrEqualTo", formula1: "=DATE(1900,1,1)" } };
  }
  range.dataValidation.errorAlert = { showAlert: true, style: "Stop", title: validation.title, message: validation.message };
}

function absolute(area: Area): string {
  const [start, end] = blockAddress(area.row, area.column, area.rows, area.columns).split(":");
  const dollar = (cell: string) => cell.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  return end ? `${dollar(start)}:${dollar(end)}` : dollar(start);
}

function queueOverdue(sheet: Excel.Worksheet, overdue: OverdueFormat): void {
  const format = areaRange(sheet, overdue.area).conditionalFormats.add("Custom");
  format.custom.rule.formula = overdue.formula;
  format.custom.format.fill.color = OVERDUE_STYLE.fill;
  format.custom.format.font.color = OVERDUE_STYLE.fontColor;
}

function queueTemplate(sheet: Excel.Worksheet, plan: DossierTemplatePlan): void {
  queueCells(sheet, plan.cells);
  for (const { area, style } of plan.styles) queueStyle(sheet, area, style);
  for (const validation of plan.validations) queueValidation(sheet, validation);
  for (const overdue of plan.overdue) queueOverdue(sheet, overdue);
  for (const area of plan.hiddenRows) areaRange(sheet, area).rowHidden = true;
  for (const column of plan.hiddenColumns) areaRange(sheet, { row: 0, column, rows: 1, columns: 1 }).columnHidden = true;
  for (const { column, width } of plan.columnWidths) areaRange(sheet, { row: 0, column, rows: 1, columns: 1 }).format.columnWidth = width;
  if (plan.rightToLeft) areaRange(sheet, plan.rightToLeft).format.readingOrder = "RightToLeft";
  queuePrint(sheet, plan.print);
}

/** The Figures section; `existing` tells which leftover period columns and old chart to clear. */
function queueFigures(sheet: Excel.Worksheet, plan: DossierFiguresPlan, existing: FoundDossier | null): void {
  const { periodRows, firstFreeColumn } = plan;
  if (existing && existing.usedColumns > firstFreeColumn) {
    areaRange(sheet, { row: periodRows.row, column: firstFreeColumn, rows: periodRows.rows, columns: existing.usedColumns - firstFreeColumn }).clear("All");
  }
  queueCells(sheet, plan.cells);
  for (const { area, style } of plan.styles) queueStyle(sheet, area, style);
  for (const { column, width } of plan.columnWidths) areaRange(sheet, { row: 0, column, rows: 1, columns: 1 }).format.columnWidth = width;
  if (existing?.chartNames.includes(CHART_NAME)) sheet.charts.getItem(CHART_NAME).delete();
  if (plan.chart) {
    const chart = sheet.charts.add("ColumnClustered", areaRange(sheet, plan.chart.source), "Rows");
    chart.name = CHART_NAME;
    chart.title.text = plan.chart.title;
    const { at } = plan.chart;
    chart.setPosition(blockAddress(at.row, at.column), blockAddress(at.row + at.rows - 1, at.column + at.columns - 1));
  }
}

// ---------------------------------------------------------------------------------------------
// The index

interface IndexRow {
  ref: DossierRef;
  client: ClientResult | null;
  marker: DossierMarker;
  summary: ReturnType<typeof summaryCells>;
}

/** Rewrites the "KAM Dossiers" sheet (created when missing); returns its name. */
function queueIndex(context: Excel.RequestContext, registry: RegistryState, taken: string[], rows: IndexRow[], lang: Lang): string {
  const t = (entry: Translations) => translate(entry, lang);
  let name = registry.sheets.get(DOSSIER_INDEX_ID);
  let sheet: Excel.Worksheet;
  if (name === undefined) {
    name = freeSheetName(t(INDEX_TEXT.sheetName), taken);
    taken.push(name);
    sheet = context.workbook.worksheets.add(name);
    registerSheet(context, registry, DOSSIER_INDEX_ID, name);
  } else {
    sheet = context.workbook.worksheets.getItem(name);
    const all = sheet.getRange();
    all.conditionalFormats.clearAll();
    all.clear("All");
  }
  rows.sort((a, b) => (a.client?.rank ?? Infinity) - (b.client?.rank ?? Infinity) || a.ref.client.localeCompare(b.ref.client));
  const headers = [t(INDEX_TEXT.dossier), t(COLUMN_TEXTS.client), t(COLUMN_TEXTS.manager), t(COLUMN_TEXTS.dependency), t(COLUMN_TEXTS.status), t(FOLLOW_UP_TEXT.nextReview), t(TABLE_COLUMNS.nextContactDue)];
  const cells: PlannedCell[] = headers.map((text, column) => ({ row: 0, column, text }));
  rows.forEach(({ ref, client, marker, summary }, index) => {
    const row = index + 1;
    const status = marker === "no-longer-key" ? t(DOSSIER_TEXT.noLongerKey) : marker === "not-in-data" ? t(DOSSIER_TEXT.notInData) : client ? t(STATUS_TEXTS[client.status]) : "";
    const sheetRef = `'${ref.sheet.replace(/'/g, "''")}'!`;
    cells.push(
      { row, column: 0, text: ref.sheet },
      { row, column: 1, text: ref.client },
      { row, column: 2, text: client?.manager ?? "" },
      { row, column: 3, text: client ? t(DEPENDENCY_TEXTS[client.dependency]) : "" },
      { row, column: 4, text: status },
      { row, column: 5, formula: `=${sheetRef}${absolute({ ...summary.nextReview, rows: 1, columns: 1 })}`, format: FORMATS.date },
      { row, column: 6, formula: `=${sheetRef}${absolute({ ...summary.nextContact, rows: 1, columns: 1 })}`, format: FORMATS.date },
    );
  });
  queueCells(sheet, cells);
  rows.forEach(({ ref }, index) => {
    areaRange(sheet, { row: index + 1, column: 0, rows: 1, columns: 1 }).hyperlink = { documentReference: `'${ref.sheet.replace(/'/g, "''")}'!A1`, textToDisplay: ref.sheet };
  });
  queueStyle(sheet, { row: 0, column: 0, rows: 1, columns: headers.length }, { bold: true, fill: COLOURS.header, fontColor: COLOURS.headerFont, wrap: true });
  if (rows.length > 0) {
    queueOverdue(sheet, { area: { row: 1, column: 5, rows: rows.length, columns: 2 }, formula: "=AND(ISNUMBER(F2),F2<TODAY())" });
  }
  [160, 180, 120, 110, 130, 110, 130].forEach((width, column) => (areaRange(sheet, { row: 0, column, rows: 1, columns: 1 }).format.columnWidth = width));
  sheet.freezePanes.freezeRows(1);
  if (RTL_LANGUAGES.has(lang)) areaRange(sheet, { row: 0, column: 0, rows: rows.length + 1, columns: headers.length }).format.readingOrder = "RightToLeft";
  return name;
}
