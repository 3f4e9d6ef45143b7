/**
 * KAM Kept input: clients that are not in the current data (they left it, were renamed, the
 * window or the measure changed, or they left the win-back list), with everything people typed
 * for them: key type, notes, planned offer and people's own columns. Nothing typed is dropped by
 * a run; it goes back to its table when the client is there again, and only a person deletes it
 * (by deleting the row).
 */
import { RTL_LANGUAGES, translate } from "../../i18n/core";
import { COLUMN_TEXTS, KEPT_NOTE_TEXT, KEY_TYPE_TEXTS, SHEET_NAME_TEXTS } from "../../i18n/sheets";
import type { KeyType } from "../../engine/types";
import { SHEET_IDS } from "../registry";
import { emptyPlan, TEXT_FORMAT, widthForCharacters, type PlanValue, type SheetPlan, type TypedCell } from "../plan";
import { addTypedLinks, columnKeyOfHeader, COLOURS, FORMATS, longestText, WINBACK_FIELDS, type KeptColumn, type KeptInput, type LayoutInput, type WinbackField } from "./common";

export const KEPT_TABLE_NAME = "KAM_Kept";

/** The add-in's columns of the sheet, in order; people's columns follow. */
const KEPT_COLUMNS = ["client", "keptSince", "keyType", "notes", ...WINBACK_FIELDS] as const;
type KeptColumnKey = (typeof KEPT_COLUMNS)[number];

/** Which of the sheet's own columns a header (in any language) is; null for a person's column. */
export function keptColumnOfHeader(header: string): KeptColumnKey | null {
  const key = columnKeyOfHeader(header);
  return (KEPT_COLUMNS as readonly string[]).includes(key ?? "") ? (key as KeptColumnKey) : null;
}

/** One client kept while not in the data (or not in the win-back list). */
export interface AwayClient {
  key: string;
  client: string;
  keptSince: number;
  keyType: KeyType | string | null;
  notes: TypedCell | null;
  /** KAM Win-back's fields (planned offer, loss workflow) kept while the client is off the list. */
  winback: Partial<Record<WinbackField, TypedCell>>;
  /** By header of `AwayInput.columns`. */
  columns: Map<string, TypedCell>;
}

export interface AwayInput {
  clients: AwayClient[];
  /** Headers of people's columns held for these clients. */
  headers: string[];
}

/**
 * Everything in `kept` whose home is not in this run's sheets: the fields of KAM Clients for
 * clients not in the result, the planned offer and Win-back columns for clients not on the
 * win-back list. `runAt` (an Excel serial) dates a client that leaves the data now.
 */
export function awayClients(kept: KeptInput, inResult: ReadonlySet<string>, onWinback: ReadonlySet<string>, runAt: number): AwayInput {
  const byKey = new Map<string, AwayClient>();
  const headers: string[] = [];
  const entry = (key: string): AwayClient => {
    let away = byKey.get(key);
    if (!away) {
      const seen = kept.seen.get(key);
      away = { key, client: seen?.client ?? key, keptSince: seen?.keptSince ?? Math.floor(runAt), keyType: null, notes: null, winback: {}, columns: new Map() };
      byKey.set(key, away);
    }
    return away;
  };
  const addColumns = (columns: readonly KeptColumn[], home: ReadonlySet<string>) => {
    for (const column of columns) {
      for (const [key, cell] of column.values) {
        if (home.has(key)) continue;
        if (!headers.some((header) => header.toLowerCase() === column.header.toLowerCase())) headers.push(column.header);
        entry(key).columns.set(column.header.toLowerCase(), cell);
      }
    }
  };
  for (const [key, type] of kept.keyType) if (!inResult.has(key)) entry(key).keyType = type;
  for (const [key, note] of kept.notes) if (!inResult.has(key)) entry(key).notes = note;
  for (const field of WINBACK_FIELDS) for (const [key, cell] of kept.winback[field]) if (!onWinback.has(key)) entry(key).winback[field] = cell;
  addColumns([...kept.clientsColumns.inside, ...kept.clientsColumns.beside], inResult);
  addColumns([...kept.winbackColumns.inside, ...kept.winbackColumns.beside], onWinback);
  const clients = [...byKey.values()].sort((a, b) => a.client.localeCompare(b.client));
  return { clients, headers };
}

export function keptPlan(input: LayoutInput, away: AwayInput): SheetPlan {
  const { lang } = input;
  const plan = emptyPlan(SHEET_IDS.kept, translate(SHEET_NAME_TEXTS.kept, lang), RTL_LANGUAGES.has(lang));
  const keyTypeLabel = (type: KeyType | string | null): PlanValue => (type === null ? null : type in KEY_TYPE_TEXTS ? translate(KEY_TYPE_TEXTS[type as KeyType], lang) : type);
  const headers: string[] = [...KEPT_COLUMNS.map((key) => translate(COLUMN_TEXTS[key], lang)), ...away.headers];
  const formats: (string | null)[] = [TEXT_FORMAT, FORMATS.date, TEXT_FORMAT, TEXT_FORMAT, ...WINBACK_FIELDS.map((field) => (field === "winbackDate" ? FORMATS.date : TEXT_FORMAT)), ...away.headers.map(() => null)];
  const cells = away.clients.map((client) => [null, null, null, client.notes, ...WINBACK_FIELDS.map((field) => client.winback[field] ?? null), ...away.headers.map((header) => client.columns.get(header.toLowerCase()) ?? null)]);
  const rows: PlanValue[][] = away.clients.map((client, index) => [client.client, client.keptSince, keyTypeLabel(client.keyType), ...cells[index].slice(3).map((cell) => cell?.value ?? null)]);
  const cellFormats = cells.map((row) => row.map((cell) => cell?.format ?? null));
  const width = headers.length;
  const count = rows.length;
  plan.blocks.push({ row: 0, column: 0, values: [headers], formats: headers.map(() => TEXT_FORMAT) });
  // An empty sheet keeps its table (one empty row), so what is typed later has a home.
  plan.blocks.push(count > 0 ? { row: 1, column: 0, values: rows, formats, cellFormats } : { row: 1, column: 0, values: [headers.map(() => null)], formats });
  addTypedLinks(plan, cells, 1, 0);
  plan.tables.push({ name: KEPT_TABLE_NAME, area: { row: 0, column: 0, rowCount: Math.max(1, count) + 1, columnCount: width }, style: "TableStyleLight1" });
  plan.styles.push({ area: { row: 0, column: 0, rowCount: 1, columnCount: width }, style: { bold: true, wrap: true, vertical: "Top" } });
  if (width > 2) plan.styles.push({ area: { row: 1, column: 2, rowCount: Math.max(1, count), columnCount: width - 2 }, style: { fill: COLOURS.input } });
  plan.blocks.push({ row: 0, column: width + 1, values: [[translate(KEPT_NOTE_TEXT, lang)]], formats: [TEXT_FORMAT] });
  plan.styles.push({ area: { row: 0, column: width + 1, rowCount: 1, columnCount: 1 }, style: { wrap: true, vertical: "Top", italic: true } });
  plan.freezeRows = 1;
  plan.tabColor = COLOURS.input;
  plan.columnWidths = [
    ...headers.map((header, column) => ({ column, width: widthForCharacters(Math.max(Math.min(header.length, 16), longestText(rows, column, formats[column]) + 2), 5, 50) })),
    { column: width, width: 12 },
    { column: width + 1, width: widthForCharacters(60) },
  ];
  return plan;
}
