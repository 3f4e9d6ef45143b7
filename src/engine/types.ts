/**
 * The engine's contract: what reading produces, what analysis consumes and returns.
 * Pure types, shared by the add-in (src/excel), the command line (src/cli) and the task pane.
 *
 * Dates inside the engine are Excel day serials (1900 date system, whole days, 25569 = 1970-01-01),
 * so Excel cells and text dates meet in one representation with no time zone involved.
 */

export type AbcClass = "A" | "B" | "C";
export type XyzClass = "X" | "Y" | "Z";
export type Dependency = "mono" | "critical" | "key" | "none";
/** Every literal list below is the one home of its values: types, the command line's choices, the pane and settings validation all use it. */
export const KEY_TYPES = ["breadwinner", "prospective", "image-maker", "expert"] as const;
export type KeyType = (typeof KEY_TYPES)[number];
export type Segment =
  | "hibernating"
  | "at-risk"
  | "cannot-lose"
  | "about-to-sleep"
  | "need-attention"
  | "loyal"
  | "promising"
  | "new"
  | "potential-loyalist"
  | "champions";
export type ClientStatus = "active" | "at-risk" | "lost";
export const MEASURES = ["revenue", "profit"] as const;
export type Measure = (typeof MEASURES)[number];
export const ABC_RULES = ["crossing", "classic"] as const;
export type AbcRule = (typeof ABC_RULES)[number];
export const XYZ_MODES = ["cv", "frequency"] as const;
export type XyzMode = (typeof XYZ_MODES)[number];
export const PERIOD_KINDS = ["month", "quarter", "week"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];
/** How ambiguous text dates (both parts <= 12) are read; "auto" decides from the data, then the locale. */
export const DATE_ORDERS = ["auto", "day-first", "month-first"] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

/** Columns the reader recognises, in the order they are listed to people. */
export const COLUMN_ROLES = ["client", "date", "amount", "profit", "manager", "group", "order", "currency", "keyType"] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** The analysis settings; every threshold of the spec, with its default in DEFAULT_ANALYSIS_SETTINGS. */
export interface AnalysisSettings {
  measure: Measure;
  abcRule: AbcRule;
  /** ABC thresholds as fractions of T (0.8, 0.95). */
  a: number;
  b: number;
  xyz: XyzMode;
  /** CV thresholds (0.10, 0.25). */
  x: number;
  y: number;
  /** Purchase-frequency coverage thresholds (0.75, 0.40). */
  coverageX: number;
  coverageY: number;
  period: PeriodKind;
  /** Analysis window as ISO dates (YYYY-MM-DD); null = from the data. */
  from: string | null;
  asOf: string | null;
  lostAfterDays: number;
  /** Dependency thresholds on share (0.10 key, 0.20 critical, 0.50 mono). */
  keyShare: number;
  criticalShare: number;
  monoShare: number;
  /** A manager with more key clients than this is flagged (3). */
  maxKeyClientsPerManager: number;
}

export const DEFAULT_ANALYSIS_SETTINGS: AnalysisSettings = {
  measure: "revenue",
  abcRule: "crossing",
  a: 0.8,
  b: 0.95,
  xyz: "cv",
  x: 0.1,
  y: 0.25,
  coverageX: 0.75,
  coverageY: 0.4,
  period: "month",
  from: null,
  asOf: null,
  lostAfterDays: 180,
  keyShare: 0.1,
  criticalShare: 0.2,
  monoShare: 0.5,
  maxKeyClientsPerManager: 3,
};

/** Settings for turning cells into sales rows. */
export interface ReadSettings {
  /** Explicit column choice that overrides header recognition: role -> 0-based column index or header text. */
  mapping: Partial<Record<ColumnRole, number | string>>;
  dateOrder: DateOrder;
  /** BCP 47 locale used when the data cannot tell day-first from month-first (en-US = month-first). */
  locale: string;
  skipBadRows: boolean;
  /** The person confirmed the columns the sanity checks doubted (src/engine/read/doubts.ts). */
  trustColumns: boolean;
}

export const DEFAULT_READ_SETTINGS: ReadSettings = {
  mapping: {},
  dateOrder: "auto",
  locale: "en-GB",
  skipBadRows: false,
  trustColumns: false,
};

/** A cell as Excel's `values` gives it (dates arrive as serial numbers). */
export type CellValue = string | number | boolean | null;

/** What is wrong with one row: the pane translates by this code, the command line prints `reason`. */
export type RowProblemCode = "empty-client" | "empty-amount" | "amount-not-number" | "profit-not-number" | "bad-date" | "other-currency" | "missing-columns" | "bad-csv" | "field-count" | "client-error-value";

/** One problem with one source row. `row` is the 1-based row of the sheet or file (header = row 1). */
export interface RowProblem {
  row: number;
  code: RowProblemCode;
  /** English reason, as the command line prints it after `row N: `. */
  reason: string;
  /** The offending data as shown to people ('abc' quoted for a cell, the code for a currency); data, never translated. */
  value?: string;
  /** 0-based column within the source block, when the problem is one cell. */
  column?: number;
}

/** Why a run stops as a whole; each code has one meaning wherever it is raised (engine, workbook, command line). */
export type InputErrorCode =
  | "bad-rows"
  | "missing-columns"
  | "no-profit-column"
  | "several-currencies"
  | "no-data"
  | "source-not-found"
  | "empty-source"
  | "bad-settings"
  | "bad-csv"
  | "bad-xlsx"
  | "wrong-file-type"
  | "too-many-rows"
  | "too-large"
  | "empty-window"
  | "no-sheet"
  | "cells-in-the-way"
  | "run-in-progress"
  | "would-lose"
  | "doubtful-columns";

/** A problem that stops the run as a whole (no amount column, two currencies, empty input). */
export interface InputError {
  code: InputErrorCode;
  message: string;
  /** Row problems behind it (bad rows when "skip bad rows" is off). */
  problems: RowProblem[];
  /** The cells it is about, as Excel names them ("'KAM Summary'!C7, D7"), when it is about cells of the workbook. */
  where?: string;
  /** "doubtful-columns": what the sanity checks saw, column by column. */
  doubts?: ColumnDoubt[];
}

/** A column the sanity checks doubt: its role, its header and what was seen in it. */
export interface ColumnDoubt {
  role: "client" | "date" | "amount";
  header: string;
  /** years / day-numbers: amounts like years or Excel day numbers; not-names: clients that are dates or decimals; outside: dates outside 1990-2100. */
  kind: "years" | "day-numbers" | "not-names" | "outside";
  /** The share of values (rows, or clients for not-names) that look so, 0-1. */
  share: number;
  /** One value that looks so, as text ("2024-01-05", "1905-06-12"). */
  example: string;
  /** What was seen, in English words, for the command line. */
  saw: string;
}

/** What header recognition found: the layout and the column chosen for each role. */
export interface DetectedColumns {
  layout: "transactions" | "wide";
  /** Role -> 0-based column index within the block. */
  columns: Partial<Record<ColumnRole, number>>;
  /** Header texts of the chosen columns, for display. */
  headers: Partial<Record<ColumnRole, string>>;
  /** Wide tables: the period columns (index, and the period's last day as a serial). */
  periodColumns?: { column: number; header: string; start: number; end: number }[];
  dateOrder: "day-first" | "month-first";
  /** Headers that also matched a chosen role but lost to a better match (e.g. client: ["Customer ID"]). */
  alternatives?: Partial<Record<ColumnRole, string[]>>;
}

/**
 * Normalised sales rows, columnar for speed. Row i of every array is one source row that was kept.
 * Clients are interned: `clientIndex[i]` points into `clients`.
 */
export interface SalesData {
  rowCount: number;
  clients: { key: string; name: string }[];
  clientIndex: Int32Array;
  amount: Float64Array;
  /** Null when there is no profit column. */
  profit: Float64Array | null;
  /** Excel day serial per row; NaN where the row has no date. Null when there is no date column. */
  date: Float64Array | null;
  /** Interned order ids per row (-1 = none); null when there is no order column. */
  orderIndex: Int32Array | null;
  /** Interned values per row (-1 = empty); null when the column is absent. */
  managerIndex: Int32Array | null;
  managers: string[];
  groupIndex: Int32Array | null;
  groups: string[];
  keyTypeIndex: Int32Array | null;
  keyTypes: (KeyType | null)[];
  /**
   * 1-based source row number per kept row (for messages and manager tie-breaks); null while the
   * rows are the source's rows one after another, from firstSourceRow (a file with no line
   * skipped needs no array a row: 40 MB at 10M rows). Read it through sourceRowOf.
   */
  sourceRow: Int32Array | null;
  /** The source row of row 0 (sourceRowOf counts from it when sourceRow is null). */
  firstSourceRow: number;
  /** The single currency seen, if a currency column or currency signs told it. */
  currency: string | null;
  /** Wide tables fix the window to their period columns: first day of the first, last day of the last. */
  declaredWindow: { first: number; last: number } | null;
}

/**
 * Row i's 1-based source row.
 * @example sourceRowOf({ sourceRow: null, firstSourceRow: 2 }, 3) // 5
 */
export function sourceRowOf(data: Pick<SalesData, "sourceRow" | "firstSourceRow">, i: number): number {
  return data.sourceRow === null ? data.firstSourceRow + i : data.sourceRow[i];
}

export interface ReadResult {
  data: SalesData;
  detected: DetectedColumns;
  /** Rows skipped (only when skipBadRows is on; otherwise bad rows make an InputError). */
  skipped: RowProblem[];
}

export interface PeriodInfo {
  /** Label such as "2024-03", "2024-Q1", "2024-W09". */
  label: string;
  start: number;
  end: number;
}

export interface ClientResult {
  client: string;
  /** Normalised key (NFC, lower case, trimmed). */
  key: string;
  rank: number;
  measure: number;
  share: number;
  cumulativeShare: number;
  abc: AbcClass;
  cv: number | null;
  coverage: number | null;
  xyz: XyzClass | null;
  abcxyz: string;
  dependency: Dependency;
  keyType: KeyType | null;
  manager: string | null;
  group: string | null;
  /** Serial of the last purchase day, null when the client has none. */
  lastPurchase: number | null;
  recencyDays: number | null;
  frequency: number;
  monetary: number;
  /** Revenue and profit of the window, both, when the data has a profit column (null otherwise). */
  revenue: number | null;
  profit: number | null;
  /** Median days between the client's purchase days; null with fewer than two. */
  medianGap: number | null;
  r: number;
  f: number;
  m: number;
  segment: Segment;
  status: ClientStatus;
  /** Revenue per period of the window (same order as ClassifyResult.periods). */
  periodSums: number[];
}

export interface GroupResult {
  group: string;
  measure: number;
  share: number;
  dependency: Dependency;
  clients: number;
}

export interface ManagerResult {
  manager: string;
  keyClients: number;
  keyShare: number;
  overloaded: boolean;
}

export interface Warning {
  code: string;
  message: string;
}

export interface Concentration {
  topClientShare: number;
  top5Share: number;
  /** How many top clients make at least 80% of T. */
  clientsFor80: number;
  /** Herfindahl-Hirschman index over positive shares (0..1). */
  herfindahl: number;
}

/** XYZ counts under another setting: quarters instead of months, or purchase frequency instead of variation. */
export interface XyzAlternative {
  setting: "quarter" | "frequency";
  counts: Record<XyzClass, number>;
}

/** "What if it leaves": a key client or holding, what the company would lose and the portfolio without it. */
export interface Exposure {
  kind: "client" | "group";
  name: string;
  measure: number;
  share: number;
  dependency: Dependency;
  /** The largest remaining client's share, and the Herfindahl index, without it. */
  topShareAfter: number;
  herfindahlAfter: number;
  /** Clients whose dependency would rise without it (to key, critical or mono). */
  rising: { client: string; dependency: Dependency }[];
  /** How many clients of the median B measure it would take to replace it; null without B clients. */
  replaceWithB: number | null;
}

export interface ClassifyResult {
  /** Serial of asOf, null when there are no dates. */
  asOf: number | null;
  periods: PeriodInfo[];
  total: number;
  clients: ClientResult[];
  groups: GroupResult[];
  managers: ManagerResult[];
  concentration: Concentration;
  /** Clients whose names differ only by legal form, punctuation or case: maybe one client each group (never merged silently). */
  possibleDuplicates: { client: string; key: string; share: number }[][];
  /** Names counted as another client because a person merged them (aliases). */
  merged: { from: string; to: string }[];
  /** When nearly every client is Z: what quarters or purchase frequency would give instead. */
  xyzAlternatives: XyzAlternative[];
  /** "What if it leaves", for each key client and key holding, the mono-client first. */
  exposure: Exposure[];
  warnings: Warning[];
  skipped: RowProblem[];
}
