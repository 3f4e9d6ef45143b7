/**
 * `kam classify <file.csv|file.xlsx> [options]`: reads sales, classifies clients, prints a
 * summary or writes --json. Exit 0 done, 1 bad input (one `row N: reason` line per problem,
 * nothing written), 2 usage error.
 */
import { accessSync, constants, readFileSync, writeFileSync } from "node:fs";
import { classify } from "../engine/classify";
import { createSalesReader, findHeaderRow, HEADER_SEARCH_ROWS, InputException, isBlankRow } from "../engine/read";
import { toJsonReport } from "../engine/report";
import type { CellValue, ReadResult, ReadSettings } from "../engine/types";
import { parseArgs, UsageError, USAGE, type ClassifyCommand } from "./args";
import { CsvReader } from "./csv";
import { decodeCsv } from "./text";
import { unknownPicks } from "../excel/dossier";
import { formatSummary } from "./summary";
import { writeWorkbookOut } from "./workbook-out";
import { readXlsxRows } from "./xlsx";

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

/** Finds the header in the first rows, then streams the rest through the sales reader. */
function readSource(source: RowSource, settings: ReadSettings): ReadResult {
  const firstRow = source.nextRow;
  const top = source.read(HEADER_SEARCH_ROWS);
  let headerIndex = findHeaderRow(top, settings);
  if (headerIndex < 0) {
    headerIndex = top.findIndex((row) => !isBlankRow(row));
    if (headerIndex < 0) throw new InputException({ code: "no-data", message: "the file is empty: no header and no data rows", problems: [] });
  }
  const headerRow = firstRow + headerIndex;
  const reader = createSalesReader(top[headerIndex], settings, headerRow);
  reader.addRows(top.slice(headerIndex + 1), headerRow + 1);
  for (;;) {
    const chunkStart = source.nextRow;
    const rows = source.read(CHUNK_ROWS, true);
    if (rows.length === 0) break;
    reader.addRows(rows, chunkStart);
  }
  return reader.finish();
}

/** A missing or unreadable input file is a usage error (exit 2), like a mistyped option. */
function checkReadable(file: string): void {
  try {
    accessSync(file, constants.R_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === "ENOENT" ? `file not found: ${file}` : `cannot read ${file}: ${(error as Error).message}`);
  }
}

async function readInput(command: ClassifyCommand): Promise<ReadResult> {
  checkReadable(command.file);
  if (command.file.toLowerCase().endsWith(".csv")) return readSource(new CsvReader(decodeCsv(readFileSync(command.file), command.read)), command.read);
  const { rows } = await readXlsxRows(command.file, command.sheet);
  return readSource(arrayRows(rows), command.read);
}

async function classifyCommand(command: ClassifyCommand, out: NodeJS.WritableStream): Promise<void> {
  // Read and classify first: bad input stops here, before anything is written.
  const read = await readInput(command);
  if (command.analysis.measure === "profit" && read.data.profit === null) {
    const headers = Object.values(read.detected.headers).join(", ");
    throw new InputException({ code: "no-profit", message: `--measure profit needs a profit column; columns used: ${headers}`, problems: [] });
  }
  const result = classify(read.data, command.analysis, read.skipped);
  let wroteWorkbook = "";
  if (command.workbookOut !== null) {
    const unknown = unknownPicks(result, command.dossiers);
    if (unknown.length > 0) throw new UsageError(`--dossier: no client named ${unknown.map((name) => `'${name}'`).join(", ")} in ${command.file}`);
    const written = await writeWorkbookOut({ input: command.file, sheet: command.sheet, out: command.workbookOut, analysis: command.analysis, read: command.read, dossiers: command.dossiers });
    wroteWorkbook = `wrote ${command.workbookOut}: ${written.sheets.length} result sheets, ${written.dossiers.created.length} new dossiers\n`;
  }
  if (command.jsonOut !== null) writeFileSync(command.jsonOut, JSON.stringify(toJsonReport(result), null, 2) + "\n");
  else out.write(formatSummary(command.file, read, result, command.analysis) + wroteWorkbook);
}

/** Runs the command line; returns the exit code. */
export async function run(argv: readonly string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  try {
    const command = parseArgs(argv);
    if (command.kind === "help") {
      out.write(USAGE + "\n");
      return 0;
    }
    await classifyCommand(command, out);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      err.write(`kam: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof InputException) {
      err.write(describeInputError(error));
      return 1;
    }
    throw error;
  }
}

/** One `row N: reason` line per problem, under a heading unless the one problem says it all. */
function describeInputError({ error }: InputException): string {
  const lines = error.problems.map((problem) => `row ${problem.row}: ${problem.reason}`);
  const count = error.problems.length === 1 ? "1 bad row" : `${error.problems.length} bad rows`;
  if (error.code === "bad-rows") lines.unshift(`kam: ${count}; nothing was written (--skip-bad-rows skips them)`);
  else if (!(lines.length === 1 && lines[0] === error.message)) lines.unshift(`kam: ${error.message}`);
  return lines.join("\n") + "\n";
}

run(process.argv.slice(2), process.stdout, process.stderr).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`kam: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 3;
  },
);
