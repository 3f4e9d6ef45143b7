/** The Figures section of a dossier: the only part a run writes to again (layout: dossier-spec.ts). */
import type { ClassifyResult, ClientResult, Dependency, GroupResult, Measure } from "../engine/types";
import { translate, type Lang, type Translations } from "../i18n/core";
import { ATTITUDE_VALUES, HEALTH_TEXT, DOSSIER_SECTIONS, DOSSIER_TEXT, FIGURE_LABELS, FOLLOW_UP_TEXT, TABLE_COLUMNS, VALIDATION_TEXT } from "../i18n/dossier";
import { serialFromYmd, ymdFromSerial } from "../engine/calendar";
import { COLUMN_TEXTS, DEPENDENCY_TEXTS, KEY_TYPE_TEXTS, SEGMENT_TEXTS, STATUS_TEXTS, SUMMARY_TEXTS } from "../i18n/sheets";
import { COLOURS, FORMATS, longestText } from "./layout/common";
import { emptyPlan, type Rect, type SheetPlan, widthForCharacters } from "./plan";
import { ATTITUDE_BLOCK_COLUMN, CHART_NAME, COMPUTED_FILL, COMPUTED_STYLE, GROUP_CHART_NAME, CONTACT, CONTACT_DAYS, type DossierRows, type DossierRules, FAVOURABLE_ANSWERS, FIGURES, GENERAL, READ_COLUMNS, REVIEW, LABEL_COLUMN, LABEL_FONT, LAST_TABLE_COLUMN, LEFT_PAIRS, type LeftPair, MEMBER, META, OVERDUE_STYLE, PLAN, type PlannedCell, RIGHT_LABEL_COLUMN, RIGHT_PAIRS, RIGHT_VALUE_COLUMN, type RightPair, SUPPORTIVE_ROLES, VALUE_COLUMN, blocksOf, cellRef, fieldRow, listIndex, rangeRef, summaryCells, tableRowSpan } from "./dossier-spec";
import type { DossierReadBack } from "./dossier-parse";

/** The Figures section of one run, and what of an older run's section must go first. */
export interface DossierFigures {
  plan: SheetPlan;
  /** The two rows of sales per period: cells right of `firstFreeColumn` are cleared. */
  periodRows: Rect;
  firstFreeColumn: number;
}

/** How the dossier stands this run. */
export type DossierMarker = "key" | "picked" | "no-longer-key" | "not-in-data" | "prospect";

export interface FiguresInput {
  /** The client's figures; null when the client is not in this run's data (figures left blank), or for a holding. */
  client: ClientResult | null;
  /** A key holding's dossier: the group and its companies, best ranked first (then `client` is null). */
  holding?: Holding;
  /** Name shown in the title when the client is not in the data. */
  clientName: string;
  result: ClassifyResult;
  measure: Measure;
  lang: Lang;
  marker: DossierMarker;
  /** Whether the client has ever been key (kept in the dossier; "no longer key" needs it). */
  everKey: boolean;
  /** What the dossier holds now (null for a new dossier): its decision group and the cells typed over computed ones. */
  readBack: Pick<DossierReadBack, "members" | "typed"> | null;
  rules: DossierRules;
}

/** A holding (a group of clients in the data) that is key together. */
export interface Holding {
  group: GroupResult;
  companies: ClientResult[];
}

/** The figures a dossier shows of its client, or of a holding summed over its companies. */
interface Subject {
  name: string;
  manager: string | null;
  measure: number;
  share: number;
  dependency: Dependency;
  lastPurchase: number | null;
  periodSums: number[];
  revenue: number | null;
  profit: number | null;
}

function subjectOf(input: FiguresInput): Subject | null {
  if (input.holding) {
    const { group, companies } = input.holding;
    const total = (values: (number | null)[]): number | null => (values.every((value) => value !== null) ? values.reduce<number>((sum, value) => sum + (value ?? 0), 0) : null);
    const purchases = companies.flatMap((company) => (company.lastPurchase === null ? [] : [company.lastPurchase]));
    return {
      name: group.group,
      // The manager of its biggest company: the holding's agenda goes to one person.
      manager: companies[0]?.manager ?? null,
      measure: group.measure,
      share: group.share,
      dependency: group.dependency,
      lastPurchase: purchases.length > 0 ? Math.max(...purchases) : null,
      periodSums: input.result.periods.map((_, index) => companies.reduce((sum, company) => sum + (company.periodSums[index] ?? 0), 0)),
      revenue: total(companies.map((company) => company.revenue)),
      profit: total(companies.map((company) => company.profit)),
    };
  }
  const { client } = input;
  return client && { name: client.client, manager: client.manager, measure: client.measure, share: client.share, dependency: client.dependency, lastPurchase: client.lastPurchase, periodSums: client.periodSums, revenue: client.revenue, profit: client.profit };
}

/** The Figures section of a dossier (rows `rows`) on the sheet `sheet`. */
export function dossierFigures(input: FiguresInput, rows: DossierRows, sheet: { id: string; name: string }): DossierFigures {
  const { client, result, lang } = input;
  const t = (entry: Translations) => translate(entry, lang);
  const subject = subjectOf(input);
  const cells: PlannedCell[] = [];
  const at = (offset: number) => rows.figures + offset;
  cells.push({ row: at(FIGURES.title), column: LABEL_COLUMN, text: translate(DOSSIER_TEXT.title, lang, { client: subject?.name ?? input.clientName }), format: GENERAL });
  const marker =
    input.marker === "no-longer-key" ? t(DOSSIER_TEXT.noLongerKey) : input.marker === "not-in-data" ? `${t(DOSSIER_TEXT.noLongerKey)}: ${t(DOSSIER_TEXT.notInData)}` : input.marker === "prospect" ? t(DOSSIER_TEXT.prospect) : "";
  // A holding's dossier names its companies with their figures (share, ABC-XYZ), biggest first.
  const companies = input.holding
    ? translate(FIGURE_LABELS.companies, lang, { list: input.holding.companies.map((company) => `${company.client} (${(company.share * 100).toFixed(1)}%, ${company.abcxyz})`).join(", ") })
    : "";
  cells.push({ row: at(FIGURES.marker), column: LABEL_COLUMN, text: [marker, companies].filter((text) => text !== "").join(" · "), format: GENERAL });
  cells.push({ row: at(FIGURES.hint), column: LABEL_COLUMN, text: t(DOSSIER_TEXT.hint), format: GENERAL });
  cells.push({ row: rows.meta, column: META.everKey, boolean: input.everKey }, { row: rows.meta, column: META.name, text: subject?.name ?? input.clientName, format: GENERAL });
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
    const [label, content, format] = leftPair(pair, subject, client, input.measure, lang);
    cells.push({ row, column: LABEL_COLUMN, text: label, format: GENERAL }, value(row, VALUE_COLUMN, content, format));
  });
  const summary = summaryCells(rows);
  RIGHT_PAIRS.forEach((pair, index) => {
    const row = first + index;
    let cell: PlannedCell;
    if (pair === "nextReview") cell = { ...summary.nextReview, formula: nextReviewSummaryFormula(rows), format: FORMATS.date };
    else if (pair === "nextContact") cell = { ...summary.nextContact, formula: nextContactFormula(rows, input.rules), format: FORMATS.date };
    else if (pair === "pausedUntil") cell = { row, column: RIGHT_VALUE_COLUMN, formula: pausedUntilFormula(rows), format: FORMATS.date };
    else if (pair === "urgentVia") cell = value(row, RIGHT_VALUE_COLUMN, supportiveMembers(input.readBack?.members ?? []) || null, GENERAL);
    else {
      const [content, format] = rightPair(pair, client, result, lang);
      cell = value(row, RIGHT_VALUE_COLUMN, content, format);
    }
    cells.push({ row, column: RIGHT_LABEL_COLUMN, text: rightLabel(pair, lang), format: GENERAL }, cell);
  });

  // Sales per period, one column per period, to the right of the labels, and the same period a year earlier.
  const labelsRow = at(FIGURES.periodLabels);
  const valuesRow = at(FIGURES.periodValues);
  const earlierRow = at(FIGURES.yearEarlier);
  cells.push({ row: labelsRow, column: LABEL_COLUMN, text: t(SUMMARY_TEXTS.period), format: GENERAL });
  cells.push({ row: valuesRow, column: LABEL_COLUMN, text: t(COLUMN_TEXTS.revenue), format: GENERAL });
  cells.push({ row: earlierRow, column: LABEL_COLUMN, text: t(FIGURE_LABELS.yearEarlier), format: GENERAL });
  const periods = result.periods;
  const earlier = yearEarlierIndexes(periods);
  periods.forEach((period, index) => {
    const column = VALUE_COLUMN + index;
    cells.push({ row: labelsRow, column, text: period.label, format: GENERAL });
    cells.push(value(valuesRow, column, subject ? (subject.periodSums[index] ?? 0) : null, FORMATS.money));
    const before = earlier[index];
    cells.push(value(earlierRow, column, subject && before !== null ? (subject.periodSums[before] ?? 0) : null, FORMATS.money));
  });
  const hasYearEarlier = earlier.some((index) => index !== null);
  cells.push(...computedCells(input, subject, rows));
  // Only the section's own content: the template's print setup and right-to-left cells stay as they are.
  const plan = emptyPlan(sheet.id, sheet.name, false);
  // "With whom" offers the decision group as it is now (rows inserted into it included).
  const contacts = tableRowSpan(rows, "contacts");
  const group = tableRowSpan(rows, "decisionGroup");
  plan.validations.push({
    area: { row: contacts.first, column: LABEL_COLUMN + CONTACT.person, rowCount: Math.max(1, contacts.last - contacts.first), columnCount: 1 },
    kind: "list-range",
    source: { row: group.first, column: LABEL_COLUMN + MEMBER.name, rowCount: Math.max(1, group.last - group.first), columnCount: 1 },
    title: t(VALIDATION_TEXT.listTitle),
    message: t(VALIDATION_TEXT.listMessage),
  });
  // The decision group by attitude: grey like every computed cell, drawn beside.
  const attitudeBlock: Rect = { row: group.first, column: ATTITUDE_BLOCK_COLUMN, rowCount: 1 + Object.keys(ATTITUDE_VALUES).length, columnCount: 2 };
  plan.styles.push(
    { area: attitudeBlock, style: COMPUTED_STYLE },
    { area: { ...attitudeBlock, rowCount: 1 }, style: { bold: true, wrap: true } },
    { area: { row: attitudeBlock.row + attitudeBlock.rowCount, column: ATTITUDE_BLOCK_COLUMN, rowCount: 1, columnCount: 1 }, style: { fontColor: OVERDUE_STYLE.fill, bold: true } },
  );
  plan.charts.push({
    type: "ColumnClustered",
    name: GROUP_CHART_NAME,
    seriesBy: "Columns",
    title: t(FIGURE_LABELS.influenceByAttitude),
    source: attitudeBlock,
    at: { row: rows.sections.decisionGroup, column: ATTITUDE_BLOCK_COLUMN + 4, rowCount: 10, columnCount: 5 },
  });
  // A contact logged inside a pause shows red, beside its words.
  const check = cellRef(contacts.first, LABEL_COLUMN + CONTACT.check);
  plan.formulaColours.push({ area: { row: contacts.first, column: LABEL_COLUMN + CONTACT.check, rowCount: Math.max(1, contacts.last - contacts.first), columnCount: 1 }, formula: `=${check}=${quoted(t(FOLLOW_UP_TEXT.insidePause))}`, ...OVERDUE_STYLE });
  plan.print = null;
  const styles = plan.styles;
  styles.push({ area: { row: labelsRow, column: LABEL_COLUMN, rowCount: 3, columnCount: 1 }, style: { fontColor: LABEL_FONT } });
  if (periods.length > 0) {
    styles.push({ area: { row: labelsRow, column: VALUE_COLUMN, rowCount: 1, columnCount: periods.length }, style: { bold: true, fill: COLOURS.section, border: true } });
    styles.push({ area: { row: valuesRow, column: VALUE_COLUMN, rowCount: 2, columnCount: periods.length }, style: { fill: COMPUTED_FILL, border: true } });
  }
  // Past the template's columns a period column has Excel's default width: sized to its sums, so they show, not ####.
  plan.columnWidths = periods.flatMap((period, index) => {
    const column = VALUE_COLUMN + index;
    if (column <= LAST_TABLE_COLUMN) return [];
    // Sized to this period's sums and the year-earlier ones under them, so neither shows ####.
    const before = earlier[index];
    const sums = [[subject ? (subject.periodSums[index] ?? 0) : null], [subject && before !== null ? (subject.periodSums[before] ?? 0) : null]];
    const characters = Math.max(period.label.length, longestText(sums, 0, FORMATS.money));
    return [{ column, width: widthForCharacters(characters + 1) }];
  });
  if (periods.length > 0 && subject) {
    // A trend: this period's sales, and beside them the same period a year earlier when the data reaches back that far.
    plan.charts.push({
      type: "Line",
      name: CHART_NAME,
      seriesBy: "Rows",
      title: t(FIGURE_LABELS.salesByPeriod),
      source: { row: labelsRow, column: LABEL_COLUMN, rowCount: hasYearEarlier ? 3 : 2, columnCount: periods.length + 1 },
      at: { row: rows.figures + 1, column: LAST_TABLE_COLUMN + 1, rowCount: FIGURES.pairRows, columnCount: 7 },
    });
  }
  plan.blocks = blocksOf(cells);
  return { plan, periodRows: { row: labelsRow, column: LABEL_COLUMN, rowCount: 3, columnCount: periods.length + 1 }, firstFreeColumn: VALUE_COLUMN + periods.length };
}

/**
 * For each period, the index of the same period a year earlier (its label with the year one less:
 * "2024-03" -> "2023-03", "2024-Q1" -> "2023-Q1", "2024-W09" -> "2023-W09"), null when the window
 * does not reach back that far.
 */
export function yearEarlierIndexes(periods: ClassifyResult["periods"]): (number | null)[] {
  const byLabel = new Map(periods.map((period, index) => [period.label, index]));
  return periods.map((period) => {
    const match = /^(\d{4})(.*)$/.exec(period.label);
    return match ? (byLabel.get(`${Number(match[1]) - 1}${match[2]}`) ?? null) : null;
  });
}

/** A left-hand figure: of the subject (client or holding), or of the client alone (rank, class, key type, status: a holding has none). */
function leftPair(pair: LeftPair, subject: Subject | null, client: ClientResult | null, measure: Measure, lang: Lang): [string, string | number | null, string] {
  const t = (entry: Translations) => translate(entry, lang);
  switch (pair) {
    case "manager":
      return [t(COLUMN_TEXTS.manager), subject?.manager ?? null, GENERAL];
    case "measure":
      return [t(measure === "profit" ? COLUMN_TEXTS.profit : COLUMN_TEXTS.revenue), subject?.measure ?? null, FORMATS.money];
    case "share":
      return [t(COLUMN_TEXTS.share), subject?.share ?? null, FORMATS.percent];
    case "rank":
      return [t(COLUMN_TEXTS.rank), client?.rank ?? null, FORMATS.integer];
    case "abcxyz":
      return [t(COLUMN_TEXTS.abcxyz), client?.abcxyz ?? null, GENERAL];
    case "dependency":
      return [t(COLUMN_TEXTS.dependency), subject ? t(DEPENDENCY_TEXTS[subject.dependency]) : null, GENERAL];
    case "keyType":
      return [t(COLUMN_TEXTS.keyType), client?.keyType ? t(KEY_TYPE_TEXTS[client.keyType]) : null, GENERAL];
    case "status":
      return [t(COLUMN_TEXTS.status), client ? t(STATUS_TEXTS[client.status]) : null, GENERAL];
    case "lastPurchase":
      return [t(COLUMN_TEXTS.lastPurchase), subject?.lastPurchase ?? null, FORMATS.date];
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
    pausedUntil: FIGURE_LABELS.pausedUntil,
    urgentVia: FIGURE_LABELS.urgentVia,
  };
  return translate(entry[pair], lang);
}

function rightPair(pair: Exclude<RightPair, "nextReview" | "nextContact" | "pausedUntil" | "urgentVia">, client: ClientResult | null, result: ClassifyResult, lang: Lang): [string | number | null, string] {
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

/** The dossier's ranges and list cells the rhythm formulas read (absolute list cells, this sheet's own list values). */
function rhythmRefs(rows: DossierRows) {
  const { first, last } = tableRowSpan(rows, "contacts");
  const outcome = (value: "positive" | "neutral" | "negative") => cellRef(rows.lists.contactOutcome, LABEL_COLUMN + listIndex("contactOutcome", value), true);
  const dates = rangeRef(first, last, LABEL_COLUMN + CONTACT.date);
  const outcomes = rangeRef(first, last, LABEL_COLUMN + CONTACT.outcome);
  // Latest date among the contacts whose outcome is one of `values` (0 when none). MAXIFS passes
  // over text typed in a date cell; every Excel with the add-in's requirement set has it (2019 on).
  const latest = (values: readonly ("positive" | "neutral" | "negative")[]) => `INT(MAX(${values.map((v) => `MAXIFS(${dates},${outcomes},${outcome(v)})`).join(",")}))`;
  return { dates, outcomes, latest, negative: outcome("negative"), created: cellRef(rows.meta, META.created, true) };
}

/**
 * Next contact due (contactRhythm in agenda.ts computes the same): 10 days after the latest
 * positive contact (neutral ones too when the rules say so; before any, after the dossier was
 * made); after a negative contact later than that, when the 14-day pause ends.
 */
function nextContactFormula(rows: DossierRows, rules: DossierRules): string {
  const { latest, created } = rhythmRefs(rows);
  const reset = latest(rules.neutralResets ? ["positive", "neutral"] : ["positive"]);
  const negative = latest(["negative"]);
  return `=MAX(IF(${reset}>0,${reset},${created})+${CONTACT_DAYS.rhythm},IF(${negative}>${reset},${negative}+${CONTACT_DAYS.pause},0))`;
}

/** The end of the pause after the latest negative contact, while it lasts (empty otherwise). */
function pausedUntilFormula(rows: DossierRows): string {
  const negative = rhythmRefs(rows).latest(["negative"]);
  return `=IF(AND(${negative}>0,${negative}+${CONTACT_DAYS.pause}>TODAY()),${negative}+${CONTACT_DAYS.pause},"")`;
}

/** Names of the decision group's sponsors, advisors and informants: the channel for urgent matters during a pause. */
function supportiveMembers(members: DossierReadBack["members"]): string {
  return members
    .filter((member) => member.name !== "" && member.role !== null && (SUPPORTIVE_ROLES as readonly string[]).includes(member.role))
    .map((member) => member.name)
    .join(", ");
}

/** A text as a formula's string literal. */
const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/**
 * The computed cells outside the Figures section, rewritten on every run over the rows the tables
 * have now: each contact's pause or check, each decision-group member's last contact from the log,
 * and the plan's figures from the data. A cell someone typed over is left as typed.
 */
function computedCells(input: FiguresInput, subject: Subject | null, rows: DossierRows): PlannedCell[] {
  const { result, lang } = input;
  const t = (entry: Translations) => translate(entry, lang);
  const cells: PlannedCell[] = [];
  const typed = input.readBack?.typed ?? new Set<string>();
  const put = (cell: PlannedCell) => {
    if (!typed.has(`${cell.row}:${cell.column}`)) cells.push(cell);
  };
  const { dates, outcomes, negative } = rhythmRefs(rows);
  const contacts = tableRowSpan(rows, "contacts");
  const group = tableRowSpan(rows, "decisionGroup");
  const names = rangeRef(group.first, group.last, LABEL_COLUMN + MEMBER.name);
  const roles = rangeRef(group.first, group.last, LABEL_COLUMN + MEMBER.role);
  const persons = rangeRef(contacts.first, contacts.last, LABEL_COLUMN + CONTACT.person);
  const role = (value: (typeof SUPPORTIVE_ROLES)[number]) => cellRef(rows.lists.role, LABEL_COLUMN + listIndex("role", value), true);
  for (let row = contacts.first; row < contacts.last; row++) {
    const date = cellRef(row, LABEL_COLUMN + CONTACT.date);
    const person = cellRef(row, LABEL_COLUMN + CONTACT.person);
    // A negative contact shows when its pause ends; a contact within 14 days after a negative one
    // is flagged unless it was with a sponsor, advisor or informant of the decision group.
    const supportive = SUPPORTIVE_ROLES.map((value) => `COUNTIFS(${names},${person},${roles},${role(value)})`).join("+");
    const inPause = `COUNTIFS(${outcomes},${negative},${dates},">"&(${date}-${CONTACT_DAYS.pause}),${dates},"<"&${date})>0`;
    put({
      row,
      column: LABEL_COLUMN + CONTACT.check,
      formula: `=IF(NOT(ISNUMBER(${date})),"",IF(${cellRef(row, LABEL_COLUMN + CONTACT.outcome)}=${negative},${date}+${CONTACT_DAYS.pause},IF(AND(${inPause},NOT(AND(${person}<>"",(${supportive})>0))),${quoted(t(FOLLOW_UP_TEXT.insidePause))},"")))`,
      format: FORMATS.date,
    });
  }
  for (let row = group.first; row < group.last; row++) {
    const name = cellRef(row, LABEL_COLUMN + MEMBER.name);
    const latest = `MAXIFS(${dates},${persons},${name})`;
    put({ row, column: LABEL_COLUMN + MEMBER.lastContact, formula: `=IF(${name}="","",IF(${latest}>0,${latest},""))`, format: FORMATS.date });
  }
  // The decision group's influence summed by attitude, beside its table: what the chart draws.
  const attitudes = rangeRef(group.first, group.last, LABEL_COLUMN + MEMBER.attitude);
  const influence = rangeRef(group.first, group.last, LABEL_COLUMN + MEMBER.influence);
  const block = ATTITUDE_BLOCK_COLUMN;
  put({ row: group.first, column: block, formula: `=${quoted(t(TABLE_COLUMNS.attitude))}`, format: GENERAL });
  put({ row: group.first, column: block + 1, formula: `=${quoted(t(TABLE_COLUMNS.influence))}`, format: GENERAL });
  Object.keys(ATTITUDE_VALUES).forEach((_, index) => {
    const row = group.first + 1 + index;
    put({ row, column: block, formula: `=${cellRef(rows.lists.attitude, LABEL_COLUMN + index, true)}`, format: GENERAL });
    put({ row, column: block + 1, formula: `=SUMIFS(${influence},${attitudes},${cellRef(row, block)})`, format: FORMATS.integer });
  });
  // Coverage flags under them, live: no decision maker named, more opponents than supporters (by
  // attitude or role), people without a role; the words of KAM Health's reasons.
  const attitude = (value: keyof typeof ATTITUDE_VALUES) => cellRef(rows.lists.attitude, LABEL_COLUMN + listIndex("attitude", value), true);
  const roleCell = (value: "decisionMaker" | "opponent") => cellRef(rows.lists.role, LABEL_COLUMN + listIndex("role", value), true);
  const opponents = `(COUNTIFS(${attitudes},${attitude("opponent")})+COUNTIFS(${roles},${roleCell("opponent")})-COUNTIFS(${attitudes},${attitude("opponent")},${roles},${roleCell("opponent")}))`;
  const withoutRole = `COUNTIFS(${names},"<>",${roles},"")`;
  const flag = (condition: string, text: string) => `IF(${condition},${text}&"; ","")`;
  const [beforeCount, afterCount] = t(HEALTH_TEXT.reasonNoRole).split("{count}");
  const flags = [
    flag(`COUNTIFS(${names},"<>",${roles},${roleCell("decisionMaker")})=0`, quoted(t(HEALTH_TEXT.reasonNoDecisionMaker))),
    flag(`${opponents}>COUNTIFS(${attitudes},${attitude("supporter")})`, quoted(t(HEALTH_TEXT.reasonOpponents))),
    flag(`${withoutRole}>0`, `${quoted(beforeCount)}&${withoutRole}&${quoted(afterCount ?? "")}`),
  ];
  put({ row: group.first + 1 + Object.keys(ATTITUDE_VALUES).length, column: block, formula: `=${flags.join("&")}`, format: GENERAL });
  // The rung each review's answers suggest (rungOf), read from the sheet's own ladder and yes/no cells.
  const reviewRow = (field: number) => fieldRow(rows, "reviews", field);
  const answer = (value: "yes" | "no") => cellRef(rows.lists.yesNo, LABEL_COLUMN + listIndex("yesNo", value), true);
  const ladderCells = `${cellRef(rows.lists.ladder, LABEL_COLUMN, true)}:${cellRef(rows.lists.ladder, LABEL_COLUMN + 3, true)}`;
  for (let column = VALUE_COLUMN; column < READ_COLUMNS; column++) {
    const questions = FAVOURABLE_ANSWERS.map((_, index) => cellRef(reviewRow(REVIEW.firstQuestion + index), column));
    const favourable = FAVOURABLE_ANSWERS.map((value, index) => `(${questions[index]}=${answer(value)})`).join("+");
    const rung = `IF(${favourable}<=1,1,IF(${favourable}<=3,2,IF(${favourable}<=5,3,4)))`;
    put({ row: reviewRow(REVIEW.rung), column, formula: `=IF(COUNTA(${questions[0]}:${questions[questions.length - 1]})=0,"",INDEX(${ladderCells},1,${rung}))`, format: GENERAL });
  }
  const planCell = (field: number) => ({ row: fieldRow(rows, "plan", field), column: VALUE_COLUMN });
  const ytd = subject ? yearToDate(subject.periodSums, result) : null;
  const margin = subject && subject.revenue !== null && subject.profit !== null && subject.revenue !== 0 ? subject.profit / subject.revenue : null;
  // The figures sit in the hidden meta row; the plan shows them by formula, as every computed cell.
  const stored = (column: number, figure: number | null, format: string): PlannedCell => (figure === null ? { row: rows.meta, column, empty: true, format } : { row: rows.meta, column, number: figure, format });
  cells.push(stored(META.yearToDate, ytd, FORMATS.money), stored(META.margin, margin, FORMATS.percent));
  const shown = (column: number) => `=IF(ISNUMBER(${cellRef(rows.meta, column, true)}),${cellRef(rows.meta, column, true)},"")`;
  put({ ...planCell(PLAN.actualRevenue), formula: shown(META.yearToDate), format: FORMATS.money });
  put({ ...planCell(PLAN.actualMargin), formula: shown(META.margin), format: FORMATS.percent });
  const target = cellRef(planCell(PLAN.revenueTarget).row, VALUE_COLUMN);
  const actual = cellRef(planCell(PLAN.actualRevenue).row, VALUE_COLUMN);
  put({ ...planCell(PLAN.revenueVsTarget), formula: `=IF(AND(ISNUMBER(${target}),ISNUMBER(${actual}),${target}<>0),${actual}/${target},"")`, format: FORMATS.percent });
  return cells;
}

/**
 * Revenue of the as-of date's calendar year: the period sums (revenue, whatever the measure) of
 * the periods that start in that year. Null without dated periods.
 */
export function yearToDate(periodSums: readonly number[], result: ClassifyResult): number | null {
  if (result.asOf === null || result.periods.length === 0) return null;
  const yearStart = serialFromYmd(ymdFromSerial(result.asOf).year, 1, 1);
  return result.periods.reduce((sum, period, index) => (period.start >= yearStart ? sum + (periodSums[index] ?? 0) : sum), 0);
}
