/**
 * The template of a new dossier: everything but the Figures section, written once when the dossier
 * is created (layout: dossier-spec.ts); and the part of it a layout-1 dossier lacks, written once
 * into the empty cells where it goes (dossierUpgrade).
 */
import { RTL_LANGUAGES, translate, type Lang, type Translations } from "../i18n/core";
import { VALIDATION_TEXT } from "../i18n/dossier";
import { COLOURS, FORMATS } from "./layout/common";
import { emptyPlan, type Rect, type SheetPlan } from "./plan";
import { ANCHOR_COLUMN, BASE_SECTIONS, COMPUTED_FILL, COMPUTED_STYLE, CONTACT, DOSSIER_LAYOUT_VERSION, type DossierRows, EXTENSION_LISTS, EXTENSION_SECTIONS, FIGURES, GENERAL, HEADER_STYLE, INPUT_STYLE, type InputKind, LABEL_COLUMN, LABEL_FONT, LAST_TABLE_COLUMN, LEFT_PAIRS, LIST_ORDER, LIST_VALUES, type ListId, MARKER_FONT, MEMBER, META, NOTE_FONT, type PlannedCell, REVIEW_MONTHS, RIGHT_LABEL_COLUMN, RIGHT_PAIRS, RIGHT_VALUE_COLUMN, SECTIONS, type SectionSpec, VALUE_COLUMN, anchorText, blocksOf, cellRef, contentRow, listValues, overdue, summaryCells, tableRowSpan, templateRows } from "./dossier-spec";

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
  // In sheet order, each section as tall as it is now (to the next anchor): rows managers inserted count.
  const headers = SECTIONS.map((section) => ({ section, header: rows.sections[section.id] })).sort((a, b) => a.header - b.header);
  for (const [index, { section, header }] of headers.entries()) {
    const height = (headers[index + 1]?.header ?? rows.end) - header;
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
  return { row: 0, column: 0, rowCount: rows.end, columnCount: LAST_TABLE_COLUMN + 1 };
}

export interface DossierMeta {
  key: string;
  lang: Lang;
  /** Excel serial of the day the dossier was created. */
  created: number;
}

/** Writes template parts into one plan: anchors, list rows, sections, table columns. */
class TemplateWriter {
  readonly cells: PlannedCell[] = [];
  constructor(
    readonly plan: SheetPlan,
    readonly rows: DossierRows,
    readonly lang: Lang,
    /** Cells someone typed ("row:column"): never written, not even emptied. */
    private readonly typed: ReadonlySet<string> = new Set(),
  ) {}

  private t(entry: Translations): string {
    return translate(entry, this.lang);
  }

  /** A hidden anchor in column A; small and grey for hosts that show hidden columns. */
  anchor(row: number, id: string): void {
    this.cells.push({ row, column: ANCHOR_COLUMN, text: anchorText(id), format: GENERAL });
    this.plan.styles.push({ area: { row, column: ANCHOR_COLUMN, rowCount: 1, columnCount: 1 }, style: { fontColor: NOTE_FONT, fontSize: 8 } });
  }

  /** A list's values in the dossier's language, in its (hidden) row. */
  listRow(id: ListId): void {
    this.anchor(this.rows.lists[id], `list:${id}`);
    listValues(id, this.lang).forEach((value, index) => this.cells.push({ row: this.rows.lists[id], column: LABEL_COLUMN + index, text: value, format: GENERAL }));
  }

  /** A section: its header, note, fields or table (every column, the spec's empty rows). */
  section(section: SectionSpec): void {
    const header = this.rows.sections[section.id];
    this.anchor(header, section.id);
    this.cells.push({ row: header, column: LABEL_COLUMN, text: this.t(section.title), format: GENERAL });
    this.plan.styles.push({ area: { row: header, column: LABEL_COLUMN, rowCount: 1, columnCount: LAST_TABLE_COLUMN - LABEL_COLUMN + 1 }, style: HEADER_STYLE });
    if (section.note) {
      this.cells.push({ row: header + 1, column: LABEL_COLUMN, text: this.t(section.note), format: GENERAL });
      this.plan.styles.push({ area: { row: header + 1, column: LABEL_COLUMN, rowCount: 1, columnCount: 1 }, style: { italic: true, fontColor: NOTE_FONT } });
    }
    const first = contentRow(section, header);
    // Fields take one value cell; a grid's rows one cell per entry, to the right.
    const entries = section.grid?.columns ?? 1;
    (section.fields ?? section.grid?.rows)?.forEach((field, index) => {
      const row = first + index;
      this.cells.push({ row, column: LABEL_COLUMN, text: this.t(field.label), format: GENERAL });
      this.plan.styles.push({ area: { row, column: LABEL_COLUMN, rowCount: 1, columnCount: 1 }, style: { fontColor: LABEL_FONT, wrap: section.grid !== undefined } });
      this.input(field.input, { row, column: VALUE_COLUMN, rowCount: 1, columnCount: entries });
    });
    if (section.table) this.tableColumns(section, 0, section.table.rows);
  }

  /** A table's columns from `from` on: headers and `rowCount` input rows under them. */
  tableColumns(section: SectionSpec, from: number, rowCount: number): void {
    const columns = section.table?.columns ?? [];
    const headerRow = contentRow(section, this.rows.sections[section.id]);
    columns.slice(from).forEach((column, offset) => {
      const at = LABEL_COLUMN + from + offset;
      this.cells.push({ row: headerRow, column: at, text: this.t(column.label), format: GENERAL });
      this.input(column.input, { row: headerRow + 1, column: at, rowCount, columnCount: 1 });
    });
    this.plan.styles.push({ area: { row: headerRow, column: LABEL_COLUMN + from, rowCount: 1, columnCount: columns.length - from }, style: { bold: true, fill: COLOURS.section, border: true, wrap: true } });
  }

  /** Empty cells with the number format what is typed or computed there takes. */
  private emptyCells(area: Rect, format: string): void {
    for (const cell of cellsOf(area)) this.cells.push({ ...cell, empty: true, format });
  }

  /** Styles and validation of one input column or field; computed cells get their formulas from each run (dossier-figures.ts). */
  private input(input: InputKind, area: Rect): void {
    const { plan, rows } = this;
    switch (input.kind) {
      case "text":
        plan.styles.push({ area, style: { ...INPUT_STYLE, wrap: true } });
        return;
      case "date":
        plan.styles.push({ area, style: INPUT_STYLE });
        this.emptyCells(area, FORMATS.date);
        plan.validations.push({ area, kind: "date", title: this.t(VALIDATION_TEXT.dateTitle), message: this.t(VALIDATION_TEXT.dateMessage) });
        return;
      case "number":
        plan.styles.push({ area, style: INPUT_STYLE });
        this.emptyCells(area, input.format);
        return;
      case "whole": {
        plan.styles.push({ area, style: INPUT_STYLE });
        const message = translate(VALIDATION_TEXT.wholeMessage, this.lang, { min: input.min, max: input.max });
        plan.validations.push({ area, kind: "whole", min: input.min, max: input.max, title: this.t(VALIDATION_TEXT.listTitle), message });
        return;
      }
      case "list": {
        plan.styles.push({ area, style: INPUT_STYLE });
        const count = Object.keys(LIST_VALUES[input.list]).length;
        const source: Rect = { row: rows.lists[input.list], column: LABEL_COLUMN, rowCount: 1, columnCount: count };
        plan.validations.push({ area, kind: "list-range", source, title: this.t(VALIDATION_TEXT.listTitle), message: this.t(VALIDATION_TEXT.listMessage) });
        return;
      }
      case "person":
        // The list itself is the decision group as it is at each run (dossier-figures.ts).
        plan.styles.push({ area, style: INPUT_STYLE });
        return;
      case "computed":
        plan.styles.push({ area, style: COMPUTED_STYLE });
        this.emptyCells(area, input.format);
        return;
      case "nextReview": {
        plan.styles.push({ area, style: COMPUTED_STYLE });
        const lastReviewed = cellRef(area.row - 1, area.column);
        const created = cellRef(rows.meta, META.created, true);
        this.cells.push({ row: area.row, column: area.column, formula: `=EDATE(IF(ISNUMBER(${lastReviewed}),${lastReviewed},${created}),${REVIEW_MONTHS})`, format: FORMATS.date });
        plan.formulaColours.push(overdue(area));
        return;
      }
    }
  }

  /** The extension block (layout 2): its list row, sections 11 and 12, the end anchor. */
  extension(): void {
    for (const id of EXTENSION_LISTS) this.listRow(id);
    this.plan.hiddenRows.push({ row: this.rows.lists[EXTENSION_LISTS[0]], column: 0, rowCount: EXTENSION_LISTS.length, columnCount: 1 });
    for (const section of SECTIONS.filter((spec) => EXTENSION_SECTIONS.includes(spec.id))) this.section(section);
    this.anchor(this.rows.end, "end");
  }

  finish(): SheetPlan {
    this.plan.blocks = blocksOf(this.cells.filter((cell) => !this.typed.has(`${cell.row}:${cell.column}`)));
    return this.plan;
  }
}

/** Every cell of an area, row by row. */
function cellsOf(area: Rect): { row: number; column: number }[] {
  return Array.from({ length: area.rowCount * area.columnCount }, (_, index) => ({ row: area.row + Math.floor(index / area.columnCount), column: area.column + (index % area.columnCount) }));
}

const printSetup = (rows: DossierRows): SheetPlan["print"] => ({ orientation: "Portrait", titleRows: { row: 0, rows: 1 }, breaksBefore: printBreaks(rows), area: printArea(rows) });

/** The template of a new dossier (everything but the Figures section), for the sheet `sheet` (registry id and name). */
export function dossierTemplate(meta: DossierMeta, sheet: { id: string; name: string }): SheetPlan {
  const lang = meta.lang;
  const rows = templateRows();
  // Persian dossiers: cells read right to left (the API cannot flip a whole sheet).
  const plan = emptyPlan(sheet.id, sheet.name, RTL_LANGUAGES.has(lang));
  plan.hiddenColumns.push(ANCHOR_COLUMN);
  plan.print = printSetup(rows);
  const writer = new TemplateWriter(plan, rows, lang);
  const { cells } = writer;
  const { styles } = plan;
  const wide = (row: number): Rect => ({ row, column: LABEL_COLUMN, rowCount: 1, columnCount: LAST_TABLE_COLUMN - LABEL_COLUMN + 1 });

  writer.anchor(0, "dossier");
  writer.anchor(rows.figures, "figures");
  writer.anchor(rows.meta, "meta");
  cells.push(
    { row: rows.meta, column: META.key, text: meta.key, format: GENERAL },
    { row: rows.meta, column: META.lang, text: lang, format: GENERAL },
    { row: rows.meta, column: META.created, number: meta.created, format: FORMATS.date },
    { row: rows.meta, column: META.version, number: DOSSIER_LAYOUT_VERSION },
  );
  for (const id of LIST_ORDER) writer.listRow(id);
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

  for (const section of BASE_SECTIONS) writer.section(section);
  writer.extension();

  plan.columnWidths.push(
    { column: LABEL_COLUMN, width: 190 },
    { column: VALUE_COLUMN, width: 150 },
    { column: 3, width: 130 },
    { column: RIGHT_LABEL_COLUMN, width: 150 },
    { column: RIGHT_VALUE_COLUMN, width: 110 },
    { column: LAST_TABLE_COLUMN - 1, width: 110 },
    { column: LAST_TABLE_COLUMN, width: 110 },
  );
  return writer.finish();
}

/**
 * What a layout-1 dossier lacks, written once: the extension block below its used range, the
 * columns layout 2 added to the decision group and the contacts (where all their cells are
 * empty), and the layout number. Null when the dossier is already of layout 2. Cells someone typed
 * are never written over: a column whose cells are not all empty is left as it is.
 */
export function dossierUpgrade(readBack: { rows: DossierRows; lang: Lang; typed: ReadonlySet<string> }, sheet: { id: string; name: string }): SheetPlan | null {
  const { rows, lang, typed } = readBack;
  if (rows.upgradeFrom === null) return null;
  const plan = emptyPlan(sheet.id, sheet.name, false);
  plan.print = printSetup(rows);
  const writer = new TemplateWriter(plan, rows, lang, typed);
  writer.extension();
  const free = (id: "decisionGroup" | "contacts", column: number): boolean => {
    const section = SECTIONS.find((spec) => spec.id === id) as SectionSpec;
    const header = contentRow(section, rows.sections[id]);
    const { last } = tableRowSpan(rows, id);
    for (let row = header; row <= last; row++) if (typed.has(`${row}:${LABEL_COLUMN + column}`)) return false;
    return true;
  };
  const upgradeColumns = (id: "decisionGroup" | "contacts", from: number) => {
    const section = SECTIONS.find((spec) => spec.id === id) as SectionSpec;
    const count = section.table?.columns.length ?? 0;
    // The old "Next contact due" (contacts, column E) held the add-in's formulas: its header is the add-in's too.
    const columns = Array.from({ length: count - from }, (_, index) => from + index);
    if (!columns.every((column) => column === CONTACT.check && id === "contacts" ? true : free(id, column))) return;
    const { first, last } = tableRowSpan(rows, id);
    writer.tableColumns(section, from, Math.max(1, last - first));
  };
  upgradeColumns("decisionGroup", MEMBER.lastContact);
  upgradeColumns("contacts", CONTACT.check);
  writer.cells.push({ row: rows.meta, column: META.version, number: DOSSIER_LAYOUT_VERSION });
  plan.columnWidths.push({ column: LAST_TABLE_COLUMN, width: 110 });
  return writer.finish();
}
