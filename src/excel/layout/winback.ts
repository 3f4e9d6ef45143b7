/**
 * KAM Win-back: lost and at-risk A/B clients, largest first, with the columns people fill: the
 * planned offer and the loss workflow (cause of loss, offer type, result, date), kept with the
 * client across runs, also after it leaves the list (KAM Kept input); the revenue at risk beside.
 */
import { RTL_LANGUAGES, translate, type Translations } from "../../i18n/core";
import { COLUMN_TEXTS, SEGMENT_TEXTS, SHEET_NAME_TEXTS, STATUS_TEXTS, WINBACK_TEXTS } from "../../i18n/sheets";
import { winBackList } from "../../engine/classify";
import type { ClientResult } from "../../engine/types";
import { SHEET_IDS } from "../registry";
import { emptyPlan, TEXT_FORMAT, widthForCharacters, type PlanValue, type SheetPlan } from "../plan";
import { addBesideColumns, addTypedLinks, COLOURS, FORMATS, longestText, measureLabel, WINBACK_FIELDS, type LayoutInput, type WinbackField } from "./common";

export const WINBACK_TABLE_NAME = "KAM_Winback";

export function winbackPlan(input: LayoutInput): SheetPlan {
  const { lang, kept } = input;
  const plan = emptyPlan(SHEET_IDS.winback, translate(SHEET_NAME_TEXTS.winback, lang), RTL_LANGUAGES.has(lang));
  const hasManager = input.result.clients.some((client) => client.manager !== null);
  const columns: { header: string; format: string | null; value: (client: ClientResult) => PlanValue }[] = [
    { header: translate(COLUMN_TEXTS.rank, lang), format: FORMATS.integer, value: (c) => c.rank },
    { header: translate(COLUMN_TEXTS.client, lang), format: TEXT_FORMAT, value: (c) => c.client },
    { header: translate(COLUMN_TEXTS.abcxyz, lang), format: null, value: (c) => c.abcxyz },
    { header: translate(COLUMN_TEXTS.status, lang), format: null, value: (c) => translate(STATUS_TEXTS[c.status], lang) },
    { header: measureLabel(input), format: FORMATS.money, value: (c) => c.measure },
    { header: translate(COLUMN_TEXTS.share, lang), format: FORMATS.percent, value: (c) => c.share },
    { header: translate(COLUMN_TEXTS.lastPurchase, lang), format: FORMATS.date, value: (c) => c.lastPurchase },
    { header: translate(COLUMN_TEXTS.recencyDays, lang), format: FORMATS.integer, value: (c) => c.recencyDays },
    ...(hasManager ? [{ header: translate(COLUMN_TEXTS.manager, lang), format: TEXT_FORMAT, value: (c: ClientResult) => c.manager }] : []),
    { header: translate(COLUMN_TEXTS.segment, lang), format: null, value: (c) => translate(SEGMENT_TEXTS[c.segment], lang) },
    // People's columns: the planned offer and the loss workflow, kept with the client.
    ...WINBACK_FIELDS.map((field) => ({ header: translate(COLUMN_TEXTS[field], lang), format: field === "winbackDate" ? FORMATS.date : TEXT_FORMAT, value: (c: ClientResult) => kept.winback[field].get(c.key)?.value ?? null })),
  ];
  const listed = winBackList(input.result);
  const inside = kept.winbackColumns.inside;
  const firstTyped = columns.length - WINBACK_FIELDS.length;
  const typedCells = listed.map((client) => [...columns.map((_, i) => (i >= firstTyped ? (kept.winback[WINBACK_FIELDS[i - firstTyped]].get(client.key) ?? null) : null)), ...inside.map((extra) => extra.values.get(client.key) ?? null)]);
  const rows = listed.map((client, index) => [...columns.map((column) => column.value(client)), ...inside.map((_, i) => typedCells[index][columns.length + i]?.value ?? null)]);
  const headers = [...columns.map((column) => column.header), ...inside.map((extra) => extra.header)];
  const formats = [...columns.map((column) => column.format), ...inside.map(() => null)];
  const width = headers.length;
  const count = rows.length;
  const offerColumn = firstTyped;
  const statusColumn = 3;
  plan.blocks.push({ row: 0, column: 0, values: [headers], formats: headers.map(() => TEXT_FORMAT) });
  // An empty list still gets its table (one empty row), so offers typed later have a home.
  plan.blocks.push(count > 0 ? { row: 1, column: 0, values: rows, formats, cellFormats: typedCells.map((row) => row.map((cell) => cell?.format ?? null)) } : { row: 1, column: 0, values: [headers.map(() => null)], formats });
  addBesideColumns(plan, kept.winbackColumns.beside, listed, width);
  addTypedLinks(plan, typedCells, 1, 0);
  plan.tables.push({ name: WINBACK_TABLE_NAME, area: { row: 0, column: 0, rowCount: Math.max(1, count) + 1, columnCount: width }, style: "TableStyleLight1" });
  plan.styles.push({ area: { row: 0, column: 0, rowCount: 1, columnCount: width }, style: { bold: true, wrap: true, vertical: "Top" } });
  const body = (column: number) => ({ row: 1, column, rowCount: Math.max(1, count), columnCount: 1 });
  plan.styles.push({ area: { row: 1, column: offerColumn, rowCount: Math.max(1, count), columnCount: WINBACK_FIELDS.length }, style: { fill: COLOURS.input, wrap: true } });
  plan.conditionalColours.push({
    area: body(statusColumn),
    rules: (["lost", "at-risk"] as const).map((status) => ({ equals: translate(STATUS_TEXTS[status], lang), fill: COLOURS.status[status], fontColor: COLOURS.statusFont[status] })),
  });
  // The loss workflow's lists, in the sheet's language (the Lithuanian article's mistakes that lose key clients, then price, a competitor, other).
  const list = (group: Record<string, Translations>) => Object.values(group).map((entry) => translate(entry, lang));
  const lists: [WinbackField, string[]][] = [
    ["lossCause", list(WINBACK_TEXTS.causes)],
    ["offerType", list(WINBACK_TEXTS.offers)],
    ["winbackResult", list(WINBACK_TEXTS.results)],
  ];
  for (const [field, values] of lists) plan.validations.push({ area: body(firstTyped + WINBACK_FIELDS.indexOf(field)), kind: "list", values, title: "KAM", message: values.join(" / ") });
  plan.validations.push({ area: body(firstTyped + WINBACK_FIELDS.indexOf("winbackDate")), kind: "date", title: "KAM", message: translate(COLUMN_TEXTS.winbackDate, lang) });
  const atRisk = listed.reduce((sum, client) => sum + Math.max(0, client.measure), 0);
  plan.blocks.push({ row: 0, column: width + 1, values: [[translate(WINBACK_TEXTS.note, lang, { total: atRisk.toLocaleString("en-US", { maximumFractionDigits: 2, minimumFractionDigits: 2 }) })]], formats: [TEXT_FORMAT] });
  plan.styles.push({ area: { row: 0, column: width + 1, rowCount: 1, columnCount: 1 }, style: { wrap: true, vertical: "Top", italic: true } });
  plan.freezeRows = 1;
  plan.tabColor = COLOURS.status.lost;
  plan.columnWidths = headers.map((header, column) => ({
    column,
    width: column === offerColumn ? widthForCharacters(50) : widthForCharacters(Math.max(Math.min(header.length, 16), longestText(rows, column, formats[column]) + 2), 5, 40),
  }));
  plan.columnWidths.push({ column: width, width: 12 }, { column: width + 1, width: widthForCharacters(60) });
  return plan;
}
