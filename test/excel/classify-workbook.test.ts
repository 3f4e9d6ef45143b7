/**
 * "Classify clients" end to end through the headless Excel: sources, result sheets, re-runs that
 * keep what people typed, renamed sheets, untouched sheets, failures half-way, bad input.
 */
import { createHeadlessExcel, type HeadlessExcel } from "../../src/headless";
import { loadXlsx, saveXlsx } from "../../src/headless/xlsx";
import { Range } from "../../src/headless/range";
import { classifyWorkbook, detectSource, goToCell, listTables, problemCell } from "../../src/excel/classify-workbook";
import { loadWorkbookSettings } from "../../src/excel/settings";
import { CLIENTS_HEADER_ROW, CLIENTS_TABLE_NAME } from "../../src/excel/layout/clients";
import { WINBACK_TABLE_NAME } from "../../src/excel/layout/winback";
import type { CellValue } from "../../src/engine/types";
import { PALETTE } from "../../src/palette";
import { takeTurnsWith } from "../../src/excel/turns";
import { HEADER, salesRows, sheetValues, tableRows, workbookWith, writeRows } from "./helpers";

async function classifyOk(excel: HeadlessExcel, options: Parameters<typeof classifyWorkbook>[1] = {}) {
  const outcome = await classifyWorkbook(excel.run, options);
  if (!outcome.ok) throw new Error(`expected success, got ${outcome.error.message}`);
  return outcome;
}

/** Everything a user could see of a sheet: values, formulas, formats, tables. */
function snapshot(excel: HeadlessExcel, sheet: string) {
  const inspector = excel.inspect.sheet(sheet);
  const used = inspector.usedRange(false);
  const cells: unknown[] = [];
  if (used) {
    for (let row = 0; row < used.rowCount; row++) for (let column = 0; column < used.columnCount; column++) cells.push(inspector.cell(row, column));
  }
  return { used, cells, tables: inspector.tables(), formats: inspector.conditionalFormats(), validations: inspector.validations() };
}

/** The sheets this feature writes (dossier sheets, written in the same run, are another feature's). */
const OWN_SHEETS = /^KAM (Clients|Matrix|Summary|Win-back|Settings)/;

function resultSheetNames(excel: HeadlessExcel): string[] {
  return excel.inspect.sheets().filter((sheet) => OWN_SHEETS.test(sheet.name)).map((sheet) => `${sheet.name}:${sheet.visibility}`);
}

describe("sources", () => {
  test("automatic: the used range of the active sheet", async () => {
    const excel = await workbookWith([HEADER, ...salesRows()]);
    const outcome = await classifyOk(excel);
    expect(outcome.source.address).toBe("Sales!A1:D89");
    expect(outcome.rowsRead).toBe(88);
    expect(outcome.result.clients[0].client).toBe("Acme");
    expect(resultSheetNames(excel)).toEqual(["KAM Clients:Visible", "KAM Matrix:Visible", "KAM Summary:Visible", "KAM Win-back:Visible", "KAM Settings:VeryHidden"]);
  });

  test("automatic: of two blocks on a sheet, the one whose header is recognised", async () => {
    const notes: CellValue[][] = [["Quarterly notes"], ["Prepared by", "Finance"], [null], [null]];
    const excel = await workbookWith([...notes, HEADER, ...salesRows()]);
    // A second block to the right, separated by a blank column, is not part of the sales block.
    await writeRows(excel.run, "Sales", [["Target", "Value"], ["Q1", 100]], "F5");
    const outcome = await classifyOk(excel);
    expect(outcome.source.address).toBe("Sales!A5:D93");
    expect(outcome.result.clients).toHaveLength(8);
  });

  test("automatic: an Excel table on the active sheet", async () => {
    const excel = await workbookWith([["Report of sales"]]);
    await writeRows(excel.run, "Sales", [HEADER, ...salesRows()], "B3");
    await excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem("Sales").tables.add("B3:E91", true);
      table.name = "SalesTable";
      await context.sync();
    });
    const outcome = await classifyOk(excel);
    expect(outcome.source.address).toBe("Sales!B3:E91");
  });

  test("an Excel table picked by name, on another sheet than the active one", async () => {
    const excel = await workbookWith([["nothing here"]], { sheetName: "Cover" });
    await writeRows(excel.run, "Data", [HEADER, ...salesRows()], "A1");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").tables.add("A1:D89", true).name = "Sales2024";
      context.workbook.worksheets.getItem("Cover").activate();
      await context.sync();
    });
    expect(await listTables(excel.run)).toEqual(["Sales2024"]);
    const outcome = await classifyOk(excel, { source: { kind: "table", name: "Sales2024" } });
    expect(outcome.source.address).toBe("Data!A1:D89");
    expect(outcome.result.total).toBeGreaterThan(0);
  });

  test("the current selection, also when the header is not its first row", async () => {
    const excel = await workbookWith([["title row"], [null], HEADER, ...salesRows()]);
    excel.select("Sales!A1:D60");
    const outcome = await classifyOk(excel, { source: { kind: "selection" } });
    expect(outcome.source.address).toBe("Sales!A3:D60");
    expect(outcome.rowsRead).toBe(57);
    // A selection is saved as its range, so a colleague re-running gets the same rows.
    expect(outcome.settings.source).toEqual({ kind: "range", address: "Sales!A3:D60" });
  });

  test("a range given by address", async () => {
    const excel = await workbookWith([HEADER, ...salesRows()]);
    const outcome = await classifyOk(excel, { source: { kind: "range", address: "Sales!A1:D30" } });
    expect(outcome.source.address).toBe("Sales!A1:D30");
    expect(outcome.rowsRead).toBe(29);
  });

  test("detectSource tells the pane the block, its headers and the recognised columns", async () => {
    const excel = await workbookWith([HEADER, ...salesRows()]);
    const info = await detectSource(excel.run, { kind: "auto" });
    expect(info.address).toBe("Sales!A1:D89");
    expect(info.headers).toEqual(["Client", "Date", "Amount", "Manager"]);
    expect(info.detected?.columns).toMatchObject({ client: 0, date: 1, amount: 2, manager: 3 });
    expect(info.rowCount).toBe(88);
  });

  test("a table name that does not exist is a clear input error", async () => {
    const excel = await workbookWith([HEADER, ...salesRows()]);
    const outcome = await classifyWorkbook(excel.run, { source: { kind: "table", name: "Nope" } });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.message).toContain("Nope");
  });
});

describe("result sheets", () => {
  test("KAM Clients is a table with conditional colours, a key-type list, number formats and a frozen header", async () => {
    const excel = await workbookWith([HEADER, ...salesRows()]);
    await classifyOk(excel);
    const sheet = excel.inspect.sheet("KAM Clients");
    const [table] = sheet.tables();
    expect(table.name).toBe(CLIENTS_TABLE_NAME);
    // The legend takes rows 1-5, the header is row 7: both stay in view above the frozen panes.
    expect(table.address).toBe("'KAM Clients'!A7:Y15");
    expect(sheet.freeze().rows).toBe(7);
    const formats = sheet.conditionalFormats();
    // Bounded to the table's data rows, so colours follow the values when users sort or filter.
    expect(formats.filter((format) => format.rule.formula1 === '="A"').map((format) => format.address)).toContain("'KAM Clients'!F8:F15");
    expect(formats.find((format) => format.rule.formula1 === '="mono-client"')?.format.fill).toBe(PALETTE.dependency.mono.fill);
    const validation = sheet.validations()[0];
    expect(validation.address).toMatch(/M8:M15$/);
    expect(JSON.stringify(validation)).toContain("breadwinner,prospective,image-maker,expert");
    // Selecting a Key type cell explains the four types.
    expect(validation.prompt).toMatchObject({ showPrompt: true, title: "Key type", message: expect.stringContaining("Image-maker: a known name") });
    expect(sheet.cellAt("D8").numberFormat).toBe("0.0%");
    expect(sheet.cellAt("D8").text).toBe("50.6%");
    expect(sheet.cellAt("C8").numberFormat).toBe("#,##0.00");
    expect(sheet.cellAt("U8").text).toBe("2024-12-10");
    expect(sheet.cellAt("B8").numberFormat).toBe("@");
    expect(sheet.columnWidth(1)).toBeGreaterThan(sheet.columnWidth(5));
    expect(sheet.cellAt("A1").value).toBe("Legend");
    // Each entry on the colour it explains, the thresholds in use quoted.
    const legend = sheet.values("A1:Y5").flatMap((row, r) => row.flatMap((value, c) => (value === "" ? [] : [{ text: String(value), fill: sheet.cell(r, c).fill }])));
    expect(legend.find((entry) => entry.text.startsWith("A: "))?.fill).toBe(PALETTE.abc.A.fill);
    expect(legend.find((entry) => entry.text.startsWith("critical: more than 20%"))?.fill).toBe(PALETTE.dependency.critical.fill);
    expect(legend).toHaveLength(13);
  });

  test("Matrix, Summary (with its two charts) and Win-back", async () => {
    const excel = await workbookWith([HEADER, ...salesRows()]);
    await classifyOk(excel);
    const matrix = excel.inspect.sheet("KAM Matrix").values();
    expect(matrix[2]).toEqual(["", "", "X: buys steadily (low variation)", "Y: buys regularly with swings", "Z: buys irregularly", "Total"]);
    expect(matrix[3]).toEqual(["A: the top clients making the first 80% of the total", "Clients", 2, 0, 1, 3]);
    // The wrapped strategies of class A get a row tall enough for them.
    expect(excel.inspect.sheet("KAM Matrix").rowHeight(5)).toBeGreaterThanOrEqual(45);
    const summary = excel.inspect.sheet("KAM Summary");
    expect(summary.charts().map((chart) => chart.type)).toEqual(["Line", "ColumnClustered"]);
    // As Excel reads the sources (chartSeries in src/headless/chart.ts): one Pareto curve over text
    // labels (5%, 10%, ...), not the share of clients drawn as a second line; one series of shares by cell.
    const [pareto, cells] = summary.charts();
    expect(pareto.series).toHaveLength(1);
    const paretoLabels = summary.values(pareto.series[0].categories).flat();
    expect(paretoLabels.every((label) => typeof label === "string" && /^\d+%$/.test(label))).toBe(true);
    expect(summary.values(pareto.series[0].name)).toEqual([["Cumulative share"]]);
    expect(cells.series).toHaveLength(1);
    expect(summary.values(cells.series[0].categories).flat()).toContain("AX");
    const text = JSON.stringify(summary.values());
    expect(text).toContain("Acme brings 50.6% of the total: a mono-client");
    expect(text).toContain("Globex brings 25.3% of the total: the company is becoming critically dependent on it.");
    expect(text).toContain("Sales!A1:D89");
    const winback = await tableRows(excel.run, WINBACK_TABLE_NAME);
    expect(winback.map((row) => row.Client)).toEqual(["Old Co"]);
    expect(winback[0]["Planned offer"]).toBe("");
  });

  test("sheets in Russian and Persian carry translated names, headers and labels", async () => {
    const excel = await workbookWith([HEADER, ...salesRows()]);
    await classifyOk(excel, { lang: "ru" });
    expect(excel.inspect.sheet("KAM Клиенты").values()[CLIENTS_HEADER_ROW].slice(0, 3)).toEqual(["Место", "Клиент", "Выручка"]);
    expect(excel.inspect.sheet("KAM Клиенты").values()[CLIENTS_HEADER_ROW + 1][10]).toBe("моноклиент");
    expect(excel.inspect.sheet("KAM Клиенты").cellAt("A1").value).toBe("Условные обозначения");
    await classifyOk(excel, { lang: "fa" });
    const names = excel.inspect.sheets().map((sheet) => sheet.name).filter((name) => name.startsWith("KAM") && !name.startsWith("KAM Дос") && !name.startsWith("KAM پرونده"));
    // Our default names follow the language; no Russian copy is left behind.
    expect(names.slice(0, 8)).toEqual(["KAM مشتریان", "KAM ماتریس", "KAM خلاصه", "KAM بازگرداندن", "KAM آینده‌دار", "KAM تاریخچه", "KAM روندها", "KAM Settings"]);
    expect(names.filter((name) => /[а-я]/i.test(name))).toEqual([]);
    // Excel's API has no right-to-left switch for a whole sheet; the written cells read right to left.
    expect(excel.inspect.sheet("KAM مشتریان").cellAt("B2").readingOrder).toBe("RightToLeft");
    expect(excel.inspect.sheet("Sales").cellAt("A1").readingOrder).not.toBe("RightToLeft");
  });

  test("client names that look like formulas stay literal text", async () => {
    const tricky = ["=1+2", "+SUM(A1:A2)", "-5 Ltd", "@risk", "'quoted"];
    const extra = tricky.map((name, index): CellValue[] => [name, 45300 + index, 100 + index, "Ann"]);
    const excel = await workbookWith([HEADER, ...salesRows()]);
    // The source holds them as text (written with Excel's quote prefix, as a user typing them would).
    await writeRows(excel.run, "Sales", extra.map((row) => [`'${row[0]}`, ...row.slice(1)]), "A90");
    const outcome = await classifyOk(excel);
    expect(outcome.result.clients.map((client) => client.client)).toEqual(expect.arrayContaining(tricky));
    const sheet = excel.inspect.sheet("KAM Clients");
    const first = CLIENTS_HEADER_ROW + 1;
    const names = sheet.values().slice(first).map((row) => row[1]);
    expect(names).toEqual(expect.arrayContaining(tricky));
    for (let row = first; row < first + names.length; row++) expect(sheet.cell(row, 1).formula).toBeNull();
    // And so they stay in the saved file.
    const reopened = (await loadXlsx(await saveXlsx(excel))).inspect.sheet("KAM Clients");
    const saved = reopened.values().slice(first).map((row) => row[1]);
    expect(saved).toEqual(names);
    for (let row = first; row < first + names.length; row++) expect(reopened.cell(row, 1).formula).toBeNull();
  });
});

describe("re-runs", () => {
  async function typeInto(excel: HeadlessExcel, table: string, client: string, header: string, value: string) {
    // A person typing: the whole Office.js surface, not only the add-in's part of it.
    await excel.api(async (context) => {
      const range = context.workbook.tables.getItem(table).getRange();
      range.load("values");
      await context.sync();
      const [head, ...rows] = range.values as CellValue[][];
      const row = rows.findIndex((cells) => cells[head.indexOf("Client")] === client);
      range.getCell(row + 1, head.indexOf(header)).values = [[value]];
      await context.sync();
    });
  }

  test("what people typed in Key type, Notes and Planned offer is kept, matched by client", async () => {
    const excel = await workbookWith([HEADER, ...salesRows()]);
    await classifyOk(excel);
    await typeInto(excel, CLIENTS_TABLE_NAME, "Hooli", "Key type", "image-maker");
    await typeInto(excel, CLIENTS_TABLE_NAME, "Stark", "Notes", "call back in May");
    // Typed with Excel's quote prefix, as Excel keeps text that starts with "=".
    await typeInto(excel, CLIENTS_TABLE_NAME, "Wayne", "Notes", "'=not a formula");
    await typeInto(excel, WINBACK_TABLE_NAME, "Old Co", "Planned offer", "10% off the next order");
    // The rows come in a different order next time: Stark buys more and moves up.
    await writeRows(excel.run, "Sales", [["Stark", 45600, 4000, "Cid"]], "A90");
    const outcome = await classifyOk(excel);
    const rows = await tableRows(excel.run, CLIENTS_TABLE_NAME);
    const byName = Object.fromEntries(rows.map((row) => [row.Client, row]));
    expect(byName.Hooli["Key type"]).toBe("image-maker");
    expect(outcome.result.clients.find((client) => client.client === "Hooli")?.keyType).toBe("image-maker");
    expect(byName.Stark.Notes).toBe("call back in May");
    expect(byName.Wayne.Notes).toBe("=not a formula");
    expect(byName.Acme["Key type"]).toBe("");
    expect(byName.Acme["Key type (computed)"]).toBe("breadwinner");
    expect((await tableRows(excel.run, WINBACK_TABLE_NAME))[0]["Planned offer"]).toBe("10% off the next order");
  });

  test("movement since the last run: Change column and the transition table", async () => {
    const excel = await workbookWith([HEADER, ...salesRows()]);
    const first = await classifyOk(excel);
    expect(first.movement.hasPrevious).toBe(false);
    // Initech doubles up to key client; a new client appears.
    await writeRows(excel.run, "Sales", [["Initech", 45600, 20000, "Ann"], ["Newco", 45600, 50, "Bob"]], "A90");
    const second = await classifyOk(excel);
    const rows = await tableRows(excel.run, CLIENTS_TABLE_NAME);
    const change = Object.fromEntries(rows.map((row) => [row.Client, row["Change since last run"]]));
    expect(change.Newco).toBe("new");
    expect(change.Initech).toContain("none→");
    expect(change.Hooli).toBe("");
    expect(second.movement.becameKey).toContain("Initech");
    const summary = JSON.stringify(excel.inspect.sheet("KAM Summary").values());
    expect(summary).toContain("From \\\\ to");
    expect(summary).toContain("Became key");
  });

  test("a first run makes each result sheet of its staging sheet, renamed; a re-run copies into the sheets there are, the same cells", async () => {
    const excel = await workbookWith([HEADER, ...salesRows()]);
    const copies = jest.spyOn(Range.prototype, "copyFrom");
    try {
      await classifyOk(excel);
      expect(copies).not.toHaveBeenCalled();
      const first = snapshot(excel, "KAM Matrix");
      await classifyOk(excel);
      expect(copies).toHaveBeenCalled();
      expect(snapshot(excel, "KAM Matrix")).toEqual(first);
      expect(excel.inspect.sheets().filter((sheet) => sheet.name.startsWith("~KAM"))).toEqual([]);
    } finally {
      copies.mockRestore();
    }
  });

  test("a renamed result sheet is updated in place, with no second copy", async () => {
    const excel = await workbookWith([HEADER, ...salesRows()]);
    await classifyOk(excel);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("KAM Clients").name = "Our clients";
      await context.sync();
    });
    const outcome = await classifyOk(excel);
    expect(outcome.sheets[0].name).toBe("Our clients");
    const names = excel.inspect.sheets().map((sheet) => sheet.name);
    expect(names).toContain("Our clients");
    expect(names).not.toContain("KAM Clients");
    expect(excel.inspect.names().KAM_Sheet_Clients).toBe("='Our clients'!$A$1");
  });

  test("a deleted result sheet is written anew on the next run", async () => {
    const excel = await workbookWith([HEADER, ...salesRows()]);
    await classifyOk(excel);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("KAM Matrix").delete();
      await context.sync();
    });
    await classifyOk(excel);
    expect(excel.inspect.sheets().filter((sheet) => sheet.name.startsWith("KAM Matrix")).map((sheet) => sheet.name)).toEqual(["KAM Matrix"]);
    expect(excel.inspect.names().KAM_Sheet_Matrix).toBe("='KAM Matrix'!$A$1");
  });

  test("sheets and cells the add-in did not create are untouched", async () => {
    const excel = await workbookWith([HEADER, ...salesRows()]);
    await writeRows(excel.run, "Budget", [["Plan", 1000], ["=B1*2", null]]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sales").activate();
      await context.sync();
    });
    const before = { sales: snapshot(excel, "Sales"), budget: snapshot(excel, "Budget") };
    await classifyOk(excel);
    await classifyOk(excel);
    expect(snapshot(excel, "Sales")).toEqual(before.sales);
    expect(snapshot(excel, "Budget")).toEqual(before.budget);
  });

  test("cells people put on the result sheets outside what the add-in wrote are kept", async () => {
    const excel = await workbookWith([HEADER, ...salesRows()]);
    await classifyOk(excel);
    await writeRows(excel.run, "KAM Matrix", [["Reviewed with the board"]], "G3");
    await writeRows(excel.run, "KAM Clients", [["checked by Ann"]], "AB20");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("KAM Matrix").getRange("G4").formulas = [["=C4*2"]];
      // Inside the add-in's own area: the next run's content replaces it.
      context.workbook.worksheets.getItem("KAM Matrix").getRange("C4").values = [[999]];
      await context.sync();
    });
    await classifyOk(excel);
    await classifyOk(excel);
    const matrix = excel.inspect.sheet("KAM Matrix");
    expect(matrix.cellAt("G3").value).toBe("Reviewed with the board");
    expect(matrix.cellAt("G4").formula).toBe("=C4*2");
    expect(matrix.cellAt("C4").value).toBe(2);
    expect(excel.inspect.sheet("KAM Clients").cellAt("AB20").value).toBe("checked by Ann");
  });

  test("a run that fails half-way leaves the previous results as they were", async () => {
    const excel = await workbookWith([HEADER, ...salesRows()]);
    await classifyOk(excel, { now: new Date(2025, 0, 1) });
    await writeRows(excel.run, "Sales", [["Newco", 45600, 100000, "Bob"]], "A90");
    const before = excel.inspect.sheets().map((sheet) => [sheet.name, snapshot(excel, sheet.name)]);
    // When writing starts, the next sync looks the sheets up and the one after writes the new
    // sheets: it fails after part of its operations ran, leaving them half written.
    const failWhileWriting = (progress: { phase: string }) => {
      if (progress.phase === "writing") excel.failAtSync(2, { afterOperations: 40 });
    };
    await expect(classifyWorkbook(excel.run, { now: new Date(2025, 0, 2), onProgress: failWhileWriting })).rejects.toMatchObject({ code: "GeneralException" });
    expect(excel.inspect.sheets().map((sheet) => [sheet.name, snapshot(excel, sheet.name)])).toEqual(before);
    // And the next run goes through.
    const outcome = await classifyOk(excel);
    expect(outcome.result.clients[0].client).toBe("Newco");
    expect(excel.inspect.sheets().filter((sheet) => sheet.name.startsWith("KAM Clients"))).toHaveLength(1);
  });

  test("sheets are the add-in's by the ids it stored, never by name: a person's '~KAM new' sheets survive; a dead run's sheets go", async () => {
    const excel = await workbookWith([HEADER, ...salesRows()]);
    await writeRows(excel.run, "~KAM new ideas", [["keep me"]]);
    await writeRows(excel.run, "~KAM new 1", [["mine too"]]);
    await classifyOk(excel);
    await classifyOk(excel);
    expect(excel.inspect.sheet("~KAM new ideas").cellAt("A1").value).toBe("keep me");
    expect(excel.inspect.sheet("~KAM new 1").cellAt("A1").value).toBe("mine too");
    // What a run that died before its cleanup leaves: a half-written sheet registered under a temporary id.
    await writeRows(excel.run, "~KAM new 2", [["half written"]]);
    await excel.api(async (context) => {
      context.workbook.names.add("KAM_Sheet_Temp.1", "='~KAM new 2'!$A$1");
      await context.sync();
    });
    await classifyOk(excel);
    const names = excel.inspect.sheets().map((sheet) => sheet.name);
    expect(names.filter((name) => name.startsWith("~KAM new"))).toEqual(["~KAM new ideas", "~KAM new 1"]);
    expect(Object.keys(excel.inspect.names()).filter((name) => name.includes("Temp"))).toEqual([]);
  });

  test("settings are saved in the workbook and re-used by a run with no options", async () => {
    const excel = await workbookWith([HEADER, ...salesRows()]);
    await classifyOk(excel, { analysis: { a: 0.5, lostAfterDays: 90 }, lang: "lt" });
    const saved = (await loadWorkbookSettings(excel.run))?.settings;
    expect(saved?.analysis.a).toBe(0.5);
    expect(saved?.lang).toBe("lt");
    const second = await classifyOk(excel);
    expect(second.settings.analysis.lostAfterDays).toBe(90);
    expect(second.result.clients.filter((client) => client.abc === "A")).toHaveLength(1);
    expect(excel.inspect.sheets().map((sheet) => sheet.name)).toContain("KAM Klientai");
  });
});

describe("bad input", () => {
  const badRows: CellValue[][] = [
    ["Acme", 45300, "lots", "Ann"],
    ["", 45301, 10, "Ann"],
  ];

  test("stops the run before anything is written, naming each row and cell", async () => {
    const excel = await workbookWith([["Header notes"], HEADER, ...salesRows()], { at: "B2" });
    await classifyOk(excel);
    const before = excel.inspect.sheets().map((sheet) => [sheet.name, snapshot(excel, sheet.name)]);
    await writeRows(excel.run, "Sales", [...badRows, ["Globex", 45300, "n/a", "Bob"]], "B92");
    const during = excel.inspect.sheets().map((sheet) => [sheet.name, snapshot(excel, sheet.name)]);
    const outcome = await classifyWorkbook(excel.run, {});
    expect(outcome.ok).toBe(false);
    if (outcome.ok || !outcome.source) throw new Error("expected a located failure");
    expect(outcome.error.problems.map((problem) => problem.row)).toEqual([92, 93, 94]);
    expect(problemCell(outcome.source, outcome.error.problems[0])).toEqual({ sheet: "Sales", row: 92, column: 3 });
    expect(excel.inspect.sheets().map((sheet) => [sheet.name, snapshot(excel, sheet.name)])).toEqual(during);
    expect(before.length).toBe(during.length);
    await goToCell(excel.run, "Sales", 92, 3);
    expect(excel.inspect.selection()).toBe("Sales!D92");
  });

  test("with skip bad rows the run goes on and the summary counts what was skipped", async () => {
    const excel = await workbookWith([HEADER, ...salesRows(), ...badRows]);
    const outcome = await classifyOk(excel, { read: { skipBadRows: true } });
    expect(outcome.result.skipped.map((problem) => problem.row)).toEqual([90, 91]);
    expect(JSON.stringify(excel.inspect.sheet("KAM Summary").values())).toContain('"Rows skipped (bad)",2');
  });
});

describe("size", () => {
  test("rows go into the engine's reader in pieces, with the host's turns between: bad rows either side of a piece's edge keep their sheet rows", async () => {
    const rows: CellValue[][] = [HEADER];
    for (let i = 0; i < 12_000; i++) rows.push([`Client ${i % 300}`, 45292 + (i % 365), 10 + (i % 97), "Ann"]);
    // Data rows 5,000 and 5,001 (sheet rows 5,001 and 5,002) lie either side of the first piece's edge; 10,001 in the third piece.
    for (const dataRow of [5_000, 5_001, 10_001]) rows[dataRow][2] = "lots";
    const excel = await workbookWith(rows);
    let turns = 0;
    takeTurnsWith(() => {
      turns++;
      return undefined;
    });
    try {
      const outcome = await classifyWorkbook(excel.run, {});
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(outcome.error.problems.map((problem) => problem.row)).toEqual([5_001, 5_002, 10_002]);
    } finally {
      takeTurnsWith(() => undefined);
    }
    // A turn after each piece of 5,000 rows at least.
    expect(turns).toBeGreaterThanOrEqual(3);
  });


  test("a 100,000-row sheet is read and written under the 5 MB payload limit in few syncs", async () => {
    const excel = createHeadlessExcel({ firstSheetName: "Sales", payloadLimits: true });
    const rows: CellValue[][] = [HEADER];
    for (let i = 0; i < 100_000; i++) rows.push([`Client ${i % 3000}`, 45292 + (i % 365), 10 + (i % 97) * 3.5, `Manager ${i % 12}`]);
    await writeRows(excel.run, "Sales", rows);
    excel.stats.reset();
    const outcome = await classifyOk(excel);
    expect(outcome.rowsRead).toBe(100_000);
    expect(outcome.result.clients).toHaveLength(3000);
    expect(excel.stats.maxResponseBytes).toBeLessThan(5_000_000);
    expect(excel.stats.maxRequestBytes).toBeLessThan(5_000_000);
    // Reading and writing in chunks, plus four for the run lock (take: read and add; release: read and delete).
    expect(excel.stats.syncs).toBeLessThanOrEqual(24);
    expect((await sheetValues(excel.run, "KAM Clients")).length).toBe(CLIENTS_HEADER_ROW + 3001);
  });
});
