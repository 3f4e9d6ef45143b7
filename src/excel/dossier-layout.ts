/**
 * The dossier sheet of one client, as plain data (no Excel): where every section sits, what the
 * template holds, what the Figures section shows, and how a dossier is read back.
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
import type { CellValue, ClassifyResult, ClientResult, Measure } from "../engine/types";
import { LANGUAGES, RTL_LANGUAGES, translate, type Lang, type Translations } from "../i18n/core";
import {
  ATTITUDE_VALUES,
  CHANNEL_VALUES,
  CONTACT_OUTCOME_VALUES,
  DOSSIER_SECTIONS,
  DOSSIER_TEXT,
  ENVIRONMENT_FIELDS,
  FIGURE_LABELS,
  FOLLOW_UP_TEXT,
  GENERAL_FIELDS,
  HISTORY_OUTCOME_VALUES,
  LADDER_VALUES,
  OUR_VIEW_FIELDS,
  ROLE_VALUES,
  SATISFACTION_VALUES,
  TABLE_COLUMNS,
  VALIDATION_TEXT,
} from "../i18n/dossier";
import { COLUMN_TEXTS, DEPENDENCY_TEXTS, KEY_TYPE_TEXTS, SEGMENT_TEXTS, STATUS_TEXTS, SUMMARY_TEXTS } from "../i18n/sheets";
import { columnLetters } from "./host";
import { COLOURS, FORMATS, longestText } from "./layout/common";
import { cellBlocks, emptyPlan, type Area, type CellStyle, type FormulaColours, type PlanValue, type SheetPlan, widthForCharacters } from "./plan";

/** Bumped when the template changes shape; stored in every dossier. */
const DOSSIER_LAYOUT_VERSION = 1;

const ANCHOR_PREFIX = "kam:";
const ANCHOR_COLUMN = 0;
const LABEL_COLUMN = 1;
const VALUE_COLUMN = 2;
/** Tables use columns B..G; sections are headed across them. */
const LAST_TABLE_COLUMN = 6;
/** Right-hand pair of the Figures section: labels in E, values in F. */
const RIGHT_LABEL_COLUMN = 4;
const RIGHT_VALUE_COLUMN = 5;

/** Row offsets from the Figures header (the "kam:figures" anchor). */
const FIGURES = { title: -3, marker: -2, hint: -1, firstPair: 1, pairRows: 9, periodLabels: 11, periodValues: 12, meta: 14 } as const;
/** Where the Figures header sits in a new dossier. */
const TEMPLATE_FIGURES_ROW = 3;

/** Columns of the meta row (hidden). */
const META = { key: 1, lang: 2, created: 3, everKey: 4, version: 5, name: 6 } as const;

export type ListId = "role" | "attitude" | "historyOutcome" | "channel" | "contactOutcome" | "ladder" | "satisfaction";
const LIST_ORDER: readonly ListId[] = ["role", "attitude", "historyOutcome", "channel", "contactOutcome", "ladder", "satisfaction"];
const LIST_VALUES: Record<ListId, Record<string, Translations>> = {
  role: ROLE_VALUES,
  attitude: ATTITUDE_VALUES,
  historyOutcome: HISTORY_OUTCOME_VALUES,
  channel: CHANNEL_VALUES,
  contactOutcome: CONTACT_OUTCOME_VALUES,
  ladder: LADDER_VALUES,
  satisfaction: SATISFACTION_VALUES,
};
/** The contact outcome that earns the 2-week pause, by its position in the list. */
const NEGATIVE_OUTCOME_INDEX = Object.keys(CONTACT_OUTCOME_VALUES).indexOf("negative");
export const CONTACT_DAYS = { afterPositiveOrNeutral: 10, afterNegative: 14 } as const;
export const REVIEW_MONTHS = 3;

export type SectionId = "general" | "environment" | "ourView" | "decisionGroup" | "history" | "competitors" | "contacts" | "position" | "review";

type InputKind =
  | { kind: "text" }
  | { kind: "date" }
  | { kind: "whole"; min: number; max: number }
  | { kind: "list"; list: ListId }
  /** Computed: next contact due of the contact on this row. */
  | { kind: "contactDue" }
  /** Computed: last reviewed + 3 months. */
  | { kind: "nextReview" };

interface Field {
  label: Translations;
  input: InputKind;
}

interface SectionSpec {
  id: SectionId;
  title: Translations;
  note?: Translations;
  /** Label / input pairs, one per row. */
  fields?: Field[];
  /** A table: column headers, then `rows` empty input rows. */
  table?: { columns: Field[]; rows: number };
}

const TEXT: InputKind = { kind: "text" };
const DATE: InputKind = { kind: "date" };
const textFields = (labels: Record<string, Translations>): Field[] => Object.values(labels).map((label) => ({ label, input: TEXT }));

const SECTIONS: readonly SectionSpec[] = [
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
const CONTACT_DATE = 0;
const CONTACT_OUTCOME = 2;

// ---------------------------------------------------------------------------------------------
// Plans: a dossier is written through the one plan format of every sheet (plan.ts, write.ts)

export type { Area };

/** One cell while a plan is laid out: `text` is written as text (never a formula or number), `formula` as a formula. */
type PlannedCell =
  | { row: number; column: number; text: string; format?: string }
  | { row: number; column: number; number: number; format?: string }
  | { row: number; column: number; boolean: boolean }
  | { row: number; column: number; formula: string; format?: string }
  | { row: number; column: number; empty: true; format?: string };

function planValue(cell: PlannedCell): PlanValue {
  if ("text" in cell) return cell.text === "" ? null : cell.text;
  if ("number" in cell) return cell.number;
  if ("boolean" in cell) return cell.boolean;
  if ("formula" in cell) return { formula: cell.formula };
  return null;
}

/** The cells as the plan's blocks, each cell with its number format. */
function blocksOf(cells: readonly PlannedCell[]): SheetPlan["blocks"] {
  return cellBlocks(cells.map((cell) => ({ row: cell.row, column: cell.column, value: planValue(cell), format: "format" in cell ? (cell.format ?? null) : null })));
}

/** The Figures section of one run, and what of an older run's section must go first. */
export interface DossierFigures {
  plan: SheetPlan;
  /** The two rows of sales per period: cells right of `firstFreeColumn` are cleared. */
  periodRows: Area;
  firstFreeColumn: number;
}

export const OVERDUE_STYLE = { fill: "#FFC7CE", fontColor: "#9C0006" } as const;
const COMPUTED_FILL = "#F2F2F2";
const LABEL_FONT = "#595959";
const NOTE_FONT = "#7F7F7F";
const MARKER_FONT = "#C00000";
export const CHART_NAME = "KAM Sales by period";

// ---------------------------------------------------------------------------------------------
// Where things are

export interface DossierRows {
  figures: number;
  meta: number;
  lists: Record<ListId, number>;
  sections: Record<SectionId, number>;
}

const anchorText = (id: string): string => ANCHOR_PREFIX + id;

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

function sectionHeight(section: SectionSpec): number {
  const note = section.note ? 1 : 0;
  if (section.table) return 1 + note + 1 + section.table.rows;
  return 1 + note + (section.fields?.length ?? 0);
}

/** Rows a portrait page holds at 100% (A4 or Letter, 15 pt rows, Excel's normal margins), less the repeated title. */
const PRINT_PAGE_ROWS = 44;

/**
 * Page breaks of a dossier: the figures on the first page, then whole sections packed onto pages
 * (a section starts a new page when it would not fit on the current one). Scaled to one page wide
 * a page only holds more, so each stretch still fits on one page.
 */
function printBreaks(rows: DossierRows): number[] {
  const breaks: number[] = [];
  let used = PRINT_PAGE_ROWS;
  for (const section of SECTIONS) {
    const height = sectionHeight(section) + 1;
    if (used + height > PRINT_PAGE_ROWS) {
      breaks.push(rows.sections[section.id]);
      used = 1;
    }
    used += height;
  }
  return breaks;
}

/**
 * The dossier's own columns (labels to the last table column) down to its last section: the
 * sales per period run far to the right (one column a period) and the chart sits beside the
 * figures, so fitting them on one page wide would shrink every page to a few points. They stay
 * on screen.
 */
function printArea(rows: DossierRows): Area {
  const last = SECTIONS[SECTIONS.length - 1];
  return { row: 0, column: 0, rows: rows.sections[last.id] + sectionHeight(last), columns: LAST_TABLE_COLUMN + 1 };
}

/** First row of a section's content: field rows, or a table's header row. */
function contentRow(section: SectionSpec, headerRow: number): number {
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
function tableRowSpan(rows: DossierRows, id: SectionId): { first: number; last: number } {
  const index = SECTIONS.findIndex((section) => section.id === id);
  const section = SECTIONS[index];
  const first = contentRow(section, rows.sections[id]) + 1;
  const next = SECTIONS[index + 1];
  // The blank row before the next section belongs to the span too: a row typed there counts.
  const last = next ? rows.sections[next.id] - 1 : first + (section.table?.rows ?? 1) - 1;
  return { first, last: Math.max(first, last) };
}

function fieldRow(rows: DossierRows, id: SectionId, fieldIndex: number): number {
  const section = SECTIONS.find((spec) => spec.id === id) as SectionSpec;
  return contentRow(section, rows.sections[id]) + fieldIndex;
}

const cellRef = (row: number, column: number, absolute = false): string =>
  absolute ? `$${columnLetters(column)}$${row + 1}` : `${columnLetters(column)}${row + 1}`;
const rangeRef = (first: number, last: number, column: number): string => `${columnLetters(column)}${first + 1}:${columnLetters(column)}${last + 1}`;

/** The cells other sheets read: next review and next contact due in the Figures section. */
export function summaryCells(rows: DossierRows): { nextReview: { row: number; column: number }; nextContact: { row: number; column: number } } {
  const first = rows.figures + FIGURES.firstPair;
  return {
    nextReview: { row: first + RIGHT_PAIRS.indexOf("nextReview"), column: RIGHT_VALUE_COLUMN },
    nextContact: { row: first + RIGHT_PAIRS.indexOf("nextContact"), column: RIGHT_VALUE_COLUMN },
  };
}

// ---------------------------------------------------------------------------------------------
// The template: everything except the figures, written once when the dossier is created

export interface DossierMeta {
  key: string;
  lang: Lang;
  /** Excel serial of the day the dossier was created. */
  created: number;
}

/** The template of a new dossier (everything but the Figures section), for the sheet `sheet` (registry id and name). */
export function dossierTemplate(meta: DossierMeta, sheet: { id: string; name: string }): SheetPlan {
  const lang = meta.lang;
  const t = (entry: Translations) => translate(entry, lang);
  const rows = templateRows();
  // Persian dossiers: cells read right to left (the API cannot flip a whole sheet).
  const plan = emptyPlan(sheet.id, sheet.name, RTL_LANGUAGES.has(lang));
  plan.hiddenColumns.push(ANCHOR_COLUMN);
  plan.print = { orientation: "Portrait", titleRows: { row: 0, rows: 1 }, breaksBefore: printBreaks(rows), area: printArea(rows) };
  const cells: PlannedCell[] = [];
  const { styles } = plan;
  // Column A is hidden; its anchors are also small and grey for hosts that show hidden columns.
  const anchor = (row: number, id: string) => {
    cells.push({ row, column: ANCHOR_COLUMN, text: anchorText(id), format: GENERAL });
    styles.push({ area: { row, column: ANCHOR_COLUMN, rows: 1, columns: 1 }, style: { fontColor: NOTE_FONT, fontSize: 8 } });
  };
  const wide = (row: number, rowsCount = 1): Area => ({ row, column: LABEL_COLUMN, rows: rowsCount, columns: LAST_TABLE_COLUMN - LABEL_COLUMN + 1 });

  anchor(0, "dossier");
  anchor(rows.figures, "figures");
  anchor(rows.meta, "meta");
  cells.push(
    { row: rows.meta, column: META.key, text: meta.key, format: GENERAL },
    { row: rows.meta, column: META.lang, text: lang, format: GENERAL },
    { row: rows.meta, column: META.created, number: meta.created, format: FORMATS.date },
    { row: rows.meta, column: META.version, number: DOSSIER_LAYOUT_VERSION },
  );
  for (const id of LIST_ORDER) {
    anchor(rows.lists[id], `list:${id}`);
    listValues(id, lang).forEach((value, index) => cells.push({ row: rows.lists[id], column: LABEL_COLUMN + index, text: value, format: GENERAL }));
  }
  plan.hiddenRows.push({ row: rows.meta, column: 0, rows: 1 + LIST_ORDER.length, columns: 1 });

  // Look of the Figures block (its content is the figures plan).
  styles.push({ area: { row: rows.figures + FIGURES.title, column: LABEL_COLUMN, rows: 1, columns: 1 }, style: { bold: true, fontSize: 16 } });
  styles.push({ area: { row: rows.figures + FIGURES.marker, column: LABEL_COLUMN, rows: 1, columns: 1 }, style: { bold: true, fontColor: MARKER_FONT } });
  styles.push({ area: { row: rows.figures + FIGURES.hint, column: LABEL_COLUMN, rows: 1, columns: 1 }, style: { italic: true, fontColor: NOTE_FONT } });
  styles.push({ area: wide(rows.figures), style: HEADER_STYLE });
  const pairs = rows.figures + FIGURES.firstPair;
  styles.push({ area: { row: pairs, column: LABEL_COLUMN, rows: FIGURES.pairRows, columns: 1 }, style: { fontColor: LABEL_FONT } });
  styles.push({ area: { row: pairs, column: RIGHT_LABEL_COLUMN, rows: RIGHT_PAIRS.length, columns: 1 }, style: { fontColor: LABEL_FONT } });
  styles.push({ area: { row: pairs, column: VALUE_COLUMN, rows: LEFT_PAIRS.length, columns: 1 }, style: { fill: COMPUTED_FILL, border: true } });
  styles.push({ area: { row: pairs, column: RIGHT_VALUE_COLUMN, rows: RIGHT_PAIRS.length, columns: 1 }, style: { fill: COMPUTED_FILL, border: true } });
  const summary = summaryCells(rows);
  for (const cell of [summary.nextReview, summary.nextContact]) plan.formulaColours.push(overdue({ row: cell.row, column: cell.column, rows: 1, columns: 1 }));

  for (const section of SECTIONS) {
    const header = rows.sections[section.id];
    anchor(header, section.id);
    cells.push({ row: header, column: LABEL_COLUMN, text: t(section.title), format: GENERAL });
    styles.push({ area: wide(header), style: HEADER_STYLE });
    if (section.note) {
      cells.push({ row: header + 1, column: LABEL_COLUMN, text: t(section.note), format: GENERAL });
      styles.push({ area: { row: header + 1, column: LABEL_COLUMN, rows: 1, columns: 1 }, style: { italic: true, fontColor: NOTE_FONT } });
    }
    const first = contentRow(section, header);
    section.fields?.forEach((field, index) => {
      const row = first + index;
      cells.push({ row, column: LABEL_COLUMN, text: t(field.label), format: GENERAL });
      styles.push({ area: { row, column: LABEL_COLUMN, rows: 1, columns: 1 }, style: { fontColor: LABEL_FONT } });
      addInput(plan, cells, rows, field.input, { row, column: VALUE_COLUMN, rows: 1, columns: 1 }, lang);
    });
    if (section.table) {
      const { columns, rows: count } = section.table;
      columns.forEach((column, index) => cells.push({ row: first, column: LABEL_COLUMN + index, text: t(column.label), format: GENERAL }));
      styles.push({ area: { row: first, column: LABEL_COLUMN, rows: 1, columns: columns.length }, style: { bold: true, fill: COLOURS.section, border: true, wrap: true } });
      columns.forEach((column, index) => addInput(plan, cells, rows, column.input, { row: first + 1, column: LABEL_COLUMN + index, rows: count, columns: 1 }, lang));
    }
  }

  plan.columnWidths.push(
    { column: LABEL_COLUMN, width: 190 },
    { column: VALUE_COLUMN, width: 150 },
    { column: 3, width: 130 },
    { column: RIGHT_LABEL_COLUMN, width: 150 },
    { column: RIGHT_VALUE_COLUMN, width: 110 },
    { column: LAST_TABLE_COLUMN, width: 110 },
  );
  plan.blocks = blocksOf(cells);
  return plan;
}

/** Text cells keep General: the writer puts an apostrophe before text, so it stays text in any format. */
const GENERAL = "General";
const HEADER_STYLE: CellStyle = { bold: true, fontSize: 12, fill: COLOURS.header, fontColor: COLOURS.headerFont };
const INPUT_STYLE: CellStyle = { fill: COLOURS.input, border: true, locked: false };
const COMPUTED_STYLE: CellStyle = { fill: COMPUTED_FILL, border: true };

/** Red from the day after a date in the area's top-left cell has passed. */
export function overdue(area: Area): FormulaColours {
  const cell = cellRef(area.row, area.column);
  return { area, formula: `=AND(ISNUMBER(${cell}),${cell}<TODAY())`, ...OVERDUE_STYLE };
}

/** Styles, validation and (for computed columns) formulas of one input column or field. */
function addInput(plan: SheetPlan, cells: PlannedCell[], rows: DossierRows, input: InputKind, area: Area, lang: Lang): void {
  const t = (entry: Translations) => translate(entry, lang);
  switch (input.kind) {
    case "text":
      plan.styles.push({ area, style: { ...INPUT_STYLE, wrap: true } });
      return;
    case "date":
      plan.styles.push({ area, style: INPUT_STYLE });
      for (let r = 0; r < area.rows; r++) cells.push({ row: area.row + r, column: area.column, empty: true, format: FORMATS.date });
      plan.validations.push({ area, kind: "date", title: t(VALIDATION_TEXT.dateTitle), message: t(VALIDATION_TEXT.dateMessage) });
      return;
    case "whole":
      plan.styles.push({ area, style: INPUT_STYLE });
      plan.validations.push({ area, kind: "whole", min: input.min, max: input.max, title: t(TABLE_COLUMNS.influence), message: t(VALIDATION_TEXT.influenceMessage) });
      return;
    case "list": {
      plan.styles.push({ area, style: INPUT_STYLE });
      const count = Object.keys(LIST_VALUES[input.list]).length;
      const source: Area = { row: rows.lists[input.list], column: LABEL_COLUMN, rows: 1, columns: count };
      plan.validations.push({ area, kind: "list-range", source, title: t(VALIDATION_TEXT.listTitle), message: t(VALIDATION_TEXT.listMessage) });
      return;
    }
    case "contactDue": {
      plan.styles.push({ area, style: COMPUTED_STYLE });
      const negative = cellRef(rows.lists.contactOutcome, LABEL_COLUMN + NEGATIVE_OUTCOME_INDEX, true);
      for (let r = 0; r < area.rows; r++) {
        const row = area.row + r;
        const date = cellRef(row, LABEL_COLUMN + CONTACT_DATE);
        const outcome = cellRef(row, LABEL_COLUMN + CONTACT_OUTCOME);
        cells.push({
          row,
          column: area.column,
          formula: `=IF(${date}="","",${date}+IF(${outcome}=${negative},${CONTACT_DAYS.afterNegative},${CONTACT_DAYS.afterPositiveOrNeutral}))`,
          format: FORMATS.date,
        });
      }
      return;
    }
    case "nextReview": {
      plan.styles.push({ area, style: COMPUTED_STYLE });
      const lastReviewed = cellRef(area.row - 1, area.column);
      const created = cellRef(rows.meta, META.created, true);
      cells.push({ row: area.row, column: area.column, formula: `=EDATE(IF(ISNUMBER(${lastReviewed}),${lastReviewed},${created}),${REVIEW_MONTHS})`, format: FORMATS.date });
      plan.formulaColours.push(overdue(area));
      return;
    }
  }
}

/** A list's values in the dossier's language, in list order. */
export function listValues(id: ListId, lang: Lang): string[] {
  return Object.values(LIST_VALUES[id]).map((entry) => translate(entry, lang));
}

// ---------------------------------------------------------------------------------------------
// The Figures section, rewritten on every run

type LeftPair = "manager" | "measure" | "share" | "rank" | "abcxyz" | "dependency" | "keyType" | "status" | "lastPurchase";
type RightPair = "recency" | "frequency" | "rfm" | "segment" | "asOf" | "nextReview" | "nextContact";
const LEFT_PAIRS: readonly LeftPair[] = ["manager", "measure", "share", "rank", "abcxyz", "dependency", "keyType", "status", "lastPurchase"];
const RIGHT_PAIRS: readonly RightPair[] = ["recency", "frequency", "rfm", "segment", "asOf", "nextReview", "nextContact"];

/** How the dossier stands this run. */
export type DossierMarker = "key" | "picked" | "no-longer-key" | "not-in-data";

export interface FiguresInput {
  /** The client's figures; null when the client is not in this run's data (figures left blank). */
  client: ClientResult | null;
  /** Name shown in the title when the client is not in the data. */
  clientName: string;
  result: ClassifyResult;
  measure: Measure;
  lang: Lang;
  marker: DossierMarker;
  /** Whether the client has ever been key (kept in the dossier; "no longer key" needs it). */
  everKey: boolean;
}

/** The Figures section of a dossier (rows `rows`) on the sheet `sheet`. */
export function dossierFigures(input: FiguresInput, rows: DossierRows, sheet: { id: string; name: string }): DossierFigures {
  const { client, result, lang } = input;
  const t = (entry: Translations) => translate(entry, lang);
  const cells: PlannedCell[] = [];
  const at = (offset: number) => rows.figures + offset;
  cells.push({ row: at(FIGURES.title), column: LABEL_COLUMN, text: translate(DOSSIER_TEXT.title, lang, { client: client?.client ?? input.clientName }), format: GENERAL });
  const marker = input.marker === "no-longer-key" ? t(DOSSIER_TEXT.noLongerKey) : input.marker === "not-in-data" ? `${t(DOSSIER_TEXT.noLongerKey)}: ${t(DOSSIER_TEXT.notInData)}` : "";
  cells.push({ row: at(FIGURES.marker), column: LABEL_COLUMN, text: marker, format: GENERAL });
  cells.push({ row: at(FIGURES.hint), column: LABEL_COLUMN, text: t(DOSSIER_TEXT.hint), format: GENERAL });
  cells.push({ row: rows.meta, column: META.everKey, boolean: input.everKey }, { row: rows.meta, column: META.name, text: client?.client ?? input.clientName, format: GENERAL });
  cells.push({ row: at(0), column: LABEL_COLUMN, text: t(DOSSIER_SECTIONS.figures), format: GENERAL });

  const first = at(FIGURES.firstPair);
  const value = (row: number, column: number, content: string | number | null | undefined, format: string): PlannedCell =>
    content === null || content === undefined || (typeof content === "number" && !Number.isFinite(content))
      ? { row, column, empty: true, format }
      : typeof content === "number"
        ? { row, column, number: content, format }
        : { row, column, text: content, format: GENERAL };

  LEFT_PAIRS.forEach((pair, index) => {
    const row = first + index;
    const [label, content, format] = leftPair(pair, client, input.measure, lang);
    cells.push({ row, column: LABEL_COLUMN, text: label, format: GENERAL }, value(row, VALUE_COLUMN, content, format));
  });
  const summary = summaryCells(rows);
  RIGHT_PAIRS.forEach((pair, index) => {
    const row = first + index;
    let cell: PlannedCell;
    if (pair === "nextReview") cell = { ...summary.nextReview, formula: nextReviewSummaryFormula(rows), format: FORMATS.date };
    else if (pair === "nextContact") cell = { ...summary.nextContact, formula: nextContactFormula(rows), format: FORMATS.date };
    else {
      const [content, format] = rightPair(pair, client, result, lang);
      cell = value(row, RIGHT_VALUE_COLUMN, content, format);
    }
    cells.push({ row, column: RIGHT_LABEL_COLUMN, text: rightLabel(pair, lang), format: GENERAL }, cell);
  });

  // Sales per period, one column per period, to the right of the labels.
  const labelsRow = at(FIGURES.periodLabels);
  const valuesRow = at(FIGURES.periodValues);
  cells.push({ row: labelsRow, column: LABEL_COLUMN, text: t(SUMMARY_TEXTS.period), format: GENERAL });
  cells.push({ row: valuesRow, column: LABEL_COLUMN, text: t(COLUMN_TEXTS.revenue), format: GENERAL });
  const periods = result.periods;
  periods.forEach((period, index) => {
    const column = VALUE_COLUMN + index;
    cells.push({ row: labelsRow, column, text: period.label, format: GENERAL });
    cells.push(value(valuesRow, column, client ? (client.periodSums[index] ?? 0) : null, FORMATS.money));
  });
  // Only the section's own content: the template's print setup and right-to-left cells stay as they are.
  const plan = emptyPlan(sheet.id, sheet.name, false);
  plan.print = null;
  const styles = plan.styles;
  styles.push({ area: { row: labelsRow, column: LABEL_COLUMN, rows: 2, columns: 1 }, style: { fontColor: LABEL_FONT } });
  if (periods.length > 0) {
    styles.push({ area: { row: labelsRow, column: VALUE_COLUMN, rows: 1, columns: periods.length }, style: { bold: true, fill: COLOURS.section, border: true } });
    styles.push({ area: { row: valuesRow, column: VALUE_COLUMN, rows: 1, columns: periods.length }, style: { fill: COMPUTED_FILL, border: true } });
  }
  // Past the template's columns a period column has Excel's default width: sized to its sums, so they show, not ####.
  plan.columnWidths = periods.flatMap((period, index) => {
    const column = VALUE_COLUMN + index;
    if (column <= LAST_TABLE_COLUMN) return [];
    const characters = Math.max(period.label.length, longestText([[client ? (client.periodSums[index] ?? 0) : null]], 0, FORMATS.money));
    return [{ column, width: widthForCharacters(characters + 1) }];
  });
  if (periods.length > 0 && client) {
    plan.charts.push({
      type: "ColumnClustered",
      name: CHART_NAME,
      seriesBy: "Rows",
      title: t(FIGURE_LABELS.salesByPeriod),
      source: { row: labelsRow, column: LABEL_COLUMN, rows: 2, columns: periods.length + 1 },
      at: { row: rows.figures + 1, column: LAST_TABLE_COLUMN + 1, rows: FIGURES.pairRows, columns: 7 },
    });
  }
  plan.blocks = blocksOf(cells);
  return { plan, periodRows: { row: labelsRow, column: LABEL_COLUMN, rows: 2, columns: periods.length + 1 }, firstFreeColumn: VALUE_COLUMN + periods.length };
}

function leftPair(pair: LeftPair, client: ClientResult | null, measure: Measure, lang: Lang): [string, string | number | null, string] {
  const t = (entry: Translations) => translate(entry, lang);
  switch (pair) {
    case "manager":
      return [t(COLUMN_TEXTS.manager), client?.manager ?? null, GENERAL];
    case "measure":
      return [t(measure === "profit" ? COLUMN_TEXTS.profit : COLUMN_TEXTS.revenue), client?.measure ?? null, FORMATS.money];
    case "share":
      return [t(COLUMN_TEXTS.share), client?.share ?? null, FORMATS.percent];
    case "rank":
      return [t(COLUMN_TEXTS.rank), client?.rank ?? null, FORMATS.integer];
    case "abcxyz":
      return [t(COLUMN_TEXTS.abcxyz), client?.abcxyz ?? null, GENERAL];
    case "dependency":
      return [t(COLUMN_TEXTS.dependency), client ? t(DEPENDENCY_TEXTS[client.dependency]) : null, GENERAL];
    case "keyType":
      return [t(COLUMN_TEXTS.keyType), client?.keyType ? t(KEY_TYPE_TEXTS[client.keyType]) : null, GENERAL];
    case "status":
      return [t(COLUMN_TEXTS.status), client ? t(STATUS_TEXTS[client.status]) : null, GENERAL];
    case "lastPurchase":
      return [t(COLUMN_TEXTS.lastPurchase), client?.lastPurchase ?? null, FORMATS.date];
  }
}

function rightLabel(pair: RightPair, lang: Lang): string {
  const entry: Record<RightPair, Translations> = {
    recency: COLUMN_TEXTS.recencyDays,
    frequency: COLUMN_TEXTS.frequency,
    rfm: FIGURE_LABELS.rfm,
    segment: COLUMN_TEXTS.segment,
    asOf: SUMMARY_TEXTS.asOf,
    nextReview: FOLLOW_UP_TEXT.nextReview,
    nextContact: TABLE_COLUMNS.nextContactDue,
  };
  return translate(entry[pair], lang);
}

function rightPair(pair: Exclude<RightPair, "nextReview" | "nextContact">, client: ClientResult | null, result: ClassifyResult, lang: Lang): [string | number | null, string] {
  switch (pair) {
    case "recency":
      return [client?.recencyDays ?? null, FORMATS.integer];
    case "frequency":
      return [client?.frequency ?? null, FORMATS.integer];
    case "rfm":
      return [client ? `${client.r}-${client.f}-${client.m}` : null, GENERAL];
    case "segment":
      return [client ? translate(SEGMENT_TEXTS[client.segment], lang) : null, GENERAL];
    case "asOf":
      return [result.asOf, FORMATS.date];
  }
}

/** Next review, read from section 10 where it is now. */
function nextReviewSummaryFormula(rows: DossierRows): string {
  return `=${cellRef(fieldRow(rows, "review", 1), VALUE_COLUMN)}`;
}

/**
 * Next contact due, from the latest contact (the first row with the latest date): 14 days after a
 * negative outcome, else 10; with no contact yet, 10 days after the dossier was created. The
 * outcome is compared with the "negative" value written in this sheet's list, not with a
 * translation, so it keeps working whatever language the add-in runs in later.
 */
function nextContactFormula(rows: DossierRows): string {
  const { first, last } = tableRowSpan(rows, "contacts");
  const dates = rangeRef(first, last, LABEL_COLUMN + CONTACT_DATE);
  const outcomes = rangeRef(first, last, LABEL_COLUMN + CONTACT_OUTCOME);
  const negative = cellRef(rows.lists.contactOutcome, LABEL_COLUMN + NEGATIVE_OUTCOME_INDEX, true);
  const created = cellRef(rows.meta, META.created, true);
  const latest = `MAX(${dates})`;
  return (
    `=IF(COUNT(${dates})=0,${created}+${CONTACT_DAYS.afterPositiveOrNeutral},` +
    `${latest}+IF(INDEX(${outcomes},MATCH(${latest},${dates},0))=${negative},${CONTACT_DAYS.afterNegative},${CONTACT_DAYS.afterPositiveOrNeutral}))`
  );
}

// ---------------------------------------------------------------------------------------------
// Reading a dossier back

export interface ContactEntry {
  date: number;
  outcome: "positive" | "neutral" | "negative" | null;
  /** 0-based sheet row. */
  row: number;
}

export interface DossierReadBack {
  rows: DossierRows;
  key: string;
  lang: Lang;
  /** The client's name as last written. */
  name: string;
  created: number | null;
  everKey: boolean;
  lastReviewed: number | null;
  contacts: ContactEntry[];
}

/** Parses a dossier from the values of its columns A..G (row 0 = sheet row 1); null if it is not one. */
export function readDossier(values: readonly (readonly CellValue[])[]): DossierReadBack | null {
  const rows = rowsFromAnchors(values.map((row) => row[ANCHOR_COLUMN] ?? null));
  if (!rows) return null;
  const cell = (row: number, column: number): CellValue => values[row]?.[column] ?? null;
  const number = (v: CellValue): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
  const metaLang = String(cell(rows.meta, META.lang) ?? "");
  const lang: Lang = (LANGUAGES as readonly string[]).includes(metaLang) ? (metaLang as Lang) : "en";
  const outcomeNames = Object.keys(CONTACT_OUTCOME_VALUES) as ContactEntry["outcome"][];
  const outcomeTexts = outcomeNames.map((_, index) => normalised(cell(rows.lists.contactOutcome, LABEL_COLUMN + index)));
  const contacts: ContactEntry[] = [];
  const { first, last } = tableRowSpan(rows, "contacts");
  for (let row = first; row <= last; row++) {
    const date = number(cell(row, LABEL_COLUMN + CONTACT_DATE));
    if (date === null) continue;
    const index = outcomeTexts.indexOf(normalised(cell(row, LABEL_COLUMN + CONTACT_OUTCOME)));
    contacts.push({ date, outcome: index >= 0 && outcomeTexts[index] !== "" ? outcomeNames[index] : null, row });
  }
  const everKey = cell(rows.meta, META.everKey);
  return {
    rows,
    key: String(cell(rows.meta, META.key) ?? ""),
    lang,
    name: String(cell(rows.meta, META.name) ?? ""),
    created: number(cell(rows.meta, META.created)),
    everKey: everKey === true || (typeof everKey === "string" && everKey.toUpperCase() === "TRUE"),
    lastReviewed: number(cell(fieldRow(rows, "review", 0), VALUE_COLUMN)),
    contacts,
  };
}

/** Excel compares text case-insensitively; so does the read-back. */
function normalised(value: CellValue): string {
  return typeof value === "string" ? value.trim().toLowerCase() : "";
}

/** Columns a read-back needs (A..G). */
export const READ_COLUMNS = LAST_TABLE_COLUMN + 1;

/** Input cells a manager fills, for tests and for "go to" links: section -> its input area now. */
export function inputAreas(rows: DossierRows): Record<SectionId, Area> {
  const areas = {} as Record<SectionId, Area>;
  SECTIONS.forEach((section) => {
    if (section.table) {
      const { first, last } = tableRowSpan(rows, section.id);
      const next = SECTIONS[SECTIONS.indexOf(section) + 1];
      // The blank separator row is not pre-styled input; areas stop at the styled rows.
      const end = next ? last - 1 : last;
      areas[section.id] = { row: first, column: LABEL_COLUMN, rows: Math.max(1, end - first + 1), columns: section.table.columns.length };
    } else {
      areas[section.id] = { row: fieldRow(rows, section.id, 0), column: VALUE_COLUMN, rows: section.fields?.length ?? 0, columns: 1 };
    }
  });
  return areas;
}

// ---------------------------------------------------------------------------------------------
// Sheet names

const FORBIDDEN_IN_SHEET_NAMES = /[:\\/?*[\]]/g;
const MAX_SHEET_NAME = 31;
/** Names Excel keeps for itself. */
const RESERVED_SHEET_NAMES = new Set(["history"]);

/**
 * A sheet name for a client: forbidden characters replaced by "_", control characters dropped, at
 * most 31 characters (never splitting a surrogate pair), no apostrophe at either end, not
 * "History", not readable as a cell reference ("AB12" would break the references that find the
 * sheet), and unique case-insensitively among `taken` (a " (2)" suffix when two names collide).
 */
export function dossierSheetName(clientName: string, taken: Iterable<string>): string {
  let base = clientName
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .replace(FORBIDDEN_IN_SHEET_NAMES, "_")
    .trim();
  base = trimApostrophes(truncate(trimApostrophes(base), MAX_SHEET_NAME)).trim();
  if (base === "") base = "Client";
  if (RESERVED_SHEET_NAMES.has(base.toLowerCase()) || looksLikeCellReference(base)) base = truncate(base, MAX_SHEET_NAME - 1) + "_";
  const used = new Set(Array.from(taken, (name) => name.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = trimApostrophes(truncate(base, MAX_SHEET_NAME - suffix.length)).trimEnd() + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

function trimApostrophes(text: string): string {
  return text.replace(/^'+/, "").replace(/'+$/, "");
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  // Do not leave half of a surrogate pair at the end.
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

function looksLikeCellReference(name: string): boolean {
  return /^[A-Za-z]{1,3}\d{1,7}$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name) || /^[RrCc]$/.test(name);
}
