/** What every sheet layout shares: its input, colours, number formats and label look-ups. */
import { LANGUAGES, translate, type Lang, type Translations } from "../../i18n/core";
import { COLUMN_TEXTS, DEPENDENCY_TEXTS, NEW_CLIENT_TEXT, STATUS_TEXTS, type ColumnTextKey } from "../../i18n/sheets";
import type { AnalysisSettings, ClassifyResult, ClientStatus, Dependency, DetectedColumns, KeyType } from "../../engine/types";
import type { ChangeItem, Movement } from "../movement";
import { isFormula, TEXT_FORMAT, type PlanValue, type SheetPlan, type TypedCell } from "../plan";
import { heatColour, PALETTE } from "../../palette";

/** KAM Win-back's columns people fill: the planned offer and the loss workflow (cause, offer type, result, date). */
export const WINBACK_FIELDS = ["plannedOffer", "lossCause", "offerType", "winbackResult", "winbackDate"] as const;
export type WinbackField = (typeof WINBACK_FIELDS)[number];

/** A column people keep by client: its header and its cells by client key. */
export interface KeptColumn {
  header: string;
  values: Map<string, TypedCell>;
}

/** People's columns around one of the add-in's tables. */
export interface PersonColumns {
  /** Columns added inside the table, after the add-in's, by client. */
  inside: KeptColumn[];
  /** Columns right of the table (`offset` 1 is the first column after it), by client; their header cell stays theirs. */
  beside: (KeptColumn & { offset: number })[];
}

/** What people typed into the result sheets, kept across runs by client key, whether or not the client is in the data. */
export interface KeptInput {
  /** A key type label the user chose (mapped back), or their own text when it is none of ours. */
  keyType: Map<string, KeyType | string>;
  notes: Map<string, TypedCell>;
  /** What people typed in KAM Win-back's own columns (the planned offer and the loss workflow), by field. */
  winback: Record<WinbackField, Map<string, TypedCell>>;
  clientsColumns: PersonColumns;
  winbackColumns: PersonColumns;
  /** Each client's name as last written, and the run date (Excel serial) it was last in the data, if known. */
  seen: Map<string, { client: string; keptSince: number | null }>;
}

/**
 * People's columns beside a table, rewritten in the table's new row order (header cell included),
 * at the same distance from the table's right edge. `tableWidth` is the new table's width; the
 * table starts in column A, its header in row `headerRow` (0-based).
 */
export function addBesideColumns(plan: SheetPlan, columns: PersonColumns["beside"], rowsInOrder: readonly { key: string }[], tableWidth: number, headerRow = 0): void {
  for (const column of columns) {
    const cells = rowsInOrder.map((row) => column.values.get(row.key) ?? null);
    const at = tableWidth - 1 + column.offset;
    plan.peopleBlocks.push({
      row: headerRow,
      column: at,
      values: [[column.header], ...cells.map((cell): PlanValue[] => [cell?.value ?? null])],
      cellFormats: [[null], ...cells.map((cell) => [cell?.format ?? null])],
    });
    addTypedLinks(plan, cells.map((cell) => [cell]), headerRow + 1, at);
  }
}

/** The hyperlinks of typed cells, at the place the grid (top-left at `row`, `column`) puts them. */
export function addTypedLinks(plan: SheetPlan, cells: readonly (readonly (TypedCell | null)[])[], row: number, column: number): void {
  cells.forEach((line, r) =>
    line.forEach((cell, c) => {
      if (cell?.link) plan.links.push({ row: row + r, column: column + c, link: cell.link });
    }),
  );
}

export function emptyKeptInput(): KeptInput {
  const winback = Object.fromEntries(WINBACK_FIELDS.map((field) => [field, new Map<string, TypedCell>()])) as KeptInput["winback"];
  return { keyType: new Map(), notes: new Map(), winback, clientsColumns: { inside: [], beside: [] }, winbackColumns: { inside: [], beside: [] }, seen: new Map() };
}

export interface LayoutInput {
  result: ClassifyResult;
  settings: AnalysisSettings;
  lang: Lang;
  movement: Movement;
  kept: KeptInput;
  /** Each client's ABC class over the last trend points (layout/trends.ts classPaths), when the history has them. */
  classPaths?: ReadonlyMap<string, string>;
  run: {
    /** Source as `Sheet!A1:D100`. */
    source: string;
    detected: DetectedColumns;
    rowsRead: number;
    /** When the run happened, as an Excel serial (local wall-clock time). */
    runAt: number;
  };
}

export const FORMATS = {
  money: "#,##0.00",
  percent: "0.0%",
  wholePercent: "0%",
  decimal: "0.00",
  integer: "0",
  date: "yyyy-mm-dd",
  dateTime: "yyyy-mm-dd hh:mm",
  herfindahl: "0.000",
} as const;

/**
 * The sheets' colours, all from the one palette the pane uses too (src/palette.ts): fills by
 * meaning, with the font colour each needs.
 */
export const COLOURS = {
  header: PALETTE.header.fill,
  headerFont: PALETTE.header.font,
  section: PALETTE.section.fill,
  input: PALETTE.input.fill,
  abc: { A: PALETTE.abc.A.fill, B: PALETTE.abc.B.fill, C: PALETTE.abc.C.fill },
  xyz: { X: PALETTE.xyz.X.fill, Y: PALETTE.xyz.Y.fill, Z: PALETTE.xyz.Z.fill },
  dependency: { mono: PALETTE.dependency.mono.fill, critical: PALETTE.dependency.critical.fill, key: PALETTE.dependency.key.fill },
  dependencyFont: { mono: PALETTE.dependency.mono.font, critical: PALETTE.dependency.critical.font, key: PALETTE.dependency.key.font },
  status: { lost: PALETTE.status.lost.fill, "at-risk": PALETTE.status["at-risk"].fill },
  statusFont: { lost: PALETTE.status.lost.font, "at-risk": PALETTE.status["at-risk"].font },
  overloaded: PALETTE.overloaded.fill,
  overloadedFont: PALETTE.overloaded.font,
} as const;

/** Heat colours of shares (white to the colour of A), for heat maps. */
export { heatColour };

/** A setting fraction as a percent label: 0.8 -> "80%", 0.125 -> "12.5%". */
export function percentLabel(fraction: number): string {
  return `${+(fraction * 100).toFixed(4)}%`;
}

/** The thresholds the legend and the summary quote, from the settings in use. */
export function thresholdParams(settings: AnalysisSettings): Record<string, string> {
  return { a: percentLabel(settings.a), b: percentLabel(settings.b), key: percentLabel(settings.keyShare), critical: percentLabel(settings.criticalShare), mono: percentLabel(settings.monoShare) };
}

export function measureLabel(input: Pick<LayoutInput, "settings" | "lang">): string {
  return translate(input.settings.measure === "profit" ? COLUMN_TEXTS.profit : COLUMN_TEXTS.revenue, input.lang);
}

export function changeText(items: readonly ChangeItem[], lang: Lang): string {
  return items
    .map((item) => {
      switch (item.kind) {
        case "new":
          return translate(NEW_CLIENT_TEXT, lang);
        case "abc":
        case "xyz":
          return `${item.from}→${item.to}`;
        case "dependency":
          return `${translate(DEPENDENCY_TEXTS[item.from], lang)}→${translate(DEPENDENCY_TEXTS[item.to], lang)}`;
        case "status":
          return `${translate(STATUS_TEXTS[item.from], lang)}→${translate(STATUS_TEXTS[item.to], lang)}`;
      }
    })
    .join("; ");
}

/** How a label read back from a sheet is compared: as the key-type words are (engine/key-types.ts). */
const labelKey = (text: string): string => text.trim().normalize("NFC").toLowerCase();

/** Reverse look-up of labels in any of the six languages (a user may switch languages between runs). */
function reverse<T extends string>(texts: Record<T, Translations>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, entry] of Object.entries(texts) as [T, Translations][]) {
    for (const lang of LANGUAGES) map.set(labelKey(entry[lang]), value);
    map.set(labelKey(value), value);
  }
  return map;
}

const DEPENDENCY_BY_LABEL = reverse(DEPENDENCY_TEXTS);
const STATUS_BY_LABEL = reverse(STATUS_TEXTS);

export function dependencyFromLabel(text: string): Dependency | null {
  return DEPENDENCY_BY_LABEL.get(labelKey(text)) ?? null;
}
export function statusFromLabel(text: string): ClientStatus | null {
  return STATUS_BY_LABEL.get(labelKey(text)) ?? null;
}

/** The column key whose header (in any language) is `text`, for reading our own sheets back. */
export function columnKeyOfHeader(text: string): keyof typeof COLUMN_TEXTS | null {
  return COLUMN_BY_HEADER.get(labelKey(text)) ?? null;
}
const COLUMN_BY_HEADER = reverse(COLUMN_TEXTS);

/** Longest text length in a column of values (first 2000 rows: enough to size a column). */
export function longestText(values: readonly PlanValue[][], column: number, format?: string | null): number {
  let longest = 0;
  const limit = Math.min(values.length, 2000);
  for (let row = 0; row < limit; row++) {
    const value = values[row][column];
    const length = value === null || isFormula(value) ? 0 : typeof value === "number" ? numberWidth(value, format) : String(value).length;
    if (length > longest) longest = length;
  }
  return longest;
}

function numberWidth(value: number, format?: string | null): number {
  if (format === FORMATS.date) return 10;
  if (format && format.includes("%")) return 7;
  const digits = Math.max(1, Math.floor(Math.log10(Math.max(1, Math.abs(value)))) + 1);
  // Thousands separators, two decimals for money, a minus sign.
  return digits + Math.floor((digits - 1) / 3) + (format === FORMATS.money ? 3 : 0) + (value < 0 ? 1 : 0);
}

/**
 * A KAM table at A1 (header row, then its rows, or one empty row so the table stays), styled as
 * every KAM table, with an optional note one blank column to its right.
 */
export function addSheetTable(plan: SheetPlan, table: { name: string; headers: string[]; rows: PlanValue[][]; formats: (string | null)[]; cellFormats?: (string | null)[][]; note?: string }): void {
  const { name, headers, rows, formats } = table;
  const width = headers.length;
  plan.blocks.push({ row: 0, column: 0, values: [headers], formats: headers.map(() => TEXT_FORMAT) });
  plan.blocks.push(rows.length > 0 ? { row: 1, column: 0, values: rows, formats, ...(table.cellFormats ? { cellFormats: table.cellFormats } : {}) } : { row: 1, column: 0, values: [headers.map(() => null)], formats });
  plan.tables.push({ name, area: { row: 0, column: 0, rowCount: Math.max(1, rows.length) + 1, columnCount: width }, style: "TableStyleLight1" });
  plan.styles.push({ area: { row: 0, column: 0, rowCount: 1, columnCount: width }, style: { bold: true, wrap: true, vertical: "Top" } });
  if (table.note === undefined) return;
  plan.blocks.push({ row: 0, column: width + 1, values: [[table.note]], formats: [TEXT_FORMAT] });
  plan.styles.push({ area: { row: 0, column: width + 1, rowCount: 1, columnCount: 1 }, style: { wrap: true, vertical: "Top", italic: true } });
}

/** Where each of `keys` stands in a table's header row, by the header's words in any of the six languages. */
export function columnsOfHeader<K extends ColumnTextKey>(header: readonly (TypedCell | null)[], keys: readonly K[]): Map<K, number> {
  const at = new Map<K, number>();
  header.forEach((cell, index) => {
    const key = cell && typeof cell.value === "string" ? columnKeyOfHeader(cell.value) : null;
    if (key !== null && (keys as readonly string[]).includes(key)) at.set(key as K, index);
  });
  return at;
}
