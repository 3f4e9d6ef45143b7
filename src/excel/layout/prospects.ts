/**
 * KAM Prospects: prospective key clients by the three P of the Lithuanian article
 * (seeds/002_c868e5470db36785.txt): a need for what we sell, solvency, power to decide. Every row
 * is a person's and is kept as typed; the add-in adds the score and priority, and for a prospect
 * that already buys from us its revenue now and share of wallet. "Make key client" = yes gives a
 * prospect in the data the key type "prospective" on the next run, so it gets a dossier.
 */
import { clientKey } from "../../engine/client-key";
import type { ClassifyResult } from "../../engine/types";
import { LANGUAGES, RTL_LANGUAGES, translate } from "../../i18n/core";
import { COLUMN_TEXTS, PROSPECT_ANSWER_TEXTS, PROSPECT_PRIORITY_TEXTS, PROSPECTS_NOTE_TEXT, SHEET_NAME_TEXTS } from "../../i18n/sheets";
import type { Rect } from "../../a1";
import { SHEET_IDS } from "../registry";
import { emptyPlan, TEXT_FORMAT, widthForCharacters, type PlanValue, type SheetPlan, type TypedCell } from "../plan";
import { ownTable, typedGrid, type OwnedSheet } from "../user-cells";
import { addSheetTable, addTypedLinks, columnsOfHeader, COLOURS, FORMATS, type LayoutInput } from "./common";

export const PROSPECTS_TABLE_NAME = "KAM_Prospects";

/** The columns people type, in sheet order. */
const TYPED = ["prospect", "need", "needNote", "solvency", "solvencyNote", "power", "powerNote", "budget", "source", "owner", "makeKey"] as const;
/** The columns the add-in computes, after them. */
const COMPUTED = ["score", "priority", "revenueNow", "shareOfWallet"] as const;
type TypedField = (typeof TYPED)[number];

/** One prospect as typed: its cells by column. */
export type ProspectRow = Partial<Record<TypedField, TypedCell>>;

export type Answer = keyof typeof PROSPECT_ANSWER_TEXTS;
const ANSWERS = Object.keys(PROSPECT_ANSWER_TEXTS) as Answer[];
/** An answer in any of the six languages, any case (the sheet may have been written in another). */
const ANSWER_WORDS = new Map(ANSWERS.flatMap((answer) => LANGUAGES.map((lang) => [translate(PROSPECT_ANSWER_TEXTS[answer], lang).toLowerCase(), answer] as const)));

export function answerOf(cell: TypedCell | undefined): Answer | null {
  return cell && typeof cell.value === "string" ? (ANSWER_WORDS.get(cell.value.trim().toLowerCase()) ?? null) : null;
}

/**
 * The three P as a score: yes 1, unknown 0.5, no or nothing 0; high from 2.5, medium from 1.5.
 * @example prospectScore({ need: yes, solvency: unknown, power: no }) // { score: 1.5, priority: "medium" }
 */
export function prospectScore(row: ProspectRow): { score: number; priority: keyof typeof PROSPECT_PRIORITY_TEXTS } {
  const points = { yes: 1, unknown: 0.5, no: 0 } as const;
  const score = (["need", "solvency", "power"] as const).reduce((sum, field) => sum + points[answerOf(row[field]) ?? "no"], 0);
  return { score, priority: score >= 2.5 ? "high" : score >= 1.5 ? "medium" : "low" };
}

/** The prospects on the sheet as the workbook holds it (rows with a name); `written`: the last run's areas there. */
export function prospectRowsOfSheet(sheet: OwnedSheet, written: readonly Rect[] | null): ProspectRow[] {
  const table = ownTable(sheet, written);
  if (!table) return [];
  const [header = [], ...rows] = typedGrid(sheet, table.area);
  const at = columnsOfHeader(header, TYPED);
  return rows.flatMap((row) => {
    const prospect: ProspectRow = {};
    for (const [field, index] of at) {
      const cell = row[index];
      if (cell && cell.value !== null && cell.value !== "") prospect[field] = cell;
    }
    return typeof prospect.prospect?.value === "string" && prospect.prospect.value.trim() !== "" ? [prospect] : [];
  });
}

/** Names of the prospects a person marked "Make key client" = yes (the next run types them prospective). */
export function prospectsToMakeKey(rows: readonly ProspectRow[]): string[] {
  return rows.filter((row) => answerOf(row.makeKey) === "yes").map((row) => String(row.prospect?.value).trim());
}

export function prospectsPlan(input: LayoutInput, rows: readonly ProspectRow[], result: ClassifyResult): SheetPlan {
  const { lang } = input;
  const plan = emptyPlan(SHEET_IDS.prospects, translate(SHEET_NAME_TEXTS.prospects, lang), RTL_LANGUAGES.has(lang));
  const fields = [...TYPED, ...COMPUTED];
  const headers = fields.map((field) => translate(COLUMN_TEXTS[field], lang));
  const revenueOf = new Map(result.clients.map((client) => [client.key, client.revenue ?? client.measure]));
  const typed: (TypedCell | null)[][] = rows.map((row) => TYPED.map((field) => row[field] ?? null));
  const values: PlanValue[][] = rows.map((row) => {
    const { score, priority } = prospectScore(row);
    const revenue = revenueOf.get(clientKey(String(row.prospect?.value ?? ""))) ?? null;
    const budget = typeof row.budget?.value === "number" && row.budget.value > 0 ? row.budget.value : null;
    return [...TYPED.map((field) => row[field]?.value ?? null), score, translate(PROSPECT_PRIORITY_TEXTS[priority], lang), revenue, revenue !== null && budget !== null ? revenue / budget : null];
  });
  const formats: (string | null)[] = fields.map((field) => (field === "budget" || field === "revenueNow" ? FORMATS.money : field === "score" ? "0.0" : field === "shareOfWallet" ? FORMATS.percent : TEXT_FORMAT));
  const count = values.length;
  const cellFormats = typed.map((row) => [...row.map((cell) => cell?.format ?? null), ...COMPUTED.map(() => null)]);
  addSheetTable(plan, { name: PROSPECTS_TABLE_NAME, headers, rows: values, formats, cellFormats, note: translate(PROSPECTS_NOTE_TEXT, lang) });
  addTypedLinks(plan, typed, 1, 0);
  const body = (field: (typeof fields)[number]): Rect => ({ row: 1, column: fields.indexOf(field), rowCount: Math.max(1, count), columnCount: 1 });
  plan.styles.push({ area: { row: 1, column: 0, rowCount: Math.max(1, count), columnCount: TYPED.length }, style: { fill: COLOURS.input } });
  const answers = ANSWERS.map((answer) => translate(PROSPECT_ANSWER_TEXTS[answer], lang));
  for (const field of ["need", "solvency", "power"] as const) plan.validations.push({ area: body(field), kind: "list", values: answers, title: "KAM", message: answers.join(" / ") });
  const yes = translate(PROSPECT_ANSWER_TEXTS.yes, lang);
  plan.validations.push({ area: body("makeKey"), kind: "list", values: [yes], title: "KAM", message: yes });
  plan.freezeRows = 1;
  plan.tabColor = COLOURS.input;
  plan.columnWidths = [
    ...fields.map((field, index) => ({ column: index, width: widthForCharacters(field === "prospect" ? 28 : field.endsWith("Note") ? 24 : 12) })),
    { column: fields.length, width: 12 },
    { column: fields.length + 1, width: widthForCharacters(60) },
  ];
  return plan;
}
