/**
 * KAM Matrix: the ABC x XYZ grid as one table on one screen. Each cell of the grid holds its
 * number of clients, its share of the measure, the recommended strategy and the key clients in
 * it, one under the other, on a fill that grows with the cell's share (the heat scale of
 * src/palette.ts, the pane's grid too). Columns are as wide as their texts need and rows as tall
 * as the wrapped texts, so nothing spills into the next row.
 */
import { RTL_LANGUAGES, translate } from "../../i18n/core";
import { LEGEND_TEXTS, MATRIX_TEXTS, SHEET_NAME_TEXTS, STRATEGY_TEXTS, SUMMARY_TEXTS, type MatrixCell } from "../../i18n/sheets";
import type { ClientResult } from "../../engine/types";
import { SHEET_IDS } from "../registry";
import { emptyPlan, heightForLines, longestWord, TEXT_FORMAT, textUnits, widthForCharacters, wrappedLines, type PlanValue, type SheetPlan } from "../plan";
import { COLOURS, FORMATS, heatColour, measureLabel, thresholdParams, type LayoutInput } from "./common";

const ABC = ["A", "B", "C"] as const;
const XYZ = ["X", "Y", "Z"] as const;

/** Key clients named in a cell before the rest are counted ("+3"). */
const NAMED_KEY_CLIENTS = 6;

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

/** The key clients (any dependency level) of each cell, largest first, as one line of names. */
export function keyClientNames(clients: readonly ClientResult[], cell: string): string {
  const key = clients.filter((client) => client.abcxyz === cell && client.dependency !== "none").sort((a, b) => b.share - a.share);
  const named = key.slice(0, NAMED_KEY_CLIENTS).map((client) => client.client);
  return key.length > NAMED_KEY_CLIENTS ? `${named.join(", ")} +${key.length - NAMED_KEY_CLIENTS}` : named.join(", ");
}

/** Rows of one class in the grid: clients, share, strategy, key clients. */
const LINES = 4;
const LABEL_COLUMN = 0;
const WHAT_COLUMN = 1;
const FIRST_CELL_COLUMN = 2;
const HEADER_ROW = 2;

export function matrixPlan(input: LayoutInput): SheetPlan {
  const { lang, result } = input;
  const plan = emptyPlan(SHEET_IDS.matrix, translate(SHEET_NAME_TEXTS.matrix, lang), RTL_LANGUAGES.has(lang));
  plan.print = { orientation: "Landscape", titleRows: null, breaksBefore: [], area: null };
  const { columns, clients, share } = matrixCounts(input);
  const xyzComputed = columns.length === 3;
  const params = thresholdParams(input.settings);
  const total = translate(MATRIX_TEXTS.total, lang);
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const maxShare = Math.max(1e-12, ...share.flat());
  const totalColumn = FIRST_CELL_COLUMN + columns.length;
  const whats = [translate(MATRIX_TEXTS.clients, lang), translate(MATRIX_TEXTS.shareOf, lang, { measure: measureLabel(input) }), translate(MATRIX_TEXTS.strategy, lang), translate(SUMMARY_TEXTS.keyClients, lang)];

  plan.blocks.push({ row: 0, column: 0, values: [[translate(MATRIX_TEXTS.title, lang)]], formats: [TEXT_FORMAT], style: { bold: true, fontSize: 14 } });
  const columnHeads = columns.map((xyz) => (xyz === "" ? "ABC" : translate(LEGEND_TEXTS[xyz as (typeof XYZ)[number]], lang)));
  plan.blocks.push({ row: HEADER_ROW, column: 0, values: [["", "", ...columnHeads, total]], formats: [TEXT_FORMAT] });
  plan.styles.push({ area: { row: HEADER_ROW, column: 0, rowCount: 1, columnCount: totalColumn + 1 }, style: { bold: true, fill: COLOURS.section, horizontal: "Center", vertical: "Top", wrap: true } });

  /** Texts of the cells per class: the strategy and key-client lines, for sizing. */
  const texts: string[][] = [];
  ABC.forEach((abc, r) => {
    const top = HEADER_ROW + 1 + r * LINES;
    const strategies = columns.map((xyz) => (xyzComputed ? translate(STRATEGY_TEXTS[`${abc}${xyz}` as MatrixCell], lang) : ""));
    const keyNames = columns.map((xyz) => keyClientNames(result.clients, abc + xyz));
    texts.push(...[strategies, keyNames]);
    const rows: PlanValue[][] = [
      [translate(LEGEND_TEXTS[abc], lang, params), whats[0], ...clients[r], sum(clients[r])],
      [null, whats[1], ...share[r], sum(share[r])],
      [null, whats[2], ...strategies, null],
      [null, whats[3], ...keyNames, null],
    ];
    const formats = (line: number): (string | null)[] => [TEXT_FORMAT, TEXT_FORMAT, ...columns.map(() => [FORMATS.integer, FORMATS.percent, TEXT_FORMAT, TEXT_FORMAT][line]), [FORMATS.integer, FORMATS.percent, null, null][line]];
    rows.forEach((values, line) => plan.blocks.push({ row: top + line, column: 0, values: [values], formats: formats(line) }));
    plan.styles.push({ area: { row: top, column: LABEL_COLUMN, rowCount: LINES, columnCount: 1 }, style: { bold: true, fill: COLOURS.section, wrap: true, vertical: "Top" } });
    plan.styles.push({ area: { row: top, column: WHAT_COLUMN, rowCount: LINES, columnCount: 1 }, style: { italic: true, vertical: "Top" } });
    columns.forEach((_, c) => {
      plan.styles.push({ area: { row: top, column: FIRST_CELL_COLUMN + c, rowCount: LINES, columnCount: 1 }, style: { fill: heatColour(share[r][c] / maxShare), border: true, vertical: "Top" } });
    });
    plan.styles.push({ area: { row: top, column: FIRST_CELL_COLUMN, rowCount: 2, columnCount: columns.length + 1 }, style: { horizontal: "Center" } });
    plan.styles.push({ area: { row: top, column: FIRST_CELL_COLUMN, rowCount: 1, columnCount: columns.length + 1 }, style: { bold: true } });
    plan.styles.push({ area: { row: top + 2, column: FIRST_CELL_COLUMN, rowCount: 2, columnCount: columns.length }, style: { wrap: true } });
    plan.styles.push({ area: { row: top, column: totalColumn, rowCount: LINES, columnCount: 1 }, style: { border: true, vertical: "Top" } });
  });

  const bottom = HEADER_ROW + 1 + ABC.length * LINES;
  const columnTotals = (grid: number[][]) => columns.map((_, c) => sum(grid.map((row) => row[c])));
  plan.blocks.push({ row: bottom, column: 0, values: [[total, whats[0], ...columnTotals(clients), sum(clients.flat())]], formats: [TEXT_FORMAT, TEXT_FORMAT, ...columns.map(() => FORMATS.integer), FORMATS.integer] });
  plan.blocks.push({ row: bottom + 1, column: 0, values: [[null, whats[1], ...columnTotals(share), sum(share.flat())]], formats: [TEXT_FORMAT, TEXT_FORMAT, ...columns.map(() => FORMATS.percent), FORMATS.percent] });
  plan.styles.push({ area: { row: bottom, column: 0, rowCount: 2, columnCount: totalColumn + 1 }, style: { bold: true, fill: COLOURS.section } });
  plan.styles.push({ area: { row: bottom, column: FIRST_CELL_COLUMN, rowCount: 2, columnCount: columns.length + 1 }, style: { horizontal: "Center" } });
  if (!xyzComputed) plan.blocks.push({ row: bottom + 3, column: 0, values: [[translate(MATRIX_TEXTS.noXyz, lang)]], formats: [TEXT_FORMAT], style: { italic: true } });

  // Widths from content: a grid column is wide enough for its texts in about four lines, within bounds.
  const cellTexts = texts.flat();
  const cellCharacters = Math.min(28, Math.max(14, longestWord(cellTexts.join(" ")), ...columnHeads.map((head) => Math.ceil(textUnits(head) / 2)), ...cellTexts.map((text) => Math.ceil(textUnits(text) / 4))));
  const labels = ABC.map((abc) => translate(LEGEND_TEXTS[abc], lang, params));
  const labelCharacters = Math.min(28, Math.max(12, ...labels.map((label) => Math.ceil(textUnits(label) / 3)), textUnits(total)));
  const whatCharacters = Math.min(24, Math.max(...whats.map(textUnits)) + 1);
  plan.columnWidths = [
    { column: LABEL_COLUMN, width: widthForCharacters(labelCharacters) },
    { column: WHAT_COLUMN, width: widthForCharacters(whatCharacters) },
    ...columns.map((_, c) => ({ column: FIRST_CELL_COLUMN + c, width: widthForCharacters(cellCharacters) })),
    { column: totalColumn, width: widthForCharacters(Math.max(8, textUnits(total) + 2)) },
  ];
  // Heights: the header and the strategy and key-client lines as tall as their wrapped text; a class's label fits its four rows.
  plan.rowHeights.push({ row: HEADER_ROW, height: heightForLines(Math.max(1, ...columnHeads.map((head) => wrappedLines(head, cellCharacters)))) });
  ABC.forEach((_, r) => {
    const top = HEADER_ROW + 1 + r * LINES;
    const strategyLines = Math.max(1, ...texts[2 * r].map((text) => wrappedLines(text, cellCharacters)));
    const keyLines = Math.max(1, ...texts[2 * r + 1].map((text) => wrappedLines(text, cellCharacters)));
    const labelLines = wrappedLines(labels[r], labelCharacters);
    plan.rowHeights.push({ row: top + 2, height: heightForLines(strategyLines) }, { row: top + 3, height: heightForLines(Math.max(keyLines, labelLines - strategyLines - 2)) });
  });
  plan.tabColor = COLOURS.abc.A;
  return plan;
}
