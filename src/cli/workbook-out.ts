/**
 * `kam classify IN.xlsx|IN.csv --out OUT.xlsx`: loads the input into the headless Excel, runs the
 * add-in's own "Classify clients" (src/excel) on it and saves the workbook. A CSV becomes a
 * "Sales" sheet. Run on its own output (`--sheet Sales`) it is a re-run: Key type, Notes and
 * Planned offer typed in the result sheets are kept. Bad input throws InputException (nothing is
 * written), as the rest of the command line does.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { InputException } from "../engine/read";
import type { AnalysisSettings, CellValue, ReadSettings } from "../engine/types";
import { classifyWorkbook, type ClassifyOutcome } from "../excel/classify-workbook";
import { unknownPicks } from "../excel/dossier";
import { UsageError } from "./args";
import type { Lang } from "../i18n/core";
import { fromRows, loadXlsx, saveXlsx } from "../headless/xlsx";
import type { HeadlessExcel } from "../headless";
import { CsvReader, csvCell } from "./csv";
import { decodeCsv } from "./text";

export interface WorkbookOutRequest {
  input: string;
  /** Sheet of an .xlsx input to read (default: the first sheet). */
  sheet: string | null;
  out: string;
  /** The options given; the settings saved in a workbook (or the defaults) fill in the rest. */
  analysis: Partial<AnalysisSettings>;
  read: ReadSettings;
  lang?: Lang;
  now?: Date;
  /** Clients (names) that get a dossier besides the key clients, who always get one. */
  dossiers?: readonly string[];
  /** CSV columns (0-based) that hold names and ids (client, manager, group, order): kept as text, as written. */
  textColumns?: readonly number[];
}

async function loadInput(request: WorkbookOutRequest): Promise<HeadlessExcel> {
  const bytes = readFileSync(request.input);
  if (request.input.toLowerCase().endsWith(".csv")) {
    // Decoded as the --json path decodes it (UTF-8, UTF-16 or a code page); CsvReader drops a BOM.
    const reader = new CsvReader(decodeCsv(bytes, request.read));
    const rows: CellValue[][] = [];
    const text = new Set(request.textColumns ?? []);
    for (let chunk = reader.read(65_536); chunk.length > 0; chunk = reader.read(65_536)) for (const row of chunk) rows.push(row.map((cell, column) => csvCell(cell, text.has(column))));
    return fromRows(rows, "Sales", { payloadLimits: false });
  }
  return loadXlsx(bytes, { payloadLimits: false });
}

/**
 * Writes a file so that it is either the new file whole or the old one untouched: a temporary file
 * in the same folder (the same file system, so the rename is atomic), renamed into place. A write
 * that fails (a full disk, a size limit) leaves the old file as it was and removes the temporary one.
 */
export function writeAtomically(path: string, bytes: Uint8Array): void {
  const temporary = join(dirname(path), `.${basename(path)}.kam-${process.pid}.tmp`);
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Writes OUT.xlsx with the result sheets; returns the outcome (throws InputException on bad input). */
export async function writeWorkbookOut(request: WorkbookOutRequest): Promise<ClassifyOutcome & { ok: true }> {
  const excel = await loadInput(request);
  await excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/visibility");
    const named = request.sheet === null ? null : sheets.getItemOrNullObject(request.sheet);
    await context.sync();
    // Without --sheet, the first visible sheet (the collection lists sheets in tab order).
    const sheet = named ?? sheets.items.find((item) => item.visibility === "Visible") ?? null;
    if (sheet === null || sheet.isNullObject) {
      const message = request.sheet === null ? `${request.input} has no visible sheet` : `there is no sheet named '${request.sheet}' in ${request.input}`;
      throw new InputException({ code: "no-sheet", message, problems: [] });
    }
    sheet.activate();
    await context.sync();
  });
  // The command line has no separate "create dossiers" step: every key client gets one, plus the picked.
  const dossiers = { picked: request.dossiers ?? [] };
  const outcome = await classifyWorkbook(excel.run, { source: { kind: "auto" }, analysis: request.analysis, read: request.read, lang: request.lang, now: request.now, dossiers });
  if (!outcome.ok) throw new InputException(outcome.error);
  const unknown = unknownPicks(outcome.result, dossiers.picked);
  if (unknown.length > 0) throw new UsageError(`--dossier: no client named ${unknown.map((name) => `'${name}'`).join(", ")} in ${request.input}`);
  writeAtomically(request.out, await saveXlsx(excel));
  return outcome;
}
