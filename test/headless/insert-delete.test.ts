/**
 * Range.insert / Range.delete (cells move and everything pointing at them follows), hidden rows
 * and columns, and text-formatted cells keeping formula-like input as text.
 */
import { createHeadlessExcel } from "../../src/headless";
import { loadXlsx, saveXlsx } from "../../src/headless/xlsx";
import { expectExcelError } from "./helpers";

function twoSheets() {
  const excel = createHeadlessExcel({ firstSheetName: "Data" });
  return excel;
}

/** A block A1:A6 of numbers, a total in A8 over it, a formula on another sheet pointing into it. */
async function blockWithFormulas() {
  const excel = twoSheets();
  await excel.api(async (context) => {
    const data = context.workbook.worksheets.getItem("Data");
    data.getRange("A1:A6").values = [[1], [2], [3], [4], [5], [6]];
    data.getRange("B1:B6").numberFormat = [["0.00"], ["0.00"], ["0.00"], ["0.00"], ["0.00"], ["0.00"]];
    data.getRange("A8").formulas = [["=SUM(A1:A6)+A2+A5+$A$5+\"A5\""]];
    data.getRange("B8").formulas = [["=SUM(Data!A1:A6)*'Data'!$A$6"]];
    const report = context.workbook.worksheets.add("Report");
    report.getRange("A1").formulas = [["=Data!A5+Data!A2+A5"]];
    context.workbook.names.add("Block", data.getRange("A1:A6"));
    context.workbook.names.add("Fifth", "=Data!$A$5");
    await context.sync();
  });
  return excel;
}

describe("Range.insert", () => {
  // "Inserts a cell or a range of cells into the worksheet in place of this range, and shifts the
  // other cells to make space. Returns a new Range object at the now blank space."
  // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-insert-member(1)
  test("inserting rows in the middle of a block moves the cells below and every reference to them", async () => {
    const excel = await blockWithFormulas();
    const address = await excel.api(async (context) => {
      const blank = context.workbook.worksheets.getItem("Data").getRange("3:4").insert("Down");
      blank.load("address");
      await context.sync();
      return blank.address;
    });
    expect(address).toBe("Data!3:4");
    const data = excel.inspect.sheet("Data");
    expect(data.values("A1:A8")).toEqual([[1], [2], [""], [""], [3], [4], [5], [6]]);
    // The reference above the insertion stays, those below move; $-absolute ones too; text in quotes is not a reference.
    expect(data.cellAt("A10").formula).toBe('=SUM(A1:A8)+A2+A7+$A$7+"A5"');
    expect(data.cellAt("B10").formula).toBe("=SUM(Data!A1:A8)*'Data'!$A$8");
    expect(data.cellAt("A8").formula).toBeNull();
    // Another sheet's formula follows the cells it points at; its own unqualified A5 does not.
    expect(excel.inspect.sheet("Report").cellAt("A1").formula).toBe("=Data!A7+Data!A2+A5");
    expect(excel.inspect.names()).toEqual({ Block: "=Data!$A$1:$A$8", Fifth: "=Data!$A$7" });
  });

  test("only references are moved: string literals, function names, names, structured references and other sheets are left alone", async () => {
    const excel = twoSheets();
    const formulas: Record<string, string> = {
      C1: '=IF(A5="say ""A5""",LOG10(A5),A5)',
      C2: "=SUM(5:6)+SUM(A:A)+SUM($2:$2)",
      C3: "=Sales[Amount]+A5+Other!A5+'Other'!A5",
      C4: "='It''s'!A5+Rate+A4:A5",
      C5: "=1.5E5+A05",
    };
    await excel.api(async (context) => {
      context.workbook.worksheets.add("Other");
      context.workbook.worksheets.add("It's");
      const data = context.workbook.worksheets.getItem("Data");
      for (const [cell, formula] of Object.entries(formulas)) data.getRange(cell).formulas = [[formula]];
      data.getRange("3:3").insert("Down");
      await context.sync();
    });
    const data = excel.inspect.sheet("Data");
    expect(["C1", "C2", "C4", "C5", "C6"].map((cell) => data.cellAt(cell).formula)).toEqual([
      '=IF(A6="say ""A5""",LOG10(A6),A6)',
      "=SUM(6:7)+SUM(A:A)+SUM($2:$2)",
      "=Sales[Amount]+A6+Other!A5+'Other'!A5",
      "='It''s'!A5+Rate+A5:A6",
      "=1.5E5+A6",
    ]);
  });

  // Excel's Insert copies the format from the cells above or to the left by default
  // (XlInsertFormatOrigin.xlFormatFromLeftOrAbove, https://learn.microsoft.com/office/vba/api/excel.xlinsertformatorigin).
  test("inserted rows take the format of the row above; number formats and locked flags move with their cells", async () => {
    const excel = twoSheets();
    await excel.api(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      data.getRange("A1:B1").format.fill.color = "#FFFF00";
      data.getRange("A2:B2").numberFormat = [["0.00", "0%"]];
      data.getRange("A2:B2").format.protection.locked = false;
      data.getRange("A3").values = [["below"]];
      data.getRange("A3").hyperlink = { address: "https://example.com" };
      data.getRange("3:3").insert("Down");
      await context.sync();
    });
    const data = excel.inspect.sheet("Data");
    expect(data.cellAt("A3")).toMatchObject({ numberFormat: "0.00", locked: false, value: null, hyperlink: null });
    expect(data.cellAt("B3")).toMatchObject({ numberFormat: "0%", locked: false });
    expect(data.cellAt("A4")).toMatchObject({ value: "below", locked: true, hyperlink: { address: "https://example.com" } });
  });

  test("cells inserted to the right shift only the rows of the range", async () => {
    const excel = twoSheets();
    await excel.api(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      data.getRange("A1:C2").values = [
        ["a", "b", "c"],
        ["d", "e", "f"],
      ];
      data.getRange("D1").formulas = [["=C1&C2"]];
      data.getRange("B1").insert("Right");
      await context.sync();
    });
    const data = excel.inspect.sheet("Data");
    expect(data.values("A1:D2")).toEqual([
      ["a", "", "b", "c"],
      ["d", "e", "f", ""],
    ]);
    // D1 moved to E1; its C1 moved to D1, C2 did not move.
    expect(data.cellAt("E1").formula).toBe("=D1&C2");
  });

  // A table grows when rows are inserted inside it, and moves when they are inserted above it.
  // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-insert-member(1)
  test("a table grows when rows are inserted inside it and moves when rows are inserted above it", async () => {
    const excel = twoSheets();
    await excel.api(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      data.getRange("A3:B5").values = [
        ["Client", "Amount"],
        ["Acme", 10],
        ["Globex", 20],
      ];
      data.tables.add("A3:B5", true).name = "Sales";
      data.getRange("5:6").insert("Down");
      data.getRange("1:1").insert("Down");
      await context.sync();
    });
    expect(excel.inspect.tables()).toMatchObject([{ name: "Sales", address: "Data!A4:B8", columns: ["Client", "Amount"] }]);
    expect(excel.inspect.sheet("Data").values("A4:B8")).toEqual([["Client", "Amount"], ["Acme", 10], ["", ""], ["", ""], ["Globex", 20]]);
  });

  test("columns inserted inside a table become table columns named Column1, Column2", async () => {
    const excel = twoSheets();
    await excel.api(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      data.getRange("A1:B2").values = [["Client", "Amount"], ["Acme", 10]];
      data.tables.add("A1:B2", true).name = "Sales";
      data.getRange("B:C").insert("Right");
      await context.sync();
    });
    expect(excel.inspect.tables()).toMatchObject([{ address: "Data!A1:D2", columns: ["Client", "Column1", "Column2", "Amount"] }]);
  });

  test("inserting cells that would cut through a table is refused and changes nothing", async () => {
    const excel = twoSheets();
    await excel.api(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      data.getRange("A3:B4").values = [["Client", "Amount"], ["Acme", 10]];
      data.tables.add("A3:B4", true);
      await context.sync();
    });
    await expectExcelError(
      excel.api(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1").insert("Down");
        await context.sync();
      }),
      "InvalidOperation",
    );
    expect(excel.inspect.sheet("Data").values("A3:B4")).toEqual([["Client", "Amount"], ["Acme", 10]]);
  });

  test("validations and conditional formats below move; one that spans the insertion grows", async () => {
    const excel = twoSheets();
    await excel.api(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      data.getRange("B2:B4").dataValidation.rule = { wholeNumber: { operator: "Between", formula1: 0, formula2: 10 } };
      data.getRange("C6").dataValidation.rule = { list: { inCellDropDown: true, source: "=$E$5:$E$7" } };
      const format = data.getRange("D6:D8").conditionalFormats.add("Custom");
      format.custom.rule.formula = "=D6>$E$5";
      format.custom.format.fill.color = "#FF0000";
      data.getRange("A2:B3").merge();
      data.getRange("3:4").insert("Down");
      await context.sync();
    });
    const data = excel.inspect.sheet("Data");
    expect(data.validations().map((v) => [v.address, v.rule])).toEqual([
      ["B2:B6", { wholeNumber: { operator: "Between", formula1: 0, formula2: 10 } }],
      ["C8", { list: { inCellDropDown: true, source: "=$E$7:$E$9" } }],
    ]);
    expect(data.conditionalFormats()).toMatchObject([{ address: "Data!D8:D10", rule: { formula: "=D8>$E$7" } }]);
    expect(data.merges()).toEqual(["A2:B5"]);
  });

  // "Represents the worksheet protection option allowing inserting of rows."
  // https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotectionoptions#excel-excel-worksheetprotectionoptions-allowinsertrows-member
  test("on a protected sheet whole rows can be inserted only when allowInsertRows is set", async () => {
    const excel = twoSheets();
    await excel.api(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      data.getRange("A1:A2").values = [["x"], ["y"]];
      data.protection.protect({ allowInsertRows: false });
      await context.sync();
    });
    await expectExcelError(
      excel.api(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("2:2").insert("Down");
        await context.sync();
      }),
      "AccessDenied",
    );
    await excel.api(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      data.protection.unprotect();
      data.protection.protect({ allowInsertRows: true });
      data.getRange("2:2").insert("Down");
      await context.sync();
    });
    expect(excel.inspect.sheet("Data").values("A1:A3")).toEqual([["x"], [""], ["y"]]);
    // Cells (not whole rows) cannot be shifted on a protected sheet.
    await expectExcelError(
      excel.api(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1").insert("Down");
        await context.sync();
      }),
      "AccessDenied",
    );
  });

  test("a direction that is not Down or Right is InvalidArgument", async () => {
    const excel = twoSheets();
    await expectExcelError(
      excel.api(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1").insert("Up" as "Down");
        await context.sync();
      }),
      "InvalidArgument",
    );
  });
});

describe("Range.delete", () => {
  // "Deletes the cells associated with the range."
  // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-delete-member(1)
  test("deleting rows moves the cells below up; references into the deleted cells become #REF!", async () => {
    const excel = await blockWithFormulas();
    await excel.api(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("5:5").delete("Up");
      await context.sync();
    });
    const data = excel.inspect.sheet("Data");
    expect(data.values("A1:A5")).toEqual([[1], [2], [3], [4], [6]]);
    expect(data.cellAt("A7").formula).toBe('=SUM(A1:A5)+A2+#REF!+#REF!+"A5"');
    expect(excel.inspect.sheet("Report").cellAt("A1").formula).toBe("=Data!#REF!+Data!A2+A5");
    expect(excel.inspect.names()).toEqual({ Block: "=Data!$A$1:$A$5", Fifth: "=Data!#REF!" });
  });

  test("deleting cells to the left moves the cells of those rows; a table's deleted column leaves it", async () => {
    const excel = twoSheets();
    await excel.api(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      data.getRange("A1:C2").values = [
        ["Client", "Note", "Amount"],
        ["Acme", "x", 10],
      ];
      data.tables.add("A1:C2", true).name = "Sales";
      data.getRange("B:B").delete("Left");
      await context.sync();
    });
    expect(excel.inspect.tables()).toMatchObject([{ address: "Data!A1:B2", columns: ["Client", "Amount"] }]);
  });

  test("deleting a cell to the left moves only its row; references to the moved cell follow it", async () => {
    const excel = twoSheets();
    await excel.api(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      data.getRange("A1:C2").values = [
        ["a", "b", "c"],
        ["d", "e", "f"],
      ];
      data.getRange("A4").formulas = [["=C1&C2&B1"]];
      data.getRange("B1").delete("Left");
      await context.sync();
    });
    const data = excel.inspect.sheet("Data");
    expect(data.values("A1:C2")).toEqual([
      ["a", "c", ""],
      ["d", "e", "f"],
    ]);
    expect(data.cellAt("A4").formula).toBe("=B1&C2&#REF!");
  });

  // "The rows containing the cells to be deleted must be unlocked when the sheet is protected."
  // https://learn.microsoft.com/office/vba/api/excel.protection.allowdeletingrows
  test("on a protected sheet whole rows can be deleted with allowDeleteRows only when their cells are unlocked", async () => {
    const excel = twoSheets();
    await excel.api(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      data.getRange("A1:A3").values = [["x"], ["y"], ["z"]];
      data.getRange("3:3").format.protection.locked = false;
      data.protection.protect({ allowDeleteRows: true });
      await context.sync();
    });
    await expectExcelError(
      excel.api(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("2:2").delete("Up");
        await context.sync();
      }),
      "AccessDenied",
    );
    await excel.api(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("3:3").delete("Up");
      await context.sync();
    });
    expect(excel.inspect.sheet("Data").values()).toEqual([["x"], ["y"]]);
  });
});

describe("hidden rows and columns", () => {
  // "Represents if all rows in the current range are hidden. Value is true when all rows in a range
  // are hidden. Value is false when no rows in the range are hidden. Value is null when some rows
  // in a range are hidden and other rows in the same range are not hidden."
  // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-rowhidden-member
  test("rowHidden and columnHidden are stored, read back (null when mixed) and shown by inspect", async () => {
    const excel = twoSheets();
    const read = await excel.api(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      data.getRange("A3:C4").rowHidden = true;
      data.getRange("A1").columnHidden = true;
      const all = data.getRange("B3:C4").load("rowHidden, columnHidden");
      const mixed = data.getRange("A2:B3").load("rowHidden, columnHidden");
      await context.sync();
      return [all.rowHidden, all.columnHidden, mixed.rowHidden, mixed.columnHidden];
    });
    expect(read).toEqual([true, false, null, null]);
    expect(excel.inspect.sheet("Data").hiddenRows()).toEqual([2, 3]);
    expect(excel.inspect.sheet("Data").hiddenColumns()).toEqual([0]);
    await excel.api(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A4").rowHidden = false;
      await context.sync();
    });
    expect(excel.inspect.sheet("Data").hiddenRows()).toEqual([2]);
  });

  test("hidden rows move with inserted rows; hiding needs allowFormatRows/allowFormatColumns on a protected sheet", async () => {
    const excel = twoSheets();
    await excel.api(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      data.getRange("5:5").rowHidden = true;
      data.getRange("2:3").insert("Down");
      data.protection.protect({ allowFormatRows: true });
      data.getRange("1:1").rowHidden = true;
      await context.sync();
    });
    expect(excel.inspect.sheet("Data").hiddenRows()).toEqual([0, 6]);
    await expectExcelError(
      excel.api(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("B:B").columnHidden = true;
        await context.sync();
      }),
      "AccessDenied",
    );
  });

  test("hidden rows and columns survive the .xlsx round trip", async () => {
    const excel = twoSheets();
    await excel.api(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      data.getRange("A1:C6").values = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [1, 2, 3], [4, 5, 6], [7, 8, 9]];
      data.getRange("A:A").columnHidden = true;
      data.getRange("3:4").rowHidden = true;
      await context.sync();
    });
    const again = await loadXlsx(await saveXlsx(excel));
    expect(again.inspect.sheet("Data").hiddenRows()).toEqual([2, 3]);
    expect(again.inspect.sheet("Data").hiddenColumns()).toEqual([0]);
  });
});

describe("text-formatted cells", () => {
  // A cell formatted as Text shows what is typed, a formula included, as text.
  // https://support.microsoft.com/office/number-format-codes-5026bbd6-04bc-48cd-bf33-80f18b4eae68 ("@" is the text placeholder)
  test('"=1+2" written to a cell formatted "@" stays text, through values and formulas', async () => {
    const excel = twoSheets();
    await excel.api(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      data.getRange("A1:C1").numberFormat = [["@", "@", "General"]];
      data.getRange("A1:C1").values = [["=1+2", "-abc", "=1+2"]];
      data.getRange("A2").numberFormat = [["@"]];
      data.getRange("A2").formulas = [["=SUM(B1:B3)"]];
      await context.sync();
    });
    const data = excel.inspect.sheet("Data");
    expect([data.cellAt("A1").value, data.cellAt("A1").formula]).toEqual(["=1+2", null]);
    expect([data.cellAt("B1").value, data.cellAt("B1").formula]).toEqual(["-abc", null]);
    expect(data.cellAt("C1").formula).toBe("=1+2");
    expect([data.cellAt("A2").value, data.cellAt("A2").text]).toEqual(["=SUM(B1:B3)", "=SUM(B1:B3)"]);
  });
});
