/**
 * What crosses between the page and the playground's workers in bulk, packed: a workbook model's
 * cell values (from the reading worker) and a run's sales (to the engine's worker).
 *
 * A workbook model's cell values in a form that crosses to the page quickly. Structured clone
 * makes every string of every cell one by one on the receiving side (100,000 rows of client
 * names and dates took 150 ms of the page's thread); packed, a column is its distinct strings
 * once and typed arrays (transferred, not copied), unpacked on the page in one quick pass.
 */
import type { SalesData } from "../engine/types";
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

/** The sales' per-row columns that may cross as typed arrays, 8-byte ones first (they share one buffer, aligned). */
const FLOAT_COLUMNS = ["amount", "profit", "date"] as const;
const INT_COLUMNS = ["clientIndex", "sourceRow", "orderIndex", "managerIndex", "groupIndex", "keyTypeIndex"] as const;
type FloatColumn = (typeof FLOAT_COLUMNS)[number];
type RowColumn = FloatColumn | (typeof INT_COLUMNS)[number];
const isFloatColumn = (name: RowColumn): name is FloatColumn => (FLOAT_COLUMNS as readonly string[]).includes(name);

/**
 * The sales a run read, in a form that crosses to the engine's worker quickly. Structured clone
 * copies each typed array through a buffer of its own and makes every client one object at a
 * time (40 ms of the page's thread at 100,000 rows and 5,000 clients); packed, the per-row columns
 * are copied into one buffer, which is transferred, and the clients' keys and names are one text.
 */
export interface PackedSales {
  /** Everything of the sales but the per-row columns and the clients. */
  rest: Omit<SalesData, RowColumn | "clients">;
  buffer: ArrayBuffer;
  /** The per-row columns in the buffer, in FLOAT_COLUMNS then INT_COLUMNS order (absent ones left out). */
  present: RowColumn[];
  /** Each client's key then name, one after the other; their lengths, two per client. */
  clientText: string;
  clientLengths: Int32Array;
}

/** Packs the sales for postMessage: send `packed` with `packed.buffer` in the transfer list. The sales stay as they were. */
export function packSales(sales: SalesData): PackedSales {
  const { clients, rowCount } = sales;
  const present = [...FLOAT_COLUMNS, ...INT_COLUMNS].filter((name) => sales[name] !== null);
  const floats = present.filter(isFloatColumn).length;
  const buffer = new ArrayBuffer(rowCount * (8 * floats + 4 * (present.length - floats)));
  let offset = 0;
  for (const name of present) {
    const column = sales[name] as Float64Array | Int32Array;
    const copy = isFloatColumn(name) ? new Float64Array(buffer, offset, rowCount) : new Int32Array(buffer, offset, rowCount);
    copy.set(column.subarray(0, rowCount));
    offset += copy.byteLength;
  }
  const clientLengths = new Int32Array(clients.length * 2);
  clients.forEach((client, index) => {
    clientLengths[2 * index] = client.key.length;
    clientLengths[2 * index + 1] = client.name.length;
  });
  const rest: PackedSales["rest"] = {
    rowCount,
    managers: sales.managers,
    groups: sales.groups,
    keyTypes: sales.keyTypes,
    currency: sales.currency,
    declaredWindow: sales.declaredWindow,
    firstSourceRow: sales.firstSourceRow,
  };
  return { rest, buffer, present, clientText: clients.map((client) => client.key + client.name).join(""), clientLengths };
}

/** The sales again, as packSales was given them. */
export function unpackSales({ rest, buffer, present, clientText, clientLengths }: PackedSales): SalesData {
  const columns: Partial<Record<RowColumn, Float64Array | Int32Array>> = {};
  let offset = 0;
  for (const name of present) {
    const column = isFloatColumn(name) ? new Float64Array(buffer, offset, rest.rowCount) : new Int32Array(buffer, offset, rest.rowCount);
    columns[name] = column;
    offset += column.byteLength;
  }
  const clients: SalesData["clients"] = [];
  for (let index = 0, at = 0; index < clientLengths.length / 2; index++) {
    const key = clientText.slice(at, (at += clientLengths[2 * index]));
    const name = clientText.slice(at, (at += clientLengths[2 * index + 1]));
    clients.push({ key, name });
  }
  const float = (name: FloatColumn) => (columns[name] as Float64Array | undefined) ?? null;
  const int = (name: (typeof INT_COLUMNS)[number]) => (columns[name] as Int32Array | undefined) ?? null;
  return {
    ...rest,
    clients,
    amount: float("amount") as Float64Array,
    profit: float("profit"),
    date: float("date"),
    clientIndex: int("clientIndex") as Int32Array,
    sourceRow: int("sourceRow"),
    orderIndex: int("orderIndex"),
    managerIndex: int("managerIndex"),
    groupIndex: int("groupIndex"),
    keyTypeIndex: int("keyTypeIndex"),
  };
}
