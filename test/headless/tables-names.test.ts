/** Tables (name rules, overlap, headers, columns, rows, resize, delete) and defined names (following their sheet). */
import { createHeadlessExcel } from "../../src/headless";
import { expectExcelError } from "./helpers";

async function withData<T>(batch: (sheet: Excel.Worksheet, context: Excel.RequestContext) => Promise<T>) {
  const excel = createHeadlessExcel({ firstSheetName: "Sales" });
  await excel.api(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sales");
    sheet.getRange("A1:C3").values = [
      ["Client", "Revenue", "Client"],
      ["Acme", 10, "x"],
      ["Globex", 20, "y"],
    ];
    await context.sync();
    await batch(sheet, context);
  });
  return excel;
}

describe("tables", () => {
  // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-tables
  test("tables.add with headers names the columns from the first row, making them unique", async () => {
    const excel = await withData(async (sheet, context) => {
      const table = sheet.tables.add("A1:C3", true).load("name, style, showBandedRows, showFilterButton, showHeaders");
      const columns = table.columns.load("items/name");
      const body = table.getDataBodyRange().load("address");
      const header = table.getHeaderRowRange().load("address, values");
      await context.sync();
      expect([table.name, table.style, table.showBandedRows, table.showFilterButton, table.showHeaders]).toEqual(["Table1", "TableStyleMedium2", true, true, true]);
      expect(columns.items.map((c) => c.name)).toEqual(["Client", "Revenue", "Client2"]);
      expect(body.address).toBe("Sales!A2:C3");
      expect(header.values).toEqual([["Client", "Revenue", "Client2"]]);
    });
    expect(excel.inspect.tables()).toEqual([
      { name: "Table1", sheet: "Sales", address: "Sales!A1:C3", style: "TableStyleMedium2", showHeaders: true, showTotals: false, columns: ["Client", "Revenue", "Client2"] },
    ]);
  });

  // https://learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1)
  test("tables.add without headers inserts a header row above and shifts the data down", async () => {
    const excel = await withData(async (sheet) => {
      sheet.getRange("A5").values = [["below"]];
      sheet.tables.add("A2:B3", false);
    });
    const cells = excel.inspect.sheet("Sales");
    expect(cells.values("A1:B4")).toEqual([["Client", "Revenue"], ["Column1", "Column2"], ["Acme", 10], ["Globex", 20]]);
    expect(cells.cellAt("A6").value).toBe("below");
    expect(excel.inspect.tables()[0].address).toBe("Sales!A2:B4");
  });

  test("a table overlapping another fails with InvalidArgument", async () => {
    await withData(async (sheet, context) => {
      sheet.tables.add("A1:B3", true);
      await context.sync();
      sheet.tables.add("B2:C4", true);
      await expectExcelError(context.sync(), "InvalidArgument");
    });
  });

  // Rules: https://support.microsoft.com/office/rename-an-excel-table-fbf49a4f-82a3-43eb-8ba2-44d21233b114
  test.each([
    ["Q1", "InvalidArgument"],
    ["R1C1", "InvalidArgument"],
    ["r", "InvalidArgument"],
    ["1Table", "InvalidArgument"],
    ["Sales Table", "InvalidArgument"],
    ["Sales-Table", "InvalidArgument"],
    ["", "InvalidArgument"],
    ["existing", "ItemAlreadyExists"],
    ["Defined", "ItemAlreadyExists"],
  ])("naming a table %j fails with %s", async (name, code) => {
    await withData(async (sheet, context) => {
      sheet.tables.add("E1:E2", true).name = "Existing";
      context.workbook.names.add("defined", "=Sales!$A$1");
      await context.sync();
      sheet.tables.add("A1:C3", true).name = name;
      await expectExcelError(context.sync(), code);
    });
  });

  test("valid table names: _x, KAM.Clients, Kunden_2024", async () => {
    const excel = await withData(async (sheet) => {
      sheet.tables.add("A1:A2", true).name = "_x";
      sheet.tables.add("B1:B2", true).name = "KAM.Clients";
      sheet.tables.add("C1:C2", true).name = "Kunden_2024";
    });
    expect(excel.inspect.tables().map((t) => t.name)).toEqual(["_x", "KAM.Clients", "Kunden_2024"]);
  });

  test("columns: getItem by name, getItemAt, add with values, rename through the header", async () => {
    const excel = await withData(async (sheet, context) => {
      const table = sheet.tables.add("A1:B3", true);
      table.columns.add(undefined, [["Class"], ["A"], ["B"]]);
      const revenue = table.columns.getItem("revenue").load("index, values");
      const first = table.columns.getItemAt(0).load("name");
      const missing = table.columns.getItemOrNullObject("Nope");
      await context.sync();
      expect(revenue.index).toBe(1);
      expect(revenue.values).toEqual([["Revenue"], [10], [20]]);
      expect(first.name).toBe("Client");
      expect(missing.isNullObject).toBe(true);
      table.columns.getItem("Class").name = "ABC";
      table.columns.getItem("Nope").load("name");
      await expectExcelError(context.sync(), "ItemNotFound");
    });
    expect(excel.inspect.tables()[0].columns).toEqual(["Client", "Revenue", "ABC"]);
    expect(excel.inspect.sheet("Sales").values("C1:C3")).toEqual([["ABC"], ["A"], ["B"]]);
  });

  test("rows.add appends data rows; resize keeps the header row; delete removes table and contents", async () => {
    const excel = await withData(async (sheet, context) => {
      const table = sheet.tables.add("A1:B3", true);
      table.rows.add(undefined, [["Initech", 30], ["Umbrella", 40]]);
      const count = table.rows.getCount();
      const range = table.getRange().load("address");
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is read after sync, not loaded
      expect(count.value).toBe(4);
      expect(range.address).toBe("Sales!A1:B5");
      table.resize("A1:C5");
      const resized = table.getRange().load("address");
      await context.sync();
      expect(resized.address).toBe("Sales!A1:C5");
      table.resize("A2:C5");
      await expectExcelError(context.sync(), "InvalidArgument");
      sheet.tables.getItem("Table1").delete();
      const gone = sheet.tables.getItemOrNullObject("Table1");
      await context.sync();
      expect(gone.isNullObject).toBe(true);
    });
    expect(excel.inspect.sheet("Sales").values("A1:B5")).toEqual(Array.from({ length: 5 }, () => ["", ""]));
  });

  test("workbook.tables.add takes a sheet-qualified address; getItem of a missing table fails with ItemNotFound", async () => {
    const excel = await withData(async (_sheet, context) => {
      context.workbook.tables.add("'Sales'!A1:B3", true).name = "Clients";
      await context.sync();
      context.workbook.tables.getItem("Missing").load("name");
      await expectExcelError(context.sync(), "ItemNotFound");
    });
    expect(excel.inspect.tables()[0]).toMatchObject({ name: "Clients", address: "Sales!A1:B3" });
  });
});

describe("defined names", () => {
  // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-named-items
  test("a name for a range gives its formula and range, and follows its sheet when renamed", async () => {
    const excel = createHeadlessExcel({ firstSheetName: "KAM Clients" });
    await excel.api(async (context) => {
      const sheet = context.workbook.worksheets.getItem("KAM Clients");
      context.workbook.names.add("kam_sheet_clients", sheet.getRange("A1"), "id of the clients sheet");
      const item = context.workbook.names.getItem("KAM_SHEET_CLIENTS").load("name, formula, type, value, comment");
      await context.sync();
      expect([item.name, item.formula, item.type, item.value, item.comment]).toEqual([
        "kam_sheet_clients",
        "='KAM Clients'!$A$1",
        "Range",
        "'KAM Clients'!$A$1",
        "id of the clients sheet",
      ]);
      sheet.name = "Kunden";
      const renamed = context.workbook.names.getItem("kam_sheet_clients").load("formula");
      const target = context.workbook.names.getItem("kam_sheet_clients").getRange().load("address");
      const worksheetOfTarget = target.worksheet.load("name");
      await context.sync();
      expect(renamed.formula).toBe("=Kunden!$A$1");
      expect(target.address).toBe("Kunden!A1");
      expect(worksheetOfTarget.name).toBe("Kunden");
    });
    expect(excel.inspect.names()).toEqual({ kam_sheet_clients: "=Kunden!$A$1" });
  });

  test("names from text references and constants; delete; errors", async () => {
    const excel = createHeadlessExcel();
    await excel.api(async (context) => {
      const names = context.workbook.names;
      names.add("rate", "=0.25");
      names.add("area", "=Sheet1!$B$2:$C$3");
      const rate = names.getItem("rate").load("type, value");
      const area = names.getItem("area").getRange().load("address");
      const missing = names.getItemOrNullObject("nope");
      await context.sync();
      expect([rate.type, rate.value]).toEqual(["Double", 0.25]);
      expect(area.address).toBe("Sheet1!B2:C3");
      expect(missing.isNullObject).toBe(true);
      names.getItem("rate").getRange().load("address");
      await expectExcelError(context.sync(), "InvalidOperation");
      names.add("Rate", "=1");
      await expectExcelError(context.sync(), "ItemAlreadyExists");
      names.add("A1", "=1");
      await expectExcelError(context.sync(), "InvalidArgument");
      names.add("bad", "=Nowhere!$A$1");
      await expectExcelError(context.sync(), "InvalidReference");
      names.getItem("rate").delete();
      names.getItem("rate").load("name");
      await expectExcelError(context.sync(), "ItemNotFound");
    });
    expect(Object.keys(excel.inspect.names())).toEqual(["area"]);
  });
});
