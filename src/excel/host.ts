/**
 * How the workbook code reaches Excel. Every function that touches a workbook takes an `ExcelRun`:
 * `Excel.run` in the add-in, the headless Excel's `run` in tests, the command line and the
 * playground, so exactly the same Office.js code runs everywhere.
 */
import type { ExcelContext } from "../office-api";

export type ExcelRun = <T>(batch: (context: ExcelContext) => Promise<T>) => Promise<T>;

/**
 * What every batch of the add-in asks of Excel.run: wait while someone is typing in a cell
 * (Excel.RunOptions.delayForCellEdit; office-js issue #625 shows the failure without it) instead of failing with
 * InvalidOperationInCellEditMode, so neither the pane's start-up nor Classify breaks on it.
 */
export const RUN_OPTIONS = { delayForCellEdit: true } as const;

/** The add-in's runner: Office's own `Excel.run` (only call this inside Office). */
export const officeExcelRun: ExcelRun = (batch) => Excel.run(RUN_OPTIONS, batch);
