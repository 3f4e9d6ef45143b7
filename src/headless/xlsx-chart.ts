/**
 * Charts as DrawingML parts (ECMA-376 Part 1, §21.2 charts and §20.5 spreadsheet drawings),
 * written for the headless Excel's chart objects and read back from files this module wrote (and
 * from simple line, bar and column charts of other producers). ExcelJS writes no charts.
 *
 * A chart is a `c:chartSpace` part holding one `c:lineChart` or `c:barChart` with the series Excel
 * makes of its source range (chartSeries in chart.ts: a series per column or row, the first one
 * the categories only when it holds text labels, the first row the names when it has them). Each
 * reference carries a cache of the cells' values, so a viewer that does not recalculate still
 * draws the chart. The chart is anchored in the sheet's drawing part over the cells given by
 * `setPosition`, or at its top/left/width/height in points (1 pt = 12,700 EMU).
 */
import { type Rect, boundingRect, parseRect, qualifiedAddress, rectAddress, splitSheet, tryParseRect } from "./address";
import { chartSeries } from "./chart";
import type { CellValue, ChartModel, SheetModel, WorkbookModel } from "./model";
import {
  REL,
  type Relationship,
  type Zip,
  addContentTypes,
  attributes,
  elements,
  escapeXml,
  innerText,
  nextRelId,
  parseRels,
  partText,
  relativeTarget,
  relsPartOf,
  relsXml,
  resolveTarget,
  spliceWorksheet,
  unescapeXml,
  worksheetChild,
} from "./xlsx-parts";

const EMU_PER_POINT = 12_700;
const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const CHART_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";

/** Excel.ChartType values written, with their DrawingML plot element and options. */
const PLOTS: Record<string, { element: "c:lineChart" | "c:barChart"; barDir?: "col" | "bar"; grouping: string }> = {
  Line: { element: "c:lineChart", grouping: "standard" },
  LineStacked: { element: "c:lineChart", grouping: "stacked" },
  ColumnClustered: { element: "c:barChart", barDir: "col", grouping: "clustered" },
  ColumnStacked: { element: "c:barChart", barDir: "col", grouping: "stacked" },
  BarClustered: { element: "c:barChart", barDir: "bar", grouping: "clustered" },
  BarStacked: { element: "c:barChart", barDir: "bar", grouping: "stacked" },
};

function cellsOf(sheet: SheetModel, rect: Rect): (CellValue | undefined)[] {
  const out: (CellValue | undefined)[] = [];
  for (let r = 0; r < rect.rowCount; r++) for (let c = 0; c < rect.columnCount; c++) out.push(sheet.value(rect.row + r, rect.column + c));
  return out;
}

/** The number format of a reference's first cell: axes and labels linked to the source show it (sourceLinked). */
function formatOf(sheet: SheetModel, rect: Rect): string {
  return sheet.style(rect.row, rect.column).numberFormat ?? "General";
}

function numCache(values: (CellValue | undefined)[], format: string): string {
  const points = values.map((v, i) => (typeof v === "number" ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : "")).join("");
  return `<c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}

function strCache(values: (CellValue | undefined)[]): string {
  const points = values.map((v, i) => (v === undefined ? "" : `<c:pt idx="${i}"><c:v>${escapeXml(String(v))}</c:v></c:pt>`)).join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache>`;
}

function ref(sheet: SheetModel, rect: Rect): string {
  return escapeXml(qualifiedAddress(sheet.name, rect, true));
}

function richText(text: string): string {
  return `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>`;
}

/** The c:chartSpace part of a chart. */
export function chartXml(chart: ChartModel): string {
  const plot = PLOTS[chart.type] ?? PLOTS.ColumnClustered;
  const sheet = chart.source.sheet;
  const refs = chartSeries(chart);
  // The value axis is linked to the source (sourceLinked): its format is the values' format, as Excel shows it.
  const valueFormat = refs.length > 0 ? formatOf(sheet, refs[0].values) : "General";
  const series = refs
    .map((s, i) => {
      const name = s.name ? `<c:tx><c:strRef><c:f>${ref(sheet, s.name)}</c:f>${strCache(cellsOf(sheet, s.name))}</c:strRef></c:tx>` : "";
      let categories = "";
      if (s.categories) {
        const values = cellsOf(sheet, s.categories);
        const numeric = values.every((v) => typeof v === "number" || v === undefined);
        categories = numeric
          ? `<c:cat><c:numRef><c:f>${ref(sheet, s.categories)}</c:f>${numCache(values, formatOf(sheet, s.categories))}</c:numRef></c:cat>`
          : `<c:cat><c:strRef><c:f>${ref(sheet, s.categories)}</c:f>${strCache(values)}</c:strRef></c:cat>`;
      }
      const values = `<c:val><c:numRef><c:f>${ref(sheet, s.values)}</c:f>${numCache(cellsOf(sheet, s.values), formatOf(sheet, s.values))}</c:numRef></c:val>`;
      const marker = plot.element === "c:lineChart" ? '<c:marker><c:symbol val="none"/></c:marker>' : '<c:invertIfNegative val="0"/>';
      return `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>${name}${marker}${categories}${values}${plot.element === "c:lineChart" ? '<c:smooth val="0"/>' : ""}</c:ser>`;
    })
    .join("");
  const head = plot.barDir ? `<c:barDir val="${plot.barDir}"/><c:grouping val="${plot.grouping}"/>` : `<c:grouping val="${plot.grouping}"/>`;
  const tail = plot.barDir ? `<c:gapWidth val="150"/>${plot.grouping === "stacked" ? '<c:overlap val="100"/>' : ""}` : '<c:marker val="1"/>';
  const title = chart.title ? `<c:title>${richText(chart.title)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` : '<c:autoTitleDeleted val="1"/>';
  const axes =
    `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${plot.barDir === "bar" ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
    `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${plot.barDir === "bar" ? "b" : "l"}"/><c:majorGridlines/><c:numFmt formatCode="${escapeXml(valueFormat)}" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:plotArea><c:layout/><${plot.element}>${head}<c:varyColors val="0"/>${series}${tail}<c:axId val="500000001"/><c:axId val="500000002"/></${plot.element}>${axes}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

function anchorXml(chart: ChartModel, relId: string, index: number): string {
  const frame =
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="${escapeXml(chart.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="${relId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/>`;
  const position = chart.position;
  if (position) {
    const start = parseRect(position.start);
    const endRect = parseRect(position.end ?? position.start);
    // setPosition(start, end): the chart covers the end cell too, so it ends at the next cell's corner.
    const end = { row: endRect.row + endRect.rowCount, column: endRect.column + endRect.columnCount };
    const marker = (tag: string, row: number, column: number) => `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
    return `<xdr:twoCellAnchor editAs="oneCell">${marker("from", start.row, start.column)}${marker("to", end.row, end.column)}${frame}</xdr:twoCellAnchor>`;
  }
  const emu = (points: number) => Math.round(points * EMU_PER_POINT);
  return `<xdr:absoluteAnchor><xdr:pos x="${emu(chart.left)}" y="${emu(chart.top)}"/><xdr:ext cx="${emu(chart.width)}" cy="${emu(chart.height)}"/>${frame}</xdr:absoluteAnchor>`;
}

function freePart(zip: Zip, name: (n: number) => string): string {
  let n = 1;
  while (zip.file(name(n))) n++;
  return name(n);
}

/**
 * Writes the sheet's charts into the package: chart parts, the drawing that anchors them (the
 * sheet's existing drawing when ExcelJS wrote one for images), relationships and content types.
 * Returns the worksheet XML with its `<drawing>` element.
 */
export async function writeCharts(zip: Zip, sheetPart: string, sheetXml: string, charts: readonly ChartModel[]): Promise<string> {
  if (charts.length === 0) return sheetXml;
  const sheetRelsName = relsPartOf(sheetPart);
  const sheetRels = parseRels(await partText(zip, sheetRelsName));
  const existing = worksheetChild(sheetXml, "drawing");
  const existingRel = existing ? sheetRels.find((r) => r.id === attributes(existing)["r:id"]) : undefined;
  const drawingPart = existingRel ? resolveTarget(sheetPart, existingRel.target) : freePart(zip, (n) => `xl/drawings/drawing${n}.xml`);
  const drawingRels: Relationship[] = parseRels(await partText(zip, relsPartOf(drawingPart)));
  let drawing = (await partText(zip, drawingPart)) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"></xdr:wsDr>`;
  if (!/xmlns:r=/.test(/<xdr:wsDr[^>]*>/.exec(drawing)?.[0] ?? "")) drawing = drawing.replace("<xdr:wsDr", `<xdr:wsDr xmlns:r="${NS_R}"`);
  const overrides: { part: string; type: string }[] = [];
  const anchors: string[] = [];
  const shapes = elements(drawing, "xdr:twoCellAnchor").length + elements(drawing, "xdr:oneCellAnchor").length + elements(drawing, "xdr:absoluteAnchor").length;
  charts.forEach((chart, i) => {
    const chartPart = freePart(zip, (n) => `xl/charts/chart${n}.xml`);
    zip.file(chartPart, chartXml(chart));
    overrides.push({ part: chartPart, type: CHART_CONTENT_TYPE });
    const id = nextRelId(drawingRels);
    drawingRels.push({ id, type: REL.chart, target: relativeTarget(drawingPart, chartPart), external: false });
    anchors.push(anchorXml(chart, id, shapes + i));
  });
  zip.file(drawingPart, drawing.replace("</xdr:wsDr>", `${anchors.join("")}</xdr:wsDr>`));
  zip.file(relsPartOf(drawingPart), relsXml(drawingRels));
  if (existingRel) return sheetXml;
  overrides.push({ part: drawingPart, type: DRAWING_CONTENT_TYPE });
  await addContentTypes(zip, overrides);
  const id = nextRelId(sheetRels);
  sheetRels.push({ id, type: REL.drawing, target: relativeTarget(sheetPart, drawingPart), external: false });
  zip.file(sheetRelsName, relsXml(sheetRels));
  return spliceWorksheet(sheetXml, "drawing", `<drawing r:id="${id}"/>`);
}

/** Chart type of a plot element, the inverse of PLOTS. */
function chartType(chartSpace: string): string | undefined {
  for (const [type, plot] of Object.entries(PLOTS)) {
    const element = elements(chartSpace, plot.element)[0];
    if (!element) continue;
    const grouping = attributes(elements(element, "c:grouping")[0] ?? "").val ?? "standard";
    const barDir = attributes(elements(element, "c:barDir")[0] ?? "").val;
    if ((plot.barDir === undefined || plot.barDir === barDir) && grouping === plot.grouping) return type;
  }
  return undefined;
}

/** Reads back the charts of a sheet's drawing: those whose series lie in one range of one sheet. */
export async function readCharts(zip: Zip, model: WorkbookModel, sheet: SheetModel, sheetPart: string, sheetXml: string): Promise<void> {
  const drawingElement = worksheetChild(sheetXml, "drawing");
  if (!drawingElement) return;
  const rel = parseRels(await partText(zip, relsPartOf(sheetPart))).find((r) => r.id === attributes(drawingElement)["r:id"]);
  if (!rel) return;
  const drawingPart = resolveTarget(sheetPart, rel.target);
  const drawing = await partText(zip, drawingPart);
  if (!drawing) return;
  const drawingRels = parseRels(await partText(zip, relsPartOf(drawingPart)));
  for (const anchor of elements(drawing, "xdr:twoCellAnchor")) {
    const chartRef = /<c:chart\b[^>]*\br:id="([^"]+)"/.exec(anchor)?.[1];
    const chartRel = drawingRels.find((r) => r.id === chartRef && r.type === REL.chart);
    if (!chartRel) continue;
    const chartSpace = await partText(zip, resolveTarget(drawingPart, chartRel.target));
    const type = chartSpace && chartType(chartSpace);
    if (!chartSpace || !type) continue;
    const refs = elements(chartSpace, "c:ser").map((ser) => ({
      name: innerText(elements(ser, "c:tx")[0] ?? "", "c:f"),
      categories: innerText(elements(ser, "c:cat")[0] ?? "", "c:f"),
      values: innerText(elements(ser, "c:val")[0] ?? "", "c:f"),
    }));
    const parsed = refs.flatMap((r) => [r.name, r.categories, r.values]).filter((f): f is string => f !== undefined).map((f) => splitSheet(f));
    const sourceSheet = parsed[0]?.sheet !== undefined ? model.findSheet(parsed[0].sheet) : undefined;
    const rects = parsed.map((p) => tryParseRect(p.local.replace(/\$/g, "")));
    if (!sourceSheet || rects.length === 0 || rects.some((r) => !r) || parsed.some((p) => p.sheet?.toLowerCase() !== sourceSheet.name.toLowerCase())) continue;
    const bounds = (rects as Rect[]).reduce(boundingRect);
    const firstValues = rects[refs[0].name ? (refs[0].categories ? 2 : 1) : refs[0].categories ? 1 : 0] as Rect;
    const seriesBy = firstValues.rowCount === 1 && firstValues.columnCount > 1 ? "Rows" : "Columns";
    const title = [...(elements(chartSpace, "c:title")[0] ?? "").matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join("");
    const marker = (tag: string) => {
      const element = elements(anchor, `xdr:${tag}`)[0] ?? "";
      return { row: Number(innerText(element, "xdr:row") ?? 0), column: Number(innerText(element, "xdr:col") ?? 0) };
    };
    const from = marker("from");
    const to = marker("to");
    const name = attributes(/<xdr:cNvPr\b[^>]*>/.exec(anchor)?.[0] ?? "").name ?? `Chart ${sheet.charts.length + 1}`;
    sheet.charts.push({
      id: model.newId("chart"),
      name,
      type,
      source: { sheet: sourceSheet, rect: bounds },
      seriesBy,
      title: unescapeXml(title),
      position: { start: rectAddress({ row: from.row, column: from.column, rowCount: 1, columnCount: 1 }), end: rectAddress({ row: Math.max(from.row, to.row - 1), column: Math.max(from.column, to.column - 1), rowCount: 1, columnCount: 1 }) },
      top: 0,
      left: 0,
      width: 360,
      height: 216,
    });
  }
}
