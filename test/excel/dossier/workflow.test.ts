/**
 * The dossier as a manager works with it (issue: the working dossier): the contacts rhythm and
 * pause of the Lithuanian article on both sides of each boundary, overdue actions, KAM Health for
 * a constructed set of dossiers, dossiers for every kind of key client, and a dossier made by
 * layout 1 brought to layout 2 without losing anything typed.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { serialFromIso } from "../../../src/engine/calendar";
import { classify } from "../../../src/engine/classify";
import { readSales } from "../../../src/engine/read";
import { DEFAULT_ANALYSIS_SETTINGS, DEFAULT_READ_SETTINGS, type ClientResult } from "../../../src/engine/types";
import { yearEarlierIndexes } from "../../../src/excel/dossier-figures";
import { agendaOf, contactRhythm } from "../../../src/excel/agenda";
import { createOrRefreshDossiers } from "../../../src/excel/dossier";
import type { DossierReadBack } from "../../../src/excel/dossier-parse";
import { DEFAULT_DOSSIER_RULES, DOSSIER_LAYOUT_VERSION, META, templateRows } from "../../../src/excel/dossier-spec";
import { healthOf } from "../../../src/excel/health";
import { createHeadlessExcel } from "../../../src/headless";
import { loadXlsx } from "../../../src/headless/xlsx";
import { baseSales, dossierInputs, dossierRows, dossierRun, resultOf, sheetValues, typeInto } from "./helpers";
import { listValues } from "../../../src/excel/dossier-spec";
import { clientsPlan } from "../../../src/excel/layout/clients";
import { LANGUAGES } from "../../../src/i18n/core";
import { layoutInput } from "../layout-input";

const day = (iso: string) => serialFromIso(iso);
const CREATED = day("2025-01-10");

/** A dossier read back with only what a test sets. */
function dossier(fill: Partial<DossierReadBack> = {}): DossierReadBack {
  return {
    rows: templateRows(),
    key: "acme",
    lang: "en",
    name: "Acme",
    manager: "Ann",
    created: CREATED,
    everKey: true,
    lastReviewed: null,
    contacts: [],
    members: [],
    actions: [],
    lastDeal: null,
    competitors: 0,
    reviews: [],
    ladder: null,
    satisfaction: null,
    complaints: "",
    typed: new Set(),
    ...fill,
  };
}

const contact = (iso: string, outcome: "positive" | "neutral" | "negative", person = "") => ({ date: day(iso), outcome, person, row: 0 });
const agendaKinds = (readBack: DossierReadBack, today: string, rules = DEFAULT_DOSSIER_RULES) => agendaOf([{ sheet: "Acme", readBack }], day(today), rules).map((item) => [item.kind, item.dueIso]);

describe("the contacts rhythm (a positive contact at least every 10 days; 14 days' pause after a negative one)", () => {
  test("day 10 after a positive contact is due, day 11 is overdue", () => {
    const readBack = dossier({ contacts: [contact("2025-02-01", "positive")] });
    expect(contactRhythm(readBack, DEFAULT_DOSSIER_RULES).nextContact).toBe(day("2025-02-11"));
    expect(agendaKinds(readBack, "2025-02-11")).toEqual([]);
    expect(agendaKinds(readBack, "2025-02-12")).toEqual([["contact", "2025-02-11"]]);
  });

  test("a neutral contact does not reset the count, unless the rules say so", () => {
    const readBack = dossier({ contacts: [contact("2025-02-01", "positive"), contact("2025-02-08", "neutral")] });
    expect(contactRhythm(readBack, DEFAULT_DOSSIER_RULES).nextContact).toBe(day("2025-02-11"));
    expect(contactRhythm(readBack, { ...DEFAULT_DOSSIER_RULES, neutralResets: true }).nextContact).toBe(day("2025-02-18"));
    // Only neutral contacts: the count runs from the dossier's creation.
    expect(contactRhythm(dossier({ contacts: [contact("2025-01-15", "neutral")] }), DEFAULT_DOSSIER_RULES).nextContact).toBe(CREATED + 10);
  });

  test("after a negative contact personal contact pauses 14 days; a positive one after it restarts the count", () => {
    const negative = dossier({ contacts: [contact("2025-02-01", "positive"), contact("2025-02-05", "negative")] });
    expect(contactRhythm(negative, DEFAULT_DOSSIER_RULES)).toEqual({ nextContact: day("2025-02-19"), pauseEnds: day("2025-02-19") });
    // Inside the pause nothing is overdue (the day-10 count of the positive contact gives way to the pause) ...
    expect(agendaKinds(negative, "2025-02-12")).toEqual([]);
    expect(agendaKinds(negative, "2025-02-19")).toEqual([]);
    // ... and the day after it ends, the contact is.
    expect(agendaKinds(negative, "2025-02-20")).toEqual([["contact", "2025-02-19"]]);
    const after = dossier({ contacts: [...negative.contacts, contact("2025-02-19", "positive")] });
    expect(contactRhythm(after, DEFAULT_DOSSIER_RULES).nextContact).toBe(day("2025-03-01"));
  });
});

describe("actions", () => {
  test("an open action is overdue the day after its due date; done and dropped ones never", () => {
    const action = (status: DossierReadBack["actions"][number]["status"]) => ({ text: `Call (${status})`, owner: "Ann", due: day("2025-02-10"), status, row: 0 });
    const readBack = dossier({ contacts: [contact("2025-02-09", "positive")], actions: [action("open"), action("inProgress"), action(null), action("done"), action("dropped")] });
    expect(agendaOf([{ sheet: "Acme", readBack }], day("2025-02-10"))).toEqual([]);
    const overdue = agendaOf([{ sheet: "Acme", readBack }], day("2025-02-11"));
    expect(overdue.map((item) => [item.kind, item.action, item.daysOverdue, item.manager])).toEqual([
      ["action", "Call (open)", 1, "Ann"],
      ["action", "Call (inProgress)", 1, "Ann"],
      ["action", "Call (null)", 1, "Ann"],
    ]);
  });
});

describe("KAM Health", () => {
  const today = day("2025-03-01");
  const member = (name: string, role: DossierReadBack["members"][number]["role"], attitude: DossierReadBack["members"][number]["attitude"]) => ({ name, role, attitude });
  const wellKept = dossier({
    lastReviewed: day("2025-02-01"),
    contacts: [contact("2025-02-25", "positive", "Bob Boss"), contact("2025-02-20", "positive", "Ann Sponsor")],
    members: [member("Bob Boss", "decisionMaker", "supporter"), member("Ann Sponsor", "sponsor", "supporter")],
    ladder: "partner",
    satisfaction: "satisfied",
    lastDeal: "won",
  });

  test("a dossier with nothing to act on is green", () => {
    const row = healthOf({ sheet: "Acme", readBack: wellKept }, today, DEFAULT_DOSSIER_RULES);
    expect([row.status, row.reasons]).toEqual(["green", []]);
    expect([row.decisionMaker, row.supporters, row.opponents, row.withoutRole, row.quiet]).toEqual([true, 2, 0, 0, []]);
  });

  test("amber: no decision maker, people without a role, complaints, an ordinary supplier, a lost deal, members not contacted, a pause", () => {
    const readBack = dossier({
      ...wellKept,
      contacts: [...wellKept.contacts, contact("2025-02-27", "negative", "Bob Boss")],
      members: [member("Bob Boss", "economic", "supporter"), member("Ann Sponsor", "sponsor", "supporter"), member("Cy Quiet", null, "neutral")],
      complaints: "Late delivery in January",
      ladder: "ordinary",
      lastDeal: "lost",
    });
    const row = healthOf({ sheet: "Acme", readBack }, today, DEFAULT_DOSSIER_RULES);
    expect(row.status).toBe("amber");
    expect(row.reasons.map((reason) => [reason.text, reason.params])).toEqual([
      ["reasonNoDecisionMaker", undefined],
      ["reasonNoRole", { count: 1 }],
      ["reasonComplaints", undefined],
      ["reasonOrdinary", undefined],
      ["reasonLostDeal", undefined],
      ["reasonNotContacted", { days: 30, names: "Cy Quiet" }],
      ["reasonPaused", { date: "2025-03-13" }],
    ]);
  });

  test("red: contact, review and actions overdue, opponents outnumbering supporters, a dissatisfied client", () => {
    const readBack = dossier({
      lastReviewed: day("2024-11-01"),
      contacts: [contact("2025-02-01", "positive", "Bob Boss")],
      members: [member("Bob Boss", "decisionMaker", "opponent"), member("Dan Gate", "gatekeeper", "opponent"), member("Ann Sponsor", "sponsor", "supporter")],
      actions: [{ text: "Send the offer", owner: "Ann", due: day("2025-02-20"), status: "open", row: 0 }],
      satisfaction: "veryDissatisfied",
    });
    const row = healthOf({ sheet: "Acme", readBack }, today, { ...DEFAULT_DOSSIER_RULES, quietDays: 60 });
    expect(row.status).toBe("red");
    expect(row.reasons.filter((reason) => reason.level === "red").map((reason) => [reason.text, reason.params])).toEqual([
      ["reasonContact", { days: 18 }],
      ["reasonReview", { days: 0 + (today - day("2025-02-01")) }],
      ["reasonActions", { count: 1 }],
      ["reasonOpponents", undefined],
      ["reasonDissatisfied", undefined],
    ]);
  });

  test("the sheet: one row per dossier, red first, with its reasons in words", async () => {
    const excel = createHeadlessExcel();
    const result = resultOf(baseSales(), { "Big Buyer Ltd": "Ann", "Small Co": "Bob" });
    const summary = await createOrRefreshDossiers(excel.run, result, dossierRun({ lang: "en", today: new Date(2025, 0, 10) }));
    const big = summary.created.find((ref) => ref.client === "Big Buyer Ltd")?.sheet as string;
    const again = await createOrRefreshDossiers(excel.run, result, dossierRun({ lang: "en", today: new Date(2025, 1, 1) }));
    expect(again.healthSheet).toBe("KAM Health");
    const values = await sheetValues(excel, again.healthSheet);
    expect(values[0].slice(0, 5)).toEqual(["Dossier", "Client", "Manager", "Health", "Why"]);
    // Nothing typed yet: every dossier is red (the first contact was due 10 days after creation).
    const bigRow = values.find((row) => row[0] === big) as unknown[];
    expect(bigRow.slice(1, 5)).toEqual(["Big Buyer Ltd", "Ann", "Red", "contact overdue by 12 days; no decision maker named"]);
    expect(values.length - 1).toBe(again.refreshed.length);
    expect(excel.inspect.sheet(again.healthSheet).tables().map((table) => table.name)).toEqual(["KAM_Health"]);
  });
});

describe("perception and satisfaction reviews, dated", () => {
  test("each review's answers suggest a rung; KAM Health shows the trajectory and the latest satisfaction", async () => {
    const excel = createHeadlessExcel();
    const result = resultOf(baseSales());
    const summary = await createOrRefreshDossiers(excel.run, result, dossierRun({ lang: "en", today: new Date(2025, 0, 10), protect: false }));
    const sheet = summary.created.find((ref) => ref.client === "Big Buyer Ltd")?.sheet as string;
    const grid = (await dossierInputs(excel, sheet)).reviews;
    const [yes, no] = listValues("yesNo", "en");
    const satisfied = listValues("satisfaction", "en");
    // Column by column: date, six answers, (the suggested rung), satisfaction, complaints.
    const review = (date: string, answers: string[], satisfaction: string, complaints: string) => [day(date), ...answers, null, satisfaction, complaints];
    const first = review("2025-01-20", [yes, no, no, no, yes, no], satisfied[3], "Late delivery"); // nothing favourable: rung 1
    const second = review("2025-04-20", [no, yes, yes, yes, yes, no], satisfied[1], ""); // four favourable: rung 3
    for (const [offset, values] of [first, second].entries()) for (const [row, value] of values.entries()) if (value !== null) await typeInto(excel, sheet, grid.row + row, grid.column + offset, [[value]]);
    const again = await createOrRefreshDossiers(excel.run, result, dossierRun({ lang: "en", today: new Date(2025, 4, 1), protect: false }));
    const row = again.health.find((health) => health.sheet === sheet);
    expect([row?.rungs, row?.satisfaction, row?.complaints, row?.ladder]).toEqual([[1, 3], "satisfied", "", "partner"]);
    // Every review column's rung is a formula over that column's answers and the sheet's own lists.
    expect(excel.inspect.sheet(sheet).cell(grid.row + 7, grid.column + 1).formula).toMatch(/^=IF\(COUNTA\(D\d+:D\d+\)=0,"",INDEX\(\$B\$\d+:\$E\$\d+,1,/);
  });
});

describe("figures a manager reads first", () => {
  test("sales per period beside the same period a year earlier, drawn as a trend", async () => {
    const rows: [string, string, number][] = [];
    for (const [month, amount] of [["2023-11", 10], ["2023-12", 20], ["2024-01", 30], ["2024-11", 40], ["2024-12", 50]] as const) rows.push(["Acme", `${month}-15`, amount]);
    const sales = readSales(["Client", "Date", "Amount"], rows, DEFAULT_READ_SETTINGS);
    const result = classify(sales.data, DEFAULT_ANALYSIS_SETTINGS, sales.skipped);
    expect(yearEarlierIndexes(result.periods).slice(-2)).toEqual([0, 1]); // 2024-11 -> 2023-11, 2024-12 -> 2023-12
    const excel = createHeadlessExcel();
    const summary = await createOrRefreshDossiers(excel.run, result, dossierRun({ lang: "en", today: new Date(2025, 0, 10), picked: ["Acme"] }));
    const sheet = summary.created[0].sheet;
    const dossierAt = await dossierRows(excel, sheet);
    const values = await sheetValues(excel, sheet);
    const [labels, sums, earlier] = [11, 12, 13].map((offset) => values[dossierAt.figures + offset].slice(1, 16));
    expect(labels.slice(0, 2)).toEqual(["Period", "2023-11"]);
    expect(labels[14]).toBe("2024-12");
    expect(sums[14]).toBe(50);
    expect([earlier[0], earlier[13], earlier[14], earlier[1]]).toEqual(["A year earlier", 10, 20, ""]);
    // Three rows (periods, sales, a year earlier) across the label column and the 14 months.
    const row = dossierAt.figures + 12;
    expect(excel.inspect.sheet(sheet).charts().filter((chart) => chart.type === "Line").map((chart) => chart.source)).toEqual([`Acme!B${row}:P${row + 2}`]);
  });
});

describe("dossiers for every kind of key client", () => {
  test("the four key types are explained where they are picked, in every language, within what Excel's prompt holds", () => {
    for (const lang of LANGUAGES) {
      const plan = clientsPlan(layoutInput({ lang }));
      const keyType = plan.validations.find((validation) => validation.prompt !== undefined);
      expect(keyType?.kind).toBe("list");
      const message = keyType?.prompt?.message ?? "";
      expect(message.length).toBeLessThanOrEqual(255);
      expect(keyType?.prompt?.title.length).toBeLessThanOrEqual(32);
      // Each of the four types is named in the explanation, in the words the drop-down offers.
      if (keyType?.kind === "list") for (const value of keyType.values) expect(message.toLowerCase()).toContain(value.toLowerCase());
    }
  });

  test("clients given a key type (prospective, image-maker, expert) get a dossier like the key clients", async () => {
    const excel = createHeadlessExcel();
    const base = resultOf(baseSales());
    const typed: Record<string, ClientResult["keyType"]> = { "Tail client 1": "prospective", "Tail client 2": "image-maker", "Tail client 3": "expert" };
    const result = { ...base, clients: base.clients.map((client) => ({ ...client, keyType: typed[client.client] ?? client.keyType })) };
    const summary = await createOrRefreshDossiers(excel.run, result, dossierRun({ lang: "en", today: new Date(2025, 0, 10) }));
    const keyByShare = base.clients.filter((client) => client.dependency !== "none").map((client) => client.client);
    expect(summary.created.map((ref) => ref.client).sort()).toEqual([...keyByShare, ...Object.keys(typed)].sort());
    // Not marked "no longer key" on the next run: a person made them key.
    const again = await createOrRefreshDossiers(excel.run, result, dossierRun({ lang: "en", today: new Date(2025, 0, 11) }));
    expect(again.noLongerKey).toEqual([]);
  });
});

describe("a key holding", () => {
  test("gets a dossier of its own: the holding's figures summed over its companies, which it lists; refreshed like any dossier", async () => {
    // Two small companies of one holding that is key together (12% + 9%), beside key and tail clients.
    const rows: (string | number)[][] = [];
    const sales: [string, number, string][] = [["Big Buyer Ltd", 300, ""], ["Acme North", 120, "Acme Group"], ["Acme South", 90, "Acme Group"], ["Mid Co", 60, ""]];
    for (let i = 1; i <= 12; i++) sales.push([`Tail client ${i}`, 36, ""]);
    for (const [client, amount, group] of sales) rows.push([client, "2024-11-15", amount / 2, "Ann", group], [client, "2024-12-15", amount / 2, client === "Acme South" ? "Bob" : "Ann", group]);
    const read = readSales(["Client", "Date", "Amount", "Manager", "Group"], rows, DEFAULT_READ_SETTINGS);
    const result = classify(read.data, DEFAULT_ANALYSIS_SETTINGS, read.skipped);
    const group = result.groups.find((holding) => holding.group === "Acme Group");
    expect(group?.dependency).not.toBe("none");
    const excel = createHeadlessExcel();
    const summary = await createOrRefreshDossiers(excel.run, result, dossierRun({ lang: "en", today: new Date(2025, 0, 10) }));
    const ref = summary.created.find((created) => created.client === "Acme Group");
    expect(ref?.sheet).toBe("Acme Group");
    const at = await dossierRows(excel, "Acme Group");
    const values = await sheetValues(excel, "Acme Group");
    expect(values[0][1]).toBe("Dossier: Acme Group");
    // The companies, biggest first, with their share and class.
    const north = result.clients.find((client) => client.client === "Acme North") as ClientResult;
    const south = result.clients.find((client) => client.client === "Acme South") as ClientResult;
    expect(values[at.figures - 2][1]).toBe(`Companies of the holding: Acme North (${(north.share * 100).toFixed(1)}%, ${north.abcxyz}), Acme South (${(south.share * 100).toFixed(1)}%, ${south.abcxyz})`);
    // Left-hand figures: manager (the biggest company's), the holding's measure and share; no rank or class of its own.
    const figure = (index: number) => values[at.figures + 1 + index][2];
    expect([figure(0), figure(1), figure(2), figure(3), figure(4)]).toEqual(["Ann", 210, group?.share, "", ""]);
    expect(values[at.figures + 12].slice(2, 4)).toEqual([105, 105]); // sales per period, both companies
    // The index lists it with its figures; a second run refreshes it and makes no second one.
    const index = await sheetValues(excel, summary.indexSheet);
    expect(index.find((row) => row[0] === "Acme Group")?.slice(1, 4)).toEqual(["Acme Group", "Ann", 210]);
    const again = await createOrRefreshDossiers(excel.run, result, dossierRun({ lang: "en", today: new Date(2025, 0, 11) }));
    expect(again.created).toEqual([]);
    expect(again.refreshed.map((refreshed) => refreshed.sheet)).toContain("Acme Group");
    expect(again.notInData).toEqual([]);
  });
});

describe("a dossier made by layout 1", () => {
  // Made by the add-in as it was at commit fd53331 (layout 1): a dossier for Big Buyer Ltd with a
  // decision-group member (and the typed "Last contact" layout 1 had), two contacts, a
  // description and a review date typed.
  const fixture = path.join(__dirname, "..", "fixtures", "dossier-layout-1.xlsx");

  test("gets sections 11-12 and the new columns on the next run; everything typed stays where it was", async () => {
    const excel = await loadXlsx(fs.readFileSync(fixture));
    const sheet = "Big Buyer Ltd";
    const before = await sheetValues(excel, sheet);
    const summary = await createOrRefreshDossiers(excel.run, resultOf(baseSales()), dossierRun({ lang: "en", today: new Date(2025, 2, 1) }));
    expect(summary.upgraded).toContain(sheet);
    expect(summary.damaged).toEqual([]);
    const after = await sheetValues(excel, sheet);
    const rows = await dossierRows(excel, sheet);
    expect(rows.upgradeFrom).toBeNull();
    expect(after[rows.meta][META.version]).toBe(DOSSIER_LAYOUT_VERSION);
    // Every typed cell of layout 1 is there, unchanged, in the same place.
    const areas = await dossierInputs(excel, sheet);
    const group = areas.decisionGroup;
    expect(after[group.row].slice(1, 7)).toEqual(before[group.row].slice(1, 7));
    expect(after[group.row][6]).toBe(day("2025-01-05")); // the typed last contact of layout 1
    expect(after[areas.general.row][2]).toBe("Makes widgets");
    expect(after[areas.review.row][2]).toBe(day("2025-01-31"));
    for (const offset of [0, 1]) expect(after[areas.contacts.row + offset].slice(1, 4)).toEqual(before[areas.contacts.row + offset].slice(1, 4));
    // The new columns and sections, below what was there.
    expect(after[areas.contacts.row - 1].slice(1, 8)).toEqual(["Date", "Channel", "Outcome", "Pause / check", "With whom", "Topic", "Next step"]);
    expect(after[group.row - 1][7]).toBe("Last contact (from the contacts log)");
    expect(rows.sections.plan).toBeGreaterThanOrEqual(before.length);
    expect(after[rows.sections.plan][1]).toBe("11. Account plan");
    expect(after[rows.sections.actions][1]).toBe("12. Actions");
    const formulas = excel.inspect.sheet(sheet);
    expect(formulas.cell(areas.contacts.row + 1, 4).formula).toMatch(/^=IF\(NOT\(ISNUMBER\(B/);
    expect(formulas.cell(group.row, 7).formula).toMatch(/^=IF\(B\d+="",""/);
    // A second run finds layout 2 and adds nothing more.
    // (Unprotected, so that a manager can type over a computed cell below.)
    const again = await createOrRefreshDossiers(excel.run, resultOf(baseSales()), dossierRun({ lang: "en", today: new Date(2025, 2, 2), protect: false }));
    expect(again.upgraded).toEqual([]);
    expect((await sheetValues(excel, sheet)).length).toBe(after.length);
    // A computed cell a manager typed over stays as typed.
    await typeInto(excel, sheet, areas.contacts.row + 2, 4, [["my note"]]);
    await createOrRefreshDossiers(excel.run, resultOf(baseSales()), dossierRun({ lang: "en", today: new Date(2025, 2, 3), protect: false }));
    expect((await sheetValues(excel, sheet))[areas.contacts.row + 2][4]).toBe("my note");
  });
});
