/**
 * `kam classify IN.xlsx|IN.csv --out OUT.xlsx`: loads the input into the headless Excel, runs the
 * add-in's own "Classify clients" (src/excel) on it and saves the workbook. A CSV becomes a
 * "Sales" sheet. Run on its own output (`--sheet Sales`) it is a re-run: Key type, Notes and
 * Planned offer typed in the result sheets are kept. Bad input throws InputException (nothing is
 * written), as the rest of the command line does.
 */
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { constants as zlibConstants, crc32 as zlibCrc32, deflateRaw } from "node:zlib";
import { InputException } from "../engine/read";
import type { AnalysisSettings, CellValue, ClassifyResult, ReadSettings } from "../engine/types";
import { classifyWorkbook, type ClassifyOutcome } from "../excel/classify-workbook";
import { unknownPicks } from "../excel/dossier";
import { dossierManagers, fileSafe, keepOneManager } from "../excel/dossiers-by-manager";
import { UsageError } from "./args";
import type { Lang } from "../i18n/core";
import { fromRows, loadXlsx, writeXlsx } from "../headless/xlsx";
import type { ZipCodec } from "../headless/xlsx-zip";
import type { HeadlessExcel, HeadlessExcelOptions } from "../headless";
import { CsvReader, csvCell } from "./csv";
import { decodeCsv } from "./text";
import { collectGarbage } from "./memory";
import { writeAtomically } from "./atomic-write";

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
  /** The input's bytes when the caller has read them already. */
  bytes?: Uint8Array;
}

/** The command line's in-memory Excel: no request is sent anywhere, so nothing is limited or measured. */
const UNMEASURED: HeadlessExcelOptions = { payloadLimits: false, measurePayloads: false };

/**
 * The records of a CSV file as Sales rows, decoded as the --json path decodes it (UTF-8, UTF-16 or a
 * code page; CsvReader drops a BOM), each cell as csvCell reads it (`text`: the columns kept as
 * text). One row array is filled again for every record, and the reader's record arrays are used
 * again chunk by chunk: the records are not all kept, a million arrays of memory touched once, only
 * the cells they become (fromRows copies each row in as it comes).
 */
function* csvRows(bytes: Uint8Array, settings: ReadSettings, text: ReadonlySet<number>): Generator<CellValue[]> {
  const reader = new CsvReader(decodeCsv(bytes, settings));
  const row: CellValue[] = [];
  // A text that comes again (a client's name, a date) is the one string for all its cells, not a slice of the file each.
  const texts = new Map<string, string>();
  for (let chunk = reader.read(CSV_CHUNK_ROWS, true); chunk.length > 0; chunk = reader.read(CSV_CHUNK_ROWS, true)) {
    for (const record of chunk) {
      row.length = record.length;
      for (let column = 0; column < record.length; column++) {
        const cell = csvCell(record[column], text.has(column));
        if (typeof cell !== "string") row[column] = cell;
        else {
          const seen = texts.get(cell);
          if (seen === undefined && texts.size < TEXTS_KEPT) texts.set(cell, cell);
          row[column] = seen ?? cell;
        }
      }
      yield row;
    }
  }
}

/** Distinct texts csvRows remembers, at most (a column of order ids is all different). */
const TEXTS_KEPT = 65_536;
/** Records parsed at a time into the reader's arrays (csvRows). */
const CSV_CHUNK_ROWS = 4096;

async function loadInput(request: Omit<WorkbookOutRequest, "out">): Promise<HeadlessExcel> {
  const bytes = request.bytes ?? readFileSync(request.input);
  if (request.input.toLowerCase().endsWith(".csv")) return fromRows(csvRows(bytes, request.read, new Set(request.textColumns ?? [])), "Sales", UNMEASURED);
  return loadXlsx(bytes, UNMEASURED);
}

/**
 * Raw deflate on Node's zlib for the .xlsx zip, 256 KB at a time on libuv's threads while the
 * next bytes are made (as pigz does): the part's bytes, however the caller gives them, are
 * gathered into pieces of that size, each compressed on its own and ending on a byte boundary (a
 * sync flush), so the pieces one after another, then an empty final block, are one deflate stream
 * (RFC 1951, §3.2.3-3.2.4). A zlib stream did its work 64 KB at a time, each step started from the
 * main thread, which is busy making the XML: the compressor waited for it, then it for the
 * compressor (0.1 s idle in a 100,000-row run). Level 1 took half the time of the default (6) on
 * 55 MB of sheet XML (0.43 s against 0.88 s) for a file a sixth larger.
 */
export const nodeZipCodec: ZipCodec = {
  deflater(output) {
    const pieces: Promise<Buffer>[] = [];
    /** The piece being gathered, and how much of it is filled. */
    let input: Buffer | null = null;
    let filled = 0;
    /** Hands on the compressed pieces, in order, until at most `left` are still being compressed. */
    const pass = async (left: number): Promise<void> => {
      while (pieces.length > left) output(await (pieces.shift() as Promise<Buffer>));
    };
    const compress = (): void => {
      if (input === null || filled === 0) return;
      const gathered = input;
      // One pass through the pool: room for the whole piece's output (incompressible bytes grow by a few a block).
      const piece = deflateRawPiece(gathered.subarray(0, filled), { level: 1, finishFlush: zlibConstants.Z_SYNC_FLUSH, chunkSize: filled + (filled >> 6) + 64 });
      // Its buffer gathers a later piece once zlib is done with it; a piece left behind when the part fails (its sink did) must not fail the process as well.
      piece.then(
        () => {
          if (spareInputs.length <= PIECES_AHEAD) spareInputs.push(gathered);
        },
        () => undefined,
      );
      pieces.push(piece);
      input = null;
      filled = 0;
    };
    return {
      async write(bytes) {
        // Copied into buffers of earlier pieces: memory touched before (a fresh page costs more than the copy).
        for (let at = 0; at < bytes.length; ) {
          input ??= spareInputs.pop() ?? Buffer.allocUnsafeSlow(PIECE_BYTES);
          const taken = Math.min(bytes.length - at, PIECE_BYTES - filled);
          input.set(bytes.subarray(at, at + taken), filled);
          filled += taken;
          at += taken;
          if (filled === PIECE_BYTES) compress();
          // A part given whole is compressed as it is gathered, never more than PIECES_AHEAD pieces at once.
          if (pieces.length > PIECES_AHEAD) await pass(PIECES_AHEAD);
        }
      },
      async end() {
        compress();
        await pass(0);
        output(FINAL_EMPTY_BLOCK);
      },
    };
  },
  // zlib.crc32 is Node 20.15+; older Nodes use the zip writer's own.
  ...(typeof zlibCrc32 === "function" ? { crc32: (bytes: Uint8Array, crc: number) => zlibCrc32(bytes, crc) } : {}),
};

const deflateRawPiece = promisify(deflateRaw);
/** Bytes compressed at a time: large enough that a fresh start costs little compression. */
const PIECE_BYTES = 1 << 18;
/** Buffers of compressed pieces, to gather the next ones in. */
const spareInputs: Buffer[] = [];
/** Pieces compressing at once (4 MB): the main thread waits only when they are this far behind. */
const PIECES_AHEAD = 16;
/** A final deflate block with no data (fixed Huffman codes, end of block): what ends the stream. */
const FINAL_EMPTY_BLOCK = new Uint8Array([0x03, 0x00]);

/** Writes OUT.xlsx with the result sheets; returns the outcome (throws InputException on bad input). */
export async function writeWorkbookOut(request: WorkbookOutRequest): Promise<ClassifyOutcome & { ok: true }> {
  const { excel, outcome } = await classifyInMemory(request);
  // The classification leaves about 100 MB of garbage at 100,000 rows: gone before the write, the heap does not grow past it.
  collectGarbage();
  await writeAtomically(request.out, (write) => writeXlsx(excel, write, nodeZipCodec));
  return outcome;
}

/**
 * The input as a headless workbook, classified with its result sheets and dossiers, in memory only.
 * "run": as `kam classify --out` runs, the options given over the saved settings, the sheet's data
 * read automatically, and a dossier made for every key client. "as-saved": as the workbook's team
 * left it, its saved settings and source as they are, and only the dossiers it has (kam dossiers).
 */
export async function classifyInMemory(request: Omit<WorkbookOutRequest, "out">, mode: "run" | "as-saved" = "run"): Promise<{ excel: HeadlessExcel; outcome: ClassifyOutcome & { ok: true } }> {
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
  if (mode === "as-saved") {
    // Nothing given: the saved source (a --sheet named reads that sheet), read settings and language.
    const outcome = await classifyWorkbook(excel.run, { source: request.sheet === null ? undefined : { kind: "auto" }, analysis: request.analysis, read: {}, now: request.now });
    if (!outcome.ok) throw new InputException(outcome.error);
    return { excel, outcome };
  }
  // The command line has no separate "create dossiers" step: every key client gets one, plus the picked.
  const dossiers = { picked: request.dossiers ?? [] };
  const outcome = await classifyWorkbook(excel.run, { source: { kind: "auto" }, analysis: request.analysis, read: request.read, lang: request.lang, now: request.now, dossiers });
  if (!outcome.ok) throw new InputException(outcome.error);
  const unknown = unknownPicks(outcome.result, dossiers.picked);
  if (unknown.length > 0) throw new UsageError(`--dossier: no client named ${unknown.map((name) => `'${name}'`).join(", ")} in ${request.input}`);
  return { excel, outcome };
}

/** A manager's workbook written by --by-manager. */
export interface ManagerWorkbook {
  manager: string;
  path: string;
  dossiers: number;
}

/**
 * `--by-manager`: from the workbook `bytes`, one workbook per manager ("STEM - Ann.xlsx") cut down
 * to that manager's dossiers, their index and KAM Health (src/excel/dossiers-by-manager.ts).
 * Dossiers without a manager go in none of them; they are counted in `withoutManager`.
 */
export async function writeDossiersByManager(bytes: Uint8Array, stem: string, result: ClassifyResult, today: Date): Promise<{ written: ManagerWorkbook[]; withoutManager: number }> {
  const managers = await dossierManagers((await loadXlsx(bytes, UNMEASURED)).run);
  const taken = new Set<string>();
  const written: ManagerWorkbook[] = [];
  for (const [manager, dossiers] of [...managers].filter(([name]) => name !== "").sort(([a], [b]) => a.localeCompare(b))) {
    const path = freeFileName(`${stem} - ${fileSafe(manager)}`, taken);
    const excel = await loadXlsx(bytes, UNMEASURED);
    await keepOneManager(excel.run, manager, result, today);
    await writeAtomically(path, (write) => writeXlsx(excel, write, nodeZipCodec));
    written.push({ manager, path, dossiers });
  }
  return { written, withoutManager: managers.get("") ?? 0 };
}

/** `base`.xlsx, or `base (2)`.xlsx... when two managers' names make the same file name (compared ignoring case). */
function freeFileName(base: string, taken: Set<string>): string {
  let path = `${base}.xlsx`;
  for (let n = 2; taken.has(path.toLowerCase()); n++) path = `${base} (${n}).xlsx`;
  taken.add(path.toLowerCase());
  return path;
}
