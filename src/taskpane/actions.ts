/**
 * The one place where the task pane meets the workbook: the src/excel functions, bound to one
 * ExcelRun (Excel.run inside Office, the headless workbook's run in the playground). Components
 * call these and never Excel directly.
 */
import { InputException } from "../engine/read/reader";
import { readAgenda, type AgendaItem } from "../excel/agenda";
import {
  classifyWorkbook,
  detectSource,
  goToCell,
  listTables,
  problemCell,
  type CellsMoved,
  type ClassifyProgress,
  type SheetWritten,
  type SourceInfo,
  type SourceLocation,
} from "../excel/classify-workbook";
import { createOrRefreshDossiers, dossierOptions, type DossierSummary } from "../excel/dossier";
import { dossierManagers } from "../excel/dossiers-by-manager";
import type { ExcelRun } from "../excel/host";
import type { DossierRules } from "../excel/dossier-spec";
import { SHEET_IDS } from "../excel/registry";
import { DEFAULT_WORKBOOK_SETTINGS, loadWorkbookSettings, saveWorkbookSettings, type StoredSettings, type WorkbookSettings } from "../excel/settings";
import type { SourceChoice } from "../excel/source";
import type { ClassifyResult, InputError, ReadSettings, RowProblem } from "../engine/types";
import { deliverManagerWorkbook, type WorkbookFiles } from "./manager-workbook";

export type { AgendaItem, CellsMoved, ClassifyProgress, DossierRules, SheetWritten, SourceInfo, StoredSettings, WorkbookSettings };
export { DEFAULT_WORKBOOK_SETTINGS };

/** Why a run stopped: the reader's error with its rows (and where they are), or anything else. */
export type RunFailure = { kind: "input"; error: InputError; source: SourceLocation | null } | { kind: "unexpected"; message: string };

/** A finished run as the pane shows it. */
export interface ClassifyView {
  result: ClassifyResult;
  /** The settings the result was computed with (what dossiers created from it follow). */
  settings: WorkbookSettings;
  sheets: SheetWritten[];
  /** People's cells the run moved down to make room, and how many absent clients' input it kept aside. */
  moved: CellsMoved[];
  keptAway: number;
  source: SourceLocation;
  /** What the run read, as the source panel shows it. */
  sourceInfo: SourceInfo;
}

export type ClassifyAttempt = { ok: true; view: ClassifyView } | { ok: false; failure: RunFailure };

export interface PaneActions {
  /**
   * The workbook's saved settings (or the defaults with the host's locale for ambiguous text
   * dates), and the saved values that could not be used and were replaced by defaults.
   */
  loadSettings(): Promise<StoredSettings>;
  saveSettings(settings: WorkbookSettings): Promise<void>;
  listTables(): Promise<string[]>;
  detect(source: SourceChoice, read: ReadSettings): Promise<SourceInfo>;
  classify(settings: WorkbookSettings, onProgress: (progress: ClassifyProgress) => void): Promise<ClassifyAttempt>;
  /** Selects the cell of a row problem. */
  goToProblem(source: SourceLocation, problem: RowProblem): Promise<void>;
  /** Activates a sheet and selects A1. */
  openSheet(sheet: string): Promise<void>;
  /** Dossiers for the key clients of a run's result, plus the picked clients, in the run's measure and settings. */
  createDossiers(view: ClassifyView, picked: readonly string[]): Promise<DossierSummary>;
  readAgenda(): Promise<AgendaItem[]>;
  /** The managers named in the dossiers' Figures, with how many dossiers each has, by name ("" for none). */
  dossierManagers(): Promise<{ manager: string; dossiers: number }[]>;
  /** How a manager's workbook reaches the person; null where this host cannot make one. */
  managerDelivery: WorkbookFiles["delivery"] | null;
  /** A workbook with only `manager`'s dossiers, their index and KAM Health, opened or downloaded. */
  deliverManagerWorkbook(view: ClassifyView, manager: string): Promise<void>;
}

/**
 * `hostLocale` (BCP 47, e.g. Office's content language) decides day-first or month-first for
 * text dates the data cannot tell, until the team saves settings in the workbook.
 */
export function createActions(run: ExcelRun, hostLocale: string, files: WorkbookFiles | null = null): PaneActions {
  const defaults: WorkbookSettings = { ...DEFAULT_WORKBOOK_SETTINGS, read: { ...DEFAULT_WORKBOOK_SETTINGS.read, locale: hostLocale } };
  return {
    loadSettings: async () => (await loadWorkbookSettings(run)) ?? { settings: defaults, replaced: [] },
    saveSettings: (settings) => saveWorkbookSettings(run, settings),
    listTables: () => listTables(run),
    detect: (source, read) => detectSource(run, source, read),
    classify: async (settings, onProgress) => {
      const outcome = await classifyWorkbook(run, { source: settings.source, analysis: settings.analysis, read: settings.read, lang: settings.lang, dossierRules: settings.dossierRules, onProgress });
      if (!outcome.ok) return { ok: false, failure: { kind: "input", error: outcome.error, source: outcome.source } };
      const { result, settings: used, sheets, moved, keptAway, source, sourceInfo } = outcome;
      return { ok: true, view: { result, settings: used, sheets, moved, keptAway, source, sourceInfo } };
    },
    goToProblem: (source, problem) => {
      const cell = problemCell(source, problem);
      return goToCell(run, cell.sheet, cell.row, cell.column);
    },
    openSheet: (sheet) => goToCell(run, sheet, 1, 0),
    createDossiers: (view, picked) => createOrRefreshDossiers(run, view.result, dossierOptions(view.settings, { picked, today: new Date(), createMissing: true })),
    readAgenda: () => readAgenda(run, new Date()),
    dossierManagers: async () =>
      [...(await dossierManagers(run))].map(([manager, dossiers]) => ({ manager, dossiers })).sort((a, b) => a.manager.localeCompare(b.manager)),
    managerDelivery: files?.delivery ?? null,
    deliverManagerWorkbook: async (view, manager) => {
      if (!files) throw new Error("This host cannot make a workbook for a manager.");
      await deliverManagerWorkbook(files, manager, view.result, new Date());
    },
  };
}

/** How many absent clients' input a run kept aside, and on which sheet (null when none). */
export function keptAwayOf(view: ClassifyView): { clients: number; sheet: string } | null {
  const sheet = view.sheets.find((written) => written.id === SHEET_IDS.kept);
  return sheet && view.keptAway > 0 ? { clients: view.keptAway, sheet: sheet.name } : null;
}

/** Anything a workbook action threw, as the error panel shows it. */
export function failureOf(error: unknown): RunFailure {
  if (error instanceof InputException) return { kind: "input", error: error.error, source: null };
  return { kind: "unexpected", message: error instanceof Error ? error.message : String(error) };
}
