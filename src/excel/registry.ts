/**
 * The add-in finds its own sheets by an id stored in the workbook, not by their names: each id is
 * a workbook-scoped defined name `KAM_Sheet_<id>` referring to cell A1 of the sheet. Excel rewrites
 * the reference when a user renames the sheet, so a renamed "KAM Clients" is still found (and
 * updated in place); when the sheet is deleted the name turns into #REF! and the sheet counts as
 * absent.
 */
import type { ExcelContext } from "../office-api";
import { looksLikeCellReference, parseAddress, quoteSheetName } from "../a1";

const NAME_PREFIX = "KAM_Sheet_";

/** Ids of the sheets this module's callers own. Dossier sheets use their own ids the same way. */
export const SHEET_IDS = {
  clients: "Clients",
  matrix: "Matrix",
  summary: "Summary",
  winback: "Winback",
  kept: "Kept",
  aliases: "Aliases",
  trends: "Trends",
  prospects: "Prospects",
  history: "History",
  settings: "Settings",
} as const;

/** The defined name that stores a sheet id. Ids are letters, digits, `_` and `.` (defined-name rules). */
export function registryName(id: string): string {
  if (!/^[A-Za-z0-9_.]{1,200}$/.test(id)) throw new Error(`sheet id "${id}" may only hold letters, digits, "_" and "."`);
  return NAME_PREFIX + id;
}

/** What the workbook's registry holds: every id the add-in registered. */
export interface RegistryState {
  /** id -> the sheet's current name, for every registered id whose sheet still exists. */
  sheets: Map<string, string>;
  /** ids that have a defined name (possibly dangling: #REF!), so re-pointing must replace it. */
  named: Set<string>;
  /** Every sheet registered under any id (result sheets, dossiers...): never a source of sales. */
  owned: Set<string>;
}

/**
 * Reads the whole registry (result sheets, settings, dossiers, the index) in two syncs: a run reads
 * it once. Each name's sheet comes from the range it refers to (Range.address is never localised),
 * not from NamedItem.formula, which Excel on desktop may give in the user's formula language.
 */
export async function readRegistry(context: ExcelContext): Promise<RegistryState> {
  const names = context.workbook.names;
  names.load("items/name");
  await context.sync();
  const state: RegistryState = { sheets: new Map(), named: new Set(), owned: new Set() };
  const ranges = names.items
    .filter((item) => item.name.startsWith(NAME_PREFIX))
    .map((item) => {
      const range = item.getRangeOrNullObject();
      range.load("address");
      return { id: item.name.slice(NAME_PREFIX.length), range };
    });
  if (ranges.length > 0) await context.sync();
  for (const { id, range } of ranges) {
    state.named.add(id);
    // A name whose sheet was deleted refers to #REF!: no range.
    const sheet = range.isNullObject ? null : sheetOfReference(range.address);
    if (sheet === null) continue;
    state.owned.add(sheet);
    state.sheets.set(id, sheet);
  }
  return state;
}

/** The sheet a `='Sheet name'!$A$1` reference points at; null when it is #REF! or not a cell. */
export function sheetOfReference(formula: string): string | null {
  if (formula.includes("#REF!")) return null;
  return parseAddress(formula.replace(/^=/, ""))?.sheet ?? null;
}

/**
 * Queues (no sync) pointing id at a sheet: replaces the defined name when the registry had one.
 * Callers keep `state` current by passing the state they read and letting this update it.
 */
export function registerSheet(context: ExcelContext, state: RegistryState, id: string, sheetName: string): void {
  const name = registryName(id);
  if (state.named.has(id)) context.workbook.names.getItem(name).delete();
  context.workbook.names.add(name, `=${quoteSheetName(sheetName)}!$A$1`, "KAM for Excel: finds this sheet when it is renamed");
  state.named.add(id);
  state.sheets.set(id, sheetName);
  state.owned.add(sheetName);
}

/** Queues removing an id (its sheet is left alone; a deleted sheet's name is #REF! and goes too). */
export function unregisterSheet(context: ExcelContext, state: RegistryState, id: string): void {
  if (!state.named.has(id)) return;
  context.workbook.names.getItem(registryName(id)).delete();
  state.named.delete(id);
  state.sheets.delete(id);
}

const FORBIDDEN_IN_SHEET_NAMES = /[:\\/?*[\]]/g;
const MAX_SHEET_NAME = 31;
/** Names Excel keeps for itself. */
const RESERVED_SHEET_NAMES = new Set(["history"]);

/**
 * A name for a new sheet, from what it should be called (a client's name, a translated sheet
 * name): forbidden characters replaced by "_", control characters dropped, at most 31 characters
 * (never splitting a surrogate pair), no apostrophe at either end, not "History", not readable as
 * a cell reference ("AB12" would break the references that find the sheet), and unique
 * case-insensitively among `taken`, as Excel compares (a " (2)" suffix when two names collide).
 * @example freeSheetName("A/B: C", ["A_B_ C"]) // "A_B_ C (2)"
 */
export function freeSheetName(wanted: string, taken: Iterable<string>): string {
  let base = wanted
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .replace(FORBIDDEN_IN_SHEET_NAMES, "_")
    .trim();
  base = trimApostrophes(truncate(trimApostrophes(base), MAX_SHEET_NAME)).trim();
  if (base === "") base = "Client";
  if (RESERVED_SHEET_NAMES.has(base.toLowerCase()) || looksLikeCellReference(base)) base = truncate(base, MAX_SHEET_NAME - 1) + "_";
  const used = new Set(Array.from(taken, (name) => name.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = trimApostrophes(truncate(base, MAX_SHEET_NAME - suffix.length)).trimEnd() + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

function trimApostrophes(text: string): string {
  return text.replace(/^'+/, "").replace(/'+$/, "");
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  // Do not leave half of a surrogate pair at the end.
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
