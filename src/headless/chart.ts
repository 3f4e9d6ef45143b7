/** Charts are kept as objects (type, source range, title, position) with the series Excel would make of the source; nothing is drawn. */
import { parseRect, rectAddress, splitSheet, type Rect } from "./address";
import { ProxyCollection } from "./collection";
import { Binding, ClientObject, type HeadlessRequestContext, ModelProxy } from "./context";
import { fail } from "./errors";
import type { ChartModel, SheetModel } from "./model";
import type { ExcelRange } from "../office-api";
import { Range } from "./range";
import type { Worksheet } from "./worksheet";

const SERIES_BY = ["Auto", "Columns", "Rows"];

/** One series of a chart: its name cell, its category labels and its values, as ranges of the source's sheet. */
export interface ChartSeriesRefs {
  name?: Rect;
  categories?: Rect;
  values: Rect;
}

/**
 * The series Excel makes of a chart's source range when the add-in gives only the range
 * (ChartCollection.add(type, source, seriesBy)): one per column (seriesBy Columns or Auto) or row
 * (Rows). Which line holds the category labels and which the series names is not said by the
 * caller, so Excel "attempts to determine the location of the category label from the contents
 * of the first row or column", and the series names likewise (Microsoft, "SeriesCollection.Add
 * method (Excel)", CategoryLabels and SeriesLabels omitted:
 * https://learn.microsoft.com/en-us/office/vba/api/excel.seriescollection.add). The rule
 * modelled, for seriesBy Columns (Rows is the same turned by 90 degrees):
 * - the first row names the series when the first cell of every other column is text or empty;
 * - the first column is the category labels when a cell of it below the names is text, or when
 *   the top-left cell is empty above it (the "blank top-left cell" that makes Excel take even
 *   numbers as labels; Jon Peltier, peltiertech.com);
 * - otherwise the first column is a series like the others: a column of numbers under a text
 *   header ("Share of clients", 5%, 10%, ...) is drawn as a second line against 1, 2, 3, not as
 *   the axis. Dates are not told apart from other numbers here.
 * The .xlsx layer (xlsx-chart.ts) writes these series, so a viewer draws what Excel would.
 */
export function chartSeries(chart: Pick<ChartModel, "source" | "seriesBy">): ChartSeriesRefs[] {
  const { sheet, rect } = chart.source;
  return seriesOfSource(rect, chart.seriesBy, (row, column) => sheet.value(row, column));
}

/**
 * chartSeries for a source read through any cell values: the playground preview reads them as it
 * calculates them, so a formula's result decides, as in Excel.
 */
export function seriesOfSource(rect: Rect, seriesBy: string, cellValue: (row: number, column: number) => unknown): ChartSeriesRefs[] {
  const byRows = seriesBy === "Rows";
  const lines = byRows ? rect.rowCount : rect.columnCount;
  const length = byRows ? rect.columnCount : rect.rowCount;
  const at = (line: number, index: number) => (byRows ? { row: rect.row + line, column: rect.column + index } : { row: rect.row + index, column: rect.column + line });
  const value = (line: number, index: number) => {
    const cell = at(line, index);
    return cellValue(cell.row, cell.column);
  };
  const isText = (v: unknown) => typeof v === "string" && v !== "";
  const isEmpty = (v: unknown) => v === undefined || v === null || v === "";
  const others = lines > 1 ? Array.from({ length: lines - 1 }, (_, i) => i + 1) : [0];
  const hasNames = length > 1 && others.every((line) => isText(value(line, 0)) || isEmpty(value(line, 0))) && others.some((line) => isText(value(line, 0)));
  const first = hasNames ? 1 : 0;
  const labelled = Array.from({ length: length - first }, (_, i) => value(0, first + i)).some(isText);
  const hasCategories = lines > 1 && (labelled || (hasNames && isEmpty(value(0, 0))));
  const span = (line: number): Rect => {
    const start = at(line, first);
    return byRows ? { row: start.row, column: start.column, rowCount: 1, columnCount: length - first } : { row: start.row, column: start.column, rowCount: length - first, columnCount: 1 };
  };
  const series: ChartSeriesRefs[] = [];
  for (let line = hasCategories ? 1 : 0; line < lines; line++) {
    const head = at(line, 0);
    series.push({
      ...(hasNames ? { name: { row: head.row, column: head.column, rowCount: 1, columnCount: 1 } } : {}),
      ...(hasCategories ? { categories: span(0) } : {}),
      values: span(line),
    });
  }
  return series;
}

function chartSheet(chart: ChartModel, sheet: SheetModel): void {
  if (!sheet.charts.includes(chart)) fail("ItemNotFound", `The chart '${chart.name}' has been deleted.`, "Chart");
}

interface ChartRef {
  sheet: SheetModel;
  chart: ChartModel;
}

export class Chart extends ModelProxy<ChartRef> implements Pick<Excel.Chart, "name" | "id" | "top" | "left" | "width" | "height" | "delete"> {
  protected readonly typeName = "Chart";
  protected readonly scalarNames = ["name", "id", "chartType", "top", "left", "width", "height"] as const;
  private titleProxy: ChartTitle | undefined;

  protected checkAlive(ref: ChartRef): void {
    chartSheet(ref.chart, ref.sheet);
  }

  protected readScalar(name: string): { value: unknown } | undefined {
    if (!(this.scalarNames as readonly string[]).includes(name)) return undefined;
    const chart = this.target().chart;
    return { value: name === "chartType" ? chart.type : chart[name as keyof ChartModel] };
  }

  protected override navigation(name: string): ClientObject | undefined {
    return name === "title" ? this.title : undefined;
  }

  private number(name: "top" | "left" | "width" | "height", value: number): void {
    this.setProperty(name, value, () => {
      if (!(value >= 0)) fail("InvalidArgument", `Chart ${name} ${value} is not valid.`, `Chart.${name}`);
      this.target().chart[name] = value;
    });
  }

  get name(): string {
    return this.loaded("name");
  }
  set name(name: string) {
    this.setProperty("name", name, () => {
      this.target().chart.name = name;
    });
  }
  get id(): string {
    return this.loaded("id");
  }
  get chartType(): string {
    return this.loaded("chartType");
  }
  set chartType(type: string) {
    this.setProperty("chartType", type, () => {
      this.target().chart.type = type;
    });
  }
  get top(): number {
    return this.loaded("top");
  }
  set top(value: number) {
    this.number("top", value);
  }
  get left(): number {
    return this.loaded("left");
  }
  set left(value: number) {
    this.number("left", value);
  }
  get width(): number {
    return this.loaded("width");
  }
  set width(value: number) {
    this.number("width", value);
  }
  get height(): number {
    return this.loaded("height");
  }
  set height(value: number) {
    this.number("height", value);
  }
  get title(): ChartTitle {
    return (this.titleProxy ??= new ChartTitle(this.context, this));
  }

  /** Places the chart over cells (kept as addresses; top/left are not recomputed). */
  setPosition(startCell: Range | string, endCell?: Range | string): void {
    const address = (cell: Range | string) => (typeof cell === "string" ? cell : undefined);
    this.call("setPosition", [address(startCell) ?? null, endCell === undefined ? null : (address(endCell) ?? null)], () => {
      const { chart } = this.target();
      const local = (cell: Range | string) => rectAddress(typeof cell === "string" ? parseRect(splitSheet(cell).local) : cell.target().rect);
      chart.position = endCell === undefined ? { start: local(startCell) } : { start: local(startCell), end: local(endCell) };
    });
  }

  delete(): void {
    this.call("delete", undefined, () => {
      const { sheet, chart } = this.target();
      sheet.charts = sheet.charts.filter((c) => c !== chart);
    });
  }
}

export class ChartTitle extends ClientObject implements Pick<Excel.ChartTitle, "text" | "visible"> {
  protected readonly typeName = "ChartTitle";
  protected readonly scalarNames = ["text", "visible"] as const;

  constructor(
    context: HeadlessRequestContext,
    private readonly chart: Chart,
  ) {
    super(context);
  }

  protected readScalar(name: string): { value: unknown } | undefined {
    const model = this.chart.target().chart;
    if (name === "text") return { value: model.title };
    if (name === "visible") return { value: model.title !== "" };
    return undefined;
  }

  get text(): string {
    return this.loaded("text");
  }
  set text(text: string) {
    this.setProperty("text", text, () => {
      this.chart.target().chart.title = text;
    });
  }
  get visible(): boolean {
    return this.loaded("visible");
  }
  set visible(visible: boolean) {
    this.setProperty("visible", visible, () => {
      if (!visible) this.chart.target().chart.title = "";
    });
  }
}

export class ChartCollection extends ProxyCollection<ChartRef, Chart> implements Pick<Excel.ChartCollection, "getCount"> {
  protected readonly typeName = "ChartCollection";

  constructor(
    context: HeadlessRequestContext,
    private readonly worksheet: Worksheet,
  ) {
    super(context);
  }

  protected list(): ChartRef[] {
    const sheet = this.worksheet.target();
    return sheet.charts.map((chart) => ({ sheet, chart }));
  }

  protected proxyFor(ref: ChartRef): Chart {
    return new Chart(this.context, new Binding(() => ref));
  }

  private find(name: string): ChartRef | undefined {
    return this.list().find((ref) => ref.chart.name.toLowerCase() === name.toLowerCase() || ref.chart.id === name);
  }

  /** A chart of the given type over a source range of this sheet or another one. */
  add(type: string, sourceData: ExcelRange, seriesBy?: string): Chart {
    const proxy = new Chart(this.context, new Binding<ChartRef>(() => fail("ItemNotFound", "The chart was not added.", "ChartCollection.add")));
    this.call("add", [type, seriesBy ?? "Auto"], () => {
      const sheet = this.worksheet.target();
      if (typeof type !== "string" || type === "") fail("InvalidArgument", "A chart needs a type.", "ChartCollection.add");
      if (seriesBy !== undefined && !SERIES_BY.includes(seriesBy)) fail("InvalidArgument", `'${seriesBy}' is not Auto, Columns or Rows.`, "ChartCollection.add");
      // Excel takes only a Range of this workbook's request context.
      const source = (sourceData instanceof Range ? sourceData : fail("InvalidArgument", "The source data is not a range of this workbook.", "ChartCollection.add")).target();
      const model = sheet.workbook;
      const n = sheet.charts.length + 1;
      const chart: ChartModel = {
        id: model.newId("chart"),
        name: `Chart ${n}`,
        type,
        source: { sheet: source.sheet, rect: source.rect },
        seriesBy: seriesBy ?? "Auto",
        title: "",
        top: 0,
        left: 0,
        width: 360,
        height: 216,
      };
      sheet.charts.push(chart);
      proxy.binding.set({ sheet, chart });
    });
    return proxy;
  }

  getItem(name: string): Chart {
    return new Chart(this.context, new Binding(() => this.find(name) ?? fail("ItemNotFound", `The chart '${name}' does not exist.`, "ChartCollection.getItem")));
  }

  getItemOrNullObject(name: string): Chart {
    return new Chart(this.context, new Binding(() => this.find(name) ?? null), true).trackNull();
  }

  getItemAt(index: number): Chart {
    return new Chart(this.context, new Binding(() => this.list()[index] ?? fail("InvalidArgument", `There is no chart at index ${index}.`, "ChartCollection.getItemAt")));
  }
}
