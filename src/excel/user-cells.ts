/**
 * The add-in's result sheets as they are before a run: what is on them (values, formulas, number
 * formats), their tables and charts, and which cells are people's. Each run remembers the areas it
 * wrote; every filled cell outside them is a person's, and a run never writes over it (the result
 * sheets are updated in place, src/excel/result-sheets.ts).
 */
import type { ExcelContext } from "../office-api";
import { containsCell } from "../a1";
import type { CellValue } from "../engine/types";
import { readRowsInChunks } from "./read";
import type { Rect, SheetPlan, TypedCell } from "./plan";
import { blockArea } from "./plan";

/** Areas written per registry id. */
export type WrittenAreas = Record<string, Rect[]>;

/** The areas a plan fills with values (tables included). */
export function plannedAreas(plan: SheetPlan): Rect[] {
  return [...plan.blocks.map(blockArea), ...plan.tables.map((table) => table.area)];
}

export function insideAny(areas: readonly Rect[], row: number, column: number): boolean {
  return areas.some((area) => containsCell(area, row, column));
}

/** A cell someone typed, where it is. */
export interface UserCell {
  row: number;
  column: number;
  cell: TypedCell;
}

/** A result sheet of the last run as it is now. */
export interface OwnedSheet {
  name: string;
  /** 0-based sheet row and column of values[0][0] (the used range's top-left). */
  origin: { row: number; column: number };
  values: CellValue[][];
  formulas: CellValue[][];
  formats: string[][];
  /** The sheet's tables (header row included), as Excel lists them. */
  tables: { name: string; area: Rect }[];
  /** Names of the charts on the sheet. */
  charts: string[];
}

/** The cell at a sheet position as typed (null when empty). */
export function typedCellAt(sheet: OwnedSheet, row: number, column: number): TypedCell | null {
  const r = row - sheet.origin.row;
  const c = column - sheet.origin.column;
  const value = sheet.values[r]?.[c];
  const formula = sheet.formulas[r]?.[c];
  const format = sheet.formats[r]?.[c];
  // A text that starts with "=" reads back the same from values and formulas: it is text.
  const isFormula = typeof formula === "string" && formula.startsWith("=") && formula !== value;
  if (!isFormula && (value === undefined || value === null || value === "")) return null;
  return { value: isFormula ? { formula } : (value as string | number | boolean), format: format ?? null, from: { sheet: sheet.name, row, column } };
}

/** Filled cells of the sheet outside the areas the add-in wrote. */
export function cellsOutside(sheet: OwnedSheet, written: readonly Rect[]): UserCell[] {
  const cells: UserCell[] = [];
  sheet.values.forEach((line, r) =>
    line.forEach((_, c) => {
      const row = sheet.origin.row + r;
      const column = sheet.origin.column + c;
      if (insideAny(written, row, column)) return;
      const cell = typedCellAt(sheet, row, column);
      if (cell) cells.push({ row, column, cell });
    }),
  );
  return cells;
}

/** Reads the given sheets, each once: used range, tables and charts in one or two syncs, then the cells in chunks. */
export async function readOwnedSheets(context: ExcelContext, sheets: readonly { id: string; name: string }[]): Promise<Map<string, OwnedSheet>> {
  const probes = sheets.map(({ id, name }) => {
    const worksheet = context.workbook.worksheets.getItem(name);
    const used = worksheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    worksheet.tables.load("items/name");
    worksheet.charts.load("items/name");
    return { id, name, worksheet, used };
  });
  await context.sync();
  const tableRanges = probes.map((probe) =>
    probe.worksheet.tables.items.map((table) => {
      const range = table.getRange();
      range.load("rowIndex,columnIndex,rowCount,columnCount");
      return { name: table.name, range };
    }),
  );
  if (tableRanges.some((ranges) => ranges.length > 0)) await context.sync();
  const owned = new Map<string, OwnedSheet>();
  for (const [index, probe] of probes.entries()) {
    const sheet: OwnedSheet = {
      name: probe.name,
      origin: { row: 0, column: 0 },
      values: [],
      formulas: [],
      formats: [],
      tables: tableRanges[index].map(({ name, range }) => ({ name, area: { row: range.rowIndex, column: range.columnIndex, rowCount: range.rowCount, columnCount: range.columnCount } })),
      charts: probe.worksheet.charts.items.map((chart) => chart.name),
    };
    owned.set(probe.id, sheet);
    if (probe.used.isNullObject) continue;
    sheet.origin = { row: probe.used.rowIndex, column: probe.used.columnIndex };
    await readRowsInChunks(context, {
      sheet: probe.name,
      area: { row: probe.used.rowIndex, column: probe.used.columnIndex, rowCount: probe.used.rowCount, columnCount: probe.used.columnCount },
      withFormulas: true,
      onRows: (values, _firstRow, typed) => {
        sheet.values.push(...values);
        sheet.formulas.push(...(typed?.formulas ?? []));
        sheet.formats.push(...(typed?.formats ?? []));
        return true;
      },
    });
  }
  return owned;
}

/**
 * The add-in's table on a result sheet: the one whose header starts where the last run wrote (its
 * recorded areas include the table's); a person's tables are elsewhere. Without a record (a
 * workbook from before runs kept one), the table at A1, where every layout put it then.
 */
export function ownTable(sheet: OwnedSheet, written: readonly Rect[] | null): { name: string; area: Rect } | null {
  const startsAt = (table: { area: Rect }, row: number, column: number) => table.area.row === row && table.area.column === column;
  if (written === null) return sheet.tables.find((table) => startsAt(table, 0, 0)) ?? null;
  return sheet.tables.find((table) => written.some((area) => startsAt(table, area.row, area.column))) ?? null;
}

/**
 * The sheet as it is after whole rows are inserted at `at` (0-based): the cells from that row down
 * and the tables there move down `count` rows, a table across the row grows, as Excel moves them.
 */
export function withRowsInserted(sheet: OwnedSheet, at: number, count: number): OwnedSheet {
  const index = at - sheet.origin.row;
  const inserted = <T>(grid: T[][], blank: T): T[][] => {
    if (index <= 0 || index >= grid.length) return grid;
    const width = grid[0]?.length ?? 0;
    return [...grid.slice(0, index), ...Array.from({ length: count }, () => new Array<T>(width).fill(blank)), ...grid.slice(index)];
  };
  return {
    ...sheet,
    origin: index <= 0 ? { ...sheet.origin, row: sheet.origin.row + count } : sheet.origin,
    values: inserted<CellValue>(sheet.values, null),
    formulas: inserted<CellValue>(sheet.formulas, null),
    formats: inserted(sheet.formats, "General"),
    tables: sheet.tables.map((table) => ({ ...table, area: areaWithRowsInserted(table.area, at, count) })),
  };
}

/** Where an area is after whole rows are inserted at `at`: below, it moves down; across, it grows. */
export function areaWithRowsInserted(area: Rect, at: number, count: number): Rect {
  if (area.row >= at) return { ...area, row: area.row + count };
  return area.row + area.rowCount > at ? { ...area, rowCount: area.rowCount + count } : area;
}

/** The cells of an area as typed (header row first for a table), null where empty. */
export function typedGrid(sheet: OwnedSheet, area: Rect): (TypedCell | null)[][] {
  return Array.from({ length: area.rowCount }, (_, r) => Array.from({ length: area.columnCount }, (_, c) => typedCellAt(sheet, area.row + r, area.column + c)));
}

/**
 * Gives every typed cell that has a hyperlink its link (Ctrl+K links are not part of values or
 * formulas): one load per cell, all in one sync, only for the cells people typed that are kept.
 */
export async function loadTypedLinks(context: ExcelContext, cells: readonly TypedCell[]): Promise<void> {
  const probes = cells.flatMap((cell) => {
    if (!cell.from) return [];
    const range = context.workbook.worksheets.getItem(cell.from.sheet).getRangeByIndexes(cell.from.row, cell.from.column, 1, 1);
    range.load("hyperlink");
    return [{ cell, range }];
  });
  if (probes.length === 0) return;
  await context.sync();
  for (const { cell, range } of probes) {
    const link = range.hyperlink;
    if (link && (link.address || link.documentReference)) cell.link = { address: link.address, documentReference: link.documentReference, textToDisplay: link.textToDisplay, screenTip: link.screenTip };
  }
}
