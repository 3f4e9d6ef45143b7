/**
 * The dossier sheet of one client, as plain data (no Excel): its sections, lists and where every
 * row sits. The template (dossier-template.ts), the Figures section (dossier-figures.ts) and
 * reading a dossier back (dossier-parse.ts) build on it.
 *
 * Layout (rows 0-based; column A is a hidden column of anchors such as "kam:contacts"):
 * - rows 0-16: title, "no longer key" marker, hint and section 1 Figures. This block is the only
 *   part a re-run rewrites; its size is fixed (sales per period run to the right, one column per
 *   period), so nothing below it ever moves because of a re-run.
 * - rows 17-24 (hidden, locked): the dossier's own data (client key, language, creation date) and
 *   the list values of its drop-downs, written once in the dossier's language. Validations and
 *   formulas point at these cells, so switching the add-in's language later breaks nothing.
 * - from row 26: sections 2-10. Managers add rows inside a table by inserting rows; Excel moves
 *   everything below, anchors included, so each run finds the sections again through column A.
 */
import type { CellValue } from "../engine/types";
import { translate, type Lang, type Translations } from "../i18n/core";
import { ATTITUDE_VALUES, CHANNEL_VALUES, CONTACT_OUTCOME_VALUES, DOSSIER_SECTIONS, ENVIRONMENT_FIELDS, FOLLOW_UP_TEXT, GENERAL_FIELDS, HISTORY_OUTCOME_VALUES, LADDER_VALUES, OUR_VIEW_FIELDS, ROLE_VALUES, SATISFACTION_VALUES, TABLE_COLUMNS } from "../i18n/dossier";
import { columnLetters } from "../a1";
import { COLOURS } from "./layout/common";
import { PALETTE } from "../palette";
import { cellBlocks, type Rect, type CellStyle, type FormulaColours, type PlanValue, type SheetPlan } from "./plan";

/** Bumped when the template changes shape; stored in every dossier. */
export const DOSSIER_LAYOUT_VERSION = 1;

export const ANCHOR_PREFIX = "kam:";
export const ANCHOR_COLUMN = 0;
export const LABEL_COLUMN = 1;
export const VALUE_COLUMN = 2;
/** Tables use columns B..G; sections are headed across them. */
export const LAST_TABLE_COLUMN = 6;
/** Right-hand pair of the Figures section: labels in E, values in F. */
export const RIGHT_LABEL_COLUMN = 4;
export const RIGHT_VALUE_COLUMN = 5;

/** Row offsets from the Figures header (the "kam:figures" anchor). */
export const FIGURES = { title: -3, marker: -2, hint: -1, firstPair: 1, pairRows: 9, periodLabels: 11, periodValues: 12, meta: 14 } as const;
/** Where the Figures header sits in a new dossier. */
export const TEMPLATE_FIGURES_ROW = 3;

/** Columns of the meta row (hidden). */
export const META = { key: 1, lang: 2, created: 3, everKey: 4, version: 5, name: 6 } as const;

export type ListId = "role" | "attitude" | "historyOutcome" | "channel" | "contactOutcome" | "ladder" | "satisfaction";
export const LIST_ORDER: readonly ListId[] = ["role", "attitude", "historyOutcome", "channel", "contactOutcome", "ladder", "satisfaction"];
export const LIST_VALUES: Record<ListId, Record<string, Translations>> = {
  role: ROLE_VALUES,
  attitude: ATTITUDE_VALUES,
  historyOutcome: HISTORY_OUTCOME_VALUES,
  channel: CHANNEL_VALUES,
  contactOutcome: CONTACT_OUTCOME_VALUES,
  ladder: LADDER_VALUES,
  satisfaction: SATISFACTION_VALUES,
};
/** The contact outcome that earns the 2-week pause, by its position in the list. */
export const NEGATIVE_OUTCOME_INDEX = Object.keys(CONTACT_OUTCOME_VALUES).indexOf("negative");
export const CONTACT_DAYS = { afterPositiveOrNeutral: 10, afterNegative: 14 } as const;
export const REVIEW_MONTHS = 3;

export type SectionId = "general" | "environment" | "ourView" | "decisionGroup" | "history" | "competitors" | "contacts" | "position" | "review";

export type InputKind =
  | { kind: "text" }
  | { kind: "date" }
  | { kind: "whole"; min: number; max: number }
  | { kind: "list"; list: ListId }
  /** Computed: next contact due of the contact on this row. */
  | { kind: "contactDue" }
  /** Computed: last reviewed + 3 months. */
  | { kind: "nextReview" };

export interface Field {
  label: Translations;
  input: InputKind;
}

export interface SectionSpec {
  id: SectionId;
  title: Translations;
  note?: Translations;
  /** Label / input pairs, one per row. */
  fields?: Field[];
  /** A table: column headers, then `rows` empty input rows. */
  table?: { columns: Field[]; rows: number };
}

export const TEXT: InputKind = { kind: "text" };
export const DATE: InputKind = { kind: "date" };
export const textFields = (labels: Record<string, Translations>): Field[] => Object.values(labels).map((label) => ({ label, input: TEXT }));

export const SECTIONS: readonly SectionSpec[] = [
  { id: "general", title: DOSSIER_SECTIONS.general, fields: textFields(GENERAL_FIELDS) },
  { id: "environment", title: DOSSIER_SECTIONS.environment, fields: textFields(ENVIRONMENT_FIELDS) },
  { id: "ourView", title: DOSSIER_SECTIONS.ourView, fields: textFields(OUR_VIEW_FIELDS) },
  {
    id: "decisionGroup",
    title: DOSSIER_SECTIONS.decisionGroup,
    table: {
      rows: 8,
      columns: [
        { label: TABLE_COLUMNS.personName, input: TEXT },
        { label: TABLE_COLUMNS.position, input: TEXT },
        { label: TABLE_COLUMNS.role, input: { kind: "list", list: "role" } },
        { label: TABLE_COLUMNS.attitude, input: { kind: "list", list: "attitude" } },
        { label: TABLE_COLUMNS.influence, input: { kind: "whole", min: 1, max: 5 } },
        { label: TABLE_COLUMNS.lastContact, input: DATE },
      ],
    },
  },
  {
    id: "history",
    title: DOSSIER_SECTIONS.history,
    table: {
      rows: 8,
      columns: [
        { label: TABLE_COLUMNS.date, input: DATE },
        { label: TABLE_COLUMNS.offered, input: TEXT },
        { label: TABLE_COLUMNS.participants, input: TEXT },
        { label: TABLE_COLUMNS.outcome, input: { kind: "list", list: "historyOutcome" } },
        { label: TABLE_COLUMNS.why, input: TEXT },
      ],
    },
  },
  {
    id: "competitors",
    title: DOSSIER_SECTIONS.competitors,
    table: {
      rows: 5,
      columns: [
        { label: TABLE_COLUMNS.competitor, input: TEXT },
        { label: TABLE_COLUMNS.theirOffer, input: TEXT },
        { label: TABLE_COLUMNS.strengths, input: TEXT },
        { label: TABLE_COLUMNS.weaknesses, input: TEXT },
      ],
    },
  },
  {
    id: "contacts",
    title: DOSSIER_SECTIONS.contacts,
    note: FOLLOW_UP_TEXT.contactRule,
    table: {
      rows: 12,
      columns: [
        { label: TABLE_COLUMNS.date, input: DATE },
        { label: TABLE_COLUMNS.channel, input: { kind: "list", list: "channel" } },
        { label: TABLE_COLUMNS.outcome, input: { kind: "list", list: "contactOutcome" } },
        { label: TABLE_COLUMNS.nextContactDue, input: { kind: "contactDue" } },
      ],
    },
  },
  {
    id: "position",
    title: DOSSIER_SECTIONS.position,
    fields: [
      { label: FOLLOW_UP_TEXT.ladder, input: { kind: "list", list: "ladder" } },
      { label: FOLLOW_UP_TEXT.satisfaction, input: { kind: "list", list: "satisfaction" } },
      { label: FOLLOW_UP_TEXT.complaints, input: TEXT },
    ],
  },
  {
    id: "review",
    title: DOSSIER_SECTIONS.review,
    note: FOLLOW_UP_TEXT.reviewRule,
    fields: [
      { label: FOLLOW_UP_TEXT.lastReviewed, input: DATE },
      { label: FOLLOW_UP_TEXT.nextReview, input: { kind: "nextReview" } },
    ],
  },
];

/** Contacts table columns (0-based within the table, which starts at column B). */
export const CONTACT_DATE = 0;
export const CONTACT_OUTCOME = 2;

export type { Rect };

/** One cell while a plan is laid out: `text` is written as text (never a formula or number), `formula` as a formula. */
export type PlannedCell =
  | { row: number; column: number; text: string; format?: string }
  | { row: number; column: number; number: number; format?: string }
  | { row: number; column: number; boolean: boolean }
  | { row: number; column: number; formula: string; format?: string }
  | { row: number; column: number; empty: true; format?: string };

export function planValue(cell: PlannedCell): PlanValue {
  if ("text" in cell) return cell.text === "" ? null : cell.text;
  if ("number" in cell) return cell.number;
  if ("boolean" in cell) return cell.boolean;
  if ("formula" in cell) return { formula: cell.formula };
  return null;
}

/** The cells as the plan's blocks, each cell with its number format. */
export function blocksOf(cells: readonly PlannedCell[]): SheetPlan["blocks"] {
  return cellBlocks(cells.map((cell) => ({ row: cell.row, column: cell.column, value: planValue(cell), format: "format" in cell ? (cell.format ?? null) : null })));
}

/** An overdue date: the palette's "act" level (src/palette.ts), as a lost client or an overloaded manager. */
export const OVERDUE_STYLE = { fill: PALETTE.overdue.fill, fontColor: PALETTE.overdue.font } as const;
export const COMPUTED_FILL = "#F2F2F2";
export const LABEL_FONT = "#595959";
export const NOTE_FONT = "#7F7F7F";
export const MARKER_FONT = "#C00000";
export const CHART_NAME = "KAM Sales by period";

export interface DossierRows {
  figures: number;
  meta: number;
  lists: Record<ListId, number>;
  sections: Record<SectionId, number>;
}

export const anchorText = (id: string): string => ANCHOR_PREFIX + id;

/** Rows of a new dossier. */
export function templateRows(): DossierRows {
  const figures = TEMPLATE_FIGURES_ROW;
  const meta = figures + FIGURES.meta;
  const lists = {} as Record<ListId, number>;
  LIST_ORDER.forEach((id, index) => (lists[id] = meta + 1 + index));
  const sections = {} as Record<SectionId, number>;
  let row = meta + 1 + LIST_ORDER.length + 1;
  for (const section of SECTIONS) {
    sections[section.id] = row;
    row += sectionHeight(section) + 1;
  }
  return { figures, meta, lists, sections };
}

export function sectionHeight(section: SectionSpec): number {
  const note = section.note ? 1 : 0;
  if (section.table) return 1 + note + 1 + section.table.rows;
  return 1 + note + (section.fields?.length ?? 0);
}

/** First row of a section's content: field rows, or a table's header row. */
export function contentRow(section: SectionSpec, headerRow: number): number {
  return headerRow + 1 + (section.note ? 1 : 0);
}

/** Rows found from the anchors in column A (values of A1:A<n>); null when it is not a dossier. */
export function rowsFromAnchors(columnA: readonly CellValue[]): DossierRows | null {
  const found = new Map<string, number>();
  columnA.forEach((value, row) => {
    if (typeof value === "string" && value.startsWith(ANCHOR_PREFIX) && !found.has(value)) found.set(value, row);
  });
  const at = (id: string) => found.get(anchorText(id));
  const figures = at("figures");
  const meta = at("meta");
  if (figures === undefined || meta === undefined) return null;
  const lists = {} as Record<ListId, number>;
  for (const id of LIST_ORDER) {
    const row = at(`list:${id}`);
    if (row === undefined) return null;
    lists[id] = row;
  }
  const sections = {} as Record<SectionId, number>;
  for (const section of SECTIONS) {
    const row = at(section.id);
    if (row === undefined) return null;
    sections[section.id] = row;
  }
  return { figures, meta, lists, sections };
}

/** Data rows of a table section as they are now: from below its header row to the next section. */
export function tableRowSpan(rows: DossierRows, id: SectionId): { first: number; last: number } {
  const index = SECTIONS.findIndex((section) => section.id === id);
  const section = SECTIONS[index];
  const first = contentRow(section, rows.sections[id]) + 1;
  const next = SECTIONS[index + 1];
  // The blank row before the next section belongs to the span too: a row typed there counts.
  const last = next ? rows.sections[next.id] - 1 : first + (section.table?.rows ?? 1) - 1;
  return { first, last: Math.max(first, last) };
}

export function fieldRow(rows: DossierRows, id: SectionId, fieldIndex: number): number {
  const section = SECTIONS.find((spec) => spec.id === id) as SectionSpec;
  return contentRow(section, rows.sections[id]) + fieldIndex;
}

export const cellRef = (row: number, column: number, absolute = false): string =>
  absolute ? `$${columnLetters(column)}$${row + 1}` : `${columnLetters(column)}${row + 1}`;
export const rangeRef = (first: number, last: number, column: number): string => `${columnLetters(column)}${first + 1}:${columnLetters(column)}${last + 1}`;

export interface CellAt {
  row: number;
  column: number;
}

/**
 * The cells other sheets read: the last review date a manager typed (section 10, Review; it moves
 * with the rows managers insert above it, so it comes from the rows read back), and next review
 * and next contact due in the Figures section.
 */
export function summaryCells(rows: DossierRows): { lastReview: CellAt; nextReview: CellAt; nextContact: CellAt } {
  const first = rows.figures + FIGURES.firstPair;
  return {
    lastReview: { row: fieldRow(rows, "review", 0), column: VALUE_COLUMN },
    nextReview: { row: first + RIGHT_PAIRS.indexOf("nextReview"), column: RIGHT_VALUE_COLUMN },
    nextContact: { row: first + RIGHT_PAIRS.indexOf("nextContact"), column: RIGHT_VALUE_COLUMN },
  };
}

/** Text cells keep General: the writer puts an apostrophe before text, so it stays text in any format. */
export const GENERAL = "General";
export const HEADER_STYLE: CellStyle = { bold: true, fontSize: 12, fill: COLOURS.header, fontColor: COLOURS.headerFont };
export const INPUT_STYLE: CellStyle = { fill: COLOURS.input, border: true, locked: false };
export const COMPUTED_STYLE: CellStyle = { fill: COMPUTED_FILL, border: true };

/** Red from the day after a date in the area's top-left cell has passed. */
export function overdue(area: Rect): FormulaColours {
  const cell = cellRef(area.row, area.column);
  return { area, formula: `=AND(ISNUMBER(${cell}),${cell}<TODAY())`, ...OVERDUE_STYLE };
}

/** A list's values in the dossier's language, in list order. */
export function listValues(id: ListId, lang: Lang): string[] {
  return Object.values(LIST_VALUES[id]).map((entry) => translate(entry, lang));
}

export type LeftPair = "manager" | "measure" | "share" | "rank" | "abcxyz" | "dependency" | "keyType" | "status" | "lastPurchase";
export type RightPair = "recency" | "frequency" | "rfm" | "segment" | "asOf" | "nextReview" | "nextContact";
export const LEFT_PAIRS: readonly LeftPair[] = ["manager", "measure", "share", "rank", "abcxyz", "dependency", "keyType", "status", "lastPurchase"];
export const RIGHT_PAIRS: readonly RightPair[] = ["recency", "frequency", "rfm", "segment", "asOf", "nextReview", "nextContact"];

/** Columns a read-back needs (A..G). */
export const READ_COLUMNS = LAST_TABLE_COLUMN + 1;

/** Input cells a manager fills, for tests and for "go to" links: section -> its input area now. */
export function inputAreas(rows: DossierRows): Record<SectionId, Rect> {
  const areas = {} as Record<SectionId, Rect>;
  SECTIONS.forEach((section) => {
    if (section.table) {
      const { first, last } = tableRowSpan(rows, section.id);
      const next = SECTIONS[SECTIONS.indexOf(section) + 1];
      // The blank separator row is not pre-styled input; areas stop at the styled rows.
      const end = next ? last - 1 : last;
      areas[section.id] = { row: first, column: LABEL_COLUMN, rowCount: Math.max(1, end - first + 1), columnCount: section.table.columns.length };
    } else {
      areas[section.id] = { row: fieldRow(rows, section.id, 0), column: VALUE_COLUMN, rowCount: section.fields?.length ?? 0, columnCount: 1 };
    }
  });
  return areas;
}
