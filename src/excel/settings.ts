/**
 * The analysis settings live in the workbook, so a colleague who opens the file and clicks
 * "Classify clients" gets the same analysis: JSON in a very hidden sheet found by its registry id
 * (not by name), written only by the add-in.
 */
import type { ExcelContext, ExcelWorksheet } from "../office-api";
import { LANGUAGES, type Lang } from "../i18n/core";
import { validateSettings, type SettingsProblem } from "../engine/settings";
import { COLUMN_ROLES, DATE_ORDERS, DEFAULT_ANALYSIS_SETTINGS, DEFAULT_READ_SETTINGS, type AnalysisSettings, type DateOrder, type ReadSettings } from "../engine/types";
import type { ExcelRun } from "./host";
import { freeSheetName, readRegistry, registerSheet, SHEET_IDS, type RegistryState } from "./registry";
import type { SourceChoice } from "./source";
import type { WrittenAreas } from "./user-cells";
import { DEFAULT_DOSSIER_RULES, type DossierRules } from "./dossier-spec";

export interface WorkbookSettings {
  analysis: AnalysisSettings;
  read: ReadSettings;
  source: SourceChoice;
  /** Language the result sheets are written in. */
  lang: Lang;
  /** The sheet the last run read: "auto" looks there when the active sheet is one of the add-in's. */
  sourceSheet: string | null;
  /** Dossier sheets are protected (without a password). */
  protectDossiers: boolean;
  /** The contacts rules of the dossiers (src/excel/dossier-spec.ts). */
  dossierRules: DossierRules;
}

export const DEFAULT_WORKBOOK_SETTINGS: WorkbookSettings = {
  analysis: DEFAULT_ANALYSIS_SETTINGS,
  read: DEFAULT_READ_SETTINGS,
  source: { kind: "auto" },
  lang: "en",
  sourceSheet: null,
  protectDossiers: true,
  dossierRules: DEFAULT_DOSSIER_RULES,
};

const SETTINGS_SHEET_NAME = "KAM Settings";
const SETTINGS_LABEL = "KAM for Excel settings (JSON below, written by the add-in)";
/** Excel's limit on the text of one cell. */
const MAX_CELL_TEXT = 32_767;

/** Settings as saved in a workbook, with the saved values that could not be used (replaced by their defaults). */
export interface StoredSettings {
  settings: WorkbookSettings;
  /** Never silent: a run refuses these until they are set again, and the pane says which they are. */
  replaced: SettingsProblem[];
}

export async function loadWorkbookSettings(run: ExcelRun): Promise<StoredSettings | null> {
  return run(async (context) => (await readSettingsSheet(context, await readRegistry(context))).stored);
}

export async function saveWorkbookSettings(run: ExcelRun, settings: WorkbookSettings): Promise<void> {
  await run(async (context) => {
    const registry = await readRegistry(context);
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    queueSaveSettings(context, registry, settings, sheets.items.map((sheet) => sheet.name));
    await context.sync();
  });
}

/** The stored settings (null when the workbook has none or they are unreadable) and the areas the last run wrote on each result sheet (one sync). */
export async function readSettingsSheet(context: ExcelContext, registry: RegistryState): Promise<{ stored: StoredSettings | null; written: WrittenAreas | null }> {
  const sheetName = registry.sheets.get(SHEET_IDS.settings);
  if (sheetName === undefined) return { stored: null, written: null };
  const cells = context.workbook.worksheets.getItem(sheetName).getRange("A2:A3");
  cells.load("values");
  await context.sync();
  const parse = (cell: unknown): unknown => {
    if (typeof cell !== "string" || cell === "") return null;
    try {
      return JSON.parse(cell);
    } catch {
      return null;
    }
  };
  const settings = parse(cells.values[0][0]);
  return { stored: settings === null ? null : settingsFromJson(settings), written: writtenFromJson(parse(cells.values[1][0])) };
}

/**
 * Queues (no sync) writing the settings, creating the very hidden sheet when needed; with
 * `written`, also the areas this run wrote (the next run keeps what people put elsewhere).
 * `settings` null writes only the areas, next to the settings already saved (a run that writes
 * the dossier index alone); without a settings sheet there is nothing to write them beside.
 */
export function queueSaveSettings(context: ExcelContext, registry: RegistryState, settings: WorkbookSettings | null, sheetNames: readonly string[], written?: WrittenAreas): void {
  const json = settings === null ? null : JSON.stringify(settings);
  // Stored compactly as [row, column, rows, columns] per area: the text must fit one cell.
  const writtenJson = written ? JSON.stringify(Object.fromEntries(Object.entries(written).map(([id, areas]) => [id, areas.map((a) => [a.row, a.column, a.rowCount, a.columnCount])]))) : null;
  for (const text of [json, writtenJson]) {
    if (text !== null && text.length > MAX_CELL_TEXT) throw new Error(`the settings take ${text.length} characters, more than one cell holds (${MAX_CELL_TEXT})`);
  }
  let sheetName = registry.sheets.get(SHEET_IDS.settings);
  let sheet: ExcelWorksheet;
  if (sheetName === undefined) {
    if (json === null) return;
    sheetName = freeSheetName(SETTINGS_SHEET_NAME, sheetNames);
    sheet = context.workbook.worksheets.add(sheetName);
    sheet.visibility = "VeryHidden";
    registerSheet(context, registry, SHEET_IDS.settings, sheetName);
  } else {
    sheet = context.workbook.worksheets.getItem(sheetName);
  }
  const cells: { address: string; text: string }[] = [
    ...(json === null ? [] : [{ address: "A1", text: SETTINGS_LABEL }, { address: "A2", text: json }]),
    ...(writtenJson === null ? [] : [{ address: "A3", text: writtenJson }]),
  ];
  for (const { address, text } of cells) {
    const cell = sheet.getRange(address);
    cell.numberFormat = [["@"]];
    cell.values = [[text]];
  }
}

function writtenFromJson(raw: unknown): WrittenAreas | null {
  if (!isRecord(raw)) return null;
  const written: WrittenAreas = {};
  for (const [id, areas] of Object.entries(raw)) {
    if (!Array.isArray(areas)) continue;
    written[id] = areas
      .filter((area): area is [number, number, number, number] => Array.isArray(area) && area.length === 4 && area.every((n) => Number.isInteger(n) && n >= 0))
      .map(([row, column, rowCount, columnCount]) => ({ row, column, rowCount, columnCount }));
  }
  return written;
}

/**
 * Settings read from the workbook, field by field: anything missing takes its default. Analysis
 * settings of the right kind are kept as saved (validateSettings) even when they cannot be run, so a
 * run refuses them with the reason (classifyWorkbook); one of the wrong kind or an unknown choice is
 * replaced by its default and listed in `replaced`, never silently.
 */
export function settingsFromJson(raw: unknown): StoredSettings {
  const stored = isRecord(raw) ? raw : {};
  const readRaw = isRecord(stored.read) ? stored.read : {};
  // Range and order problems stay with the kept values (a run's analysisProblems finds them again); `replaced` took defaults.
  const { settings: analysis, replaced } = validateSettings(stored.analysis);
  const read: ReadSettings = {
    mapping: mappingFromJson(readRaw.mapping),
    dateOrder: (DATE_ORDERS as readonly unknown[]).includes(readRaw.dateOrder) ? (readRaw.dateOrder as DateOrder) : DEFAULT_READ_SETTINGS.dateOrder,
    locale: typeof readRaw.locale === "string" ? readRaw.locale : DEFAULT_READ_SETTINGS.locale,
    skipBadRows: typeof readRaw.skipBadRows === "boolean" ? readRaw.skipBadRows : DEFAULT_READ_SETTINGS.skipBadRows,
    trustColumns: typeof readRaw.trustColumns === "boolean" ? readRaw.trustColumns : DEFAULT_READ_SETTINGS.trustColumns,
  };
  const settings: WorkbookSettings = {
    analysis,
    read,
    source: sourceFromJson(stored.source),
    lang: (LANGUAGES as readonly unknown[]).includes(stored.lang) ? (stored.lang as Lang) : "en",
    sourceSheet: typeof stored.sourceSheet === "string" ? stored.sourceSheet : null,
    protectDossiers: typeof stored.protectDossiers === "boolean" ? stored.protectDossiers : DEFAULT_WORKBOOK_SETTINGS.protectDossiers,
    dossierRules: dossierRulesFromJson(stored.dossierRules),
  };
  return { settings, replaced };
}

/** The dossier rules field by field; anything missing or of the wrong kind takes its default. */
function dossierRulesFromJson(raw: unknown): DossierRules {
  const rules = isRecord(raw) ? raw : {};
  const quietDays = rules.quietDays;
  return {
    neutralResets: typeof rules.neutralResets === "boolean" ? rules.neutralResets : DEFAULT_DOSSIER_RULES.neutralResets,
    quietDays: typeof quietDays === "number" && Number.isInteger(quietDays) && quietDays >= 1 ? quietDays : DEFAULT_DOSSIER_RULES.quietDays,
  };
}

function mappingFromJson(raw: unknown): ReadSettings["mapping"] {
  const mapping: ReadSettings["mapping"] = {};
  if (!isRecord(raw)) return mapping;
  for (const role of COLUMN_ROLES) {
    const value = raw[role];
    if ((typeof value === "number" && Number.isInteger(value) && value >= 0) || typeof value === "string") mapping[role] = value;
  }
  return mapping;
}

function sourceFromJson(raw: unknown): SourceChoice {
  if (!isRecord(raw)) return { kind: "auto" };
  if (raw.kind === "table" && typeof raw.name === "string") return { kind: "table", name: raw.name };
  if (raw.kind === "range" && typeof raw.address === "string") return { kind: "range", address: raw.address };
  if (raw.kind === "selection") return { kind: "selection" };
  return { kind: "auto" };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
