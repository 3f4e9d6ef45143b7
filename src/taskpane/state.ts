/**
 * The pane's state as one reducer: what the workbook holds (settings, tables, the source), what
 * the last run gave, and one explicit status. Pure (no React, no Office), so every transition is
 * tested directly; App.tsx dispatches and renders. Messages are kept as data and translated when
 * shown, so a language switch re-translates them.
 */
import type { SettingsField } from "../engine/settings";
import type { AgendaItem, ClassifyProgress, ClassifyView, RunFailure, SourceInfo, WorkbookSettings } from "./actions";

/** Workbook work the pane runs; while one runs, every button that changes the workbook waits. */
export type Task = "load" | "settings" | "detect" | "classify" | "dossiers" | "agenda" | "managers" | "managerWorkbook";

/** The pane starts by loading the workbook's settings, so there is no idle state before the first task. */
export type Status =
  | { kind: "running"; task: Task; progress: ClassifyProgress | null }
  | { kind: "failed"; task: Task; failure: RunFailure }
  | { kind: "done"; task: Task };

export interface PaneState {
  status: Status;
  /**
   * The team's settings as the workbook holds them, then as edited here. Null until they are
   * read: a pane that could not read them never classifies or saves (it would save its
   * defaults over the team's).
   */
  settings: WorkbookSettings | null;
  tables: string[];
  /** What the chosen source holds (address, headers, recognised columns), when known. */
  source: SourceInfo | null;
  outcome: ClassifyView | null;
  /** Saved settings the workbook held values for that could not be used (defaults shown instead), until the next save. */
  replacedSettings: SettingsField[];
  /** Set by a save, cleared by the next edit. */
  settingsSaved: boolean;
  /** The last "create dossiers": how many were created and updated, and the sheets a password kept locked. */
  dossiersMade: { created: number; refreshed: number; locked: string[] } | null;
  agenda: AgendaItem[] | null;
  /** The dossiers' managers as last listed (null: not listed since the dossiers last changed). */
  managers: { manager: string; dossiers: number }[] | null;
  /** The manager whose workbook was made last, until the next run. */
  managerWorkbookMade: string | null;
}

export type PaneAction =
  | { type: "start"; task: Task }
  | { type: "progress"; progress: ClassifyProgress }
  | { type: "failed"; failure: RunFailure }
  | { type: "loaded"; settings: WorkbookSettings; tables: string[]; replaced: SettingsField[] }
  | { type: "source"; source: SourceInfo | null }
  | { type: "edit"; settings: WorkbookSettings; sourceChanged?: boolean }
  | { type: "saved" }
  | { type: "classified"; outcome: ClassifyView }
  | { type: "dossiers"; created: number; refreshed: number; locked: string[]; agenda: AgendaItem[] }
  | { type: "agenda"; agenda: AgendaItem[] }
  | { type: "managers"; managers: { manager: string; dossiers: number }[] }
  | { type: "managerWorkbook"; manager: string }
  | { type: "finished" };

export const INITIAL_PANE_STATE: PaneState = {
  status: { kind: "running", task: "load", progress: null },
  settings: null,
  tables: [],
  source: null,
  outcome: null,
  replacedSettings: [],
  settingsSaved: false,
  dossiersMade: null,
  agenda: null,
  managers: null,
  managerWorkbookMade: null,
};

/** The task running now, or null. */
export function runningTask(state: PaneState): Task | null {
  return state.status.kind === "running" ? state.status.task : null;
}

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "start":
      // A new run starts from a clean slate: its own results, messages and agenda come with it.
      return action.task === "classify"
        ? { ...state, status: { kind: "running", task: "classify", progress: null }, outcome: null, dossiersMade: null, managers: null, managerWorkbookMade: null }
        : { ...state, status: { kind: "running", task: action.task, progress: null } };
    case "progress":
      return state.status.kind === "running" ? { ...state, status: { ...state.status, progress: action.progress } } : state;
    case "failed":
      return { ...state, status: { kind: "failed", task: state.status.kind === "running" ? state.status.task : "load", failure: action.failure } };
    case "loaded":
      return { ...state, settings: action.settings, tables: action.tables, replacedSettings: action.replaced };
    case "source":
      return { ...state, source: action.source };
    case "edit":
      return { ...state, settings: action.settings, settingsSaved: false, source: action.sourceChanged ? null : state.source };
    case "saved":
      return { ...state, settingsSaved: true, replacedSettings: [] };
    case "classified":
      return { ...state, outcome: action.outcome };
    case "dossiers":
      // New dossiers may name new managers: the list is read again when asked for.
      return { ...state, dossiersMade: { created: action.created, refreshed: action.refreshed, locked: action.locked }, agenda: action.agenda, managers: null };
    case "agenda":
      return { ...state, agenda: action.agenda };
    case "managers":
      return { ...state, managers: action.managers };
    case "managerWorkbook":
      return { ...state, managerWorkbookMade: action.manager };
    case "finished":
      return state.status.kind === "running" ? { ...state, status: { kind: "done", task: state.status.task } } : state;
  }
}
