/** The Figures section of a dossier: the only part a run writes to again (layout: dossier-spec.ts). */
import type { ClassifyResult, ClientResult, Measure } from "../engine/types";
import { translate, type Lang, type Translations } from "../i18n/core";
import { DOSSIER_SECTIONS, DOSSIER_TEXT, FIGURE_LABELS, FOLLOW_UP_TEXT, TABLE_COLUMNS } from "../i18n/dossier";
import { COLUMN_TEXTS, DEPENDENCY_TEXTS, KEY_TYPE_TEXTS, SEGMENT_TEXTS, STATUS_TEXTS, SUMMARY_TEXTS } from "../i18n/sheets";
import { COLOURS, FORMATS, longestText } from "./layout/common";
import { emptyPlan, type Rect, type SheetPlan, widthForCharacters } from "./plan";
import { CHART_NAME, COMPUTED_FILL, CONTACT_DATE, CONTACT_DAYS, CONTACT_OUTCOME, type DossierRows, FIGURES, GENERAL, LABEL_COLUMN, LABEL_FONT, LAST_TABLE_COLUMN, LEFT_PAIRS, type LeftPair, META, NEGATIVE_OUTCOME_INDEX, type PlannedCell, RIGHT_LABEL_COLUMN, RIGHT_PAIRS, RIGHT_VALUE_COLUMN, type RightPair, VALUE_COLUMN, blocksOf, cellRef, fieldRow, rangeRef, summaryCells, tableRowSpan } from "./dossier-spec";

/** The Figures section of one run, and what of an older run's section must go first. */
export interface DossierFigures {
  plan: SheetPlan;
  /** The two rows of sales per period: cells right of `firstFreeColumn` are cleared. */
  periodRows: Rect;
  firstFreeColumn: number;
}

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
  styles.push({ area: { row: labelsRow, column: LABEL_COLUMN, rowCount: 2, columnCount: 1 }, style: { fontColor: LABEL_FONT } });
  if (periods.length > 0) {
    styles.push({ area: { row: labelsRow, column: VALUE_COLUMN, rowCount: 1, columnCount: periods.length }, style: { bold: true, fill: COLOURS.section, border: true } });
    styles.push({ area: { row: valuesRow, column: VALUE_COLUMN, rowCount: 1, columnCount: periods.length }, style: { fill: COMPUTED_FILL, border: true } });
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
      source: { row: labelsRow, column: LABEL_COLUMN, rowCount: 2, columnCount: periods.length + 1 },
      at: { row: rows.figures + 1, column: LAST_TABLE_COLUMN + 1, rowCount: FIGURES.pairRows, columnCount: 7 },
    });
  }
  plan.blocks = blocksOf(cells);
  return { plan, periodRows: { row: labelsRow, column: LABEL_COLUMN, rowCount: 2, columnCount: periods.length + 1 }, firstFreeColumn: VALUE_COLUMN + periods.length };
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
