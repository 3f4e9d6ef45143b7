/** Sheet names in references: quoted when Excel could not read them plainly. */
import { parseAddress, quoteSheetName } from "../src/a1";
import { createHeadlessExcel } from "../src/headless";

describe("quoteSheetName", () => {
  // "If the name of the other worksheet or workbook contains spaces or nonalphabetical characters,
  // you must enclose the name (or the path) within single quotation marks."
  // https://support.microsoft.com/office/create-an-external-reference-link-to-a-cell-range-in-another-workbook-c98d1803-dd75-4668-ac6a-d7cca2a9b95f
  test("plain names stay bare; spaces, punctuation, a leading digit and apostrophes are quoted", () => {
    expect(quoteSheetName("Sales")).toBe("Sales");
    expect(quoteSheetName("Sales_2024")).toBe("Sales_2024");
    expect(quoteSheetName("KAM Clients")).toBe("'KAM Clients'");
    expect(quoteSheetName("2024")).toBe("'2024'");
    expect(quoteSheetName("1st quarter")).toBe("'1st quarter'");
    expect(quoteSheetName("O'Brien")).toBe("'O''Brien'");
  });

  test("names that read as a cell reference (A1 or R1C1 style) are quoted", () => {
    for (const name of ["A1", "AB12", "XFD1048576", "R1C1", "R2", "C3", "RC", "R", "C", "r1c1"]) {
      expect(quoteSheetName(name)).toBe(`'${name}'`);
    }
    // Past the last column or row it is a name again.
    expect(quoteSheetName("XFE1")).toBe("XFE1");
    expect(quoteSheetName("ABCD12")).toBe("ABCD12");
  });

  test("a quoted name parses back to the sheet, and Excel reads a reference built with it as that sheet", async () => {
    const reference = `${quoteSheetName("AB12")}!B2`;
    expect(parseAddress(reference)).toEqual({ sheet: "AB12", rect: { row: 1, column: 1, rowCount: 1, columnCount: 1 } });
    const excel = createHeadlessExcel({ firstSheetName: "AB12" });
    const address = await excel.api(async (context) => {
      const range = context.workbook.worksheets.getItem("AB12").getRange("B2").load("address");
      context.workbook.worksheets.add("Summary").getRange("A1").formulas = [[`=${reference}`]];
      // Rows inserted above B2 move the reference only when it is read as a reference to sheet AB12.
      context.workbook.worksheets.getItem("AB12").getRange("1:1").insert("Down");
      await context.sync();
      return range.address;
    });
    expect(address).toBe("'AB12'!B2");
    expect(excel.inspect.sheet("Summary").cellAt("A1").formula).toBe("='AB12'!B3");
  });
});
