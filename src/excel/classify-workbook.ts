/**
 * "Classify clients" in the workbook: read the sales block in chunks, run the engine, lay the
 * results out as sheet plans and write them. New content goes into sheets with temporary names
 * first; only when all of it is written are the old result sheets swapped out (deleted, the new
 * ones renamed into their place and the registry names re-pointed), so a run that fails half-way
 * leaves the previous results as they were. Bad input stops the run before anything is written.
 */
import { classify } from "../engine/classify";
import { analysisProblems } from "../engine/settings";
import { InputException } from "../engine/read";
import { KEY_TYPES } from "../engine/types";
import type { AnalysisSettings, ClassifyResult, DetectedColumns, InputError, KeyType, ReadSettings, RowProblem } from "../engine/types";
import { LANGUAGES, type Lang } from "../i18n/core";
import { SHEET_NAME_TEXTS } from "../i18n/sheets";
import { dossierOptions, updateDossiers, type DossierSummary } from "./dossier";
import type { ExcelRun } from "./host";
import { clientsPlan, CLIENTS_TABLE_NAME } from "./layout/clients";
import { emptyKeptInput, type KeptInput, type LayoutInput } from "./layout/common";
import { matrixPlan } from "./layout/matrix";
import { summaryPlan } from "./layout/summary";
import { winbackPlan, WINBACK_TABLE_NAME } from "./layout/winback";
import { computeMovement, type Movement } from "./movement";
import type { SheetPlan } from "./plan";
import { offersFromWinback, previousFromClients, type PreviousClients } from "./previous";
import { blockReference, inspectSource, readRowsInChunks, readSource, type SourceBlock, type SourceInfo } from "./read";
import { freeSheetName, readRegistry, registerSheet, SHEET_IDS, type RegistryState } from "./registry";
import { DEFAULT_WORKBOOK_SETTINGS, queueSaveSettings, readSettingsSheet, readStoredSettings, type WorkbookSettings } from "./settings";
import { plannedAreas, readUserCells, userCellBlocks, type WrittenAreas } from "./user-cells";
import type { SourceChoice } from "./source";
import { queuePlans } from "./write";
import type { CellValue } from "../engine/types";

export type { SourceChoice } from "./source";
export type { SourceInfo } from "./read";

export type ClassifyProgress = { phase: "reading"; rowsRead: number; rowsTotal: number } | { phase: "analysing" } | { phase: "writing" };

export interface ClassifyOptions {
  /** Default: the source saved in the workbook, else automatic. */
  source?: SourceChoice;
  /** Over the settings saved in the workbook (themselves over the defaults). */
  analysis?: Partial<AnalysisSettings>;
  read?: Partial<ReadSettings>;
  /** Language of the sheets; default: the saved one, else English. */
  lang?: Lang;
  now?: Date;
  /**
   * Dossier sheets (src/excel/dossier.ts): every run rewrites the figures of the dossiers the
   * workbook has and the "KAM Dossiers" index, and returns the agenda; with this option it also
   * creates the missing dossiers of the key clients and of the picked ones (names or keys).
   */
  dossiers?: { picked?: readonly string[] };
  onProgress?: (progress: ClassifyProgress) => void;
}

/** Where the source block is, so each row problem can be located: sheet, row, column. */
export interface SourceLocation {
  sheet: string;
  /** 0-based sheet column of the block's first column (RowProblem.column counts from it). */
  column: number;
  /** `Sheet!A1:D100`, when the block was found. */
  address: string | null;
}

export interface SheetWritten {
  id: string;
  name: string;
}

export type ClassifyOutcome =
  | {
      ok: true;
      result: ClassifyResult;
      movement: Movement;
      sheets: SheetWritten[];
      source: SourceLocation & { address: string };
      detected: DetectedColumns;
      rowsRead: number;
      settings: WorkbookSettings;
      dossiers: DossierSummary;
    }
  | { ok: false; error: InputError; source: SourceLocation | null; settings: WorkbookSettings };

/** The sheet cell of a row problem, for goToCell: 1-based row, 0-based sheet column. */
export function problemCell(source: SourceLocation, problem: RowProblem): { sheet: string; row: number; column: number } {
  return { sheet: source.sheet, row: problem.row, column: source.column + (problem.column ?? 0) };
}

const RESULT_IDS = [SHEET_IDS.clients, SHEET_IDS.matrix, SHEET_IDS.summary, SHEET_IDS.winback] as const;
const ALL_IDS = [...RESULT_IDS, SHEET_IDS.settings];
/** Names of sheets being written; a run that died half-way may leave some, the next run deletes them. */
const TEMP_PREFIX = "~KAM new ";
const TEMP_TABLE_SUFFIX = "_new";

function mergeSettings(stored: WorkbookSettings | null, options: ClassifyOptions): WorkbookSettings {
  const base = stored ?? DEFAULT_WORKBOOK_SETTINGS;
  return {
    analysis: { ...base.analysis, ...options.analysis },
    read: { ...base.read, ...options.read, mapping: { ...(options.read?.mapping ?? base.read.mapping) } },
    source: options.source ?? base.source,
    lang: options.lang ?? base.lang,
    sourceSheet: base.sourceSheet,
    protectDossiers: base.protectDossiers,
  };
}

/** Excel serial of a moment in local wall-clock time (what a user reads on the sheet). */
function serialOf(date: Date): number {
  return (date.getTime() - date.getTimezoneOffset() * 60_000) / 86_400_000 + 25569;
}

export async function classifyWorkbook(run: ExcelRun, options: ClassifyOptions = {}): Promise<ClassifyOutcome> {
  return run(async (context) => {
    const registry = await readRegistry(context, ALL_IDS);
    const stored = await readSettingsSheet(context, registry);
    const settings = mergeSettings(stored.settings, options);
    // The saved settings, the pane's and the command line's all pass the one validator; a run never goes on with settings it refuses.
    const settingsProblems = analysisProblems(settings.analysis);
    if (settingsProblems.length > 0) {
      return { ok: false, error: { code: "bad-settings", message: settingsProblems.map((problem) => problem.message).join("; "), problems: [] }, source: null, settings };
    }
    let location: SourceLocation | null = null;
    let block: SourceBlock;
    let result: ClassifyResult;
    let detected: DetectedColumns;
    try {
      const source = await readSource(context, settings.source, settings.read, (rowsRead, rowsTotal) => options.onProgress?.({ phase: "reading", rowsRead, rowsTotal }), { owned: registry.owned, fallback: settings.sourceSheet }, (found) => {
        location = { sheet: found.sheet, column: found.column, address: null };
      });
      block = source.block;
      detected = source.read.detected;
      options.onProgress?.({ phase: "analysing" });
      result = classify(source.read.data, settings.analysis, source.read.skipped);
    } catch (error) {
      if (error instanceof InputException) return { ok: false, error: error.error, source: location, settings };
      throw error;
    }
    const address = blockReference(block);
    const sourceLocation = { sheet: block.sheet, column: block.column, address };

    const previous = await readPreviousRun(context, registry);
    const kept = previous?.kept ?? emptyKeptInput();
    applyTypedKeyTypes(result, kept);
    const movement = computeMovement(result, previous?.clients ?? null);
    const input: LayoutInput = {
      result,
      settings: settings.analysis,
      lang: settings.lang,
      movement,
      kept,
      run: { source: address, detected, rowsRead: block.dataRows, runAt: serialOf(options.now ?? new Date()) },
    };
    options.onProgress?.({ phase: "writing" });
    const saved: WorkbookSettings = { ...settings, source: settings.source.kind === "selection" ? { kind: "range", address } : settings.source, sourceSheet: block.sheet };
    const plans = [clientsPlan(input), matrixPlan(input), summaryPlan(input), winbackPlan(input)];
    const written: WrittenAreas = Object.fromEntries(plans.map((plan) => [plan.id, plannedAreas(plan)]));
    await keepUserCells(context, registry, plans, stored.written);
    const sheets = await writeResults(context, registry, plans, saved, written);
    // Dossiers (src/excel/dossier.ts): create them for key and picked clients, refresh their figures and the index, read the agenda.
    const dossiers = await updateDossiers(
      context,
      result,
      dossierOptions(settings, { picked: options.dossiers?.picked ?? [], createMissing: options.dossiers !== undefined, today: options.now ?? new Date() }),
    );
    return { ok: true, result, movement, sheets, source: sourceLocation, detected, rowsRead: block.dataRows, settings: saved, dossiers };
  });
}

/** Key types people chose in KAM Clients count for the run (the dossiers follow them too). */
function applyTypedKeyTypes(result: ClassifyResult, kept: KeptInput): void {
  for (const client of result.clients) {
    const typed = kept.keyType.get(client.key);
    if (typed !== undefined && (KEY_TYPES as readonly string[]).includes(typed)) client.keyType = typed as KeyType;
  }
}

/** Values of a registered sheet's first table (or, without one, its used range). */
async function readOwnTable(context: Excel.RequestContext, sheetName: string): Promise<CellValue[][]> {
  const tables = context.workbook.worksheets.getItem(sheetName).tables;
  tables.load("items/name");
  const used = context.workbook.worksheets.getItem(sheetName).getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  let area = used.isNullObject ? null : { row: used.rowIndex, column: used.columnIndex, rows: used.rowCount, columns: used.columnCount };
  if (tables.items.length > 0) {
    const range = tables.items[0].getRange();
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    area = { row: range.rowIndex, column: range.columnIndex, rows: range.rowCount, columns: range.columnCount };
  }
  if (area === null) return [];
  const values: CellValue[][] = [];
  await readRowsInChunks(context, sheetName, area, (rows) => {
    for (const row of rows) values.push(row);
    return true;
  });
  return values;
}

async function readPreviousRun(context: Excel.RequestContext, registry: RegistryState): Promise<PreviousClients | null> {
  const clientsSheet = registry.sheets.get(SHEET_IDS.clients);
  if (clientsSheet === undefined) return null;
  const previous = previousFromClients(await readOwnTable(context, clientsSheet));
  if (previous === null) return null;
  const winbackSheet = registry.sheets.get(SHEET_IDS.winback);
  if (winbackSheet !== undefined) previous.kept.plannedOffer = offersFromWinback(await readOwnTable(context, winbackSheet));
  return previous;
}

/** Names we give our sheets in any language: such a name follows the language; a user's own name is kept. */
const DEFAULT_NAMES = new Set(Object.values(SHEET_NAME_TEXTS).flatMap((entry) => LANGUAGES.map((lang) => entry[lang].toLowerCase())));

const TABLE_NAMES: Partial<Record<string, string>> = { [SHEET_IDS.clients]: CLIENTS_TABLE_NAME, [SHEET_IDS.winback]: WINBACK_TABLE_NAME };

/** Adds to each plan the cells people put on its old sheet outside what the last run wrote. */
async function keepUserCells(context: Excel.RequestContext, registry: RegistryState, plans: SheetPlan[], lastWritten: WrittenAreas | null): Promise<void> {
  for (const plan of plans) {
    const old = registry.sheets.get(plan.id);
    const areas = lastWritten?.[plan.id];
    // Without a record of what the last run wrote, nothing on the old sheet can be told apart.
    if (old === undefined || areas === undefined) continue;
    plan.blocks.push(...userCellBlocks(await readUserCells(context, old, areas), plan));
  }
}

/** Writes the plans into new sheets, then swaps them for the old ones in the last sync. */
async function writeResults(context: Excel.RequestContext, registry: RegistryState, plans: SheetPlan[], settings: WorkbookSettings, written: WrittenAreas): Promise<SheetWritten[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/position");
  const tables = context.workbook.tables;
  tables.load("items/name");
  await context.sync();
  const leftovers = worksheets.items.filter((sheet) => sheet.name.startsWith(TEMP_PREFIX));
  for (const sheet of leftovers) sheet.delete();
  const existing = worksheets.items.filter((sheet) => !sheet.name.startsWith(TEMP_PREFIX));
  const position = new Map(existing.map((sheet) => [sheet.name, sheet.position]));
  const takenTables = new Set(tables.items.map((table) => table.name.toLowerCase()));

  const targets = plans.map((plan, index) => ({
    plan: { ...plan, tables: plan.tables.map((table) => ({ ...table, name: freeTableName(table.name + TEMP_TABLE_SUFFIX, takenTables) })) },
    sheetName: `${TEMP_PREFIX}${index + 1}`,
    final: plan,
  }));
  for (const target of targets) worksheets.add(target.sheetName);
  try {
    await queuePlans(context, targets);
    // All new content is in before anything old is touched: the swap is a sync of its own.
    await context.sync();
    return swapIn(context, registry, targets, existing.map((sheet) => sheet.name), position, takenTables, settings, written);
  } catch (error) {
    await removeSheets(context, targets.map((target) => target.sheetName));
    throw error;
  }
}

function freeTableName(wanted: string, taken: Set<string>): string {
  let name = wanted;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${wanted}${n}`;
  taken.add(name.toLowerCase());
  return name;
}

async function swapIn(
  context: Excel.RequestContext,
  registry: RegistryState,
  targets: { plan: SheetPlan; sheetName: string; final: SheetPlan }[],
  existingNames: string[],
  position: Map<string, number>,
  takenTables: Set<string>,
  settings: WorkbookSettings,
  writtenAreas: WrittenAreas,
): Promise<SheetWritten[]> {
  const worksheets = context.workbook.worksheets;
  const names = new Set(existingNames);
  const written: SheetWritten[] = [];
  const oldSheets = targets.map((target) => registry.sheets.get(target.final.id));
  for (const old of oldSheets) {
    if (old === undefined) continue;
    worksheets.getItem(old).delete();
    names.delete(old);
  }
  // The old tables went with their sheets: their names are free again.
  for (const target of targets) for (const table of target.final.tables) takenTables.delete(table.name.toLowerCase());
  targets.forEach((target, index) => {
    const old = oldSheets[index];
    const name = old !== undefined && !DEFAULT_NAMES.has(old.toLowerCase()) ? old : freeSheetName(target.final.name, names);
    names.add(name);
    const sheet = worksheets.getItem(target.sheetName);
    sheet.name = name;
    if (old !== undefined) sheet.position = position.get(old) ?? 0;
    target.plan.tables.forEach((table, t) => {
      const wanted = TABLE_NAMES[target.final.id] ?? target.final.tables[t].name;
      context.workbook.tables.getItem(table.name).name = freeTableName(wanted, takenTables);
    });
    registerSheet(context, registry, target.final.id, name);
    written.push({ id: target.final.id, name });
  });
  queueSaveSettings(context, registry, settings, [...names], writtenAreas);
  worksheets.getItem(written[0].name).activate();
  await context.sync();
  return written;
}

/** Best effort after a failure: removes the half-written new sheets, leaving the old results. */
async function removeSheets(context: Excel.RequestContext, sheetNames: string[]): Promise<void> {
  try {
    const sheets = sheetNames.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
    await context.sync();
    for (const sheet of sheets) if (!sheet.isNullObject) sheet.delete();
    await context.sync();
  } catch {
    // The next run deletes what is left (TEMP_PREFIX).
  }
}

/** What the pane shows before a run: address, header texts, recognised columns, row count. */
export async function detectSource(run: ExcelRun, source: SourceChoice, read?: Partial<ReadSettings>): Promise<SourceInfo> {
  return run(async (context) => {
    const registry = await readRegistry(context, [SHEET_IDS.settings]);
    const settings = mergeSettings(await readStoredSettings(context, registry), { read });
    return inspectSource(context, source, settings.read, { owned: registry.owned, fallback: settings.sourceSheet });
  });
}

export async function listTables(run: ExcelRun): Promise<string[]> {
  return run(async (context) => {
    const tables = context.workbook.tables;
    tables.load("items/name");
    await context.sync();
    return tables.items.map((table) => table.name);
  });
}

/** Activates the sheet and selects one cell: `row` 1-based (as RowProblem.row), `column` 0-based. */
export async function goToCell(run: ExcelRun, sheetName: string, row: number, column: number): Promise<void> {
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.activate();
    sheet.getRangeByIndexes(row - 1, column, 1, 1).select();
    await context.sync();
  });
}
