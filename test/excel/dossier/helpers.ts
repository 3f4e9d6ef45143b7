/** Shared by the dossier tests: sales that make a known set of key clients, and a manager's hands on the sheet. */
import { classify } from "../../../src/engine/classify";
import { readSales } from "../../../src/engine/read";
import { DEFAULT_ANALYSIS_SETTINGS, DEFAULT_READ_SETTINGS, type CellValue, type ClassifyResult } from "../../../src/engine/types";
import { DEFAULT_DOSSIER_RULES, inputAreas, rowsFromAnchors, type DossierRows, type SectionId } from "../../../src/excel/dossier-spec";
import type { HeadlessExcel } from "../../../src/headless";
import { rectAddress, type Rect } from "../../../src/a1";
import type { DossierOptions } from "../../../src/excel/dossier";

/** Two names of exactly 40 characters that are equal in their first 31. */
export const LONG_NORTH = "International Widget Corporation North A";
export const LONG_SOUTH = "International Widget Corporation South B";
export const SLASHED = "Foo/Bar: Baz? [EU]*";

/** Sales per client per month (Nov, Dec 2024); the classify() of them. */
export function resultOf(sales: Record<string, [number, number]>, managers: Record<string, string> = {}): ClassifyResult {
  const rows: CellValue[][] = [];
  for (const [client, [november, december]] of Object.entries(sales)) {
    if (november !== 0) rows.push([client, "2024-11-15", november, managers[client] ?? "Ann"]);
    if (december !== 0) rows.push([client, "2024-12-15", december, managers[client] ?? "Ann"]);
  }
  const read = readSales(["Client", "Date", "Amount", "Manager"], rows, DEFAULT_READ_SETTINGS);
  return classify(read.data, DEFAULT_ANALYSIS_SETTINGS, read.skipped);
}

/** Key: Big Buyer (critical), the slashed name and both long names; Small Co and the tail are not key. */
export function baseSales(scale = 1): Record<string, [number, number]> {
  const sales: Record<string, [number, number]> = {
    "Big Buyer Ltd": [150 * scale, 150 * scale],
    [SLASHED]: [70 * scale, 80],
    [LONG_NORTH]: [60, 60 * scale],
    [LONG_SOUTH]: [55, 55],
    "Small Co": [10, 10],
  };
  for (let i = 1; i <= 12; i++) sales[`Tail client ${i}`] = [15, 15];
  return sales;
}

export async function sheetValues(excel: HeadlessExcel, sheet: string): Promise<CellValue[][]> {
  return excel.api(async (context) => {
    const used = context.workbook.worksheets.getItem(sheet).getUsedRange(true);
    const range = used.getBoundingRect("A1");
    range.load("values");
    await context.sync();
    return range.values as CellValue[][];
  });
}

/** Where the sections of a dossier are now (they move when a manager inserts rows). */
export async function dossierRows(excel: HeadlessExcel, sheet: string): Promise<DossierRows> {
  const values = await sheetValues(excel, sheet);
  const rows = rowsFromAnchors(values.map((row) => row[0] ?? null));
  if (!rows) throw new Error(`${sheet} has no dossier anchors`);
  return rows;
}

/** Types into cells the way a user does: one value per cell, through the API, refused on locked cells of a protected sheet. */
export async function typeInto(excel: HeadlessExcel, sheet: string, row: number, column: number, values: CellValue[][]): Promise<void> {
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(rectAddress({ row, column, rowCount: values.length, columnCount: values[0].length })).values = values;
    await context.sync();
  });
}

/**
 * Inserts whole rows as a manager does with Insert > Rows on the protected sheet (allowed by
 * allowInsertRows): the headless Excel's Range.insert moves the cells, validations and
 * conditional formats below, and the new rows take the format of the row above.
 */
export async function insertRowsLikeExcel(excel: HeadlessExcel, sheet: string, row: number, count: number): Promise<void> {
  await excel.api(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(`${row + 1}:${row + count}`).insert("Down");
    await context.sync();
  });
}

/** Input areas of a dossier now. */
export async function dossierInputs(excel: HeadlessExcel, sheet: string): Promise<Record<SectionId, Rect>> {
  return inputAreas(await dossierRows(excel, sheet));
}

/** Dossier options for a test: the run's own fields, the rest as a revenue run with protection would give them. */
export function dossierRun(options: Partial<DossierOptions> & Pick<DossierOptions, "lang" | "today">): DossierOptions {
  return { picked: [], protect: true, measure: "revenue", createMissing: true, rules: DEFAULT_DOSSIER_RULES, ...options };
}
