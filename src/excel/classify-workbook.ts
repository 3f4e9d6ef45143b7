/**
 * "Classify clients" in the workbook: read the sales block in chunks, run the engine, lay the
 * results out as sheet plans and write them. New content goes into sheets with temporary names
 * first; only when all of it is written are the old result sheets swapped out (deleted, the new
 * ones renamed into their place and the registry names re-pointed), so a run that fails half-way
 * leaves the previous results as they were. Bad input stops the run before anything is written.
 */
import type { DossierRules } from "./dossier-spec";
import { clientKey } from "../engine/client-key";
import type { ExcelContext } from "../office-api";
import { winBackList } from "../engine/classify";
import { analysisProblems, type SettingsProblem } from "../engine/settings";
import { InputException } from "../engine/read";
import { KEY_TYPES } from "../engine/types";
import type { AnalysisSettings, ClassifyResult, DetectedColumns, InputError, KeyType, ReadSettings, RowProblem } from "../engine/types";
import type { Lang } from "../i18n/core";
import { dossierOptions, updateDossiers, type DossierSummary } from "./dossier";
import { engine } from "./engine-calls";
import type { ExcelRun } from "./host";
import { clientsPlan } from "./layout/clients";
import { emptyKeptInput, type KeptInput, type LayoutInput } from "./layout/common";
import { matrixPlan } from "./layout/matrix";
import { summaryPlan } from "./layout/summary";
import { aliasesPlan, aliasMap, aliasRowsOfSheet, type AliasRow } from "./layout/aliases";
import { awayClients, keptPlan } from "./layout/kept";
import { classPaths, trendsPlan } from "./layout/trends";
import { historyPlan, snapshotsOfSheet, type Snapshot } from "./layout/history";
import { prospectRowsOfSheet, prospectsPlan, prospectsToMakeKey, type ProspectRow } from "./layout/prospects";
import { winbackPlan } from "./layout/winback";
import type { SheetPlan } from "./plan";
import { turn } from "./turns";
import { computeMovement, type Movement } from "./movement";
import { previousFromClients, readKeptSheet, readWinback, type PreviousClients } from "./previous";
import { blockReference, inspectSource, readSource, type SourceInfo, type SourceRead } from "./read";
import { readRegistry, SHEET_IDS, type RegistryState } from "./registry";
import { writeResultSheets, type CellsMoved, type SheetWritten } from "./result-sheets";
import { releaseRunLock, STALE_LOCK_MS, takeRunLock } from "./run-lock";
import { DEFAULT_WORKBOOK_SETTINGS, readSettingsSheet, type WorkbookSettings } from "./settings";
import { loadTypedLinks, readOwnedSheets, type OwnedSheet, type WrittenAreas } from "./user-cells";
import type { SourceChoice } from "./source";

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
  /** Over the dossier rules saved in the workbook (neutral contacts, quiet days). */
  dossierRules?: Partial<DossierRules>;
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

export type { CellsMoved, SheetWritten } from "./result-sheets";

export type ClassifyOutcome =
  | {
      ok: true;
      result: ClassifyResult;
      movement: Movement;
      sheets: SheetWritten[];
      /** People's cells moved down so the results could grow into their rows. */
      moved: CellsMoved[];
      /** Clients not in this result whose typed input is kept on KAM Kept input. */
      keptAway: number;
      /** Analysis settings saved in the workbook that this run's options changed. */
      settingsChanged: SettingChange[];
      source: SourceLocation & { address: string };
      /** What the source holds, as the pane shows it before a run (no second read needed). */
      sourceInfo: SourceInfo;
      detected: DetectedColumns;
      rowsRead: number;
      settings: WorkbookSettings;
      dossiers: DossierSummary;
    }
  | {
      ok: false;
      error: InputError;
      source: SourceLocation | null;
      settings: WorkbookSettings;
    };

/** A saved analysis setting a run changed: which, from what, to what. */
export interface SettingChange {
  field: keyof AnalysisSettings;
  from: AnalysisSettings[keyof AnalysisSettings];
  to: AnalysisSettings[keyof AnalysisSettings];
}

/** The sheet cell of a row problem, for goToCell: 1-based row, 0-based sheet column. */
export function problemCell(source: SourceLocation, problem: RowProblem): { sheet: string; row: number; column: number } {
  return {
    sheet: source.sheet,
    row: problem.row,
    column: source.column + (problem.column ?? 0),
  };
}

function mergeSettings(stored: WorkbookSettings | null, options: ClassifyOptions): WorkbookSettings {
  const base = stored ?? DEFAULT_WORKBOOK_SETTINGS;
  return {
    analysis: { ...base.analysis, ...options.analysis },
    read: {
      ...base.read,
      ...options.read,
      mapping: { ...(options.read?.mapping ?? base.read.mapping) },
    },
    source: options.source ?? base.source,
    lang: options.lang ?? base.lang,
    sourceSheet: base.sourceSheet,
    protectDossiers: base.protectDossiers,
    dossierRules: { ...base.dossierRules, ...options.dossierRules },
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
  /** Saved analysis settings this run's options change (they are saved with the results). */
  changed: SettingChange[];
  /** The areas the last run wrote on each result sheet (null: unknown, nothing there is kept). */
  lastWritten: WrittenAreas | null;
  /** KAM Aliases as read before the analysis (null: none yet), and the names people merged on it. */
  aliasesSheet: OwnedSheet | null;
  aliases: AliasRow[];
  location: SourceLocation | null;
}

/** What people put on the last run's result sheets, read once per sheet. */
interface TypedInput {
  previous: PreviousClients | null;
  kept: KeptInput;
  /** The result sheets as they are, by id. */
  owned: Map<string, OwnedSheet>;
  /** The prospects people keep on KAM Prospects. */
  prospects: ProspectRow[];
  /** The snapshots of earlier runs on KAM History. */
  snapshots: Snapshot[];
}

/**
 * Classify clients in the workbook, as named steps: read the source -> analyse -> read what people
 * typed -> lay out -> write -> dossiers. Bad input (or settings the validator refuses) stops the
 * run before anything is written and comes back as an error value.
 */
export async function classifyWorkbook(run: ExcelRun, options: ClassifyOptions = {}): Promise<ClassifyOutcome> {
  return run(async (context) => {
    const classifyRun = await startRun(context, options);
    // One run at a time per workbook: a second one (another person, a second click) stops here.
    const owner = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
    const lock = await takeRunLock(context, owner, new Date());
    if (!lock.taken) {
      const started = new Date(lock.held.startedAt).toISOString().slice(11, 16);
      const message = `another Classify (started at ${started} UTC) is still writing this workbook; wait for it to finish and run again (a run that stopped without finishing frees the workbook after ${STALE_LOCK_MS / 60_000} minutes)`;
      return {
        ok: false,
        error: { code: "run-in-progress", message, problems: [] },
        source: null,
        settings: classifyRun.settings,
      };
    }
    try {
      return await classifyLocked(context, classifyRun);
    } finally {
      await releaseRunLock(context, owner);
    }
  });
}

/** The run itself, with the workbook's run lock held. */
async function classifyLocked(context: ExcelContext, classifyRun: ClassifyRun): Promise<ClassifyOutcome> {
  const { options, settings } = classifyRun;
  const failed = (error: InputError): ClassifyOutcome => ({ ok: false, error, source: classifyRun.location, settings });
  // The saved settings, the pane's and the command line's all pass the one validator; a run never goes on with settings it refuses.
  const settingsProblems = [...classifyRun.replaced, ...analysisProblems(settings.analysis)];
  if (settingsProblems.length > 0) return failed({ code: "bad-settings", message: settingsProblems.map((problem) => problem.message).join("; "), problems: [] });
  let analysed: { source: SourceRead; result: ClassifyResult };
  try {
    analysed = await readAndAnalyse(classifyRun);
  } catch (error) {
    if (error instanceof InputException) return failed(error.error);
    throw error;
  }
  const { block, read } = analysed.source;
  const address = blockReference(block);
  const typed = await readTypedInput(classifyRun);
  // Key types people chose in KAM Clients count for this run's sheets and dossiers.
  // A prospect a person marked "Make key client" that buys from us already becomes prospective (unless a key type was typed for it).
  const inData = new Set(analysed.result.clients.map((client) => client.key));
  for (const name of prospectsToMakeKey(typed.prospects)) {
    const key = clientKey(name);
    if (inData.has(key) && !typed.kept.keyType.has(key)) typed.kept.keyType.set(key, "prospective");
  }
  const result = withTypedKeyTypes(analysed.result, typed.kept);
  const movement = computeMovement(result, typed.previous?.clients ?? null);
  options.onProgress?.({ phase: "writing" });
  const runAt = serialOf(options.now ?? new Date());
  // The portfolio over time, from the sales history: each client's class path on KAM Clients, and KAM Trends.
  const history = await engine().trends(analysed.source.read.data, settings.analysis, result, aliasMap(classifyRun.aliases));
  const layoutInput = { ...layoutInputOf(classifyRun, { result, movement, kept: typed.kept, address, detected: read.detected, rowsRead: block.dataRows, runAt }), classPaths: classPaths(history) };
  // Each sheet laid out in a piece of its own, with the host's turns between (KAM Clients at 5,000 clients is a long one).
  const plans: SheetPlan[] = [];
  for (const layout of [clientsPlan, matrixPlan, summaryPlan, winbackPlan]) {
    plans.push(layout(layoutInput));
    await turn();
  }
  // What people typed for clients not in this result is kept on its own sheet, created when first needed.
  const away = awayClients(typed.kept, new Set(result.clients.map((client) => client.key)), new Set(winBackList(result).map((client) => client.key)), runAt);
  if (away.clients.length > 0 || classifyRun.registry.sheets.has(SHEET_IDS.kept)) plans.push(keptPlan(layoutInput, away));
  // KAM Prospects: people's prospects kept as typed, with their score and share of wallet.
  plans.push(prospectsPlan(layoutInput, typed.prospects, result));
  // KAM History: this run's snapshot after the earlier ones.
  plans.push(historyPlan(layoutInput, typed.snapshots, result));
  // KAM Trends once the data spans two quarters.
  if (history.points.length > 1 || classifyRun.registry.sheets.has(SHEET_IDS.trends)) plans.push(trendsPlan(layoutInput, history));
  // Names that may be one client get their sheet when first found; a person's aliases keep it.
  if (result.possibleDuplicates.length > 0 || classifyRun.registry.sheets.has(SHEET_IDS.aliases)) plans.push(aliasesPlan(layoutInput, result, classifyRun.aliases));
  const saved: WorkbookSettings = { ...settings, source: settings.source.kind === "selection" ? { kind: "range", address } : settings.source, sourceSheet: block.sheet };
  let written: Awaited<ReturnType<typeof writeResultSheets>>;
  try {
    written = await writeResultSheets(context, { registry: classifyRun.registry, plans, owned: typed.owned, lastWritten: classifyRun.lastWritten, settings: saved });
  } catch (error) {
    if (error instanceof InputException) return failed(error.error);
    throw error;
  }
  const { sheets, moved } = written;
  await activateQuietly(context, sheets[0].name);
  // Dossiers (src/excel/dossier.ts): create them for key and picked clients, refresh their figures and the index, read the agenda.
  const dossierSettings = dossierOptions(settings, { picked: options.dossiers?.picked ?? [], createMissing: options.dossiers !== undefined, today: options.now ?? new Date() });
  const dossiers = await updateDossiers(context, classifyRun.registry, result, dossierSettings);
  const sourceInfo: SourceInfo = { sheet: block.sheet, address, headers: block.header.map((cell) => (cell === null ? "" : String(cell))), detected: read.detected, rowCount: block.dataRows, tableName: block.tableName };
  return { ok: true, result, movement, sheets, moved, keptAway: away.clients.length, settingsChanged: classifyRun.changed, source: { sheet: block.sheet, column: block.column, address }, sourceInfo, detected: read.detected, rowsRead: block.dataRows, settings: saved, dossiers };
}

/** The registry and the saved settings (under the options given), read once for the whole run. */
async function startRun(context: ExcelContext, options: ClassifyOptions): Promise<ClassifyRun> {
  const registry = await readRegistry(context);
  const { stored, written } = await readSettingsSheet(context, registry);
  // A saved value that had to be replaced counts unless this run sets that field itself.
  const replaced = (stored?.replaced ?? []).filter((problem) => options.analysis?.[problem.field] === undefined);
  const saved = stored?.settings.analysis;
  const given = (Object.keys(options.analysis ?? {}) as (keyof AnalysisSettings)[]).filter((field) => options.analysis?.[field] !== undefined);
  const changed: SettingChange[] = saved ? given.filter((field) => options.analysis?.[field] !== saved[field]).map((field) => ({ field, from: saved[field], to: options.analysis?.[field] ?? null })) : [];
  // Read once, before the analysis it changes; the run updates this same read in place later.
  const aliasesName = registry.sheets.get(SHEET_IDS.aliases);
  const aliasesSheet = aliasesName === undefined ? null : ((await readOwnedSheets(context, [{ id: SHEET_IDS.aliases, name: aliasesName }])).get(SHEET_IDS.aliases) ?? null);
  const aliases = aliasesSheet ? aliasRowsOfSheet(aliasesSheet, written?.[SHEET_IDS.aliases] ?? null) : [];
  return { context, options, registry, settings: mergeSettings(stored?.settings ?? null, options), replaced, changed, lastWritten: written, aliasesSheet, aliases, location: null };
}


/** Reads the source in chunks and runs the engine; throws InputException on bad input. */
async function readAndAnalyse(run: ClassifyRun): Promise<{ source: SourceRead; result: ClassifyResult }> {
  const { settings, options } = run;
  const source = await readSource(run.context, {
    choice: settings.source,
    settings: settings.read,
    own: { owned: run.registry.owned, fallback: settings.sourceSheet },
    onProgress: (rowsRead, rowsTotal) => options.onProgress?.({ phase: "reading", rowsRead, rowsTotal }),
    onFound: (found) =>
      (run.location = {
        sheet: found.sheet,
        column: found.column,
        address: null,
      }),
  });
  options.onProgress?.({ phase: "analysing" });
  return {
    source,
    result: await engine().classify(source.read.data, settings.analysis, source.read.skipped, { aliases: aliasMap(run.aliases) }),
  };
}

interface LaidOutRun {
  result: ClassifyResult;
  movement: Movement;
  kept: KeptInput;
  address: string;
  detected: DetectedColumns;
  rowsRead: number;
  /** The run's moment as an Excel serial (local wall-clock time). */
  runAt: number;
}

function layoutInputOf(run: ClassifyRun, input: LaidOutRun): LayoutInput {
  return {
    result: input.result,
    settings: run.settings.analysis,
    lang: run.settings.lang,
    movement: input.movement,
    kept: input.kept,
    run: {
      source: input.address,
      detected: input.detected,
      rowsRead: input.rowsRead,
      runAt: input.runAt,
    },
  };
}

/**
 * Shows the first result sheet. Best effort: activating fails when Excel does not have the focus
 * (another window, a dialog), and the results are written by then.
 */
async function activateQuietly(context: ExcelContext, sheetName: string): Promise<void> {
  try {
    context.workbook.worksheets.getItem(sheetName).activate();
    await context.sync();
  } catch {
    // Nothing to undo: the run has written everything.
  }
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
  return {
    ...result,
    clients: result.clients.map((client) => ({
      ...client,
      keyType: typedKeyType(client.key) ?? client.keyType,
    })),
  };
}

/**
 * Reads each result sheet of the last run once (values, formulas and number formats of its used
 * range, its tables and charts): the previous run's clients and what people typed, by client,
 * wherever it is (KAM Clients, KAM Win-back, KAM Kept input).
 */
async function readTypedInput(run: ClassifyRun): Promise<TypedInput> {
  const ids = [SHEET_IDS.clients, SHEET_IDS.matrix, SHEET_IDS.summary, SHEET_IDS.winback, SHEET_IDS.kept, SHEET_IDS.trends, SHEET_IDS.prospects, SHEET_IDS.history].filter((id) => run.registry.sheets.has(id));
  const owned = await readOwnedSheets(
    run.context,
    ids.map((id) => ({ id, name: run.registry.sheets.get(id) as string })),
  );
  // KAM Aliases was read before the analysis (startRun): the same read serves the update.
  if (run.aliasesSheet) owned.set(SHEET_IDS.aliases, run.aliasesSheet);
  const written = (id: string) => run.lastWritten?.[id] ?? null;
  const clients = owned.get(SHEET_IDS.clients);
  const previous = clients ? previousFromClients(clients, written(SHEET_IDS.clients)) : null;
  const kept = previous?.kept ?? emptyKeptInput();
  const winback = owned.get(SHEET_IDS.winback);
  if (winback) readWinback(winback, written(SHEET_IDS.winback), kept);
  const keptSheet = owned.get(SHEET_IDS.kept);
  if (keptSheet) readKeptSheet(keptSheet, written(SHEET_IDS.kept), kept);
  const columns = [...kept.clientsColumns.inside, ...kept.clientsColumns.beside, ...kept.winbackColumns.inside, ...kept.winbackColumns.beside];
  const winbackCells = Object.values(kept.winback).flatMap((cells) => [...cells.values()]);
  const prospectsSheet = owned.get(SHEET_IDS.prospects);
  const prospects = prospectsSheet ? prospectRowsOfSheet(prospectsSheet, written(SHEET_IDS.prospects)) : [];
  await loadTypedLinks(run.context, [...kept.notes.values(), ...winbackCells, ...columns.flatMap((column) => [...column.values.values()]), ...prospects.flatMap((row) => Object.values(row))]);
  const historySheet = owned.get(SHEET_IDS.history);
  const snapshots = historySheet ? snapshotsOfSheet(historySheet, written(SHEET_IDS.history)) : [];
  return { previous, kept, owned, prospects, snapshots };
}

/** What the pane shows before a run: address, header texts, recognised columns, row count. */
export async function detectSource(run: ExcelRun, source: SourceChoice, read?: Partial<ReadSettings>): Promise<SourceInfo> {
  return run(async (context) => {
    const registry = await readRegistry(context);
    const settings = mergeSettings((await readSettingsSheet(context, registry)).stored?.settings ?? null, { read });
    return inspectSource(context, source, settings.read, {
      owned: registry.owned,
      fallback: settings.sourceSheet,
    });
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
