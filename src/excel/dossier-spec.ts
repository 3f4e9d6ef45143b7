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
 * - after section 10: the extension block added in layout 2 (a hidden row with the action statuses,
 *   sections 11 Account plan and 12 Actions, and an end anchor). A dossier made by layout 1 gets the
 *   same block appended below its used range on the next run, and the columns layout 2 added to
 *   its tables where those cells are empty (dossier-upgrade.ts); nothing typed moves.
 *
 * Grey (computed) cells inside sections 5, 8 and 11 are the add-in's: every run rewrites their
 * formulas over the rows the tables have now, so rows a manager inserted get them too.
 */
import type { CellValue } from "../engine/types";
import { translate, type Lang, type Translations } from "../i18n/core";
import { ACTION_STATUS_VALUES, YES_NO_VALUES, ATTITUDE_VALUES, CHANNEL_VALUES, CONTACT_OUTCOME_VALUES, DOSSIER_SECTIONS, ENVIRONMENT_FIELDS, FOLLOW_UP_TEXT, GENERAL_FIELDS, HISTORY_OUTCOME_VALUES, LADDER_VALUES, OUR_VIEW_FIELDS, ROLE_VALUES, SATISFACTION_VALUES, TABLE_COLUMNS } from "../i18n/dossier";
import { columnLetters } from "../a1";
import { COLOURS, FORMATS } from "./layout/common";
import { PALETTE } from "../palette";
import { cellBlocks, type Rect, type CellStyle, type FormulaColours, type PlanValue, type SheetPlan } from "./plan";

/** Bumped when the template changes shape; stored in every dossier. */
export const DOSSIER_LAYOUT_VERSION = 2;

export const ANCHOR_PREFIX = "kam:";
export const ANCHOR_COLUMN = 0;
export const LABEL_COLUMN = 1;
export const VALUE_COLUMN = 2;
/** Tables use columns B..H; sections are headed across them. */
export const LAST_TABLE_COLUMN = 7;
/** Right-hand pair of the Figures section: labels in E, values in F. */
export const RIGHT_LABEL_COLUMN = 4;
export const RIGHT_VALUE_COLUMN = 5;

/** Row offsets from the Figures header (the "kam:figures" anchor). */
export const FIGURES = { title: -3, marker: -2, hint: -1, firstPair: 1, pairRows: 9, periodLabels: 11, periodValues: 12, yearEarlier: 13, meta: 14 } as const;
/** Where the Figures header sits in a new dossier. */
export const TEMPLATE_FIGURES_ROW = 3;

/** Columns of the meta row (hidden); the plan's figures of the data are kept here and shown by formulas, so every computed cell is a formula. */
export const META = { key: 1, lang: 2, created: 3, everKey: 4, version: 5, name: 6, yearToDate: 7, margin: 8 } as const;

export type ListId = "role" | "attitude" | "historyOutcome" | "channel" | "contactOutcome" | "ladder" | "satisfaction" | "actionStatus" | "yesNo";
/** The lists written in the hidden rows under the Figures section (layout 1 and 2). */
export const LIST_ORDER: readonly ListId[] = ["role", "attitude", "historyOutcome", "channel", "contactOutcome", "ladder", "satisfaction"];
/** The lists of the extension block, in hidden rows at its top. */
export const EXTENSION_LISTS: readonly ListId[] = ["actionStatus", "yesNo"];
export const ALL_LISTS: readonly ListId[] = [...LIST_ORDER, ...EXTENSION_LISTS];
export const LIST_VALUES: Record<ListId, Record<string, Translations>> = {
  role: ROLE_VALUES,
  attitude: ATTITUDE_VALUES,
  historyOutcome: HISTORY_OUTCOME_VALUES,
  channel: CHANNEL_VALUES,
  contactOutcome: CONTACT_OUTCOME_VALUES,
  ladder: LADDER_VALUES,
  satisfaction: SATISFACTION_VALUES,
  actionStatus: ACTION_STATUS_VALUES,
  yesNo: YES_NO_VALUES,
};
/** A value's position in its list (where its cell is in the dossier's hidden list row). */
export const listIndex = <L extends ListId>(list: L, value: keyof (typeof LIST_VALUES)[L]): number => Object.keys(LIST_VALUES[list]).indexOf(value as string);
/**
 * The contacts rhythm of the Lithuanian article (seeds/002_c868e5470db36785.txt): a positive
 * contact at least every 10 days; after a negative one, 14 days without personal contact, urgent
 * matters going through the supportive members of the decision group.
 */
export const CONTACT_DAYS = { rhythm: 10, pause: 14 } as const;
/** The team's choices about the rhythm (saved with the workbook's settings). */
export interface DossierRules {
  /** A neutral contact resets the 10-day count as a positive one does (the article counts positive ones only). */
  neutralResets: boolean;
  /** Members of the decision group not contacted for longer than this many days are listed (KAM Health). */
  quietDays: number;
}
export const DEFAULT_DOSSIER_RULES: DossierRules = { neutralResets: false, quietDays: 30 };

/** Roles of the decision group who carry urgent matters during a pause. */
export const SUPPORTIVE_ROLES = ["sponsor", "advisor", "informant"] as const satisfies readonly (keyof typeof ROLE_VALUES)[];
export const REVIEW_MONTHS = 3;

export type SectionId = "general" | "environment" | "ourView" | "decisionGroup" | "history" | "competitors" | "contacts" | "position" | "review" | "plan" | "actions" | "reviews";

export type InputKind =
  | { kind: "text" }
  | { kind: "date" }
  | { kind: "whole"; min: number; max: number }
  | { kind: "number"; format: string }
  | { kind: "list"; list: ListId }
  /** A name from the decision group (its list is rewritten on every run over the rows the group has). */
  | { kind: "person" }
  /** Computed, rewritten on every run (dossier-figures.ts): the formulas of a table column or a figure of the data. */
  | { kind: "computed"; format: string }
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
  /** Labelled rows with one column per entry, the newest to the right (`columns` styled, more may follow). */
  grid?: { rows: Field[]; columns: number };
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
        // Layout 1 had a typed "Last contact" here; it stays as typed in those dossiers.
        { label: TABLE_COLUMNS.notes, input: TEXT },
        { label: TABLE_COLUMNS.lastContactLog, input: { kind: "computed", format: FORMATS.date } },
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
        // Layout 1 had "Next contact due" per row here: the first run of layout 2 rewrites it.
        { label: TABLE_COLUMNS.pauseCheck, input: { kind: "computed", format: FORMATS.date } },
        { label: TABLE_COLUMNS.withWhom, input: { kind: "person" } },
        { label: TABLE_COLUMNS.topic, input: TEXT },
        { label: TABLE_COLUMNS.nextStep, input: TEXT },
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
  {
    id: "plan",
    title: DOSSIER_SECTIONS.plan,
    note: FOLLOW_UP_TEXT.planNote,
    fields: [
      { label: FOLLOW_UP_TEXT.planYear, input: { kind: "whole", min: 2000, max: 2100 } },
      { label: FOLLOW_UP_TEXT.revenueTarget, input: { kind: "number", format: FORMATS.money } },
      { label: FOLLOW_UP_TEXT.marginTarget, input: { kind: "number", format: FORMATS.percent } },
      { label: FOLLOW_UP_TEXT.actualRevenue, input: { kind: "computed", format: FORMATS.money } },
      { label: FOLLOW_UP_TEXT.actualMargin, input: { kind: "computed", format: FORMATS.percent } },
      { label: FOLLOW_UP_TEXT.revenueVsTarget, input: { kind: "computed", format: FORMATS.percent } },
    ],
  },
  {
    id: "actions",
    title: DOSSIER_SECTIONS.actions,
    note: FOLLOW_UP_TEXT.actionsNote,
    table: {
      rows: 8,
      columns: [
        { label: TABLE_COLUMNS.action, input: TEXT },
        { label: TABLE_COLUMNS.owner, input: TEXT },
        { label: TABLE_COLUMNS.due, input: DATE },
        { label: TABLE_COLUMNS.actionStatus, input: { kind: "list", list: "actionStatus" } },
      ],
    },
  },
  {
    id: "reviews",
    title: DOSSIER_SECTIONS.reviews,
    note: FOLLOW_UP_TEXT.reviewsNote,
    grid: {
      columns: 6,
      rows: [
        { label: FOLLOW_UP_TEXT.reviewDate, input: DATE },
        ...[FOLLOW_UP_TEXT.qCriticises, FOLLOW_UP_TEXT.qEnjoys, FOLLOW_UP_TEXT.qAnswers, FOLLOW_UP_TEXT.qExpects, FOLLOW_UP_TEXT.qCompetitors, FOLLOW_UP_TEXT.qHelp].map((label): Field => ({ label, input: { kind: "list", list: "yesNo" } })),
        { label: FOLLOW_UP_TEXT.suggestedRung, input: { kind: "computed", format: "General" } },
        { label: FOLLOW_UP_TEXT.satisfaction, input: { kind: "list", list: "satisfaction" } },
        { label: FOLLOW_UP_TEXT.complaints, input: TEXT },
      ],
    },
  },
];
/** The sections of layout 1 (sections 2-10); the extension block follows them. */
export const EXTENSION_SECTIONS: readonly SectionId[] = ["plan", "actions", "reviews"];
export const BASE_SECTIONS = SECTIONS.filter((section) => !EXTENSION_SECTIONS.includes(section.id));

/** Table columns (0-based within the table, which starts at column B). */
export const CONTACT = { date: 0, channel: 1, outcome: 2, check: 3, person: 4, topic: 5, nextStep: 6 } as const;
export const MEMBER = { name: 0, position: 1, role: 2, attitude: 3, influence: 4, notes: 5, lastContact: 6 } as const;
export const HISTORY = { date: 0, outcome: 3 } as const;
export const ACTION = { text: 0, owner: 1, due: 2, status: 3 } as const;
/** Fields of the Account plan section, by position. */
export const PLAN = { year: 0, revenueTarget: 1, marginTarget: 2, actualRevenue: 3, actualMargin: 4, revenueVsTarget: 5 } as const;
/** Rows of the reviews grid, by position. */
export const REVIEW = { date: 0, firstQuestion: 1, rung: 7, satisfaction: 8, complaints: 9 } as const;
/**
 * The answer to each perception question (Persian article, seeds/003_ff557412609fab83.txt) that
 * speaks for a closer relationship: not criticising our products, enjoying business talk with us,
 * answering quickly, expecting the best from us, keeping away from our competitors, expecting our
 * help. The article asks the questions and leaves the reading to the supplier; the add-in's
 * reading: 0-1 such answers suggest rung 1 (ordinary supplier), 2-3 rung 2, 4-5 rung 3, all 6 rung 4.
 */
export const FAVOURABLE_ANSWERS = ["no", "yes", "yes", "yes", "no", "yes"] as const;
/** The rung (1-4) that `favourable` answers suggest. */
export const rungOf = (favourable: number): number => (favourable <= 1 ? 1 : favourable <= 3 ? 2 : favourable <= 5 ? 3 : 4);

/** Fields of section 9, by position. */
export const POSITION = { ladder: 0, satisfaction: 1, complaints: 2 } as const;

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
/** The decision group's influence by attitude: its figures beside the group's table (columns J-K), its chart to their right. */
export const GROUP_CHART_NAME = "KAM Decision group";
export const ATTITUDE_BLOCK_COLUMN = LAST_TABLE_COLUMN + 2;
/** Charts each run replaces. */
export const DOSSIER_CHARTS = [CHART_NAME, GROUP_CHART_NAME] as const;

export interface DossierRows {
  figures: number;
  meta: number;
  lists: Record<ListId, number>;
  sections: Record<SectionId, number>;
  /** The row of the end anchor, after the last section. */
  end: number;
  /** A layout-1 dossier: its extension block is still to be written, from this row (dossier-upgrade.ts). */
  upgradeFrom: number | null;
}

export const anchorText = (id: string): string => ANCHOR_PREFIX + id;

/** Rows of the extension block written from row `from`: its hidden list row, sections 11 and 12, the end anchor. */
function extensionRows(from: number): Pick<DossierRows, "end"> & { lists: Partial<Record<ListId, number>>; sections: Partial<Record<SectionId, number>> } {
  const sections: Partial<Record<SectionId, number>> = {};
  const lists: Partial<Record<ListId, number>> = {};
  EXTENSION_LISTS.forEach((id, index) => (lists[id] = from + index));
  let row = from + EXTENSION_LISTS.length;
  for (const section of SECTIONS.filter((spec) => EXTENSION_SECTIONS.includes(spec.id))) {
    sections[section.id] = row;
    row += sectionHeight(section) + 1;
  }
  return { lists, sections, end: row };
}

/** Rows of a new dossier. */
export function templateRows(): DossierRows {
  const figures = TEMPLATE_FIGURES_ROW;
  const meta = figures + FIGURES.meta;
  const lists = {} as Record<ListId, number>;
  LIST_ORDER.forEach((id, index) => (lists[id] = meta + 1 + index));
  const sections = {} as Record<SectionId, number>;
  let row = meta + 1 + LIST_ORDER.length + 1;
  for (const section of BASE_SECTIONS) {
    sections[section.id] = row;
    row += sectionHeight(section) + 1;
  }
  const extension = extensionRows(row);
  return { figures, meta, lists: { ...lists, ...extension.lists }, sections: { ...sections, ...extension.sections }, end: extension.end, upgradeFrom: null };
}

export function sectionHeight(section: SectionSpec): number {
  const note = section.note ? 1 : 0;
  if (section.table) return 1 + note + 1 + section.table.rows;
  return 1 + note + (section.fields ?? section.grid?.rows ?? []).length;
}

/** First row of a section's content: field rows, or a table's header row. */
export function contentRow(section: SectionSpec, headerRow: number): number {
  return headerRow + 1 + (section.note ? 1 : 0);
}

/**
 * Rows found from the anchors in column A (values of A1:A<n>, n the used rows); null when it is
 * not a dossier or its anchors are damaged. A layout-1 dossier (no extension block yet) gets the
 * rows its block will have once appended one blank row below the used range.
 */
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
  const sections = {} as Record<SectionId, number>;
  for (const id of LIST_ORDER) {
    const row = at(`list:${id}`);
    if (row === undefined) return null;
    lists[id] = row;
  }
  for (const section of BASE_SECTIONS) {
    const row = at(section.id);
    if (row === undefined) return null;
    sections[section.id] = row;
  }
  const extensionAnchors = [...EXTENSION_LISTS.map((id) => `list:${id}`), ...EXTENSION_SECTIONS, "end"].map(at);
  if (extensionAnchors.every((row) => row === undefined)) {
    const from = columnA.length + 1;
    const extension = extensionRows(from);
    return { figures, meta, lists: { ...lists, ...extension.lists }, sections: { ...sections, ...extension.sections }, end: extension.end, upgradeFrom: from };
  }
  if (extensionAnchors.some((row) => row === undefined)) return null;
  const extension = extensionAnchors as number[];
  EXTENSION_LISTS.forEach((id, index) => (lists[id] = extension[index]));
  EXTENSION_SECTIONS.forEach((id, index) => (sections[id] = extension[EXTENSION_LISTS.length + index]));
  return { figures, meta, lists, sections, end: extension[extension.length - 1], upgradeFrom: null };
}

/** Data rows of a table section as they are now: from below its header row to the next anchor (a section or the end). */
export function tableRowSpan(rows: DossierRows, id: SectionId): { first: number; last: number } {
  const section = SECTIONS.find((spec) => spec.id === id) as SectionSpec;
  const header = rows.sections[id];
  const first = contentRow(section, header) + 1;
  const below = [...Object.values(rows.sections), rows.end].filter((row) => row > header);
  // The blank row before the next section belongs to the span too: a row typed there counts.
  const last = Math.min(...below) - 1;
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
export type RightPair = "recency" | "frequency" | "rfm" | "segment" | "asOf" | "nextReview" | "nextContact" | "pausedUntil" | "urgentVia";
export const LEFT_PAIRS: readonly LeftPair[] = ["manager", "measure", "share", "rank", "abcxyz", "dependency", "keyType", "status", "lastPurchase"];
export const RIGHT_PAIRS: readonly RightPair[] = ["recency", "frequency", "rfm", "segment", "asOf", "nextReview", "nextContact", "pausedUntil", "urgentVia"];

/** Columns a read-back needs: A..H, and the reviews grid's first 12 entries (C..N). */
export const READ_COLUMNS = VALUE_COLUMN + 12;

/** Input cells a manager fills, for tests and for "go to" links: section -> its input area now. */
export function inputAreas(rows: DossierRows): Record<SectionId, Rect> {
  const areas = {} as Record<SectionId, Rect>;
  SECTIONS.forEach((section) => {
    if (section.table) {
      const { first, last } = tableRowSpan(rows, section.id);
      // The blank separator row is not pre-styled input; areas stop at the styled rows.
      const end = last - 1;
      areas[section.id] = { row: first, column: LABEL_COLUMN, rowCount: Math.max(1, end - first + 1), columnCount: section.table.columns.length };
    } else if (section.grid) {
      areas[section.id] = { row: fieldRow(rows, section.id, 0), column: VALUE_COLUMN, rowCount: section.grid.rows.length, columnCount: section.grid.columns };
    } else {
      areas[section.id] = { row: fieldRow(rows, section.id, 0), column: VALUE_COLUMN, rowCount: section.fields?.length ?? 0, columnCount: 1 };
    }
  });
  return areas;
}

/** Whether a section's field (by position) or table column (by position) is computed, not typed. */
export function isComputed(id: SectionId, index: number): boolean {
  const section = SECTIONS.find((spec) => spec.id === id) as SectionSpec;
  const input = section.table ? section.table.columns[index]?.input : (section.fields ?? section.grid?.rows)?.[index]?.input;
  return input?.kind === "computed" || input?.kind === "nextReview";
}
