/**
 * A workbook model's cell values in a form that crosses to the page quickly. Structured clone
 * makes every string of every cell one by one on the receiving side (100,000 rows of client
 * names and dates took 150 ms of the page's thread); packed, a column is its distinct strings
 * once and typed arrays (transferred, not copied), unpacked on the page in one quick pass.
 */
import type { CellValue, WorkbookModel } from "../headless/model";

/** One column: per row a code (EMPTY, NUMBER, TRUE, FALSE, or an index into `strings`) and, for numbers, the value. */
export interface PackedColumn {
  codes: Int32Array;
  numbers: Float64Array | null;
  strings: string[];
}

const EMPTY = -1;
const NUMBER = -2;
const TRUE = -3;
const FALSE = -4;

function packColumn(values: readonly (CellValue | undefined)[]): PackedColumn {
  const codes = new Int32Array(values.length);
  let numbers: Float64Array | null = null;
  const strings: string[] = [];
  const indexOf = new Map<string, number>();
  for (let row = 0; row < values.length; row++) {
    const value = values[row];
    if (value === undefined) codes[row] = EMPTY;
    else if (typeof value === "number") {
      numbers ??= new Float64Array(values.length);
      numbers[row] = value;
      codes[row] = NUMBER;
    } else if (typeof value === "boolean") codes[row] = value ? TRUE : FALSE;
    else {
      let index = indexOf.get(value);
      if (index === undefined) {
        index = strings.length;
        strings.push(value);
        indexOf.set(value, index);
      }
      codes[row] = index;
    }
  }
  return { codes, numbers, strings };
}

function unpackColumn({ codes, numbers, strings }: PackedColumn): (CellValue | undefined)[] {
  const values: (CellValue | undefined)[] = [];
  for (let row = 0; row < codes.length; row++) {
    const code = codes[row];
    values.push(code >= 0 ? strings[code] : code === NUMBER ? (numbers as Float64Array)[row] : code === TRUE ? true : code === FALSE ? false : undefined);
  }
  return values;
}

/** Takes the cell values out of the model's sheets (the model is sent without them); the buffers to transfer with them. */
export function packValues(model: WorkbookModel): { values: (PackedColumn | null)[][]; transfer: ArrayBuffer[] } {
  const transfer: ArrayBuffer[] = [];
  const values = model.sheets.map((sheet) => {
    const columns = sheet.columns.map((column) => (column === undefined ? null : packColumn(column)));
    (sheet as { columns: unknown }).columns = [];
    for (const column of columns) if (column) transfer.push(column.codes.buffer as ArrayBuffer, ...(column.numbers ? [column.numbers.buffer as ArrayBuffer] : []));
    return columns;
  });
  return { values, transfer };
}

/** Puts packed cell values back into the (revived) model's sheets. */
export function unpackValues(model: WorkbookModel, values: readonly (readonly (PackedColumn | null)[])[]): void {
  model.sheets.forEach((sheet, index) => {
    const columns: (CellValue | undefined)[][] = [];
    (values[index] ?? []).forEach((column, at) => {
      if (column) columns[at] = unpackColumn(column);
    });
    (sheet as { columns: unknown }).columns = columns;
  });
}
