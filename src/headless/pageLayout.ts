/**
 * Worksheet.pageLayout and Worksheet.horizontalPageBreaks (ExcelApi 1.9), the part the add-in
 * uses to set up printing:
 * - PageLayout (learn.microsoft.com/javascript/api/excel/excel.pagelayout): `orientation`
 *   ("Portrait" | "Landscape"), `zoom` (PageLayoutZoomOptions: `scale` "between 10 and 400", or
 *   `horizontalFitToPages` / `verticalFitToPages`; "must be set as a JSON object (use x.zoom = {...}
 *   instead of x.zoom.scale = ...)"), `setPrintArea` ("the range or ranges of the content to
 *   print"), `setPrintTitleRows` ("The range must span the entire row to be valid"),
 *   `setPrintTitleColumns` (entire columns).
 * - PageBreakCollection (learn.microsoft.com/javascript/api/excel/excel.pagebreakcollection):
 *   `add(pageBreakRange)` "Adds a page break before the top-left cell of the range specified";
 *   `removePageBreaks()` "Resets all manual page breaks in the collection"; `getCount()`.
 * Saved to .xlsx as pageSetup, sheetPr/pageSetUpPr fitToPage, rowBreaks and the
 * `_xlnm.Print_Area` / `_xlnm.Print_Titles` names (src/headless/xlsx.ts).
 */
import { MAX_COLUMNS, MAX_ROWS, type Rect, parseRect, splitSheet } from "./address";
import { ClientObject, HeadlessClientResult, type HeadlessRequestContext } from "./context";
import { fail } from "./errors";
import type { PageLayoutModel, SheetModel } from "./model";
import type { Range } from "./range";
import type { Worksheet } from "./worksheet";

type Orientation = Excel.PageOrientation | "Portrait" | "Landscape";

function rectsOf(sheet: SheetModel, area: Range | string, location: string): Rect[] {
  if (typeof area !== "string") return [area.target().rect];
  return area.split(",").map((part) => {
    const { sheet: name, local } = splitSheet(part.trim());
    if (name !== undefined && name.toLowerCase() !== sheet.name.toLowerCase()) fail("InvalidArgument", `The address '${part}' is not on worksheet '${sheet.name}'.`, location);
    return parseRect(local);
  });
}

export class PageLayout extends ClientObject implements Pick<Excel.PageLayout, "orientation" | "zoom"> {
  protected readonly typeName = "PageLayout";
  protected readonly scalarNames = ["orientation", "zoom"] as const;

  constructor(
    context: HeadlessRequestContext,
    private readonly worksheet: Worksheet,
  ) {
    super(context);
  }

  private layout(): PageLayoutModel {
    return this.worksheet.target().pageLayout;
  }

  protected readScalar(name: string): { value: unknown } | undefined {
    if (name === "orientation") return { value: this.layout().orientation };
    if (name === "zoom") return { value: { ...this.layout().zoom } };
    return undefined;
  }

  get orientation(): Orientation {
    return this.loaded("orientation");
  }
  set orientation(orientation: Orientation) {
    this.setProperty("orientation", orientation, () => {
      if (orientation !== "Portrait" && orientation !== "Landscape") fail("InvalidArgument", `'${orientation}' is not a page orientation.`, "PageLayout.orientation");
      this.layout().orientation = orientation;
    });
  }

  get zoom(): Excel.PageLayoutZoomOptions {
    return this.loaded("zoom");
  }
  set zoom(zoom: Excel.PageLayoutZoomOptions) {
    this.setProperty("zoom", zoom, () => {
      const { scale, horizontalFitToPages, verticalFitToPages } = zoom ?? {};
      const pages = (n: number | undefined) => n === undefined || n === null || (Number.isInteger(n) && n >= 0);
      const fit = (horizontalFitToPages ?? null) !== null || (verticalFitToPages ?? null) !== null;
      if ((scale ?? null) !== null && (fit || !(Number(scale) >= 10 && Number(scale) <= 400))) fail("InvalidArgument", "The print scale must be between 10 and 400, without pages to fit.", "PageLayout.zoom");
      if (!pages(horizontalFitToPages) || !pages(verticalFitToPages)) fail("InvalidArgument", "Pages to fit must be whole numbers of 0 or more.", "PageLayout.zoom");
      if (!fit && (scale ?? null) === null) fail("InvalidArgument", "Zoom needs a scale or pages to fit.", "PageLayout.zoom");
      this.layout().zoom = fit
        ? { ...(horizontalFitToPages !== undefined && horizontalFitToPages !== null ? { horizontalFitToPages } : {}), ...(verticalFitToPages !== undefined && verticalFitToPages !== null ? { verticalFitToPages } : {}) }
        : { scale: scale as number };
    });
  }

  setPrintArea(printArea: Range | Excel.RangeAreas | string): void {
    this.call("setPrintArea", typeof printArea === "string" ? printArea : null, () => {
      const sheet = this.worksheet.target();
      if (typeof printArea !== "string" && !("target" in printArea)) fail("InvalidArgument", "RangeAreas are not modelled; pass a range or an address.", "PageLayout.setPrintArea");
      sheet.pageLayout.printArea = rectsOf(sheet, printArea as Range | string, "PageLayout.setPrintArea");
    });
  }

  setPrintTitleRows(printTitleRows: Range | string): void {
    this.call("setPrintTitleRows", typeof printTitleRows === "string" ? printTitleRows : null, () => {
      const sheet = this.worksheet.target();
      const rects = rectsOf(sheet, printTitleRows, "PageLayout.setPrintTitleRows");
      const rect = rects[0];
      if (rects.length !== 1 || rect.column !== 0 || rect.columnCount !== MAX_COLUMNS) fail("InvalidArgument", "The print title rows must span entire rows.", "PageLayout.setPrintTitleRows");
      sheet.pageLayout.titleRows = rect;
    });
  }

  setPrintTitleColumns(printTitleColumns: Range | string): void {
    this.call("setPrintTitleColumns", typeof printTitleColumns === "string" ? printTitleColumns : null, () => {
      const sheet = this.worksheet.target();
      const rects = rectsOf(sheet, printTitleColumns, "PageLayout.setPrintTitleColumns");
      const rect = rects[0];
      if (rects.length !== 1 || rect.row !== 0 || rect.rowCount !== MAX_ROWS) fail("InvalidArgument", "The print title columns must span entire columns.", "PageLayout.setPrintTitleColumns");
      sheet.pageLayout.titleColumns = rect;
    });
  }
}

export class PageBreakCollection extends ClientObject implements Pick<Excel.PageBreakCollection, "removePageBreaks"> {
  protected readonly typeName = "PageBreakCollection";
  protected readonly scalarNames = [] as const;

  constructor(
    context: HeadlessRequestContext,
    private readonly worksheet: Worksheet,
  ) {
    super(context);
  }

  protected readScalar(): undefined {
    return undefined;
  }

  /** A break above the top row of the range (a break above row 1 is not a break: Excel refuses it). */
  add(pageBreakRange: Range | string): void {
    this.call("add", typeof pageBreakRange === "string" ? pageBreakRange : null, () => {
      const sheet = this.worksheet.target();
      const rect = rectsOf(sheet, pageBreakRange, "PageBreakCollection.add")[0];
      if (rect.row === 0) fail("InvalidArgument", "A page break cannot go above the first row.", "PageBreakCollection.add");
      if (!sheet.pageLayout.rowBreaks.includes(rect.row)) sheet.pageLayout.rowBreaks.push(rect.row);
    });
  }

  removePageBreaks(): void {
    this.call("removePageBreaks", undefined, () => {
      this.worksheet.target().pageLayout.rowBreaks = [];
    });
  }

  getCount(): HeadlessClientResult<number> {
    const result = new HeadlessClientResult<number>();
    this.call("getCount", undefined, (response) => result.stage(response, this.worksheet.target().pageLayout.rowBreaks.length));
    return result;
  }
}
