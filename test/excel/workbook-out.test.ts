/** `kam classify --out`: the saved .xlsx opens with the same sheets, tables, colours and formats. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { writeWorkbookOut } from "../../src/cli/workbook-out";
import { DEFAULT_ANALYSIS_SETTINGS, DEFAULT_READ_SETTINGS } from "../../src/engine/types";
import { InputException } from "../../src/engine/read";
import { loadXlsx, saveXlsx } from "../../src/headless/xlsx";
import { CLIENTS_HEADER_ROW, CLIENTS_TABLE_NAME } from "../../src/excel/layout/clients";
import { PALETTE } from "../../src/palette";
import { tableRows } from "./helpers";

const sample = path.resolve(__dirname, "../../assets/sample-sales.csv");
const dir = mkdtempSync(path.join(tmpdir(), "kam-out-"));
const request = (input: string, out: string, sheet: string | null = null) => ({ input, out, sheet, analysis: DEFAULT_ANALYSIS_SETTINGS, read: DEFAULT_READ_SETTINGS, now: new Date(2025, 0, 15) });

test("the workbook written from a CSV opens with the result sheets, tables, conditional formats and number formats", async () => {
  const out = path.join(dir, "out.xlsx");
  const outcome = await writeWorkbookOut(request(sample, out));
  const excel = await loadXlsx(readFileSync(out));
  const sheets = excel.inspect.sheets();
  expect(sheets.map((sheet) => sheet.name).slice(0, 10)).toEqual(["Sales", "KAM Clients", "KAM Matrix", "KAM Summary", "KAM Win-back", "KAM Prospects", "KAM History", "KAM Trends", "KAM Aliases", "KAM Settings"]);
  expect(sheets.find((sheet) => sheet.name === "KAM Settings")?.visibility).toBe("VeryHidden");
  expect(excel.inspect.tables().map((table) => table.name)).toEqual(expect.arrayContaining(["KAM_Clients", "KAM_Winback"]));
  const clients = excel.inspect.sheet("KAM Clients");
  // The legend's rows, a blank row, the header, the clients.
  expect(clients.values().length).toBe(CLIENTS_HEADER_ROW + outcome.result.clients.length + 1);
  expect(clients.conditionalFormats().length).toBeGreaterThanOrEqual(11);
  expect(clients.conditionalFormats().some((format) => format.rule.formula1 === '="A"' && format.format.fill === PALETTE.abc.A.fill)).toBe(true);
  // The sample has a profit column: revenue, profit and margin side by side, then the share.
  const header = clients.values()[CLIENTS_HEADER_ROW];
  const formatUnder = (title: string) => clients.cell(CLIENTS_HEADER_ROW + 1, header.indexOf(title)).numberFormat;
  expect(header.slice(0, 6)).toEqual(["Rank", "Client", "Revenue", "Profit", "Margin", "Share"]);
  expect([formatUnder("Revenue"), formatUnder("Profit"), formatUnder("Share")]).toEqual(["#,##0.00", "#,##0.00", "0.0%"]);
  expect(clients.cell(CLIENTS_HEADER_ROW + 1, 1).numberFormat).toBe("@");
  expect(clients.freeze().rows).toBe(CLIENTS_HEADER_ROW + 1);
  expect(clients.validations()).toHaveLength(1);
  expect(Object.keys(excel.inspect.names())).toEqual(expect.arrayContaining(["KAM_Sheet_Clients", "KAM_Sheet_Matrix", "KAM_Sheet_Summary", "KAM_Sheet_Winback", "KAM_Sheet_Settings"]));
});

test("running on its own output is a re-run that keeps what people typed", async () => {
  const first = path.join(dir, "first.xlsx");
  await writeWorkbookOut(request(sample, first));
  const excel = await loadXlsx(readFileSync(first));
  const top = (await tableRows(excel.run, CLIENTS_TABLE_NAME))[0];
  await excel.api(async (context) => {
    const body = context.workbook.tables.getItem(CLIENTS_TABLE_NAME).getDataBodyRange();
    const header = context.workbook.tables.getItem(CLIENTS_TABLE_NAME).getHeaderRowRange();
    header.load("values");
    await context.sync();
    body.getCell(0, (header.values[0] as string[]).indexOf("Notes")).values = [["met the CFO in March"]];
    await context.sync();
  });
  const edited = path.join(dir, "edited.xlsx");
  writeFileSync(edited, await saveXlsx(excel));
  const second = path.join(dir, "second.xlsx");
  const outcome = await writeWorkbookOut(request(edited, second, "Sales"));
  expect(outcome.movement.hasPrevious).toBe(true);
  const again = await loadXlsx(readFileSync(second));
  const rows = await tableRows(again.run, CLIENTS_TABLE_NAME);
  expect(rows.find((row) => row.Client === top.Client)?.Notes).toBe("met the CFO in March");
  // Updated in place: still one of each result sheet.
  const names = again.inspect.sheets().map((sheet) => sheet.name);
  for (const name of ["KAM Clients", "KAM Matrix", "KAM Summary", "KAM Win-back", "KAM Settings"]) expect(names.filter((other) => other.startsWith(name))).toEqual([name]);
});

test("bad input writes nothing", async () => {
  const bad = path.join(dir, "bad.csv");
  writeFileSync(bad, "Client,Date,Amount\nAcme,2024-01-05,100\n,2024-01-06,oops\n");
  const out = path.join(dir, "bad.xlsx");
  await expect(writeWorkbookOut(request(bad, out))).rejects.toBeInstanceOf(InputException);
  expect(() => readFileSync(out)).toThrow();
});

test("an .xlsx input's Sales sheet is written back as it was: dates keep their date format, text stays text", async () => {
  const input = path.resolve(__dirname, "../../assets/sample-sales.xlsx");
  const out = path.join(dir, "from-xlsx.xlsx");
  await writeWorkbookOut(request(input, out));
  const before = (await loadXlsx(readFileSync(input))).inspect.sheet("Sales");
  const after = (await loadXlsx(readFileSync(out))).inspect.sheet("Sales");
  expect(after.values()).toEqual(before.values());
  const header = before.values()[0];
  const date = header.findIndex((title) => /date/i.test(String(title)));
  expect(date).toBeGreaterThanOrEqual(0);
  expect(before.cell(1, date).numberFormat).toMatch(/y/);
  for (let row = 1; row < before.values().length; row += 97) expect(after.cell(row, date)).toEqual(before.cell(row, date));
});
