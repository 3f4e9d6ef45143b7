/**
 * The .xlsx bridge: a workbook made through the API, saved with ExcelJS and loaded again, keeps
 * its cells, formats, tables, validations, conditional formats, protection, names and links.
 */
import JSZip from "jszip";
import { createHeadlessExcel } from "../../src/headless";
import { fromRows, loadXlsx, saveXlsx } from "../../src/headless/xlsx";

async function buildWorkbook() {
  const excel = createHeadlessExcel();
  await excel.api(async (context) => {
    const sales = context.workbook.worksheets.getItem("Sheet1");
    sales.name = "KAM Clients";
    sales.getRange("A1:D4").values = [
      ["Client", "Revenue", "Since", "Class"],
      ["Acme", 1200.5, 45292, "A"],
      ["Globex", 300, 45300, "B"],
      ["Initech", 50, 45310, "C"],
    ];
    sales.getRange("E2").formulas = [["=B2*2"]];
    sales.getRange("B2:B4").numberFormat = [["#,##0.00"], ["#,##0.00"], ["#,##0.00"]];
    sales.getRange("C2:C4").numberFormat = [["yyyy-mm-dd"], ["yyyy-mm-dd"], ["yyyy-mm-dd"]];
    const header = sales.getRange("A1:D1");
    header.format.fill.color = "#1F4E78";
    header.format.font.color = "#FFFFFF";
    header.format.font.bold = true;
    sales.getRange("A2").format.font.italic = true;
    sales.getRange("B1").format.columnWidth = 90;
    sales.getRange("A1").format.rowHeight = 30;
    sales.getRange("A1:D1").format.borders.getItem("EdgeBottom").style = "Continuous";
    sales.getRange("A1:D1").format.horizontalAlignment = "Center";
    sales.getRange("A2:A4").format.readingOrder = "RightToLeft";
    sales.tables.add("A1:D4", true).name = "Clients";
    const plain = sales.tables.add("G1:H2", true);
    plain.style = "";
    plain.showBandedRows = false;
    sales.freezePanes.freezeRows(1);
    sales.tabColor = "#00B050";
    // eslint-disable-next-line office-addins/load-object-before-read -- dataValidation is a navigation property, nothing to load
    const classes = sales.getRange("D2:D4").dataValidation;
    classes.rule = { list: { inCellDropDown: true, source: "A,B,C" } };
    classes.prompt = { showPrompt: true, title: "Class", message: "A, B or C" };
    sales.getRange("B2:B4").dataValidation.rule = { decimal: { operator: "GreaterThanOrEqualTo", formula1: 0 } };
    const high = sales.getRange("B2:B4").conditionalFormats.add("CellValue");
    high.cellValue.format.fill.color = "#C6EFCE";
    high.cellValue.format.font.bold = true;
    high.cellValue.rule = { formula1: "=1000", operator: "GreaterThan" };
    const text = sales.getRange("D2:D4").conditionalFormats.add("ContainsText");
    text.textComparison.format.font.color = "#9C0006";
    text.textComparison.rule = { operator: "Contains", text: "A" };
    const custom = sales.getRange("A2:A4").conditionalFormats.add("Custom");
    custom.custom.rule.formula = "=$B2>100";
    custom.custom.format.fill.color = "#FFEB9C";
    sales.getRange("A6").merge();
    sales.getRange("A6:B6").merge();
    sales.getRange("A8").hyperlink = { address: "https://example.com/", textToDisplay: "Example", screenTip: "Go" };
    sales.getRange("A9").hyperlink = { documentReference: "'KAM Clients'!A1", textToDisplay: "Top" };
    sales.getRange("D2:D4").format.protection.locked = false;
    sales.protection.protect({ allowFormatCells: true });

    const settings = context.workbook.worksheets.add("Settings");
    settings.visibility = "VeryHidden";
    settings.getRange("A1:B1").values = [["lang", "de"]];
    context.workbook.names.add("kam_clients_id", sales.getRange("A1"));
  });
  return excel;
}

describe("xlsx round trip", () => {
  test("cells, formats, tables, validations, conditional formats, protection, names and links survive save and load", async () => {
    const original = await buildWorkbook();
    const bytes = await saveXlsx(original);
    expect(bytes).toBeInstanceOf(Uint8Array);
    const loaded = await loadXlsx(bytes);
    const before = original.inspect;
    const after = loaded.inspect;

    expect(after.sheets()).toEqual(before.sheets().map((s) => ({ ...s, id: expect.any(String) })));
    const sheet = after.sheet("KAM Clients");
    expect(sheet.values("A1:E4")).toEqual(before.sheet("KAM Clients").values("A1:E4"));
    for (const address of ["A1", "B2", "C2", "D2", "E2", "A2", "A9"]) {
      expect(sheet.cellAt(address)).toEqual(before.sheet("KAM Clients").cellAt(address));
    }
    expect(sheet.cellAt("A8").hyperlink).toEqual({ address: "https://example.com/", textToDisplay: "Example", screenTip: "Go" });
    expect(sheet.cellAt("A9").hyperlink).toEqual({ documentReference: "'KAM Clients'!A1", textToDisplay: "Top" });
    expect(sheet.cellAt("A2")).toMatchObject({ italic: true, readingOrder: "RightToLeft" });
    expect(sheet.cellAt("A1")).toMatchObject({ bold: true, fill: "#1F4E78", fontColor: "#FFFFFF", horizontalAlignment: "Center" });
    expect(sheet.cellAt("C2").text).toBe("2024-01-01");
    expect(sheet.cellAt("B2").text).toBe("1,200.50");
    expect(sheet.cellAt("E2").formula).toBe("=B2*2");
    expect(sheet.columnWidth(1)).toBeCloseTo(90, 0);
    expect(sheet.rowHeight(0)).toBe(30);
    expect(sheet.tables()).toEqual(before.sheet("KAM Clients").tables());
    const byAddress = (a: { address: string }, b: { address: string }) => a.address.localeCompare(b.address);
    expect(sheet.validations().sort(byAddress)).toEqual(before.sheet("KAM Clients").validations().sort(byAddress));
    expect(sheet.conditionalFormats()).toEqual(before.sheet("KAM Clients").conditionalFormats());
    expect(sheet.merges()).toEqual(["A6:B6"]);
    expect(sheet.protection()).toEqual(before.sheet("KAM Clients").protection());
    expect(sheet.freeze()).toEqual({ rows: 1, columns: 0 });
    expect(after.names()).toEqual({ kam_clients_id: "='KAM Clients'!$A$1" });
    expect(after.sheet("Settings").values()).toEqual([["lang", "de"]]);
  });

  test("a loaded workbook works through the API: protection still blocks locked cells", async () => {
    const loaded = await loadXlsx(await saveXlsx(await buildWorkbook()));
    await expect(
      loaded.api(async (context) => {
        context.workbook.worksheets.getItem("KAM Clients").getRange("A2").values = [["changed"]];
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    await loaded.api(async (context) => {
      context.workbook.worksheets.getItem("KAM Clients").getRange("D2").values = [["B"]];
    });
    expect(loaded.inspect.sheet("KAM Clients").cellAt("D2").value).toBe("B");
  });

  test("text is written as text: what looks like a formula, a number or a date stays what was typed", async () => {
    const typed = ["=1+2", "+49 30 1234", "007", "2024-01-05", "  leading and trailing  ", "two\nlines", "Smith & Sons <Ltd>", 'say "hi"', "tab\there"];
    const excel = fromRows([["Text", "Number", "Flag"], ...typed.map((text, i) => [text, i + 0.5, i % 2 === 0])]);
    const bytes = await saveXlsx(excel);
    const sheetXml = (await (await JSZip.loadAsync(bytes)).file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
    expect(sheetXml).not.toContain("<f>");
    const loaded = (await loadXlsx(bytes)).inspect.sheet("Sales");
    expect(loaded.values()).toEqual(excel.inspect.sheet("Sales").values());
    // Characters XML cannot hold are dropped (as ExcelJS dropped them), not written to break the file.
    expect((await loadXlsx(await saveXlsx(fromRows([["a\u0001b"]])))).inspect.sheet("Sales").values()).toEqual([["ab"]]);
  });

  test("numbers come back as written, and a sheet larger than a piece of the writer comes back whole", async () => {
    const numbers = [0, -0.5, 7, -7, 2147483647, -2147483648, 2147483648, -2147483649, 123456789012345, 0.1 + 0.2, 1.5e-7, 1e21, -1e-300, 45292.75];
    const names = ["Zürich GmbH", "Łódź sp. z o.o.", "ООО Ромашка", "شرکت آلفا", "北京公司", "emoji 😀 Ltd", "A & B <C>"];
    const rows: (string | number | boolean)[][] = [["Client", "Amount", "Flag"]];
    // About 40,000 cells: several of the writer's 256 KB pieces.
    for (let i = 0; i < 13_000; i++) rows.push([names[i % names.length], numbers[i % numbers.length] * (i % 3 === 0 ? 1 : -1) + 0, i % 2 === 0]);
    const excel = fromRows(rows);
    const loaded = (await loadXlsx(await saveXlsx(excel))).inspect.sheet("Sales");
    expect(loaded.values()).toEqual(excel.inspect.sheet("Sales").values());
  });

  test("fromRows makes a one-sheet workbook", () => {
    const excel = fromRows([["Client", "Amount"], ["Acme", 10]]);
    expect(excel.inspect.sheets().map((s) => s.name)).toEqual(["Sales"]);
    expect(excel.inspect.sheet("Sales").values()).toEqual([["Client", "Amount"], ["Acme", 10]]);
  });
});

describe("protected sheets in .xlsx", () => {
  // The password is written as Excel's hash; read back, it can only be known to exist.
  test("a password survives as a hash: unprotect needs a password, any one is taken", async () => {
    const excel = createHeadlessExcel();
    await excel.api(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").protection.protect({ allowSort: true }, "secret");
    });
    const loaded = await loadXlsx(await saveXlsx(excel));
    expect(loaded.inspect.sheet("Sheet1").protection()).toEqual({ protected: true, options: { allowSort: true }, hasPassword: true });
    await loaded.run(async (context) => {
      const protection = context.workbook.worksheets.getItem("Sheet1").protection;
      protection.unprotect();
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      protection.unprotect("whatever");
      await context.sync();
    });
    expect(loaded.inspect.sheet("Sheet1").protection().protected).toBe(false);
  });
});
