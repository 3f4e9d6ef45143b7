/**
 * The workbook belongs to its people: what they typed on the result sheets survives re-runs by
 * client identity (clients that leave and come back, sorting, measure switches), their own
 * cells are never written over, and references to the result sheets keep working.
 */
import type { HeadlessExcel } from "../../src/headless";
import type { ExcelContext } from "../../src/office-api";
import { classifyWorkbook } from "../../src/excel/classify-workbook";
import { loadWorkbookSettings } from "../../src/excel/settings";
import { officeExcelRun } from "../../src/excel/host";
import { STALE_LOCK_MS } from "../../src/excel/run-lock";
import { CLIENTS_HEADER_ROW, CLIENTS_TABLE_NAME, LEGEND_ROWS } from "../../src/excel/layout/clients";
import { registryName, SHEET_IDS } from "../../src/excel/registry";
import { KEPT_TABLE_NAME } from "../../src/excel/layout/kept";
import { WINBACK_TABLE_NAME } from "../../src/excel/layout/winback";
import type { CellValue } from "../../src/engine/types";
import { serialFromYmd } from "../../src/engine/calendar";
import { loadXlsx, saveXlsx } from "../../src/headless/xlsx";
import { HEADER, salesRows, tableRows, workbookWith, writeRows } from "./helpers";

async function classifyOk(excel: HeadlessExcel, options: Parameters<typeof classifyWorkbook>[1] = {}) {
  const outcome = await classifyWorkbook(excel.run, options);
  if (!outcome.ok) throw new Error(`expected success, got ${outcome.error.message}`);
  return outcome;
}

/** The sheet row (0-based) of a client in a table. */
async function rowOf(excel: HeadlessExcel, table: string, client: string): Promise<{ sheet: string; row: number; column: (header: string) => number }> {
  return excel.api(async (context) => {
    const found = context.workbook.tables.getItem(table);
    const range = found.getRange();
    range.load("values,rowIndex,columnIndex");
    found.load("worksheet/name");
    await context.sync();
    const [head, ...rows] = range.values as CellValue[][];
    const index = rows.findIndex((cells) => cells[head.indexOf("Client")] === client);
    if (index < 0) throw new Error(`${client} is not in ${table}`);
    return { sheet: found.worksheet.name, row: range.rowIndex + index + 1, column: (header: string) => range.columnIndex + head.indexOf(header) };
  });
}

/** A person typing a value or a formula (and a number format) into a client's cell of a table column. */
async function typeFor(excel: HeadlessExcel, table: string, client: string, header: string, input: { value?: CellValue; formula?: string; format?: string }) {
  const at = await rowOf(excel, table, client);
  await excel.api(async (context) => {
    const cell = context.workbook.worksheets.getItem(at.sheet).getCell(at.row, at.column(header));
    if (input.format) cell.numberFormat = [[input.format]];
    if (input.formula) cell.formulas = [[input.formula]];
    else cell.values = [[input.value ?? ""]];
    await context.sync();
  });
}

/** A person adding a column to a table (a new header right of the last one, inside it). */
async function addTableColumn(excel: HeadlessExcel, table: string, header: string) {
  await excel.api(async (context) => {
    context.workbook.tables.getItem(table).columns.add(undefined, undefined, header);
    await context.sync();
  });
}

const ALL_BUT_OLD_CO = salesRows().filter((row) => row[0] !== "Old Co");

describe("typed input is kept by client, forever", () => {
  test("notes, key types, offers and people's columns survive three re-runs, as typed: formulas, dates and numbers", async () => {
    const excel = await workbookWith([HEADER, ...salesRows()]);
    await classifyOk(excel);
    await addTableColumn(excel, CLIENTS_TABLE_NAME, "Region");
    await typeFor(excel, CLIENTS_TABLE_NAME, "Stark", "Notes", { value: "call in May" });
    await typeFor(excel, CLIENTS_TABLE_NAME, "Hooli", "Key type", { value: "image-maker" });
    await typeFor(excel, CLIENTS_TABLE_NAME, "Wayne", "Notes", { formula: '=HYPERLINK("https://wayne.example","site")', format: "General" });
    await typeFor(excel, CLIENTS_TABLE_NAME, "Acme", "Region", { value: serialFromYmd(2025, 3, 1), format: "dd.mm.yyyy" });
    await typeFor(excel, WINBACK_TABLE_NAME, "Old Co", "Planned offer", { value: "10% off" });
    const hooli = await rowOf(excel, CLIENTS_TABLE_NAME, "Hooli");
    await typeFor(excel, CLIENTS_TABLE_NAME, "Hooli", "Notes", { value: "contract" });
    await excel.api(async (context) => {
      context.workbook.worksheets.getItem(hooli.sheet).getCell(hooli.row, hooli.column("Notes")).hyperlink = { address: "https://hooli.example/contract", textToDisplay: "contract" };
      await context.sync();
    });
    for (let run = 0; run < 3; run++) await classifyOk(excel);
    const byName = Object.fromEntries((await tableRows(excel.run, CLIENTS_TABLE_NAME)).map((row) => [row.Client, row]));
    expect(byName.Stark.Notes).toBe("call in May");
    expect(byName.Hooli["Key type"]).toBe("image-maker");
    expect(byName.Acme.Region).toBe(serialFromYmd(2025, 3, 1));
    const acme = await rowOf(excel, CLIENTS_TABLE_NAME, "Acme");
    expect(excel.inspect.sheet(acme.sheet).cell(acme.row, acme.column("Region")).numberFormat).toBe("dd.mm.yyyy");
    const wayne = await rowOf(excel, CLIENTS_TABLE_NAME, "Wayne");
    expect(excel.inspect.sheet(wayne.sheet).cell(wayne.row, wayne.column("Notes")).formula).toBe('=HYPERLINK("https://wayne.example","site")');
    expect((await tableRows(excel.run, WINBACK_TABLE_NAME))[0]["Planned offer"]).toBe("10% off");
    const linked = await rowOf(excel, CLIENTS_TABLE_NAME, "Hooli");
    expect(excel.inspect.sheet(linked.sheet).cell(linked.row, linked.column("Notes")).hyperlink).toMatchObject({ address: "https://hooli.example/contract", textToDisplay: "contract" });
  });

  test("a client that leaves the data keeps its row on KAM Kept input, and everything comes back when it returns", async () => {
    const excel = await workbookWith([HEADER, ...salesRows()]);
    await classifyOk(excel);
    await addTableColumn(excel, CLIENTS_TABLE_NAME, "Region");
    await typeFor(excel, CLIENTS_TABLE_NAME, "Old Co", "Notes", { value: "moved to a competitor" });
    await typeFor(excel, CLIENTS_TABLE_NAME, "Old Co", "Region", { value: "North" });
    await typeFor(excel, WINBACK_TABLE_NAME, "Old Co", "Planned offer", { value: "free delivery" });
    // Old Co is no longer in the data (another export, a narrower window...).
    await excel.api(async (context) => {
      context.workbook.worksheets.getItem("Sales").getRange("A1:D200").clear("Contents");
      await context.sync();
    });
    await writeRows(excel.run, "Sales", [HEADER, ...ALL_BUT_OLD_CO]);
    const outcome = await classifyOk(excel, { now: new Date(2025, 0, 15) });
    expect(outcome.keptAway).toBe(1);
    expect((await tableRows(excel.run, CLIENTS_TABLE_NAME)).map((row) => row.Client)).not.toContain("Old Co");
    const kept = await tableRows(excel.run, KEPT_TABLE_NAME);
    expect(kept).toEqual([
      { Client: "Old Co", "Kept since": serialFromYmd(2025, 1, 15), "Key type": "", Notes: "moved to a competitor", "Planned offer": "free delivery", "Cause of loss": "", "Offer type": "", "Win-back result": "", "Win-back date": "", Region: "North" },
    ]);
    // Twice more without it: still there, still dated from when it left.
    await classifyOk(excel, { now: new Date(2025, 1, 1) });
    await classifyOk(excel, { now: new Date(2025, 1, 2) });
    expect((await tableRows(excel.run, KEPT_TABLE_NAME))[0]["Kept since"]).toBe(serialFromYmd(2025, 1, 15));
    // It comes back: its notes, column and offer return to their tables, and the kept row goes.
    await writeRows(excel.run, "Sales", [HEADER, ...salesRows()]);
    await classifyOk(excel);
    const back = (await tableRows(excel.run, CLIENTS_TABLE_NAME)).find((row) => row.Client === "Old Co");
    expect(back?.Notes).toBe("moved to a competitor");
    expect(back?.Region).toBe("North");
    expect((await tableRows(excel.run, WINBACK_TABLE_NAME)).find((row) => row.Client === "Old Co")?.["Planned offer"]).toBe("free delivery");
    expect(await tableRows(excel.run, KEPT_TABLE_NAME)).toEqual([{ Client: "", "Kept since": "", "Key type": "", Notes: "", "Planned offer": "", "Cause of loss": "", "Offer type": "", "Win-back result": "", "Win-back date": "" }]);
  });

  test("a mistyped window that leaves nobody in the data is an error and wipes nothing", async () => {
    const excel = await workbookWith([HEADER, ...salesRows()]);
    await classifyOk(excel);
    await typeFor(excel, CLIENTS_TABLE_NAME, "Stark", "Notes", { value: "call in May" });
    const outcome = await classifyWorkbook(excel.run, { analysis: { from: "2030-01-01", asOf: "2030-06-01" } });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.code).toBe("empty-window");
    expect((await tableRows(excel.run, CLIENTS_TABLE_NAME)).find((row) => row.Client === "Stark")?.Notes).toBe("call in May");
  });

  test("switching the measure to profit and back keeps notes and offers", async () => {
    const header = [...HEADER, "Profit"];
    const rows = salesRows().map((row) => [...row, Math.round(Number(row[2]) * (row[0] === "Old Co" ? 0.05 : 0.3))]);
    const excel = await workbookWith([header, ...rows]);
    await classifyOk(excel);
    await typeFor(excel, CLIENTS_TABLE_NAME, "Stark", "Notes", { value: "call in May" });
    await typeFor(excel, WINBACK_TABLE_NAME, "Old Co", "Planned offer", { value: "free delivery" });
    await classifyOk(excel, { analysis: { measure: "profit" } });
    await classifyOk(excel, { analysis: { measure: "revenue" } });
    expect((await tableRows(excel.run, CLIENTS_TABLE_NAME)).find((row) => row.Client === "Stark")?.Notes).toBe("call in May");
    expect((await tableRows(excel.run, WINBACK_TABLE_NAME)).find((row) => row.Client === "Old Co")?.["Planned offer"]).toBe("free delivery");
  });

  test("after a person sorts KAM Clients, notes and a column beside the table stay with their clients", async () => {
    const excel = await workbookWith([HEADER, ...salesRows()]);
    await classifyOk(excel);
    const table = await rowOf(excel, CLIENTS_TABLE_NAME, "Acme");
    const besideColumn = table.column("Notes") + 1;
    // A person's column just right of the table (not part of it), filled for two clients.
    await excel.api(async (context) => {
      const sheet = context.workbook.worksheets.getItem(table.sheet);
      sheet.getCell(CLIENTS_HEADER_ROW, besideColumn).values = [["Call list"]];
      await context.sync();
    });
    for (const [client, value] of [["Hooli", "Mon"], ["Stark", "Tue"]]) {
      const at = await rowOf(excel, CLIENTS_TABLE_NAME, client);
      await writeRows(excel.run, at.sheet, [[value]], `${String.fromCharCode(65 + besideColumn)}${at.row + 1}`);
    }
    await typeFor(excel, CLIENTS_TABLE_NAME, "Stark", "Notes", { value: "call in May" });
    // The person sorts the table by client name, descending (rows rewritten in another order).
    await excel.api(async (context) => {
      const body = context.workbook.tables.getItem(CLIENTS_TABLE_NAME).getDataBodyRange();
      const wide = body.getResizedRange(0, 1);
      wide.load("values,formulas");
      await context.sync();
      const sorted = (wide.formulas as CellValue[][]).slice().sort((a, b) => String(b[1]).localeCompare(String(a[1])));
      wide.formulas = sorted;
      await context.sync();
    });
    // Stark buys a lot: the next run orders the clients differently again.
    await writeRows(excel.run, "Sales", [["Stark", 45600, 9000, "Cid"]], "A90");
    await classifyOk(excel);
    for (const [client, value] of [["Hooli", "Mon"], ["Stark", "Tue"]]) {
      const at = await rowOf(excel, CLIENTS_TABLE_NAME, client);
      expect(excel.inspect.sheet(at.sheet).cell(at.row, besideColumn).value).toBe(value);
    }
    expect(excel.inspect.sheet(table.sheet).cell(CLIENTS_HEADER_ROW, besideColumn).value).toBe("Call list");
    expect((await tableRows(excel.run, CLIENTS_TABLE_NAME)).find((row) => row.Client === "Stark")?.Notes).toBe("call in May");
  });
});

describe("people's cells are never written over", () => {
  test("text under the KAM Clients table moves down when the table grows, and the outcome says so", async () => {
    const excel = await workbookWith([HEADER, ...salesRows()]);
    await classifyOk(excel);
    // Eight clients: header in row 7 (under the legend), clients in rows 8-15; a remark two rows below.
    await writeRows(excel.run, "KAM Clients", [["Checked by Ann"]], "B17");
    await writeRows(excel.run, "Sales", [["Newco", 45600, 50, "Bob"], ["Nextco", 45600, 40, "Bob"], ["Thirdco", 45600, 30, "Bob"]], "A90");
    const outcome = await classifyOk(excel);
    expect(outcome.moved).toEqual([{ sheet: "KAM Clients", fromRow: 16, rows: 3, columns: expect.stringMatching(/^A:[A-Z]+$/) as string }]);
    const sheet = excel.inspect.sheet("KAM Clients");
    const found: string[] = [];
    for (let row = 0; row < 30; row++) if (sheet.cell(row, 1).value === "Checked by Ann") found.push(`B${row + 1}`);
    expect(found).toHaveLength(1);
    expect(Number(found[0].slice(1))).toBeGreaterThan(18);
    expect((await tableRows(excel.run, CLIENTS_TABLE_NAME)).map((row) => row.Client)).toContain("Thirdco");
  });

  test("a person's cell in the middle of where the results grow stops the run before anything is written", async () => {
    // Where the second run's Summary has content (the movement since the last run) that the first
    // run's did not, with the first run's content further down in that column.
    const probe = await workbookWith([HEADER, ...salesRows()]);
    await classifyOk(probe);
    const first = probe.inspect.sheet("KAM Summary").values();
    await classifyOk(probe);
    const second = probe.inspect.sheet("KAM Summary").values();
    const empty = (value: unknown) => value === null || value === undefined || value === "";
    let spot: { row: number; column: number } | null = null;
    for (let row = 0; row < second.length && !spot; row++) {
      for (let column = 0; column < second[row].length && !spot; column++) {
        const below = first.slice(row + 1).some((line) => !empty(line[column]));
        if (empty(first[row]?.[column]) && !empty(second[row][column]) && below) spot = { row, column };
      }
    }
    expect(spot).not.toBeNull();
    const { row, column } = spot as { row: number; column: number };
    const excel = await workbookWith([HEADER, ...salesRows()]);
    await classifyOk(excel);
    await excel.api(async (context) => {
      context.workbook.worksheets.getItem("KAM Summary").getCell(row, column).values = [["mine"]];
      await context.sync();
    });
    const before = excel.inspect.sheets().map((sheet) => [sheet.name, JSON.stringify(excel.inspect.sheet(sheet.name).values())]);
    const outcome = await classifyWorkbook(excel.run);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.code).toBe("cells-in-the-way");
    expect(outcome.error.where).toBe(`'KAM Summary'!${String.fromCharCode(65 + column)}${row + 1}`);
    expect(outcome.error.message).toContain("are where this run's results go");
    expect(excel.inspect.sheets().map((sheet) => [sheet.name, JSON.stringify(excel.inspect.sheet(sheet.name).values())])).toEqual(before);
  });
  test("what people type on KAM Dossiers beside and under the index is kept on every run", async () => {
    const excel = await workbookWith([HEADER, ...salesRows()]);
    await classifyOk(excel, { dossiers: {} });
    await writeRows(excel.run, "KAM Dossiers", [["weekly review on Mondays"]], "L2");
    await writeRows(excel.run, "KAM Dossiers", [["owner: Ann"]], "A30");
    await classifyOk(excel, { dossiers: {} });
    await classifyOk(excel);
    const index = excel.inspect.sheet("KAM Dossiers");
    expect(index.cellAt("L2").value).toBe("weekly review on Mondays");
    expect(index.cellAt("A30").value).toBe("owner: Ann");
    expect((await tableRows(excel.run, "KAM_Dossiers")).map((row) => row.Client)).toContain("Acme");
  });
});

/**
 * KAM Clients as the version before the legend moved above the table wrote it: the table at A1,
 * the header frozen, the legend right of the table (one blank column between), and, with
 * `record`, the areas that version recorded for the sheet. Made from a run of this version by
 * Excel's own means: whole rows deleted above the table, the legend written where it was.
 */
async function asThePreviousVersionWroteIt(excel: HeadlessExcel, record: boolean): Promise<{ width: number }> {
  return excel.api(async (context) => {
    const sheet = context.workbook.worksheets.getItem("KAM Clients");
    const legend = sheet.getRange(`A1:Z${LEGEND_ROWS}`);
    legend.load("values");
    const table = context.workbook.tables.getItem(CLIENTS_TABLE_NAME).getRange();
    table.load("rowCount,columnCount");
    const saved = context.workbook.worksheets.getItem("KAM Settings").getRange("A3");
    saved.load("values");
    await context.sync();
    const texts = legend.values.flat().filter((value) => value !== "");
    const width = table.columnCount;
    sheet.getRange(`1:${CLIENTS_HEADER_ROW}`).delete("Up");
    // The sheet's id names its A1, which went with the deleted rows: it is named again, as that version had it.
    context.workbook.names.getItem(registryName(SHEET_IDS.clients)).delete();
    context.workbook.names.add(registryName(SHEET_IDS.clients), "='KAM Clients'!$A$1");
    sheet.getRangeByIndexes(0, width + 1, texts.length, 1).values = texts.map((text) => [text]);
    sheet.freezePanes.freezeRows(1);
    const areas = JSON.parse(String(saved.values[0][0])) as Record<string, number[][]>;
    areas[SHEET_IDS.clients] = [
      [0, 0, 1, width],
      [1, 0, table.rowCount - 1, width],
      [0, 0, table.rowCount, width],
      [0, width + 1, texts.length, 1],
    ];
    saved.values = [[record ? JSON.stringify(areas) : ""]];
    await context.sync();
    return { width };
  });
}

describe("a workbook the previous version wrote, with the table at A1 and the legend right of it", () => {
  test("a re-run moves the table under the legend by inserting rows: typed cells, references and the table's name follow", async () => {
    const excel = await workbookWith([HEADER, ...salesRows()]);
    await classifyOk(excel);
    const { width } = await asThePreviousVersionWroteIt(excel, true);
    expect(excel.inspect.sheet("KAM Clients").tables()[0].address).toBe("'KAM Clients'!A1:Y9");
    const beside = width;
    // What people did with it: a note, a remark under the table, a column beside it, formulas and a name pointing at it.
    await typeFor(excel, CLIENTS_TABLE_NAME, "Stark", "Notes", { value: "call in May" });
    const hooli = await rowOf(excel, CLIENTS_TABLE_NAME, "Hooli");
    await excel.api(async (context) => {
      const clients = context.workbook.worksheets.getItem("KAM Clients");
      clients.getRange("B11").values = [["Checked by Ann"]];
      clients.getCell(0, beside).values = [["Call list"]];
      clients.getCell(hooli.row, beside).values = [["Mon"]];
      clients.getRange("AD12").formulas = [["=C2*2"]];
      const mine = context.workbook.worksheets.add("My report");
      mine.getRange("A1:A2").formulas = [["='KAM Clients'!B2"], ["=SUM(KAM_Clients[Revenue])"]];
      context.workbook.names.add("TopRevenue", "='KAM Clients'!$C$2");
      await context.sync();
    });
    const outcome = await classifyOk(excel);
    const shift = CLIENTS_HEADER_ROW;
    expect(outcome.moved).toEqual([{ sheet: "KAM Clients", fromRow: 1, rows: shift, columns: "A:AD" }]);
    const sheet = excel.inspect.sheet("KAM Clients");
    expect(sheet.tables().map((table) => [table.name, table.address])).toEqual([[CLIENTS_TABLE_NAME, "'KAM Clients'!A7:Y15"]]);
    expect(sheet.freeze().rows).toBe(shift + 1);
    expect(sheet.cellAt("A1").value).toBe("Legend");
    // The old legend is gone; what people typed moved down with the table, as Excel moves cells.
    expect(JSON.stringify(sheet.values(`Y1:Z${20}`))).not.toContain("the top clients");
    expect(sheet.cellAt("B17").value).toBe("Checked by Ann");
    expect(sheet.cell(shift, beside).value).toBe("Call list");
    const hooliNow = await rowOf(excel, CLIENTS_TABLE_NAME, "Hooli");
    expect(sheet.cell(hooliNow.row, beside).value).toBe("Mon");
    expect((await tableRows(excel.run, CLIENTS_TABLE_NAME)).find((row) => row.Client === "Stark")?.Notes).toBe("call in May");
    // References follow the cells: B2 (the first client) is B8 now, and still the first client.
    expect(sheet.cellAt("AD18").formula).toBe("=C8*2");
    const mine = excel.inspect.sheet("My report");
    expect(mine.cellAt("A1").formula).toBe("='KAM Clients'!B8");
    expect(sheet.cellAt("B8").value).toBe("Acme");
    expect(mine.cellAt("A2").formula).toBe("=SUM(KAM_Clients[Revenue])");
    expect(excel.inspect.names().TopRevenue).toBe("='KAM Clients'!$C$8");
    // The next run finds the table where it is now: nothing moves again.
    const again = await classifyOk(excel);
    expect(again.moved).toEqual([]);
    expect(excel.inspect.sheet("My report").cellAt("A1").formula).toBe("='KAM Clients'!B8");
    expect(excel.inspect.sheet("KAM Clients").cellAt("B17").value).toBe("Checked by Ann");
  });

  test("without a record of the areas it wrote (older still), the table at A1 is the add-in's and moves the same way", async () => {
    const excel = await workbookWith([HEADER, ...salesRows()]);
    await classifyOk(excel);
    await asThePreviousVersionWroteIt(excel, false);
    await typeFor(excel, CLIENTS_TABLE_NAME, "Stark", "Key type", { value: "expert" });
    await excel.api(async (context) => {
      context.workbook.worksheets.add("My report").getRange("A1").formulas = [["='KAM Clients'!B2"]];
      await context.sync();
    });
    await classifyOk(excel);
    const sheet = excel.inspect.sheet("KAM Clients");
    expect(sheet.tables()[0].address).toBe("'KAM Clients'!A7:Y15");
    expect(excel.inspect.sheet("My report").cellAt("A1").formula).toBe("='KAM Clients'!B8");
    expect((await tableRows(excel.run, CLIENTS_TABLE_NAME)).find((row) => row.Client === "Stark")?.["Key type"]).toBe("expert");
  });
});

describe("references to the result sheets survive re-runs", () => {
  test("formulas on the person's own sheet, a defined name and a structured reference keep pointing at the results", async () => {
    const excel = await workbookWith([HEADER, ...salesRows()]);
    await classifyOk(excel);
    await excel.api(async (context) => {
      const mine = context.workbook.worksheets.add("My report");
      mine.getRange("A1:A3").formulas = [["='KAM Clients'!B8"], ["=SUM(KAM_Clients[Revenue])"], ["='KAM Summary'!A1"]];
      context.workbook.names.add("TopClient", "='KAM Clients'!$B$8");
      context.workbook.worksheets.getItem("KAM Clients").getRange("AD8").formulas = [["=C8*2"]];
      await context.sync();
    });
    for (let run = 0; run < 3; run++) await classifyOk(excel, { lang: run === 1 ? "ru" : "en" });
    const mine = excel.inspect.sheet("My report");
    expect(mine.cellAt("A1").formula).toBe("='KAM Clients'!B8");
    expect(mine.cellAt("A2").formula).toBe("=SUM(KAM_Clients[Revenue])");
    expect(mine.cellAt("A3").formula).toBe("='KAM Summary'!A1");
    expect(excel.inspect.names().TopClient).toBe("='KAM Clients'!$B$8");
    expect(excel.inspect.sheet("KAM Clients").cellAt("AD8").formula).toBe("=C8*2");
  });

  test("a failure at any sync of the run leaves the previous results readable and unchanged", async () => {
    const excel = await workbookWith([HEADER, ...salesRows()]);
    await classifyOk(excel, { now: new Date(2025, 0, 1) });
    await writeRows(excel.run, "Sales", [["Newco", 45600, 100000, "Bob"]], "A90");
    const results = ["KAM Clients", "KAM Matrix", "KAM Summary", "KAM Win-back"];
    const before = results.map((name) => JSON.stringify(excel.inspect.sheet(name).values()));
    // Count the syncs of a whole run on a copy of the state: fail each of them in turn.
    excel.stats.reset();
    // The same history on another workbook: what a successful run makes, and how many syncs it takes.
    const probe = await workbookWith([HEADER, ...salesRows()]);
    await classifyOk(probe, { now: new Date(2025, 0, 1) });
    await writeRows(probe.run, "Sales", [["Newco", 45600, 100000, "Bob"]], "A90");
    probe.stats.reset();
    await classifyOk(probe, { now: new Date(2025, 0, 2) });
    const syncs = probe.stats.syncs;
    const updated = results.map((name) => JSON.stringify(probe.inspect.sheet(name).values()));
    expect(syncs).toBeGreaterThan(3);
    for (let sync = 1; sync <= syncs; sync++) {
      excel.failAtSync(sync);
      // A failure after the results are in (activating the sheet, the dossiers) leaves the new results.
      await classifyWorkbook(excel.run, { now: new Date(2025, 0, 2) }).catch((error: { code?: string }) => expect(error.code).toBe("GeneralException"));
      const after = results.map((name) => JSON.stringify(excel.inspect.sheet(name).values()));
      expect({ sync, whole: after.join() === before.join() || after.join() === updated.join() }).toEqual({ sync, whole: true });
      expect(excel.inspect.sheets().filter((sheet) => sheet.name.startsWith("~KAM new"))).toEqual([]);
      if (after.join() === updated.join()) break;
    }
    const outcome = await classifyOk(excel, { now: new Date(2025, 0, 2) });
    expect(outcome.result.clients[0].client).toBe("Newco");
  });
});

describe("Excel's hard edges", () => {
  test("two Classify runs at once: one writes, the other stops with a message; the next run goes through", async () => {
    const excel = await workbookWith([HEADER, ...salesRows()]);
    await classifyOk(excel);
    const outcomes = await Promise.all([classifyWorkbook(excel.run), classifyWorkbook(excel.run)]);
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
    const stopped = outcomes.find((outcome) => !outcome.ok);
    expect(stopped && !stopped.ok && stopped.error.code).toBe("run-in-progress");
    expect(stopped && !stopped.ok && stopped.error.message).toMatch(/another Classify \(started at \d\d:\d\d UTC\) is still writing this workbook/);
    expect(excel.inspect.sheets().filter((sheet) => sheet.name.startsWith("KAM Clients"))).toHaveLength(1);
    expect(Object.keys(excel.inspect.names())).not.toContain("KAM_RunLock");
    await classifyOk(excel);
  });

  test("a lock left by a run that died is taken over once it is stale", async () => {
    const excel = await workbookWith([HEADER, ...salesRows()]);
    const old = JSON.stringify({ owner: "dead", startedAt: Date.now() - STALE_LOCK_MS - 1000 }).replace(/"/g, '""');
    await excel.api(async (context) => {
      context.workbook.names.add("KAM_RunLock", `="${old}"`);
      await context.sync();
    });
    await classifyOk(excel);
    const fresh = JSON.stringify({ owner: "alive", startedAt: Date.now() }).replace(/"/g, '""');
    await excel.api(async (context) => {
      context.workbook.names.add("KAM_RunLock", `="${fresh}"`);
      await context.sync();
    });
    const outcome = await classifyWorkbook(excel.run);
    expect(!outcome.ok && outcome.error.code).toBe("run-in-progress");
  });

  test("while a person is editing a cell, the add-in's runs wait for them (delayForCellEdit) instead of failing", async () => {
    const excel = await workbookWith([HEADER, ...salesRows()]);
    excel.editCell(true);
    // Without the option Excel refuses the request.
    await expect(classifyWorkbook(excel.run)).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    // The add-in's runner (host.ts) asks Excel.run to wait; here Excel.run is the headless one.
    const global = globalThis as { Excel?: unknown };
    global.Excel = { run: (options: { delayForCellEdit?: boolean }, batch: (context: ExcelContext) => Promise<unknown>) => excel.run(options, batch) };
    try {
      let done = false;
      const running = classifyWorkbook(officeExcelRun).then((outcome) => {
        done = true;
        return outcome;
      });
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(done).toBe(false);
      excel.editCell(false);
      expect((await running).ok).toBe(true);
    } finally {
      delete global.Excel;
    }
  });

  test("a dossier a manager protected with a password is skipped with a warning, not a failed run", async () => {
    const excel = await workbookWith([HEADER, ...salesRows()]);
    const first = await classifyOk(excel, { dossiers: {} });
    const [lockedSheet, ...others] = first.dossiers.created.map((ref) => ref.sheet);
    await excel.api(async (context) => {
      const protection = context.workbook.worksheets.getItem(lockedSheet).protection;
      protection.unprotect();
      protection.protect({}, "secret");
      await context.sync();
    });
    const outcome = await classifyOk(excel, { dossiers: {} });
    expect(outcome.dossiers.locked).toEqual([lockedSheet]);
    expect(outcome.dossiers.refreshed.map((ref) => ref.sheet).sort()).toEqual([...others].sort());
  });

  test("a selection of several areas (Ctrl+click) stops with a message instead of reading one of them", async () => {
    const excel = await workbookWith([HEADER, ...salesRows()]);
    excel.select("Sales!A1:D40,F1:F5");
    const outcome = await classifyWorkbook(excel.run, { source: { kind: "selection" } });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.message).toContain("several areas are selected");
    excel.select("Sales!A1:D90");
    expect((await classifyWorkbook(excel.run, { source: { kind: "selection" } })).ok).toBe(true);
  });

  test("a selection that cannot be activated after the results are written does not fail the run", async () => {
    const excel = await workbookWith([HEADER, ...salesRows()]);
    await classifyOk(excel);
    // Hidden sheets cannot be activated: Excel throws, as it does when it lost the focus.
    await excel.api(async (context) => {
      context.workbook.worksheets.getItem("KAM Clients").visibility = "Hidden";
      await context.sync();
    });
    const outcome = await classifyOk(excel);
    expect(outcome.sheets[0].name).toBe("KAM Clients");
  });
});

describe("client identity", () => {
  test("a client name with a control character is the same client after the workbook is saved and opened again: one dossier", async () => {
    const rows = salesRows().map((row) => (row[0] === "Acme" ? ["Acme\u0007", ...row.slice(1)] : row));
    let excel = await workbookWith([HEADER, ...rows]);
    await classifyOk(excel, { dossiers: {} });
    excel = await loadXlsx(await saveXlsx(excel));
    const outcome = await classifyOk(excel, { dossiers: {} });
    expect(outcome.dossiers.created).toEqual([]);
    expect(excel.inspect.sheets().filter((sheet) => sheet.name.startsWith("Acme")).map((sheet) => sheet.name)).toHaveLength(1);
  });
});

describe("columns that look wrong (the pane's code)", () => {
  test("a doubtful column stops the run with the doubts and nothing written; confirmed, it runs and the confirmation is saved", async () => {
    const rows = salesRows().map((row) => [row[0], row[1], 2020 + (Number(row[2]) % 5), row[3]]);
    const excel = await workbookWith([HEADER, ...rows]);
    const stopped = await classifyWorkbook(excel.run);
    expect(stopped.ok).toBe(false);
    if (!stopped.ok) expect(stopped.error.doubts?.map((doubt) => [doubt.role, doubt.kind])).toEqual([["amount", "years"]]);
    expect(excel.inspect.sheets().map((sheet) => sheet.name)).toEqual(["Sales"]);
    const confirmed = await classifyOk(excel, { read: { trustColumns: true } });
    expect(confirmed.settings.read.trustColumns).toBe(true);
    expect((await classifyWorkbook(excel.run)).ok).toBe(true);
  });
});

describe("possible duplicates and KAM Aliases", () => {
  test("names that may be one client are listed, a person merges them on KAM Aliases, and the next runs apply it", async () => {
    const rows = [...salesRows(), ["Acme Inc.", 45600, 700, "Ann"]];
    const excel = await workbookWith([HEADER, ...rows]);
    const first = await classifyOk(excel);
    expect(first.result.possibleDuplicates.map((group) => group.map((client) => client.client))).toEqual([["Acme", "Acme Inc."]]);
    const suggestions = await tableRows(excel.run, "KAM_Aliases");
    expect(suggestions.map((row) => [row["Name in the data"], row["Counts as"], row["Possible duplicate of"]])).toEqual([
      ["Acme", "", "Acme Inc."],
      ["Acme Inc.", "", "Acme"],
    ]);
    // A person says "Acme Inc." is Acme.
    const at = await excel.api(async (context) => {
      const range = context.workbook.tables.getItem("KAM_Aliases").getDataBodyRange();
      range.load("values");
      await context.sync();
      return (range.values as CellValue[][]).findIndex((row) => row[0] === "Acme Inc.");
    });
    await writeRows(excel.run, "KAM Aliases", [["Acme"]], `B${at + 2}`);
    const acmeBefore = first.result.clients.find((client) => client.client === "Acme")?.measure ?? 0;
    for (let run = 0; run < 2; run++) {
      const outcome = await classifyOk(excel);
      expect(outcome.result.merged).toEqual([{ from: "Acme Inc.", to: "Acme" }]);
      expect(outcome.result.clients.map((client) => client.client)).not.toContain("Acme Inc.");
      expect(outcome.result.clients.find((client) => client.client === "Acme")?.measure).toBe(acmeBefore + 700);
      expect(outcome.result.possibleDuplicates).toEqual([]);
    }
    expect((await tableRows(excel.run, "KAM_Aliases")).map((row) => [row["Name in the data"], row["Counts as"]])).toEqual([["Acme Inc.", "Acme"]]);
  });
});

describe("the portfolio over time", () => {
  test("KAM Trends: one row per quarter on its trailing twelve months, the ABC migration and a chart; kept in place on re-runs", async () => {
    const excel = await workbookWith([HEADER, ...salesRows()]);
    await classifyOk(excel);
    const quarters = await tableRows(excel.run, "KAM_Trends");
    expect(quarters.map((row) => row.Quarter)).toEqual(["2024-Q2", "2024-Q3", "2024-Q4"]);
    expect(quarters.every((row) => Number(row["Key clients"]) >= 1)).toBe(true);
    const values = JSON.stringify(excel.inspect.sheet("KAM Trends").values());
    expect(values).toContain("ABC classes, last quarter but one to now");
    expect(excel.inspect.sheet("KAM Trends").charts().map((chart) => chart.name)).toEqual(["KAM Trends chart"]);
    await classifyOk(excel);
    expect(excel.inspect.sheet("KAM Trends").charts()).toHaveLength(1);
  });
});

describe("the loss workflow on KAM Win-back", () => {
  test("cause, offer type, result and date are lists and a date, kept with the client also after it buys again", async () => {
    const excel = await workbookWith([HEADER, ...salesRows()]);
    await classifyOk(excel);
    const sheet = excel.inspect.sheet("KAM Win-back");
    const header = sheet.values()[0];
    expect(header).toEqual(expect.arrayContaining(["Planned offer", "Cause of loss", "Offer type", "Win-back result", "Win-back date"]));
    const causeColumn = String.fromCharCode(65 + header.indexOf("Cause of loss"));
    expect(sheet.validations().find((validation) => validation.address.startsWith(`${causeColumn}2`))?.rule.list?.source).toContain("poor preparation for negotiations");
    expect(JSON.stringify(sheet.values())).toContain("Revenue at risk on this list:");
    await typeFor(excel, WINBACK_TABLE_NAME, "Old Co", "Cause of loss", { value: "a competitor" });
    await typeFor(excel, WINBACK_TABLE_NAME, "Old Co", "Win-back date", { value: serialFromYmd(2025, 2, 1), format: "yyyy-mm-dd" });
    await classifyOk(excel);
    const row = (await tableRows(excel.run, WINBACK_TABLE_NAME)).find((line) => line.Client === "Old Co");
    expect([row?.["Cause of loss"], row?.["Win-back date"]]).toEqual(["a competitor", serialFromYmd(2025, 2, 1)]);
    // Old Co buys again: it leaves the list, and what was typed waits on KAM Kept input.
    await writeRows(excel.run, "Sales", [["Old Co", 45650, 1500, "Bob"]], "A90");
    await classifyOk(excel);
    expect((await tableRows(excel.run, WINBACK_TABLE_NAME)).map((line) => line.Client)).not.toContain("Old Co");
    expect((await tableRows(excel.run, KEPT_TABLE_NAME)).find((line) => line.Client === "Old Co")?.["Cause of loss"]).toBe("a competitor");
  });
});

describe("every KAM sheet", () => {
  test("text typed under each result sheet survives three re-runs, moved down when the results grow", async () => {
    const excel = await workbookWith([HEADER, ...salesRows()]);
    await classifyOk(excel, { dossiers: {} });
    const sheets = ["KAM Clients", "KAM Matrix", "KAM Summary", "KAM Win-back", "KAM Trends", "KAM Dossiers"];
    for (const name of sheets) {
      const used = excel.inspect.sheet(name).values().length;
      await writeRows(excel.run, name, [[`note under ${name}`]], `A${used + 3}`);
    }
    await writeRows(excel.run, "Sales", [["Newco", 45600, 50, "Bob"], ["Nextco", 45601, 40, "Bob"]], "A90");
    for (let run = 0; run < 3; run++) await classifyOk(excel, { dossiers: {} });
    for (const name of sheets) expect({ name, kept: JSON.stringify(excel.inspect.sheet(name).values()).includes(`note under ${name}`) }).toEqual({ name, kept: true });
  });

  test("the pane's start-up reads the settings while someone edits a cell: it waits instead of failing", async () => {
    const excel = await workbookWith([HEADER, ...salesRows()]);
    await classifyOk(excel, { analysis: { lostAfterDays: 90 } });
    excel.editCell(true);
    const global = globalThis as { Excel?: unknown };
    global.Excel = { run: (options: { delayForCellEdit?: boolean }, batch: (context: ExcelContext) => Promise<unknown>) => excel.run(options, batch) };
    try {
      const loading = loadWorkbookSettings(officeExcelRun);
      await new Promise((resolve) => setTimeout(resolve, 20));
      excel.editCell(false);
      expect((await loading)?.settings.analysis.lostAfterDays).toBe(90);
    } finally {
      delete global.Excel;
    }
  });
});
