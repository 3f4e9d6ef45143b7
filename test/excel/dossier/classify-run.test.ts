/** Dossiers through "Classify clients" (classifyWorkbook), as the task pane runs it. */
import { serialFromYmd } from "../../../src/engine/calendar";
import { classifyWorkbook, type ClassifyOptions } from "../../../src/excel/classify-workbook";
import type { HeadlessExcel } from "../../../src/headless";
import { HEADER, salesRows, workbookWith, writeRows } from "../helpers";
import { dossierInputs, dossierRows, sheetValues, typeInto } from "./helpers";

async function classify(excel: HeadlessExcel, options: ClassifyOptions) {
  const outcome = await classifyWorkbook(excel.run, { now: new Date(2025, 0, 15), ...options });
  if (!outcome.ok) throw new Error("expected a run that goes through");
  return outcome.dossiers;
}

async function activate(excel: HeadlessExcel, sheet: string): Promise<void> {
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).activate();
    await context.sync();
  });
}

describe("Classify clients with dossiers", () => {
  test("creates dossiers for the key and picked clients, keeps what was typed while sales change, adds new key clients", async () => {
    const excel = await workbookWith([HEADER, ...salesRows()]);
    const first = await classify(excel, { dossiers: { picked: ["Hooli"] } });
    expect(first.created.map((ref) => ref.client).sort()).toEqual(["Acme", "Globex", "Hooli"]);
    expect(excel.inspect.sheets().map((sheet) => sheet.name)).toEqual(expect.arrayContaining(["Acme", "Globex", "Hooli", "KAM Dossiers", "KAM Clients"]));

    const general = (await dossierInputs(excel, "Acme")).general;
    await typeInto(excel, "Acme", general.row, general.column, [["Machine tools, 1,200 people"]]);
    let rows = 1 + salesRows().length;
    for (let month = 1; month <= 3; month++) {
      // Initech grows into a key client over the three runs.
      const extra = [["Initech", serialFromYmd(2025, month, 3), 20000, "Ann"]];
      await writeRows(excel.run, "Sales", extra, `A${rows + 1}`);
      rows += extra.length;
      // The manager is looking at a dossier when the next run starts.
      await activate(excel, "Acme");
      const again = await classify(excel, { dossiers: {} });
      expect(again.refreshed.map((ref) => ref.client)).toEqual(expect.arrayContaining(["Acme", "Globex", "Hooli"]));
      const values = await sheetValues(excel, "Acme");
      expect(values[general.row][general.column]).toBe("Machine tools, 1,200 people");
    }
    const index = excel.inspect.sheet("KAM Dossiers").values().map((row) => row[1]);
    expect(index).toContain("Initech");
    const figures = (await dossierRows(excel, "Acme")).figures;
    expect((await sheetValues(excel, "Acme"))[figures + 11].slice(2, 4)).toEqual(["2024-01", "2024-02"]);
  });

  test("without the option, a run creates no dossier but refreshes the ones the workbook has", async () => {
    const excel = await workbookWith([HEADER, ...salesRows()]);
    const plain = await classifyWorkbook(excel.run, { now: new Date(2025, 0, 15) });
    expect(plain.ok && plain.dossiers.created).toEqual([]);
    expect(excel.inspect.sheets().map((sheet) => sheet.name)).not.toContain("KAM Dossiers");

    await classify(excel, { dossiers: { picked: ["Hooli"] } });
    await writeRows(excel.run, "Sales", [["Hooli", serialFromYmd(2025, 1, 3), 200000, "Bob"]], `A${2 + salesRows().length}`);
    const again = await classify(excel, {});
    expect(again.created).toEqual([]);
    expect(again.refreshed.map((ref) => ref.client).sort()).toEqual(["Acme", "Globex", "Hooli"]);
    const figures = (await dossierRows(excel, "Hooli")).figures;
    expect((await sheetValues(excel, "Hooli"))[figures + 6][2]).toBe(excel.inspect.sheet("KAM Dossiers").values().find((row) => row[1] === "Hooli")?.[5]);
    expect((await sheetValues(excel, "Hooli"))[figures + 6][2]).toBe("mono-client");
  });
});
