/**
 * Headless Excel: an in-memory implementation of the part of the Excel JavaScript API the add-in
 * uses. The add-in's Office.js code runs unchanged against it in jest, the CLI and a browser page.
 * No Node imports here (see xlsx.ts for the ExcelJS bridge). See docs/headless-excel.md.
 */
import { parseRect, splitSheet } from "./address";
import type { ExcelContext } from "../office-api";
import { type EngineState, HeadlessRequestContext, type HeadlessStats, type SyncFailure, createStats } from "./context";
import { fail } from "./errors";
import { type WorkbookInspector, createInspector } from "./inspect";
import { WorkbookModel } from "./model";
import { Range } from "./range";
import { Workbook } from "./workbook";
import { Worksheet } from "./worksheet";

export { HeadlessExcelError } from "./errors";
export type { HeadlessStats, SyncFailure } from "./context";
export { PAYLOAD_LIMIT_BYTES, READ_CELL_LIMIT } from "./context";
export type { WorkbookInspector, SheetInspector, CellInfo, SheetSummary, TableSummary } from "./inspect";

export interface HeadlessExcelOptions {
  /** Excel on the web's limits: 5 MB per request/response, 5,000,000 cells per read. Default true. */
  payloadLimits?: boolean;
  /**
   * Count every request's and response's bytes as JSON (`stats`, and what the limits check).
   * Default true; false only with `payloadLimits: false`: the command line, which has no limit to
   * keep, spent a tenth of a second of a 100,000-row `--out` run counting them.
   */
  measurePayloads?: boolean;
  /** Name of the first sheet of a new workbook (default "Sheet1"); `sheets: []` in loadXlsx starts empty. */
  firstSheetName?: string;
  /**
   * Awaited before, between and after the operations of every sync, as a real round trip to Excel
   * gives the page its turns: the playground passes a macrotask when its slice of time is used up
   * (undefined otherwise), so a long batch is many short tasks.
   */
  pause?: () => Promise<void> | undefined;
}

export interface HeadlessExcel {
  /**
   * Like Excel.run, for the add-in's code: the batch gets the part of Excel's API the add-in uses
   * (src/office-api.ts). That this context satisfies it is checked by the compiler here, so the
   * add-in cannot call a member the headless Excel does not emulate.
   */
  run<T>(batch: (context: ExcelContext) => Promise<T>): Promise<T>;
  /** Excel.run(options, batch): `delayForCellEdit` waits out a person's cell editing instead of failing. */
  run<T>(options: { delayForCellEdit?: boolean }, batch: (context: ExcelContext) => Promise<T>): Promise<T>;
  /**
   * The same batch with Office's whole typings, for tests of the emulation itself and tests that
   * act as a person editing the workbook (members the add-in does not use, such as Range.insert).
   */
  api<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  readonly stats: HeadlessStats;
  readonly inspect: WorkbookInspector;
  /** Sets the selection (what getSelectedRange returns), e.g. "Sales!A1:D20"; activates its sheet. */
  select(address: string): void;
  /** Makes the N-th sync from now fail (after `afterOperations` of its operations ran, default none) with `code` (default GeneralException). */
  failAtSync(atSync: number, options?: Omit<SyncFailure, "atSync">): void;
  /** A person starts (true) or stops (false) editing a cell: Excel's cell-edit mode. */
  editCell(on: boolean): void;
  /** The model behind the API, for the .xlsx bridge. */
  readonly model: WorkbookModel;
}

export function createHeadlessExcel(options?: HeadlessExcelOptions): HeadlessExcel {
  const model = new WorkbookModel();
  model.addSheet(options?.firstSheetName ?? "Sheet1");
  return headlessExcelFor(model, options);
}

/** Wraps an existing model (used by the .xlsx loader). */
export function headlessExcelFor(model: WorkbookModel, options?: HeadlessExcelOptions): HeadlessExcel {
  const payloadLimits = options?.payloadLimits ?? true;
  const measurePayloads = options?.measurePayloads ?? true;
  if (payloadLimits && !measurePayloads) throw new Error("the payload limits need the payloads measured");
  const state: EngineState = { model, payloadLimits, measurePayloads, stats: createStats(), cellEdit: { on: false, waiting: [] }, pause: options?.pause };
  function run<T>(first: { delayForCellEdit?: boolean } | ((context: ExcelContext) => Promise<T>), second?: (context: ExcelContext) => Promise<T>): Promise<T> {
    const [options, batch] = typeof first === "function" ? [{}, first] : [first, second as (context: ExcelContext) => Promise<T>];
    return runBatch(state, options.delayForCellEdit === true, (context) => batch(context));
  }
  return {
    model,
    stats: state.stats,
    inspect: createInspector(model),
    run,
    // The emulation stands in for Office's whole RequestContext type here, and only here.
    api: (batch) => runBatch(state, false, (context) => batch(context as unknown as Excel.RequestContext)),
    select(address: string) {
      const { sheet: sheetName, local } = splitSheet(address);
      const sheet = sheetName === undefined ? model.activeSheet : model.findSheet(sheetName);
      if (!sheet) fail("ItemNotFound", `The worksheet '${sheetName}' does not exist.`, "select");
      // "A1:B2,D1:E2": a multi-area selection, as Ctrl+click makes.
      const areas = local.split(",").map((area) => parseRect(area.trim()));
      sheet.selection = areas[0];
      sheet.selectionAreas = areas.length > 1 ? areas : [];
      model.activeSheet = sheet;
    },
    failAtSync(atSync: number, failure?: Omit<SyncFailure, "atSync">) {
      state.failure = { atSync, ...failure, syncsSeen: 0 };
    },
    editCell(on: boolean) {
      state.cellEdit.on = on;
      if (!on) for (const resume of state.cellEdit.waiting.splice(0)) resume();
    },
  };
}

/** One batch on a fresh request context; queued operations left at the end are synced. */
async function runBatch<T>(state: EngineState, delayForCellEdit: boolean, batch: (context: HeadlessRequestContext & { workbook: Workbook }) => Promise<T>): Promise<T> {
  const context = new HeadlessRequestContext(state, delayForCellEdit);
  context.proxies = { range: (binding, nullable) => new Range(context, binding, nullable), worksheet: (binding) => new Worksheet(context, binding) };
  const workbook = new Workbook(context);
  const withWorkbook = Object.assign(context, { workbook, application: workbook.application });
  try {
    const result = await batch(withWorkbook);
    await context.sync();
    return result;
  } finally {
    context.close();
  }
}
