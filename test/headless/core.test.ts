/* eslint-disable office-addins/call-sync-after-load, office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/no-context-sync-in-loop -- these tests read unloaded properties on purpose to check the errors */
/**
 * Request context semantics: queued operations, load/sync, PropertyNotLoaded, null objects,
 * collections, errors at sync, no rollback, failure injection.
 */
import { createHeadlessExcel, type HeadlessExcel } from "../../src/headless";
import type { CellValue } from "../../src/headless/model";
import { expectExcelError, expectThrowsExcelError } from "./helpers";

describe("queued operations and sync", () => {
  // https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#sync
  test("a write is not applied until sync, then is", async () => {
    const excel = createHeadlessExcel();
    await excel.api(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[42]];
      expect(excel.inspect.sheet("Sheet1").cellAt("A1").value).toBeNull();
      await context.sync();
      expect(excel.inspect.sheet("Sheet1").cellAt("A1").value).toBe(42);
    });
  });

  // https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#load
  test("a loaded value is readable only after sync, and reflects the writes queued before the load", async () => {
    const excel = createHeadlessExcel();
    await excel.api(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.values = [[1, 2]];
      range.load("values");
      range.values = [[3, 4]];
      const again = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").load("values");
      expectThrowsExcelError(() => again.values, "PropertyNotLoaded");
      await context.sync();
      expect(range.values).toEqual([[1, 2]]); // the response carries the value at the point of the load
      expect(again.values).toEqual([[3, 4]]);
    });
  });

  test("Excel.run syncs what is still queued when the batch returns", async () => {
    const excel = createHeadlessExcel();
    await excel.api(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B2").values = [["left queued"]];
    });
    expect(excel.inspect.sheet("Sheet1").cellAt("B2").value).toBe("left queued");
  });

  // https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#propertynotloaded
  test("reading a property that was not loaded throws PropertyNotLoaded shaped like OfficeExtension.Error", async () => {
    const excel = createHeadlessExcel();
    await excel.api(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const error = expectThrowsExcelError(() => sheet.name, "PropertyNotLoaded");
      expect(error.debugInfo).toMatchObject({ code: "PropertyNotLoaded", errorLocation: "Worksheet.name" });
      sheet.load("position");
      await context.sync();
      expect(sheet.position).toBe(0);
      expectThrowsExcelError(() => sheet.name, "PropertyNotLoaded");
    });
  });

  // https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#load (string, array, object forms)
  test("load accepts 'a, b', arrays, {select}, {prop: true} and 'a/b' paths", async () => {
    const excel = createHeadlessExcel();
    await excel.api(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      range.format.fill.color = "#FF0000";
      range.format.font.bold = true;
      await context.sync();
      const a = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").load("address, rowCount");
      const b = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").load(["columnCount", "format/fill/color"]);
      const c = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").load({ select: "rowIndex, format/font/bold" });
      const d = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").load({ columnIndex: true, format: { font: { bold: true } }, worksheet: { name: true } });
      await context.sync();
      expect([a.address, a.rowCount]).toEqual(["Sheet1!A1:B2", 2]);
      expect([b.columnCount, b.format.fill.color]).toEqual([2, "#FF0000"]);
      expect([c.rowIndex, c.format.font.bold]).toEqual([0, true]);
      expect([d.columnIndex, d.format.font.bold, d.worksheet.name]).toEqual([0, true, "Sheet1"]);
      expectThrowsExcelError(() => c.address, "PropertyNotLoaded");
    });
  });

  test("load() with no argument loads the scalar properties", async () => {
    const excel = createHeadlessExcel();
    await excel.api(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1").load();
      await context.sync();
      expect(sheet.toJSON()).toMatchObject({ name: "Sheet1", position: 0, visibility: "Visible", showGridlines: true });
    });
  });

  test("loading a property that does not exist fails at sync", async () => {
    const excel = createHeadlessExcel();
    await excel.api(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").load("colour");
      await expectExcelError(context.sync(), "InvalidArgument");
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("constructor");
      await expectExcelError(context.sync(), "InvalidArgument");
    });
  });

  test("sync passes its argument through", async () => {
    const excel = createHeadlessExcel();
    await excel.api(async (context) => {
      await expect(context.sync("through")).resolves.toBe("through");
    });
  });
});

describe("errors at sync, no rollback", () => {
  // https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
  test("getItem of a missing sheet fails at sync with ItemNotFound", async () => {
    const excel = createHeadlessExcel();
    await expectExcelError(
      excel.api(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Nope");
        sheet.load("name");
        await context.sync();
      }),
      "ItemNotFound",
    );
  });

  // Excel carries out a batch in order and stops at the failing operation; earlier ones stay applied.
  // https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
  test("operations before the failing one are applied; later ones are not; loads of the batch are not delivered", async () => {
    const excel = createHeadlessExcel();
    await excel.api(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [["before"]];
      const loaded = sheet.getRange("A1").load("values");
      sheet.getRange("A2").values = [[1, 2]]; // shape mismatch
      sheet.getRange("A3").values = [["after"]];
      await expectExcelError(context.sync(), "InvalidArgument");
      expectThrowsExcelError(() => loaded.values, "PropertyNotLoaded");
    });
    const cells = excel.inspect.sheet("Sheet1");
    expect(cells.cellAt("A1").value).toBe("before");
    expect(cells.cellAt("A3").value).toBeNull();
  });

  test("failAtSync makes the N-th sync fail after some of its operations", async () => {
    const excel = createHeadlessExcel();
    excel.failAtSync(2, { afterOperations: 1, code: "GeneralException" });
    await excel.api(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [["first sync"]];
      await context.sync();
      sheet.getRange("A2").values = [["second sync, applied"]];
      sheet.getRange("A3").values = [["second sync, not applied"]];
      await expectExcelError(context.sync(), "GeneralException");
      sheet.getRange("A4").values = [["third sync"]];
      await context.sync();
    });
    const cells = excel.inspect.sheet("Sheet1");
    expect(cells.values("A1:A4")).toEqual([["first sync"], ["second sync, applied"], [""], ["third sync"]]);
  });
});

describe("null objects and collections", () => {
  // https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties
  test("getItemOrNullObject gives isNullObject after sync", async () => {
    const excel = createHeadlessExcel();
    await excel.api(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("sheet1");
      expectThrowsExcelError(() => missing.isNullObject, "PropertyNotLoaded");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  // https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#scalar-and-navigation-properties (collections: items)
  test("collections give items after load and getCount after sync", async () => {
    const excel = createHeadlessExcel();
    await excel.api(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.add("Two");
      sheets.add("Three");
      const count = sheets.getCount();
      sheets.load("items/name");
      expectThrowsExcelError(() => sheets.items, "PropertyNotLoaded");
      expectThrowsExcelError(() => count.value, "PropertyNotLoaded");
      await context.sync();
      expect(count.value).toBe(3);
      expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1", "Two", "Three"]);
      const viaName = context.workbook.worksheets.load("name");
      await context.sync();
      expect(viaName.items.map((s) => s.name)).toEqual(["Sheet1", "Two", "Three"]);
    });
  });
});

describe("payload limits of Excel on the web", () => {
  // https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
  const bigRows = (rows: number) => Array.from({ length: rows }, (_, i) => [`customer-${i}-${"x".repeat(40)}`, i * 1.5, "2024-01-01", true]);

  test("a request over 5 MB fails with RequestPayloadSizeLimitExceeded and applies nothing", async () => {
    const excel = createHeadlessExcel();
    await excel.api(async (context) => {
      const rows = bigRows(100_000);
      context.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, rows.length, 4).values = rows;
      await expectExcelError(context.sync(), "RequestPayloadSizeLimitExceeded");
    });
    expect(excel.inspect.sheet("Sheet1").usedRange()).toBeNull();
  });

  test("a response over 5 MB fails with ResponsePayloadSizeLimitExceeded", async () => {
    const excel = createHeadlessExcel();
    const rows = bigRows(100_000);
    await excel.api(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      for (let start = 0; start < rows.length; start += 20_000) {
        sheet.getRangeByIndexes(start, 0, 20_000, 4).values = rows.slice(start, start + 20_000);
        await context.sync();
      }
      const range = sheet.getRangeByIndexes(0, 0, rows.length, 4).load("values");
      await expectExcelError(context.sync(), "ResponsePayloadSizeLimitExceeded");
      expectThrowsExcelError(() => range.values, "PropertyNotLoaded");
    });
  });

  test("reading more than 5,000,000 cells fails even when the payload would be small", async () => {
    const excel = createHeadlessExcel();
    await excel.api(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A:E").load("values");
      await expectExcelError(context.sync(), "ResponsePayloadSizeLimitExceeded");
    });
  });

  /** `rows` written to Sheet1 in one sync and read back in a second: the values read. */
  async function writeAndReadBack(excel: HeadlessExcel, rows: CellValue[][]): Promise<CellValue[][]> {
    return excel.api(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, rows.length, 4);
      range.values = rows;
      await context.sync();
      range.load("values");
      await context.sync();
      return range.values as CellValue[][];
    });
  }

  test("limits can be turned off; stats count syncs and bytes as JSON would", async () => {
    const excel = createHeadlessExcel({ payloadLimits: false });
    const rows = bigRows(100_000);
    const values = await writeAndReadBack(excel, rows);
    expect(values[99_999][0]).toBe(rows[99_999][0]);
    const returned = JSON.stringify(values).length;
    const sent = JSON.stringify(rows).length;
    expect(excel.stats.syncs).toBe(3); // two explicit and the final one of run()
    expect(Math.abs(excel.stats.requestBytes[0] - sent) / sent).toBeLessThan(0.03);
    expect(Math.abs(excel.stats.responseBytes[1] - returned) / returned).toBeLessThan(0.03);
    expect(excel.stats.maxRequestBytes).toBe(excel.stats.requestBytes[0]);
    excel.stats.reset();
    expect(excel.stats).toMatchObject({ syncs: 0, requestBytes: [], responseBytes: [], maxRequestBytes: 0, maxResponseBytes: 0 });
  });

  test("without limits the payloads need not be measured: the same values go through, only the bytes are not counted", async () => {
    const excel = createHeadlessExcel({ payloadLimits: false, measurePayloads: false });
    const rows = bigRows(10_000);
    const values = await writeAndReadBack(excel, rows);
    // Dates typed as text come back as serials, as in Excel; the rest as written.
    const notDates = (cells: CellValue[][]) => cells.map(([client, amount, , flag]) => [client, amount, flag]);
    expect(notDates(values)).toEqual(notDates(rows));
    expect(excel.stats.syncs).toBe(3);
    expect(excel.stats.maxRequestBytes).toBeLessThan(1000);
    expect(excel.stats.maxResponseBytes).toBeLessThan(1000);
    // The limits check the measured sizes: limits without measuring is a mistake of the caller.
    expect(() => createHeadlessExcel({ measurePayloads: false })).toThrow("the payload limits need the payloads measured");
  });
});

describe("objects outside their batch", () => {
  // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-core-concepts (objects belong to the Excel.run batch that made them)
  test("using an object after its Excel.run finished throws InvalidRequestContext", async () => {
    const excel = createHeadlessExcel();
    const kept = await excel.api(async (context) => context.workbook.worksheets.getItem("Sheet1").getRange("A1"));
    expectThrowsExcelError(() => {
      kept.values = [["late"]];
    }, "InvalidRequestContext");
    expect(excel.inspect.sheet("Sheet1").cellAt("A1").value).toBeNull();
  });
});
