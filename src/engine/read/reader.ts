/**
 * Cells to SalesData, streaming: rows arrive in chunks (Excel reads 100k-row blocks, the command
 * line parses its file in chunks), and every per-row decision that needs the whole column (the
 * day/month order of text dates) is taken in finish(). Pure TypeScript: no Node, DOM or Office.
 */
import { columnDoubts, doubtsMessage } from "./doubts";
import { clientKey } from "../client-key";
import { InputException } from "../errors";
import { keyTypeFromText } from "../key-types";
import { sourceRowOf, type CellValue, type DetectedColumns, type ReadResult, type ReadSettings, type RowProblem, type SalesData } from "../types";
import { type DateParts, parseDateText, serialFromIsoDay, serialFromNumber, serialFromPair, withoutTime } from "./dates";
import { chooseDateOrder, detectColumns, explainMissingColumns } from "./headers";
import { type CommaUse, currencyCode, parseAmount, plainNumber } from "./numbers";

export { InputException };

export interface SalesReader {
  /** The columns recognised under the header. */
  readonly detected: DetectedColumns;
  /** `firstRowNumber` is the 1-based sheet (or file) row of rows[0]. */
  addRows(rows: CellValue[][], firstRowNumber: number): void;
  /**
   * For a reader that parsed the cells itself (src/cli/plain-csv.ts), with only client, date and
   * amount columns: a client's index by its cell text, interned as addRows interns it (-1: empty).
   * For a spelling the caller meets for the first time: it keeps its own table of spellings, so
   * the reader does not remember this one (addRows still finds its client by its key).
   */
  clientOf(raw: string): number;
  /** Such rows, parsed (clients by clientOf, dates a serial or NaN), stored as addRows stores them. */
  addParsedRows(rows: ParsedRows): void;
  finish(): ReadResult;
}

/** Rows parsed outside the reader, column by column: the first `count` of each array. */
export interface ParsedRows {
  count: number;
  clients: Int32Array;
  /** Day serials, or NaN without a date column. */
  dates: Float64Array;
  amounts: Float64Array;
  /** The file's row of each. */
  rows: Int32Array;
}

/**
 * A copy of a typed array in a larger one of the same kind, `length` long: for columns that grow
 * as rows come (a run's size is known only at its end).
 * @example grownTo(Int32Array.of(1, 2), 4) // Int32Array [1, 2, 0, 0]
 */
export function grownTo<T extends Uint8Array | Int32Array | Float64Array>(array: T, length: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(length);
  bigger.set(array);
  return bigger;
}

/** How many row problems the message of a "bad rows" error spells out (problems lists them all). */
const MESSAGE_PROBLEM_LIMIT = 20;
/** Distinct whole date texts remembered (timestamps can make every row distinct; days are always cached). */
const DATE_TEXT_CACHE_LIMIT = 100_000;

/** Excel's error values as its API gives them in `values` (a formula that failed, a broken lookup). */
const EXCEL_ERROR = /^#(?:N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

/** An error value in the client cell: a bad row, never a client named "#N/A" that gathers every broken lookup. */
function clientError(cell: CellValue | undefined): string | null {
  return typeof cell === "string" && EXCEL_ERROR.test(cell.trim()) ? cell.trim() : null;
}

function quoted(cell: CellValue): string {
  return `'${String(cell)}'`;
}

function isBlank(cell: CellValue | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/** The client a cell's text names (its text trimmed), null when it names none: the reader's rule for every path. */
export function clientName(raw: string): string | null {
  const name = raw.trim();
  return name === "" ? null : name;
}

/** A row with nothing in it (such rows are skipped without a word). */
export function isBlankRow(cells: readonly CellValue[]): boolean {
  return cells.every(isBlank);
}

/** Distinct strings to small integers (orders, managers, groups...); empty text is -1. */
class Interner {
  readonly values: string[] = [];
  private readonly byText = new Map<string, number>();

  indexOf(cell: CellValue | undefined): number {
    if (cell === null || cell === undefined) return -1;
    const raw = typeof cell === "string" ? cell : String(cell);
    let index = this.byText.get(raw);
    if (index === undefined) {
      const text = raw.trim();
      index = text === "" ? -1 : (this.byText.get(text) ?? this.values.push(text) - 1);
      this.byText.set(raw, index);
    }
    return index;
  }
}

interface DateEntry {
  text: string;
  parts: DateParts;
}

/** Problem texts, one place for their wording. */
const PROBLEMS = {
  emptyClient: (row: number, column: number): RowProblem => ({ row, column, code: "empty-client", reason: "client is empty" }),
  clientErrorValue: (row: number, column: number, cell: string): RowProblem => ({ row, column, code: "client-error-value", reason: `client is an error value: ${cell}`, value: cell }),
  emptyAmount: (row: number, column: number): RowProblem => ({ row, column, code: "empty-amount", reason: "amount is empty" }),
  amountNotNumber: (row: number, column: number, cell: CellValue): RowProblem => ({
    row,
    column,
    code: "amount-not-number",
    reason: `amount is not a number: ${quoted(cell)}`,
    value: quoted(cell),
  }),
  profitNotNumber: (row: number, column: number, cell: CellValue): RowProblem => ({
    row,
    column,
    code: "profit-not-number",
    reason: `profit is not a number: ${quoted(cell)}`,
    value: quoted(cell),
  }),
  badDate: (row: number, column: number, cell: CellValue, why = ""): RowProblem => ({
    row,
    column,
    code: "bad-date",
    reason: `date is not a date: ${quoted(cell)}${why}`,
    value: quoted(cell) + why,
  }),
};


class StreamingSalesReader implements SalesReader {
  private count = 0;
  private capacity: number;
  private clientIndex: Int32Array;
  private amount: Float64Array;
  private profit: Float64Array | null;
  private date: Float64Array | null;
  /**
   * Per row: the distinct date text awaiting the day/month decision, or -1. Made at the first such
   * date: most files date every row as it is read, and at 10M rows the column is 44 MB of memory
   * touched for nothing.
   */
  private pendingDate: Int32Array | null = null;
  private orderIndex: Int32Array | null;
  private managerIndex: Int32Array | null;
  private groupIndex: Int32Array | null;
  private keyTypeIndex: Int32Array | null;
  /** Null while every row so far is the source row after the one before it (see SalesData.sourceRow). */
  private sourceRow: Int32Array | null = null;
  private firstSourceRow = 0;

  private readonly clients: { key: string; name: string }[] = [];
  /** Raw cell text -> client index (the fast path: most cells repeat a spelling already seen). */
  private readonly clientByRaw = new Map<string, number>();
  private readonly clientByKey = new Map<string, number>();
  private readonly dateByText = new Map<string, number>();
  private readonly dateEntries: DateEntry[] = [];
  private readonly orders = new Interner();
  private readonly managers = new Interner();
  private readonly groups = new Interner();
  private readonly keyTypes = new Interner();
  /** Whether any number showed a decimal comma / a comma (or dot) that is not one; see CommaUse. */
  private sawDecimalComma = false;
  private sawThousandsComma = false;
  /** Set by numberFromText when the last number was `1,234`-like (1234, or 1.234 in a decimal-comma column). */
  private lastNumberEither = false;
  /** Kept rows whose amount / profit was `1,234`-like, revisited in finish(). */
  private readonly eitherAmountRows: number[] = [];
  private readonly eitherProfitRows: number[] = [];
  /** Currency code -> first row that showed it. */
  private readonly currencies = new Map<string, number>();
  private readonly problems: RowProblem[] = [];
  private readonly wide: boolean;
  private readonly col: DetectedColumns["columns"];

  constructor(
    readonly detected: DetectedColumns,
    private readonly settings: ReadSettings,
    expectedRows: number,
  ) {
    this.capacity = Math.max(16, Math.min(expectedRows, 1 << 27));
    this.clientIndex = new Int32Array(this.capacity);
    this.amount = new Float64Array(this.capacity);
    this.col = detected.columns;
    this.wide = detected.layout === "wide";
    const size = this.capacity;
    this.profit = this.col.profit !== undefined ? new Float64Array(size) : null;
    this.date = this.wide || this.col.date !== undefined ? new Float64Array(size) : null;
    this.orderIndex = this.col.order !== undefined ? new Int32Array(size) : null;
    this.managerIndex = this.col.manager !== undefined ? new Int32Array(size) : null;
    this.groupIndex = this.col.group !== undefined ? new Int32Array(size) : null;
    this.keyTypeIndex = this.col.keyType !== undefined ? new Int32Array(size) : null;
  }

  addRows(rows: CellValue[][], firstRowNumber: number): void {
    for (let i = 0; i < rows.length; i++) {
      if (this.wide) this.addWideRow(rows[i], firstRowNumber + i);
      else this.addTransaction(rows[i], firstRowNumber + i);
    }
  }

  clientOf(raw: string): number {
    const name = clientName(raw);
    return name === null ? -1 : this.clientOfName(name);
  }

  addParsedRows(rows: ParsedRows): void {
    const n = rows.count;
    this.ensureCapacity(n);
    const at = this.count;
    this.clientIndex.set(rows.clients.subarray(0, n), at);
    this.amount.set(rows.amounts.subarray(0, n), at);
    for (let k = 0; k < n; k++) this.noteRow(at + k, rows.rows[k]);
    if (this.date) this.date.set(rows.dates.subarray(0, n), at);
    if (this.pendingDate) this.pendingDate.fill(-1, at, at + n);
    if (this.profit) this.profit.fill(0, at, at + n);
    // The other columns are empty in such rows, as addRows reads an empty cell.
    for (const column of [this.orderIndex, this.managerIndex, this.groupIndex, this.keyTypeIndex]) column?.fill(-1, at, at + n);
    this.count += n;
  }

  /** Client index for a cell (interned on first sight), -1 when empty. */
  private lookupClient(cell: CellValue | undefined): number {
    if (cell === null || cell === undefined) return -1;
    const raw = typeof cell === "string" ? cell : String(cell);
    const known = this.clientByRaw.get(raw);
    if (known !== undefined) return known;
    const name = clientName(raw);
    if (name === null) return -1;
    const index = this.clientOfName(name);
    this.clientByRaw.set(raw, index);
    return index;
  }

  /** The client of a trimmed, non-empty name: its key's, or a new one shown by this name. */
  private clientOfName(name: string): number {
    const key = clientKey(name);
    let index = this.clientByKey.get(key);
    if (index === undefined) {
      index = this.clients.push({ key, name }) - 1;
      this.clientByKey.set(key, index);
    }
    return index;
  }

  private noteCurrency(code: string, row: number): void {
    if (!this.currencies.has(code)) this.currencies.set(code, row);
  }

  /** A number text (NaN when it is not one), noting its currency and what it shows about commas. */
  private numberFromText(text: string, row: number): number {
    this.lastNumberEither = false;
    const plain = plainNumber(text);
    if (!Number.isNaN(plain)) {
      if (!this.sawThousandsComma && text.includes(".")) this.sawThousandsComma = true;
      return plain;
    }
    const parsed = parseAmount(text);
    if (Number.isNaN(parsed.value)) return NaN;
    if (parsed.currency) this.noteCurrency(parsed.currency, row);
    this.noteComma(parsed.comma);
    return parsed.value;
  }

  private noteComma(comma: CommaUse | undefined): void {
    if (comma === "decimal") this.sawDecimalComma = true;
    else if (comma === "thousands") this.sawThousandsComma = true;
    else if (comma === "either") this.lastNumberEither = true;
  }

  /** Row i's source row: kept in an array from the first row that is not the one after the row before it. */
  private noteRow(i: number, row: number): void {
    if (this.sourceRow === null) {
      if (i === 0) this.firstSourceRow = row;
      if (row === this.firstSourceRow + i) return;
    }
    this.sourceRowsFrom(i)[i] = row;
  }

  /** The source rows' array, made (its first `count` one after another from firstSourceRow) when there is none yet. */
  private sourceRowsFrom(count: number): Int32Array {
    if (this.sourceRow === null) {
      this.sourceRow = new Int32Array(this.capacity);
      for (let k = 0; k < count; k++) this.sourceRow[k] = this.firstSourceRow + k;
    }
    return this.sourceRow;
  }

  /** Room for `rows` more rows. */
  private ensureCapacity(rows = 1): void {
    if (this.count + rows <= this.capacity) return;
    let size = this.capacity * 2;
    while (size < this.count + rows) size *= 2;
    const grow = <T extends Int32Array | Float64Array>(array: T): T => grownTo(array, size);
    this.clientIndex = grow(this.clientIndex);
    this.amount = grow(this.amount);
    if (this.sourceRow) this.sourceRow = grow(this.sourceRow);
    if (this.profit) this.profit = grow(this.profit);
    if (this.date) this.date = grow(this.date);
    if (this.pendingDate) {
      this.pendingDate = grow(this.pendingDate);
      this.pendingDate.fill(-1, this.capacity);
    }
    if (this.orderIndex) this.orderIndex = grow(this.orderIndex);
    if (this.managerIndex) this.managerIndex = grow(this.managerIndex);
    if (this.groupIndex) this.groupIndex = grow(this.groupIndex);
    if (this.keyTypeIndex) this.keyTypeIndex = grow(this.keyTypeIndex);
    this.capacity = size;
  }

  /** Reads the amount cell (currency signs noted); a problem when it is empty or not a number. */
  private amountOf(cell: CellValue | undefined, row: number, column: number): number | RowProblem {
    this.lastNumberEither = false;
    if (typeof cell === "number") return Number.isFinite(cell) ? cell : PROBLEMS.amountNotNumber(row, column, cell);
    if (isBlank(cell)) return PROBLEMS.emptyAmount(row, column);
    if (typeof cell !== "string") return PROBLEMS.amountNotNumber(row, column, cell ?? null);
    const value = this.numberFromText(cell, row);
    return Number.isNaN(value) ? PROBLEMS.amountNotNumber(row, column, cell) : value;
  }

  /** Serial of a date cell, NaN when empty, -1 - entry for a text awaiting the day/month order, or a problem. */
  private dateOf(cell: CellValue | undefined, row: number, column: number): number | RowProblem {
    if (typeof cell === "number") {
      const serial = serialFromNumber(cell);
      return Number.isNaN(serial) ? PROBLEMS.badDate(row, column, cell) : serial;
    }
    if (typeof cell === "string") {
      const iso = serialFromIsoDay(cell);
      if (!Number.isNaN(iso)) return iso;
    }
    if (isBlank(cell)) return NaN;
    if (typeof cell !== "string") return PROBLEMS.badDate(row, column, cell ?? null);
    let entry = this.dateByText.get(cell);
    if (entry === undefined) {
      // Entries are per day; whole texts (which may carry distinct times) are remembered up to a limit.
      const dayText = withoutTime(cell);
      entry = this.dateByText.get(dayText);
      if (entry === undefined) {
        entry = this.dateEntries.push({ text: dayText, parts: parseDateText(dayText) }) - 1;
        this.dateByText.set(dayText, entry);
      }
      if (this.dateByText.size < DATE_TEXT_CACHE_LIMIT) this.dateByText.set(cell, entry);
    }
    const parts = this.dateEntries[entry].parts;
    if (parts.kind === "serial") return parts.serial;
    if (parts.kind === "invalid") return PROBLEMS.badDate(row, column, cell.trim());
    return -1 - entry;
  }

  private reject(problem: RowProblem, cells: CellValue[]): void {
    if (!isBlankRow(cells)) this.problems.push(problem);
  }

  /** Stores the per-row columns shared by both layouts (order, manager, group, key type, currency). */
  private storeRow(client: number, amount: number, row: number, cells: CellValue[]): number {
    this.ensureCapacity();
    const i = this.count++;
    this.clientIndex[i] = client;
    this.amount[i] = amount;
    this.noteRow(i, row);
    const col = this.col;
    if (this.orderIndex) this.orderIndex[i] = this.orders.indexOf(cells[col.order!]);
    if (this.managerIndex) this.managerIndex[i] = this.managers.indexOf(cells[col.manager!]);
    if (this.groupIndex) this.groupIndex[i] = this.groups.indexOf(cells[col.group!]);
    if (this.keyTypeIndex) this.keyTypeIndex[i] = this.keyTypes.indexOf(cells[col.keyType!]);
    if (col.currency !== undefined) {
      const cell = cells[col.currency];
      if (!isBlank(cell)) {
        const text = String(cell).trim();
        this.noteCurrency(currencyCode(text) ?? text.toUpperCase(), row);
      }
    }
    return i;
  }

  private addTransaction(cells: CellValue[], row: number): void {
    const col = this.col;
    const clientColumn = col.client!;
    const error = clientError(cells[clientColumn]);
    if (error !== null) return this.reject(PROBLEMS.clientErrorValue(row, clientColumn, error), cells);
    const client = this.lookupClient(cells[clientColumn]);
    if (client < 0) return this.reject(PROBLEMS.emptyClient(row, clientColumn), cells);
    const amountColumn = col.amount!;
    const amount = this.amountOf(cells[amountColumn], row, amountColumn);
    if (typeof amount !== "number") return this.reject(amount, cells);
    const amountEither = this.lastNumberEither;
    let date = NaN;
    if (col.date !== undefined) {
      const read = this.dateOf(cells[col.date], row, col.date);
      if (typeof read !== "number") return this.reject(read, cells);
      date = read;
    }
    let profit = 0;
    let profitEither = false;
    if (col.profit !== undefined) {
      const cell = cells[col.profit];
      if (!isBlank(cell)) {
        profit = typeof cell === "number" ? cell : typeof cell === "string" ? this.numberFromText(cell, row) : NaN;
        if (!Number.isFinite(profit)) return this.reject(PROBLEMS.profitNotNumber(row, col.profit, cell ?? null), cells);
        profitEither = typeof cell === "string" && this.lastNumberEither;
      }
    }
    const i = this.storeRow(client, amount, row, cells);
    if (amountEither) this.eitherAmountRows.push(i);
    if (this.profit) this.profit[i] = profit;
    if (profitEither) this.eitherProfitRows.push(i);
    if (this.date) {
      const pending = date < 0 ? -1 - date : -1;
      if (pending >= 0 && !this.pendingDate) this.pendingDate = new Int32Array(this.capacity).fill(-1);
      if (this.pendingDate) this.pendingDate[i] = pending;
      this.date[i] = pending >= 0 ? NaN : date;
    }
  }

  /** One row of a client-by-period table: one sales row per period with a non-zero value. */
  private addWideRow(cells: CellValue[], row: number): void {
    const clientColumn = this.col.client!;
    const error = clientError(cells[clientColumn]);
    if (error !== null) return this.reject(PROBLEMS.clientErrorValue(row, clientColumn, error), cells);
    const client = this.lookupClient(cells[clientColumn]);
    const periods = this.detected.periodColumns!;
    const values: number[] = [];
    const eithers: boolean[] = [];
    for (const period of periods) {
      const cell = cells[period.column];
      if (isBlank(cell)) {
        values.push(0);
        eithers.push(false);
        continue;
      }
      const amount = this.amountOf(cell, row, period.column);
      if (typeof amount !== "number") return this.reject(amount, cells);
      values.push(amount);
      eithers.push(this.lastNumberEither);
    }
    if (client < 0) return this.reject(PROBLEMS.emptyClient(row, clientColumn), cells);
    values.forEach((value, p) => {
      if (value === 0) return;
      const i = this.storeRow(client, value, row, cells);
      this.date![i] = periods[p].end;
      if (eithers[p]) this.eitherAmountRows.push(i);
    });
  }

  finish(): ReadResult {
    this.resolveCommas();
    const detected: DetectedColumns = { ...this.detected, dateOrder: this.resolveDates() };
    if (this.currencies.size > 1) throw this.currencyError();
    this.problems.sort((x, y) => x.row - y.row);
    if (this.problems.length > 0 && !this.settings.skipBadRows) throw badRowsError(this.problems);
    if (this.count === 0) {
      const message = this.problems.length ? `no usable data rows: all ${this.problems.length} rows were bad` : "no data rows";
      throw new InputException({ code: "no-data", message, problems: this.problems });
    }
    this.dropUnusedClients();
    const data = this.salesData();
    // A recognised header over the wrong column gives plausible, wrong totals: stop and say what was seen.
    const doubts = this.settings.trustColumns ? [] : columnDoubts(data, detected.headers);
    if (doubts.length > 0) throw new InputException({ code: "doubtful-columns", message: doubtsMessage(doubts), problems: [], doubts });
    return { data, detected, skipped: this.problems };
  }

  /**
   * `1,234` was read as 1234; when the numbers of the file show decimal commas and never a
   * thousands comma (or a dot decimal), such values are 1.234 instead.
   */
  private resolveCommas(): void {
    if (!this.sawDecimalComma || this.sawThousandsComma) return;
    for (const i of this.eitherAmountRows) this.amount[i] /= 1000;
    if (this.profit) for (const i of this.eitherProfitRows) this.profit[i] /= 1000;
  }

  /** Decides the day/month order from every distinct text date, then dates the rows that waited for it. */
  private resolveDates(): "day-first" | "month-first" {
    const evidence = { firstAbove12: false, secondAbove12: false };
    for (const { parts } of this.dateEntries) {
      if (parts.kind !== "pair") continue;
      if (parts.a > 12) evidence.firstAbove12 = true;
      if (parts.b > 12) evidence.secondAbove12 = true;
    }
    const order = chooseDateOrder(evidence, this.settings);
    if (!this.pendingDate || !this.date) return order;
    const mixed = evidence.firstAbove12 && evidence.secondAbove12;
    const serials = this.dateEntries.map(({ parts }) => (parts.kind === "pair" ? serialFromPair(parts, order === "day-first") : NaN));
    const keep = new Uint8Array(this.count).fill(1);
    let dropped = 0;
    for (let i = 0; i < this.count; i++) {
      const entry = this.pendingDate[i];
      if (entry < 0) continue;
      const serial = serials[entry];
      if (Number.isNaN(serial)) {
        const why = mixed ? " (the column mixes day-first and month-first dates)" : ` (read ${order})`;
        this.problems.push(PROBLEMS.badDate(sourceRowOf({ sourceRow: this.sourceRow, firstSourceRow: this.firstSourceRow }, i), this.col.date!, this.dateEntries[entry].text, why));
        keep[i] = 0;
        dropped++;
      } else this.date[i] = serial;
    }
    if (dropped > 0) this.compact(keep);
    return order;
  }

  /** Removes the rows whose date turned out impossible. */
  private compact(keep: Uint8Array): void {
    // The rows left are no longer one after another.
    this.sourceRowsFrom(this.count);
    const arrays = [this.clientIndex, this.amount, this.sourceRow, this.profit, this.date, this.orderIndex, this.managerIndex, this.groupIndex, this.keyTypeIndex];
    let kept = 0;
    for (let i = 0; i < this.count; i++) {
      if (!keep[i]) continue;
      for (const array of arrays) if (array) array[kept] = array[i];
      kept++;
    }
    this.count = kept;
  }

  /**
   * Clients are listed only when at least one of their rows was kept (bad or all-empty rows add
   * none). In a list of transactions without a bad row, every client met was kept with its row:
   * nothing to look for (a client-by-period row may have no period with a value).
   */
  private dropUnusedClients(): void {
    if (!this.wide && this.problems.length === 0) return;
    const used = new Uint8Array(this.clients.length);
    for (let i = 0; i < this.count; i++) used[this.clientIndex[i]] = 1;
    if (used.every((flag) => flag === 1)) return;
    const renumber = new Int32Array(this.clients.length).fill(-1);
    const remaining: { key: string; name: string }[] = [];
    this.clients.forEach((client, index) => {
      if (used[index]) renumber[index] = remaining.push(client) - 1;
    });
    for (let i = 0; i < this.count; i++) this.clientIndex[i] = renumber[this.clientIndex[i]];
    this.clients.splice(0, this.clients.length, ...remaining);
  }

  private currencyError(): InputException {
    const seen = [...this.currencies.entries()].sort((x, y) => x[1] - y[1]);
    const [firstCode, firstRow] = seen[0];
    const problems: RowProblem[] = seen.slice(1).map(([code, row]) => ({
      row,
      code: "other-currency",
      reason: `currency ${code} differs from ${firstCode} (first seen on row ${firstRow})`,
      value: code,
    }));
    const codes = seen.map(([code]) => code).join(", ");
    return new InputException({ code: "several-currencies", message: `the data has more than one currency (${codes}); convert to one currency first`, problems });
  }

  private salesData(): SalesData {
    const n = this.count;
    const cut = <T extends Int32Array | Float64Array>(array: T | null): T | null => (array ? (array.subarray(0, n) as T) : null);
    const periodColumns = this.detected.periodColumns;
    return {
      rowCount: n,
      clients: this.clients,
      clientIndex: this.clientIndex.subarray(0, n),
      amount: this.amount.subarray(0, n),
      profit: cut(this.profit),
      date: cut(this.date),
      orderIndex: cut(this.orderIndex),
      managerIndex: cut(this.managerIndex),
      managers: this.managers.values,
      groupIndex: cut(this.groupIndex),
      groups: this.groups.values,
      keyTypeIndex: cut(this.keyTypeIndex),
      keyTypes: this.keyTypes.values.map(keyTypeFromText),
      sourceRow: this.sourceRow?.subarray(0, n) ?? null,
      firstSourceRow: this.firstSourceRow,
      currency: this.currencies.size === 1 ? [...this.currencies.keys()][0] : null,
      declaredWindow:
        this.wide && periodColumns?.length
          ? { first: Math.min(...periodColumns.map((p) => p.start)), last: Math.max(...periodColumns.map((p) => p.end)) }
          : null,
    };
  }
}

/** The error that stops a run on bad rows: the first rows in the message, all of them in `problems`. */
export function badRowsError(problems: RowProblem[]): InputException {
  const shown = problems.slice(0, MESSAGE_PROBLEM_LIMIT).map((p) => `row ${p.row}: ${p.reason}`);
  if (problems.length > MESSAGE_PROBLEM_LIMIT) shown.push(`... and ${problems.length - MESSAGE_PROBLEM_LIMIT} more`);
  const count = problems.length === 1 ? "1 bad row" : `${problems.length} bad rows`;
  return new InputException({ code: "bad-rows", message: `${count}:\n${shown.join("\n")}`, problems });
}

/**
 * A streaming reader for rows under `header`; throws InputException when the required columns are
 * missing. `expectedRows` sizes its arrays up front when the caller can tell.
 */
export function createSalesReader(header: CellValue[], settings: ReadSettings, headerRowNumber = 1, expectedRows = 1024): SalesReader {
  const detected = detectColumns(header, settings);
  if (!detected) {
    const reason = explainMissingColumns(header, settings);
    const problem: RowProblem = { row: headerRowNumber, code: "missing-columns", reason };
    throw new InputException({ code: "missing-columns", message: `row ${headerRowNumber}: ${reason}`, problems: [problem] });
  }
  return new StreamingSalesReader(detected, settings, expectedRows);
}

/** Reads all rows at once (rows start on the sheet row after the header). */
export function readSales(header: CellValue[], rows: CellValue[][], settings: ReadSettings, headerRowNumber = 1): ReadResult {
  const reader = createSalesReader(header, settings, headerRowNumber);
  reader.addRows(rows, headerRowNumber + 1);
  return reader.finish();
}
