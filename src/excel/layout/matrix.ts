/** KAM Matrix: the 3x3 ABC x XYZ grid: client counts, share of the measure (heat colours), strategy per cell. */
import { RTL_LANGUAGES, translate } from "../../i18n/core";
import { MATRIX_TEXTS, SHEET_NAME_TEXTS, STRATEGY_TEXTS, type MatrixCell } from "../../i18n/sheets";
import { SHEET_IDS } from "../registry";
import { emptyPlan, widthForCharacters, type PlanValue, type SheetPlan } from "../plan";
import { COLOURS, FORMATS, heatColour, measureLabel, type LayoutInput } from "./common";

const ABC = ["A", "B", "C"] as const;
const XYZ = ["X", "Y", "Z"] as const;

/** Clients and share per cell; rows A,B,C, columns X,Y,Z (one column when XYZ is not computed). */
export function matrixCounts(input: LayoutInput): { columns: string[]; clients: number[][]; share: number[][] } {
  const xyzComputed = input.result.clients.some((client) => client.xyz !== null);
  const columns = xyzComputed ? [...XYZ] : [""];
  const clients = ABC.map(() => columns.map(() => 0));
  const share = ABC.map(() => columns.map(() => 0));
  for (const client of input.result.clients) {
    const row = ABC.indexOf(client.abc);
    const column = xyzComputed ? XYZ.indexOf(client.xyz ?? "Z") : 0;
    clients[row][column] += 1;
    share[row][column] += client.share;
  }
  return { columns, clients, share };
}

export function matrixPlan(input: LayoutInput): SheetPlan {
  const { lang } = input;
  const plan = emptyPlan(SHEET_IDS.matrix, translate(SHEET_NAME_TEXTS.matrix, lang), RTL_LANGUAGES.has(lang));
  const { columns, clients, share } = matrixCounts(input);
  const xyzComputed = columns.length === 3;
  const total = translate(MATRIX_TEXTS.total, lang);
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const columnTotals = (grid: number[][]) => columns.map((_, c) => sum(grid.map((row) => row[c])));
  const heading: PlanValue[] = ["", ...columns.map((xyz) => xyz || "ABC"), total];

  plan.blocks.push({ row: 0, column: 0, values: [[translate(MATRIX_TEXTS.title, lang)]], style: { bold: true, fontSize: 14 } });
  let row = 2;
  const maxShare = Math.max(1e-12, ...share.flat());
  const grids: { title: string; grid: number[][]; format: string }[] = [
    { title: translate(MATRIX_TEXTS.clients, lang), grid: clients, format: FORMATS.integer },
    { title: translate(MATRIX_TEXTS.shareOf, lang, { measure: measureLabel(input) }), grid: share, format: FORMATS.percent },
  ];
  for (const { title, grid, format } of grids) {
    plan.blocks.push({ row, column: 0, values: [[title]], style: { bold: true } });
    const values: PlanValue[][] = [heading, ...ABC.map((abc, r) => [abc, ...grid[r], sum(grid[r])]), [total, ...columnTotals(grid), sum(grid.flat())]];
    plan.blocks.push({ row: row + 1, column: 0, values, formats: [null, ...columns.map(() => format), format] });
    plan.styles.push({ area: { row: row + 1, column: 0, rowCount: 1, columnCount: heading.length }, style: { bold: true, fill: COLOURS.section, horizontal: "Center" } });
    plan.styles.push({ area: { row: row + 2, column: 0, rowCount: 3, columnCount: 1 }, style: { bold: true, fill: COLOURS.section, horizontal: "Center" } });
    plan.styles.push({ area: { row: row + 5, column: 0, rowCount: 1, columnCount: heading.length }, style: { bold: true } });
    ABC.forEach((_, r) =>
      columns.forEach((__, c) => plan.styles.push({ area: { row: row + 2 + r, column: 1 + c, rowCount: 1, columnCount: 1 }, style: { fill: heatColour(share[r][c] / maxShare), horizontal: "Center" } })),
    );
    row += 8;
  }

  plan.blocks.push({ row, column: 0, values: [[translate(MATRIX_TEXTS.strategy, lang)]], style: { bold: true } });
  if (xyzComputed) {
    const values: PlanValue[][] = [["", ...XYZ], ...ABC.map((abc) => [abc, ...XYZ.map((xyz) => translate(STRATEGY_TEXTS[`${abc}${xyz}` as MatrixCell], lang))])];
    plan.blocks.push({ row: row + 1, column: 0, values });
    plan.styles.push({ area: { row: row + 1, column: 0, rowCount: 1, columnCount: 4 }, style: { bold: true, fill: COLOURS.section, horizontal: "Center" } });
    plan.styles.push({ area: { row: row + 2, column: 0, rowCount: 3, columnCount: 1 }, style: { bold: true, fill: COLOURS.section, horizontal: "Center" } });
    plan.styles.push({ area: { row: row + 2, column: 1, rowCount: 3, columnCount: 3 }, style: { wrap: true, vertical: "Top" } });
    ABC.forEach((_, r) => XYZ.forEach((__, c) => plan.styles.push({ area: { row: row + 2 + r, column: 1 + c, rowCount: 1, columnCount: 1 }, style: { fill: heatColour(share[r][c] / maxShare) } })));
  } else {
    plan.blocks.push({ row: row + 1, column: 0, values: [[translate(MATRIX_TEXTS.noXyz, lang)]], style: { italic: true } });
  }
  plan.columnWidths = [{ column: 0, width: widthForCharacters(24) }, ...[1, 2, 3].map((column) => ({ column, width: widthForCharacters(xyzComputed ? 40 : 12) })), { column: 4, width: widthForCharacters(12) }];
  plan.tabColor = COLOURS.abc.A;
  return plan;
}
