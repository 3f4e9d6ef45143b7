/** Range: addresses, values and formulas as Excel writes and reads them, derived ranges, clear, merge, links, selection. */
import { createHeadlessExcel } from "../../src/headless";
import { expectExcelError } from "./helpers";

async function withSheet<T>(batch: (sheet: Excel.Worksheet, context: Excel.RequestContext) => Promise<T>, name = "Sheet1") {
  const excel = createHeadlessExcel({ firstSheetName: name });
  const result = await excel.api((context) => batch(context.workbook.worksheets.getItem(name), context));
  return { excel, result };
}

describe("values", () => {
  // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member
  test("numeric text becomes a number, TRUE/FALSE Booleans, '=' a formula, an apostrophe keeps text, ISO dates become serials", async () => {
    const { excel } = await withSheet(async (sheet) => {
      sheet.getRange("A1:F1").values = [["42", "true", "=1+1", "'00123", "2024-01-05", "hello"]];
    });
    const cells = excel.inspect.sheet("Sheet1");
    expect(cells.values("A1:F1")).toEqual([[42, true, 0, "00123", 45296, "hello"]]);
    expect(cells.cellAt("C1").formula).toBe("=1+1");
    expect(cells.cellAt("E1")).toMatchObject({ numberFormat: "yyyy-mm-dd", text: "2024-01-05" });
  });

  // "If the returned value starts with a plus, minus, or equal sign, Excel interprets this value as a formula."
  // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member
  test("text starting with + or - that is not a number is taken as a formula; an apostrophe prevents it", async () => {
    const { excel } = await withSheet(async (sheet) => {
      sheet.getRange("A1:D1").values = [["+49 30 1234", "-abc", "-12.5", "'-abc"]];
    });
    const cells = excel.inspect.sheet("Sheet1");
    expect([cells.cellAt("A1").formula, cells.cellAt("B1").formula, cells.cellAt("C1").formula, cells.cellAt("D1").formula]).toEqual(["=+49 30 1234", "=-abc", null, null]);
    expect([cells.cellAt("C1").value, cells.cellAt("D1").value]).toEqual([-12.5, "-abc"]);
  });

  test("numeric text stays text in a cell formatted as text (@)", async () => {
    const { excel } = await withSheet(async (sheet) => {
      sheet.getRange("A1").numberFormat = [["@"]];
      sheet.getRange("A1").values = [["00123"]];
    });
    expect(excel.inspect.sheet("Sheet1").cellAt("A1").value).toBe("00123");
  });

  // Office.js accepts a single value for a multi-cell range and writes it to every cell:
  // https://techcommunity.microsoft.com/idea/microsoft365developerplatform/allow-passing-a-single-value-to-the-range-object-values-and-formulas/4211172
  test("a single value (not an array) is written to every cell", async () => {
    const { excel } = await withSheet(async (sheet) => {
      (sheet.getRange("A1:B2") as unknown as { values: unknown }).values = "x";
    });
    expect(excel.inspect.sheet("Sheet1").values("A1:B2")).toEqual([["x", "x"], ["x", "x"]]);
  });

  // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values
  test("a 2-D array whose shape differs from the range fails with InvalidArgument", async () => {
    await withSheet(async (sheet, context) => {
      sheet.getRange("A1:B2").values = [[1, 2]];
      await expectExcelError(context.sync(), "InvalidArgument");
      sheet.getRange("A1:B2").values = [[1], [2]];
      await expectExcelError(context.sync(), "InvalidArgument");
      sheet.getRange("A1:B2").numberFormat = [["0"]];
      await expectExcelError(context.sync(), "InvalidArgument");
    });
  });

  test("null leaves a cell unchanged and an empty string empties it", async () => {
    const { excel } = await withSheet(async (sheet, context) => {
      sheet.getRange("A1:C1").values = [[1, 2, 3]];
      await context.sync();
      sheet.getRange("A1:C1").values = [[null, "", 9]];
    });
    expect(excel.inspect.sheet("Sheet1").values("A1:C1")).toEqual([[1, "", 9]]);
  });

  test("values read back '' for empty cells; formulas give the formula text; valueTypes name the kinds", async () => {
    await withSheet(async (sheet, context) => {
      sheet.getRange("A1:D1").values = [["a", 1, true, ""]];
      sheet.getRange("E1").formulas = [["=A1"]];
      const range = sheet.getRange("A1:E1").load("values, formulas, valueTypes");
      await context.sync();
      expect(range.values).toEqual([["a", 1, true, "", 0]]);
      expect(range.formulas).toEqual([["a", 1, true, "", "=A1"]]);
      expect(range.valueTypes).toEqual([["String", "Double", "Boolean", "Empty", "Double"]]);
    });
  });

  // https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3 (32,767 characters per cell)
  test("text longer than 32,767 characters fails with InvalidArgument", async () => {
    await withSheet(async (sheet, context) => {
      sheet.getRange("A1").values = [["x".repeat(32_767)]];
      await context.sync();
      sheet.getRange("A2").values = [["x".repeat(32_768)]];
      await expectExcelError(context.sync(), "InvalidArgument");
    });
  });

  test("a bad address fails with InvalidArgument", async () => {
    await withSheet(async (sheet, context) => {
      sheet.getRange("A0:ZZZZ1").load("address");
      await expectExcelError(context.sync(), "InvalidArgument");
    });
  });
});

describe("addresses and derived ranges", () => {
  // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-address-member
  test("addresses carry the sheet name, quoted when needed", async () => {
    await withSheet(
      async (sheet, context) => {
        const range = sheet.getRange("c3:a1").load("address, rowIndex, columnIndex, rowCount, columnCount, cellCount");
        await context.sync();
        expect(range.address).toBe("'KAM Clients'!A1:C3");
        expect([range.rowIndex, range.columnIndex, range.rowCount, range.columnCount, range.cellCount]).toEqual([0, 0, 3, 3, 9]);
      },
      "KAM Clients",
    );
  });

  // https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getrangebyindexes-member(1)
  test("getRangeByIndexes, getCell, getRow, getColumn, getResizedRange, getOffsetRange, getEntireColumn/Row, getLastRow", async () => {
    await withSheet(async (sheet, context) => {
      const base = sheet.getRangeByIndexes(1, 1, 3, 2); // B2:C4
      const ranges = [
        base,
        base.getCell(0, 1),
        base.getCell(5, 5), // outside the parent, inside the sheet
        base.getRow(2),
        base.getColumn(1),
        base.getResizedRange(1, -1),
        base.getOffsetRange(2, 1),
        base.getEntireColumn(),
        base.getEntireRow(),
        base.getLastRow(),
        base.getBoundingRect("E7"),
        base.getIntersection("C3:D9"),
      ].map((r) => r.load("address"));
      await context.sync();
      expect(ranges.map((r) => r.address)).toEqual([
        "Sheet1!B2:C4",
        "Sheet1!C2",
        "Sheet1!G7",
        "Sheet1!B4:C4",
        "Sheet1!C2:C4",
        "Sheet1!B2:B5",
        "Sheet1!C4:D6",
        "Sheet1!B:C",
        "Sheet1!2:4",
        "Sheet1!B4:C4",
        "Sheet1!B2:E7",
        "Sheet1!C3:C4",
      ]);
    });
  });

  test("derived ranges outside the sheet or the parent fail with InvalidArgument; no intersection is a null object", async () => {
    await withSheet(async (sheet, context) => {
      sheet.getRange("A1").getOffsetRange(-1, 0).load("address");
      await expectExcelError(context.sync(), "InvalidArgument");
      sheet.getRange("A1:B2").getRow(2).load("address");
      await expectExcelError(context.sync(), "InvalidArgument");
      sheet.getRange("A1:B2").getResizedRange(-2, 0).load("address");
      await expectExcelError(context.sync(), "InvalidArgument");
      const none = sheet.getRange("A1:B2").getIntersectionOrNullObject("D4");
      await context.sync();
      expect(none.isNullObject).toBe(true);
    });
  });

  // https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrange-member(1)
  test("used range: A1 on a blank sheet, null object with OrNullObject, formats count unless valuesOnly", async () => {
    await withSheet(async (sheet, context) => {
      const blank = sheet.getUsedRange().load("address");
      const blankOrNull = sheet.getUsedRangeOrNullObject();
      await context.sync();
      expect(blank.address).toBe("Sheet1!A1");
      expect(blankOrNull.isNullObject).toBe(true);
      sheet.getRange("B2:C3").values = [[1, 2], [3, 4]];
      sheet.getRange("E6").format.fill.color = "#FFFF00";
      const used = sheet.getUsedRange().load("address");
      const usedValues = sheet.getUsedRange(true).load("address");
      await context.sync();
      expect(used.address).toBe("Sheet1!B2:E6");
      expect(usedValues.address).toBe("Sheet1!B2:C3");
    });
  });
});

describe("clear, merge, hyperlinks, select", () => {
  // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-clear-member(1)
  test("clear('Contents') keeps formats, clear('Formats') keeps values, clear() removes both", async () => {
    const { excel } = await withSheet(async (sheet) => {
      for (const address of ["A1", "A2", "A3"]) {
        sheet.getRange(address).values = [["v"]];
        sheet.getRange(address).format.font.bold = true;
      }
      sheet.getRange("A1").clear("Contents");
      sheet.getRange("A2").clear("Formats");
      sheet.getRange("A3").clear();
    });
    const cells = excel.inspect.sheet("Sheet1");
    expect([cells.cellAt("A1").value, cells.cellAt("A1").bold]).toEqual([null, true]);
    expect([cells.cellAt("A2").value, cells.cellAt("A2").bold]).toEqual(["v", false]);
    expect([cells.cellAt("A3").value, cells.cellAt("A3").bold]).toEqual([null, false]);
  });

  // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-merge-member(1)
  test("merge and merge(across) and unmerge", async () => {
    const { excel } = await withSheet(async (sheet) => {
      sheet.getRange("A1:B2").merge();
      sheet.getRange("D1:E2").merge(true);
      sheet.getRange("G1:H1").merge();
      sheet.getRange("G1").unmerge();
    });
    expect(excel.inspect.sheet("Sheet1").merges()).toEqual(["A1:B2", "D1:E1", "D2:E2"]);
  });

  // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-hyperlinks
  test("hyperlinks: external and internal, with the text shown in the cell", async () => {
    await withSheet(async (sheet, context) => {
      sheet.getRange("A1").hyperlink = { address: "https://example.com", textToDisplay: "Site", screenTip: "Open" };
      sheet.getRange("A2").hyperlink = { documentReference: "Sheet1!C5", textToDisplay: "Go to C5" };
      const a1 = sheet.getRange("A1").load("hyperlink, values");
      const a2 = sheet.getRange("A2").load("hyperlink, values");
      await context.sync();
      expect(a1.hyperlink).toEqual({ address: "https://example.com", textToDisplay: "Site", screenTip: "Open" });
      expect(a1.values).toEqual([["Site"]]);
      expect(a2.hyperlink).toEqual({ documentReference: "Sheet1!C5", textToDisplay: "Go to C5" });
      sheet.getRange("A1").clear("Hyperlinks");
      const cleared = sheet.getRange("A1").load("hyperlink, values");
      await context.sync();
      expect(cleared.hyperlink).toBeNull();
      expect(cleared.values).toEqual([["Site"]]);
    });
  });

  // https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedrange-member(1)
  test("select() and excel.select set what getSelectedRange and getActiveCell return", async () => {
    const excel = createHeadlessExcel();
    await excel.api(async (context) => {
      context.workbook.worksheets.add("Sales");
      await context.sync();
      excel.select("Sales!B2:D20");
      const selected = context.workbook.getSelectedRange().load("address");
      const active = context.workbook.getActiveCell().load("address");
      const activeSheet = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      expect([selected.address, active.address, activeSheet.name]).toEqual(["Sales!B2:D20", "Sales!B2", "Sales"]);
      context.workbook.worksheets.getItem("Sheet1").getRange("C3").select();
      const after = context.workbook.getSelectedRange().load("address");
      await context.sync();
      expect(after.address).toBe("Sheet1!C3");
      context.workbook.worksheets.getItem("Sales").activate(); // each sheet keeps its own selection
      const back = context.workbook.getSelectedRange().load("address");
      await context.sync();
      expect(back.address).toBe("Sales!B2:D20");
      context.workbook.worksheets.getItem("Sheet1").activate();
    });
    expect(excel.inspect.selection()).toBe("Sheet1!C3");
    expect(excel.inspect.activeSheet()).toBe("Sheet1");
  });
});
