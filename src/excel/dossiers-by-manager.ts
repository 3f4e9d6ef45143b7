/**
 * Dossiers by manager (the Lithuanian article keeps a dossier between the manager and their
 * superior, and Excel cannot hide a sheet from some readers of a shared workbook): a copy of the
 * workbook cut down to one manager's dossiers, with their own KAM Dossiers index and KAM Health.
 * Run on a copy only: every other sheet of the workbook is deleted.
 */
import type { ClassifyResult } from "../engine/types";
import { dossierOptions, updateDossiers, type DossierSummary } from "./dossier";
import { DOSSIER_INDEX_ID, loadDossiers } from "./dossier-read";
import { HEALTH_ID } from "./health";
import type { ExcelRun } from "./host";
import { readRegistry, SHEET_IDS, unregisterSheet } from "./registry";
import { DEFAULT_WORKBOOK_SETTINGS, readSettingsSheet } from "./settings";

/** A manager's name as part of a file name ("team - Ann.xlsx"): characters no file system takes become "_". */
export function fileSafe(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_").trim() || "_";
}

/** The managers of the workbook's dossiers, as their Figures last showed them ("" for none), and how many dossiers each has. */
export async function dossierManagers(run: ExcelRun): Promise<Map<string, number>> {
  const { dossiers } = await run(async (context) => loadDossiers(context, await readRegistry(context)));
  const managers = new Map<string, number>();
  for (const dossier of dossiers) if (dossier.readBack) managers.set(dossier.readBack.manager, (managers.get(dossier.readBack.manager) ?? 0) + 1);
  return managers;
}

/**
 * Deletes every sheet but `manager`'s dossiers (and the hidden settings), then writes their index
 * and KAM Health afresh from `result`, the result the workbook was made with.
 */
export async function keepOneManager(run: ExcelRun, manager: string, result: ClassifyResult, today: Date): Promise<DossierSummary> {
  return run(async (context) => {
    const registry = await readRegistry(context);
    const { stored } = await readSettingsSheet(context, registry);
    const { dossiers } = await loadDossiers(context, registry);
    const kept = new Set(dossiers.filter((dossier) => dossier.readBack?.manager === manager).map((dossier) => dossier.sheet));
    const settingsSheet = registry.sheets.get(SHEET_IDS.settings);
    if (settingsSheet !== undefined) kept.add(settingsSheet);
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    // The index and KAM Health are made again for the dossiers kept: the old ones list everybody's.
    for (const id of [...registry.sheets.keys()]) {
      const sheet = registry.sheets.get(id) as string;
      if (!kept.has(sheet) || id === DOSSIER_INDEX_ID || id === HEALTH_ID) unregisterSheet(context, registry, id);
    }
    for (const sheet of worksheets.items) if (!kept.has(sheet.name)) sheet.delete();
    await context.sync();
    const settings = stored?.settings ?? DEFAULT_WORKBOOK_SETTINGS;
    return updateDossiers(context, registry, result, dossierOptions(settings, { picked: [], today, createMissing: false }));
  });
}
