/**
 * What a workbook file holds that the .xlsx layer cannot write back (docs/xlsx-layer.md, "Limits"):
 * saving a loaded workbook would silently drop it, so the command line refuses to write over such
 * a file and says what it holds. Found by the package's parts and a few elements of the sheets.
 */
import { openZip, partText } from "./xlsx-parts";

/** Part name patterns the layer does not carry, and what a person calls them. */
const UNCARRIED_PARTS: { pattern: RegExp; what: string }[] = [
  { pattern: /^xl\/pivotTables\//, what: "pivot tables" },
  { pattern: /^xl\/pivotCache\//, what: "pivot caches" },
  { pattern: /^xl\/slicers?\//, what: "slicers" },
  { pattern: /^xl\/timelines?\//, what: "timelines" },
  { pattern: /^xl\/vbaProject\.bin$/, what: "macros (VBA)" },
  { pattern: /^xl\/externalLinks\//, what: "links to other workbooks" },
  { pattern: /^xl\/threadedComments\//, what: "threaded comments" },
  { pattern: /^xl\/connections\.xml$/, what: "data connections" },
  { pattern: /^xl\/queryTables\//, what: "query tables" },
  { pattern: /^xl\/model\//, what: "a data model" },
  { pattern: /^xl\/ctrlProps\//, what: "form controls" },
];

/** Chart kinds the layer writes (src/headless/xlsx-chart.ts); any other is lost on saving. */
const CARRIED_CHARTS = new Set(["lineChart", "barChart"]);

/**
 * What in the file would not survive being loaded and saved again, one phrase each ("pivot
 * tables", "a pie chart"), in the order found; empty when everything is carried.
 */
export async function uncarriedContent(data: Uint8Array | ArrayBuffer): Promise<string[]> {
  const zip = await openZip(data);
  const found = new Set<string>();
  for (const name of Object.keys(zip.files)) {
    for (const { pattern, what } of UNCARRIED_PARTS) if (pattern.test(name)) found.add(what);
    if (/^xl\/charts\/chart\d+\.xml$/.test(name)) {
      const xml = (await partText(zip, name)) ?? "";
      for (const match of xml.matchAll(/<c:(\w+Chart)\b/g)) if (!CARRIED_CHARTS.has(match[1])) found.add(`a ${match[1].replace(/Chart$/, "").replace(/3D$/, " 3-D")} chart`);
    }
    if (/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) {
      const xml = (await partText(zip, name)) ?? "";
      if (xml.includes("sparklineGroup")) found.add("sparklines");
    }
    if (/^xl\/drawings\/drawing\d+\.xml$/.test(name)) {
      const xml = (await partText(zip, name)) ?? "";
      if (/<xdr:sp\b/.test(xml)) found.add("shapes or text boxes");
    }
  }
  return [...found];
}
