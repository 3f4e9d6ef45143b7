/**
 * Dossiers by manager from the pane: the open workbook, as a file, cut down to one manager's
 * dossiers (src/excel/dossiers-by-manager.ts, the same code as `kam classify --by-manager`), and
 * handed to the person: a new Excel window inside Excel, a download in the playground.
 *
 * Excel cannot hide a sheet from some readers of a shared workbook, so a dossier meant for a
 * manager and their superior only has to travel in a workbook of its own.
 */
import type { ClassifyResult } from "../engine/types";
import { keepOneManager } from "../excel/dossiers-by-manager";

/** How the pane reads the open workbook as a file and gives a made workbook to the person. */
export interface WorkbookFiles {
  /** "new-workbook": Excel opens it in a new window (Excel.createWorkbook); "download": the browser saves it. */
  delivery: "new-workbook" | "download";
  /** The open workbook as .xlsx bytes. */
  current(): Promise<Uint8Array>;
  /** Opens or saves a made workbook; `title` names the download (Excel names a new workbook itself). */
  deliver(bytes: Uint8Array, title: string): Promise<void>;
}

/**
 * The workbook of `manager`'s dossiers, with their own KAM Dossiers index and KAM Health,
 * delivered through `files`. `result` is the run the dossiers were made from.
 */
export async function deliverManagerWorkbook(files: WorkbookFiles, manager: string, result: ClassifyResult, today: Date): Promise<void> {
  // The .xlsx layer (ExcelJS) is loaded only when somebody asks for this.
  const { loadXlsx, saveXlsx } = await import("../headless/xlsx");
  const copy = await loadXlsx(await files.current(), { payloadLimits: false });
  await keepOneManager(copy.run, manager, result, today);
  await files.deliver(await saveXlsx(copy), manager);
}
