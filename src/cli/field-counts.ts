/**
 * Rows of a CSV with more fields than its header: an unquoted comma in a name moves every value
 * after it one column to the right, so such a row is a bad row ("row 7: 5 fields where the header
 * has 3") rather than a row read with the wrong values. Shared by the general reader (run.ts) and
 * the byte fast path (plain-csv.ts), so both report them alike and merge them with the reader's.
 */
import { badRowsError, InputException, isBlankRow, type SalesReader } from "../engine/read";
import type { CellValue, ReadResult, ReadSettings, RowProblem } from "../engine/types";

export class FieldCounts {
  private readonly tooWide: RowProblem[] = [];

  constructor(private readonly width: number) {}

  /** Whether the row has fields beyond the header's that are not blank (it is then a bad row, not to be read). */
  tooWideRow(row: readonly CellValue[], rowNumber: number): boolean {
    if (row.length <= this.width || isBlankRow(row.slice(this.width))) return false;
    this.tooWide.push({ row: rowNumber, code: "field-count", reason: `${row.length} fields where the header has ${this.width}`, value: String(row.length) });
    return true;
  }

  /** The reader's result with the too-wide rows among its bad rows, in row order. */
  finish(reader: SalesReader, settings: ReadSettings): ReadResult {
    let result: ReadResult;
    try {
      result = reader.finish();
    } catch (error) {
      if (this.tooWide.length > 0 && error instanceof InputException && error.error.code === "bad-rows") throw badRowsError(inRowOrder([...this.tooWide, ...error.error.problems]));
      throw error;
    }
    if (this.tooWide.length > 0 && !settings.skipBadRows) throw badRowsError(this.tooWide);
    return this.tooWide.length === 0 ? result : { ...result, skipped: inRowOrder([...result.skipped, ...this.tooWide]) };
  }
}

function inRowOrder(problems: RowProblem[]): RowProblem[] {
  return problems.sort((a, b) => a.row - b.row);
}
