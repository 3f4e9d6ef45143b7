/**
 * KAM Summary: the headline numbers first (total, clients, key clients and their combined share
 * against the articles' typical 30-55%, with a verdict in plain words, the top client's share),
 * then the data, concentration, warnings, groups, manager load, status counts, the data of the
 * Pareto and ABC-XYZ charts (with the charts beside them), movement since the last run and what
 * was run. Sections are stacked in columns A-E; the charts sit from column G.
 */
import { RTL_LANGUAGES, translate, type Lang } from "../../i18n/core";
import { COLUMN_TEXTS, DEPENDENCY_TEXTS, NEW_CLIENT_TEXT, SETTING_VALUE_TEXTS, SHEET_NAME_TEXTS, STATUS_TEXTS, SUMMARY_TEXTS } from "../../i18n/sheets";
import { isoFromSerial } from "../../engine/calendar";
import type { ClassifyResult, ClientStatus, Warning } from "../../engine/types";
import { GONE_CELL, NEW_CELL } from "../movement";
import { SHEET_IDS } from "../registry";
import { emptyPlan, TEXT_FORMAT, widthForCharacters, type Rect, type PlanValue, type SheetPlan } from "../plan";
import { COLOURS, FORMATS, measureLabel, percentLabel, thresholdParams, type LayoutInput } from "./common";

const T = SUMMARY_TEXTS;

/** Builds a sheet of stacked sections, one row at a time. */
class SectionWriter {
  row = 0;
  constructor(readonly plan: SheetPlan) {}

  title(text: string): void {
    this.plan.blocks.push({ row: this.row, column: 0, values: [[text]], formats: [TEXT_FORMAT], style: { bold: true, fontSize: 14 } });
    this.row += 2;
  }

  section(text: string): void {
    this.plan.blocks.push({ row: this.row, column: 0, values: [[text]], formats: [TEXT_FORMAT] });
    this.plan.styles.push({ area: { row: this.row, column: 0, rowCount: 1, columnCount: 5 }, style: { bold: true, fill: COLOURS.section } });
    this.row += 1;
  }

  /** A label and one value with its number format (TEXT_FORMAT for text from the data). */
  pair(label: string, value: PlanValue, format: string | null): void {
    this.plan.blocks.push({ row: this.row, column: 0, values: [[label, value]], formats: [TEXT_FORMAT, format] });
    this.row += 1;
  }

  line(text: string, italic = false): void {
    this.plan.blocks.push({ row: this.row, column: 0, values: [[text]], formats: [TEXT_FORMAT], style: italic ? { italic } : undefined });
    this.row += 1;
  }

  /** A small table with a header row; returns its area (header included). */
  table(headers: string[], rows: PlanValue[][], formats: (string | null)[]): Rect {
    const area: Rect = { row: this.row, column: 0, rowCount: rows.length + 1, columnCount: headers.length };
    this.plan.blocks.push({ row: this.row, column: 0, values: [headers], formats: headers.map(() => TEXT_FORMAT), style: { bold: true } });
    if (rows.length > 0) this.plan.blocks.push({ row: this.row + 1, column: 0, values: rows, formats });
    this.row += rows.length + 1;
    return area;
  }

  gap(): void {
    this.row += 1;
  }
}

function percentText(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

const WARNING_TEXT: Record<string, keyof typeof T> = {
  "no-dates": "noDatesWarning",
  "few-periods": "fewPeriodsWarning",
  "no-rows": "noRowsWarning",
  "no-positive-measure": "noPositiveWarning",
};

function warningLines(result: ClassifyResult, lang: Lang): string[] {
  const lines: string[] = [];
  for (const client of result.clients) {
    if (client.dependency === "mono") lines.push(translate(T.monoWarning, lang, { client: client.client, share: percentText(client.share) }));
    else if (client.dependency === "critical") lines.push(translate(T.criticalWarning, lang, { client: client.client, share: percentText(client.share) }));
  }
  for (const group of result.groups) {
    if (group.dependency !== "none") {
      lines.push(translate(T.groupWarning, lang, { client: group.group, share: percentText(group.share), dependency: translate(DEPENDENCY_TEXTS[group.dependency], lang) }));
    }
  }
  for (const warning of result.warnings as Warning[]) {
    const key = WARNING_TEXT[warning.code];
    lines.push(key ? translate(T[key], lang) : warning.message);
  }
  return lines;
}

/**
 * The key clients' combined share the articles call typical: "key clients together often make
 * 30-55% of sales" (/work/shared/domain.md, "Who is a key client").
 */
export const TYPICAL_KEY_SHARE = { low: 0.3, high: 0.55 } as const;

/** Where the key clients' combined share stands against the typical range. */
export function keyShareVerdict(keyClients: number, share: number): "none" | "below" | "within" | "above" {
  if (keyClients === 0) return "none";
  return share < TYPICAL_KEY_SHARE.low ? "below" : share > TYPICAL_KEY_SHARE.high ? "above" : "within";
}

const VERDICT_TEXT = { none: "keyShareNone", below: "keyShareBelow", within: "keyShareWithin", above: "keyShareAbove" } as const;

/**
 * The Pareto chart's source: share of clients as text labels ("5%", "10%", ...) and the cumulative
 * share. The labels are text on purpose: given only a range, Excel takes the first column as the
 * category axis when it holds text, and a column of numbers under a header as one more series
 * (two lines instead of one curve; see chartSeries in src/headless/chart.ts).
 */
export function paretoRows(result: ClassifyResult): [string, number][] {
  return paretoPoints(result).map(([clients, cumulative]) => [`${Math.round(clients * 100)}%`, cumulative]);
}

/** Pareto curve points: share of clients (5% steps, or every client when there are fewer than 20) -> cumulative share. */
export function paretoPoints(result: ClassifyResult): [number, number][] {
  const n = result.clients.length;
  if (n === 0) return [];
  const steps = Math.min(20, n);
  const points: [number, number][] = [];
  for (let step = 1; step <= steps; step++) {
    const clients = Math.ceil((step * n) / steps);
    points.push([clients / n, result.clients[clients - 1].cumulativeShare]);
  }
  return points;
}

export function summaryPlan(input: LayoutInput): SheetPlan {
  const { result, lang, settings, run, movement } = input;
  const plan = emptyPlan(SHEET_IDS.summary, translate(SHEET_NAME_TEXTS.summary, lang), RTL_LANGUAGES.has(lang));
  const out = new SectionWriter(plan);
  const measure = measureLabel(input);
  const key = result.clients.filter((client) => client.dependency !== "none");
  const keyShare = key.reduce((sum, client) => sum + client.share, 0);
  const range = { low: percentLabel(TYPICAL_KEY_SHARE.low), high: percentLabel(TYPICAL_KEY_SHARE.high) };

  out.title(translate(T.title, lang));
  // The headline numbers first: what a manager reads before anything else.
  out.section(translate(T.headline, lang));
  out.pair(translate(T.total, lang, { measure }), result.total, FORMATS.money);
  out.pair(translate(T.clientCount, lang), result.clients.length, FORMATS.integer);
  out.pair(translate(T.keyClientCount, lang, thresholdParams(settings)), key.length, FORMATS.integer);
  plan.blocks.push({ row: out.row, column: 0, values: [[translate(T.keyClientsShare, lang), keyShare, translate(T.typicalKeyShare, lang, range)]], formats: [TEXT_FORMAT, FORMATS.percent, TEXT_FORMAT] });
  plan.styles.push({ area: { row: out.row, column: 2, rowCount: 1, columnCount: 1 }, style: { italic: true } });
  out.row += 1;
  const verdict = keyShareVerdict(key.length, keyShare);
  out.line(translate(T[VERDICT_TEXT[verdict]], lang, { share: percentText(keyShare), ...range, key: thresholdParams(settings).key }));
  out.pair(translate(T.topClientShare, lang), result.concentration.topClientShare, FORMATS.percent);
  out.gap();

  out.section(translate(T.totals, lang));
  out.pair(translate(T.periodCount, lang), result.periods.length, FORMATS.integer);
  out.pair(translate(T.asOf, lang), result.asOf, FORMATS.date);
  out.pair(translate(T.rowsRead, lang), run.rowsRead, FORMATS.integer);
  out.pair(translate(T.rowsSkipped, lang), result.skipped.length, FORMATS.integer);
  out.gap();

  out.section(translate(T.concentration, lang));
  out.pair(translate(T.top5Share, lang), result.concentration.top5Share, FORMATS.percent);
  out.pair(translate(T.clientsFor80, lang), result.concentration.clientsFor80, FORMATS.integer);
  out.pair(translate(T.herfindahl, lang), result.concentration.herfindahl, FORMATS.herfindahl);
  out.gap();

  out.section(translate(T.warnings, lang));
  const warnings = warningLines(result, lang);
  if (warnings.length === 0) out.line(translate(T.noWarnings, lang), true);
  for (const line of warnings) out.line(line);
  out.gap();

  if (result.groups.length > 0) {
    out.section(translate(T.groups, lang));
    out.table(
      [translate(COLUMN_TEXTS.group, lang), measure, translate(COLUMN_TEXTS.share, lang), translate(COLUMN_TEXTS.dependency, lang), translate(T.clientCount, lang)],
      result.groups.map((group) => [group.group, group.measure, group.share, translate(DEPENDENCY_TEXTS[group.dependency], lang), group.clients]),
      [TEXT_FORMAT, FORMATS.money, FORMATS.percent, null, FORMATS.integer],
    );
    out.gap();
  }

  if (result.managers.length > 0) {
    out.section(translate(T.managers, lang));
    const flag = translate(T.overloaded, lang, { n: settings.maxKeyClientsPerManager });
    // The load by revenue too (the articles size it so): the share of the whole measure each manager's clients bring.
    const handled = new Map<string, number>();
    for (const client of result.clients) if (client.manager !== null) handled.set(client.manager, (handled.get(client.manager) ?? 0) + client.share);
    const area = out.table(
      [translate(COLUMN_TEXTS.manager, lang), translate(T.keyClients, lang), translate(T.keyShare, lang), translate(T.managerShare, lang), ""],
      result.managers.map((manager) => [manager.manager, manager.keyClients, manager.keyShare, handled.get(manager.manager) ?? 0, manager.overloaded ? flag : null]),
      [TEXT_FORMAT, FORMATS.integer, FORMATS.percent, FORMATS.percent, TEXT_FORMAT],
    );
    result.managers.forEach((manager, index) => {
      if (manager.overloaded) plan.styles.push({ area: { row: area.row + 1 + index, column: 0, rowCount: 1, columnCount: 5 }, style: { fill: COLOURS.overloaded, fontColor: COLOURS.overloadedFont } });
    });
    out.gap();
  }

  out.section(translate(T.statusCounts, lang));
  const statuses: ClientStatus[] = ["active", "at-risk", "lost"];
  out.table(
    [translate(COLUMN_TEXTS.status, lang), translate(T.clientCount, lang), measure],
    statuses.map((status) => {
      const members = result.clients.filter((client) => client.status === status);
      return [translate(STATUS_TEXTS[status], lang), members.length, members.reduce((sum, client) => sum + client.measure, 0)];
    }),
    [null, FORMATS.integer, FORMATS.money],
  );
  out.gap();

  out.section(translate(T.cells, lang));
  const cells = new Map<string, { clients: number; share: number }>();
  for (const client of result.clients) {
    const cell = cells.get(client.abcxyz) ?? { clients: 0, share: 0 };
    cell.clients += 1;
    cell.share += client.share;
    cells.set(client.abcxyz, cell);
  }
  const cellRows = [...cells.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([cell, { clients, share }]) => [cell, share, clients]);
  const cellsArea = out.table([translate(T.cell, lang), translate(COLUMN_TEXTS.share, lang), translate(T.clientCount, lang)], cellRows, [null, FORMATS.percent, FORMATS.integer]);
  out.gap();

  out.section(translate(T.pareto, lang));
  const paretoArea = out.table([translate(T.clientsPercent, lang), translate(COLUMN_TEXTS.cumulativeShare, lang)], paretoRows(result), [TEXT_FORMAT, FORMATS.percent]);
  // Labels read like the numbers beside them.
  if (paretoArea.rowCount > 1) plan.styles.push({ area: { row: paretoArea.row + 1, column: 0, rowCount: paretoArea.rowCount - 1, columnCount: 1 }, style: { horizontal: "Right" } });
  out.gap();

  if (paretoArea.rowCount > 1) {
    plan.charts.push({ type: "Line", title: translate(T.pareto, lang), source: { ...paretoArea, columnCount: 2 }, at: { row: 2, column: 6, rowCount: 16, columnCount: 8 } });
  }
  if (cellsArea.rowCount > 1) {
    plan.charts.push({ type: "ColumnClustered", title: translate(T.cellsChart, lang, { measure }), source: { ...cellsArea, columnCount: 2 }, at: { row: 19, column: 6, rowCount: 16, columnCount: 8 } });
  }

  out.section(translate(T.movement, lang));
  if (!movement.hasPrevious) {
    out.line(translate(T.noPrevious, lang), true);
  } else {
    const label = (cell: string) => (cell === NEW_CELL ? translate(NEW_CLIENT_TEXT, lang) : cell === GONE_CELL ? translate(T.gone, lang) : cell);
    const froms = orderCells(movement.transitions.map((t) => t.from));
    const tos = orderCells(movement.transitions.map((t) => t.to));
    const count = (from: string, to: string) => movement.transitions.find((t) => t.from === from && t.to === to)?.clients ?? null;
    out.table([translate(T.fromTo, lang), ...tos.map(label)], froms.map((from) => [label(from), ...tos.map((to) => count(from, to))]), [null, ...tos.map(() => FORMATS.integer)]);
    out.gap();
    out.pair(translate(T.becameKey, lang), movement.becameKey.length > 0 ? movement.becameKey.join("; ") : translate(T.nobody, lang), TEXT_FORMAT);
    out.pair(translate(T.stoppedKey, lang), movement.stoppedKey.length > 0 ? movement.stoppedKey.join("; ") : translate(T.nobody, lang), TEXT_FORMAT);
  }
  out.gap();

  out.section(translate(T.run, lang));
  const setting = (key: keyof typeof SETTING_VALUE_TEXTS) => translate(SETTING_VALUE_TEXTS[key], lang);
  const percent = percentLabel;
  const window = `${settings.from ?? (result.periods[0] ? isoFromSerial(result.periods[0].start) : translate(T.fromData, lang))} … ${result.asOf !== null ? isoFromSerial(result.asOf) : translate(T.fromData, lang)}`;
  out.pair(translate(T.source, lang), run.source, TEXT_FORMAT);
  out.pair(translate(T.columns, lang), Object.entries(run.detected.headers).map(([role, header]) => `${role}: ${header}`).join("; "), TEXT_FORMAT);
  out.pair(translate(T.measure, lang), measure, TEXT_FORMAT);
  out.pair(translate(T.abcRule, lang), `${setting(settings.abcRule)}; A ${percent(settings.a)}, B ${percent(settings.b)}`, TEXT_FORMAT);
  out.pair(
    translate(T.xyzRule, lang),
    settings.xyz === "cv" ? `${setting("cv")}; X ≤ ${settings.x}, Y ≤ ${settings.y}` : `${setting("frequency")}; X ≥ ${percent(settings.coverageX)}, Y ≥ ${percent(settings.coverageY)}`,
    TEXT_FORMAT,
  );
  out.pair(translate(T.period, lang), setting(settings.period), TEXT_FORMAT);
  out.pair(translate(T.window, lang), window, TEXT_FORMAT);
  out.pair(translate(T.lostAfter, lang), settings.lostAfterDays, FORMATS.integer);
  out.pair(translate(T.dependencyThresholds, lang), `${percent(settings.keyShare)} / ${percent(settings.criticalShare)} / ${percent(settings.monoShare)}`, TEXT_FORMAT);
  out.pair(translate(T.runAt, lang), run.runAt, FORMATS.dateTime);

  plan.columnWidths = [
    { column: 0, width: widthForCharacters(36) },
    { column: 1, width: widthForCharacters(18) },
    { column: 2, width: widthForCharacters(14) },
    { column: 3, width: widthForCharacters(14) },
    { column: 4, width: widthForCharacters(14) },
  ];
  plan.tabColor = COLOURS.header;
  return plan;
}

/** Transition labels in matrix order (AX, AY, ... CZ, then ABC-only cells), with "new"/"gone" last. */
function orderCells(cells: string[]): string[] {
  const rank = (cell: string) => (cell === NEW_CELL || cell === GONE_CELL ? 99 : cell.length === 2 ? 0 : 1);
  return [...new Set(cells)].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}
