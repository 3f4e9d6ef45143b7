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
import type { DossierReadBack } from "./dossier-parse";
import { dossierFigures, type DossierMarker, type Holding } from "./dossier-figures";
import { DOSSIER_CHARTS, type DossierRules, overdue, summaryCells, templateRows, type CellAt, type DossierRows, type Rect } from "./dossier-spec";
import { dossierTemplate, dossierUpgrade } from "./dossier-template";
import { healthOf, healthPlan, type HealthRow } from "./health";
import { DOSSIER_INDEX_ID, dossierId, loadDossiers } from "./dossier-read";
import { quoteSheetName, rectAddress } from "../a1";
import type { ExcelRun } from "./host";
import { addSheetTable, COLOURS, FORMATS } from "./layout/common";
import { emptyPlan, TEXT_FORMAT, type PlanValue, type SheetPlan } from "./plan";
import { freeSheetName, readRegistry, registerSheet, SHEET_IDS, type RegistryState } from "./registry";
import { prospectRowsOfSheet, prospectsToMakeKey } from "./layout/prospects";
import { writeResultSheets } from "./result-sheets";
import { queuePlans } from "./write";
import { readSettingsSheet, type WorkbookSettings } from "./settings";
import { readOwnedSheets, type WrittenAreas } from "./user-cells";

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
  /** The team's contacts rules (neutral contacts, quiet days). */
  rules: DossierRules;
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
  return { ...run, lang: settings.lang, protect: settings.protectDossiers, measure: settings.analysis.measure, rules: settings.dossierRules };
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
  /** Dossier sheets a manager protected with a password: left untouched (their figures are not refreshed). */
  locked: string[];
  /** Picked names that match no client of the data. */
  unknownPicked: string[];
  indexSheet: string;
  /** The KAM Health sheet ("" when there is no dossier) and its rows. */
  healthSheet: string;
  health: HealthRow[];
  /** Dossiers of layout 1 brought to layout 2 this run (sections 11-12 and the new columns added). */
  upgraded: string[];
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
  const holdings = holdingsOf(result);
  const holdingsById = new Map(holdings.map((holding) => [dossierId(holdingKey(holding.group.group)), holding]));
  // The areas the last run wrote (beside the settings), read once and only when needed.
  let lastWritten: Promise<WrittenAreas | null> | null = null;
  const writtenAreas = (): Promise<WrittenAreas | null> => (lastWritten ??= readSettingsSheet(context, registry).then((read) => read.written));
  // Prospects a person marked "Make key client" that do not buy from us yet: a dossier of their own (KAM Prospects).
  // Read only when there are dossiers to refresh or to make: a run without them costs no sync here.
  const prospectNames = found.dossiers.length > 0 || options.createMissing ? await prospectsToMake(context, registry, writtenAreas) : [];
  const prospectsById = new Map(prospectNames.filter((name) => !clientsById.has(dossierId(clientKey(name)))).map((name) => [dossierId(clientKey(name)), name]));
  const { wanted, unknownPicked } = wantedClients(result, options.picked);
  const existing = new Map(found.dossiers.map((dossier) => [dossier.id, dossier]));
  const summary: DossierSummary = { created: [], refreshed: [], noLongerKey: [], notInData: [], damaged: [], locked: [], unknownPicked, indexSheet: "", healthSheet: "", health: [], upgraded: [], agenda: [] };
  const indexRows: IndexRow[] = [];
  const agendaInput: DossierOnSheet[] = [];
  const taken = [...found.sheetNames];
  // Everything is written through the one writer (write.ts), in syncs under the payload limit;
  // protection is lifted before the writes and put back after them.
  const targets: { sheetName: string; plan: SheetPlan }[] = [];
  const toProtect: string[] = [];

  const locked = await unprotectDossiers(context, found.dossiers.filter((dossier) => dossier.protected && dossier.readBack).map((dossier) => dossier.sheet));
  for (const dossier of found.dossiers) {
    if (!dossier.readBack) {
      summary.damaged.push(dossier.sheet);
      continue;
    }
    if (locked.has(dossier.sheet)) {
      summary.locked.push(dossier.sheet);
      continue;
    }
    const client = clientsById.get(dossier.id) ?? null;
    const holding = holdingsById.get(dossier.id) ?? null;
    const isKey = (client !== null && isKeyClient(client)) || (holding !== null && holding.group.dependency !== "none");
    const everKey = dossier.readBack.everKey || isKey;
    const marker: DossierMarker = client === null && holding === null ? (prospectsById.has(dossier.id) ? "prospect" : "not-in-data") : isKey ? "key" : wanted.has(dossier.id) || !everKey ? "picked" : "no-longer-key";
    const ref: DossierRef = { client: client?.client ?? holding?.group.group ?? dossier.readBack.name, clientKey: dossier.readBack.key, sheet: dossier.sheet };
    const sheet = context.workbook.worksheets.getItem(dossier.sheet);
    const upgrade = dossierUpgrade(dossier.readBack, { id: dossier.id, name: dossier.sheet });
    if (upgrade) {
      targets.push({ sheetName: dossier.sheet, plan: upgrade });
      summary.upgraded.push(dossier.sheet);
    }
    const figures = dossierFigures({ client, holding: holding ?? undefined, clientName: ref.client, result, measure, lang: dossier.readBack.lang, marker, everKey, readBack: dossier.readBack, rules: options.rules }, dossier.readBack.rows, { id: dossier.id, name: dossier.sheet });
    // What the last run wrote and this one will not: period columns past this run's, and the old chart.
    const { periodRows, firstFreeColumn } = figures;
    if (dossier.usedColumns > firstFreeColumn) areaRange(sheet, { row: periodRows.row, column: firstFreeColumn, rowCount: periodRows.rowCount, columnCount: dossier.usedColumns - firstFreeColumn }).clear("All");
    for (const name of DOSSIER_CHARTS) if (dossier.chartNames.includes(name)) sheet.charts.getItem(name).delete();
    targets.push({ sheetName: dossier.sheet, plan: figures.plan });
    if (protect) toProtect.push(dossier.sheet);
    summary.refreshed.push(ref);
    if (marker === "no-longer-key") summary.noLongerKey.push(ref);
    if (marker === "not-in-data") summary.notInData.push(ref);
    indexRows.push({ ref, client, holding, marker, summary: summaryCells(dossier.readBack.rows) });
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
    const marker: DossierMarker = isKeyClient(client) ? "key" : "picked";
    targets.push({ sheetName: name, plan: dossierTemplate({ key: client.key, lang: options.lang, created: today }, { id, name }) });
    targets.push({ sheetName: name, plan: dossierFigures({ client, clientName: client.client, result, measure, lang: options.lang, marker, everKey: marker === "key", readBack: null, rules: options.rules }, rows, { id, name }).plan });
    if (protect) toProtect.push(name);
    registerSheet(context, found.registry, id, name);
    const ref: DossierRef = { client: client.client, clientKey: client.key, sheet: name };
    summary.created.push(ref);
    indexRows.push({ ref, client, holding: null, marker, summary: summaryCells(rows) });
    agendaInput.push({ sheet: name, readBack: newReadBack({ key: client.key, name: client.client, manager: client.manager ?? "" }, rows, options.lang, today) });
  }
  for (const [id, name] of prospectsById) {
    if (existing.has(id) || !options.createMissing) continue;
    const sheetName = freeSheetName(name, taken);
    taken.push(sheetName);
    context.workbook.worksheets.add(sheetName);
    const key = clientKey(name);
    targets.push({ sheetName, plan: dossierTemplate({ key, lang: options.lang, created: today }, { id, name: sheetName }) });
    targets.push({ sheetName, plan: dossierFigures({ client: null, clientName: name, result, measure, lang: options.lang, marker: "prospect", everKey: true, readBack: null, rules: options.rules }, rows, { id, name: sheetName }).plan });
    if (protect) toProtect.push(sheetName);
    registerSheet(context, found.registry, id, sheetName);
    const ref: DossierRef = { client: name, clientKey: key, sheet: sheetName };
    summary.created.push(ref);
    indexRows.push({ ref, client: null, holding: null, marker: "prospect", summary: summaryCells(rows) });
    agendaInput.push({ sheet: sheetName, readBack: newReadBack({ key, name, manager: "" }, rows, options.lang, today) });
  }
  // Key holdings get a dossier of their own, listing their companies.
  for (const [id, holding] of holdingsById) {
    if (existing.has(id) || !options.createMissing || holding.group.dependency === "none") continue;
    const name = freeSheetName(holding.group.group, taken);
    taken.push(name);
    context.workbook.worksheets.add(name);
    const key = holdingKey(holding.group.group);
    targets.push({ sheetName: name, plan: dossierTemplate({ key, lang: options.lang, created: today }, { id, name }) });
    targets.push({ sheetName: name, plan: dossierFigures({ client: null, holding, clientName: holding.group.group, result, measure, lang: options.lang, marker: "key", everKey: true, readBack: null, rules: options.rules }, rows, { id, name }).plan });
    if (protect) toProtect.push(name);
    registerSheet(context, found.registry, id, name);
    const ref: DossierRef = { client: holding.group.group, clientKey: key, sheet: name };
    summary.created.push(ref);
    indexRows.push({ ref, client: null, holding, marker: "key", summary: summaryCells(rows) });
    agendaInput.push({ sheet: name, readBack: newReadBack({ key, name: holding.group.group, manager: holding.companies[0]?.manager ?? "" }, rows, options.lang, today) });
  }

  await queuePlans(context, targets);
  for (const sheetName of toProtect) context.workbook.worksheets.getItem(sheetName).protection.protect(PROTECTION);
  await context.sync();
  // The index and KAM Health are result sheets like the others: updated in place, people's cells on them kept.
  summary.health = agendaInput.map((dossier) => healthOf(dossier, today, options.rules));
  const [index, health] = await writeIndexSheets(context, found.registry, writtenAreas, [indexPlan(indexRows, options.lang, result.total, measure), healthPlan(summary.health, options.lang, today, options.rules)]);
  summary.indexSheet = index.name;
  summary.healthSheet = health.name;
  // New dossiers are due only from today on: the agenda is what the existing ones hold.
  summary.agenda = agendaOf(agendaInput, today, options.rules);
  return summary;
}

/** A key client of the run: key by its share, or given a key type by a person (prospective, image-maker, expert) or by the data. */
function isKeyClient(client: ClientResult): boolean {
  return client.dependency !== "none" || client.keyType !== null;
}

/**
 * A holding's key in the dossier registry and meta row: never a client's (client keys hold no
 * control characters, src/engine/client-key.ts).
 */
export const holdingKey = (group: string): string => `\u0001holding\u0001${clientKey(group)}`;

/** Every holding of the result with its companies, best ranked first. */
function holdingsOf(result: ClassifyResult): Holding[] {
  const companies = new Map<string, ClientResult[]>();
  for (const client of result.clients) if (client.group !== null) companies.set(client.group, [...(companies.get(client.group) ?? []), client]);
  return result.groups.map((group) => ({ group, companies: companies.get(group.group) ?? [] }));
}

/** What a dossier created this run holds: nothing typed yet (its health and agenda start from its creation). */
function newReadBack(subject: { key: string; name: string; manager: string }, rows: DossierRows, lang: Lang, created: number): DossierReadBack {
  return { rows, key: subject.key, lang, name: subject.name, manager: subject.manager, created, everKey: true, lastReviewed: null, contacts: [], members: [], actions: [], lastDeal: null, competitors: 0, reviews: [], ladder: null, satisfaction: null, complaints: "", typed: new Set() };
}

/** The names on KAM Prospects marked "Make key client" (none without the sheet). */
async function prospectsToMake(context: ExcelContext, registry: RegistryState, writtenAreas: () => Promise<WrittenAreas | null>): Promise<string[]> {
  const name = registry.sheets.get(SHEET_IDS.prospects);
  if (name === undefined) return [];
  const sheet = (await readOwnedSheets(context, [{ id: SHEET_IDS.prospects, name }])).get(SHEET_IDS.prospects);
  const written = await writtenAreas();
  return sheet ? prospectsToMakeKey(prospectRowsOfSheet(sheet, written?.[SHEET_IDS.prospects] ?? null)) : [];
}

/** Writes the index and KAM Health through the result sheets' writer (src/excel/result-sheets.ts), after reading what is on them now. */
async function writeIndexSheets(context: ExcelContext, registry: RegistryState, writtenAreas: () => Promise<WrittenAreas | null>, plans: SheetPlan[]): Promise<{ name: string }[]> {
  const present = plans.flatMap((plan) => {
    const name = registry.sheets.get(plan.id);
    return name === undefined ? [] : [{ id: plan.id, name }];
  });
  const owned = present.length === 0 ? new Map() : await readOwnedSheets(context, present);
  const { sheets } = await writeResultSheets(context, { registry, plans, owned, lastWritten: await writtenAreas(), settings: null });
  return sheets;
}

/**
 * Lifts the protection of the dossiers the add-in protected (no password) in one sync; returns the
 * sheets that stay protected because a manager set a password (they are skipped, not a failed
 * run). Only when the one sync fails is each sheet tried on its own to find them.
 */
async function unprotectDossiers(context: ExcelContext, sheets: readonly string[]): Promise<Set<string>> {
  const locked = new Set<string>();
  if (sheets.length === 0) return locked;
  for (const sheet of sheets) context.workbook.worksheets.getItem(sheet).protection.unprotect();
  try {
    await context.sync();
    return locked;
  } catch {
    // Excel stops at the first sheet it cannot unprotect: find every such sheet.
  }
  const states = sheets.map((sheet) => {
    const protection = context.workbook.worksheets.getItem(sheet).protection;
    protection.load("protected");
    return { sheet, protection };
  });
  await context.sync();
  for (const { sheet } of states.filter((state) => state.protection.protected)) {
    context.workbook.worksheets.getItem(sheet).protection.unprotect();
    try {
      // One sync per password-protected sheet, only on this rare path.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch {
      locked.add(sheet);
    }
  }
  return locked;
}

/** Key clients (isKeyClient) and picked ones, by dossier id; picked names matching nobody. */
function wantedClients(result: ClassifyResult, picked: readonly string[]): { wanted: Map<string, ClientResult>; unknownPicked: string[] } {
  const wanted = new Map<string, ClientResult>();
  for (const client of result.clients) if (isKeyClient(client)) wanted.set(dossierId(client.key), client);
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
  holding: Holding | null;
  marker: DossierMarker;
  summary: ReturnType<typeof summaryCells>;
}

export const DOSSIERS_TABLE_NAME = "KAM_Dossiers";

/**
 * The "KAM Dossiers" sheet's plan: a table, one row per dossier with a link to it, its client's
 * figures (revenue, share, dependency, status) and formulas that read its last review and its
 * follow-up dates, sortable and filterable like any table.
 */
function indexPlan(rows: IndexRow[], lang: Lang, total: number, measure: Measure): SheetPlan {
  const t = (entry: Translations) => translate(entry, lang);
  rows.sort((a, b) => (a.client?.rank ?? Infinity) - (b.client?.rank ?? Infinity) || a.ref.client.localeCompare(b.ref.client));
  const plan = emptyPlan(DOSSIER_INDEX_ID, t(INDEX_TEXT.sheetName), RTL_LANGUAGES.has(lang));
  const columns: { header: string; format: string | null; width: number }[] = [
    { header: t(INDEX_TEXT.dossier), format: TEXT_FORMAT, width: 160 },
    { header: t(COLUMN_TEXTS.client), format: TEXT_FORMAT, width: 180 },
    { header: t(COLUMN_TEXTS.manager), format: TEXT_FORMAT, width: 120 },
    { header: t(COLUMN_TEXTS[measure]), format: FORMATS.money, width: 100 },
    { header: t(COLUMN_TEXTS.share), format: FORMATS.percent, width: 70 },
    { header: t(COLUMN_TEXTS.dependency), format: null, width: 110 },
    { header: t(COLUMN_TEXTS.status), format: null, width: 130 },
    { header: t(INDEX_TEXT.lastReview), format: FORMATS.date, width: 110 },
    { header: t(FOLLOW_UP_TEXT.nextReview), format: FORMATS.date, width: 110 },
    { header: t(TABLE_COLUMNS.nextContactDue), format: FORMATS.date, width: 130 },
  ];
  const body: PlanValue[][] = rows.map(({ ref, client, holding, marker, summary }, index) => {
    const status = marker === "no-longer-key" ? t(DOSSIER_TEXT.noLongerKey) : marker === "not-in-data" ? t(DOSSIER_TEXT.notInData) : marker === "prospect" ? t(DOSSIER_TEXT.prospect) : client ? t(STATUS_TEXTS[client.status]) : "";
    const sheetRef = `${quoteSheetName(ref.sheet)}!`;
    const at = (cell: CellAt) => `${sheetRef}${rectAddress({ ...cell, rowCount: 1, columnCount: 1 }, true)}`;
    const dateOf = (cell: CellAt): PlanValue => ({ formula: `=${at(cell)}` });
    // The last review is a cell the manager fills: empty until then, shown empty (not 0, 1900-01-00).
    const typedDate = (cell: CellAt): PlanValue => ({ formula: `=IF(ISNUMBER(${at(cell)}),${at(cell)},"")` });
    plan.links.push({ row: index + 1, column: 0, link: { documentReference: `${quoteSheetName(ref.sheet)}!A1`, textToDisplay: ref.sheet } });
    // A holding: its figures summed over its companies, its manager the biggest company's.
    const figures = client ?? (holding && { manager: holding.companies[0]?.manager ?? null, measure: holding.group.measure, dependency: holding.group.dependency });
    return [ref.sheet, ref.client, figures?.manager ?? null, figures?.measure ?? null, figures && total !== 0 ? figures.measure / total : null, figures ? t(DEPENDENCY_TEXTS[figures.dependency]) : null, status || null, typedDate(summary.lastReview), dateOf(summary.nextReview), dateOf(summary.nextContact)];
  });
  const width = columns.length;
  // An index with no dossier yet keeps its table (one empty row).
  addSheetTable(plan, { name: DOSSIERS_TABLE_NAME, headers: columns.map((column) => column.header), rows: body, formats: columns.map((column) => column.format) });
  // Next review and next contact (the last two columns) turn orange once passed; the last review never does.
  if (rows.length > 0) plan.formulaColours.push({ ...overdue({ row: 1, column: width - 2, rowCount: rows.length, columnCount: 2 }) });
  plan.columnWidths = columns.map((column, index) => ({ column: index, width: column.width }));
  plan.freezeRows = 1;
  plan.tabColor = COLOURS.header;
  return plan;
}
