/**
 * KAM Aliases: names the data spells in more than one way (the engine's possible duplicates) and
 * the ones a person merged. A row whose "Counts as" a person filled is an alias: the next run
 * counts that name's sales for the client named (src/engine/analysis/duplicates.ts), and the row
 * is kept as typed for good; rows left empty are the add-in's suggestions, listed afresh each run.
 */
import { RTL_LANGUAGES, translate } from "../../i18n/core";
import { ALIASES_NOTE_TEXT, COLUMN_TEXTS, SHEET_NAME_TEXTS } from "../../i18n/sheets";
import { clientKey } from "../../engine/client-key";
import type { ClassifyResult } from "../../engine/types";
import { SHEET_IDS } from "../registry";
import type { Rect } from "../../a1";
import { emptyPlan, TEXT_FORMAT, widthForCharacters, type PlanValue, type SheetPlan, type TypedCell } from "../plan";
import { ownTable, typedGrid, type OwnedSheet } from "../user-cells";
import { addSheetTable, addTypedLinks, columnsOfHeader, COLOURS, FORMATS, type LayoutInput } from "./common";

export const ALIASES_TABLE_NAME = "KAM_Aliases";

/** A row a person made an alias: the name as written in the data, and what they typed in "Counts as". */
export interface AliasRow {
  name: string;
  countsAs: TypedCell;
}

/** The aliases a person set on the sheet as the workbook holds it; `written`: the last run's areas there. */
export function aliasRowsOfSheet(sheet: OwnedSheet, written: readonly Rect[] | null): AliasRow[] {
  const table = ownTable(sheet, written);
  return table ? aliasRows(typedGrid(sheet, table.area)) : [];
}

/** The aliases in a grid whose first row is the table's header: rows with "Counts as" filled, as typed. */
export function aliasRows(grid: readonly (readonly (TypedCell | null)[])[]): AliasRow[] {
  const [header = [], ...rows] = grid;
  const at = columnsOfHeader(header, ["aliasName", "countsAs"]);
  const [nameAt, countsAt] = [at.get("aliasName"), at.get("countsAs")];
  if (nameAt === undefined || countsAt === undefined) return [];
  return rows.flatMap((row) => {
    const name = row[nameAt]?.value;
    const countsAs = row[countsAt];
    const text = countsAs && typeof countsAs.value === "string" ? countsAs.value.trim() : "";
    return typeof name === "string" && name.trim() !== "" && countsAs && text !== "" ? [{ name: name.trim(), countsAs }] : [];
  });
}

/** The aliases as the engine takes them: the key of a name in the data -> the name it counts as. */
export function aliasMap(rows: readonly AliasRow[]): Map<string, string> {
  return new Map(rows.map((row) => [clientKey(row.name), String(row.countsAs.value).trim()]));
}

/**
 * The sheet's plan: the person's aliases first (kept as typed), then each possible duplicate not
 * yet aliased, with the names it may duplicate and its share.
 */
export function aliasesPlan(input: LayoutInput, result: ClassifyResult, persons: readonly AliasRow[]): SheetPlan {
  const { lang } = input;
  const plan = emptyPlan(SHEET_IDS.aliases, translate(SHEET_NAME_TEXTS.aliases, lang), RTL_LANGUAGES.has(lang));
  const headers = (["aliasName", "countsAs", "duplicateOf", "share"] as const).map((key) => translate(COLUMN_TEXTS[key], lang));
  const listed = new Set(persons.map((row) => clientKey(row.name)));
  const shareOf = new Map(result.clients.map((client) => [client.key, client.share]));
  const suggestions = result.possibleDuplicates.flatMap((group) =>
    group.filter((client) => !listed.has(client.key)).map((client) => ({ name: client.client, others: group.filter((other) => other.key !== client.key).map((other) => other.client).join(", "), share: client.share })),
  );
  const typed: (TypedCell | null)[][] = [...persons.map((row) => [null, row.countsAs]), ...suggestions.map(() => [null, null])];
  const rows: PlanValue[][] = [
    ...persons.map((row) => [row.name, row.countsAs.value, null, shareOf.get(clientKey(row.name)) ?? null]),
    ...suggestions.map((suggestion) => [suggestion.name, null, suggestion.others, suggestion.share]),
  ];
  const formats: (string | null)[] = [TEXT_FORMAT, TEXT_FORMAT, TEXT_FORMAT, FORMATS.percent];
  const count = rows.length;
  addSheetTable(plan, { name: ALIASES_TABLE_NAME, headers, rows, formats, cellFormats: typed.map((row) => [null, row[1]?.format ?? null, null, null]), note: translate(ALIASES_NOTE_TEXT, lang) });
  addTypedLinks(plan, typed, 1, 0);
  plan.styles.push({ area: { row: 1, column: 1, rowCount: Math.max(1, count), columnCount: 1 }, style: { fill: COLOURS.input } });
  plan.freezeRows = 1;
  plan.tabColor = COLOURS.input;
  plan.columnWidths = [
    { column: 0, width: widthForCharacters(30) },
    { column: 1, width: widthForCharacters(30) },
    { column: 2, width: widthForCharacters(40) },
    { column: 3, width: widthForCharacters(8) },
    { column: headers.length, width: 12 },
    { column: headers.length + 1, width: widthForCharacters(60) },
  ];
  return plan;
}
