/**
 * Reading the previous run back from our own sheets before they are replaced: the classes (for the
 * movement since the last run) and what people typed (Key type, Notes, Planned offer, columns they
 * added to the table), matched by client. Headers are recognised in any of the six languages, so a
 * run in another language still finds them. Pure: it works on the values read from the sheet.
 */
import type { AbcClass, CellValue, XyzClass } from "../engine/types";
import { clientKey } from "../engine/client-key";
import type { PreviousClient } from "./movement";
import type { PlanValue } from "./plan";
import { keyTypeFromText } from "../engine/key-types";
import { columnKeyOfHeader, dependencyFromLabel, emptyKeptInput, statusFromLabel, type KeptInput } from "./layout/common";

/** Header cells up to the first blank one (what is right of it, like the legend, is not the table). */
function headerColumns(values: readonly CellValue[][]): string[] {
  const header = values[0] ?? [];
  const end = header.findIndex((cell) => cell === null || String(cell).trim() === "");
  return (end < 0 ? header : header.slice(0, end)).map((cell) => String(cell).trim());
}

function text(cell: CellValue | undefined): string {
  return cell === null || cell === undefined ? "" : String(cell).trim();
}

function kept(cell: CellValue | undefined): PlanValue {
  return cell === undefined || cell === "" ? null : cell;
}

export interface PreviousClients {
  clients: Map<string, PreviousClient>;
  kept: KeptInput;
}

/** The previous KAM Clients table (header row first); null when it is not one of ours. */
export function previousFromClients(values: readonly CellValue[][]): PreviousClients | null {
  const headers = headerColumns(values);
  const keys = headers.map(columnKeyOfHeader);
  const at = (key: string) => keys.indexOf(key as (typeof keys)[number]);
  const clientColumn = at("client");
  if (clientColumn < 0) return null;
  const result: PreviousClients = { clients: new Map(), kept: emptyKeptInput() };
  const extras = headers.flatMap((header, column) => (keys[column] === null ? [{ column, entry: { header, values: new Map<string, PlanValue>() } }] : []));
  result.kept.extraColumns = extras.map((extra) => extra.entry);
  const [abcAt, xyzAt, dependencyAt, statusAt, keyTypeAt, notesAt] = ["abc", "xyz", "dependency", "status", "keyType", "notes"].map(at);
  for (const row of values.slice(1)) {
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
    const typed = keyTypeAt >= 0 ? text(row[keyTypeAt]) : "";
    if (typed !== "") {
      const type = keyTypeFromText(typed);
      // "breadwinner" on a key client is what the add-in wrote itself: recomputed, not kept.
      if (!(type === "breadwinner" && dependency !== null && dependency !== "none")) result.kept.keyType.set(key, type ?? typed);
    }
    const note = notesAt >= 0 ? kept(row[notesAt]) : null;
    if (note !== null) result.kept.notes.set(key, note);
    for (const { column, entry } of extras) {
      const value = kept(row[column]);
      if (value !== null) entry.values.set(key, value);
    }
  }
  return result;
}

/** Planned offers from the previous KAM Win-back table, by client. */
export function offersFromWinback(values: readonly CellValue[][]): Map<string, PlanValue> {
  const keys = headerColumns(values).map(columnKeyOfHeader);
  const clientColumn = keys.indexOf("client");
  const offerColumn = keys.indexOf("plannedOffer");
  const offers = new Map<string, PlanValue>();
  if (clientColumn < 0 || offerColumn < 0) return offers;
  for (const row of values.slice(1)) {
    const name = text(row[clientColumn]);
    const offer = kept(row[offerColumn]);
    if (name !== "" && offer !== null) offers.set(clientKey(name), offer);
  }
  return offers;
}
