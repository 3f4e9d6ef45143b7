/** Cell formats, number formats and Range.text, data validation, conditional formats, charts, the application object. */
import { createHeadlessExcel } from "../../src/headless";
import { formatCellText } from "../../src/headless/numberFormat";
import { expectExcelError } from "./helpers";

async function onSheet(batch: (sheet: Excel.Worksheet, context: Excel.RequestContext) => Promise<void>) {
  const excel = createHeadlessExcel();
  await excel.api((context) => batch(context.workbook.worksheets.getItem("Sheet1"), context));
  return excel;
}

describe("Range.text through number formats", () => {
  // https://support.microsoft.com/office/number-format-codes-5026bbd6-04bc-48cd-bf33-80f18b4eae68
  test.each([
    [1234.5, "General", "1234.5"],
    [0.1 + 0.2, "General", "0.3"],
    [123456789012, "General", "1.23457E+11"],
    [1e15, "General", "1E+15"],
    [1.5e-9, "General", "1.5E-09"],
    [-2.5, "General", "-2.5"],
    [1234.5, "0", "1235"],
    [1234.5, "0.00", "1234.50"],
    [1234567.891, "#,##0", "1,234,568"],
    [1234567.891, "#,##0.00", "1,234,567.89"],
    [-1234.5, "#,##0.00", "-1,234.50"],
    [0.256, "0%", "26%"],
    [0.256, "0.0%", "25.6%"],
    [45296, "yyyy-mm-dd", "2024-01-05"],
    [45296, "dd.mm.yyyy", "05.01.2024"],
    [45296, "m/d/yyyy", "1/5/2024"],
    [45296, "d mmm yyyy", "5 Jan 2024"],
    [45296.75, "yyyy-mm-dd hh:mm", "2024-01-05 18:00"],
    [45296.75, "h:mm AM/PM", "6:00 PM"],
    [1234.5, '"€ "#,##0.00', "€ 1,234.50"],
    [1234.5, "#,##0.00 [$€-407]", "1,234.50 €"],
    [1234.5, "\\$#,##0", "$1,235"],
    [1234.5, "#,##0.00 €", "1,234.50 €"],
    [5, '0 "kr"', "5 kr"],
    [-5, "0;(0)", "(5)"],
    [0, '0;-0;"zero"', "zero"],
    ["text", "@", "text"],
    [123, "@", "123"],
    [true, "General", "TRUE"],
    ["", "0.00", ""],
  ])("%j formatted %j reads %j", (value, format, text) => {
    expect(formatCellText(value, format)).toBe(text);
  });

  test("Range.text applies each cell's format", async () => {
    await onSheet(async (sheet, context) => {
      sheet.getRange("A1:B1").values = [[0.5, 45296]];
      sheet.getRange("A1:B1").numberFormat = [["0%", "dd.mm.yyyy"]];
      const range = sheet.getRange("A1:B1").load("text, numberFormat");
      await context.sync();
      expect(range.text).toEqual([["50%", "05.01.2024"]]);
      expect(range.numberFormat).toEqual([["0%", "dd.mm.yyyy"]]);
    });
  });
});

describe("cell formats", () => {
  // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-format
  test("fill, font, alignment, wrap, indent, borders, locked read back; mixed cells read null", async () => {
    await onSheet(async (sheet, context) => {
      const range = sheet.getRange("A1:B2");
      range.format.fill.color = "#ffcc00";
      range.format.font.bold = true;
      range.format.font.italic = true;
      range.format.font.color = "#1F4E78";
      range.format.font.size = 14;
      range.format.font.name = "Arial";
      range.format.horizontalAlignment = "Center";
      range.format.verticalAlignment = "Top";
      range.format.wrapText = true;
      range.format.indentLevel = 2;
      range.format.readingOrder = "RightToLeft";
      range.format.borders.getItem("EdgeBottom").style = "Continuous";
      range.format.borders.getItem("EdgeBottom").color = "#FF0000";
      range.format.protection.locked = false;
      sheet.getRange("A1").format.font.bold = false;
      const read = sheet.getRange("A1:B2").load("format/fill/color, format/font, format/horizontalAlignment, format/verticalAlignment, format/wrapText, format/indentLevel, format/readingOrder, format/protection/locked");
      const bottom = sheet.getRange("A1:B2").format.borders.getItem("EdgeBottom").load("style, color, weight");
      const top = sheet.getRange("A1:B2").format.borders.getItem("EdgeTop").load("style");
      const b2 = sheet.getRange("B2").load("format/font/bold");
      await context.sync();
      expect(read.format.fill.color).toBe("#FFCC00");
      expect([read.format.font.bold, read.format.font.italic, read.format.font.color, read.format.font.size, read.format.font.name]).toEqual([null, true, "#1F4E78", 14, "Arial"]);
      expect([read.format.horizontalAlignment, read.format.verticalAlignment, read.format.wrapText, read.format.indentLevel, read.format.readingOrder]).toEqual(["Center", "Top", true, 2, "RightToLeft"]);
      expect(read.format.protection.locked).toBe(false);
      expect([bottom.style, bottom.color, bottom.weight]).toEqual(["Continuous", "#FF0000", "Thin"]);
      expect(top.style).toBe("None");
      expect(b2.format.font.bold).toBe(true);
      range.format.fill.clear();
      const cleared = sheet.getRange("A1").load("format/fill/color");
      await context.sync();
      expect(cleared.format.fill.color).toBe("#FFFFFF"); // Excel reports no fill as white
    });
  });

  test("defaults: Calibri 11, black, General, locked, 48 pt columns, 15 pt rows", async () => {
    await onSheet(async (sheet, context) => {
      const read = sheet.getRange("C3").load("numberFormat, format/font/name, format/font/size, format/font/color, format/protection/locked, format/columnWidth, format/rowHeight");
      await context.sync();
      expect([read.numberFormat, read.format.font.name, read.format.font.size, read.format.font.color, read.format.protection.locked]).toEqual([[["General"]], "Calibri", 11, "#000000", true]);
      expect([read.format.columnWidth, read.format.rowHeight]).toEqual([48, 15]);
    });
  });

  // https://learn.microsoft.com/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-autofitcolumns-member(1)
  test("column widths and row heights; autofitColumns widens to the longest text; whole-column formats apply to new cells", async () => {
    const excel = await onSheet(async (sheet, context) => {
      sheet.getRange("A:A").format.columnWidth = 100;
      sheet.getRange("2:2").format.rowHeight = 30;
      sheet.getRange("B1:B2").values = [["short"], ["a much longer piece of text"]];
      sheet.getRange("B:B").format.autofitColumns();
      (sheet.getRange("C:C") as unknown as { numberFormat: string }).numberFormat = "0.00"; // one value for the whole column
      sheet.getRange("C5").values = [[3]];
      await context.sync();
      sheet.getRange("A1").format.rowHeight = 500;
      await expectExcelError(context.sync(), "InvalidArgument");
    });
    const cells = excel.inspect.sheet("Sheet1");
    expect(cells.columnWidth(0)).toBe(100);
    expect(cells.rowHeight(1)).toBe(30);
    expect(cells.columnWidth(1)).toBeGreaterThan(120);
    expect(cells.cellAt("C5").text).toBe("3.00");
  });

  test("a bad colour fails with InvalidArgument at sync", async () => {
    await onSheet(async (sheet, context) => {
      sheet.getRange("A1").format.fill.color = "reddish";
      await expectExcelError(context.sync(), "InvalidArgument");
    });
  });
});

describe("data validation", () => {
  // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation
  test("list, whole number, decimal and date rules with prompt and error alert", async () => {
    const excel = await onSheet(async (sheet, context) => {
      const list = sheet.getRange("A2:A10").dataValidation;
      list.rule = { list: { inCellDropDown: true, source: "A,B,C" } };
      list.prompt = { showPrompt: true, title: "Class", message: "Choose A, B or C" };
      list.errorAlert = { showAlert: true, style: "Warning", title: "Class", message: "A, B or C only" };
      sheet.getRange("B2:B10").dataValidation.rule = { wholeNumber: { operator: "Between", formula1: 1, formula2: 100 } };
      sheet.getRange("C2:C10").dataValidation.rule = { decimal: { operator: "GreaterThan", formula1: 0 } };
      sheet.getRange("D2:D10").dataValidation.rule = { date: { operator: "GreaterThanOrEqualTo", formula1: "2024-01-01" } };
      const read = sheet.getRange("A2:A10").dataValidation.load("type, rule, prompt, errorAlert");
      const none = sheet.getRange("F1").dataValidation.load("type");
      const mixed = sheet.getRange("A1:A5").dataValidation.load("type");
      await context.sync();
      expect(read.type).toBe("List");
      expect(read.rule).toEqual({ list: { inCellDropDown: true, source: "A,B,C" } });
      expect(read.prompt).toEqual({ showPrompt: true, title: "Class", message: "Choose A, B or C" });
      expect(read.errorAlert).toEqual({ showAlert: true, style: "Warning", title: "Class", message: "A, B or C only" });
      expect(none.type).toBe("None");
      expect(mixed.type).toBe("Inconsistent");
    });
    expect(excel.inspect.sheet("Sheet1").cellAt("B5").validation?.rule).toEqual({ wholeNumber: { operator: "Between", formula1: 1, formula2: 100 } });
    expect(excel.inspect.sheet("Sheet1").cellAt("B11").validation).toBeNull();
  });

  test("bad rules fail with InvalidArgument; clear removes the rule from part of a range", async () => {
    const excel = await onSheet(async (sheet, context) => {
      sheet.getRange("A1").dataValidation.rule = { wholeNumber: { operator: "Between", formula1: 1 } };
      await expectExcelError(context.sync(), "InvalidArgument");
      sheet.getRange("A1").dataValidation.rule = { wholeNumber: { operator: "Around" as "Between", formula1: 1 } };
      await expectExcelError(context.sync(), "InvalidArgument");
      sheet.getRange("A1").dataValidation.rule = {};
      await expectExcelError(context.sync(), "InvalidArgument");
      sheet.getRange("A1:A10").dataValidation.rule = { list: { inCellDropDown: true, source: "x,y" } };
      // Texts the file format cannot hold ([MS-XLS] 2.5.37 DValStrings): refused, the longest allowed kept.
      sheet.getRange("A1").dataValidation.prompt = { showPrompt: true, title: "t".repeat(33), message: "m" };
      await expectExcelError(context.sync(), "InvalidArgument");
      sheet.getRange("A1").dataValidation.prompt = { showPrompt: true, title: "t", message: "m".repeat(256) };
      await expectExcelError(context.sync(), "InvalidArgument");
      sheet.getRange("A1").dataValidation.errorAlert = { showAlert: true, style: "Stop", title: "t", message: "m".repeat(226) };
      await expectExcelError(context.sync(), "InvalidArgument");
      sheet.getRange("A1").dataValidation.prompt = { showPrompt: true, title: "t".repeat(32), message: "m".repeat(255) };
      sheet.getRange("A1").dataValidation.errorAlert = { showAlert: true, style: "Stop", title: "t".repeat(32), message: "m".repeat(225) };
      await context.sync();
      sheet.getRange("A4:A5").dataValidation.clear();
    });
    expect(excel.inspect.sheet("Sheet1").validations().map((v) => v.address)).toEqual(["A1:A3", "A6:A10"]);
  });
});

describe("conditional formats", () => {
  // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-conditional-formatting
  test("cellValue, containsText, custom, colorScale and dataBar keep their rules and formats", async () => {
    const excel = await onSheet(async (sheet, context) => {
      const range = sheet.getRange("B2:B20");
      const high = range.conditionalFormats.add("CellValue");
      high.cellValue.format.fill.color = "#C6EFCE";
      high.cellValue.format.font.color = "#006100";
      high.cellValue.format.font.bold = true;
      high.cellValue.rule = { formula1: "=1000", operator: "GreaterThan" };
      const text = sheet.getRange("A2:A20").conditionalFormats.add("ContainsText");
      text.textComparison.format.font.color = "#9C0006";
      text.textComparison.rule = { operator: "Contains", text: "lost" };
      const custom = sheet.getRange("A2:D20").conditionalFormats.add("Custom");
      custom.custom.rule.formula = "=$D2=\"A\"";
      custom.custom.format.fill.color = "#FFEB9C";
      const scale = sheet.getRange("C2:C20").conditionalFormats.add("ColorScale");
      scale.colorScale.criteria = {
        minimum: { type: "LowestValue", color: "#F8696B" },
        maximum: { type: "HighestValue", color: "#63BE7B" },
      };
      const bar = sheet.getRange("E2:E20").conditionalFormats.add("DataBar");
      bar.dataBar.positiveFormat.fillColor = "#638EC6";
      const count = sheet.getRange("A1:E20").conditionalFormats.getCount();
      const readBack = high.cellValue.load("rule");
      const fill = high.cellValue.format.fill.load("color");
      const formula = custom.custom.rule.load("formula");
      const type = bar.load("type, priority");
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is read after sync, not loaded
      expect(count.value).toBe(5);
      expect(readBack.rule).toEqual({ formula1: "=1000", operator: "GreaterThan" });
      expect(fill.color).toBe("#C6EFCE");
      expect(formula.formula).toBe("=$D2=\"A\"");
      expect([type.type, type.priority]).toEqual(["DataBar", 0]); // the newest rule comes first
    });
    const formats = excel.inspect.sheet("Sheet1").conditionalFormats();
    expect(formats.map((f) => [f.type, f.address])).toEqual([
      ["DataBar", "Sheet1!E2:E20"],
      ["ColorScale", "Sheet1!C2:C20"],
      ["Custom", "Sheet1!A2:D20"],
      ["ContainsText", "Sheet1!A2:A20"],
      ["CellValue", "Sheet1!B2:B20"],
    ]);
    expect(formats[4]).toMatchObject({ format: { fill: "#C6EFCE", fontColor: "#006100", bold: true } });
  });

  test("wrong typed view, bad operators and unknown types fail; clearAll removes the range's rules", async () => {
    const excel = await onSheet(async (sheet, context) => {
      const cf = sheet.getRange("A1:A5").conditionalFormats.add("CellValue");
      cf.custom.rule.formula = "=TRUE";
      await expectExcelError(context.sync(), "InvalidArgument");
      cf.cellValue.rule = { formula1: "=1", operator: "Bigger" as "Between" };
      await expectExcelError(context.sync(), "InvalidArgument");
      sheet.getRange("A1").conditionalFormats.add("Sparkles" as "Custom");
      await expectExcelError(context.sync(), "InvalidArgument");
      sheet.getRange("A1:A5").conditionalFormats.clearAll();
    });
    expect(excel.inspect.sheet("Sheet1").conditionalFormats()).toEqual([]);
  });
});

describe("charts and application", () => {
  // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-charts
  test("charts are kept as objects with type, source, title and position", async () => {
    const excel = await onSheet(async (sheet, context) => {
      sheet.getRange("A1:B3").values = [["Class", "Clients"], ["A", 5], ["B", 9]];
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:B3"), "Auto");
      chart.title.text = "Clients by class";
      chart.setPosition("D2", "J15");
      chart.name = "ABC chart";
      const read = sheet.charts.getItem("ABC chart").load("name, chartType");
      const title = sheet.charts.getItem("ABC chart").title.load("text");
      await context.sync();
      expect([read.name, read.chartType, title.text]).toEqual(["ABC chart", "ColumnClustered", "Clients by class"]);
      sheet.charts.add("Pie", sheet.getRange("A1:B3"), "Diagonal" as "Auto");
      await expectExcelError(context.sync(), "InvalidArgument");
      sheet.name = "ABC";
    });
    expect(excel.inspect.sheet("ABC").charts()).toEqual([
      { name: "ABC chart", type: "ColumnClustered", title: "Clients by class", source: "ABC!A1:B3", seriesBy: "Auto", position: { start: "D2", end: "J15" }, top: 0, left: 0, width: 360, height: 216, series: [{ name: "B1", categories: "A2:A3", values: "B2:B3" }] },
    ]);
  });

  // Excel finds the category labels and series names "from the contents of the first row or column"
  // when it is given only a range: https://learn.microsoft.com/en-us/office/vba/api/excel.seriescollection.add
  test("a first column of numbers under a header is a series, not the categories; text labels or a blank top-left cell make it the axis", async () => {
    const excel = await onSheet(async (sheet) => {
      sheet.getRange("A1:B4").values = [["Share of clients", "Cumulative share"], [0.05, 0.4], [0.1, 0.55], [0.15, 0.66]];
      sheet.charts.add("Line", sheet.getRange("A1:B4"), "Columns").name = "numbers";
      // Text, as Excel keeps "5%" only in a cell formatted as text ("@"); a General cell turns it into 0.05.
      sheet.getRange("D2:D4").numberFormat = [["@"], ["@"], ["@"]];
      sheet.getRange("D1:E4").values = [["Share of clients", "Cumulative share"], ["5%", 0.4], ["10%", 0.55], ["15%", 0.66]];
      sheet.charts.add("Line", sheet.getRange("D1:E4"), "Columns").name = "labels";
      sheet.getRange("G1:H4").values = [["", "Cumulative share"], [0.05, 0.4], [0.1, 0.55], [0.15, 0.66]];
      sheet.charts.add("Line", sheet.getRange("G1:H4"), "Columns").name = "blank corner";
      sheet.getRange("J1:M2").values = [["Period", "Jan", "Feb", "Mar"], ["Sales", 1, 2, 3]];
      sheet.charts.add("ColumnClustered", sheet.getRange("J1:M2"), "Rows").name = "by rows";
    });
    const series = Object.fromEntries(excel.inspect.sheet("Sheet1").charts().map((chart) => [chart.name, chart.series]));
    expect(series.numbers).toEqual([
      { name: "A1", values: "A2:A4" },
      { name: "B1", values: "B2:B4" },
    ]);
    expect(series.labels).toEqual([{ name: "E1", categories: "D2:D4", values: "E2:E4" }]);
    expect(series["blank corner"]).toEqual([{ name: "H1", categories: "G2:G4", values: "H2:H4" }]);
    expect(series["by rows"]).toEqual([{ name: "J2", categories: "K1:M1", values: "K2:M2" }]);
  });

  // https://learn.microsoft.com/javascript/api/excel/excel.application#excel-excel-application-suspendapicalculationuntilnextsync-member(1)
  test("suspendApiCalculationUntilNextSync and calculationMode are accepted", async () => {
    await onSheet(async (_sheet, context) => {
      context.workbook.application.suspendApiCalculationUntilNextSync();
      const app = context.workbook.application.load("calculationMode");
      await context.sync();
      expect(app.calculationMode).toBe("Automatic");
    });
  });
});

describe("set()", () => {
  // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-format (range.set with nested format)
  test("set() writes several properties at once, nested objects to navigation properties", async () => {
    const excel = await onSheet(async (sheet) => {
      sheet.getRange("A1").set({ values: [["x"]], format: { wrapText: true, fill: { color: "#00FF00" }, font: { bold: true } } });
      expect(() => sheet.getRange("A1").set({ address: "B2" } as Excel.Interfaces.RangeUpdateData)).toThrow("cannot be set");
    });
    expect(excel.inspect.sheet("Sheet1").cellAt("A1")).toMatchObject({ value: "x", wrapText: true, fill: "#00FF00", bold: true });
  });
});
