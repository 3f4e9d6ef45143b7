/**
 * The dossier formulas computed by a real spreadsheet: the workbook is saved as .xlsx, LibreOffice
 * (headless, a fresh profile set to recalculate .xlsx files on load) converts every sheet to CSV
 * with cells as shown, and the dates must be the ones the articles' rules give, and the ones the
 * agenda computes in TypeScript.
 */
import { serialFromIso } from "../../../src/engine/calendar";
import { readAgenda } from "../../../src/excel/agenda";
import { createOrRefreshDossiers } from "../../../src/excel/dossier";
import { listValues } from "../../../src/excel/dossier-spec";
import { createHeadlessExcel } from "../../../src/headless";
import { saveXlsx } from "../../../src/headless/xlsx";
import { sheetsAsShown, soffice } from "../soffice";
import { baseSales, dossierInputs, LONG_NORTH, resultOf, typeInto, dossierRun } from "./helpers";

if (!soffice) console.warn("dossier recalculation test skipped: LibreOffice (soffice) is not installed; apt-get install -y libreoffice-calc");
const maybe = soffice ? describe : describe.skip;

maybe("dossier formulas recalculated by LibreOffice", () => {
  test("next contact (+10 / +14 days) and next review (+3 months) give the right dates, in the dossier and in the index, beside the last review", async () => {
    const excel = createHeadlessExcel();
    const created = new Date(2025, 0, 10);
    const english = await createOrRefreshDossiers(excel.run, resultOf(baseSales()), dossierRun({ lang: "en", today: created }));
    // A dossier made in Russian: its formulas compare with its own Russian list values.
    const russian = await createOrRefreshDossiers(excel.run, resultOf(baseSales()), dossierRun({ lang: "ru", today: created, picked: ["Small Co"] }));
    const big = english.created.find((ref) => ref.client === "Big Buyer Ltd")?.sheet as string;
    const north = english.created.find((ref) => ref.client === LONG_NORTH)?.sheet as string;
    const small = russian.created[0].sheet;

    const type = async (sheet: string, lang: "en" | "ru", contacts: [string, string, string?][], reviewed: string | null) => {
      const areas = await dossierInputs(excel, sheet);
      for (const [index, [date, outcome, person]] of contacts.entries()) {
        await typeInto(excel, sheet, areas.contacts.row + index, areas.contacts.column, [[serialFromIso(date), listValues("channel", lang)[0]]]);
        await typeInto(excel, sheet, areas.contacts.row + index, areas.contacts.column + 2, [[outcome]]);
        if (person) await typeInto(excel, sheet, areas.contacts.row + index, areas.contacts.column + 4, [[person]]);
      }
      if (reviewed) await typeInto(excel, sheet, areas.review.row, 2, [[serialFromIso(reviewed)]]);
    };
    // The decision group: a sponsor (the channel for urgent matters during a pause) and the decision maker.
    const [decisionMaker, , , , , sponsor, opponent] = listValues("role", "en");
    const [supporter, , opposed] = listValues("attitude", "en");
    const group = (await dossierInputs(excel, big)).decisionGroup;
    await typeInto(excel, big, group.row, group.column, [["Ann Sponsor", "Buyer", sponsor, supporter, 2]]);
    await typeInto(excel, big, group.row + 1, group.column, [["Bob Boss", "CEO", decisionMaker, supporter, 5]]);
    await typeInto(excel, big, group.row + 2, group.column, [["Dan Gate", "Purchasing", opponent, opposed, 3]]);
    const [positive, neutral, negative] = listValues("contactOutcome", "en");
    await type(
      big,
      "en",
      [
        ["2025-02-01", positive, "Bob Boss"],
        ["2025-02-20", negative, "Bob Boss"], // the pause runs to 2025-03-06
        ["2025-02-10", neutral], // before the negative one: not in a pause
        ["2025-02-25", positive, "Bob Boss"], // inside the pause, not with a supporter: flagged
        ["2025-02-26", neutral, "Ann Sponsor"], // inside the pause, through the sponsor: fine
        ["2025-03-06", positive, "Bob Boss"], // the day the pause ends: fine
      ],
      "2024-11-30",
    );
    const [, , negativeRu] = listValues("contactOutcome", "ru");
    await type(small, "ru", [["2025-02-20", negativeRu]], null);
    // Text typed in a date cell of the log (the sheet unprotected) does not undo the real contacts.
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem(big).protection.unprotect();
      await context.sync();
    });
    const log = (await dossierInputs(excel, big)).contacts;
    await typeInto(excel, big, log.row + 6, log.column, [["next week"]]);
    await typeInto(excel, big, log.row + 6, log.column + 2, [[positive]]);
    const plan = (await dossierInputs(excel, big)).plan;
    await typeInto(excel, big, plan.row + 1, 2, [[1000]]); // revenue target
    // Two reviews: no favourable answer (rung 1), then all six (rung 4).
    const reviews = (await dossierInputs(excel, big)).reviews;
    const [yes, no] = listValues("yesNo", "en");
    await typeInto(excel, big, reviews.row, 2, [[serialFromIso("2025-01-20"), serialFromIso("2025-04-20")]]);
    await typeInto(excel, big, reviews.row + 1, 2, [[yes, no], [no, yes], [no, yes], [no, yes], [yes, no], [no, yes]]);

    const sheets = sheetsAsShown(await saveXlsx(excel), { recalculate: true });
    const bigRows = sheets.get(big) as string[][];
    const contactsRow = (await dossierInputs(excel, big)).contacts.row;
    expect(bigRows.slice(contactsRow, contactsRow + 7).map((row) => row[4])).toEqual(["", "2025-03-06", "", "Inside a pause", "", "", ""]);
    // Each member's last contact, from the log.
    expect(bigRows.slice(group.row, group.row + 4).map((row) => row[7])).toEqual(["2025-02-26", "2025-03-06", "", ""]);
    // Influence summed by attitude, beside the group (what its chart draws).
    expect(bigRows.slice(group.row, group.row + 4).map((row) => row.slice(9, 11))).toEqual([["Attitude to us", "Influence (1-5)"], ["Supporter", "7"], ["Neutral", "0"], ["Opponent", "3"]]);
    // Coverage flags under them: a decision maker is named and supporters outnumber opponents here;
    // the small dossier's empty group has no decision maker.
    expect(bigRows[group.row + 4][9]).toBe("");
    const smallGroup = (await dossierInputs(excel, small)).decisionGroup;
    expect((sheets.get(small) as string[][])[smallGroup.row + 4][9]).toBe("не назван ЛПР; ");
    const reviewRow = (await dossierInputs(excel, big)).review.row;
    expect(bigRows[reviewRow + 1][2]).toBe("2025-02-28"); // EDATE(2024-11-30, 3): end of February
    // Plan against actual: the year of the data (2024: 300) against the target typed.
    expect(bigRows.slice(plan.row + 3, plan.row + 6).map((row) => row[2])).toEqual(["300.00", "", "30.0%"]);
    expect(bigRows[reviews.row + 7].slice(2, 5)).toEqual(["1 Ordinary supplier", "4 Trusted business partner", ""]);

    // The index speaks the last run's language (Russian here): found by the name that run gave it.
    const index = sheets.get(russian.indexSheet) as string[][];
    // Last review (as typed, empty until then), next review, next contact.
    const dates = (sheet: string) => index.find((row) => row[0] === sheet)?.slice(7, 10);
    expect(dates(big)).toEqual(["2024-11-30", "2025-02-28", "2025-03-16"]); // 10 days after the last positive contact
    expect(dates(small)).toEqual(["", "2025-04-10", "2025-03-06"]); // never reviewed: 3 months after creation
    expect(dates(north)).toEqual(["", "2025-04-10", "2025-01-20"]); // no contact yet: 10 days after creation

    // The agenda computes the same dates without a spreadsheet.
    const agenda = await readAgenda(excel.run, new Date(2030, 0, 1));
    for (const row of index.slice(1)) {
      const due = (kind: string) => agenda.find((item) => item.sheet === row[0] && item.kind === kind)?.dueIso;
      expect([row[0], due("review"), due("contact")]).toEqual([row[0], row[8], row[9]]);
    }
  }, 120_000);
});
