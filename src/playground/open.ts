/**
 * The playground's own data: a file opened or dropped (.xlsx, .csv) or a range pasted from Excel or
 * Google Sheets (tab-separated text) becomes a headless workbook. The checks and the decoding are
 * the command line's (src/cli/file-kind.ts, text.ts, csv.ts), so a file gets the same messages
 * here as from `kam classify`, and a CSV becomes the same "Sales" sheet `kam --out` writes.
 */
import { detectColumns, findHeaderRow, HEADER_SEARCH_ROWS, InputException } from "../engine/read";
import { DEFAULT_READ_SETTINGS, type CellValue, type ReadSettings } from "../engine/types";
import { CsvReader, csvCell } from "../cli/csv";
import { checkKind } from "../cli/file-kind";
import { decodeCsv } from "../cli/text";
import type { HeadlessExcel } from "../headless";
import { fromRows, loadXlsx } from "../headless/xlsx";

/** The sheet a CSV or a pasted range becomes, as the command line names it. */
export const TEXT_SHEET = "Sales";

/** Records read between two progress reports (the playground reads in a Web Worker: read.worker.ts). */
const CHUNK_RECORDS = 20_000;

/** Reports how far reading got (0..1), and gives the page a turn to paint it. */
export type Progress = (fraction: number) => Promise<void>;

const noProgress: Progress = () => Promise.resolve();

/** Files the playground reads as text; everything else is read as an .xlsx workbook, as the command line does. */
export function isTextFile(name: string): boolean {
  return /\.(csv|tsv|txt)$/i.test(name);
}

function readSettings(locale: string): ReadSettings {
  return { ...DEFAULT_READ_SETTINGS, locale };
}

/**
 * Rows of a CSV or pasted text as the sheet holds them: plain decimal numbers become numbers as
 * Excel opens a CSV, except in the columns of names and ids the header names (client, manager,
 * group, order), which stay as written.
 */
async function textRows(text: string, settings: ReadSettings, progress: Progress): Promise<CellValue[][]> {
  const reader = new CsvReader(text);
  const records: string[][] = [];
  for (let chunk = reader.read(CHUNK_RECORDS); chunk.length > 0; chunk = reader.read(CHUNK_RECORDS)) {
    for (const record of chunk) records.push(record);
    // Parsing is most of the work; turning the records into cells and the sheet takes the rest.
    await progress(0.9 * reader.fraction);
  }
  const top = records.slice(0, HEADER_SEARCH_ROWS);
  const headerIndex = findHeaderRow(top, settings);
  const detected = headerIndex >= 0 ? detectColumns(top[headerIndex], settings, records.slice(headerIndex + 1, headerIndex + 1 + HEADER_SEARCH_ROWS)) : null;
  const columns = detected?.columns ?? {};
  const asText = new Set([columns.client, columns.manager, columns.group, columns.order].filter((column): column is number => column !== undefined));
  return records.map((record) => record.map((cell, column) => csvCell(cell, asText.has(column))));
}

/** A workbook from the bytes of a file; wrong files stop with the command line's message (InputException). */
export async function openFileBytes(name: string, bytes: Uint8Array, locale: string, progress: Progress = noProgress): Promise<HeadlessExcel> {
  const text = isTextFile(name);
  checkKind(name, bytes, text);
  if (text) return fromRows(await textRows(decodeCsv(bytes, readSettings(locale)), readSettings(locale), progress), TEXT_SHEET);
  try {
    return await loadXlsx(bytes, undefined, (fraction) => void progress(fraction));
  } catch (error) {
    // The command line's words for a package ExcelJS cannot read (src/cli/xlsx.ts).
    const reason = `cannot read ${name} as an .xlsx workbook (${error instanceof Error ? error.message : String(error)})`;
    throw new InputException({ code: "bad-xlsx", message: reason, problems: [] });
  }
}

/** A workbook from a range copied in Excel or Google Sheets (tab-separated lines), or CSV text. */
export async function openPastedText(text: string, locale: string, progress: Progress = noProgress): Promise<HeadlessExcel> {
  if (text.trim() === "") throw new InputException({ code: "no-data", message: "the clipboard holds no text: copy a range of cells first", problems: [] });
  return fromRows(await textRows(text, readSettings(locale), progress), TEXT_SHEET);
}
