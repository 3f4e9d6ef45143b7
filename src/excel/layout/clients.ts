/** KAM Clients: one row per client as an Excel table, coloured by class with conditional formats. */
import { RTL_LANGUAGES, translate, type Translations } from "../../i18n/core";
import { COLUMN_TEXTS, DEPENDENCY_TEXTS, KEY_TYPE_HELP, KEY_TYPE_TEXTS, LEGEND_TEXTS, SEGMENT_TEXTS, SHEET_NAME_TEXTS, STATUS_TEXTS, WHY_TEXTS, type ColumnTextKey } from "../../i18n/sheets";
import { KEY_TYPES, type AnalysisSettings, type ClientResult, type KeyType, type Segment } from "../../engine/types";
import { SHEET_IDS } from "../registry";
import { emptyPlan, TEXT_FORMAT, textUnits, widthForCharacters, type ConditionalColours, type PlanValue, type SheetPlan, type TypedCell } from "../plan";
import { addBesideColumns, addTypedLinks, changeText, COLOURS, FORMATS, longestText, measureLabel, thresholdParams, type LayoutInput } from "./common";

export const CLIENTS_TABLE_NAME = "KAM_Clients";

/** Dependency levels that get a colour, most severe first. */
const DEPENDENCY_ORDER = ["mono", "critical", "key"] as const;

interface ColumnSpec {
  key: ColumnTextKey;
  format: string | null;
  value: (client: ClientResult) => PlanValue;
  /** For a column people type in: the cell as they typed it (its own number format). */
  typed?: (client: ClientResult) => TypedCell | null;
}

/** A client with both measures: the engine gives revenue and profit when the data has a profit column. */
type BothMeasures = ClientResult & { revenue: number; profit: number };

/** Whether KAM Clients shows revenue, profit and margin side by side. */
function hasBothMeasures(clients: readonly ClientResult[]): clients is BothMeasures[] {
  return clients.length > 0 && clients.every((client) => client.revenue !== null && client.profit !== null);
}

/** Profit over revenue; null where there is no positive revenue to divide by. */
export function marginOf(client: { revenue: number; profit: number }): number | null {
  return client.revenue > 0 ? client.profit / client.revenue : null;
}

/** Segments that say a client buys well compared with the others, and those that say it buys poorly. */
const GOOD_SEGMENTS: ReadonlySet<Segment> = new Set(["champions", "loyal", "potential-loyalist", "new", "promising"]);
const POOR_SEGMENTS: ReadonlySet<Segment> = new Set(["hibernating", "at-risk", "cannot-lose", "about-to-sleep"]);

/**
 * Why a client has its status, where status and RFM segment seem to disagree (lost or at risk in a
 * good segment, active in a poor one): the status follows the client's own rhythm, the segment
 * ranks it against the other clients. Null where they agree. The usual gap (the engine's median
 * days between purchase days) is quoted when the client has one.
 */
export function statusWhy(client: ClientResult, settings: Pick<AnalysisSettings, "lostAfterDays">, lang: LayoutInput["lang"]): string | null {
  if (client.recencyDays === null) return null;
  const disagree = client.status === "active" ? POOR_SEGMENTS.has(client.segment) : GOOD_SEGMENTS.has(client.segment);
  if (!disagree) return null;
  const days = String(client.recencyDays);
  const gap = client.medianGap !== null && client.medianGap > 0 ? String(Math.round(client.medianGap)) : null;
  const status =
    client.status === "lost"
      ? translate(WHY_TEXTS.lost, lang, { days, limit: String(settings.lostAfterDays) })
      : client.status === "at-risk"
        ? gap === null
          ? translate(WHY_TEXTS.atRisk, lang, { days })
          : translate(WHY_TEXTS.atRiskGap, lang, { days, gap })
        : gap === null
          ? translate(WHY_TEXTS.active, lang, { days })
          : translate(WHY_TEXTS.activeGap, lang, { days, gap });
  return `${status}; ${translate(WHY_TEXTS.segmentNote, lang)}`;
}

/** The columns shown for this result: manager/group only when the data has them, CV or coverage by XYZ mode. */
export function clientColumns(input: LayoutInput): ColumnSpec[] {
  const { result, lang, kept, movement } = input;
  const label = (texts: Readonly<Record<string, Translations>>, value: string | null) => (value === null ? null : translate(texts[value], lang));
  const keyTypeLabel = (type: KeyType | string | null | undefined): PlanValue => (type === null || type === undefined ? null : type in KEY_TYPE_TEXTS ? translate(KEY_TYPE_TEXTS[type as KeyType], lang) : type);
  // Key type is a person's (or the data's): empty until one of them sets it. The add-in's own
  // default for a key client (breadwinner) is shown as such in the column before it.
  const keyTypeOf = (client: ClientResult): PlanValue => {
    const typed = kept.keyType.get(client.key);
    if (typed !== undefined) return keyTypeLabel(typed);
    return client.dependency === "none" ? keyTypeLabel(client.keyType) : null;
  };
  const computedKeyType = (client: ClientResult): PlanValue => (client.dependency === "none" ? null : keyTypeLabel(client.keyType));
  const both = hasBothMeasures(result.clients);
  const measureColumns: ColumnSpec[] = both
    ? [
        { key: "revenue", format: FORMATS.money, value: (c) => (c as BothMeasures).revenue },
        { key: "profit", format: FORMATS.money, value: (c) => (c as BothMeasures).profit },
        { key: "margin", format: FORMATS.percent, value: (c) => marginOf(c as BothMeasures) },
      ]
    : [{ key: input.settings.measure === "profit" ? "profit" : "revenue", format: FORMATS.money, value: (c) => c.measure }];
  const columns: (ColumnSpec | false)[] = [
    { key: "rank", format: FORMATS.integer, value: (c) => c.rank },
    { key: "client", format: TEXT_FORMAT, value: (c) => c.client },
    ...measureColumns,
    { key: "share", format: FORMATS.percent, value: (c) => c.share },
    { key: "cumulativeShare", format: FORMATS.percent, value: (c) => c.cumulativeShare },
    { key: "abc", format: null, value: (c) => c.abc },
    { key: "xyz", format: null, value: (c) => c.xyz },
    { key: "abcxyz", format: null, value: (c) => c.abcxyz },
    input.classPaths !== undefined && input.classPaths.size > 0 && { key: "classPath", format: TEXT_FORMAT, value: (c) => input.classPaths?.get(c.key) ?? null },
    input.settings.xyz === "cv" && { key: "cv", format: FORMATS.decimal, value: (c) => c.cv },
    input.settings.xyz === "frequency" && { key: "coverage", format: FORMATS.wholePercent, value: (c) => c.coverage },
    { key: "dependency", format: null, value: (c) => label(DEPENDENCY_TEXTS, c.dependency) },
    { key: "keyTypeComputed", format: TEXT_FORMAT, value: computedKeyType },
    { key: "keyType", format: TEXT_FORMAT, value: keyTypeOf },
    { key: "status", format: null, value: (c) => label(STATUS_TEXTS, c.status) },
    { key: "segment", format: null, value: (c) => label(SEGMENT_TEXTS, c.segment) },
    { key: "statusWhy", format: TEXT_FORMAT, value: (c) => statusWhy(c, input.settings, lang) },
    { key: "r", format: FORMATS.integer, value: (c) => c.r },
    { key: "f", format: FORMATS.integer, value: (c) => c.f },
    { key: "m", format: FORMATS.integer, value: (c) => c.m },
    { key: "recencyDays", format: FORMATS.integer, value: (c) => c.recencyDays },
    { key: "lastPurchase", format: FORMATS.date, value: (c) => c.lastPurchase },
    { key: "frequency", format: FORMATS.integer, value: (c) => c.frequency },
    result.clients.some((c) => c.manager !== null) && { key: "manager", format: TEXT_FORMAT, value: (c) => c.manager },
    result.clients.some((c) => c.group !== null) && { key: "group", format: TEXT_FORMAT, value: (c) => c.group },
    { key: "change", format: TEXT_FORMAT, value: (c) => (movement.hasPrevious ? changeText(movement.changes.get(c.key) ?? [], lang) : null) },
    { key: "notes", format: TEXT_FORMAT, value: (c) => kept.notes.get(c.key)?.value ?? null, typed: (c) => kept.notes.get(c.key) ?? null },
  ];
  return columns.filter((column): column is ColumnSpec => column !== false);
}

/**
 * Rows the legend takes above the table (fixed, so the table stays in the same row from run to
 * run and language to language), then one blank row, then the table's header row.
 */
export const LEGEND_ROWS = 5;
export const CLIENTS_HEADER_ROW = LEGEND_ROWS + 1;

/**
 * The width in points the legend keeps within: what Excel shows of a sheet, at 100% zoom, in a
 * maximised window on a 1366x768 screen (about 1300 pixels of grid between the row numbers and
 * the scroll bar, at 96 pixels per inch: 975 points), less a margin.
 */
export const VIEW_WIDTH_POINTS = 950;
/** How much wider the legend is tried each time until its entries fit its rows. */
const LEGEND_WIDTH_STEP = 20;
/** Excel's default column width in points (8.43 characters of Calibri 11). */
const DEFAULT_COLUMN_POINTS = 48;

export function clientsPlan(input: LayoutInput): SheetPlan {
  const { result, lang, kept } = input;
  const plan = emptyPlan(SHEET_IDS.clients, translate(SHEET_NAME_TEXTS.clients, lang), RTL_LANGUAGES.has(lang));
  const top = CLIENTS_HEADER_ROW;
  // Landscape, one page wide, the header row on every page.
  plan.print = { orientation: "Landscape", titleRows: { row: top, rows: 1 }, breaksBefore: [], area: null };
  const columns = clientColumns(input);
  const headers: PlanValue[] = columns.map((column) => ((column.key === "revenue" || column.key === "profit") && !columns.some((other) => other.key === "margin") ? measureLabel(input) : translate(COLUMN_TEXTS[column.key], lang)));
  const formats: (string | null)[] = columns.map((column) => column.format);
  const inside = kept.clientsColumns.inside;
  for (const extra of inside) {
    headers.push(extra.header);
    formats.push(null);
  }
  const typedCells = result.clients.map((client) => [...columns.map((column) => column.typed?.(client) ?? null), ...inside.map((extra) => extra.values.get(client.key) ?? null)]);
  const rows: PlanValue[][] = result.clients.map((client, index) => [...columns.map((column) => column.value(client)), ...inside.map((_, i) => typedCells[index][columns.length + i]?.value ?? null)]);
  const width = headers.length;
  const count = rows.length;
  plan.blocks.push({ row: top, column: 0, values: [headers], formats: headers.map(() => TEXT_FORMAT) });
  if (count > 0) plan.blocks.push({ row: top + 1, column: 0, values: rows, formats, cellFormats: typedCells.map((row) => row.map((cell) => cell?.format ?? null)) });
  addBesideColumns(plan, kept.clientsColumns.beside, result.clients, width, top);
  addTypedLinks(plan, typedCells, top + 1, 0);
  plan.tables.push({ name: CLIENTS_TABLE_NAME, area: { row: top, column: 0, rowCount: count + 1, columnCount: width }, style: "TableStyleLight1" });
  // The legend and the header stay in view while the clients scroll under them.
  plan.freezeRows = top + 1;
  plan.tabColor = COLOURS.header;

  const at = (key: ColumnTextKey) => columns.findIndex((column) => column.key === key);
  const body = (column: number) => ({ row: top + 1, column, rowCount: Math.max(1, count), columnCount: 1 });
  const colour = (key: ColumnTextKey, rules: ConditionalColours["rules"]) => {
    const column = at(key);
    if (column >= 0) plan.conditionalColours.push({ area: body(column), rules });
  };
  colour("abc", (["A", "B", "C"] as const).map((abc) => ({ equals: abc, fill: COLOURS.abc[abc] })));
  colour("xyz", (["X", "Y", "Z"] as const).map((xyz) => ({ equals: xyz, fill: COLOURS.xyz[xyz] })));
  // The ABC-XYZ cell is read from the two coloured columns beside it; a third colour there would only compete.
  colour("dependency", DEPENDENCY_ORDER.map((level) => ({ equals: translate(DEPENDENCY_TEXTS[level], lang), fill: COLOURS.dependency[level], fontColor: COLOURS.dependencyFont[level] })));
  colour("status", (["lost", "at-risk"] as const).map((status) => ({ equals: translate(STATUS_TEXTS[status], lang), fill: COLOURS.status[status], fontColor: COLOURS.statusFont[status] })));

  plan.styles.push({ area: { row: top, column: 0, rowCount: 1, columnCount: width }, style: { bold: true, wrap: true, vertical: "Top" } });
  for (const key of ["keyType", "notes"] as const) {
    const column = at(key);
    plan.styles.push({ area: body(column), style: { fill: COLOURS.input } });
  }
  const keyTypes = KEY_TYPES.map((type) => translate(KEY_TYPE_TEXTS[type], lang));
  plan.validations.push({ area: body(at("keyType")), kind: "list", values: keyTypes, title: "KAM", message: keyTypes.join(" / "), prompt: { title: translate(KEY_TYPE_HELP.title, lang), message: translate(KEY_TYPE_HELP.message, lang) } });

  plan.columnWidths = headers.map((header, column) => ({
    column,
    width: widthForCharacters(Math.max(Math.min(String(header).length, 16), longestText(rows, column, formats[column]) + 2), 5, column === at("notes") || column === at("statusWhy") ? 50 : 40),
  }));
  addLegend(plan, input);
  return plan;
}

/** One entry of the legend: its text and the colours it explains. */
interface LegendEntry {
  text: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
}

/** Where an entry goes: its row of the legend, first column and how many columns its colour spans. */
export interface LegendPlace {
  row: number;
  column: number;
  span: number;
}

/**
 * Points an entry's text takes in Calibri 11 with the cell's padding: 5.5 points a character, more
 * than Calibri's average letter (Excel's own unit, the widest digit, is 7 pixels, 5.25 points), so
 * a text never runs into the next entry, where Excel would cut it off.
 */
export function legendTextPoints(text: string, bold = false): number {
  // Bold letters are about a tenth wider.
  return Math.ceil(textUnits(text) * (bold ? 6.05 : 5.5)) + 8;
}

/**
 * Lays the entries out left to right in rows, each over as many columns as its text needs (the
 * text runs across the empty cells of its span, as Excel shows text in a cell whose neighbours are
 * empty), starting a new row where the next entry would pass `limit` points. Null when they take
 * more than `rows` rows.
 */
export function flowLegend(texts: readonly { text: string; bold?: boolean }[], columnPoints: (column: number) => number, limit: number, rows: number): LegendPlace[] | null {
  const places: LegendPlace[] = [];
  let row = 0;
  let column = 0;
  let x = 0;
  const spanFrom = (start: number, need: number) => {
    let span = 0;
    let covered = 0;
    while (covered < need) covered += columnPoints(start + span++);
    return { span, covered };
  };
  for (const { text, bold } of texts) {
    const need = legendTextPoints(text, bold);
    let fit = spanFrom(column, need);
    if (column > 0 && x + fit.covered > limit) {
      row++;
      column = 0;
      x = 0;
      fit = spanFrom(0, need);
    }
    if (row >= rows) return null;
    places.push({ row, column, span: fit.span });
    column += fit.span;
    x += fit.covered;
  }
  return places;
}

/**
 * The legend, in the rows above the table, in view when the sheet opens: each entry's cells carry
 * the colours it explains, with the thresholds in use. As narrow as its rows allow; long words
 * widen it rather than drop an entry (the layout tests hold it within a small screen's window).
 */
function addLegend(plan: SheetPlan, input: LayoutInput): void {
  const { lang } = input;
  const params = thresholdParams(input.settings);
  const colours: { text: keyof typeof LEGEND_TEXTS; fill?: string; fontColor?: string }[] = [
    { text: "A", fill: COLOURS.abc.A },
    { text: "B", fill: COLOURS.abc.B },
    { text: "C", fill: COLOURS.abc.C },
    { text: "X", fill: COLOURS.xyz.X },
    { text: "Y", fill: COLOURS.xyz.Y },
    { text: "Z", fill: COLOURS.xyz.Z },
    { text: "mono", fill: COLOURS.dependency.mono, fontColor: COLOURS.dependencyFont.mono },
    { text: "critical", fill: COLOURS.dependency.critical, fontColor: COLOURS.dependencyFont.critical },
    { text: "key", fill: COLOURS.dependency.key, fontColor: COLOURS.dependencyFont.key },
    { text: "lost", fill: COLOURS.status.lost, fontColor: COLOURS.statusFont.lost },
    { text: "atRisk", fill: COLOURS.status["at-risk"], fontColor: COLOURS.statusFont["at-risk"] },
    { text: "input", fill: COLOURS.input },
  ];
  const entries: LegendEntry[] = [
    { text: translate(LEGEND_TEXTS.title, lang), bold: true },
    ...colours.map((entry) => ({ text: translate(LEGEND_TEXTS[entry.text], lang, params), fill: entry.fill, fontColor: entry.fontColor })),
  ];
  const widths = new Map(plan.columnWidths.map((entry) => [entry.column, entry.width]));
  const columnPoints = (column: number) => widths.get(column) ?? DEFAULT_COLUMN_POINTS;
  // The narrowest legend that fits its rows: in view even beside an open task pane, where the words allow.
  let places: LegendPlace[] | null = null;
  for (let limit = LEGEND_WIDTH_STEP; places === null; limit += LEGEND_WIDTH_STEP) places = flowLegend(entries, columnPoints, limit, LEGEND_ROWS);
  places.forEach((place, index) => {
    const entry = entries[index];
    // Right-to-left text stands at the right end of its cells and runs leftwards over the rest.
    const values: PlanValue[] = Array.from({ length: place.span }, () => null);
    values[plan.rightToLeft ? place.span - 1 : 0] = entry.text;
    plan.blocks.push({ row: place.row, column: place.column, values: [values], formats: values.map(() => TEXT_FORMAT), style: { fill: entry.fill, fontColor: entry.fontColor, bold: entry.bold } });
  });
}
