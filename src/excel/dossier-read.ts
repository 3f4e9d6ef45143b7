/**
 * Finding the dossiers in a workbook and reading them back (Office.js). Each dossier is found by
 * its registry id (a defined name derived from the client key), never by its sheet name, so a
 * renamed dossier is still the client's dossier.
 */
import type { ExcelContext } from "../office-api";
import type { CellValue } from "../engine/types";
import { rectAddress } from "../a1";
import { readDossier, type DossierReadBack } from "./dossier-parse";
import { READ_COLUMNS } from "./dossier-spec";
import type { RegistryState } from "./registry";

const DOSSIER_ID_PREFIX = "Dossier.";
export const DOSSIER_INDEX_ID = "DossierIndex";

/** Registry id of a client's dossier: "Dossier." and a 64-bit FNV-1a hash of the client key in hex. */
export function dossierId(clientKey: string): string {
  return DOSSIER_ID_PREFIX + fnv1a(clientKey, 0x811c9dc5) + fnv1a(clientKey, 0x050c5d1f);
}

function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

export interface FoundDossier {
  id: string;
  sheet: string;
  /** Null when the sheet's anchors are damaged: it is then left alone. */
  readBack: DossierReadBack | null;
  /** Columns of the used range (for clearing leftover period columns). */
  usedColumns: number;
  protected: boolean;
  chartNames: string[];
}

export interface WorkbookDossiers {
  registry: RegistryState;
  dossiers: FoundDossier[];
  sheetNames: string[];
  /** The "KAM Dossiers" index sheet's current name, when it exists. */
  indexSheet: string | null;
}

/** Reads every dossier of the workbook (found in `registry`, read once per run) in three syncs, whatever their number. */
export async function loadDossiers(context: ExcelContext, registry: RegistryState): Promise<WorkbookDossiers> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const ids = [...registry.named].filter((id) => id.startsWith(DOSSIER_ID_PREFIX));
  const sheetNames = worksheets.items.map((sheet) => sheet.name);

  const present = ids.flatMap((id) => {
    const sheet = registry.sheets.get(id);
    return sheet === undefined ? [] : [{ id, sheet }];
  });
  const probes = present.map(({ id, sheet }) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    const used = worksheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,rowCount,columnIndex,columnCount");
    worksheet.protection.load("protected");
    worksheet.charts.load("items/name");
    return { id, sheet, worksheet, used };
  });
  await context.sync();

  const reads = probes.map((probe) => {
    const lastRow = probe.used.isNullObject ? 0 : probe.used.rowIndex + probe.used.rowCount - 1;
    const range = probe.worksheet.getRange(rectAddress({ row: 0, column: 0, rowCount: lastRow + 1, columnCount: READ_COLUMNS }));
    // Formulas too: a computed cell someone typed over is theirs (dossier-parse.ts).
    range.load("values,formulas");
    return { probe, range };
  });
  await context.sync();

  const dossiers = reads.map(({ probe, range }): FoundDossier => ({
    id: probe.id,
    sheet: probe.sheet,
    readBack: readDossier(range.values as CellValue[][], range.formulas as unknown[][]),
    usedColumns: probe.used.isNullObject ? 0 : probe.used.columnIndex + probe.used.columnCount,
    protected: probe.worksheet.protection.protected,
    chartNames: probe.worksheet.charts.items.map((chart) => chart.name),
  }));
  return { registry, dossiers, sheetNames, indexSheet: registry.sheets.get(DOSSIER_INDEX_ID) ?? null };
}
