/**
 * The pane's workbook actions (src/taskpane/actions.ts) on the headless Excel: what the buttons do
 * after a run, with the settings the team saved.
 */
import { DEFAULT_WORKBOOK_SETTINGS } from "../../src/excel/settings";
import { classifyWorkbook } from "../../src/excel/classify-workbook";
import { createActions } from "../../src/taskpane/actions";
import type { CellValue } from "../../src/engine/types";
import { loadXlsx, saveXlsx } from "../../src/headless/xlsx";
import { salesRows, workbookWith } from "../excel/helpers";

/** The helpers' sales with a profit column: a tenth of the amount, so revenue and profit figures differ. */
function salesWithProfit(): CellValue[][] {
  return [["Client", "Date", "Amount", "Manager", "Profit"], ...salesRows().map((row) => [...row, Math.round((row[2] as number) / 10)])];
}

async function classified(settings: Partial<typeof DEFAULT_WORKBOOK_SETTINGS>) {
  const excel = await workbookWith(salesWithProfit());
  const actions = createActions(excel.run, "en-US");
  await actions.saveSettings({ ...DEFAULT_WORKBOOK_SETTINGS, ...settings });
  const attempt = await actions.classify((await actions.loadSettings()).settings, () => undefined);
  if (!attempt.ok) throw new Error(`expected a run that goes through: ${JSON.stringify(attempt.failure)}`);
  return { excel, actions, view: attempt.view };
}

describe("Create dossiers after a run", () => {
  test("after a run by profit, the dossier shows the profit figure under a Profit label", async () => {
    const { excel, actions, view } = await classified({ analysis: { ...DEFAULT_WORKBOOK_SETTINGS.analysis, measure: "profit" } });
    // The run says what it read, so the pane shows it without reading the source again.
    expect(view.sourceInfo).toMatchObject({ sheet: "Sales", address: `Sales!A1:E${salesWithProfit().length}`, headers: ["Client", "Date", "Amount", "Manager", "Profit"] });
    expect(view.sourceInfo.detected?.columns).toMatchObject({ client: 0, date: 1, amount: 2, profit: 4 });
    const acme = view.result.clients.find((client) => client.client === "Acme");
    expect(acme?.measure).toBeGreaterThan(0);
    const summary = await actions.createDossiers(view, []);
    const sheet = summary.created.find((ref) => ref.client === "Acme")?.sheet as string;
    const rows = excel.inspect.sheet(sheet).values();
    const labelled = rows.flatMap((row) => row.flatMap((cell, column) => (cell === "Profit" ? [row[column + 1]] : [])));
    expect(labelled).toEqual([acme?.measure]);
    // The one "Revenue" left is the sales-per-period row, which is revenue whatever the measure.
    const revenueRows = rows.filter((row) => row.includes("Revenue"));
    expect(revenueRows).toHaveLength(1);
    expect(revenueRows[0].filter((cell) => typeof cell === "number")).toHaveLength(view.result.periods.length);
  });

  test("the team's 'protect dossiers' setting is honoured by the pane's button and by Classify", async () => {
    const { excel, actions, view } = await classified({ protectDossiers: false });
    const summary = await actions.createDossiers(view, []);
    expect(summary.created.length).toBeGreaterThan(0);
    for (const ref of summary.created) expect(excel.inspect.sheet(ref.sheet).protection().protected).toBe(false);
    // A later Classify refreshes the dossiers without protecting them either.
    const again = await actions.classify((await actions.loadSettings()).settings, () => undefined);
    expect(again.ok).toBe(true);
    for (const ref of summary.created) expect(excel.inspect.sheet(ref.sheet).protection().protected).toBe(false);

    const protectedRun = await classified({});
    const made = await protectedRun.actions.createDossiers(protectedRun.view, []);
    for (const ref of made.created) expect(protectedRun.excel.inspect.sheet(ref.sheet).protection().protected).toBe(true);
  });
});

describe("settings the validator refuses", () => {
  test("settings saved in the workbook with A above B stop Classify with the reason, and nothing is written", async () => {
    const excel = await workbookWith(salesWithProfit());
    const actions = createActions(excel.run, "en-US");
    await actions.saveSettings({ ...DEFAULT_WORKBOOK_SETTINGS, analysis: { ...DEFAULT_WORKBOOK_SETTINGS.analysis, a: 0.95, b: 0.8 } });
    const { settings: loaded } = await actions.loadSettings();
    expect(loaded.analysis).toMatchObject({ a: 0.95, b: 0.8 });
    const attempt = await actions.classify(loaded, () => undefined);
    expect(attempt.ok).toBe(false);
    if (attempt.ok || attempt.failure.kind !== "input") throw new Error("expected an input failure");
    expect(attempt.failure.error).toMatchObject({ code: "bad-settings", message: "a (0.95) must be below b (0.8)" });
    expect(excel.inspect.sheets().map((sheet) => sheet.name).filter((name) => name.startsWith("KAM ") && name !== "KAM Settings")).toEqual([]);
  });
});

test("a saved value that cannot be used is replaced by its default and said, and a run with no options refuses it", async () => {
  const excel = await workbookWith(salesWithProfit());
  const actions = createActions(excel.run, "en-US");
  // As a hand-edited or future-version settings sheet could hold it.
  await actions.saveSettings({ ...DEFAULT_WORKBOOK_SETTINGS, analysis: { ...DEFAULT_WORKBOOK_SETTINGS.analysis, measure: "volume" as "revenue", a: 0.7 } });
  const loaded = await actions.loadSettings();
  expect(loaded.settings.analysis).toMatchObject({ measure: "revenue", a: 0.7 });
  expect(loaded.replaced.map((problem) => problem.field)).toEqual(["measure"]);
  const outcome = await classifyWorkbook(excel.run, {});
  expect(outcome.ok).toBe(false);
  if (outcome.ok) return;
  expect(outcome.error.code).toBe("bad-settings");
  expect(outcome.error.message).toContain("measure");
  // The pane shows the defaults and passes them: what it runs with is what the person sees.
  const fromPane = await actions.classify(loaded.settings, () => undefined);
  expect(fromPane.ok).toBe(true);
});

describe("Dossiers by manager from the pane", () => {
  test("lists the dossiers' managers and delivers a workbook with only one manager's dossiers, index and KAM Health; the open workbook is untouched", async () => {
    const { excel, view } = await classified({});
    const delivered: { bytes: Uint8Array; title: string }[] = [];
    const actions = createActions(excel.run, "en-US", {
      delivery: "download",
      current: () => saveXlsx(excel),
      deliver: async (bytes, title) => void delivered.push({ bytes, title }),
    });
    expect(actions.managerDelivery).toBe("download");
    const summary = await actions.createDossiers(view, ["Hooli"]);
    const managerOf = new Map(salesRows().map((row) => [row[0] as string, row[3] as string]));
    const expected = new Map<string, string[]>();
    for (const ref of summary.created) expected.set(managerOf.get(ref.client) as string, [...(expected.get(managerOf.get(ref.client) as string) ?? []), ref.sheet]);
    expect(await actions.dossierManagers()).toEqual([...expected].map(([manager, sheets]) => ({ manager, dossiers: sheets.length })).sort((a, b) => a.manager.localeCompare(b.manager)));

    const before = excel.inspect.sheets().map((sheet) => sheet.name);
    await actions.deliverManagerWorkbook(view, "Bob");
    expect(delivered.map((file) => file.title)).toEqual(["Bob"]);
    const bob = await loadXlsx(delivered[0].bytes);
    const visible = bob.inspect.sheets().filter((sheet) => sheet.visibility === "Visible").map((sheet) => sheet.name);
    expect(visible.sort()).toEqual([...(expected.get("Bob") ?? []), "KAM Dossiers", "KAM Health"].sort());
    expect(bob.inspect.sheet("KAM Health").values().slice(1).map((row) => row[2])).toEqual((expected.get("Bob") ?? []).map(() => "Bob"));
    expect(JSON.stringify(bob.inspect.sheet("KAM Dossiers").values())).not.toContain("#REF!");
    // The team's workbook keeps every sheet.
    expect(excel.inspect.sheets().map((sheet) => sheet.name)).toEqual(before);
  });

  test("a host that cannot give the workbook as a file says so instead of offering the button", async () => {
    const { excel, view } = await classified({});
    const actions = createActions(excel.run, "en-US");
    expect(actions.managerDelivery).toBeNull();
    await expect(actions.deliverManagerWorkbook(view, "Ann")).rejects.toThrow("cannot make a workbook");
  });
});
