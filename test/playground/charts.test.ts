/**
 * The preview's charts and merged cells (src/playground/chart-drawing.ts, merges.ts, ChartView.tsx,
 * workbook.ts): the value axis Excel chooses, what a chart draws from its source cells, where
 * bars, lines and labels go, where a chart sits over the grid, how a merged area is drawn and
 * selected; and the charts the add-in writes, read from a classified workbook as the preview shows them.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { classifyWorkbook } from "../../src/excel/classify-workbook";
import { type ChartCell, type ChartData, chartBox, chartData, chartKind, chartLayout, countBelow, valueScale } from "../../src/playground/chart-drawing";
import { ChartView } from "../../src/playground/ChartView";
import { expandToMerges, isOneMerge, mergeAt, mergePiece } from "../../src/playground/merges";
import { previewOf } from "../../src/playground/workbook";
import { HEADER, salesRows, workbookWith } from "../excel/helpers";
import { baseSales, dossierRun, resultOf } from "../excel/dossier/helpers";
import { createOrRefreshDossiers } from "../../src/excel/dossier";
import { createHeadlessExcel } from "../../src/headless";

const rect = (row: number, column: number, rowCount: number, columnCount: number) => ({ row, column, rowCount, columnCount });

/** A grid of values read as a chart reads cells (text as shown, General format). */
function reader(grid: unknown[][], format = "General"): (row: number, column: number) => ChartCell {
  return (row, column) => {
    const value = grid[row]?.[column] ?? null;
    return { value, text: value === null ? "" : String(value), numberFormat: format };
  };
}

describe("value axis", () => {
  test("from 0 to a round step above the highest value plus 5%, as Excel's automatic axis", () => {
    expect(valueScale([0.4, 0.7, 1])).toEqual({ min: 0, max: 1.2, step: 0.2, ticks: [0, 0.2, 0.4, 0.6, 0.8, 1, 1.2] });
    expect(valueScale([120, 340, 90])).toMatchObject({ min: 0, max: 400, step: 100 });
    expect(valueScale([3])).toMatchObject({ min: 0, max: 3.5, step: 0.5 });
  });

  test("values far from zero keep the axis near them; negatives go below zero; nothing gives 0 to 1", () => {
    const near = valueScale([1000, 1050, 1100]);
    expect(near.min).toBeGreaterThan(0);
    expect(near.min).toBeLessThanOrEqual(1000);
    expect(near.max).toBeGreaterThanOrEqual(1100);
    const mixed = valueScale([-30, 50]);
    expect(mixed.min).toBeLessThan(-30);
    expect(mixed.ticks).toContain(0);
    expect(valueScale([])).toMatchObject({ min: 0, max: 1 });
  });
});

describe("chart data", () => {
  test("chart types drawn", () => {
    expect(chartKind("Line")).toEqual({ kind: "line", stacked: false });
    expect(chartKind("ColumnStacked")).toEqual({ kind: "column", stacked: true });
    expect(chartKind("BarClustered")).toEqual({ kind: "bar", stacked: false });
    expect(chartKind("Pie")).toEqual({ kind: "column", stacked: false });
  });

  test("a series per column under its name, text labels as the categories, empty cells as gaps, text as 0", () => {
    const grid = [
      ["Cell", "Share", "Clients"],
      ["AX", 0.5, 3],
      ["BY", null, 2],
      ["CZ", "n/a", 1],
    ];
    const data = chartData({ type: "ColumnClustered", title: "By cell", source: rect(0, 0, 4, 3), seriesBy: "Columns" }, reader(grid, "0%"));
    expect(data).toEqual<ChartData>({
      title: "By cell",
      kind: "column",
      stacked: false,
      categories: ["AX", "BY", "CZ"],
      series: [
        { name: "Share", values: [0.5, null, 0] },
        { name: "Clients", values: [3, 2, 1] },
      ],
      valueFormat: "0%",
    });
  });

  test("by rows: the first row the periods, each row after it a series (a dossier's sales and the year before)", () => {
    const grid = [
      ["Period", "2024-01", "2024-02", "2024-03"],
      ["Sales", 100, 150, 120],
      ["A year earlier", null, 90, 110],
    ];
    const data = chartData({ type: "Line", title: "", source: rect(0, 0, 3, 4), seriesBy: "Rows" }, reader(grid));
    expect(data.categories).toEqual(["2024-01", "2024-02", "2024-03"]);
    expect(data.series).toEqual([
      { name: "Sales", values: [100, 150, 120] },
      { name: "A year earlier", values: [null, 90, 110] },
    ]);
  });

  test("numbers only: every column a series, against 1, 2, 3", () => {
    const data = chartData({ type: "Line", title: "", source: rect(0, 0, 2, 2), seriesBy: "Columns" }, reader([[1, 2], [3, 4]]));
    expect(data.categories).toEqual(["1", "2"]);
    expect(data.series.map((series) => series.name)).toEqual(["Series1", "Series2"]);
  });
});

describe("chart layout", () => {
  const columns: ChartData = { title: "By cell", kind: "column", stacked: false, categories: ["AX", "BY", "CZ"], series: [{ name: "Share", values: [0.5, 0.25, 0.125] }], valueFormat: "General" };

  test("columns: one bar a value, heights in proportion, from the zero line, inside the plot area", () => {
    const layout = chartLayout(columns, 400, 250);
    expect(layout.title).toMatchObject({ text: "By cell", x: 200 });
    expect(layout.bars).toHaveLength(3);
    const [a, b, c] = layout.bars;
    expect(a.height / b.height).toBeCloseTo(2, 5);
    expect(b.height / c.height).toBeCloseTo(2, 5);
    for (const bar of layout.bars) {
      expect(bar.y + bar.height).toBeCloseTo(layout.zero, 5);
      expect(bar.x).toBeGreaterThanOrEqual(layout.plot.x);
      expect(bar.x + bar.width).toBeLessThanOrEqual(layout.plot.x + layout.plot.width + 1e-9);
      expect(bar.y).toBeGreaterThanOrEqual(layout.plot.y - 1e-9);
    }
    // Left to right, with Excel's gap of 150% of a bar between them.
    expect(a.x).toBeLessThan(b.x);
    expect(b.x - a.x - a.width).toBeCloseTo(a.width * 1.5, 5);
    expect(layout.categoryLabels.map((label) => label.text)).toEqual(["AX", "BY", "CZ"]);
    expect(layout.legend.map((entry) => entry.name)).toEqual(["Share"]);
    expect(layout.valueTicks[0].label).toBe("0");
  });

  test("two series side by side in each category; stacked, one on the other", () => {
    const two: ChartData = { ...columns, series: [columns.series[0], { name: "Other", values: [0.1, 0.1, 0.1] }] };
    const clustered = chartLayout(two, 400, 250).bars;
    expect(clustered).toHaveLength(6);
    const first = clustered.filter((bar) => bar.point === 0);
    expect(first[1].x).toBeCloseTo(first[0].x + first[0].width, 5);
    const stacked = chartLayout({ ...two, stacked: true }, 400, 250).bars.filter((bar) => bar.point === 0);
    expect(stacked[1].x).toBeCloseTo(stacked[0].x, 5);
    expect(stacked[1].y + stacked[1].height).toBeCloseTo(stacked[0].y, 5);
  });

  test("bars: the first category at the bottom, values growing to the right", () => {
    const layout = chartLayout({ ...columns, kind: "bar" }, 400, 250);
    const [a, b] = layout.bars;
    expect(a.y).toBeGreaterThan(b.y);
    expect(a.x).toBeCloseTo(layout.zero, 5);
    expect(a.width / b.width).toBeCloseTo(2, 5);
  });

  test("a line through the middle of each category, broken at a gap; a long axis shows every k-th label", () => {
    const values = [1, 2, null, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20];
    const categories = values.map((_, index) => `${(index + 1) * 5}%`);
    const layout = chartLayout({ title: "Pareto", kind: "line", stacked: false, categories, series: [{ name: "Cumulative share", values }], valueFormat: "0%" }, 200, 200);
    const [line] = layout.lines;
    expect(line.points).toHaveLength(19);
    expect(line.path.match(/M/g)).toHaveLength(2);
    expect(line.points[1].y).toBeLessThan(line.points[0].y);
    expect(layout.categoryLabels.length).toBeLessThan(20);
    expect(layout.categoryLabels[0].text).toBe("5%");
    expect(layout.bars).toEqual([]);
  });

  test("the value axis is labelled in the values' format", () => {
    const layout = chartLayout({ ...columns, series: [{ name: "Share", values: [0.4, 1] }], categories: ["a", "b"] }, 400, 250, (value) => `${Math.round(value * 100)}%`);
    expect(layout.valueTicks.map((tick) => tick.label)).toEqual(["0%", "20%", "40%", "60%", "80%", "100%", "120%"]);
  });

  test("the SVG: one image named by its title, a rect a bar, a path a line", () => {
    const svg = renderToStaticMarkup(ChartView({ name: "Chart 1", data: columns, width: 400, height: 250 }));
    expect(svg).toMatch(/^<svg role="img" aria-label="By cell"/);
    expect(svg.match(/data-point=/g)).toHaveLength(3);
    const line = renderToStaticMarkup(ChartView({ name: "Chart 2", data: { ...columns, title: "", kind: "line" }, width: 400, height: 250 }));
    expect(line).toContain('aria-label="Chart 2"');
    expect(line).toContain('data-points="3"');
  });
});

describe("where a chart sits", () => {
  test("over its cells, from the first one's top-left corner to the last one's bottom-right", () => {
    const columnEdge = (column: number) => 48 + column * 70;
    const rowEdge = (row: number) => 22 + row * 22;
    expect(chartBox({ from: { row: 2, column: 6 }, to: { row: 17, column: 13 } }, columnEdge, rowEdge, { x: 1, y: 1 })).toEqual({ x: 48 + 6 * 70, y: 22 + 2 * 22, width: 8 * 70, height: 16 * 22 });
    const placed = chartBox({ top: 15, left: 10, width: 100, height: 30 }, columnEdge, rowEdge, { x: 1.1, y: 22 / 15 });
    expect([placed.x, placed.y, placed.width, placed.height].map((pixels) => Math.round(pixels))).toEqual([59, 44, 110, 44]);
  });

  test("rows below a row, by binary search", () => {
    expect(countBelow([0, 1, 3, 7], 0)).toBe(0);
    expect(countBelow([0, 1, 3, 7], 3)).toBe(2);
    expect(countBelow([0, 1, 3, 7], 5)).toBe(3);
    expect(countBelow([0, 1, 3, 7], 9)).toBe(4);
  });
});

describe("merged cells", () => {
  const merges = [rect(1, 1, 2, 3), rect(5, 0, 1, 2)];

  test("a selection takes in every merged area it touches, also those it reaches by growing", () => {
    expect(expandToMerges(rect(0, 0, 2, 2), merges)).toEqual(rect(0, 0, 3, 4));
    expect(expandToMerges(rect(3, 0, 3, 1), merges)).toEqual(rect(3, 0, 3, 2));
    expect(expandToMerges(rect(4, 4, 1, 1), merges)).toEqual(rect(4, 4, 1, 1));
    expect(expandToMerges(rect(2, 0, 4, 1), [rect(1, 1, 2, 3), rect(5, 0, 1, 2), rect(0, 3, 2, 2)])).toEqual(rect(0, 0, 6, 5));
    expect(mergeAt(merges, 2, 3)).toEqual(merges[0]);
    expect(mergeAt(merges, 3, 3)).toBeNull();
    expect(isOneMerge(rect(1, 1, 2, 3), merges)).toBe(true);
    expect(isOneMerge(rect(1, 1, 2, 2), merges)).toBe(false);
  });

  test("one table cell spanning the area's drawn rows and shown columns; the cells it covers not drawn", () => {
    const area = rect(1, 1, 2, 3);
    const rows = [0, 1, 2, 3];
    const columns = [0, 1, 2, 3, 4];
    expect(mergePiece(area, 1, 1, rows, columns)).toEqual({ rowSpan: 2, colSpan: 3 });
    expect(mergePiece(area, 1, 2, rows, columns)).toBe("covered");
    expect(mergePiece(area, 2, 1, rows, columns)).toBe("covered");
    // A hidden column takes no part; an area scrolled half out of view spans what is drawn.
    expect(mergePiece(area, 1, 1, rows, [0, 1, 3, 4])).toEqual({ rowSpan: 2, colSpan: 2 });
    expect(mergePiece(area, 2, 1, [2, 3, 4], columns)).toEqual({ rowSpan: 1, colSpan: 3 });
  });
});

describe("the add-in's charts as the preview shows them", () => {
  test("KAM Summary's Pareto and ABC-XYZ charts, over their cells, moved by what is typed in their source", async () => {
    const excel = await workbookWith([HEADER, ...salesRows()]);
    const outcome = await classifyWorkbook(excel.run, {});
    expect(outcome.ok).toBe(true);
    const preview = previewOf(excel);
    const [pareto, cells] = preview.charts("KAM Summary");
    expect(pareto.data).toMatchObject({ title: "Pareto curve", kind: "line", valueFormat: "0.0%" });
    expect(pareto.data.series).toHaveLength(1);
    expect(pareto.data.series[0].name).toBe("Cumulative share");
    expect(pareto.data.categories.every((label) => /^\d+%$/.test(label))).toBe(true);
    expect(pareto.data.series[0].values.length).toBe(pareto.data.categories.length);
    expect(pareto.anchor).toEqual({ from: { row: 2, column: 6 }, to: { row: 17, column: 13 } });
    expect(cells.data.kind).toBe("column");
    expect(cells.data.categories).toContain("AX");
    const shares = cells.data.series[0].values;

    // Typing a share moves its column.
    const source = excel.inspect.sheet("KAM Summary").charts()[1].series[0].values;
    const first = /^([A-Z]+)(\d+)/.exec(source) as RegExpExecArray;
    await excel.api(async (context) => {
      context.workbook.worksheets.getItem("KAM Summary").getRange(`${first[1]}${first[2]}`).values = [[0.99]];
      await context.sync();
    });
    preview.invalidate();
    expect(preview.charts("KAM Summary")[1].data.series[0].values).toEqual([0.99, ...shares.slice(1)]);
  });

  test("a dossier's sales by period: a line over the periods, the year before beside it; the decision group's columns", async () => {
    const excel = createHeadlessExcel();
    const summary = await createOrRefreshDossiers(excel.run, resultOf(baseSales()), dossierRun({ lang: "en", today: new Date(2025, 2, 1) }));
    const sheet = summary.created[0].sheet;
    const charts = previewOf(excel).charts(sheet);
    const trend = charts.find((chart) => chart.data.kind === "line");
    expect(trend?.data.categories.length).toBeGreaterThan(1);
    expect(trend?.data.series[0].values.some((value) => value !== null && value > 0)).toBe(true);
    expect(charts.find((chart) => chart.data.kind === "column")?.data.categories.length).toBeGreaterThan(1);
  });
});
