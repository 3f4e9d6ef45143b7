/**
 * What the preview draws of a chart, as plain numbers: the data read from its source cells (the
 * series Excel makes of the source, src/headless/chart.ts), the value axis Excel would choose, and
 * where each bar, line, label and legend entry goes in a box of a given size. The SVG is drawn by
 * ChartView.tsx from this; nothing here touches the page.
 *
 * The charts are the add-in's (src/excel: a Pareto line and the ABC-XYZ columns on KAM Summary,
 * a dossier's sales by period with the year before, the decision group's influence by attitude,
 * KAM Trends' quarters) and simple line, column and bar charts read from a file.
 */
import type { Rect } from "../a1";
import { seriesOfSource } from "../headless/chart";

export type ChartKind = "column" | "bar" | "line";

/** Excel.ChartType values drawn: Line(Stacked), Column/Bar Clustered/Stacked; any other type is drawn as columns. */
export function chartKind(type: string): { kind: ChartKind; stacked: boolean } {
  const stacked = /Stacked$/.test(type);
  if (type.startsWith("Line")) return { kind: "line", stacked };
  if (type.startsWith("Bar")) return { kind: "bar", stacked };
  return { kind: "column", stacked };
}

export interface ChartSeriesData {
  name: string;
  /** One per category; null is a gap (an empty cell or an error). */
  values: (number | null)[];
}

export interface ChartData {
  title: string;
  kind: ChartKind;
  stacked: boolean;
  categories: string[];
  series: ChartSeriesData[];
  /** The first value cell's number format: the value axis shows it (sourceLinked, as the .xlsx writer links it). */
  valueFormat: string;
}

/** A cell as the chart reads it: its value (calculated, for a formula) and its text as shown. */
export interface ChartCell {
  value: unknown;
  text: string;
  numberFormat: string;
}

const cellsOf = (rect: Rect, read: (row: number, column: number) => ChartCell): ChartCell[] => {
  const cells: ChartCell[] = [];
  for (let r = 0; r < rect.rowCount; r++) for (let c = 0; c < rect.columnCount; c++) cells.push(read(rect.row + r, rect.column + c));
  return cells;
};

/** A value as a chart plots it: numbers, text and logical values as 0 (Excel's line and column charts), empty cells and errors as gaps. */
function plotted(cell: ChartCell): number | null {
  const value = cell.value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "object") return null;
  return 0;
}

/**
 * The chart's data from its source: the series Excel makes of the range (a series per column or
 * row, the first one the category labels when it holds text, the first row or column the names),
 * read through `read`, so calculated values and typing move the chart.
 */
export function chartData(chart: { type: string; title: string; source: Rect; seriesBy: string }, read: (row: number, column: number) => ChartCell): ChartData {
  const { kind, stacked } = chartKind(chart.type);
  const refs = seriesOfSource(chart.source, chart.seriesBy, (row, column) => {
    const value = read(row, column).value;
    return value === null ? undefined : value;
  });
  const length = refs.length > 0 ? refs[0].values.rowCount * refs[0].values.columnCount : 0;
  const categoryRect = refs[0]?.categories;
  const categories = categoryRect ? cellsOf(categoryRect, read).map((cell) => cell.text) : Array.from({ length }, (_, index) => String(index + 1));
  const series = refs.map((ref, index) => ({
    name: ref.name ? read(ref.name.row, ref.name.column).text || `Series${index + 1}` : `Series${index + 1}`,
    values: cellsOf(ref.values, read).map(plotted),
  }));
  const valueFormat = refs.length > 0 ? read(refs[0].values.row, refs[0].values.column).numberFormat : "General";
  return { title: chart.title, kind, stacked, categories, series, valueFormat };
}

export interface ValueScale {
  min: number;
  max: number;
  step: number;
  ticks: number[];
}

/** A round step (1, 2 or 5 times a power of ten) nearest to `span` / `count`. */
function niceStep(span: number, count: number): number {
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  return (fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10) * power;
}

/**
 * The value axis Excel chooses: from 0 (or the lowest negative value) to a round number above the
 * highest, in round steps; it leaves 0 out only when the values lie far from it (the lowest above
 * 5/6 of the highest, Excel's rule for an automatic minimum).
 */
export function valueScale(values: readonly number[], intervals = 5): ValueScale {
  const finite = values.filter((value) => Number.isFinite(value));
  let low = finite.length > 0 ? Math.min(...finite) : 0;
  let high = finite.length > 0 ? Math.max(...finite) : 1;
  const farFromZero = (a: number, b: number) => a > 0 && b > 0 && a > (5 / 6) * b;
  if (farFromZero(low, high)) {
    // Kept as is: the axis starts near the values.
  } else if (farFromZero(-high, -low)) {
    // All negative and close together: the axis ends near them.
  } else {
    low = Math.min(0, low);
    high = Math.max(0, high);
  }
  if (low === high) {
    if (low === 0) high = 1;
    else if (low > 0) low = 0;
    else high = 0;
  }
  // Excel's automatic maximum: the first step above the highest value plus 5% of the range (so 100% gets an axis to 120%).
  const headroom = finite.length > 0 && high > 0 ? (high - low) / 20 : 0;
  const footroom = finite.length > 0 && low < 0 ? (high - low) / 20 : 0;
  const step = niceStep(high - low + headroom + footroom, intervals);
  const min = Number((Math.floor((low - footroom) / step + 1e-9) * step).toPrecision(12));
  const max = Number((Math.ceil((high + headroom) / step - 1e-9) * step).toPrecision(12));
  const ticks: number[] = [];
  for (let tick = min; tick <= max + step / 2; tick += step) ticks.push(Number(tick.toPrecision(12)));
  return { min, max, step, ticks };
}

/** Office's default series colours (Accent 1-6). */
export const SERIES_COLOURS = ["#4472c4", "#ed7d31", "#a5a5a5", "#ffc000", "#5b9bd5", "#70ad47"];

export const seriesColour = (index: number): string => SERIES_COLOURS[index % SERIES_COLOURS.length];

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartBar extends Box {
  series: number;
  point: number;
  value: number;
}

export interface ChartLine {
  series: number;
  /** SVG path data: a move at the start and after each gap, then straight segments. */
  path: string;
  points: { x: number; y: number; value: number; point: number }[];
}

export interface ChartLayout {
  title: { x: number; y: number; text: string } | null;
  plot: Box;
  /** Value axis gridlines and their labels: y for columns and lines, x for bars. */
  valueTicks: { at: number; label: string }[];
  /** Category labels in view (every k-th when they would overlap, as Excel skips them), at their band's centre. */
  categoryLabels: { at: number; text: string }[];
  /** Where the value 0 lies, where bars start. */
  zero: number;
  bars: ChartBar[];
  lines: ChartLine[];
  legend: { x: number; y: number; name: string; series: number }[];
}

const FONT_PIXELS = 11;
const TITLE_PIXELS = 14;
/** About the width of one character of the chart's font (Calibri 11 px). */
const CHARACTER_PIXELS = 6;
const PADDING = 8;
/** Excel's default gap between clusters: 150% of a bar's width. */
const GAP_WIDTH = 1.5;

const textWidth = (text: string, pixels = FONT_PIXELS): number => (text.length * CHARACTER_PIXELS * pixels) / FONT_PIXELS;

/**
 * Where everything goes in a chart of `width` x `height` pixels: the title at the top, the legend
 * at the bottom (the .xlsx the add-in writes puts it there), the value axis labels at the left
 * (at the bottom for bars), the plot area in between. `format` writes a value as the axis shows it.
 */
export function chartLayout(data: ChartData, width: number, height: number, format: (value: number) => string = String): ChartLayout {
  const title = data.title ? { x: width / 2, y: PADDING + TITLE_PIXELS, text: data.title } : null;
  const top = PADDING + (title ? TITLE_PIXELS + PADDING : 0);
  const legendHeight = data.series.length > 0 ? FONT_PIXELS + PADDING : 0;
  const bottom = height - PADDING - legendHeight;
  const n = data.categories.length;

  // Stacked charts scale to the sums of the positive and negative values of each category.
  const values: number[] = [];
  if (data.stacked) {
    for (let point = 0; point < n; point++) {
      let up = 0;
      let down = 0;
      for (const series of data.series) {
        const value = series.values[point] ?? 0;
        if (value >= 0 || data.kind === "line") up += value;
        else down += value;
      }
      values.push(up, down);
    }
  } else {
    for (const series of data.series) for (const value of series.values) if (value !== null) values.push(value);
  }
  const horizontal = data.kind === "bar";
  const plotHeightGuess = Math.max(1, bottom - top);
  const scale = valueScale(values, Math.max(2, Math.min(8, Math.floor((horizontal ? width : plotHeightGuess) / (horizontal ? 80 : 40)))));
  const tickLabels = scale.ticks.map(format);
  const widestTick = Math.max(0, ...tickLabels.map((label) => textWidth(label)));
  const widestCategory = Math.max(0, ...data.categories.map((text) => textWidth(text)));

  const left = PADDING + (horizontal ? Math.min(widestCategory, width / 3) : widestTick) + 4;
  const right = width - PADDING - (horizontal ? widestTick / 2 : 0);
  const plotBottom = bottom - FONT_PIXELS - 6;
  const plot: Box = { x: left, y: top, width: Math.max(1, right - left), height: Math.max(1, plotBottom - top) };

  // Value to pixel along the value axis; category index to its band along the other.
  const span = scale.max - scale.min || 1;
  const valueAt = (value: number): number => (horizontal ? plot.x + ((value - scale.min) / span) * plot.width : plot.y + plot.height - ((value - scale.min) / span) * plot.height);
  const band = (horizontal ? plot.height : plot.width) / Math.max(1, n);
  // Excel's bar charts draw the first category at the bottom.
  const bandStart = (point: number): number => (horizontal ? plot.y + plot.height - (point + 1) * band : plot.x + point * band);
  const zero = valueAt(Math.min(Math.max(0, scale.min), scale.max));

  const valueTicks = scale.ticks.map((tick, index) => ({ at: valueAt(tick), label: tickLabels[index] }));
  const room = horizontal ? FONT_PIXELS + 4 : widestCategory + 8;
  const skip = Math.max(1, Math.ceil(room / Math.max(1, band)));
  const categoryLabels = data.categories.flatMap((text, point) => (point % skip === 0 ? [{ at: bandStart(point) + band / 2, text }] : []));

  const bars: ChartBar[] = [];
  const lines: ChartLine[] = [];
  if (data.kind === "line") {
    const running = new Array<number>(n).fill(0);
    data.series.forEach((series, index) => {
      const points: ChartLine["points"] = [];
      let path = "";
      let pen = false;
      series.values.forEach((value, point) => {
        if (value === null && !data.stacked) {
          pen = false;
          return;
        }
        const total = data.stacked ? (running[point] += value ?? 0) : (value as number);
        const x = bandStart(point) + band / 2;
        const y = valueAt(total);
        points.push({ x, y, value: value ?? 0, point });
        path += `${pen ? "L" : "M"}${round(x)} ${round(y)}`;
        pen = true;
      });
      lines.push({ series: index, path, points });
    });
  } else {
    const count = data.series.length;
    const barWidth = band / ((data.stacked ? 1 : count) + GAP_WIDTH);
    const up = new Array<number>(n).fill(0);
    const down = new Array<number>(n).fill(0);
    data.series.forEach((series, index) => {
      series.values.forEach((value, point) => {
        if (value === null) return;
        let from = 0;
        if (data.stacked) {
          from = value >= 0 ? up[point] : down[point];
          if (value >= 0) up[point] += value;
          else down[point] += value;
        }
        const a = valueAt(from);
        const b = valueAt(from + value);
        const offset = bandStart(point) + (band * GAP_WIDTH) / ((data.stacked ? 1 : count) + GAP_WIDTH) / 2 + (data.stacked ? 0 : index * barWidth);
        const along = { start: Math.min(a, b), length: Math.abs(b - a) };
        bars.push(
          horizontal
            ? { x: along.start, y: offset, width: along.length, height: barWidth, series: index, point, value }
            : { x: offset, y: along.start, width: barWidth, height: along.length, series: index, point, value },
        );
      });
    });
  }

  // The legend: one entry per series, centred in a row at the bottom.
  const entryWidths = data.series.map((series) => 14 + textWidth(series.name) + 12);
  let x = (width - entryWidths.reduce((sum, entry) => sum + entry, 0)) / 2;
  const legend = data.series.map((series, index) => {
    const entry = { x: Math.max(PADDING, x), y: height - PADDING - FONT_PIXELS / 2, name: series.name, series: index };
    x += entryWidths[index];
    return entry;
  });

  return { title, plot, valueTicks, categoryLabels, zero, bars, lines, legend };
}

const round = (value: number): number => Math.round(value * 10) / 10;

/** Where a chart is anchored: over cells (the top-left corner of `from`, the bottom-right corner of `to`, both 0-based), or at points from the sheet's top left. */
export type ChartAnchor = { from: { row: number; column: number }; to: { row: number; column: number } } | { top: number; left: number; width: number; height: number };

/**
 * A chart's box in the grid's pixels: over cells, from the left edge of its first column and the
 * top edge of its first row to the right and bottom edges of its last (hidden rows and columns
 * take no room, as Excel shrinks a chart that moves and sizes with its cells); at points, scaled.
 */
export function chartBox(anchor: ChartAnchor, columnEdge: (column: number) => number, rowEdge: (row: number) => number, pixelsPerPoint: { x: number; y: number }): Box {
  if ("from" in anchor) {
    const x = columnEdge(anchor.from.column);
    const y = rowEdge(anchor.from.row);
    return { x, y, width: Math.max(0, columnEdge(anchor.to.column + 1) - x), height: Math.max(0, rowEdge(anchor.to.row + 1) - y) };
  }
  return { x: columnEdge(0) + anchor.left * pixelsPerPoint.x, y: rowEdge(0) + anchor.top * pixelsPerPoint.y, width: anchor.width * pixelsPerPoint.x, height: anchor.height * pixelsPerPoint.y };
}

/** How many of an ascending list lie below `value` (binary search: a sheet's shown rows may be 100,000 long). */
export function countBelow(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
