/**
 * `kam classify <file.csv|file.xlsx> [options]` as a library: reads sales, classifies clients,
 * prints a summary or writes --json. Exit 0 done, 1 bad input (one `row N: reason` line per
 * problem, nothing written), 2 usage error. cli/bin.ts runs it for the `kam` command; tests call
 * it in-process.
 */
import { accessSync, closeSync, constants, existsSync, fstatSync, openSync, readFileSync, readSync, realpathSync, statSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { classify } from "../engine/classify";
import { createSalesReader, findHeaderRow, HEADER_SEARCH_ROWS, InputException, isBlankRow, suggestMapping } from "../engine/read";
import { jsonReportTexts } from "../engine/report";
import { sourceRowOf, type CellValue, type ClassifyResult, type ReadResult, type ReadSettings, type InputErrorCode, type RowProblem, type RowProblemCode } from "../engine/types";
import { commandLineRead, parseArgs, UsageError, USAGE, type ClassifyCommand, type DossiersCommand } from "./args";
import { CsvReader } from "./csv";
import { decodeCsv } from "./text";
import { checkKind, fileKind } from "./file-kind";
import type { ClassifyOutcome } from "../excel/classify-workbook";
import { SHEET_IDS } from "../excel/registry";
import { formatSummary } from "./summary";
import type { writeDossiersByManager } from "./workbook-out";
import { writeAtomically } from "./atomic-write";
import { readPlainCsv, type PieceReader } from "./plain-csv";
import { FieldCounts } from "./field-counts";
import { checkMemory, checkStringLimit } from "./memory";

/** Rows handed to the reader at a time: big enough to amortise calls, small enough to keep memory flat. */
const CHUNK_ROWS = 4096;

/** Rows in order with their sheet row numbers: a CSV parsed on demand or a sheet already in memory. */
interface RowSource {
  readonly nextRow: number;
  /** With `reuse`, the rows may be overwritten by the next call (the reader copies what it keeps). */
  read(max: number, reuse?: boolean): CellValue[][];
}

function arrayRows(rows: CellValue[][]): RowSource {
  let position = 0;
  return {
    get nextRow() {
      return position + 1;
    },
    read(max) {
      const chunk = rows.slice(position, position + max);
      position += chunk.length;
      return chunk;
    },
  };
}

/**
 * Finds the header in the first rows, then streams the rest through the sales reader. In a CSV
 * (`fieldCounts`), a row with more fields than the header is a bad row ("row 7: 5 fields where the
 * header has 3"): an unquoted comma in a name moves every value after it one column to the right.
 */
export function readSource(source: RowSource, settings: ReadSettings, fieldCounts = false): ReadResult {
  const firstRow = source.nextRow;
  const top = source.read(HEADER_SEARCH_ROWS);
  let headerIndex = findHeaderRow(top, settings);
  if (headerIndex < 0) {
    headerIndex = top.findIndex((row) => !isBlankRow(row));
    if (headerIndex < 0) throw new InputException({ code: "no-data", message: "the file is empty: no header and no data rows", problems: [] });
  }
  const headerRow = firstRow + headerIndex;
  const reader = withMapHint(() => createSalesReader(top[headerIndex], settings, headerRow), top[headerIndex], top.slice(headerIndex + 1), settings);
  const counts = fieldCounts ? new FieldCounts(top[headerIndex].length) : null;
  const add = (rows: CellValue[][], firstRow: number): void => {
    // A too-wide row is emptied in place (the chunk is the reader's to reuse), so the reader's row numbers stay the file's.
    if (counts) {
      for (let index = 0; index < rows.length; index++) if (counts.tooWideRow(rows[index], firstRow + index)) rows[index] = [];
    }
    reader.addRows(rows, firstRow);
  };
  add(top.slice(headerIndex + 1), headerRow + 1);
  for (;;) {
    const chunkStart = source.nextRow;
    const rows = source.read(CHUNK_ROWS, true);
    if (rows.length === 0) break;
    add(rows, chunkStart);
  }
  return counts ? counts.finish(reader, settings) : reader.finish();
}

/** The error with a hint appended to its message and to each row's reason (the line the command prints). */
function withHint(error: InputException, hint: string): InputException {
  return new InputException({ ...error.error, message: error.error.message + hint, problems: error.error.problems.map((problem) => ({ ...problem, reason: problem.reason + hint })) });
}

/**
 * A header the reader does not recognise stops the run (never a guess); the message then spells
 * out the --map options that would name the columns, judged from their content.
 */
function withMapHint<T>(read: () => T, header: CellValue[], rows: CellValue[][], settings: ReadSettings): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof InputException) || error.error.code !== "missing-columns") throw error;
    const options = Object.entries(suggestMapping(header, rows, settings)).map(([role, text]) => mapOption(role, text));
    if (options.length === 0) throw error;
    throw withHint(error, `; if these are the columns, name them with ${options.join(" ")}`);
  }
}

/** `--map role=Header`, quoted for a shell when the header has spaces or quotes. */
function mapOption(role: string, header: string): string {
  const option = `${role}=${header}`;
  return /^[\p{L}\p{N}_.=#-]+$/u.test(option) ? `--map ${option}` : `--map '${option.replace(/'/g, "'\\''")}'`;
}

/** Rows one Excel sheet holds (the header included); --out copies the sales into one. */
const EXCEL_ROWS = 1_048_576;

function checkFitsASheet(read: ReadResult): void {
  const { rowCount } = read.data;
  const lastRow = read.skipped.reduce((last, problem) => Math.max(last, problem.row), rowCount > 0 ? sourceRowOf(read.data, rowCount - 1) : 0);
  if (lastRow > EXCEL_ROWS) {
    throw new InputException({ code: "too-many-rows", message: `the input has ${lastRow.toLocaleString("en-US")} rows, and an Excel sheet holds at most ${EXCEL_ROWS.toLocaleString("en-US")}: use --json, or split the file`, problems: [] });
  }
}

/** Where the command writes and which folder its relative paths start from. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** The folder relative paths are resolved against (the process's working folder for `kam`). */
  cwd: string;
  /**
   * For a plain CSV open as `fd`, a way to read pieces of it apart from this thread (a worker
   * thread for `kam`); undefined, or a result of undefined, reads it all here.
   */
  readApart?: (fd: number, size: number) => PieceReader | undefined;
  /**
   * Called before a run that reads rows and analyses them without making a workbook (`classify`
   * without --out): for `kam`, V8's young generation is then kept at its first size (bin.ts).
   */
  beforeAnalysisOnly?: () => void;
}

/** A missing or unreadable input file is a usage error (exit 2), like a mistyped option. */
function checkReadable(file: string, path: string): void {
  try {
    accessSync(path, constants.R_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === "ENOENT" ? `file not found: ${file}` : `cannot read ${file}: ${(error as Error).message}`);
  }
  if (statSync(path).isDirectory()) throw new UsageError(`${file} is a folder, not a file`);
}

/** An output path whose folder exists and which is not itself a folder (a usage error otherwise, exit 2). */
function checkWritable(option: string, given: string, path: string): void {
  const folder = dirname(path);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UsageError(`${option}: the folder of ${given} does not exist`);
  if (existsSync(path) && statSync(path).isDirectory()) throw new UsageError(`${option}: ${given} is a folder, not a file`);
}

/**
 * Carry it or refuse: `--out` never replaces a workbook's content that kam did not write. It writes
 * over a file only when that file is the input (a re-run) and everything in it can be written
 * back; a new file that cannot hold all of the input is written with a warning (the input is not
 * changed).
 */
async function checkCarried(file: string, input: string, out: string, outPath: string, io: CliIo): Promise<void> {
  const lose = (message: string): never => {
    throw new InputException({ code: "would-lose", message, problems: [] });
  };
  const sameFile = existsSync(outPath) && existsSync(input) && realpathSync(outPath) === realpathSync(input);
  if (existsSync(outPath) && !sameFile) lose(`${out} exists and is not the input: writing would replace everything in it. Re-run on it (kam classify ${out} --out ${out}) or choose a new --out file`);
  if (file.toLowerCase().endsWith(".csv") || !existsSync(input)) return;
  const bytes = readFileSync(input);
  if (fileKind(bytes) !== "zip") return;
  const { uncarriedContent } = await import("../headless/xlsx-carry");
  const uncarried = await uncarriedContent(bytes);
  if (uncarried.length === 0) return;
  if (sameFile) lose(`${file} holds ${uncarried.join(", ")}, which kam cannot write back: writing over it would lose them. Write the results to a new file with --out NEW.xlsx; ${file} stays as it is`);
  io.stderr.write(`kam: ${out} will not have the ${uncarried.join(", ")} of ${file} (kam cannot write them); ${file} is not changed\n`);
}

/** A CSV outside the byte fast path's form: decoded to one string and read record by record, which takes more memory. */
function readGeneralCsv(command: ClassifyCommand, path: string, bytes: Buffer): ReadResult {
  checkMemory(command.file, path, "csv-general", command.maxMemory);
  checkStringLimit(command.file, bytes.length);
  const text = decodeCsv(bytes, command.read);
  return readSource(new CsvReader(text), command.read, true);
}

/** readPlainCsv after the check that the file is not a workbook named .csv (its first bytes). */
async function checkedPlainCsv(command: ClassifyCommand, input: Buffer | number, io: CliIo): Promise<ReadResult | null> {
  const head = Buffer.alloc(8);
  checkKind(command.file, typeof input === "number" ? head.subarray(0, readSync(input, head, 0, head.length, 0)) : input.subarray(0, head.length), true);
  const read = typeof input === "number" ? io.readApart?.(input, fstatSync(input).size) : undefined;
  return readPlainCsv(input, command.read, { apart: read ? { read } : undefined });
}

/** `read` on the file opened for reading, closed once it is done, whatever happens. */
async function withDescriptor<T>(path: string, read: (fd: number) => Promise<T>): Promise<T> {
  const fd = openSync(path, "r");
  try {
    return await read(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * The sales read from the input, and for a workbook the sheet they came from and the aliases people
 * set in it; and a CSV's bytes with --out, from which the workbook run makes the Sales sheet.
 */
async function readInput(command: ClassifyCommand, path: string, io: CliIo): Promise<{ read: ReadResult; sheet: string | null; aliases: Map<string, string>; bytes?: Buffer }> {
  checkReadable(command.file, path);
  const csv = command.file.toLowerCase().endsWith(".csv");
  if (csv && command.workbookOut === null) {
    // Most exports are plain UTF-8 Client,Date,Amount files: read from the bytes, a regular file a block at a time
    // by its descriptor (a named pipe cannot be read at positions: whole); anything else (or any doubt) goes the general way.
    const whole = statSync(path).isFile() ? null : readFileSync(path);
    const plain = whole !== null ? await checkedPlainCsv(command, whole, io) : await withDescriptor(path, (fd) => checkedPlainCsv(command, fd, io));
    return { read: plain ?? readGeneralCsv(command, path, whole ?? readFileSync(path)), sheet: null, aliases: new Map() };
  }
  const bytes = readFileSync(path);
  checkKind(command.file, bytes, csv);
  if (csv && command.workbookOut !== null) {
    // Read as without --out; the workbook run parses the records again into the Sales sheet.
    return { read: (await checkedPlainCsv(command, bytes, io)) ?? readGeneralCsv(command, path, bytes), sheet: null, aliases: new Map(), bytes };
  }
  const { readXlsxRows } = await import("./xlsx");
  const { sheet, rows, chosen, others, aliases } = await readXlsxRows(path, command.sheet, command.read);
  if (chosen) io.stderr.write(`kam: reading sheet '${sheet}', the first sheet whose header is recognised\n`);
  try {
    return { read: readSource(arrayRows(rows), command.read), sheet, aliases };
  } catch (error) {
    // The header was not recognised on this sheet: the others may be the sales.
    if (!(error instanceof InputException) || error.error.code !== "missing-columns" || command.sheet !== null || others.length === 0) throw error;
    throw withHint(error, `; or pick the sheet with --sheet (sheets: ${[sheet, ...others].join(", ")})`);
  }
}

async function classifyCommand(command: ClassifyCommand, io: CliIo): Promise<void> {
  const at = (path: string): string => resolve(io.cwd, path);
  // Where the results go is checked before any work: a typo in a path never costs a whole run.
  for (const [option, path] of [["--out", command.workbookOut], ["--json", command.jsonOut]] as const) {
    if (path !== null) checkWritable(option, path, at(path));
  }
  // A file too large for the memory this run may use is refused before it is read.
  checkReadable(command.file, at(command.file));
  const csv = command.file.toLowerCase().endsWith(".csv");
  checkMemory(command.file, at(command.file), csv ? (command.workbookOut !== null ? "csv-out" : "csv") : "xlsx", command.maxMemory);
  if (command.workbookOut !== null) await checkCarried(command.file, at(command.file), command.workbookOut, at(command.workbookOut), io);
  else io.beforeAnalysisOnly?.();
  // Read and classify first: bad input stops here, before anything is written.
  const { read, sheet, aliases, bytes } = await readInput(command, at(command.file), io);
  if (command.workbookOut !== null) checkFitsASheet(read);
  let result: ClassifyResult;
  let analysis = command.analysis;
  let wroteWorkbook = "";
  if (command.workbookOut !== null) {
    // One answer: with --out, the summary and --json are the workbook run's result, under the settings saved in the workbook and the options given.
    const columns = read.detected.columns;
    const textColumns = [columns.client, columns.manager, columns.group, columns.order].filter((column): column is number => column !== undefined);
    const { writeWorkbookOut, writeDossiersByManager } = await import("./workbook-out");
    const written = await writeWorkbookOut({ input: at(command.file), sheet: sheet ?? command.sheet, out: at(command.workbookOut), analysis: command.given, read: command.read, dossiers: command.dossiers, textColumns, bytes });
    result = written.result;
    analysis = written.settings.analysis;
    wroteWorkbook = workbookReport(command.workbookOut, written);
    if (command.byManager) {
      const out = at(command.workbookOut);
      wroteWorkbook += byManagerReport(await writeDossiersByManager(readFileSync(out), out.replace(/\.xlsx$/i, ""), result, new Date()), io.cwd);
    }
  } else {
    result = classify(read.data, command.analysis, read.skipped, { aliases });
  }
  if (command.jsonOut !== null) await writeAtomically(at(command.jsonOut), jsonReportTexts(result));
  if (command.jsonOut === null) io.stdout.write(formatSummary(command.file, read, result, analysis));
  io.stdout.write(wroteWorkbook);
}

/**
 * `kam dossiers WORKBOOK.xlsx --by-manager`: the managers' workbooks beside WORKBOOK.xlsx, made
 * from a run on the workbook in memory (its own sales, the settings saved in it), which is never
 * written back: what people typed in the dossiers travels as it is.
 */
async function dossiersCommand(command: DossiersCommand, io: CliIo): Promise<void> {
  const path = resolve(io.cwd, command.file);
  checkReadable(command.file, path);
  checkKind(command.file, readFileSync(path), false);
  checkMemory(command.file, path, "xlsx", null);
  const [{ classifyInMemory, writeDossiersByManager }, { saveXlsx }] = await Promise.all([import("./workbook-out"), import("../headless/xlsx")]);
  const { excel, outcome } = await classifyInMemory({ input: path, sheet: command.sheet, analysis: {}, read: commandLineRead() }, "as-saved");
  io.stdout.write(byManagerReport(await writeDossiersByManager(await saveXlsx(excel), path.replace(/\.xlsx$/i, ""), outcome.result, new Date()), io.cwd));
}

/** The managers' workbooks --by-manager wrote, a line each. */
function byManagerReport({ written, withoutManager }: Awaited<ReturnType<typeof writeDossiersByManager>>, cwd: string): string {
  const dossiers = (n: number): string => `${n} ${n === 1 ? "dossier" : "dossiers"}`;
  const lines = written.map((file) => `wrote ${relative(cwd, file.path)}: ${dossiers(file.dossiers)} of ${file.manager}`);
  if (written.length === 0) lines.push("no dossier has a manager: no manager's workbook was written");
  if (withoutManager > 0) lines.push(`${dossiers(withoutManager)} ${withoutManager === 1 ? "has" : "have"} no manager and ${withoutManager === 1 ? "is" : "are"} in none of the managers' workbooks`);
  return lines.join("\n") + "\n";
}

/** What a --out run did to the workbook, in a few lines. */
function workbookReport(out: string, written: ClassifyOutcome & { ok: true }): string {
  const lines = [`wrote ${out}: ${written.sheets.length} result sheets, ${written.dossiers.created.length} new dossiers`];
  for (const change of written.settingsChanged) lines.push(`settings saved in the workbook changed: ${change.field} ${String(change.from)} -> ${String(change.to)}`);
  for (const move of written.moved) lines.push(`your cells on ${move.sheet} from row ${move.fromRow} (columns ${move.columns}) moved down ${move.rows} rows to make room for the results`);
  if (written.dossiers.locked.length > 0) lines.push(`dossiers protected with a password were not updated: ${written.dossiers.locked.join(", ")}`);
  const kept = written.sheets.find((sheet) => sheet.id === SHEET_IDS.kept);
  if (kept && written.keptAway > 0) lines.push(`${written.keptAway} clients not in the data keep what was typed for them on '${kept.name}'`);
  return lines.join("\n") + "\n";
}

/**
 * Runs the command line (argv without node and the script); returns the exit code. Anything
 * thrown that is neither a usage nor an input error is a bug: it is rethrown for bin.ts to report.
 * @example await run(["classify", "sales.csv", "--json", "out.json"], { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }) // 0
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseArgs(argv);
    if (command.kind === "help") {
      io.stdout.write(USAGE + "\n");
      return 0;
    }
    if (command.kind === "dossiers") await dossiersCommand(command, io);
    else await classifyCommand(command, io);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`kam: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof InputException) {
      io.stderr.write(describeInputError(error));
      return 1;
    }
    throw error;
  }
}

/** How to fix an input error with this command line's options, where the message alone does not say. */
const FIXES: Partial<Record<InputErrorCode, string>> = {
  "no-profit-column": "; map one with --map profit=HEADER, or use --measure revenue",
  "doubtful-columns": ". Pick the right column with --map ROLE=HEADER, or, if the columns are right, run again with --trust-columns",
};

/** Bad rows listed one per line up to this many; past it the list ends with a tally by kind, so the last lines on screen say what happened. */
const BAD_ROWS_SCREEN = 20;

/** The kinds of bad row as the tally names them. */
const BAD_ROW_KINDS: Partial<Record<RowProblemCode, string>> = {
  "empty-client": "client is empty",
  "client-error-value": "client is an error value",
  "empty-amount": "amount is empty",
  "amount-not-number": "amount is not a number",
  "profit-not-number": "profit is not a number",
  "bad-date": "date is not a date",
  "field-count": "more fields than the header",
};

/** "120,000 bad rows (100,000 amount is not a number, 20,000 client is empty)", most frequent kind first. */
function badRowsTally(problems: readonly RowProblem[]): string {
  const byKind = new Map<string, number>();
  for (const problem of problems) {
    const kind = BAD_ROW_KINDS[problem.code] ?? problem.code;
    byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
  }
  const kinds = [...byKind].sort((a, b) => b[1] - a[1]).map(([kind, count]) => `${count.toLocaleString("en-US")} ${kind}`);
  return `${problems.length.toLocaleString("en-US")} bad rows (${kinds.join(", ")})`;
}

/**
 * One `row N: reason` line per problem, under a heading unless the one problem says it all. Every
 * bad row is listed (the file's row numbers, to fix them at the source); a long list ends with the
 * tally, so a million bad rows still end in one line that says what happened.
 */
function describeInputError({ error }: InputException): string {
  const lines = error.problems.map((problem) => `row ${problem.row}: ${problem.reason}`);
  const count = error.problems.length === 1 ? "1 bad row" : `${error.problems.length} bad rows`;
  const skip = "nothing was written (--skip-bad-rows skips them)";
  if (error.code === "bad-rows") {
    lines.unshift(`kam: ${count}; ${skip}`);
    if (error.problems.length > BAD_ROWS_SCREEN) lines.push(`kam: ${badRowsTally(error.problems)}, listed above; ${skip}`);
  } else if (!(lines.length === 1 && lines[0] === error.message)) lines.unshift(`kam: ${error.message}${FIXES[error.code] ?? ""}`);
  return lines.join("\n") + "\n";
}
