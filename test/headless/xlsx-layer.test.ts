/**
 * The .xlsx layer's fixes around ExcelJS 4.4 (docs/xlsx-layer.md), one test per defect of issue
 * 10: each asserts on the XML inside the saved package and on reading it back, so it fails if the
 * package is written as ExcelJS alone writes it.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { run } from "../../src/cli/run";
import { writeWorkbookOut } from "../../src/cli/workbook-out";
import { DEFAULT_ANALYSIS_SETTINGS, DEFAULT_READ_SETTINGS } from "../../src/engine/types";
import { createHeadlessExcel } from "../../src/headless";
import { loadXlsx, saveXlsx } from "../../src/headless/xlsx";
import { REL, openZip, parseRels, partText, zipBytes } from "../../src/headless/xlsx-parts";
import { convert, soffice } from "../excel/soffice";

const fixture = (name: string) => readFileSync(path.join(__dirname, "fixtures", name));
const sample = path.resolve(__dirname, "../../assets/sample-sales.csv");

async function excelJsLoad(bytes: Uint8Array): Promise<void> {
  const { Workbook } = (await import("exceljs")).default;
  await new Workbook().xlsx.load(bytes as unknown as ArrayBuffer);
}

/** Every part of a package as text, by name. */
async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await openZip(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) out.set(name, (await partText(zip, name)) ?? "");
  return out;
}

/** The worksheet part of a sheet, by name, through xl/workbook.xml and its relationships. */
function sheetPart(all: Map<string, string>, name: string): string {
  const workbook = all.get("xl/workbook.xml") ?? "";
  const id = new RegExp(`<sheet [^>]*name="${name.replace(/'/g, "&apos;")}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target = parseRels(all.get("xl/_rels/workbook.xml.rels")).find((r) => r.id === id)?.target ?? "";
  return all.get(`xl/${target.replace(/^\/?xl\//, "")}`) ?? "";
}

let classified: Uint8Array;
beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "kam-layer-"));
  const out = path.join(dir, "out.xlsx");
  await writeWorkbookOut({ input: sample, out, sheet: null, analysis: DEFAULT_ANALYSIS_SETTINGS, read: DEFAULT_READ_SETTINGS, now: new Date(2025, 0, 15) });
  classified = readFileSync(out);
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

describe("reading files other tools saved", () => {
  test("openpyxl: a table and a comment (ExcelJS alone fails on both)", async () => {
    const bytes = fixture("openpyxl-table-comment.xlsx");
    await expect(excelJsLoad(bytes)).rejects.toThrow(/Cannot read properties of undefined/);
    const excel = await loadXlsx(bytes);
    expect(excel.inspect.tables().map((t) => t.name)).toEqual(["SalesTable"]);
    expect(excel.inspect.sheet("Sales").values("A1:C2")).toEqual([
      ["Client", "Date", "Amount"],
      ["Acme", 45296, 100],
    ]);
    expect(excel.model.sheets[0].notes.get(1 * 16_384)).toEqual({ text: "checked with the client", author: "Ann" });
    // Saved again: the comment, the constant name, the print area and the filter of the other sheet are there.
    const saved = await parts(await saveXlsx(excel));
    expect([...saved.values()].some((xml) => xml.includes("<comments") && xml.includes("checked with the client"))).toBe(true);
    expect(saved.get("xl/workbook.xml")).toContain('<definedName name="VatRate">0.21</definedName>');
    expect(saved.get("xl/workbook.xml")).toContain('<definedName name="_xlnm.Print_Area" localSheetId="1">Notes!$A$1:$B$2</definedName>');
    expect(sheetPart(saved, "Notes")).toContain('<autoFilter ref="A1:B2"/>');
  });

  test("kam classify --out on the openpyxl file: the run works and keeps the comment, the names, the print area and the filter", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kam-openpyxl-"));
    try {
      const out = path.join(dir, "out.xlsx");
      const input = path.join(__dirname, "fixtures", "openpyxl-table-comment.xlsx");
      // The command itself, as a person runs it: it reads the sales from the same file first.
      let stderr = "";
      const status = await run(["classify", input, "--sheet", "Sales", "--out", out, "--json", path.join(dir, "out.json")], { stdout: { write: () => true }, stderr: { write: (text: string) => (stderr += text) }, cwd: dir });
      expect({ status, stderr }).toEqual({ status: 0, stderr: "" });
      expect((JSON.parse(readFileSync(path.join(dir, "out.json"), "utf8")) as { clients: unknown[] }).clients.length).toBeGreaterThan(0);
      const saved = await parts(readFileSync(out));
      expect(saved.get("xl/workbook.xml")).toContain('name="KAM Clients"');
      expect(saved.get("xl/workbook.xml")).toContain('<definedName name="VatRate">0.21</definedName>');
      expect(saved.get("xl/workbook.xml")).toContain('<definedName name="_xlnm.Print_Area" localSheetId="1">Notes!$A$1:$B$2</definedName>');
      expect(sheetPart(saved, "Notes")).toContain('<autoFilter ref="A1:B2"/>');
      expect([...saved.values()].some((xml) => xml.includes("<comments") && xml.includes("checked with the client"))).toBe(true);
      expect((await loadXlsx(readFileSync(out))).inspect.tables().map((t) => t.name)).toContain("SalesTable");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  (soffice ? test : test.skip)(
    "LibreOffice: the same workbook saved by soffice --convert-to xlsx",
    async () => {
      const converted = [...convert(fixture("openpyxl-table-comment.xlsx"), "xlsx", false).values()][0];
      const excel = await loadXlsx(converted);
      expect(excel.inspect.tables().map((t) => t.name)).toEqual(["SalesTable"]);
      expect(excel.model.sheets[0].notes.get(16_384)?.text).toBe("checked with the client");
      expect(excel.inspect.sheet("Notes").cellAt("B2").formula).toBe("=Sales!C2*2");
    },
    120_000,
  );

  test("shared formulas (what Excel writes for filled-down formulas) come back as formulas", async () => {
    const excel = createHeadlessExcel();
    await excel.api(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B3").values = [
        [1, null],
        [2, null],
        [3, null],
      ];
      sheet.getRange("B1:B3").formulas = [["=A1*2"], ["=A2*2"], ["=A3*2"]];
    });
    // Rewritten as Excel saves a fill-down: the master cell carries the formula, the others point at it.
    const zip = await openZip(await saveXlsx(excel));
    const xml = (await partText(zip, "xl/worksheets/sheet1.xml")) ?? "";
    const shared = xml
      .replace(/<f>A1\*2<\/f>/, '<f t="shared" ref="B1:B3" si="0">A1*2</f>')
      .replace(/<f>A2\*2<\/f>/, '<f t="shared" si="0"/>')
      .replace(/<f>A3\*2<\/f>/, '<f t="shared" si="0"/>');
    expect(shared.match(/t="shared"/g)).toHaveLength(3);
    zip.file("xl/worksheets/sheet1.xml", shared);
    const loaded = await loadXlsx(await zipBytes(zip));
    expect(["B1", "B2", "B3"].map((a) => loaded.inspect.sheet("Sheet1").cellAt(a).formula)).toEqual(["=A1*2", "=A2*2", "=A3*2"]);
    const again = await parts(await saveXlsx(loaded));
    expect(again.get("xl/worksheets/sheet1.xml")).toContain("<f>A3*2</f>");
  });
});

describe("what the add-in writes", () => {
  test("date validations keep their formulas (ExcelJS wrote <formula1>NaN</formula1>)", async () => {
    const all = await parts(classified);
    const dossierParts = [...all.entries()].filter(([name, xml]) => name.startsWith("xl/worksheets/sheet") && xml.includes('type="date"'));
    expect(dossierParts.length).toBeGreaterThan(0);
    for (const [, xml] of dossierParts) {
      expect(xml).not.toContain("NaN");
      expect(xml).toMatch(/<dataValidation type="date" operator="greaterThanOrEqual"[^>]*><formula1>DATE\(1900,1,1\)<\/formula1><\/dataValidation>/);
    }
    const excel = await loadXlsx(classified);
    const dates = excel.model.sheets.flatMap((s) => s.validations).filter((v) => v.rule.date);
    expect(dates.length).toBeGreaterThan(0);
    for (const v of dates) expect(v.rule.date).toEqual({ operator: "GreaterThanOrEqualTo", formula1: "=DATE(1900,1,1)" });
  });

  test("a date validation on a serial number is written as that number", async () => {
    const excel = createHeadlessExcel();
    await excel.api(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A3").dataValidation.rule = { date: { operator: "Between", formula1: "45292", formula2: "=TODAY()" } };
    });
    const xml = (await parts(await saveXlsx(excel))).get("xl/worksheets/sheet1.xml");
    expect(xml).toContain('<dataValidation type="date" operator="between" allowBlank="1" showErrorMessage="1" sqref="A1:A3"><formula1>45292</formula1><formula2>TODAY()</formula2></dataValidation>');
  });

  test("links in KAM Dossiers are locations in the workbook, with no relationship", async () => {
    const all = await parts(classified);
    const index = sheetPart(all, "KAM Dossiers");
    const links = index.match(/<hyperlink [^>]*\/>/g) ?? [];
    expect(links.length).toBe(4); // the sample's three key clients and its key holding
    for (const link of links) {
      expect(link).toMatch(/location="'[^"]+'!A1"/);
      expect(link).not.toContain("r:id");
    }
    for (const [name, xml] of all) if (name.includes("_rels/")) expect(parseRels(xml).filter((r) => r.type === REL.hyperlink)).toEqual([]);
    const excel = await loadXlsx(classified);
    const first = excel.inspect.sheet("KAM Dossiers").cellAt("A2");
    expect(first.hyperlink).toEqual({ documentReference: `'${String(first.value).replace(/'/g, "''")}'!A1`, textToDisplay: first.value });
  });

  test("the Pareto and ABC-XYZ charts on KAM Summary and the sales trend in each dossier are chart parts", async () => {
    const all = await parts(classified);
    const charts = [...all.entries()].filter(([name]) => /^xl\/charts\/chart\d+\.xml$/.test(name)).map(([, xml]) => xml);
    const summaryCharts = charts.filter((xml) => xml.includes("<c:f>'KAM Summary'!"));
    expect(summaryCharts.filter((xml) => xml.includes("<c:lineChart>"))).toHaveLength(1);
    expect(summaryCharts.filter((xml) => xml.includes('<c:barDir val="col"/>'))).toHaveLength(1);
    // The Pareto curve is one series over text labels (5%, 10%, ...), as Excel reads its source.
    const pareto = summaryCharts.find((xml) => xml.includes("<c:lineChart>")) ?? "";
    expect(pareto.match(/<c:ser>/g)).toHaveLength(1);
    // Its value axis shows the values' format (percent), as Excel's source-linked axis does.
    expect(pareto).toMatch(/<c:valAx>.*<c:numFmt formatCode="[^"]*%" sourceLinked="1"\/>/);
    expect(pareto).toMatch(/<c:cat><c:strRef><c:f>'KAM Summary'!\$A\$\d+:\$A\$\d+<\/c:f><c:strCache><c:ptCount val="\d+"\/><c:pt idx="0"><c:v>\d+%<\/c:v>/);
    const excel = await loadXlsx(classified);
    const dossiers = excel.model.sheets.filter((s) => s.name !== "KAM Dossiers" && charts.some((xml) => xml.includes(`<c:f>'${s.name.replace(/'/g, "''")}'!`) || xml.includes(`<c:f>${s.name}!`)));
    expect(dossiers.length).toBeGreaterThanOrEqual(4); // KAM Summary and the three dossiers
    expect(sheetPart(all, "KAM Summary")).toMatch(/<drawing r:id="rId\d+"\/>/);
    expect(all.get("[Content_Types].xml")).toContain('ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"');
    // Every chart reference has its cached values, so a viewer that does not recalculate draws it.
    for (const xml of charts) expect(xml).toMatch(/<c:numCache>.*<c:pt idx="0"><c:v>[-\d.E]+<\/c:v><\/c:pt>/);
    // Read back: the same charts, over the same cells.
    const summary = excel.model.sheets.find((s) => s.name === "KAM Summary");
    expect(summary?.charts.map((c) => c.type).sort()).toEqual(["ColumnClustered", "Line"]);
    const again = await parts(await saveXlsx(excel));
    expect([...again.keys()].filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(charts.length);
  });

  test("the workbook asks for a full recalculation on load", async () => {
    expect((await parts(classified)).get("xl/workbook.xml")).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
  });

  test("pictures and notes it does not own survive a re-run (load and save)", async () => {
    const { Workbook } = (await import("exceljs")).default;
    const book = new Workbook();
    const ws = book.addWorksheet("Mine");
    ws.getCell("A1").value = "logo";
    ws.getCell("A1").note = "our logo";
    // A 1x1 PNG.
    const png = Uint8Array.from(atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="), (c) => c.charCodeAt(0));
    ws.addImage(book.addImage({ buffer: png as unknown as ArrayBuffer as never, extension: "png" }), { tl: { col: 1, row: 1 }, ext: { width: 20, height: 20 } });
    const loaded = await loadXlsx(new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer));
    const saved = await parts(await saveXlsx(loaded));
    expect([...saved.keys()].some((n) => /^xl\/media\/image\d+\.png$/.test(n))).toBe(true);
    expect([...saved.values()].some((xml) => xml.includes("<comments") && xml.includes("our logo"))).toBe(true);
  });
});
