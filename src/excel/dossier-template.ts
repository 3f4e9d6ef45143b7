/** The template of a new dossier: everything but the Figures section, written once when the dossier is created (layout: dossier-spec.ts). */
import { RTL_LANGUAGES, translate, type Lang, type Translations } from "../i18n/core";
import { TABLE_COLUMNS, VALIDATION_TEXT } from "../i18n/dossier";
import { COLOURS, FORMATS } from "./layout/common";
import { emptyPlan, type Rect, type SheetPlan } from "./plan";
import { ANCHOR_COLUMN, COMPUTED_FILL, COMPUTED_STYLE, CONTACT_DATE, CONTACT_DAYS, CONTACT_OUTCOME, DOSSIER_LAYOUT_VERSION, type DossierRows, FIGURES, GENERAL, HEADER_STYLE, INPUT_STYLE, type InputKind, LABEL_COLUMN, LABEL_FONT, LAST_TABLE_COLUMN, LEFT_PAIRS, LIST_ORDER, LIST_VALUES, MARKER_FONT, META, NEGATIVE_OUTCOME_INDEX, NOTE_FONT, type PlannedCell, REVIEW_MONTHS, RIGHT_LABEL_COLUMN, RIGHT_PAIRS, RIGHT_VALUE_COLUMN, SECTIONS, VALUE_COLUMN, anchorText, blocksOf, cellRef, contentRow, listValues, overdue, sectionHeight, summaryCells, templateRows } from "./dossier-spec";

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
function printArea(rows: DossierRows): Rect {
  const last = SECTIONS[SECTIONS.length - 1];
  return { row: 0, column: 0, rowCount: rows.sections[last.id] + sectionHeight(last), columnCount: LAST_TABLE_COLUMN + 1 };
}

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
    styles.push({ area: { row, column: ANCHOR_COLUMN, rowCount: 1, columnCount: 1 }, style: { fontColor: NOTE_FONT, fontSize: 8 } });
  };
  const wide = (row: number, rowsCount = 1): Rect => ({ row, column: LABEL_COLUMN, rowCount: rowsCount, columnCount: LAST_TABLE_COLUMN - LABEL_COLUMN + 1 });

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
  plan.hiddenRows.push({ row: rows.meta, column: 0, rowCount: 1 + LIST_ORDER.length, columnCount: 1 });

  // Look of the Figures block (its content is the figures plan).
  styles.push({ area: { row: rows.figures + FIGURES.title, column: LABEL_COLUMN, rowCount: 1, columnCount: 1 }, style: { bold: true, fontSize: 16 } });
  styles.push({ area: { row: rows.figures + FIGURES.marker, column: LABEL_COLUMN, rowCount: 1, columnCount: 1 }, style: { bold: true, fontColor: MARKER_FONT } });
  styles.push({ area: { row: rows.figures + FIGURES.hint, column: LABEL_COLUMN, rowCount: 1, columnCount: 1 }, style: { italic: true, fontColor: NOTE_FONT } });
  styles.push({ area: wide(rows.figures), style: HEADER_STYLE });
  const pairs = rows.figures + FIGURES.firstPair;
  styles.push({ area: { row: pairs, column: LABEL_COLUMN, rowCount: FIGURES.pairRows, columnCount: 1 }, style: { fontColor: LABEL_FONT } });
  styles.push({ area: { row: pairs, column: RIGHT_LABEL_COLUMN, rowCount: RIGHT_PAIRS.length, columnCount: 1 }, style: { fontColor: LABEL_FONT } });
  styles.push({ area: { row: pairs, column: VALUE_COLUMN, rowCount: LEFT_PAIRS.length, columnCount: 1 }, style: { fill: COMPUTED_FILL, border: true } });
  styles.push({ area: { row: pairs, column: RIGHT_VALUE_COLUMN, rowCount: RIGHT_PAIRS.length, columnCount: 1 }, style: { fill: COMPUTED_FILL, border: true } });
  const summary = summaryCells(rows);
  for (const cell of [summary.nextReview, summary.nextContact]) plan.formulaColours.push(overdue({ row: cell.row, column: cell.column, rowCount: 1, columnCount: 1 }));

  for (const section of SECTIONS) {
    const header = rows.sections[section.id];
    anchor(header, section.id);
    cells.push({ row: header, column: LABEL_COLUMN, text: t(section.title), format: GENERAL });
    styles.push({ area: wide(header), style: HEADER_STYLE });
    if (section.note) {
      cells.push({ row: header + 1, column: LABEL_COLUMN, text: t(section.note), format: GENERAL });
      styles.push({ area: { row: header + 1, column: LABEL_COLUMN, rowCount: 1, columnCount: 1 }, style: { italic: true, fontColor: NOTE_FONT } });
    }
    const first = contentRow(section, header);
    section.fields?.forEach((field, index) => {
      const row = first + index;
      cells.push({ row, column: LABEL_COLUMN, text: t(field.label), format: GENERAL });
      styles.push({ area: { row, column: LABEL_COLUMN, rowCount: 1, columnCount: 1 }, style: { fontColor: LABEL_FONT } });
      addInput(plan, cells, rows, field.input, { row, column: VALUE_COLUMN, rowCount: 1, columnCount: 1 }, lang);
    });
    if (section.table) {
      const { columns, rows: count } = section.table;
      columns.forEach((column, index) => cells.push({ row: first, column: LABEL_COLUMN + index, text: t(column.label), format: GENERAL }));
      styles.push({ area: { row: first, column: LABEL_COLUMN, rowCount: 1, columnCount: columns.length }, style: { bold: true, fill: COLOURS.section, border: true, wrap: true } });
      columns.forEach((column, index) => addInput(plan, cells, rows, column.input, { row: first + 1, column: LABEL_COLUMN + index, rowCount: count, columnCount: 1 }, lang));
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

/** Styles, validation and (for computed columns) formulas of one input column or field. */
function addInput(plan: SheetPlan, cells: PlannedCell[], rows: DossierRows, input: InputKind, area: Rect, lang: Lang): void {
  const t = (entry: Translations) => translate(entry, lang);
  switch (input.kind) {
    case "text":
      plan.styles.push({ area, style: { ...INPUT_STYLE, wrap: true } });
      return;
    case "date":
      plan.styles.push({ area, style: INPUT_STYLE });
      for (let r = 0; r < area.rowCount; r++) cells.push({ row: area.row + r, column: area.column, empty: true, format: FORMATS.date });
      plan.validations.push({ area, kind: "date", title: t(VALIDATION_TEXT.dateTitle), message: t(VALIDATION_TEXT.dateMessage) });
      return;
    case "whole":
      plan.styles.push({ area, style: INPUT_STYLE });
      plan.validations.push({ area, kind: "whole", min: input.min, max: input.max, title: t(TABLE_COLUMNS.influence), message: t(VALIDATION_TEXT.influenceMessage) });
      return;
    case "list": {
      plan.styles.push({ area, style: INPUT_STYLE });
      const count = Object.keys(LIST_VALUES[input.list]).length;
      const source: Rect = { row: rows.lists[input.list], column: LABEL_COLUMN, rowCount: 1, columnCount: count };
      plan.validations.push({ area, kind: "list-range", source, title: t(VALIDATION_TEXT.listTitle), message: t(VALIDATION_TEXT.listMessage) });
      return;
    }
    case "contactDue": {
      plan.styles.push({ area, style: COMPUTED_STYLE });
      const negative = cellRef(rows.lists.contactOutcome, LABEL_COLUMN + NEGATIVE_OUTCOME_INDEX, true);
      for (let r = 0; r < area.rowCount; r++) {
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
