/**
 * Dossier sheets for key clients (Office.js). Every run creates the dossiers that are missing and
 * rewrites only the Figures section of the existing ones and the "KAM Dossiers" index; what the
 * managers typed anywhere else is never written to. A dossier is never deleted: a client that
 * stopped being key keeps its dossier, marked "no longer key".
 */
import type { ExcelContext, ExcelWorksheet, ExcelRange } from "../office-api";
import { clientKey } from "../engine/client-key";
import type { ClassifyResult, ClientResult, Measure } from "../engine/types";
import { RTL_LANGUAGES, translate, type Lang, type Translations } from "../i18n/core";
import { DOSSIER_TEXT, INDEX_TEXT, TABLE_COLUMNS, FOLLOW_UP_TEXT } from "../i18n/dossier";
import { COLUMN_TEXTS, DEPENDENCY_TEXTS, STATUS_TEXTS } from "../i18n/sheets";
import { agendaOf, serialOfDay, type AgendaItem, type DossierOnSheet } from "./agenda";
import { dossierFigures, type DossierMarker } from "./dossier-figures";
import { CHART_NAME, overdue, summaryCells, templateRows, type Rect } from "./dossier-spec";
import { dossierTemplate } from "./dossier-template";
import { DOSSIER_INDEX_ID, dossierId, loadDossiers } from "./dossier-read";
import { quoteSheetName, rectAddress } from "../a1";
import type { ExcelRun } from "./host";
import { COLOURS, FORMATS } from "./layout/common";
import { cellBlocks, emptyPlan, type PlanValue, type SheetPlan } from "./plan";
import { freeSheetName, readRegistry, registerSheet, type RegistryState } from "./registry";
import { queuePlans } from "./write";
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

/** Creates dossiers for key and picked clients, refreshes the existing ones and the index. */
export async function createOrRefreshDossiers(run: ExcelRun, result: ClassifyResult, options: DossierOptions): Promise<DossierSummary> {
  return run(async (context) => updateDossiers(context, await readRegistry(context), result, options));
}

/** The same inside a caller's batch, with the registry it read (classifyWorkbook runs it after writing the result sheets). */
export async function updateDossiers(context: ExcelContext, registry: RegistryState, result: ClassifyResult, options: DossierOptions): Promise<DossierSummary> {
  const found = await loadDossiers(context, registry);
  const today = serialOfDay(options.today);
  const { protect, measure } = options;

  const clientsById = new Map(result.clients.map((client) => [dossierId(client.key), client]));
  const { wanted, unknownPicked } = wantedClients(result, options.picked);
  const existing = new Map(found.dossiers.map((dossier) => [dossier.id, dossier]));
  const summary: DossierSummary = { created: [], refreshed: [], noLongerKey: [], notInData: [], damaged: [], unknownPicked, indexSheet: "", agenda: [] };
  const indexRows: IndexRow[] = [];
  const agendaInput: DossierOnSheet[] = [];
  const taken = [...found.sheetNames];
  // Everything is written through the one writer (write.ts), in syncs under the payload limit;
  // protection is lifted before the writes and put back after them.
  const targets: { sheetName: string; plan: SheetPlan }[] = [];
  const toProtect: string[] = [];

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
    const figures = dossierFigures({ client, clientName: ref.client, result, measure, lang: dossier.readBack.lang, marker, everKey }, dossier.readBack.rows, { id: dossier.id, name: dossier.sheet });
    // What the last run wrote and this one will not: period columns past this run's, and the old chart.
    const { periodRows, firstFreeColumn } = figures;
    if (dossier.usedColumns > firstFreeColumn) areaRange(sheet, { row: periodRows.row, column: firstFreeColumn, rowCount: periodRows.rowCount, columnCount: dossier.usedColumns - firstFreeColumn }).clear("All");
    if (dossier.chartNames.includes(CHART_NAME)) sheet.charts.getItem(CHART_NAME).delete();
    targets.push({ sheetName: dossier.sheet, plan: figures.plan });
    if (protect) toProtect.push(dossier.sheet);
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
    const name = freeSheetName(client.client, taken);
    taken.push(name);
    context.workbook.worksheets.add(name);
    const marker: DossierMarker = client.dependency !== "none" ? "key" : "picked";
    targets.push({ sheetName: name, plan: dossierTemplate({ key: client.key, lang: options.lang, created: today }, { id, name }) });
    targets.push({ sheetName: name, plan: dossierFigures({ client, clientName: client.client, result, measure, lang: options.lang, marker, everKey: marker === "key" }, rows, { id, name }).plan });
    if (protect) toProtect.push(name);
    registerSheet(context, found.registry, id, name);
    const ref: DossierRef = { client: client.client, clientKey: client.key, sheet: name };
    summary.created.push(ref);
    indexRows.push({ ref, client, marker, summary: summaryCells(rows) });
  }

  const index = indexPlan(context, found.registry, taken, indexRows, options.lang);
  summary.indexSheet = index.sheetName;
  await queuePlans(context, [...targets, index]);
  for (const sheetName of toProtect) context.workbook.worksheets.getItem(sheetName).protection.protect(PROTECTION);
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

function areaRange(sheet: ExcelWorksheet, area: Rect): ExcelRange {
  return sheet.getRange(rectAddress(area));
}

// ---------------------------------------------------------------------------------------------
// The index

interface IndexRow {
  ref: DossierRef;
  client: ClientResult | null;
  marker: DossierMarker;
  summary: ReturnType<typeof summaryCells>;
}

/**
 * The "KAM Dossiers" sheet's plan (the sheet is created when missing, cleared when it exists):
 * one row per dossier with a link to it, its client's figures and formulas that read its dates.
 */
function indexPlan(context: ExcelContext, registry: RegistryState, taken: string[], rows: IndexRow[], lang: Lang): { sheetName: string; plan: SheetPlan } {
  const t = (entry: Translations) => translate(entry, lang);
  let name = registry.sheets.get(DOSSIER_INDEX_ID);
  if (name === undefined) {
    name = freeSheetName(t(INDEX_TEXT.sheetName), taken);
    taken.push(name);
    context.workbook.worksheets.add(name);
    registerSheet(context, registry, DOSSIER_INDEX_ID, name);
  } else {
    const all = context.workbook.worksheets.getItem(name).getRange();
    all.conditionalFormats.clearAll();
    all.clear("All");
  }
  rows.sort((a, b) => (a.client?.rank ?? Infinity) - (b.client?.rank ?? Infinity) || a.ref.client.localeCompare(b.ref.client));
  const plan = emptyPlan(DOSSIER_INDEX_ID, name, RTL_LANGUAGES.has(lang));
  const headers = [t(INDEX_TEXT.dossier), t(COLUMN_TEXTS.client), t(COLUMN_TEXTS.manager), t(COLUMN_TEXTS.dependency), t(COLUMN_TEXTS.status), t(FOLLOW_UP_TEXT.nextReview), t(TABLE_COLUMNS.nextContactDue)];
  const cells: { row: number; column: number; value: PlanValue; format?: string }[] = headers.map((value, column) => ({ row: 0, column, value }));
  rows.forEach(({ ref, client, marker, summary }, index) => {
    const row = index + 1;
    const status = marker === "no-longer-key" ? t(DOSSIER_TEXT.noLongerKey) : marker === "not-in-data" ? t(DOSSIER_TEXT.notInData) : client ? t(STATUS_TEXTS[client.status]) : "";
    const sheetRef = `${quoteSheetName(ref.sheet)}!`;
    const dateOf = (cell: { row: number; column: number }): string => `=${sheetRef}${rectAddress({ ...cell, rowCount: 1, columnCount: 1 }, true)}`;
    cells.push(
      { row, column: 0, value: ref.sheet },
      { row, column: 1, value: ref.client },
      { row, column: 2, value: client?.manager ?? null },
      { row, column: 3, value: client ? t(DEPENDENCY_TEXTS[client.dependency]) : null },
      { row, column: 4, value: status || null },
      { row, column: 5, value: { formula: dateOf(summary.nextReview) }, format: FORMATS.date },
      { row, column: 6, value: { formula: dateOf(summary.nextContact) }, format: FORMATS.date },
    );
    plan.links.push({ row, column: 0, sheet: ref.sheet, text: ref.sheet });
  });
  plan.blocks = cellBlocks(cells);
  plan.styles.push({ area: { row: 0, column: 0, rowCount: 1, columnCount: headers.length }, style: { bold: true, fill: COLOURS.header, fontColor: COLOURS.headerFont, wrap: true } });
  if (rows.length > 0) plan.formulaColours.push({ ...overdue({ row: 1, column: 5, rowCount: rows.length, columnCount: 2 }) });
  plan.columnWidths = [160, 180, 120, 110, 130, 110, 130].map((width, column) => ({ column, width }));
  plan.freezeRows = 1;
  return { sheetName: name, plan };
}
