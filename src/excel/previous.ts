/**
 * Reading the previous run back from our own sheets before they are updated: the classes (for the
 * movement since the last run) and what people typed (Key type, Notes, Planned offer, columns they
 * added inside or beside the tables, and what the KAM Kept input sheet holds for clients not in
 * the data), matched by client and read as typed (formulas stay formulas, dates dates). Headers
 * are recognised in any of the six languages, so a run in another language still finds them.
 * Pure: it works on the sheets as read (src/excel/user-cells.ts).
 */
import { columnLetters, type Rect } from "../a1";
import type { AbcClass, XyzClass } from "../engine/types";
import { clientKey } from "../engine/client-key";
import { keyTypeFromText } from "../engine/key-types";
import type { PreviousClient } from "./movement";
import type { TypedCell } from "./plan";
import { insideAny, ownTable, typedCellAt, typedGrid, type OwnedSheet } from "./user-cells";
import { columnKeyOfHeader, dependencyFromLabel, emptyKeptInput, statusFromLabel, WINBACK_FIELDS, type KeptColumn, type KeptInput, type PersonColumns, type WinbackField } from "./layout/common";

import { keptColumnOfHeader } from "./layout/kept";
function isWinbackField(field: string | null): field is WinbackField {
  return (WINBACK_FIELDS as readonly (string | null)[]).includes(field);
}

function text(cell: TypedCell | null | undefined): string {
  if (!cell || cell.value === null || typeof cell.value === "object") return "";
  return String(cell.value).trim();
}

/** Header texts up to the first blank one. */
function headerTexts(header: readonly (TypedCell | null)[]): string[] {
  const end = header.findIndex((cell) => text(cell) === "");
  return (end < 0 ? header : header.slice(0, end)).map(text);
}

export interface PreviousClients {
  clients: Map<string, PreviousClient>;
  kept: KeptInput;
}

/**
 * Columns people keep right of a table: every column after it with a person's cell (outside the
 * areas the add-in wrote) in the table's data rows, read by the client of each row.
 */
function besideColumns(sheet: OwnedSheet, table: Rect, clientColumn: number, written: readonly Rect[]): PersonColumns["beside"] {
  const right = table.column + table.columnCount - 1;
  const lastColumn = sheet.origin.column + (sheet.values[0]?.length ?? 0) - 1;
  const columns: PersonColumns["beside"] = [];
  for (let column = right + 1; column <= lastColumn; column++) {
    const values = new Map<string, TypedCell>();
    for (let row = table.row + 1; row < table.row + table.rowCount; row++) {
      if (insideAny(written, row, column)) continue;
      const cell = typedCellAt(sheet, row, column);
      const name = text(typedCellAt(sheet, row, table.column + clientColumn));
      if (cell && name !== "") values.set(clientKey(name), cell);
    }
    if (values.size === 0) continue;
    const header = insideAny(written, table.row, column) ? "" : text(typedCellAt(sheet, table.row, column));
    columns.push({ offset: column - right, header: header || columnLetters(column), values });
  }
  return columns;
}

/**
 * The previous KAM Clients table; null when the sheet holds none of ours. `written` is what the
 * last run wrote there (null: unknown, then nothing beside the table is taken as people's).
 */
export function previousFromClients(sheet: OwnedSheet, written: readonly Rect[] | null): PreviousClients | null {
  const table = ownTable(sheet, written);
  const area = table?.area ?? { row: sheet.origin.row, column: sheet.origin.column, rowCount: sheet.values.length, columnCount: sheet.values[0]?.length ?? 0 };
  const grid = typedGrid(sheet, area);
  const headers = headerTexts(grid[0] ?? []);
  const keys = headers.map(columnKeyOfHeader);
  const at = (key: string) => keys.indexOf(key as (typeof keys)[number]);
  const clientColumn = at("client");
  if (clientColumn < 0) return null;
  const result: PreviousClients = { clients: new Map(), kept: emptyKeptInput() };
  const inside = headers.flatMap((header, column) => (keys[column] === null ? [{ column, entry: { header, values: new Map<string, TypedCell>() } }] : []));
  result.kept.clientsColumns = { inside: inside.map((extra) => extra.entry), beside: table && written ? besideColumns(sheet, table.area, clientColumn, written) : [] };
  const [abcAt, xyzAt, dependencyAt, statusAt, keyTypeAt, notesAt, computedAt] = ["abc", "xyz", "dependency", "status", "keyType", "notes", "keyTypeComputed"].map(at);
  for (const row of grid.slice(1)) {
    const name = text(row[clientColumn]);
    if (name === "") continue;
    const key = clientKey(name);
    const abc = text(row[abcAt]);
    const xyz = text(row[xyzAt]);
    const dependency = dependencyAt >= 0 ? dependencyFromLabel(text(row[dependencyAt])) : null;
    result.clients.set(key, {
      client: name,
      abc: ["A", "B", "C"].includes(abc) ? (abc as AbcClass) : null,
      xyz: ["X", "Y", "Z"].includes(xyz) ? (xyz as XyzClass) : null,
      dependency,
      status: statusAt >= 0 ? statusFromLabel(text(row[statusAt])) : null,
    });
    result.kept.seen.set(key, { client: name, keptSince: null });
    const typed = keyTypeAt >= 0 ? text(row[keyTypeAt]) : "";
    if (typed !== "") {
      const type = keyTypeFromText(typed);
      // Key type holds only what a person (or the data) set: the add-in's default shows in "Key
      // type (computed)". A sheet without that column is from before: there "breadwinner" on a key
      // client is what the add-in wrote itself, recomputed, not kept.
      const ownDefault = computedAt < 0 && type === "breadwinner" && dependency !== null && dependency !== "none";
      if (!ownDefault) result.kept.keyType.set(key, type ?? typed);
    }
    const note = notesAt >= 0 ? row[notesAt] : null;
    if (note) result.kept.notes.set(key, note);
    for (const { column, entry } of inside) {
      const cell = row[column];
      if (cell) entry.values.set(key, cell);
    }
  }
  return result;
}

/** The planned offers, the loss workflow and people's columns from the previous KAM Win-back table, by client, into `kept`. */
export function readWinback(sheet: OwnedSheet, written: readonly Rect[] | null, kept: KeptInput): void {
  const table = ownTable(sheet, written);
  if (!table) return;
  const grid = typedGrid(sheet, table.area);
  const headers = headerTexts(grid[0] ?? []);
  const keys = headers.map(columnKeyOfHeader);
  const clientColumn = keys.indexOf("client");
  const fieldColumns = WINBACK_FIELDS.map((field) => ({ field, column: keys.indexOf(field) })).filter(({ column }) => column >= 0);
  if (clientColumn < 0) return;
  const inside = headers.flatMap((header, column) => (keys[column] === null ? [{ column, entry: { header, values: new Map<string, TypedCell>() } }] : []));
  kept.winbackColumns = { inside: inside.map((extra) => extra.entry), beside: written ? besideColumns(sheet, table.area, clientColumn, written) : [] };
  for (const row of grid.slice(1)) {
    const name = text(row[clientColumn]);
    if (name === "") continue;
    const key = clientKey(name);
    if (!kept.seen.has(key)) kept.seen.set(key, { client: name, keptSince: null });
    for (const { field, column } of fieldColumns) {
      const cell = row[column];
      if (cell) kept.winback[field].set(key, cell);
    }
    for (const { column, entry } of inside) {
      const cell = row[column];
      if (cell) entry.values.set(key, cell);
    }
  }
}

/** The column of `columns` with this header (case-insensitive), added when missing. */
function columnFor(columns: KeptColumn[], header: string): KeptColumn {
  const found = columns.find((column) => column.header.toLowerCase() === header.toLowerCase());
  if (found) return found;
  const added: KeptColumn = { header, values: new Map() };
  columns.push(added);
  return added;
}

/**
 * What the KAM Kept input sheet holds (clients that were not in the data of the last run), into
 * `kept`. A value read from the client's own row in KAM Clients or Win-back wins: the client came
 * back and someone typed there. A person's column goes back to the table whose column has that
 * header, else into KAM Clients.
 */
export function readKeptSheet(sheet: OwnedSheet, written: readonly Rect[] | null, kept: KeptInput): void {
  const table = ownTable(sheet, written);
  if (!table) return;
  const grid = typedGrid(sheet, table.area);
  const headers = headerTexts(grid[0] ?? []);
  const fixed = headers.map(keptColumnOfHeader);
  const clientColumn = fixed.indexOf("client");
  if (clientColumn < 0) return;
  const keptSinceColumn = fixed.indexOf("keptSince");
  const homes = headers.map((header, column): KeptColumn | null => {
    if (fixed[column] !== null) return null;
    const { clientsColumns, winbackColumns } = kept;
    const inWinback = [...winbackColumns.inside, ...winbackColumns.beside].some((c) => c.header.toLowerCase() === header.toLowerCase());
    const beside = clientsColumns.beside.find((c) => c.header.toLowerCase() === header.toLowerCase());
    if (beside) return beside;
    const winbackBeside = winbackColumns.beside.find((c) => c.header.toLowerCase() === header.toLowerCase());
    if (winbackBeside) return winbackBeside;
    return columnFor(inWinback ? winbackColumns.inside : clientsColumns.inside, header);
  });
  for (const row of grid.slice(1)) {
    const name = text(row[clientColumn]);
    if (name === "") continue;
    const key = clientKey(name);
    const keptSince = keptSinceColumn >= 0 ? row[keptSinceColumn]?.value : null;
    if (!kept.seen.has(key)) kept.seen.set(key, { client: name, keptSince: typeof keptSince === "number" ? keptSince : null });
    headers.forEach((_, column) => {
      const cell = row[column];
      if (!cell) return;
      const home = homes[column];
      const field = fixed[column];
      if (home) {
        if (!home.values.has(key)) home.values.set(key, cell);
      } else if (field === "notes" && !kept.notes.has(key)) kept.notes.set(key, cell);
      else if (isWinbackField(field) && !kept.winback[field].has(key)) kept.winback[field].set(key, cell);
      else if (field === "keyType" && !kept.keyType.has(key) && text(cell) !== "") kept.keyType.set(key, keyTypeFromText(text(cell)) ?? text(cell));
    });
  }
}

