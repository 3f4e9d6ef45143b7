/** Worksheets: name rules, add/delete/visibility/position/activate, tab colour, gridlines, freeze panes, protection, custom properties. */
import { createHeadlessExcel } from "../../src/headless";
import { expectExcelError } from "./helpers";

describe("worksheet names", () => {
  // Rules: https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9
  // API: https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-add-member(1)
  test.each([
    ["", "InvalidArgument"],
    ["   ", "InvalidArgument"],
    ["x".repeat(32), "InvalidArgument"],
    ["a:b", "InvalidArgument"],
    ["a\\b", "InvalidArgument"],
    ["a/b", "InvalidArgument"],
    ["a?b", "InvalidArgument"],
    ["a*b", "InvalidArgument"],
    ["a[b", "InvalidArgument"],
    ["a]b", "InvalidArgument"],
    ["'quoted", "InvalidArgument"],
    ["quoted'", "InvalidArgument"],
    ["History", "InvalidArgument"],
    ["history", "InvalidArgument"],
    ["SHEET1", "ItemAlreadyExists"],
  ])("adding a sheet named %j fails with %s", async (name, code) => {
    const excel = createHeadlessExcel();
    await expectExcelError(
      excel.api(async (context) => {
        context.workbook.worksheets.add(name);
        await context.sync();
      }),
      code,
    );
  });

  test("31 characters, inner apostrophes and spaces are fine; renaming checks the same rules", async () => {
    const excel = createHeadlessExcel();
    await excel.api(async (context) => {
      context.workbook.worksheets.add("x".repeat(31));
      context.workbook.worksheets.add("Client's list");
      await context.sync();
      context.workbook.worksheets.getItem("Sheet1").name = "Client's LIST";
      await expectExcelError(context.sync(), "ItemAlreadyExists");
      context.workbook.worksheets.getItem("Sheet1").name = "Bad/Name";
      await expectExcelError(context.sync(), "InvalidArgument");
      context.workbook.worksheets.getItem("Sheet1").name = "sheet1"; // a sheet may change the case of its own name
      await context.sync();
    });
    expect(excel.inspect.sheets().map((s) => s.name)).toEqual(["sheet1", "x".repeat(31), "Client's list"]);
  });

  test("add() with no name picks the next free SheetN", async () => {
    const excel = createHeadlessExcel();
    await excel.api(async (context) => {
      const added = context.workbook.worksheets.add().load("name, position");
      await context.sync();
      expect([added.name, added.position]).toEqual(["Sheet2", 1]);
    });
  });
});

describe("worksheet collection and properties", () => {
  // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-worksheets
  test("getItem by name (any case) or id; getItemOrNullObject; getActiveWorksheet; activate", async () => {
    const excel = createHeadlessExcel();
    await excel.api(async (context) => {
      const sales = context.workbook.worksheets.add("Sales").load("id");
      await context.sync();
      const byId = context.workbook.worksheets.getItem(sales.id).load("name");
      const byName = context.workbook.worksheets.getItem("SALES").load("id");
      await context.sync();
      expect([byId.name, byName.id]).toEqual(["Sales", sales.id]);
      context.workbook.worksheets.getItem("Sales").activate();
      const active = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      expect(active.name).toBe("Sales");
    });
  });

  // https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-visibility-member
  test("visibility: VeryHidden sheets stay readable through the API; the last visible sheet cannot be hidden or deleted", async () => {
    const excel = createHeadlessExcel();
    await excel.api(async (context) => {
      const settings = context.workbook.worksheets.add("KAM Settings");
      settings.visibility = "VeryHidden";
      settings.getRange("A1:B1").values = [["key", "value"]];
      await context.sync();
      const visibleCount = context.workbook.worksheets.getCount(true);
      const allCount = context.workbook.worksheets.getCount();
      const read = context.workbook.worksheets.getItem("KAM Settings").getRange("A1:B1").load("values");
      const visibility = context.workbook.worksheets.getItem("KAM Settings").load("visibility");
      await context.sync();
      expect(read.values).toEqual([["key", "value"]]);
      expect(visibility.visibility).toBe("VeryHidden");
      // eslint-disable-next-line office-addins/load-object-before-read -- ClientResult values are read after sync
      expect([visibleCount.value, allCount.value]).toEqual([1, 2]);
      context.workbook.worksheets.getItem("Sheet1").visibility = "Hidden";
      await expectExcelError(context.sync(), "InvalidOperation");
      context.workbook.worksheets.getItem("Sheet1").delete();
      await expectExcelError(context.sync(), "InvalidOperation");
      context.workbook.worksheets.getItem("KAM Settings").activate();
      await expectExcelError(context.sync(), "InvalidOperation");
    });
    expect(excel.inspect.sheets().map((s) => [s.name, s.visibility])).toEqual([
      ["Sheet1", "Visible"],
      ["KAM Settings", "VeryHidden"],
    ]);
  });

  test("position moves a sheet; delete removes it and its tables; later use of the deleted sheet fails", async () => {
    const excel = createHeadlessExcel();
    await excel.api(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.add("B");
      const c = sheets.add("C");
      c.position = 0;
      await context.sync();
      sheets.getItem("B").tables.add("B!A1:B3", true);
      await context.sync();
      const b = sheets.getItem("B");
      b.delete();
      await context.sync();
      b.load("name");
      await expectExcelError(context.sync(), "ItemNotFound");
      sheets.getItem("Sheet1").position = 7;
      await expectExcelError(context.sync(), "InvalidArgument");
    });
    expect(excel.inspect.sheets().map((s) => s.name)).toEqual(["C", "Sheet1"]);
    expect(excel.inspect.tables()).toEqual([]);
  });

  test("tab colour and gridlines", async () => {
    const excel = createHeadlessExcel();
    await excel.api(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.tabColor = "#00b050";
      sheet.showGridlines = false;
      sheet.load("tabColor, showGridlines");
      await context.sync();
      expect([sheet.tabColor, sheet.showGridlines]).toEqual(["#00B050", false]);
      sheet.tabColor = "not a colour";
      await expectExcelError(context.sync(), "InvalidArgument");
    });
    expect(excel.inspect.sheets()[0].tabColor).toBe("#00B050");
    expect(excel.inspect.sheet("Sheet1").showGridlines()).toBe(false);
  });

  // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-worksheets#freeze-panes
  test("freeze panes: rows, columns, at a range, unfreeze, location", async () => {
    const excel = createHeadlessExcel();
    await excel.api(async (context) => {
      const panes = context.workbook.worksheets.getItem("Sheet1").freezePanes;
      panes.freezeRows(2);
      await context.sync();
      expect(excel.inspect.sheet("Sheet1").freeze()).toEqual({ rows: 2, columns: 0 });
      panes.freezeAt("A1:B3");
      const location = panes.getLocationOrNullObject().load("address");
      await context.sync();
      expect(excel.inspect.sheet("Sheet1").freeze()).toEqual({ rows: 3, columns: 2 });
      expect(location.address).toBe("Sheet1!A1:B3");
      panes.unfreeze();
      const none = panes.getLocationOrNullObject();
      await context.sync();
      expect(none.isNullObject).toBe(true);
    });
  });

  // https://learn.microsoft.com/javascript/api/excel/excel.worksheetcustompropertycollection
  test("custom properties: add, getItem, replace, delete, getItemOrNullObject", async () => {
    const excel = createHeadlessExcel();
    await excel.api(async (context) => {
      const props = context.workbook.worksheets.getItem("Sheet1").customProperties;
      props.add("kam.role", "clients");
      props.add("KAM.ROLE", "dossier"); // keys ignore case; add replaces
      const item = props.getItem("kam.role").load("key, value");
      const missing = props.getItemOrNullObject("nope");
      props.load("items/key");
      await context.sync();
      expect([item.key, item.value]).toEqual(["KAM.ROLE", "dossier"]);
      expect(missing.isNullObject).toBe(true);
      expect(props.items.map((p) => p.key)).toEqual(["KAM.ROLE"]);
      props.getItem("kam.role").delete();
      props.getItem("kam.role").load("value");
      await expectExcelError(context.sync(), "ItemNotFound");
    });
  });
});

describe("protection", () => {
  // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-worksheets#data-protection
  // Writing to a locked cell of a protected sheet: AccessDenied, as Excel's service returns
  // (https://github.com/microsoftgraph/microsoft-graph-docs/issues/4546).
  test("protect: locked cells refuse writes, unlocked cells accept them; unprotect needs the password", async () => {
    const excel = createHeadlessExcel();
    await excel.api(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B1:B3").format.protection.locked = false;
      sheet.protection.protect({ allowFormatCells: false }, "secret");
      const protection = sheet.protection.load("protected");
      await context.sync();
      expect(protection.protected).toBe(true);
      sheet.getRange("B2").values = [["ok"]];
      await context.sync();
      sheet.getRange("A1").values = [["no"]];
      await expectExcelError(context.sync(), "AccessDenied");
      sheet.getRange("B2").format.font.bold = true;
      await expectExcelError(context.sync(), "AccessDenied");
      sheet.protection.protect();
      await expectExcelError(context.sync(), "InvalidOperation"); // "Fails if the worksheet has already been protected."
      sheet.protection.unprotect("wrong");
      await expectExcelError(context.sync(), "InvalidArgument");
      sheet.protection.unprotect("secret");
      sheet.getRange("A1").values = [["yes"]];
      await context.sync();
    });
    const cells = excel.inspect.sheet("Sheet1");
    expect([cells.cellAt("A1").value, cells.cellAt("B2").value]).toEqual(["yes", "ok"]);
    expect(cells.protection().protected).toBe(false);
  });

  test("allowFormatCells lets formats change on a protected sheet", async () => {
    const excel = createHeadlessExcel();
    await excel.api(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.protection.protect({ allowFormatCells: true });
      sheet.getRange("A1").format.fill.color = "#FF0000";
    });
    expect(excel.inspect.sheet("Sheet1").cellAt("A1").fill).toBe("#FF0000");
    expect(excel.inspect.sheets()[0].protected).toBe(true);
  });
});
