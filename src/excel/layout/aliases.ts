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
import { addTypedLinks, columnKeyOfHeader, COLOURS, FORMATS, type LayoutInput } from "./common";

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
  const keys = header.map((cell) => (cell && typeof cell.value === "string" ? columnKeyOfHeader(cell.value) : null));
  const nameAt = keys.indexOf("aliasName");
  const countsAt = keys.indexOf("countsAs");
  if (nameAt < 0 || countsAt < 0) return [];
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
  plan.blocks.push({ row: 0, column: 0, values: [headers], formats: headers.map(() => TEXT_FORMAT) });
  plan.blocks.push(count > 0 ? { row: 1, column: 0, values: rows, formats, cellFormats: typed.map((row) => [null, row[1]?.format ?? null, null, null]) } : { row: 1, column: 0, values: [headers.map(() => null)], formats });
  addTypedLinks(plan, typed, 1, 0);
  plan.tables.push({ name: ALIASES_TABLE_NAME, area: { row: 0, column: 0, rowCount: Math.max(1, count) + 1, columnCount: headers.length }, style: "TableStyleLight1" });
  plan.styles.push({ area: { row: 0, column: 0, rowCount: 1, columnCount: headers.length }, style: { bold: true, wrap: true, vertical: "Top" } });
  plan.styles.push({ area: { row: 1, column: 1, rowCount: Math.max(1, count), columnCount: 1 }, style: { fill: COLOURS.input } });
  plan.blocks.push({ row: 0, column: headers.length + 1, values: [[translate(ALIASES_NOTE_TEXT, lang)]], formats: [TEXT_FORMAT] });
  plan.styles.push({ area: { row: 0, column: headers.length + 1, rowCount: 1, columnCount: 1 }, style: { wrap: true, vertical: "Top", italic: true } });
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
