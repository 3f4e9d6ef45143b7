/**
 * Dossier sheets through the headless Excel, as a user meets them: which clients get one, their
 * names, what survives re-runs, lists and protection, the index and the agenda.
 */
import { serialFromIso } from "../../../src/engine/calendar";
import type { CellValue } from "../../../src/engine/types";
import { readAgenda } from "../../../src/excel/agenda";
import { createOrRefreshDossiers } from "../../../src/excel/dossier";
import { SECTIONS, inputAreas, isComputed, listValues, summaryCells, type SectionId } from "../../../src/excel/dossier-spec";
import { createHeadlessExcel, type HeadlessExcel } from "../../../src/headless";
import { expectExcelError } from "../../headless/helpers";
import { baseSales, dossierInputs, dossierRows, insertRowsLikeExcel, LONG_NORTH, LONG_SOUTH, resultOf, sheetValues, SLASHED, typeInto, dossierRun } from "./helpers";
import { PALETTE } from "../../../src/palette";

const day = (iso: string) => serialFromIso(iso);
const TODAY = new Date(2025, 0, 10);

async function freshWorkbook(): Promise<{ excel: HeadlessExcel; sheets: Map<string, string> }> {
  const excel = createHeadlessExcel();
  const summary = await createOrRefreshDossiers(excel.run, resultOf(baseSales()), dossierRun({ lang: "en", today: TODAY, picked: ["small co"] }));
  return { excel, sheets: new Map(summary.created.map((ref) => [ref.client, ref.sheet])) };
}

describe("which clients get a dossier", () => {
  test("exactly the key clients plus the picked ones; unknown picks are reported", async () => {
    const excel = createHeadlessExcel();
    const result = resultOf(baseSales());
    const key = result.clients.filter((c) => c.dependency !== "none").map((c) => c.client);
    expect(key.sort()).toEqual(["Big Buyer Ltd", SLASHED, LONG_NORTH, LONG_SOUTH].sort());
    const summary = await createOrRefreshDossiers(excel.run, result, dossierRun({ lang: "en", today: TODAY, picked: ["SMALL CO", "Nobody"] }));
    expect(summary.created.map((ref) => ref.client).sort()).toEqual([...key, "Small Co"].sort());
    expect(summary.unknownPicked).toEqual(["Nobody"]);
    const sheetNames = excel.inspect.sheets().map((s) => s.name);
    expect(sheetNames.sort()).toEqual(["Sheet1", "KAM Dossiers", "KAM Health", ...summary.created.map((ref) => ref.sheet)].sort());

    const again = await createOrRefreshDossiers(excel.run, result, dossierRun({ lang: "en", today: TODAY }));
    expect(again.created).toEqual([]);
    expect(again.refreshed.map((ref) => ref.client).sort()).toEqual([...key, "Small Co"].sort());
    expect(excel.inspect.sheets()).toHaveLength(sheetNames.length);
  });

  test("names: forbidden characters replaced, 40 characters cut to 31, collisions after the cut get a suffix", async () => {
    const { excel, sheets } = await freshWorkbook();
    expect(sheets.get(SLASHED)).toBe("Foo_Bar_ Baz_ _EU__");
    const north = sheets.get(LONG_NORTH) as string;
    const south = sheets.get(LONG_SOUTH) as string;
    expect(LONG_NORTH).toHaveLength(40);
    expect([north.length, south.length]).toEqual([31, 31]);
    expect(north).not.toBe(south);
    expect([north, south].sort()).toEqual(["International Widget Corporatio", "International Widget Corpor (2)"].sort());
    expect(excel.inspect.sheet(north).values("B1")).toEqual([["Dossier: " + LONG_NORTH]]);
  });

  test("a dossier a user deleted is made again for a key client; a deleted index too", async () => {
    const { excel, sheets } = await freshWorkbook();
    const big = sheets.get("Big Buyer Ltd") as string;
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem(big).delete();
      context.workbook.worksheets.getItem("KAM Dossiers").delete();
      await context.sync();
    });
    const summary = await createOrRefreshDossiers(excel.run, resultOf(baseSales()), dossierRun({ lang: "en", today: TODAY }));
    expect(summary.created.map((ref) => [ref.client, ref.sheet])).toEqual([["Big Buyer Ltd", big]]);
    expect(summary.indexSheet).toBe("KAM Dossiers");
    expect(excel.inspect.sheet("KAM Dossiers").values().length).toBe(6);
  });

  test("a client name that looks like a formula stays text everywhere", async () => {
    const excel = createHeadlessExcel();
    const sales = baseSales();
    sales["=1+1"] = [200, 200];
    const summary = await createOrRefreshDossiers(excel.run, resultOf(sales), dossierRun({ lang: "en", today: TODAY }));
    const sheet = summary.created.find((ref) => ref.client === "=1+1")?.sheet as string;
    expect(sheet).toBe("=1+1");
    expect(excel.inspect.sheet(sheet).cellAt("B1")).toMatchObject({ value: "Dossier: =1+1", formula: null });
    const index = excel.inspect.sheet("KAM Dossiers");
    const row = index.values().findIndex((r) => r[1] === "=1+1");
    expect([index.cell(row, 0).formula, index.cell(row, 1).formula]).toEqual([null, null]);
  });

  test("a renamed dossier is found again by its id, and the index follows the new name", async () => {
    const { excel, sheets } = await freshWorkbook();
    const old = sheets.get("Big Buyer Ltd") as string;
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem(old).name = "Big one";
      await context.sync();
    });
    const summary = await createOrRefreshDossiers(excel.run, resultOf(baseSales(2)), dossierRun({ lang: "en", today: TODAY }));
    expect(summary.created).toEqual([]);
    expect(summary.refreshed.find((ref) => ref.client === "Big Buyer Ltd")?.sheet).toBe("Big one");
    const index = excel.inspect.sheet("KAM Dossiers");
    const row = index.values().findIndex((r) => r[1] === "Big Buyer Ltd");
    const link = index.cell(row, 0);
    expect(link.value).toBe("Big one");
    expect(link.hyperlink?.documentReference).toBe("'Big one'!A1");
    const rows = await dossierRows(excel, "Big one");
    const { lastReview, nextReview, nextContact } = summaryCells(rows);
    expect(index.values()[0]).toEqual(["Dossier", "Client", "Manager", "Revenue", "Share", "Dependency", "Status", "Last review", "Next review", "Next contact due"]);
    // The review date a manager types, in the dossier's section 10 (column C); empty until then.
    expect(lastReview).toEqual({ row: inputAreas(rows).review.row, column: 2 });
    expect(index.cell(row, 7).formula).toBe(`=IF(ISNUMBER('Big one'!$C$${lastReview.row + 1}),'Big one'!$C$${lastReview.row + 1},"")`);
    expect(index.cell(row, 8).formula).toBe(`='Big one'!$F$${nextReview.row + 1}`);
    expect(index.cell(row, 9).formula).toBe(`='Big one'!$F$${nextContact.row + 1}`);
  });
});

/** Whether a section's cells are told apart by row (fields, a grid's rows) rather than by column (a table's). */
const byRow = (id: SectionId): boolean => SECTIONS.find((section) => section.id === id)?.table === undefined;

describe("what managers type survives re-runs", () => {
  /** Text for every input cell of every section, list cells from the sheet's own lists. */
  function typedContent(section: SectionId, rows: number, columns: number): CellValue[][] {
    const lists: Partial<Record<SectionId, (string | null)[]>> = {
      decisionGroup: [null, null, "role", "attitude", "influence", null, null],
      history: ["date", null, null, "historyOutcome", null],
      contacts: ["date", "channel", "contactOutcome", null, "person", null, null],
      actions: [null, null, "date", "actionStatus"],
    };
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c): CellValue => {
        const kind = lists[section]?.[c] ?? null;
        if (isComputed(section, byRow(section) ? r : c)) return null;
        if (kind === "date") return day("2024-12-01") + r;
        if (kind === "person") return `decisionGroup ${r + 1}.1 — текст 文字`;
        if (section === "plan") return [2025, 1000, 0.2][r];
        if (section === "reviews") return r === 0 ? day("2025-01-20") + c : r <= 6 ? listValues("yesNo", "en")[(r + c) % 2] : r === 8 ? listValues("satisfaction", "en")[c % 5] : `review ${c + 1} — текст 文字`;
        if (kind === "influence") return 1 + (r % 5);
        if (kind === "computed") return null;
        if (kind) {
          const values = listValues(kind as Parameters<typeof listValues>[0], "en");
          return values[r % values.length];
        }
        if (section === "position" && r < 2) return listValues(r === 0 ? "ladder" : "satisfaction", "en")[1];
        if (section === "review") return r === 0 ? day("2024-12-20") : null;
        return `${section} ${r + 1}.${c + 1} — текст 文字`;
      }),
    );
  }

  async function snapshot(excel: HeadlessExcel, sheet: string): Promise<Record<string, CellValue[][]>> {
    const values = await sheetValues(excel, sheet);
    const areas = await dossierInputs(excel, sheet);
    const out: Record<string, CellValue[][]> = {};
    // What a manager typed: computed cells (rewritten by every run) left out.
    for (const [id, area] of Object.entries(areas)) {
      out[id] = values
        .slice(area.row, area.row + area.rowCount)
        .map((row, r) => row.slice(area.column, area.column + area.columnCount).map((value, c) => (isComputed(id as SectionId, byRow(id as SectionId) ? r : c) ? null : value)));
    }
    return out;
  }

  test("text typed into every section, also into rows added to the decision group, survives three re-runs with changed sales", async () => {
    const { excel, sheets } = await freshWorkbook();
    const sheet = sheets.get("Big Buyer Ltd") as string;

    // The manager adds two rows inside the decision group table and one inside the contacts table.
    const before = await dossierInputs(excel, sheet);
    await insertRowsLikeExcel(excel, sheet, before.decisionGroup.row + 1, 2);
    await insertRowsLikeExcel(excel, sheet, (await dossierInputs(excel, sheet)).contacts.row + 3, 1);
    const areas = await dossierInputs(excel, sheet);
    expect(areas.decisionGroup.rowCount).toBe(before.decisionGroup.rowCount + 2);

    for (const [id, area] of Object.entries(areas) as [SectionId, (typeof areas)[SectionId]][]) {
      const content = typedContent(id, area.rowCount, area.columnCount);
      for (let r = 0; r < area.rowCount; r++) {
        for (let c = 0; c < area.columnCount; c++) {
          const value = content[r][c];
          if (value !== null) await typeInto(excel, sheet, area.row + r, area.column + c, [[value]]);
        }
      }
    }
    const typed = await snapshot(excel, sheet);
    expect(typed.decisionGroup[1][0]).toBe("decisionGroup 2.1 — текст 文字"); // an added row
    expect(typed.general[0][0]).toBe("general 1.1 — текст 文字");

    const measures: CellValue[] = [];
    for (const scale of [2, 3, 5]) {
      const summary = await createOrRefreshDossiers(excel.run, resultOf(baseSales(scale)), dossierRun({ lang: scale === 3 ? "ru" : "en", today: TODAY }));
      expect(summary.refreshed.map((ref) => ref.sheet)).toContain(sheet);
      expect(await snapshot(excel, sheet)).toEqual(typed);
      const rows = await dossierRows(excel, sheet);
      measures.push((await sheetValues(excel, sheet))[rows.figures + 2][2]);
    }
    expect(measures).toEqual([600, 900, 1500]);
    // One chart of sales per period and one of the decision group, replaced on each run, never piled up.
    const charts = excel.inspect.sheet(sheet).charts().map((chart) => [chart.type, chart.source]);
    expect(charts.sort()).toEqual([
      ["ColumnClustered", expect.stringMatching(/!J\d+:K\d+$/)],
      ["Line", expect.stringMatching(/!B\d+:D\d+$/)],
    ]);
    // The dossier keeps the language it was made in, even when a run is in Russian.
    expect(excel.inspect.sheet(sheet).values("B1")).toEqual([["Dossier: Big Buyer Ltd"]]);
  });

  test("the figures follow the sections after rows were added: next contact reads the contacts table where it is now", async () => {
    const { excel, sheets } = await freshWorkbook();
    const sheet = sheets.get(SLASHED) as string;
    await insertRowsLikeExcel(excel, sheet, (await dossierInputs(excel, sheet)).decisionGroup.row + 1, 4);
    await createOrRefreshDossiers(excel.run, resultOf(baseSales()), dossierRun({ lang: "en", today: TODAY }));
    const rows = await dossierRows(excel, sheet);
    const contacts = (await dossierInputs(excel, sheet)).contacts;
    const formula = excel.inspect.sheet(sheet).cell(summaryCells(rows).nextContact.row, 5).formula;
    expect(formula).toContain(`MAXIFS(B${contacts.row + 1}:B${rows.sections.position},`);
  });
});

describe("clients that stop being key", () => {
  test("keep their dossier, marked 'no longer key' in the sheet and in the index; a client gone from the data too", async () => {
    const { excel, sheets } = await freshWorkbook();
    const sales = baseSales();
    sales[SLASHED] = [5, 5];
    delete sales[LONG_SOUTH];
    const summary = await createOrRefreshDossiers(excel.run, resultOf(sales), dossierRun({ lang: "en", today: TODAY }));
    expect(summary.noLongerKey.map((ref) => ref.client)).toEqual([SLASHED]);
    expect(summary.notInData.map((ref) => ref.client)).toEqual([LONG_SOUTH]);
    const slashed = sheets.get(SLASHED) as string;
    expect(excel.inspect.sheets().map((s) => s.name)).toEqual(expect.arrayContaining([slashed, sheets.get(LONG_SOUTH)]));
    expect(excel.inspect.sheet(slashed).values("B2")).toEqual([["No longer key"]]);
    expect(excel.inspect.sheet(sheets.get(LONG_SOUTH) as string).values("B2")).toEqual([["No longer key: Not in the current data"]]);
    const index = excel.inspect.sheet("KAM Dossiers").values();
    expect(index.find((row) => row[1] === SLASHED)?.[6]).toBe("No longer key");
    expect(index.find((row) => row[1] === LONG_SOUTH)?.[6]).toBe("Not in the current data");
    // Picked once, never key: not "no longer key".
    expect(index.find((row) => row[1] === "Small Co")?.[6]).toBe("active");

    const back = await createOrRefreshDossiers(excel.run, resultOf(baseSales()), dossierRun({ lang: "en", today: TODAY }));
    expect(back.noLongerKey).toEqual([]);
    expect(excel.inspect.sheet(slashed).values("B2")).toEqual([[""]]);
  });
});

describe("languages", () => {
  test("a Persian dossier is written in Persian, right to left, with Persian list values", async () => {
    const excel = createHeadlessExcel();
    const summary = await createOrRefreshDossiers(excel.run, resultOf(baseSales()), dossierRun({ lang: "fa", today: TODAY }));
    const sheet = summary.created.find((ref) => ref.client === "Big Buyer Ltd")?.sheet as string;
    const inspector = excel.inspect.sheet(sheet);
    expect(inspector.cellAt("B1")).toMatchObject({ value: "پرونده مشتری: Big Buyer Ltd", readingOrder: "RightToLeft" });
    const rows = await dossierRows(excel, sheet);
    expect(inspector.cell(rows.sections.decisionGroup, 1).value).toBe("۵. گروه تصمیم‌گیری");
    expect(inspector.cell(rows.lists.ladder, 1).value).toBe(listValues("ladder", "fa")[0]);
    expect(excel.inspect.sheets().map((s) => s.name)).toContain("KAM پرونده‌ها");
  });
});

describe("lists and protection", () => {
  test("drop-downs are list validations with a stop alert; influence 1-5; dates; inputs unlocked, the rest locked, no password", async () => {
    const { excel, sheets } = await freshWorkbook();
    const sheet = sheets.get("Big Buyer Ltd") as string;
    const inspector = excel.inspect.sheet(sheet);
    const areas = await dossierInputs(excel, sheet);
    const validationAt = (row: number, column: number) => inspector.cell(row, column).validation;

    const role = validationAt(areas.decisionGroup.row, areas.decisionGroup.column + 2);
    expect(role?.rule).toEqual({ list: { inCellDropDown: true, source: expect.stringMatching(/^=\$B\$\d+:\$J\$\d+$/) } });
    expect(role?.errorAlert).toMatchObject({ showAlert: true, style: "Stop" });
    for (const [section, column] of [["decisionGroup", 3], ["history", 3], ["contacts", 1], ["contacts", 2]] as const) {
      expect(validationAt(areas[section].row, areas[section].column + column)?.rule).toHaveProperty("list");
    }
    expect(validationAt(areas.position.row, 2)?.rule).toHaveProperty("list");
    expect(validationAt(areas.position.row + 1, 2)?.rule).toHaveProperty("list");
    expect(validationAt(areas.decisionGroup.row, areas.decisionGroup.column + 4)?.rule).toEqual({ wholeNumber: { operator: "Between", formula1: 1, formula2: 5 } });
    expect(validationAt(areas.contacts.row, areas.contacts.column)?.rule).toHaveProperty("date");
    expect(validationAt(areas.review.row, 2)?.rule).toHaveProperty("date");

    expect(inspector.protection()).toMatchObject({ protected: true, hasPassword: false, options: { allowInsertRows: true } });
    expect(inspector.cell(areas.general.row, 2)).toMatchObject({ locked: false, fill: PALETTE.input.fill });
    expect(inspector.cell(areas.decisionGroup.row, areas.decisionGroup.column + 5).locked).toBe(false);
    const rows = await dossierRows(excel, sheet);
    expect(inspector.cell(rows.figures + 2, 2).locked).toBe(true);
    expect(inspector.cell(areas.contacts.row, areas.contacts.column + 3)).toMatchObject({ locked: true, formula: expect.stringMatching(/^=IF\(/) });
    expect(inspector.cell(areas.review.row + 1, 2)).toMatchObject({ locked: true, formula: expect.stringMatching(/^=EDATE\(/) });
    // A manager cannot overwrite a computed figure.
    await expectExcelError(typeInto(excel, sheet, rows.figures + 2, 2, [[1]]), "AccessDenied");
  });

  test("protection can be turned off", async () => {
    const excel = createHeadlessExcel();
    const summary = await createOrRefreshDossiers(excel.run, resultOf(baseSales()), dossierRun({ lang: "en", today: TODAY, protect: false }));
    expect(excel.inspect.sheet(summary.created[0].sheet).protection().protected).toBe(false);
    await createOrRefreshDossiers(excel.run, resultOf(baseSales()), dossierRun({ lang: "en", today: TODAY, protect: true }));
    expect(excel.inspect.sheet(summary.created[0].sheet).protection().protected).toBe(true);
    await createOrRefreshDossiers(excel.run, resultOf(baseSales()), dossierRun({ lang: "en", today: TODAY, protect: false }));
    expect(excel.inspect.sheet(summary.created[0].sheet).protection().protected).toBe(false);
  });
});

describe("agenda", () => {
  test("lists exactly the overdue reviews and contacts, with the sheet to go to", async () => {
    const { excel, sheets } = await freshWorkbook(); // dossiers created 2025-01-10
    const big = sheets.get("Big Buyer Ltd") as string;
    const slashed = sheets.get(SLASHED) as string;
    const north = sheets.get(LONG_NORTH) as string;
    const [negative, positive] = [listValues("contactOutcome", "en")[2], listValues("contactOutcome", "en")[0]];
    const contactAt = async (sheet: string, index: number, date: string, outcome: string) => {
      const area = (await dossierInputs(excel, sheet)).contacts;
      await typeInto(excel, sheet, area.row + index, area.column, [[day(date)]]);
      await typeInto(excel, sheet, area.row + index, area.column + 2, [[outcome]]);
    };
    const reviewed = async (sheet: string, date: string) => typeInto(excel, sheet, (await dossierInputs(excel, sheet)).review.row, 2, [[day(date)]]);

    await contactAt(big, 0, "2025-02-01", positive);
    await contactAt(big, 1, "2025-02-20", negative); // latest: due 2025-03-06
    await reviewed(big, "2024-11-30"); // due 2025-02-28
    await contactAt(slashed, 0, "2025-02-25", positive); // due 2025-03-07
    await reviewed(slashed, "2025-01-05"); // due 2025-04-05
    // north: nothing typed: contact due 2025-01-20 (created + 10), review 2025-04-10

    const agenda = await readAgenda(excel.run, new Date(2025, 2, 7));
    expect(agenda.map((item) => [item.sheet, item.kind, item.dueIso])).toEqual(
      expect.arrayContaining([
        [big, "review", "2025-02-28"],
        [big, "contact", "2025-03-06"],
        [north, "contact", "2025-01-20"],
      ]),
    );
    const overdueSheets = new Set(agenda.map((item) => item.sheet));
    expect(overdueSheets.has(slashed)).toBe(false); // due today is not overdue
    expect(agenda.filter((item) => item.sheet === big)).toHaveLength(2);
    expect(agenda.every((item) => item.kind === "contact" || item.sheet === big)).toBe(true);

    const summary = await createOrRefreshDossiers(excel.run, resultOf(baseSales()), dossierRun({ lang: "en", today: new Date(2025, 2, 7) }));
    expect(summary.agenda).toEqual(agenda);
  });
});

describe("many dossiers at once", () => {
  test("200 picked clients get their dossiers through the one writer, every request under Excel on the web's 5 MB", async () => {
    const sales: Record<string, [number, number]> = {};
    for (let i = 1; i <= 200; i++) sales[`Client number ${i} with a long enough name`] = [100 + i, 120 + i];
    const result = resultOf(sales);
    const excel = createHeadlessExcel({ payloadLimits: true });
    const summary = await createOrRefreshDossiers(excel.run, result, dossierRun({ lang: "en", today: TODAY, picked: Object.keys(sales) }));
    expect(summary.created).toHaveLength(200);
    expect(excel.stats.maxRequestBytes).toBeLessThan(5_000_000);
    expect(excel.stats.syncs).toBeGreaterThan(1);
    // The last dossier is complete: its contacts table and the index row that links to it.
    const last = summary.created[199].sheet;
    expect((await dossierInputs(excel, last)).contacts).toBeDefined();
    expect(excel.inspect.sheet("KAM Dossiers").values().map((row) => row[0])).toContain(last);
  });
});
