import { detectColumns, findHeaderRow } from "../../../src/engine/read/headers";
import { DEFAULT_READ_SETTINGS, type CellValue, type ReadSettings } from "../../../src/engine/types";

const settings: ReadSettings = DEFAULT_READ_SETTINGS;

function chosenHeaders(header: CellValue[], readSettings = settings) {
  const detected = detectColumns(header, readSettings);
  if (!detected) throw new Error(`not recognised: ${header.join(", ")}`);
  return detected.headers;
}

describe("header recognition", () => {
  test.each([
    ["English", ["Customer", "Date", "Amount", "Profit", "Manager", "Holding", "Invoice", "Currency", "Key type"]],
    ["Russian", ["Клиент", "Дата продажи", "Сумма", "Прибыль", "Менеджер", "Холдинг", "Документ", "Валюта", "Тип клиента"]],
    ["Lithuanian", ["Klientas", "Data", "Pardavimai", "Pelnas", "Vadybininkas", "Holdingas", "Užsakymas", "Valiuta", "Kliento tipas"]],
    ["Welsh", ["Cwsmer", "Dyddiad", "Gwerthiant", "Elw", "Rheolwr", "Grŵp", "Archeb", "Arian cyfred", "Math cwsmer"]],
    ["Persian", ["مشتری", "تاریخ", "مبلغ", "سود", "مدیر", "هلدینگ", "شماره فاکتور", "ارز", "نوع مشتری"]],
    ["Chinese (simplified)", ["客户", "日期", "销售额", "利润", "经理", "集团", "订单号", "币种", "客户类型"]],
    ["Chinese (traditional)", ["客戶", "訂單日期", "銷售額", "利潤", "業務員", "集團", "訂單", "幣種", "客戶類型"]],
  ])("%s", (_language, header) => {
    const detected = detectColumns(header, settings);
    expect(detected?.layout).toBe("transactions");
    expect(detected?.columns).toEqual({ client: 0, date: 1, amount: 2, profit: 3, manager: 4, group: 5, order: 6, currency: 7, keyType: 8 });
  });

  test("Superstore: Customer Name over Customer ID, Order Date over Ship Date, Sales, Profit, Order ID", () => {
    const header = ["\ufeffRow ID", "Order ID", "Order Date", "Ship Date", "Ship Mode", "Customer ID", "Customer Name", "Segment", "Country/Region",
      "City", "State/Province", "Postal Code", "Region", "Product ID", "Category", "Sub-Category", "Product Name", "Sales", "Quantity", "Discount", "Profit"];
    const detected = detectColumns(header, settings);
    expect(detected?.headers).toEqual({ client: "Customer Name", date: "Order Date", amount: "Sales", profit: "Profit", order: "Order ID" });
    expect(detected?.alternatives).toEqual({ client: ["Customer ID"], date: ["Ship Date"] });
  });

  test("UCI online retail: InvoiceNo is the order, CustomerID the client, TotalPrice the amount", () => {
    expect(chosenHeaders(["InvoiceNo", "InvoiceDate", "CustomerID", "TotalPrice"])).toEqual({
      order: "InvoiceNo", date: "InvoiceDate", client: "CustomerID", amount: "TotalPrice",
    });
  });

  test("a short word inside a longer header is not a match ('Summary' is not 'sum')", () => {
    expect(detectColumns(["Client", "Summary"], settings)).toBeNull();
  });

  test("no client or no amount -> null", () => {
    expect(detectColumns(["Date", "Amount"], settings)).toBeNull();
    expect(detectColumns(["Client", "Date", "Notes"], settings)).toBeNull();
  });

  test("an explicit mapping overrides recognition, by header text or column index", () => {
    const header = ["Customer", "Who pays", "Net", "Sales"];
    const mapped = detectColumns(header, { ...settings, mapping: { client: "who pays", amount: 2 } });
    expect(mapped?.columns).toMatchObject({ client: 1, amount: 2 });
    expect(detectColumns(["A", "B"], { ...settings, mapping: { client: "A", amount: "B" } })?.columns).toEqual({ client: 0, amount: 1 });
    expect(detectColumns(header, { ...settings, mapping: { amount: "Missing" } })).toBeNull();
  });

  test("findHeaderRow skips a title and blank rows above the header", () => {
    const block: CellValue[][] = [["Sales report 2024", null], [null, null], ["Client", "Amount"], ["Acme", 5]];
    expect(findHeaderRow(block, settings)).toBe(2);
    expect(findHeaderRow([["x", "y"], [1, 2]], settings)).toBe(-1);
  });
});

describe("wide client-by-period tables", () => {
  test.each([
    [["Client", "2024-01", "2024-02", "2024-03"]],
    [["Клиент", "янв 2024", "фев 2024", "мар 2024"]],
    [["客户", "2024年1月", "2024年2月", "2024年3月"]],
    [["Customer", "Jan 2024", "Feb 2024", "Mar 2024", "Total"]],
    [["Klientas", "sausis 2024", "vasaris 2024", "kovas 2024"]],
  ])("%j", (header) => {
    const detected = detectColumns(header, settings);
    expect(detected?.layout).toBe("wide");
    expect(detected?.columns).toEqual({ client: 0 });
    expect(detected?.periodColumns?.map((p) => p.column)).toEqual([1, 2, 3]);
  });

  test("Excel date cells as headers, plus a manager column", () => {
    const detected = detectColumns(["Manager", "Client", 45292, 45323], settings);
    expect(detected?.layout).toBe("wide");
    expect(detected?.columns).toEqual({ client: 1, manager: 0 });
    expect(detected?.periodColumns).toEqual([
      { column: 2, header: "45292", start: 45292, end: 45322 },
      { column: 3, header: "45323", start: 45323, end: 45351 },
    ]);
  });
});

test("the add-in's own key-type header in each language is the key-type column", () => {
  for (const header of ["Key type", "Тип ключевого клиента", "Pagrindinio kliento tipas", "Math o gwsmer allweddol", "نوع مشتری کلیدی", "大客户类型"]) {
    expect(detectColumns(["Client", "Amount", header], settings)?.columns.keyType).toBe(2);
  }
});

test("a Persian wide table with Solar Hijri month headers", () => {
  const detected = detectColumns(["مشتری", "فروردین ۱۴۰۳", "اردیبهشت ۱۴۰۳", "خرداد ۱۴۰۳"], settings);
  expect(detected?.layout).toBe("wide");
  expect(detected?.periodColumns?.map((p) => p.column)).toEqual([1, 2, 3]);
});
