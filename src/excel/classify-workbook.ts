/**
 * "Classify clients" in the workbook: read the sales block in chunks, run the engine, lay the
 * results out as sheet plans and write them. New content goes into sheets with temporary names
 * first; only when all of it is written are the old result sheets swapped out (deleted, the new
 * ones renamed into their place and the registry names re-pointed), so a run that fails half-way
 * leaves the previous results as they were. Bad input stops the run before anything is written.
 */
import type { ExcelContext } from "../office-api";
import { classify } from "../engine/classify";
import { analysisProblems, type SettingsProblem } from "../engine/settings";
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
import { blockReference, inspectSource, readSource, type SourceInfo, type SourceRead } from "./read";
import { freeSheetName, readRegistry, registerSheet, SHEET_IDS, unregisterSheet, type RegistryState } from "./registry";
import { DEFAULT_WORKBOOK_SETTINGS, queueSaveSettings, readSettingsSheet, type WorkbookSettings } from "./settings";
import { cellsOutside, plannedAreas, readOwnedSheets, tableValues, userCellBlocks, type UserCell, type WrittenAreas } from "./user-cells";
import type { SourceChoice } from "./source";
import { queuePlans } from "./write";

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
      /** What the source holds, as the pane shows it before a run (no second read needed). */
      sourceInfo: SourceInfo;
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

/**
 * Sheets being written are registered under these ids until they are swapped in: a run that died
 * half-way leaves them registered, and the next run deletes exactly those, never a sheet by its
 * name (a person's "~KAM new ideas" sheet, or a client's dossier, is not the add-in's to delete).
 */
const TEMP_ID_PREFIX = "Temp.";
const TEMP_NAME = "~KAM new ";
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

/**
 * One run of Classify, passed from step to step: what the workbook's registry and settings hold,
 * the settings this run uses, and where the source is once it is found.
 */
interface ClassifyRun {
  context: ExcelContext;
  options: ClassifyOptions;
  registry: RegistryState;
  settings: WorkbookSettings;
  /** Saved settings that could not be used and that this run does not set (it refuses to run). */
  replaced: SettingsProblem[];
  /** The areas the last run wrote on each result sheet (null: unknown, nothing there is kept). */
  lastWritten: WrittenAreas | null;
  location: SourceLocation | null;
}

/** What people put on the last run's result sheets, read once per sheet. */
interface TypedInput {
  previous: PreviousClients | null;
  kept: KeptInput;
  /** Cells typed outside the add-in's areas, by result sheet id. */
  userCells: Map<string, UserCell[]>;
}

/**
 * Classify clients in the workbook, as named steps: read the source -> analyse -> read what people
 * typed -> lay out -> write -> dossiers. Bad input (or settings the validator refuses) stops the
 * run before anything is written and comes back as an error value.
 */
export async function classifyWorkbook(run: ExcelRun, options: ClassifyOptions = {}): Promise<ClassifyOutcome> {
  return run(async (context) => {
    const classifyRun = await startRun(context, options);
    const { settings } = classifyRun;
    // The saved settings, the pane's and the command line's all pass the one validator; a run never goes on with settings it refuses.
    const settingsProblems = [...classifyRun.replaced, ...analysisProblems(settings.analysis)];
    if (settingsProblems.length > 0) {
      return { ok: false, error: { code: "bad-settings", message: settingsProblems.map((problem) => problem.message).join("; "), problems: [] }, source: null, settings };
    }
    let analysed: { source: SourceRead; result: ClassifyResult };
    try {
      analysed = await readAndAnalyse(classifyRun);
    } catch (error) {
      if (error instanceof InputException) return { ok: false, error: error.error, source: classifyRun.location, settings };
      throw error;
    }
    const { block, read } = analysed.source;
    const address = blockReference(block);
    const typed = await readTypedInput(classifyRun);
    // Key types people chose in KAM Clients count for this run's sheets and dossiers.
    const result = withTypedKeyTypes(analysed.result, typed.kept);
    const movement = computeMovement(result, typed.previous?.clients ?? null);
    options.onProgress?.({ phase: "writing" });
    const plans = layOut(classifyRun, { result, movement, kept: typed.kept, address, detected: read.detected, rowsRead: block.dataRows });
    // What the add-in writes is recorded before people's cells join the plans: those stay theirs on the next run too.
    const written: WrittenAreas = Object.fromEntries(plans.map((plan) => [plan.id, plannedAreas(plan)]));
    for (const plan of plans) plan.blocks.push(...userCellBlocks(typed.userCells.get(plan.id) ?? [], plan));
    const saved: WorkbookSettings = { ...settings, source: settings.source.kind === "selection" ? { kind: "range", address } : settings.source, sourceSheet: block.sheet };
    const sheets = await writeResults(context, classifyRun.registry, plans, saved, written);
    // Dossiers (src/excel/dossier.ts): create them for key and picked clients, refresh their figures and the index, read the agenda.
    const dossiers = await updateDossiers(
      context,
      classifyRun.registry,
      result,
      dossierOptions(settings, { picked: options.dossiers?.picked ?? [], createMissing: options.dossiers !== undefined, today: options.now ?? new Date() }),
    );
    const sourceInfo: SourceInfo = { sheet: block.sheet, address, headers: block.header.map((cell) => (cell === null ? "" : String(cell))), detected: read.detected, rowCount: block.dataRows, tableName: block.tableName };
    return { ok: true, result, movement, sheets, source: { sheet: block.sheet, column: block.column, address }, sourceInfo, detected: read.detected, rowsRead: block.dataRows, settings: saved, dossiers };
  });
}

/** The registry and the saved settings (under the options given), read once for the whole run. */
async function startRun(context: ExcelContext, options: ClassifyOptions): Promise<ClassifyRun> {
  const registry = await readRegistry(context);
  const { stored, written } = await readSettingsSheet(context, registry);
  // A saved value that had to be replaced counts unless this run sets that field itself.
  const replaced = (stored?.replaced ?? []).filter((problem) => options.analysis?.[problem.field] === undefined);
  return { context, options, registry, settings: mergeSettings(stored?.settings ?? null, options), replaced, lastWritten: written, location: null };
}

/** Reads the source in chunks and runs the engine; throws InputException on bad input. */
async function readAndAnalyse(run: ClassifyRun): Promise<{ source: SourceRead; result: ClassifyResult }> {
  const { settings, options } = run;
  const source = await readSource(run.context, {
    choice: settings.source,
    settings: settings.read,
    own: { owned: run.registry.owned, fallback: settings.sourceSheet },
    onProgress: (rowsRead, rowsTotal) => options.onProgress?.({ phase: "reading", rowsRead, rowsTotal }),
    onFound: (found) => (run.location = { sheet: found.sheet, column: found.column, address: null }),
  });
  options.onProgress?.({ phase: "analysing" });
  return { source, result: classify(source.read.data, settings.analysis, source.read.skipped) };
}

/** The four result sheets' plans. */
function layOut(run: ClassifyRun, input: { result: ClassifyResult; movement: Movement; kept: KeptInput; address: string; detected: DetectedColumns; rowsRead: number }): SheetPlan[] {
  const layoutInput: LayoutInput = {
    result: input.result,
    settings: run.settings.analysis,
    lang: run.settings.lang,
    movement: input.movement,
    kept: input.kept,
    run: { source: input.address, detected: input.detected, rowsRead: input.rowsRead, runAt: serialOf(run.options.now ?? new Date()) },
  };
  return [clientsPlan(layoutInput), matrixPlan(layoutInput), summaryPlan(layoutInput), winbackPlan(layoutInput)];
}

/**
 * A copy of the result in which the key types people chose in KAM Clients replace the engine's
 * (the engine's result itself is left as computed).
 */
function withTypedKeyTypes(result: ClassifyResult, kept: KeptInput): ClassifyResult {
  const typedKeyType = (key: string): KeyType | null => {
    const typed = kept.keyType.get(key);
    return typed !== undefined && (KEY_TYPES as readonly string[]).includes(typed) ? (typed as KeyType) : null;
  };
  if (!result.clients.some((client) => typedKeyType(client.key) !== null)) return result;
  return { ...result, clients: result.clients.map((client) => ({ ...client, keyType: typedKeyType(client.key) ?? client.keyType })) };
}

/**
 * Reads each result sheet of the last run once (values and formulas of its used range): its
 * table gives the previous run's clients and what people typed in it, the rest the cells people
 * put around it.
 */
async function readTypedInput(run: ClassifyRun): Promise<TypedInput> {
  const typed: TypedInput = { previous: null, kept: emptyKeptInput(), userCells: new Map() };
  const ids = [SHEET_IDS.clients, SHEET_IDS.matrix, SHEET_IDS.summary, SHEET_IDS.winback].filter((id) => run.registry.sheets.has(id));
  const sheets = await readOwnedSheets(run.context, ids.map((id) => ({ id, name: run.registry.sheets.get(id) as string })));
  const clients = sheets.get(SHEET_IDS.clients);
  typed.previous = clients ? previousFromClients(tableValues(clients)) : null;
  if (typed.previous) typed.kept = typed.previous.kept;
  const winback = sheets.get(SHEET_IDS.winback);
  if (typed.previous && winback) typed.kept.plannedOffer = offersFromWinback(tableValues(winback));
  // Without a record of what the last run wrote, nothing on the old sheet can be told apart.
  for (const [id, sheet] of sheets) {
    const areas = run.lastWritten?.[id];
    if (areas !== undefined) typed.userCells.set(id, cellsOutside(sheet.values, sheet.formulas, sheet.origin, areas));
  }
  return typed;
}

/** Names we give our sheets in any language: such a name follows the language; a user's own name is kept. */
const DEFAULT_NAMES = new Set(Object.values(SHEET_NAME_TEXTS).flatMap((entry) => LANGUAGES.map((lang) => entry[lang].toLowerCase())));

const TABLE_NAMES: Partial<Record<string, string>> = { [SHEET_IDS.clients]: CLIENTS_TABLE_NAME, [SHEET_IDS.winback]: WINBACK_TABLE_NAME };

/** Writes the plans into new sheets, then swaps them for the old ones in the last sync. */
async function writeResults(context: ExcelContext, registry: RegistryState, plans: SheetPlan[], settings: WorkbookSettings, written: WrittenAreas): Promise<SheetWritten[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/position");
  const tables = context.workbook.tables;
  tables.load("items/name");
  await context.sync();
  const leftovers = new Set<string>();
  for (const id of [...registry.named].filter((id) => id.startsWith(TEMP_ID_PREFIX))) {
    const sheet = registry.sheets.get(id);
    if (sheet !== undefined) leftovers.add(sheet);
    unregisterSheet(context, registry, id);
  }
  for (const sheet of leftovers) worksheets.getItem(sheet).delete();
  const existing = worksheets.items.filter((sheet) => !leftovers.has(sheet.name));
  const taken = existing.map((sheet) => sheet.name);
  const position = new Map(existing.map((sheet) => [sheet.name, sheet.position]));
  const takenTables = new Set(tables.items.map((table) => table.name.toLowerCase()));

  const targets = plans.map((plan, index) => {
    const sheetName = freeSheetName(`${TEMP_NAME}${index + 1}`, taken);
    taken.push(sheetName);
    return { plan: { ...plan, tables: plan.tables.map((table) => ({ ...table, name: freeTableName(table.name + TEMP_TABLE_SUFFIX, takenTables) })) }, sheetName, final: plan };
  });
  targets.forEach((target, index) => {
    worksheets.add(target.sheetName);
    registerSheet(context, registry, `${TEMP_ID_PREFIX}${index + 1}`, target.sheetName);
  });
  try {
    await queuePlans(context, targets);
    // All new content is in before anything old is touched: the swap is a sync of its own.
    await context.sync();
    return swapIn(context, { registry, targets, existingNames: existing.map((sheet) => sheet.name), position, takenTables, settings, writtenAreas: written });
  } catch (error) {
    await removeSheets(context, registry, targets.map((target, index) => ({ id: `${TEMP_ID_PREFIX}${index + 1}`, sheet: target.sheetName })));
    throw error;
  }
}

function freeTableName(wanted: string, taken: Set<string>): string {
  let name = wanted;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${wanted}${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/** What the swap needs: the new sheets written under temporary names, and what the workbook held before. */
interface Swap {
  registry: RegistryState;
  targets: { plan: SheetPlan; sheetName: string; final: SheetPlan }[];
  existingNames: string[];
  /** Tab position of each existing sheet, so a result sheet keeps its place. */
  position: Map<string, number>;
  takenTables: Set<string>;
  settings: WorkbookSettings;
  writtenAreas: WrittenAreas;
}

async function swapIn(context: ExcelContext, { registry, targets, existingNames, position, takenTables, settings, writtenAreas }: Swap): Promise<SheetWritten[]> {
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
    unregisterSheet(context, registry, `${TEMP_ID_PREFIX}${index + 1}`);
    written.push({ id: target.final.id, name });
  });
  queueSaveSettings(context, registry, settings, [...names], writtenAreas);
  worksheets.getItem(written[0].name).activate();
  await context.sync();
  return written;
}

/** Best effort after a failure: removes the half-written new sheets and their ids, leaving the old results. */
async function removeSheets(context: ExcelContext, registry: RegistryState, temps: { id: string; sheet: string }[]): Promise<void> {
  try {
    const sheets = temps.map(({ sheet }) => context.workbook.worksheets.getItemOrNullObject(sheet));
    await context.sync();
    for (const sheet of sheets) if (!sheet.isNullObject) sheet.delete();
    for (const { id } of temps) unregisterSheet(context, registry, id);
    await context.sync();
  } catch {
    // The next run deletes what is left: the sheets still registered under a temporary id.
  }
}

/** What the pane shows before a run: address, header texts, recognised columns, row count. */
export async function detectSource(run: ExcelRun, source: SourceChoice, read?: Partial<ReadSettings>): Promise<SourceInfo> {
  return run(async (context) => {
    const registry = await readRegistry(context);
    const settings = mergeSettings((await readSettingsSheet(context, registry)).stored?.settings ?? null, { read });
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
