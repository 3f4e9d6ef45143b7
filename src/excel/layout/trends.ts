/**
 * KAM Trends: the portfolio over time, from the sales history (src/engine/trends.ts): a table of
 * the quarters (key clients and their combined share, concentration, lost and won clients), the
 * ABC migration from the last quarter but one to now, and a chart of the concentration.
 */
import { RTL_LANGUAGES, translate } from "../../i18n/core";
import { SHEET_NAME_TEXTS, TRENDS_TEXTS } from "../../i18n/sheets";
import type { Trends } from "../../engine/trends";
import { SHEET_IDS } from "../registry";
import { emptyPlan, TEXT_FORMAT, widthForCharacters, type PlanValue, type SheetPlan } from "../plan";
import { addSheetTable, COLOURS, FORMATS, type LayoutInput } from "./common";

export const TRENDS_TABLE_NAME = "KAM_Trends";
/** Holdings shown over time: the largest now (a long tail of small groups says little). */
const HOLDINGS_SHOWN = 10;

export function trendsPlan(input: LayoutInput, trends: Trends): SheetPlan {
  const { lang } = input;
  const t = (key: keyof typeof TRENDS_TEXTS) => translate(TRENDS_TEXTS[key], lang);
  const plan = emptyPlan(SHEET_IDS.trends, translate(SHEET_NAME_TEXTS.trends, lang), RTL_LANGUAGES.has(lang));
  // The first four columns are the chart's source: quarters and the three concentration lines.
  const columns: { header: string; format: string | null; value: (point: Trends["points"][number]) => PlanValue }[] = [
    { header: t("quarter"), format: TEXT_FORMAT, value: (point) => point.label },
    { header: t("keyShare"), format: FORMATS.percent, value: (point) => point.keyShare },
    { header: t("topClient"), format: FORMATS.percent, value: (point) => point.topClientShare },
    { header: t("top5"), format: FORMATS.percent, value: (point) => point.top5Share },
    { header: t("keyClients"), format: FORMATS.integer, value: (point) => point.keyClients },
    { header: t("clients"), format: FORMATS.integer, value: (point) => point.clients },
    { header: t("herfindahl"), format: FORMATS.herfindahl, value: (point) => point.herfindahl },
    { header: t("lost"), format: FORMATS.integer, value: (point) => point.lost },
    { header: t("newlyLost"), format: FORMATS.integer, value: (point) => point.newlyLost },
    { header: t("atRisk"), format: FORMATS.integer, value: (point) => point.atRisk },
    { header: t("won"), format: FORMATS.integer, value: (point) => point.won },
    { header: t("windowFrom"), format: FORMATS.date, value: (point) => point.start },
    { header: t("windowTo"), format: FORMATS.date, value: (point) => point.end },
  ];
  const rows = trends.points.map((point) => columns.map((column) => column.value(point)));
  const width = columns.length;
  const count = rows.length;
  addSheetTable(plan, { name: TRENDS_TABLE_NAME, headers: columns.map((column) => column.header), rows, formats: columns.map((column) => column.format), note: t("title") });

  const below = Math.max(1, count) + 3;
  if (trends.migration) {
    const classes = ["A", "B", "C"] as const;
    const values: PlanValue[][] = [
      [t("migration"), null, null, null, null],
      [t("fromTo"), "A", "B", "C", t("gone")],
      ...classes.map((from) => [from, ...classes.map((to) => trends.migration?.[from][to] ?? 0), trends.migration?.[from].gone ?? 0]),
    ];
    plan.blocks.push({ row: below, column: 0, values, formats: [TEXT_FORMAT, FORMATS.integer, FORMATS.integer, FORMATS.integer, FORMATS.integer] });
    plan.styles.push({ area: { row: below, column: 0, rowCount: 1, columnCount: 1 }, style: { bold: true } });
    plan.styles.push({ area: { row: below + 1, column: 0, rowCount: 1, columnCount: 5 }, style: { bold: true, fill: COLOURS.section, border: true } });
    plan.styles.push({ area: { row: below + 2, column: 0, rowCount: 3, columnCount: 5 }, style: { border: true } });
  }
  if (count > 1) {
    plan.charts.push({ type: "Line", name: "KAM Trends chart", title: t("chartTitle"), source: { row: 0, column: 0, rowCount: count + 1, columnCount: 4 }, at: { row: below + 7, column: 0, rowCount: 16, columnCount: 8 } });
  }
  // By manager and by holding, under the chart: one row each, one column per quarter.
  let row = below + 7 + 16 + 1;
  const quarters = trends.points.map((point) => point.label);
  const byPoint = (title: string, names: string[], value: (point: Trends["points"][number], name: string) => PlanValue | undefined, format: string = FORMATS.percent) => {
    if (names.length === 0 || quarters.length === 0) return;
    const values: PlanValue[][] = [[title, ...quarters.map(() => null)], [null, ...quarters], ...names.map((name) => [name, ...trends.points.map((point) => value(point, name) ?? null)])];
    plan.blocks.push({ row, column: 0, values, formats: [TEXT_FORMAT, ...quarters.map(() => format)] });
    plan.styles.push({ area: { row, column: 0, rowCount: 1, columnCount: 1 }, style: { bold: true } });
    plan.styles.push({ area: { row: row + 1, column: 0, rowCount: 1, columnCount: quarters.length + 1 }, style: { bold: true, fill: COLOURS.section, border: true } });
    plan.styles.push({ area: { row: row + 2, column: 0, rowCount: names.length, columnCount: quarters.length + 1 }, style: { border: true } });
    row += values.length + 1;
  };
  const last = trends.points[trends.points.length - 1];
  const managers = [...new Set(trends.points.flatMap((point) => [...point.managers.keys()]))].sort((a, b) => (last?.managers.get(b) ?? 0) - (last?.managers.get(a) ?? 0) || a.localeCompare(b));
  // Lost and won clients as "lost / won" per quarter: the articles' count of losses, watched by whom.
  const moves = (map: Map<string, { lost: number; won: number }>, name: string) => {
    const entry = map.get(name);
    return entry ? `${entry.lost} / ${entry.won}` : "0 / 0";
  };
  byPoint(t("byManager"), managers, (point, name) => point.managers.get(name));
  byPoint(t("movesByManager"), managers, (point, name) => moves(point.movesByManager, name), TEXT_FORMAT);
  const holdings = [...new Set(trends.points.flatMap((point) => [...point.groups.keys()]))].sort((a, b) => (last?.groups.get(b) ?? 0) - (last?.groups.get(a) ?? 0) || a.localeCompare(b)).slice(0, HOLDINGS_SHOWN);
  byPoint(t("byHolding"), holdings, (point, name) => point.groups.get(name));
  byPoint(t("movesByHolding"), holdings, (point, name) => moves(point.movesByGroup, name), TEXT_FORMAT);
  plan.freezeRows = 1;
  plan.tabColor = COLOURS.header;
  plan.columnWidths = [
    ...columns.map((column, index) => ({ column: index, width: widthForCharacters(Math.max(10, Math.min(column.header.length, 18))) })),
    { column: width, width: 12 },
    { column: width + 1, width: widthForCharacters(60) },
  ];
  return plan;
}

/** Trend points a class path shows: the last four quarters. */
const PATH_POINTS = 4;

/**
 * Each client's ABC class at the last trend points, oldest first ("C → B → A → A"; "–" where the
 * client bought nothing in that point's window), by client key; empty with fewer than two points.
 * @example classPaths(trends).get("acme") // "B → A → A → A"
 */
export function classPaths(history: Trends): Map<string, string> {
  const points = history.points.slice(-PATH_POINTS);
  const paths = new Map<string, string>();
  if (points.length < 2) return paths;
  const keys = new Set(points.flatMap((point) => [...point.classes.keys()]));
  for (const key of keys) paths.set(key, points.map((point) => point.classes.get(key) ?? "–").join(" → "));
  return paths;
}
