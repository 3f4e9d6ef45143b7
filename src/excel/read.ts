/**
 * Finding the sales block in the workbook and reading it in chunks. Every read is sized from the
 * column count and the bytes per row seen so far so that no response passes Excel on the web's
 * 5 MB limit (and no read passes 5,000,000 cells), whatever the size of the sheet; a response that
 * still turns out too large is read again in halves. The source is only read, never written.
 */
import type { ExcelContext, ExcelWorksheet, ExcelRange } from "../office-api";
import { createSalesReader, detectColumns, findHeaderRow, InputException, suggestMapping, type SalesReader } from "../engine/read";
import type { CellValue, DetectedColumns, InputErrorCode, ReadResult, ReadSettings } from "../engine/types";
import { parseAddress, quoteSheetName, rectAddress } from "../a1";
import type { Rect } from "./plan";
import type { SourceChoice } from "./source";
import { turn } from "./turns";

/** Bytes one read response may carry (Excel on the web fails at 5 MB). */
export const RESPONSE_BUDGET_BYTES = 4_000_000;
/** Cells one read may ask for (Excel fails above 5,000,000). */
export const READ_CELL_BUDGET = 4_000_000;
/** Rows searched for the header row when the block is found automatically. */
const HEADER_SCAN_ROWS = 2000;
/** Rows that go into the engine's reader between two of the host's turns (src/excel/turns.ts): a few ms' work. */
const ROWS_PER_TURN = 5000;

/** The range the user pointed at, before the header is found in it. */
interface SourceArea {
  sheet: string;
  area: Rect;
  tableName: string | null;
  /** Found automatically on a sheet: the block may be one of several, and ends at its first blank row. */
  scan: boolean;
}

/** The sales block: where it is, its header row and what the engine recognised in it. */
export interface SourceBlock {
  sheet: string;
  /** 0-based sheet row of the header row. */
  headerRow: number;
  /** 0-based sheet column of the block's first column. */
  column: number;
  columns: number;
  /** Sheet rows read after the header (up to the end of the block). */
  dataRows: number;
  header: CellValue[];
  tableName: string | null;
}

/** `Sheet!A1:D100` of a block (header row included). */
export function blockReference(block: SourceBlock): string {
  return `${quoteSheetName(block.sheet)}!${rectAddress({ row: block.headerRow, column: block.column, rowCount: block.dataRows + 1, columnCount: block.columns })}`;
}

function sourceError(code: InputErrorCode, message: string): InputException {
  return new InputException({ code, message, problems: [] });
}

function isBlank(cell: CellValue | undefined): boolean {
  return cell === null || cell === undefined || cell === "" || (typeof cell === "string" && cell.trim() === "");
}

/**
 * Sheets "auto" must not read: the add-in's own (results, dossiers, settings). When the active
 * sheet is one of them, "auto" looks at `fallback` (the sheet the last run read), else at the
 * first visible sheet that is not ours.
 */
export interface OwnSheets {
  owned: ReadonlySet<string>;
  fallback: string | null;
}

/** Resolves the user's choice to a sheet area (one or two syncs). */
async function resolveArea(context: ExcelContext, choice: SourceChoice, settings: ReadSettings, own: OwnSheets): Promise<SourceArea> {
  if (choice.kind === "table") {
    const table = context.workbook.tables.getItemOrNullObject(choice.name);
    await context.sync();
    if (table.isNullObject) throw sourceError("source-not-found", `there is no table named '${choice.name}'`);
    return { ...(await areaOf(context, table.getRange())), tableName: choice.name, scan: false };
  }
  if (choice.kind === "range") {
    const parsed = parseAddress(choice.address);
    if (!parsed) throw sourceError("source-not-found", `'${choice.address}' is not a range address`);
    const sheet = parsed.sheet === null ? context.workbook.worksheets.getActiveWorksheet() : context.workbook.worksheets.getItemOrNullObject(parsed.sheet);
    await context.sync();
    if (sheet.isNullObject) throw sourceError("source-not-found", `there is no sheet named '${parsed.sheet}'`);
    return { ...(await areaOf(context, sheet.getRangeByIndexes(parsed.rect.row, parsed.rect.column, parsed.rect.rowCount, parsed.rect.columnCount))), tableName: null, scan: false };
  }
  if (choice.kind === "selection") {
    let selected: Awaited<ReturnType<typeof areaOf>>;
    try {
      selected = await areaOf(context, context.workbook.getSelectedRange());
    } catch (error) {
      // Excel refuses to hand a selection of several areas (Ctrl+click) to an add-in.
      if ((error as { code?: string }).code === "InvalidSelection") throw sourceError("source-not-found", "several areas are selected: select one block of cells with its header row, or choose Automatic");
      throw error;
    }
    // One selected cell means "this data", not a one-cell table: look on its sheet as "auto" does.
    if (selected.area.rowCount > 1 || selected.area.columnCount > 1) return { ...selected, tableName: null, scan: false };
    return autoArea(context, context.workbook.worksheets.getItem(selected.sheet), settings);
  }
  return autoArea(context, await salesSheet(context, own), settings);
}

/** The active sheet, unless it is one of the add-in's own sheets (see OwnSheets). */
async function salesSheet(context: ExcelContext, own: OwnSheets): Promise<ExcelWorksheet> {
  const active = context.workbook.worksheets.getActiveWorksheet();
  active.load("name");
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  await context.sync();
  if (!own.owned.has(active.name)) return active;
  const candidates = sheets.items.filter((sheet) => sheet.visibility === "Visible" && !own.owned.has(sheet.name));
  const chosen = candidates.find((sheet) => sheet.name === own.fallback) ?? candidates[0];
  if (!chosen) throw sourceError("empty-source", "there is no sheet with sales data: every sheet is one the add-in wrote");
  return chosen;
}

async function areaOf(context: ExcelContext, range: ExcelRange): Promise<{ sheet: string; area: Rect }> {
  range.load("rowIndex,columnIndex,rowCount,columnCount");
  range.worksheet.load("name");
  await context.sync();
  return { sheet: range.worksheet.name, area: { row: range.rowIndex, column: range.columnIndex, rowCount: range.rowCount, columnCount: range.columnCount } };
}

/** Automatic: the sheet's table whose header the engine recognises, else the used range (scanned for blocks). */
async function autoArea(context: ExcelContext, sheet: ExcelWorksheet, settings: ReadSettings): Promise<SourceArea> {
  sheet.load("name");
  sheet.tables.load("items/name");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  const tables = sheet.tables.items.map((table) => {
    const header = table.getHeaderRowRange();
    header.load("values");
    const range = table.getRange();
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    return { name: table.name, header, range };
  });
  if (tables.length > 0) await context.sync();
  for (const { name, header, range } of tables) {
    if (detectColumns(header.values[0] as CellValue[], settings) !== null) {
      return { sheet: sheet.name, area: { row: range.rowIndex, column: range.columnIndex, rowCount: range.rowCount, columnCount: range.columnCount }, tableName: name, scan: false };
    }
  }
  if (used.isNullObject) throw sourceError("empty-source", `the sheet '${sheet.name}' is empty`);
  return { sheet: sheet.name, area: { row: used.rowIndex, column: used.columnIndex, rowCount: used.rowCount, columnCount: used.columnCount }, tableName: null, scan: true };
}

/** Response bytes of rows as JSON (sampled on large chunks; non-ASCII text counted as UTF-8). */
function bytesPerRow(rows: readonly CellValue[][]): number {
  if (rows.length === 0) return 0;
  const step = Math.max(1, Math.floor(rows.length / 500));
  let bytes = 0;
  let sampled = 0;
  for (let r = 0; r < rows.length; r += step) {
    sampled++;
    bytes += 2;
    for (const cell of rows[r]) {
      if (typeof cell === "string") {
        bytes += 3 + cell.length;
        for (let i = 0; i < cell.length; i++) if (cell.charCodeAt(i) > 0x7f) bytes += 2;
      } else bytes += 1 + (cell === null ? 4 : String(cell).length);
    }
  }
  return bytes / sampled;
}

export interface ChunkedRead {
  sheet: string;
  area: Rect;
  /** Each chunk, with the 0-based sheet row of its first row; false stops the read. */
  onRows: (rows: CellValue[][], firstRow: number, typed?: { formulas: CellValue[][]; formats: string[][] }) => boolean | Promise<boolean>;
  /** Rows of the first chunk (default: what fits the response budget). */
  firstChunkRows?: number;
  /** Read each cell as typed too: its formula and its number format (a date stays a date when put back). */
  withFormulas?: boolean;
}

/** Reads an area of a sheet in chunks that keep each response under the budget; one sync per chunk. */
export async function readRowsInChunks(context: ExcelContext, { sheet: sheetName, area, onRows, firstChunkRows, withFormulas = false }: ChunkedRead): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  // With formulas and formats the response carries each cell three times.
  const copies = withFormulas ? 3 : 1;
  const cellCap = Math.max(1, Math.floor(READ_CELL_BUDGET / copies / Math.max(1, area.columnCount)));
  let rowsPerChunk = Math.min(cellCap, firstChunkRows ?? Math.floor(RESPONSE_BUDGET_BYTES / (area.columnCount * 60 * copies)));
  let rowBytes = 0;
  let offset = 0;
  while (offset < area.rowCount) {
    const count = Math.max(1, Math.min(rowsPerChunk, area.rowCount - offset));
    const range = sheet.getRangeByIndexes(area.row + offset, area.column, count, area.columnCount);
    if (withFormulas) range.load("values,formulas,numberFormat");
    else range.load("values");
    try {
      // One sync per chunk of up to 4 MB: the loop is what keeps every response under the limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if ((error as { code?: string }).code === "ResponsePayloadSizeLimitExceeded" && count > 1) {
        rowsPerChunk = Math.ceil(count / 2);
        continue;
      }
      throw error;
    }
    const rows = range.values as CellValue[][];
    const typed = withFormulas ? { formulas: range.formulas as CellValue[][], formats: range.numberFormat as string[][] } : undefined;
    rowBytes = Math.max(rowBytes * 0.5, bytesPerRow(rows) * copies);
    rowsPerChunk = Math.max(1, Math.min(cellCap, Math.floor(RESPONSE_BUDGET_BYTES / (rowBytes * 1.25))));
    const more = await onRows(rows, area.row + offset, typed);
    offset += count;
    if (!more) break;
  }
}

/** The header row and columns of the first block of `rows` whose header the engine recognises. */
function findBlock(rows: readonly CellValue[][], settings: ReadSettings): { row: number; column: number; columns: number } | null {
  const limit = Math.min(rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = rows[r];
    let start = -1;
    for (let c = 0; c <= row.length; c++) {
      const blank = c === row.length || isBlank(row[c]);
      if (!blank && start < 0) start = c;
      if (blank && start >= 0) {
        if (detectColumns(row.slice(start, c), settings) !== null) return { row: r, column: start, columns: c - start };
        start = -1;
      }
    }
  }
  return null;
}

export interface SourceRead {
  block: SourceBlock;
  read: ReadResult;
}

/**
 * Finds the header in the source and streams the rows under it into the engine's reader.
 * Throws InputException (missing columns, bad rows, nothing found) before anything is written.
 */
export interface SourceRequest {
  choice: SourceChoice;
  settings: ReadSettings;
  own: OwnSheets;
  onProgress?: (rowsRead: number, rowsTotal: number) => void;
  /** Told where the source is as soon as it is known (so row problems can be located). */
  onFound?: (found: { sheet: string; column: number }) => void;
}

export async function readSource(context: ExcelContext, { choice, settings, own, onProgress, onFound }: SourceRequest): Promise<SourceRead> {
  const source = await resolveArea(context, choice, settings, own);
  onFound?.({ sheet: source.sheet, column: source.area.column });
  const state: { block: SourceBlock | null; reader: SalesReader | null; rowsRead: number } = { block: null, reader: null, rowsRead: 0 };
  await readRowsInChunks(context, {
    sheet: source.sheet,
    area: source.area,
    onRows: async (rows, firstRow) => {
      let start = 0;
      if (state.block === null) {
        const found = locateHeader(rows, source, settings);
        const header = rows[found.row].slice(found.column, found.column + found.columns);
        state.block = { sheet: source.sheet, headerRow: firstRow + found.row, column: source.area.column + found.column, columns: found.columns, dataRows: 0, header, tableName: source.tableName };
        onFound?.({ sheet: source.sheet, column: state.block.column });
        // Sized for the area's rows up front: grown from 1,024 rows as rows came, its columns were copied seven times at
        // 100,000 rows. Reading may stop at a blank row well before the area's end; the room never filled is memory
        // reserved but never touched (a new typed array's pages are mapped only when written).
        state.reader = createSalesReader(header, settings, firstRow + found.row + 1, source.area.rowCount - found.row - 1);
        start = found.row + 1;
      }
      const block = state.block;
      const offsetColumn = block.column - source.area.column;
      const cut = offsetColumn > 0 || block.columns < source.area.columnCount;
      let end = rows.length;
      if (source.scan) {
        // A block found on its own ends at its first blank row (Excel's "current region").
        const blank = rows.findIndex((row, r) => r >= start && rowIsBlank(row, offsetColumn, block.columns));
        if (blank >= 0) end = blank;
      }
      // A chunk goes into the reader in pieces, with the host's turns between them (a chunk can be 100,000 rows).
      for (let pieceStart = start; pieceStart < end; pieceStart += ROWS_PER_TURN) {
        const pieceEnd = Math.min(end, pieceStart + ROWS_PER_TURN);
        const piece = pieceStart === 0 && pieceEnd === rows.length && !cut ? rows : rows.slice(pieceStart, pieceEnd).map((row) => (cut ? row.slice(offsetColumn, offsetColumn + block.columns) : row));
        state.reader?.addRows(piece, firstRow + pieceStart + 1);
        block.dataRows += piece.length;
        state.rowsRead += piece.length;
        onProgress?.(state.rowsRead, source.area.rowCount - 1);
        await turn();
      }
      return end === rows.length;
    },
  });
  if (state.block === null || state.reader === null) throw sourceError("empty-source", `the source on '${source.sheet}' is empty`);
  return { block: state.block, read: state.reader.finish() };
}

function rowIsBlank(row: readonly CellValue[], column: number, columns: number): boolean {
  for (let c = column; c < column + columns; c++) {
    const cell = row[c];
    // Numbers and booleans are never blank: the common case needs no string test.
    if (typeof cell === "number" || typeof cell === "boolean" || !isBlank(cell)) return false;
  }
  return true;
}

/** Where the header is in the first chunk; throws the engine's "missing columns" error when nowhere. */
function locateHeader(rows: CellValue[][], source: SourceArea, settings: ReadSettings): { row: number; column: number; columns: number } {
  if (!source.scan) {
    const row = findHeaderRow(rows, settings);
    if (row >= 0) return { row, column: 0, columns: source.area.columnCount };
  }
  const found = findBlock(rows, settings);
  if (found) return found;
  const firstFilled = Math.max(0, rows.findIndex((row) => row.some((cell) => !isBlank(cell))));
  // The engine explains what is missing ("no amount column found; headers: ...").
  createSalesReader(rows[firstFilled] ?? [], settings, source.area.row + firstFilled + 1);
  throw sourceError("missing-columns", `no header row with a client and an amount column on '${source.sheet}'`);
}

/** What the task pane shows before a run: the block, its headers and the columns recognised. */
export interface SourceInfo {
  sheet: string;
  /** `Sheet!A1:D100`, header row included (the whole area when no header was recognised). */
  address: string;
  headers: string[];
  detected: DetectedColumns | null;
  /** With no recognised header: columns that look like client, date and amount by their content, for the person to confirm. */
  suggested?: Partial<Record<"client" | "date" | "amount", string>>;
  /** Data rows under the header (an upper bound when the block is found automatically). */
  rowCount: number;
  tableName: string | null;
}

export async function inspectSource(context: ExcelContext, choice: SourceChoice, settings: ReadSettings, own: OwnSheets): Promise<SourceInfo> {
  const source = await resolveArea(context, choice, settings, own);
  const sample = Math.min(source.area.rowCount, source.scan ? HEADER_SCAN_ROWS : 50);
  let first: CellValue[][] = [];
  await readRowsInChunks(context, {
    sheet: source.sheet,
    area: { ...source.area, rowCount: sample },
    firstChunkRows: sample,
    onRows: (rows) => {
      first = rows;
      return false;
    },
  });
  const found = source.scan ? findBlock(first, settings) : (() => {
    const row = findHeaderRow(first, settings);
    return row >= 0 ? { row, column: 0, columns: source.area.columnCount } : findBlock(first, settings);
  })();
  if (!found) {
    return {
      sheet: source.sheet,
      address: `${quoteSheetName(source.sheet)}!${rectAddress(source.area)}`,
      headers: (first[0] ?? []).map((cell) => (cell === null ? "" : String(cell))),
      detected: null,
      suggested: suggestMapping(first[0] ?? [], first.slice(1), settings),
      rowCount: Math.max(0, source.area.rowCount - 1),
      tableName: source.tableName,
    };
  }
  const header = first[found.row].slice(found.column, found.column + found.columns);
  const sampleRows = first.slice(found.row + 1).map((row) => row.slice(found.column, found.column + found.columns));
  const rowCount = source.area.rowCount - found.row - 1;
  return {
    sheet: source.sheet,
    address: `${quoteSheetName(source.sheet)}!${rectAddress({ row: source.area.row + found.row, column: source.area.column + found.column, rowCount: rowCount + 1, columnCount: found.columns })}`,
    headers: header.map((cell) => (cell === null ? "" : String(cell))),
    detected: detectColumns(header, settings, sampleRows),
    rowCount,
    tableName: source.tableName,
  };
}
