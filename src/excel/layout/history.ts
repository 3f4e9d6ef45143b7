/**
 * KAM History: a snapshot of every run, client by client (class, share, dependency, status and the
 * key type in force), so what was found and decided at each run can be looked back at. Each run
 * reads the snapshots on the sheet back and adds its own; the last HISTORY_RUNS runs are kept.
 */
import type { ClassifyResult } from "../../engine/types";
import { RTL_LANGUAGES, translate } from "../../i18n/core";
import { COLUMN_TEXTS, DEPENDENCY_TEXTS, HISTORY_NOTE_TEXT, KEY_TYPE_TEXTS, SHEET_NAME_TEXTS, STATUS_TEXTS } from "../../i18n/sheets";
import type { Rect } from "../../a1";
import { SHEET_IDS } from "../registry";
import { emptyPlan, TEXT_FORMAT, widthForCharacters, type PlanValue, type SheetPlan } from "../plan";
import { ownTable, typedGrid, type OwnedSheet } from "../user-cells";
import { addSheetTable, columnsOfHeader, COLOURS, FORMATS, type LayoutInput } from "./common";

export const HISTORY_TABLE_NAME = "KAM_History";
/** Runs kept: a year of weekly runs. */
export const HISTORY_RUNS = 52;

const FIELDS = ["runAt", "client", "abcxyz", "share", "dependency", "status", "keyType"] as const;
type Field = (typeof FIELDS)[number];

/** One client at one run, as the sheet holds it (texts in the language of that run). */
export type Snapshot = Record<Field, PlanValue>;

/** The snapshots on the sheet as the workbook holds it; `written`: the last run's areas there. */
export function snapshotsOfSheet(sheet: OwnedSheet, written: readonly Rect[] | null): Snapshot[] {
  const table = ownTable(sheet, written);
  if (!table) return [];
  const [header = [], ...rows] = typedGrid(sheet, table.area);
  const at = columnsOfHeader(header, FIELDS);
  if (!at.has("runAt") || !at.has("client")) return [];
  return rows.flatMap((row) => {
    const value = (field: Field): PlanValue => {
      const index = at.get(field);
      const cell = index === undefined ? null : row[index];
      return cell === null || cell.value === "" ? null : cell.value;
    };
    const runAt = value("runAt");
    return typeof runAt === "number" && value("client") !== null ? [Object.fromEntries(FIELDS.map((field) => [field, value(field)])) as Snapshot] : [];
  });
}

/**
 * The sheet's plan: the snapshots kept (the last `runs` runs, this one included), oldest first.
 * `result` carries the key types in force this run (the typed ones applied).
 */
export function historyPlan(input: LayoutInput, previous: readonly Snapshot[], result: ClassifyResult, runs = HISTORY_RUNS): SheetPlan {
  const { lang } = input;
  const runAt = input.run.runAt;
  const now: Snapshot[] = result.clients.map((client) => ({
    runAt,
    client: client.client,
    abcxyz: client.abcxyz,
    share: client.share,
    dependency: translate(DEPENDENCY_TEXTS[client.dependency], lang),
    status: translate(STATUS_TEXTS[client.status], lang),
    keyType: client.keyType === null ? null : translate(KEY_TYPE_TEXTS[client.keyType], lang),
  }));
  const times = [...new Set([...previous.map((snapshot) => Number(snapshot.runAt)), runAt])].sort((a, b) => a - b).slice(-runs);
  const kept = new Set(times);
  const rows = [...previous.filter((snapshot) => kept.has(Number(snapshot.runAt)) && snapshot.runAt !== runAt), ...now];
  const plan = emptyPlan(SHEET_IDS.history, translate(SHEET_NAME_TEXTS.history, lang), RTL_LANGUAGES.has(lang));
  const headers = FIELDS.map((field) => translate(COLUMN_TEXTS[field], lang));
  const formats = FIELDS.map((field) => (field === "runAt" ? FORMATS.dateTime : field === "share" ? FORMATS.percent : TEXT_FORMAT));
  addSheetTable(plan, { name: HISTORY_TABLE_NAME, headers, rows: rows.map((row) => FIELDS.map((field) => row[field])), formats, note: translate(HISTORY_NOTE_TEXT, lang) });
  plan.freezeRows = 1;
  plan.tabColor = COLOURS.header;
  plan.columnWidths = [
    { column: 0, width: widthForCharacters(17) },
    { column: 1, width: widthForCharacters(30) },
    ...FIELDS.slice(2).map((_, index) => ({ column: index + 2, width: widthForCharacters(14) })),
    { column: FIELDS.length, width: 12 },
    { column: FIELDS.length + 1, width: widthForCharacters(60) },
  ];
  return plan;
}
