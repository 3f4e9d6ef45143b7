/**
 * Cells people put on the add-in's result sheets themselves (a remark beside the matrix, a formula
 * under the summary) are not the add-in's to replace. Each run remembers the areas it wrote; the
 * next run reads the old sheet, keeps every filled cell outside those areas and writes it into the
 * new sheet at the same place (its value or formula; cell formatting is not carried over).
 */
import type { CellValue } from "../engine/types";
import { readRowsInChunks } from "./read";
import type { Area, Block, SheetPlan } from "./plan";
import { blockArea } from "./plan";

/** Areas written per registry id, as [row, column, rows, columns]. */
export type WrittenAreas = Record<string, [number, number, number, number][]>;

/** The areas a plan fills with values (tables included). */
export function plannedAreas(plan: SheetPlan): [number, number, number, number][] {
  const areas: Area[] = [...plan.blocks.map(blockArea), ...plan.tables.map((table) => table.area)];
  return areas.map((area) => [area.row, area.column, area.rows, area.columns]);
}

function inside(areas: readonly [number, number, number, number][], row: number, column: number): boolean {
  return areas.some(([r, c, rows, columns]) => row >= r && row < r + rows && column >= c && column < c + columns);
}

/** A cell someone typed: a formula, or a value. */
export interface UserCell {
  row: number;
  column: number;
  value: CellValue;
  formula: string | null;
}

/** Filled cells of `values`/`formulas` (origin at `row`, `column`) outside the areas the add-in wrote. */
export function cellsOutside(values: readonly CellValue[][], formulas: readonly CellValue[][], origin: { row: number; column: number }, written: readonly [number, number, number, number][]): UserCell[] {
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

/** Reads the user's cells of an old result sheet (values and formulas, in chunks). */
export async function readUserCells(context: Excel.RequestContext, sheetName: string, written: readonly [number, number, number, number][]): Promise<UserCell[]> {
  const used = context.workbook.worksheets.getItem(sheetName).getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  if (used.isNullObject) return [];
  const cells: UserCell[] = [];
  await readRowsInChunks(
    context,
    sheetName,
    { row: used.rowIndex, column: used.columnIndex, rows: used.rowCount, columns: used.columnCount },
    (values, firstRow, formulas) => {
      cells.push(...cellsOutside(values, formulas ?? [], { row: firstRow, column: used.columnIndex }, written));
      return true;
    },
    undefined,
    true,
  );
  return cells;
}

/** Blocks that put the user's cells back; cells the new content now covers give way to it. */
export function userCellBlocks(cells: readonly UserCell[], plan: SheetPlan): Block[] {
  const taken = plannedAreas(plan);
  return cells
    .filter((cell) => !inside(taken, cell.row, cell.column))
    .map((cell) => (cell.formula !== null ? { row: cell.row, column: cell.column, values: [[cell.formula]], formulas: true } : { row: cell.row, column: cell.column, values: [[cell.value]] }));
}
