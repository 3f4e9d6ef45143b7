/**
 * Writing the result sheets in place. A result sheet, once created, stays the same sheet and its
 * table the same table for good (Table.resize), so formulas like `='KAM Clients'!C2` and
 * `=SUM(KAM_Clients[Revenue])`, defined names, pivots, charts and conditional formats people built
 * on them keep working across re-runs (deleting a sheet or a table turns every reference to it
 * into #REF!). Only the cells the last run wrote are replaced; people's cells stay where they are,
 * or move down with Excel's own row insertion when the results grow into them.
 *
 * The new content is first written, in as many syncs as it takes, into staging sheets; the last
 * sync alone touches the result sheets: rows inserted where results grow into people's cells,
 * the last run's cells cleared, the staged cells copied in (Range.copyFrom), tables resized,
 * conditional formats, validations, charts and widths set, the staging sheets deleted. A result
 * sheet the workbook does not have yet is its staging sheet, renamed in that last sync. A failure
 * in any sync before it leaves the previous results as they were (docs/what-the-add-in-keeps.md).
 */
import type { ExcelContext } from "../office-api";
import { columnLetters, containsCell, MAX_COLUMNS, quoteSheetName, rectAddress, type Rect } from "../a1";
import { InputException } from "../engine/errors";
import { LANGUAGES } from "../i18n/core";
import { INDEX_TEXT } from "../i18n/dossier";
import { SHEET_NAME_TEXTS } from "../i18n/sheets";
import { blockArea, type SheetPlan } from "./plan";
import { freeSheetName, registerSheet, unregisterSheet, type RegistryState } from "./registry";
import { queueSaveSettings, type WorkbookSettings } from "./settings";
import { areaWithRowsInserted, cellsOutside, insideAny, ownTable, plannedAreas, withRowsInserted, type OwnedSheet, type UserCell, type WrittenAreas } from "./user-cells";
import { queuePlans } from "./write";

/** Sheets being written are registered under these ids until the last sync, so a run that died half-way is cleaned up by id, never by name. */
export const TEMP_ID_PREFIX = "Temp.";
const TEMP_NAME = "~KAM new ";

/** Names we give our sheets in any language: such a name follows the language; a user's own name is kept. */
const DEFAULT_NAMES = new Set([...Object.values(SHEET_NAME_TEXTS), INDEX_TEXT.sheetName].flatMap((entry) => LANGUAGES.map((lang) => entry[lang].toLowerCase())));

export interface SheetWritten {
  id: string;
  name: string;
}

/** People's cells a run moved down, so the results could grow: where they were and how far they went. */
export interface CellsMoved {
  sheet: string;
  /** The first row (1-based, as Excel shows it) that moved, by how many rows, in which columns ("A:V"). */
  fromRow: number;
  rows: number;
  columns: string;
}

/** How one result sheet is updated: where it is, what is there, and what the new content needs. */
interface SheetUpdate {
  plan: SheetPlan;
  /** The existing sheet's name (null: a new sheet). */
  existing: string | null;
  owned: OwnedSheet | null;
  /** The last run's areas on it (they are cleared). */
  old: Rect[];
  /** Areas of people's cells the run rewrites by client (columns beside a table), cleared first. */
  peopleAreas: Rect[];
  /** Whole rows inserted first, at the old table's row, so it stands where the layout puts it now; whether people's cells moved with it. */
  insertAbove: { at: number; count: number; peopleMoved: boolean } | null;
  /** Cells inserted below the old content, in the columns the results grow down in (people's cells there move down). */
  insertRows: { at: number; count: number; column: number; columnCount: number } | null;
  /** The old table standing for the plan's table (same top-left), if any. */
  table: { name: string; area: Rect } | null;
}

function bottomOf(areas: readonly Rect[]): number {
  return Math.max(-1, ...areas.map((area) => area.row + area.rowCount - 1));
}

/** Cells of `area` not in `keep`, as rectangles (rows below and columns right of `keep`, for areas sharing a top-left). */
function outside(area: Rect, keep: Rect): Rect[] {
  const parts: Rect[] = [];
  const keepBottom = keep.row + keep.rowCount;
  const areaBottom = area.row + area.rowCount;
  if (areaBottom > keepBottom) parts.push({ row: keepBottom, column: area.column, rowCount: areaBottom - keepBottom, columnCount: area.columnCount });
  const keepRight = keep.column + keep.columnCount;
  const areaRight = area.column + area.columnCount;
  const rows = Math.min(area.rowCount, keep.rowCount);
  if (areaRight > keepRight && rows > 0) parts.push({ row: area.row, column: keepRight, rowCount: rows, columnCount: areaRight - keepRight });
  return parts;
}

function cellName(cell: UserCell): string {
  return `${columnLetters(cell.column)}${cell.row + 1}`;
}

/**
 * Decides, before anything is written, how each existing sheet is updated. People's cells the new
 * content would cover are moved down by inserting rows when they all lie below the last run's
 * content; any other overlap stops the run with the cells named (nothing is written).
 */
function planUpdate(plan: SheetPlan, existing: string | null, owned: OwnedSheet | null, lastWritten: Rect[] | null): SheetUpdate {
  if (existing === null || owned === null) return { plan, existing, owned: null, old: [], peopleAreas: [], insertRows: null, insertAbove: null, table: null };
  const usedArea: Rect = { row: owned.origin.row, column: owned.origin.column, rowCount: owned.values.length, columnCount: owned.values[0]?.length ?? 0 };
  // Without a record of the last run's areas (a workbook from before they were kept), the sheet is taken as the add-in's, as it always was.
  let old = lastWritten ?? (usedArea.rowCount > 0 ? [usedArea] : []);
  let oldTable = ownTable(owned, lastWritten);
  const planTable = plan.tables[0];
  // The layout now puts its table lower (KAM Clients' legend above it): whole rows inserted at the
  // old table's row move it there, with everything below it, as Excel moves them, so people's
  // cells keep their place beside their clients and references to the cells and the table follow.
  let insertAbove: SheetUpdate["insertAbove"] = null;
  if (oldTable && planTable && oldTable.area.column === planTable.area.column && oldTable.area.row < planTable.area.row) {
    const tableArea = oldTable.area;
    const at = tableArea.row;
    const count = planTable.area.row - at;
    const peopleBelow = cellsOutside(owned, old).filter((cell) => cell.row >= at && !containsCell(tableArea, cell.row, cell.column));
    insertAbove = { at, count, peopleMoved: peopleBelow.length > 0 };
    owned = withRowsInserted(owned, at, count);
    old = old.map((area) => areaWithRowsInserted(area, at, count));
    oldTable = { ...oldTable, area: areaWithRowsInserted(tableArea, at, count) };
  }
  const table = oldTable && planTable && oldTable.area.row === planTable.area.row && oldTable.area.column === planTable.area.column ? oldTable : null;
  // People's columns beside the old table move with their clients: their old cells are cleared and rewritten.
  const peopleAreas = oldTable
    ? plan.peopleBlocks.map((block) => ({ row: oldTable.area.row, column: oldTable.area.column + oldTable.area.columnCount - 1 + (block.column - (planTable ? planTable.area.column + planTable.area.columnCount - 1 : 0)), rowCount: oldTable.area.rowCount, columnCount: 1 }))
    : [];
  // Cells inside the table are read by client (people's columns inside it), those right of it in its rows too.
  const readByClient = (cell: UserCell) =>
    oldTable !== null && cell.row >= oldTable.area.row && cell.row < oldTable.area.row + oldTable.area.rowCount && cell.column >= oldTable.area.column;
  const people = cellsOutside(owned, old).filter((cell) => !readByClient(cell) && !insideAny(peopleAreas, cell.row, cell.column));
  const wanted = [...plannedAreas(plan), ...plan.peopleBlocks.map(blockArea)];
  const inTheWay = (cells: readonly UserCell[]) => cells.filter((cell) => insideAny(wanted, cell.row, cell.column));
  let blocking = inTheWay(people);
  let insertRows: SheetUpdate["insertRows"] = null;
  if (blocking.length > 0) {
    // The columns the results grow down in, and how far the last run's content went in them.
    const growing = wanted.filter((area) => blocking.some((cell) => containsCell(area, cell.row, cell.column)));
    const first = Math.min(...growing.map((area) => area.column));
    const last = Math.max(...growing.map((area) => area.column + area.columnCount - 1));
    const inBand = (area: Rect) => area.column <= last && area.column + area.columnCount - 1 >= first;
    const oldBottom = bottomOf([...old, ...peopleAreas, ...(oldTable ? [oldTable.area] : [])].filter(inBand));
    const count = bottomOf(wanted.filter(inBand)) - oldBottom;
    // A table of the person's across the band's edge below would have to be cut: Excel refuses that shift.
    const straddled = owned.tables.some((table) => table !== oldTable && table.area.row > oldBottom && inBand(table.area) && (table.area.column < first || table.area.column + table.area.columnCount - 1 > last));
    if (count > 0 && !straddled && blocking.every((cell) => cell.row > oldBottom)) {
      insertRows = { at: oldBottom + 1, count, column: first, columnCount: last - first + 1 };
      const shifted = (cell: UserCell) => (cell.row > oldBottom && cell.column >= first && cell.column <= last ? { ...cell, row: cell.row + count } : cell);
      blocking = inTheWay(people.map(shifted));
    }
  }
  if (blocking.length > 0) {
    const listed = blocking.slice(0, 5).map(cellName).join(", ") + (blocking.length > 5 ? ` and ${blocking.length - 5} more` : "");
    const where = `${quoteSheetName(existing)}!${listed}`;
    throw new InputException({
      code: "cells-in-the-way",
      message: `your cells ${where} are where this run's results go, and moving rows would not free them; move them away from the results (or delete them) and run again. Nothing was written.`,
      problems: [],
      where,
    });
  }
  return { plan, existing, owned, old, peopleAreas, insertRows, insertAbove, table };
}

export interface ResultSheetsInput {
  registry: RegistryState;
  plans: SheetPlan[];
  /** The result sheets as they are, by id (read by readOwnedSheets). */
  owned: Map<string, OwnedSheet>;
  lastWritten: WrittenAreas | null;
  /** Saved with the results; null leaves the saved settings as they are (only the written areas are updated). */
  settings: WorkbookSettings | null;
}

/**
 * Checks that every sheet can be updated without covering people's cells (throws
 * InputException "cells-in-the-way" before anything is written), then writes.
 */
export async function writeResultSheets(context: ExcelContext, { registry, plans, owned, lastWritten, settings }: ResultSheetsInput): Promise<{ sheets: SheetWritten[]; moved: CellsMoved[] }> {
  const updates = plans.map((plan) => {
    const existing = registry.sheets.get(plan.id) ?? null;
    return planUpdate(plan, existing, existing === null ? null : (owned.get(plan.id) ?? null), lastWritten?.[plan.id] ?? null);
  });
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const tables = context.workbook.tables;
  tables.load("items/name");
  await context.sync();
  // Staging sheets a failed run left behind are found by the ids it stored.
  const leftovers = [...registry.named].filter((id) => id.startsWith(TEMP_ID_PREFIX));
  for (const id of leftovers) {
    const sheet = registry.sheets.get(id);
    if (sheet !== undefined) worksheets.getItem(sheet).delete();
    unregisterSheet(context, registry, id);
  }
  const taken = worksheets.items.map((sheet) => sheet.name);
  const staging = updates.map((update, index) => {
    const sheetName = freeSheetName(`${TEMP_NAME}${index + 1}`, taken);
    taken.push(sheetName);
    return { id: `${TEMP_ID_PREFIX}${index + 1}`, sheetName, update };
  });
  for (const stage of staging) {
    worksheets.add(stage.sheetName);
    registerSheet(context, registry, stage.id, stage.sheetName);
  }
  try {
    await queuePlans(context, staging.map((stage) => ({ sheetName: stage.sheetName, plan: stage.update.plan, part: "content" as const })));
    // All new content is staged before a result sheet is touched: the update is a sync of its own.
    await context.sync();
  } catch (error) {
    await removeStaging(context, registry, staging);
    throw error;
  }
  const takenTables = new Set(tables.items.map((table) => table.name.toLowerCase()));
  const names = new Set(taken);
  const written: SheetWritten[] = [];
  const moved: CellsMoved[] = [];
  const furniture: Parameters<typeof queuePlans>[1][number][] = [];
  for (const { id: stagedId, sheetName: stagedName, update } of staging) {
    const { plan } = update;
    let name = update.existing;
    if (name === null) {
      // A result sheet made for the first time is its staging sheet, renamed: there is nothing of
      // people's on it to keep, and nothing to copy (250,000 cells of KAM Clients at 10,000 clients).
      name = freeSheetName(plan.name, names);
      names.add(name);
      worksheets.getItem(stagedName).name = name;
      unregisterSheet(context, registry, stagedId);
      registerSheet(context, registry, plan.id, name);
    } else if (DEFAULT_NAMES.has(name.toLowerCase()) && name.toLowerCase() !== plan.name.toLowerCase()) {
      // Our own name in another language follows the language; Excel rewrites references to the sheet.
      names.delete(name);
      const renamed = freeSheetName(plan.name, names);
      worksheets.getItem(name).name = renamed;
      registerSheet(context, registry, plan.id, renamed);
      name = renamed;
    }
    names.add(name);
    const sheet = worksheets.getItem(name);
    if (update.insertAbove) {
      const { at, count, peopleMoved } = update.insertAbove;
      sheet.getRange(rectAddress({ row: at, column: 0, rowCount: count, columnCount: MAX_COLUMNS })).insert("Down");
      const used = update.owned;
      if (peopleMoved && used) moved.push({ sheet: name, fromRow: at + 1, rows: count, columns: `${columnLetters(used.origin.column)}:${columnLetters(used.origin.column + Math.max(1, used.values[0]?.length ?? 1) - 1)}` });
    }
    if (update.insertRows) {
      const { at, count, column, columnCount } = update.insertRows;
      sheet.getRange(rectAddress({ row: at, column, rowCount: count, columnCount })).insert("Down");
      moved.push({ sheet: name, fromRow: at + 1, rows: count, columns: `${columnLetters(column)}:${columnLetters(column + columnCount - 1)}` });
    }
    const tableArea = update.table?.area ?? null;
    for (const area of update.old) {
      const range = sheet.getRange(rectAddress(area));
      range.conditionalFormats.clearAll();
      range.dataValidation.clear();
      // The old table stays (resized below); what the last run wrote inside it is overwritten by the copy.
      if (tableArea && area.row >= tableArea.row && area.column >= tableArea.column && area.row + area.rowCount <= tableArea.row + tableArea.rowCount && area.column + area.columnCount <= tableArea.column + tableArea.columnCount) continue;
      range.clear("All");
    }
    for (const area of update.peopleAreas) sheet.getRange(rectAddress(area)).clear("Contents");
    let existingTable: string | null = null;
    if (update.table && plan.tables[0]) {
      existingTable = update.table.name;
      sheet.tables.getItem(existingTable).resize(rectAddress(plan.tables[0].area));
      for (const leftover of outside(update.table.area, plan.tables[0].area)) sheet.getRange(rectAddress(leftover)).clear("All");
    }
    if (update.existing !== null) for (const area of copiedAreas(plan)) sheet.getRange(rectAddress({ ...area, rowCount: 1, columnCount: 1 })).copyFrom(`${quoteSheetName(stagedName)}!${rectAddress(area)}`, "All");
    // A new table takes the plan's name, or the next free one.
    const newTables = plan.tables.map((table) => {
      let tableName = table.name;
      for (let n = 2; takenTables.has(tableName.toLowerCase()); n++) tableName = `${table.name}${n}`;
      takenTables.add(tableName.toLowerCase());
      return { ...table, name: tableName };
    });
    const tablesOfPlan = plan.tables.map((_, index) => (index === 0 ? existingTable : null));
    furniture.push({ sheetName: name, plan: { ...plan, tables: newTables }, part: "furniture", existing: { tables: tablesOfPlan, charts: new Set(update.owned?.charts ?? []) } });
    written.push({ id: plan.id, name });
  }
  // The furniture fits one request (a few hundred operations); queued after the copies, in the same sync.
  await queuePlans(context, furniture, Number.POSITIVE_INFINITY);
  for (const stage of staging) {
    // A staging sheet of a new result sheet is that sheet now.
    if (stage.update.existing === null) continue;
    worksheets.getItem(stage.sheetName).delete();
    unregisterSheet(context, registry, stage.id);
  }
  // The areas of every result sheet, this run's replacing the last run's record of the sheets it wrote.
  queueSaveSettings(context, registry, settings, [...names], { ...lastWritten, ...Object.fromEntries(plans.map((plan) => [plan.id, plannedAreas(plan)])) });
  try {
    await context.sync();
  } catch (error) {
    await removeStaging(context, registry, staging);
    throw error;
  }
  return { sheets: written, moved };
}

/** Every area of the plan with cells or cell formats (blocks, people's blocks, styled areas). */
function copiedAreas(plan: SheetPlan): Rect[] {
  return [...plan.blocks.map(blockArea), ...plan.peopleBlocks.map(blockArea), ...plan.styles.map((style) => style.area)];
}

/** Best effort after a failure: removes the staging sheets and their ids, leaving the old results. */
async function removeStaging(context: ExcelContext, registry: RegistryState, staging: readonly { id: string; sheetName: string }[]): Promise<void> {
  try {
    const sheets = staging.map(({ sheetName }) => context.workbook.worksheets.getItemOrNullObject(sheetName));
    await context.sync();
    for (const sheet of sheets) if (!sheet.isNullObject) sheet.delete();
    for (const { id } of staging) unregisterSheet(context, registry, id);
    await context.sync();
  } catch {
    // The next run deletes what is left: the sheets still registered under a temporary id.
  }
}
