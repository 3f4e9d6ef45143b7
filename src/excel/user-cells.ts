/**
 * Cells people put on the add-in's result sheets themselves (a remark beside the matrix, a formula
 * under the summary) are not the add-in's to replace. Each run remembers the areas it wrote; the
 * next run reads the old sheet, keeps every filled cell outside those areas and writes it into the
 * new sheet at the same place (its value or formula; cell formatting is not carried over).
 */
import type { ExcelContext } from "../office-api";
import { containsCell } from "../a1";
import type { CellValue } from "../engine/types";
import { readRowsInChunks } from "./read";
import type { Rect, Block, SheetPlan } from "./plan";
import { blockArea } from "./plan";

/** Areas written per registry id. */
export type WrittenAreas = Record<string, Rect[]>;

/** The areas a plan fills with values (tables included). */
export function plannedAreas(plan: SheetPlan): Rect[] {
  return [...plan.blocks.map(blockArea), ...plan.tables.map((table) => table.area)];
}

function inside(areas: readonly Rect[], row: number, column: number): boolean {
  return areas.some((area) => containsCell(area, row, column));
}

/** A cell someone typed: a formula, or a value. */
export interface UserCell {
  row: number;
  column: number;
  value: CellValue;
  formula: string | null;
}

/** Filled cells of `values`/`formulas` (origin at `row`, `column`) outside the areas the add-in wrote. */
export function cellsOutside(values: readonly CellValue[][], formulas: readonly CellValue[][], origin: { row: number; column: number }, written: readonly Rect[]): UserCell[] {
  const cells: UserCell[] = [];
  values.forEach((line, r) =>
    line.forEach((value, c) => {
      const formula = formulas[r]?.[c];
      const empty = (value === "" || value === null) && (typeof formula !== "string" || formula === "");
      const row = origin.row + r;
      const column = origin.column + c;
      if (empty || inside(written, row, column)) return;
      // A text that starts with "=" reads back the same from values and formulas: it is text.
      const isFormula = typeof formula === "string" && formula.startsWith("=") && formula !== value;
      cells.push({ row, column, value, formula: isFormula ? formula : null });
    }),
  );
  return cells;
}

/** A result sheet of the last run as it is now: its used range (values and formulas) and where its table is. */
export interface OwnedSheet {
  /** 0-based sheet row and column of values[0][0]. */
  origin: { row: number; column: number };
  values: CellValue[][];
  formulas: CellValue[][];
  /** The sheet's first table (header row included), when it has one. */
  table: Rect | null;
}

/** Reads the given sheets, each once: used range and table areas in one sync, then the cells in chunks. */
export async function readOwnedSheets(context: ExcelContext, sheets: readonly { id: string; name: string }[]): Promise<Map<string, OwnedSheet>> {
  const probes = sheets.map(({ id, name }) => {
    const worksheet = context.workbook.worksheets.getItem(name);
    const used = worksheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    worksheet.tables.load("items/name");
    return { id, name, worksheet, used };
  });
  await context.sync();
  const tables = probes.map((probe) => {
    const range = probe.worksheet.tables.items[0]?.getRange();
    range?.load("rowIndex,columnIndex,rowCount,columnCount");
    return range;
  });
  if (tables.some((range) => range !== undefined)) await context.sync();
  const owned = new Map<string, OwnedSheet>();
  for (const [index, probe] of probes.entries()) {
    if (probe.used.isNullObject) continue;
    const table = tables[index];
    const sheet: OwnedSheet = {
      origin: { row: probe.used.rowIndex, column: probe.used.columnIndex },
      values: [],
      formulas: [],
      table: table ? { row: table.rowIndex, column: table.columnIndex, rowCount: table.rowCount, columnCount: table.columnCount } : null,
    };
    await readRowsInChunks(context, {
      sheet: probe.name,
      area: { row: probe.used.rowIndex, column: probe.used.columnIndex, rowCount: probe.used.rowCount, columnCount: probe.used.columnCount },
      withFormulas: true,
      onRows: (values, _firstRow, formulas) => {
        sheet.values.push(...values);
        sheet.formulas.push(...(formulas ?? []));
        return true;
      },
    });
    owned.set(probe.id, sheet);
  }
  return owned;
}

/** The values of a sheet's table (header row first), or of its whole used range when it has none. */
export function tableValues(sheet: OwnedSheet): CellValue[][] {
  if (!sheet.table) return sheet.values;
  const { row, column, rowCount, columnCount } = sheet.table;
  const top = row - sheet.origin.row;
  const left = column - sheet.origin.column;
  return sheet.values.slice(top, top + rowCount).map((values) => values.slice(left, left + columnCount));
}

/** Blocks that put the user's cells back; cells the new content now covers give way to it. */
export function userCellBlocks(cells: readonly UserCell[], plan: SheetPlan): Block[] {
  const taken = plannedAreas(plan);
  return cells
    .filter((cell) => !inside(taken, cell.row, cell.column))
    .map((cell) => (cell.formula !== null ? { row: cell.row, column: cell.column, values: [[cell.formula]], formulas: true } : { row: cell.row, column: cell.column, values: [[cell.value]] }));
}
