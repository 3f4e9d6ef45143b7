/**
 * The playground in a real browser: the built page, the pane on the headless workbook, the
 * preview. Needs Debian's chromium at /usr/bin/chromium (.ci/run installs it).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { rectAddress } from "../../src/a1";
import { run } from "../../src/cli/run";
import { CHROMIUM_PATH, buildWebBundles, launchChromium, repoRoot, screenshotDir, serveFolder, type StaticServer } from "./harness";
import { writeBigSales } from "./big-sales";

const hasChromium = fs.existsSync(CHROMIUM_PATH);
if (!hasChromium) console.warn(`browser tests skipped: ${CHROMIUM_PATH} is missing (apt-get install -y chromium)`);
const maybe = hasChromium ? describe : describe.skip;

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Sales with two bad rows: sheet row 4 has a word for an amount, row 6 no client. */
const BAD_ROWS = [
  ["Client", "Date", "Amount"],
  ["Acme", "2024-01-05", 100],
  ["Globex", "2024-02-05", 250],
  ["Acme", "2024-03-05", "lots"],
  ["Initech", "2024-03-07", 80],
  ["", "2024-04-01", 40],
];

/** Good sales under headers no language of the add-in recognises. */
const UNNAMED_HEADERS = [
  ["Wer", "Wann", "Wie viel"],
  ["Acme", "2024-01-05", 100],
  ["Globex", "2024-02-05", 250],
  ["Initech", "2024-03-07", 80],
];

async function workbookOf(rows: (string | number)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("Sales").addRows(rows);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Good sales as CSV text (semicolons, as Excel saves them in much of Europe); client "007" is an id. */
const GOOD_CSV = "Client;Date;Amount\r\n007;2024-01-05;100\r\nGlobex;2024-02-05;250\r\nInitech;2024-03-07;80\r\n";

/** The same sales as cells copied in Excel: tab-separated lines. */
const COPIED_CELLS = "Client\tDate\tAmount\nAcme\t2024-01-05\t100\nGlobex\t2024-02-05\t250\nInitech\t2024-03-07\t80\nUmbrella\t2024-03-09\t20\n";

/** Runs the command line in-process on a file; its --json report. */
async function classifyWithCli(file: string): Promise<{ status: number; stderr: string; report: { clients: unknown[] } | null }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kam-cli-"));
  let stderr = "";
  const out = path.join(dir, "out.json");
  const sink = { write: () => true };
  const status = await run(["classify", file, "--json", out], { stdout: sink, stderr: { write: (text: string) => (stderr += text) }, cwd: dir });
  const report = fs.existsSync(out) ? (JSON.parse(fs.readFileSync(out, "utf8")) as { clients: unknown[] }) : null;
  fs.rmSync(dir, { recursive: true, force: true });
  return { status, stderr, report };
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

maybe("playground in chromium", () => {
  let outDir: string;
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const externalRequests: string[] = [];

  beforeAll(async () => {
    outDir = await buildWebBundles();
    server = await serveFolder(outDir);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: "en-US" });
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    // The playground must work offline: requests that leave 127.0.0.1 are refused and recorded.
    await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => {
      externalRequests.push(route.request().url());
      return route.abort();
    });
    fs.mkdirSync(screenshotDir, { recursive: true });
    await page.goto(server.url);
    await page.getByRole("tab").first().waitFor();
    expect(pageErrors).toEqual([]);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
  });

  const shot = (name: string): Promise<Buffer> => page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: false });
  const tabNames = (): Promise<string[]> => page.getByRole("tab").allInnerTexts();

  test("loads the sample workbook beside the pane without office.js", async () => {
    expect(await page.locator("script[src*='office.js']").count()).toBe(0);
    expect(await tabNames()).toHaveLength(1);
    // What Classify will read is shown before it runs.
    await page.getByText(/^Found a list of sales in Sales!A1:G\d+: [\d,]+ rows\.$/).waitFor();
    await expect(page.locator("td", { hasText: /\S/ }).first().isVisible()).resolves.toBe(true);
    await shot("01-loaded");

    // Thousands of rows scroll to the end, with only the rows in view in the page.
    const grid = page.getByRole("tabpanel");
    const shown = await page.getByText(/^Rows 1–\d+ of [\d,]+$/).innerText();
    const lastRow = (/of ([\d,]+)$/.exec(shown)?.[1] ?? "").replace(/,/g, "");
    expect(Number(lastRow)).toBeGreaterThan(3000);
    await grid.evaluate((element) => (element.scrollTop = element.scrollHeight));
    await grid.getByRole("rowheader", { name: lastRow, exact: true }).waitFor();
    expect(await grid.locator("tbody tr").count()).toBeLessThan(150);
    await grid.evaluate((element) => (element.scrollTop = 0));
  });

  test("Classify clients shows the results in the pane and the new sheets in the preview", async () => {
    const before = await tabNames();
    await page.getByRole("button", { name: "Classify clients" }).click();
    await page.getByRole("heading", { name: "Results" }).waitFor({ timeout: 60_000 });
    const after = await tabNames();
    expect(after.length).toBeGreaterThan(before.length);

    // The 3x3 grid's counts add up to the number of clients the summary names.
    const counts = await page.locator("td[data-cell]").allInnerTexts();
    expect(counts).toHaveLength(9);
    const summary = await page.locator("section[aria-labelledby=kam-results-title]").getByText(/\d+ clients, total/).innerText();
    const clients = Number(/([\d,]+) clients/.exec(summary)?.[1].replace(/,/g, ""));
    expect(counts.reduce((sum, text) => sum + Number(text.replace(/,/g, "")), 0)).toBe(clients);
    expect(await page.getByRole("list", { name: "Key clients" }).getByRole("listitem").count()).toBeGreaterThan(0);
    // Screen readers hear the outcome.
    const [, clientsText, totalText] = /^([\d,]+) clients, total ([\d,]*\d)/.exec(summary) ?? [];
    expect(await page.locator("[role=status][aria-live=polite]").first().innerText()).toBe(`Results: ${clientsText} clients, total ${totalText}.`);
    await shot("02-classified");

    // A sheet link in the pane opens that sheet.
    await page.getByRole("button", { name: "Open sheet KAM Summary" }).click();
    await page.getByRole("tab", { name: "KAM Summary", selected: true }).waitFor();
  });

  test("each result sheet, opened as a person opens it, shows what it is for without scrolling", async () => {
    const grid = page.getByRole("tabpanel");
    /** Whether an element lies wholly inside the grid's visible part (the sheet as it opens, unscrolled). */
    const inView = async (locator: ReturnType<Page["locator"]>): Promise<boolean> => {
      const [box, view] = await Promise.all([locator.boundingBox(), grid.boundingBox()]);
      return box !== null && view !== null && box.x >= view.x && box.y >= view.y && box.x + box.width <= view.x + view.width && box.y + box.height <= view.y + view.height;
    };
    const open = async (name: string) => {
      await page.getByRole("tab", { name, exact: true }).click();
      await page.getByRole("tab", { name, selected: true }).waitFor();
      await grid.evaluate((element) => element.scrollTo(0, 0));
    };
    const fillOf = (locator: ReturnType<Page["locator"]>) => locator.evaluate((element) => getComputedStyle(element).backgroundColor);
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)).join(", ")})`;
    const sheets = (await tabNames()).filter((name) => name.startsWith("KAM "));
    expect(sheets).toEqual(expect.arrayContaining(["KAM Clients", "KAM Matrix", "KAM Summary", "KAM Win-back"]));
    for (const name of sheets) {
      await open(name);
      // Every sheet opens on its content: its first text in view, top left.
      await expect(inView(grid.locator("td", { hasText: /\S/ }).first())).resolves.toBe(true);
      if (name === "KAM Clients") {
        // The legend and the table's header are in view, each legend entry on the colour it explains, its words unclipped.
        await expect(inView(grid.locator("td", { hasText: /^Legend$/ }))).resolves.toBe(true);
        await expect(inView(grid.locator("td", { hasText: /^Client$/ }))).resolves.toBe(true);
        for (const [start, fill] of [["A: the top clients", "#77AADD"], ["X: buys steadily", "#44BB99"], ["critical: more than", "#EC7014"], ["Yellow columns are yours", "#EEEEBB"]]) {
          const entry = grid.locator("td", { hasText: new RegExp(`^${start}`) });
          await expect(inView(entry)).resolves.toBe(true);
          await expect(fillOf(entry)).resolves.toBe(rgb(fill));
          const text = entry.locator("span");
          await expect(text.evaluate((element) => element.scrollWidth <= element.clientWidth)).resolves.toBe(true);
        }
      }
      if (name === "KAM Matrix") {
        // The 3x3 grid is coloured by share: several fills in view, none of them the grid's white.
        const fills = await grid.locator("td").evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell).backgroundColor));
        expect(new Set(fills.filter((fill) => fill !== "rgb(255, 255, 255)")).size).toBeGreaterThanOrEqual(4);
        await expect(inView(grid.locator("td", { hasText: /^ABC-XYZ matrix/ }).first())).resolves.toBe(true);
      }
      if (name === "KAM Summary") await expect(inView(grid.locator("td", { hasText: /^At a glance$/ }))).resolves.toBe(true);
      await shot(`sheet-${name.replace(/\W+/g, "-")}`);
    }
  });

  test("creates dossier sheets for the key clients", async () => {
    const before = await tabNames();
    await page.getByRole("button", { name: "Create dossiers for all key clients" }).click();
    await page.getByText(/Dossiers created: \d+/).waitFor({ timeout: 60_000 });
    const message = await page.getByText(/Dossiers created/).innerText();
    const created = Number(/Dossiers created: (\d+)/.exec(message)?.[1]);
    expect(message).toMatch(/^Dossiers created: [1-9]\d*; updated: 0\.$/);
    expect((await tabNames()).length).toBeGreaterThanOrEqual(before.length + created);
    // A dossier's note runs over the empty cells after it, and still shows, as in Excel, once the grid has
    // scrolled its own column out of view (the preview draws only the columns in view, and the cells text runs in from).
    const dossier = (await tabNames()).find((name) => !before.includes(name) && !name.startsWith("KAM")) ?? "";
    await page.getByRole("tab", { name: dossier, exact: true }).click();
    const grid = page.getByRole("tabpanel");
    await grid.getByText(/^Yellow cells are yours to fill in/).waitFor();
    await grid.evaluate((element) => (element.scrollLeft = 700));
    await expect(grid.evaluate((element) => element.scrollLeft)).resolves.toBeGreaterThan(600);
    await page.waitForFunction(() => {
      const grid = document.querySelector("[role=tabpanel]");
      const text = [...(grid?.querySelectorAll("td span") ?? [])].find((span) => span.textContent?.startsWith("Yellow cells are yours to fill in"));
      if (!grid || !text) return false;
      const [shown, view] = [text.getBoundingClientRect(), grid.getBoundingClientRect()];
      return shown.right > view.left + 100 && shown.left < view.right;
    });
    await grid.evaluate((element) => (element.scrollLeft = 0));
    // New dossiers are due for review in three months: the agenda read back from them is clear.
    await page.getByRole("button", { name: "Check the agenda" }).click();
    await page.getByText("Nothing is overdue.").waitFor();
    await shot("03-dossiers");
  });

  test("creates a dossier for a client picked from the list", async () => {
    const picker = page.getByRole("combobox", { name: "Clients for a dossier" });
    await picker.click();
    await picker.pressSequentially("Adventure");
    // Fluent lists the options of a multi-select combobox as menu item checkboxes.
    await page.getByRole("menuitemcheckbox", { name: "Adventure Works", exact: true }).click();
    await page.keyboard.press("Escape");
    // The list closes, so it covers nothing the next steps click.
    await page.getByRole("menuitemcheckbox").first().waitFor({ state: "hidden" });
    // What is picked stays in view once the list is closed.
    await page.getByText("Picked: Adventure Works").waitFor();
    await page.getByRole("button", { name: "Create dossiers for the picked clients (1)" }).click();
    await page.getByText("Dossiers created: 1;").waitFor({ timeout: 30_000 });
    expect(await tabNames()).toContain("Adventure Works");
  });

  test("dossiers by manager: one manager's dossiers, index and KAM Health download as a workbook of their own", async () => {
    await page.getByRole("button", { name: "List the managers" }).click();
    const picker = page.getByRole("combobox", { name: "Manager (dossiers)" });
    await picker.waitFor();
    const option = (await picker.locator("option").first().innerText()).trim();
    const manager = option.replace(/ \(\d+\)$/, "");
    const dossiers = Number(/\((\d+)\)$/.exec(option)?.[1]);
    expect(dossiers).toBeGreaterThan(0);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download as .xlsx" }).click()]);
    expect(download.suggestedFilename()).toBe(`sample-sales - ${manager}.xlsx`);
    await page.getByText(`${manager}'s dossiers were downloaded as a workbook.`, { exact: false }).waitFor();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kam-manager-")), "manager.xlsx");
    await download.saveAs(file);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const visible = book.worksheets.filter((sheet) => sheet.state === "visible").map((sheet) => sheet.name);
    // That manager's dossiers, and the index and KAM Health made for them alone.
    expect(visible).toEqual(expect.arrayContaining(["KAM Dossiers", "KAM Health"]));
    expect(visible).toHaveLength(dossiers + 2);
    expect(visible).not.toContain("KAM Clients");
    const managers = (book.getWorksheet("KAM Health")?.getColumn(3).values ?? []).slice(2);
    expect(new Set(managers)).toEqual(new Set([manager]));
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  test("settings saved in the workbook apply to the next run", async () => {
    const lostCount = async (): Promise<number> => Number((await page.getByTestId("status-lost").innerText()).replace(/\D/g, ""));
    const lostBefore = await lostCount();
    await page.getByRole("button", { name: "Settings" }).click();
    await page.getByRole("textbox", { name: "Lost after (days without a purchase)" }).fill("30");
    await page.getByRole("button", { name: "Save in the workbook" }).click();
    await page.getByText("Settings saved in the workbook.").waitFor();
    await page.getByRole("button", { name: "Classify clients" }).click();
    await page.waitForFunction((before) => Number(document.querySelector("[data-testid=status-lost]")?.textContent?.replace(/\D/g, "")) !== before, lostBefore);
    expect(await lostCount()).toBeGreaterThan(lostBefore);
  });

  test("a setting the validator refuses is marked at its field and Classify waits until it is fixed", async () => {
    const settings = page.getByRole("button", { name: "Settings" });
    if ((await settings.getAttribute("aria-expanded")) !== "true") await settings.click();
    const a = page.getByRole("textbox", { name: "A up to (% of total)" });
    const b = page.getByRole("textbox", { name: "B up to (% of total)" });
    const lostAfter = page.getByRole("textbox", { name: "Lost after (days without a purchase)" });
    const classify = page.getByRole("button", { name: "Classify clients" });
    const saveButton = page.getByRole("button", { name: "Save in the workbook" });
    await a.fill("95");
    await b.fill("80");
    await page.getByText("Must be below “B up to (% of total)”.").waitFor();
    expect(await classify.isDisabled()).toBe(true);
    expect(await saveButton.isDisabled()).toBe(true);
    await page.getByText("Fix the settings marked in red first.").waitFor();
    await a.fill("80");
    await b.fill("95");
    // The dependency levels are settings too, checked by the same validator.
    const keyShare = page.getByRole("textbox", { name: "Key client from (%)" });
    await keyShare.fill("30");
    await page.getByText("Must be below “Critical above (%)”.").waitFor();
    expect(await classify.isDisabled()).toBe(true);
    await keyShare.fill("10");
    await page.getByText("Must be below “Critical above (%)”.").waitFor({ state: "detached" });
    await lostAfter.fill("0");
    await page.getByText("Enter a whole number of days, at least 1.").waitFor();
    expect(await classify.isDisabled()).toBe(true);
    await lostAfter.fill("30");
    await page.getByText("Enter a whole number of days, at least 1.").waitFor({ state: "detached" });
    expect(await classify.isDisabled()).toBe(false);
  });

  test("with no key client, 'Create dossiers for all key clients' is off and says why", async () => {
    const settings = page.getByRole("button", { name: "Settings" });
    if ((await settings.getAttribute("aria-expanded")) !== "true") await settings.click();
    const levels = async (key: string, critical: string, mono: string) => {
      // Widened from the top first, so every intermediate state passes the validator.
      await page.getByRole("textbox", { name: "Mono-client above (%)" }).fill(mono);
      await page.getByRole("textbox", { name: "Critical above (%)" }).fill(critical);
      await page.getByRole("textbox", { name: "Key client from (%)" }).fill(key);
      await page.getByRole("button", { name: "Classify clients" }).click();
      await page.getByRole("button", { name: "Classify clients" }).waitFor();
    };
    await levels("90", "95", "99");
    await page.getByText("No client is key in this run").waitFor({ timeout: 30_000 });
    expect(await page.getByRole("button", { name: "Create dossiers for all key clients" }).isDisabled()).toBe(true);
    await page.getByRole("textbox", { name: "Key client from (%)" }).fill("10");
    await page.getByRole("textbox", { name: "Critical above (%)" }).fill("20");
    await page.getByRole("textbox", { name: "Mono-client above (%)" }).fill("50");
    await page.getByRole("button", { name: "Classify clients" }).click();
    await page.getByText("No client is key in this run").waitFor({ state: "detached", timeout: 30_000 });
    expect(await page.getByRole("button", { name: "Create dossiers for all key clients" }).isDisabled()).toBe(false);
  });

  test("the accessibility scan finds no serious or critical violation", async () => {
    // Scan with the results and the settings open, so their fields are checked too.
    const settings = page.getByRole("button", { name: "Settings" });
    if ((await settings.getAttribute("aria-expanded")) !== "true") await settings.click();
    await page.getByRole("textbox", { name: "A up to (% of total)" }).waitFor();
    await page.addScriptTag({ path: path.join(repoRoot, "node_modules/axe-core/axe.min.js") });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: AxeViolation[] }> } }).axe;
      const result = await axe.run(document);
      return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.slice(0, 3).map((node) => ({ target: node.target })) }));
    });
    await shot("04-settings");
    expect(violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical")).toEqual([]);
  });

  test("bad rows stop the run with their row numbers, Go to selects the cell, and skipping lists them", async () => {
    await page.locator("input[type=file]").setInputFiles({ name: "bad.xlsx", mimeType: XLSX_TYPE, buffer: await workbookOf(BAD_ROWS) });
    // The new workbook replaces the sample and its result sheets.
    await page.waitForFunction(() => document.querySelectorAll("[role=tab]").length === 1);
    expect(await tabNames()).toEqual(["Sales"]);
    await page.getByRole("button", { name: "Classify clients" }).click();
    await page.locator(".fui-MessageBar").getByText("The clients could not be classified").waitFor({ timeout: 30_000 });
    await page.getByText("Row 4: the amount is not a number: 'lots'").waitFor();
    await page.getByText("Row 6: the client is empty").waitFor();
    expect(await tabNames()).toEqual(["Sales"]);
    await page.getByRole("button", { name: "Go to row 4" }).click();
    await page.locator("td[data-selected]", { hasText: "lots" }).waitFor({ timeout: 10_000 });
    await shot("05-bad-rows");

    // With "skip bad rows" the run goes through and lists what it left out.
    await page.getByRole("button", { name: "Settings" }).click();
    // By the keyboard, as a person tabbing through the settings would: a click lands by coordinates, and on a loaded
    // CI machine the panel can still move under it (the run's messages above it are redrawn) after Playwright saw it stable.
    const skip = page.getByRole("checkbox", { name: "Skip bad rows and list them" });
    await skip.focus();
    await page.keyboard.press("Space");
    await page.waitForFunction(() => Array.from(document.querySelectorAll<HTMLInputElement>("input[type=checkbox]")).some((box) => box.labels?.[0]?.textContent === "Skip bad rows and list them" && box.checked));
    await page.getByRole("button", { name: "Classify clients" }).click();
    await page.getByText("Skipped rows: 2").waitFor({ timeout: 30_000 });
    await page.locator("section[aria-labelledby=kam-results-title]").getByText("Row 6: the client is empty").waitFor();
    await page.getByText(/^3 clients, total 430/).waitFor();
  });

  test("columns the headers do not name can be picked by hand", async () => {
    await page.locator("input[type=file]").setInputFiles({ name: "unnamed.xlsx", mimeType: XLSX_TYPE, buffer: await workbookOf(UNNAMED_HEADERS) });
    await page.getByText(/^No header row with a client and an amount column was recognised/).waitFor({ timeout: 30_000 });
    await page.getByRole("combobox", { name: "Client" }).selectOption({ label: "A: Wer" });
    await page.getByRole("combobox", { name: "Amount" }).selectOption({ label: "C: Wie viel" });
    await page.getByRole("combobox", { name: "Date", exact: true }).selectOption({ label: "B: Wann" });
    await page.getByRole("button", { name: "Classify clients" }).click();
    await page.getByRole("heading", { name: "Results" }).waitFor({ timeout: 30_000 });
    await page.getByText(/^3 clients, total 430/).waitFor();
    await page.getByText("Found a list of sales in Sales!A1:C4: 3 rows.").waitFor();
    await shot("06-picked-columns");
  });

  test("with headers it does not know, the pane suggests columns by their content and runs only on what the person confirms", async () => {
    await page.locator("input[type=file]").setInputFiles({ name: "unnamed.xlsx", mimeType: XLSX_TYPE, buffer: await workbookOf(UNNAMED_HEADERS) });
    await page.getByText(/^No header row with a client and an amount column was recognised/).waitFor({ timeout: 30_000 });
    await page.getByText("From what they hold, these columns look like Date = Wann, Amount = Wie viel, Client = Wer. Check them, then use them or pick others.").waitFor();
    await page.getByRole("button", { name: "Use these columns" }).click();
    await page.getByRole("button", { name: "Classify clients" }).click();
    await page.getByRole("heading", { name: "Results" }).waitFor({ timeout: 30_000 });
    await page.getByText(/^3 clients, total 430/).waitFor();
  });

  test("text dates the data cannot tell apart are read the host's way (en-US: month first)", async () => {
    const rows = [
      ["Client", "Date", "Amount"],
      ["Acme", "01/02/2024", 100],
      ["Globex", "03/04/2024", 250],
    ];
    await page.locator("input[type=file]").setInputFiles({ name: "us.xlsx", mimeType: XLSX_TYPE, buffer: await workbookOf(rows) });
    await page.getByText("Found a list of sales in Sales!A1:C3: 2 rows.").waitFor({ timeout: 30_000 });
    await page.getByRole("button", { name: "Classify clients" }).click();
    await page.getByText("2 clients, total 350, as of 4 Mar 2024.").waitFor({ timeout: 30_000 });
  });

  test("a CSV opens as a Sales sheet and classifies, ids kept as written", async () => {
    await page.locator("input[type=file]").setInputFiles({ name: "sales.csv", mimeType: "text/csv", buffer: Buffer.from(GOOD_CSV) });
    await page.getByText("Opened sales.csv.").waitFor({ timeout: 30_000 });
    expect(await tabNames()).toEqual(["Sales"]);
    await page.getByText("Found a list of sales in Sales!A1:C4: 3 rows.").waitFor({ timeout: 30_000 });
    await page.getByRole("tabpanel").locator("td", { hasText: /^007$/ }).waitFor();
    await page.getByRole("button", { name: "Classify clients" }).click();
    await page.getByText(/^3 clients, total 430/).waitFor({ timeout: 30_000 });
    expect(await page.getByRole("list", { name: "Key clients" }).innerText()).toMatch(/007/);
    await shot("08-csv");
  });

  test("files that are not what their names say get the command line's messages, and the pane starts afresh", async () => {
    // A failed run first, so there is an error a new file must clear.
    await page.locator("input[type=file]").setInputFiles({ name: "bad.xlsx", mimeType: XLSX_TYPE, buffer: await workbookOf(BAD_ROWS) });
    await page.getByText("Opened bad.xlsx.").waitFor({ timeout: 30_000 });
    await page.getByRole("button", { name: "Classify clients" }).click();
    await page.locator(".fui-MessageBar").getByText("The clients could not be classified").waitFor({ timeout: 30_000 });
    const cases: [string, Buffer, string][] = [
      ["renamed.csv", await workbookOf(BAD_ROWS), "renamed.csv was not opened: renamed.csv is an Excel workbook (.xlsx), not a CSV file: rename it to .xlsx and run again"],
      ["renamed.xlsx", Buffer.from(GOOD_CSV), "renamed.xlsx was not opened: renamed.xlsx is not an .xlsx workbook (it holds no zip package; a CSV file? rename it to .csv and run again)"],
      ["old.xls", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), "old.xls was not opened: old.xls is a legacy .xls workbook or a password-protected one: open it in Excel and save it as an .xlsx workbook without a password"],
    ];
    for (const [name, buffer, message] of cases) {
      await page.locator("input[type=file]").setInputFiles({ name, mimeType: "application/octet-stream", buffer });
      await page.getByRole("alert").getByText(message, { exact: true }).waitFor({ timeout: 30_000 });
      // The workbook that was open stays open; the previous run's error is gone.
      expect(await tabNames()).toEqual(["Sales"]);
      expect(await page.getByText("The clients could not be classified").count()).toBe(0);
    }
    await shot("09-wrong-file");
  });

  test("cells pasted from Excel open as a workbook, by Ctrl+V and by the Paste cells button", async () => {
    const dropZone = page.getByRole("region", { name: /paste cells copied from Excel/ });
    await dropZone.focus();
    await dropZone.evaluate((element, text) => {
      const data = new DataTransfer();
      data.setData("text/plain", text);
      element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    }, COPIED_CELLS);
    await page.getByText("Opened the pasted cells as the sheet Sales.").waitFor({ timeout: 30_000 });
    await page.getByText("Found a list of sales in Sales!A1:C5: 4 rows.").waitFor({ timeout: 30_000 });

    // The button reads the clipboard (with the person's permission).
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url.replace(/\/$/, "") });
    await page.evaluate((text) => navigator.clipboard.writeText(text), COPIED_CELLS.split("\n").slice(0, 3).join("\n"));
    await page.getByRole("button", { name: "Paste cells" }).click();
    await page.getByText("Found a list of sales in Sales!A1:C3: 2 rows.").waitFor({ timeout: 30_000 });
    await page.getByRole("button", { name: "Classify clients" }).click();
    await page.getByText(/^2 clients, total 350/).waitFor({ timeout: 30_000 });
  });

  test("a file dropped on the page opens", async () => {
    const data = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], "dropped.csv", { type: "text/csv" }));
      return transfer;
    }, GOOD_CSV);
    await page.locator("main").dispatchEvent("dragover", { dataTransfer: data });
    await page.getByText("Drop the file to open it").waitFor();
    await page.locator("main").dispatchEvent("drop", { dataTransfer: data });
    await page.getByText("Opened dropped.csv.").waitFor({ timeout: 30_000 });
    await page.getByText("Drop the file to open it").waitFor({ state: "detached" });
    await page.getByText("Found a list of sales in Sales!A1:C4: 3 rows.").waitFor({ timeout: 30_000 });
  });

  test("the downloaded workbook holds the results and the command line reads it", async () => {
    await page.getByRole("button", { name: "Classify clients" }).click();
    await page.getByText(/^3 clients, total 430/).waitFor({ timeout: 30_000 });
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download the workbook (.xlsx)" }).click()]);
    expect(download.suggestedFilename()).toBe("dropped.xlsx");
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kam-download-")), "dropped.xlsx");
    await download.saveAs(file);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(["Sales", "KAM Clients", "KAM Summary"]));
    const cli = await classifyWithCli(file);
    expect(cli.stderr).toBe("");
    expect(cli.status).toBe(0);
    expect(cli.report?.clients).toHaveLength(3);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  const gridCell = (row: number, column: number) => page.getByRole("tabpanel").locator(`td[data-row="${row}"][data-column="${column}"]`);
  const nameBoxShows = (text: string) => page.locator("output[aria-label='Name box']", { hasText: new RegExp(`^${text}$`) }).waitFor();
  /** Scrolls the grid right, half a view at a time as a person would, until a cell with this text is drawn: the preview draws only the columns in view. */
  const scrollToCell = async (text: RegExp) => {
    const grid = page.getByRole("tabpanel");
    const cell = grid.locator("td", { hasText: text });
    for (let step = 0; (await cell.count()) === 0; step++) {
      if (step === 20) throw new Error(`no cell shows ${text} in the grid`);
      await grid.evaluate((element) => new Promise((drawn) => {
        element.scrollLeft += element.clientWidth / 2;
        requestAnimationFrame(() => requestAnimationFrame(drawn));
      }));
    }
    return cell;
  };
  const cellShows = (row: number, column: number, text: string) => page.getByRole("tabpanel").locator(`td[data-row="${row}"][data-column="${column}"]`, { hasText: new RegExp(`^${text}$`) }).waitFor();

  test("a range selected in the preview, by drag and by Shift+arrow, is what Current selection reads", async () => {
    await page.locator("input[type=file]").setInputFiles({ name: "sales.csv", mimeType: "text/csv", buffer: Buffer.from(GOOD_CSV) });
    await page.getByText("Opened sales.csv.").waitFor({ timeout: 30_000 });
    await gridCell(0, 0).hover();
    await page.mouse.down();
    await gridCell(2, 2).hover();
    await page.mouse.up();
    await nameBoxShows("A1:C3");
    expect(await page.locator("td[data-in-selection]").count()).toBe(9);
    await page.getByRole("radio", { name: "Current selection" }).check();
    await page.getByRole("button", { name: "Check the data" }).click();
    await page.getByText("Found a list of sales in Sales!A1:C3: 2 rows.").waitFor({ timeout: 30_000 });
    await page.getByRole("tabpanel").focus();
    await page.keyboard.press("Shift+ArrowDown");
    await nameBoxShows("A1:C4");
    await page.getByRole("button", { name: "Check the data" }).click();
    await page.getByText("Found a list of sales in Sales!A1:C4: 3 rows.").waitFor({ timeout: 30_000 });
    await shot("10-selection");
    await page.getByRole("radio", { name: "Automatic" }).check();
  });

  test("typing into cells: Enter and Tab move on, Ctrl+Z undoes, and a re-run keeps a note typed on KAM Clients", async () => {
    // A new sale typed under the data, as a person would in Excel.
    await gridCell(4, 0).click();
    await page.keyboard.type("Zeta");
    await page.keyboard.press("Tab");
    await page.keyboard.type("2024-03-08");
    await page.keyboard.press("Tab");
    await page.keyboard.type("50");
    await page.keyboard.press("Enter");
    await nameBoxShows("C6");
    await cellShows(4, 1, "2024-03-08");
    await expect(gridCell(4, 2).evaluate((element) => getComputedStyle(element).textAlign)).resolves.toBe("right");
    // Typing and undoing leaves the cell as it was.
    await page.keyboard.type("oops");
    await page.keyboard.press("Enter");
    await cellShows(5, 2, "oops");
    await page.keyboard.press("Control+z");
    await page.waitForFunction(() => document.querySelector('td[data-row="5"][data-column="2"]')?.textContent === "");
    await page.getByRole("button", { name: "Classify clients" }).click();
    await page.getByText(/^4 clients, total 480/).waitFor({ timeout: 30_000 });

    await page.getByRole("tab", { name: "KAM Clients" }).click();
    // Class letters are coloured by the sheet's conditional formats, as Excel shows them.
    const fills = await page.getByRole("tabpanel").locator("td", { hasText: /^[ABC]$/ }).evaluateAll((cells) => cells.map((cell) => [cell.textContent, getComputedStyle(cell).backgroundColor]));
    const fillOf = (letter: string) => new Set(fills.filter(([text]) => text === letter).map(([, fill]) => fill));
    expect(fillOf("A").size).toBe(1);
    expect([...fillOf("A")][0]).not.toBe("rgb(255, 255, 255)");
    expect([...fillOf("A")][0]).not.toBe([...fillOf("C")][0]);
    const notesHeader = await scrollToCell(/^Notes$/);
    const row = Number(await notesHeader.getAttribute("data-row"));
    const column = Number(await notesHeader.getAttribute("data-column"));
    await gridCell(row + 1, column).dblclick();
    await page.keyboard.type("Call back");
    // Scrolled back to the first columns while typing, the cell being edited stays, and so does what is typed into it.
    await page.getByRole("tabpanel").evaluate((element) => (element.scrollLeft = 0));
    await page.waitForFunction(() => document.querySelector("[role=tabpanel]")?.scrollLeft === 0);
    await page.keyboard.type(" in May");
    await page.keyboard.press("Enter");
    await page.getByRole("tabpanel").locator("td", { hasText: "Call back in May" }).waitFor();
    // The run changes the data (a fifth client), and the note stays with its client.
    await page.getByRole("tab", { name: "Sales" }).click();
    await gridCell(5, 0).click();
    for (const [text, key] of [["Omega", "Tab"], ["2024-03-09", "Tab"], ["70", "Enter"]]) {
      await page.keyboard.type(text);
      await page.keyboard.press(key);
    }
    await page.getByRole("button", { name: "Classify clients" }).click();
    await page.getByText(/^5 clients, total 550/).waitFor({ timeout: 30_000 });
    await page.getByRole("tab", { name: "KAM Clients" }).click();
    await (await scrollToCell(/^Call back in May$/)).waitFor();
    await shot("11-typed-note-kept");
  });

  test("a locked cell on a protected dossier refuses what is typed, with Excel's message", async () => {
    const before = await tabNames();
    await page.getByRole("button", { name: "Create dossiers for all key clients" }).click();
    await page.getByText(/Dossiers created: [1-9]/).waitFor({ timeout: 60_000 });
    const dossier = (await tabNames()).find((name) => !before.includes(name) && !name.startsWith("KAM"));
    expect(dossier).toBeDefined();
    await page.getByRole("tab", { name: dossier, exact: true }).click();
    // The dossier's title, a locked cell (the first columns may be hidden anchors).
    const titleCell = page.getByRole("tabpanel").locator('td[data-row="0"]', { hasText: /\S/ }).first();
    const title = await titleCell.innerText();
    await titleCell.click();
    await page.keyboard.type("x");
    await page.keyboard.press("Enter");
    await page.getByRole("alert").getByText("The cell or chart you're trying to change is on a protected sheet. To make a change, unprotect the sheet. You might be requested to enter a password.").waitFor();
    await expect(titleCell.innerText()).resolves.toBe(title);
    await shot("12-protected");
  });

  test("formulas are calculated: a positive contact typed in the dossier moves Next contact due to its date + 10 days, there and in the index", async () => {
    // The dossier of the test before is open.
    const grid = page.getByRole("tabpanel");
    const label = grid.locator("td", { hasText: /^Next contact due$/ });
    const dueRow = Number(await label.getAttribute("data-row"));
    const dueColumn = Number(await label.getAttribute("data-column")) + 1;
    const due = gridCell(dueRow, dueColumn);
    // A new dossier: 10 days after it was made (today), a date and no longer the formula as written.
    await expect(due.innerText()).resolves.toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const fillBefore = await due.evaluate((element) => getComputedStyle(element).backgroundColor);
    // The contacts table is further down: scroll to its heading, then type under its Date and Outcome headers.
    await grid.evaluate((element) => (element.scrollTop = 80 * 22));
    const heading = grid.locator("td", { hasText: /^\d+\. Contacts$/ });
    await heading.waitFor();
    const headerRow = Number(await heading.getAttribute("data-row")) + 2;
    const columnOf = async (header: string) => Number(await grid.locator(`td[data-row="${headerRow}"]`, { hasText: new RegExp(`^${header}$`) }).getAttribute("data-column"));
    const dateColumn = await columnOf("Date");
    const outcomeColumn = await columnOf("Outcome");
    // Typing into a selected cell fills it. The first click may move the grid (the message of the test before goes), so the cell is clicked until it is the one selected.
    const typeInto = async (column: number, text: string): Promise<void> => {
      const address = rectAddress({ row: headerRow + 1, column, rowCount: 1, columnCount: 1 });
      let selected = "";
      for (let attempt = 0; attempt < 5 && selected !== address; attempt++) {
        await gridCell(headerRow + 1, column).click();
        selected = await page.locator("output[aria-label='Name box']").innerText();
      }
      expect(selected).toBe(address);
      await page.keyboard.type(text);
      await page.keyboard.press("Enter");
      await cellShows(headerRow + 1, column, text);
    };
    await typeInto(dateColumn, "2024-05-01");
    await typeInto(outcomeColumn, "Positive");
    await grid.evaluate((element) => (element.scrollTop = 0));
    await cellShows(dueRow, dueColumn, "2024-05-11");
    // Overdue now: the dossier's formula rule paints it, as Excel does.
    await expect(due.evaluate((element) => getComputedStyle(element).backgroundColor)).resolves.not.toBe(fillBefore);
    await expect(due.evaluate((element) => getComputedStyle(element).fontStyle)).resolves.toBe("normal");
    await shot("13-calculated");
    // The index reads it from the dossier.
    const dossier = await page.getByRole("tab", { selected: true }).innerText();
    await page.getByRole("tab", { name: "KAM Dossiers" }).click();
    await grid.locator("td", { hasText: /^2024-05-11$/ }).first().waitFor();

    // A re-run keeps the contact as typed, and the pane's agenda now lists it as overdue (before, nothing was).
    await page.getByRole("button", { name: "Classify clients" }).click();
    // The agenda's button waits while the run works.
    await page.getByRole("button", { name: "Check the agenda" }).click();
    const agenda = page.getByRole("list", { name: "Agenda" });
    // The pane's date: "11 May 2024" in English.
    await agenda.getByText(/^Contact overdue by \d+ days · due 11 May 2024$/).waitFor({ timeout: 60_000 });
    await agenda.getByRole("button", { name: `Open sheet ${dossier}` }).waitFor();
    await page.getByRole("tab", { name: dossier, exact: true }).click();
    await grid.evaluate((element) => (element.scrollTop = 80 * 22));
    await cellShows(headerRow + 1, dateColumn, "2024-05-01");
    await cellShows(headerRow + 1, outcomeColumn, "Positive");
    await shot("14-agenda-after-rerun");
  });

  test("taskpane.html loads office.js from Microsoft's CDN and, outside Excel, points to the playground", async () => {
    const addin = await browser.newPage();
    const officeRequests: string[] = [];
    // A stand-in for office.js as a plain browser tab sees it: Office is ready, with no host.
    await addin.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => {
      officeRequests.push(route.request().url());
      return route.fulfill({ contentType: "text/javascript", body: "window.Office = { HostType: { Excel: 'Excel' }, onReady: (ready) => ready({ host: null, platform: null }) };" });
    });
    await addin.goto(`${server.url}taskpane.html`);
    await addin.getByText(/works inside Excel/).waitFor();
    expect(officeRequests).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
    expect(await addin.getByRole("link", { name: "Open the playground" }).getAttribute("href")).toBe("./");
    // The pane started, so the page's "won't run in your version of Office" message stays hidden.
    await addin.waitForLoadState("load");
    expect(await addin.locator("#unsupported").isVisible()).toBe(false);
    await addin.close();
  });

  test("taskpane.html shows Microsoft's graceful message in Trident, in EdgeHTML, and where the bundle does not start", async () => {
    const OFFICE_STUB = "window.Office = { HostType: { Excel: 'Excel' }, onReady: (ready) => ready({ host: null, platform: null }) };";
    const open = async (options: { userAgent?: string; locale: string; brokenVendor?: boolean }) => {
      const context = await browser.newContext({ userAgent: options.userAgent, locale: options.locale });
      const addin = await context.newPage();
      await addin.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.fulfill({ contentType: "text/javascript", body: OFFICE_STUB }));
      // A webview that cannot parse the bundle, as an old Safari could not parse `?.`: the shared chunk fails.
      if (options.brokenVendor) await addin.route(/\/vendor\.[0-9a-f]+\.js$/, (route) => route.fulfill({ contentType: "text/javascript", body: "const broken = ;" }));
      await addin.goto(`${server.url}taskpane.html`);
      await addin.waitForLoadState("load");
      return { addin, close: () => context.close() };
    };
    const ie11 = await open({ userAgent: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko", locale: "en-US" });
    await ie11.addin.getByRole("alert").getByText("KAM for Excel won't run in your version of Office. Please upgrade either to Office 2021 (or later) or to a Microsoft 365 account; on a Mac, update macOS too.").waitFor();
    expect(await ie11.addin.locator("#container").isVisible()).toBe(false);
    await ie11.close();
    const edgeHtml = await open({ userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041", locale: "ru-RU" });
    await edgeHtml.addin.getByRole("alert").getByText(/^KAM for Excel не работает в вашей версии Office\./).waitFor();
    await edgeHtml.close();
    const oldSafari = await open({ locale: "fa-IR", brokenVendor: true });
    const message = oldSafari.addin.getByRole("alert");
    await message.getByText(/^KAM for Excel در این نسخهٔ Office اجرا نمی‌شود/).waitFor();
    expect(await message.getAttribute("dir")).toBe("rtl");
    await oldSafari.addin.screenshot({ path: path.join(screenshotDir, "taskpane-unsupported.png") });
    await oldSafari.close();
  });

  test("the playground asked for nothing outside this machine", () => {
    expect(externalRequests).toEqual([]);
  });

  test("in Russian at a 350 px pane every source option is in view; in Welsh the date is Welsh", async () => {
    await page.setViewportSize({ width: 350, height: 900 });
    await page.getByRole("combobox", { name: "Language" }).selectOption("ru");
    const table = page.getByRole("radio", { name: "Таблица" });
    await table.waitFor({ state: "attached" });
    const box = await page.locator("label", { hasText: /^Таблица$/ }).first().boundingBox();
    expect(box).not.toBeNull();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(350);
    await shot("14-russian-350");
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.getByRole("combobox", { name: "Язык" }).selectOption("cy");
    await page.getByRole("button", { name: "Classify clients" }).waitFor({ state: "detached" });
    // The results say "as of <date>": the month in Welsh, as the rest of the sentence.
    await page.getByText(/\b\d{1,2} (Ion|Chwef|Maw|Ebr|Mai|Meh|Gorff|Awst|Medi|Hyd|Tach|Rhag) 20\d\d\b/).first().waitFor();
    expect(await page.getByText(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, 20\d\d\b/).count()).toBe(0);
    await page.getByRole("combobox", { name: "Iaith" }).selectOption("en");
  });

  test("switching to Persian turns the pane right-to-left", async () => {
    await page.getByRole("combobox", { name: "Language" }).selectOption("fa");
    await page.getByRole("button", { name: "طبقه‌بندی مشتریان" }).waitFor();
    await page.locator(".fui-FluentProvider[dir='rtl']").waitFor();
    expect(await page.locator("main").evaluate((element) => getComputedStyle(element).direction)).toBe("rtl");
    // The sheet grid stays left to right, as Excel shows these sheets.
    expect(await page.getByRole("tabpanel").evaluate((element) => getComputedStyle(element).direction)).toBe("ltr");
    await shot("07-persian");
  });

  // 100,000 rows on a page of their own: reading and the engine run in Web Workers, so while a big file loads and
  // classifies the page's own thread has no task over 200 ms. A long-task observer in the page records every task
  // over 50 ms by wall time, which another process's load stretches (CI runs two test files at once on two cores);
  // Chrome's trace gives each of those tasks' own thread time, which it does not: that is what must stay under
  // 200 ms. Work put back on the page's thread fails it: ExcelJS's parse or the engine alone is over a second.
  describe("100,000 rows off the page's thread", () => {
    let big: Page;
    let files: { csv: string; xlsx: string };
    let dir: string;
    /**
     * The thread time (ms) of each task of the traced page's main thread in a Chrome trace, longest first, and what
     * the longest held (the events in it of 5 ms or more, so a failure says whether it was script, a collection of
     * garbage or drawing). The trace covers every renderer of the browser: only the page's own process counts
     * (TracingStartedInBrowser names it), not the other page of these tests, whose idle work once showed as a 308 ms task.
     * Nor does the work of the tasks that answer the DevTools protocol on the page's thread, Playwright's own queries
     * (a text looked for across the whole page) and the tracer's (a profiled run showed one of 428 ms), but for the
     * page's own handlers of the events the protocol dispatches in them (a file set on the file input): those count.
     */
    const mainThreadTasks = (trace: Buffer): { times: number[]; longest: string; devTools: number[] } => {
      type TraceEvent = {
        ph: string;
        name: string;
        pid: number;
        tid: number;
        ts: number;
        dur?: number;
        tdur?: number;
        args?: { name?: string; data?: { frames?: { processId: number }[]; functionName?: string }; chrome_mojo_event_info?: { mojo_interface_tag?: string } };
      };
      const events = (JSON.parse(trace.toString("utf8")) as { traceEvents: TraceEvent[] }).traceEvents;
      const pagePids = new Set(events.filter((event) => event.name === "TracingStartedInBrowser").flatMap((event) => (event.args?.data?.frames ?? []).map((frame) => frame.processId)));
      expect(pagePids.size).toBeGreaterThan(0);
      const main = new Set(events.filter((event) => event.ph === "M" && event.name === "thread_name" && event.args?.name === "CrRendererMain" && pagePids.has(event.pid)).map((event) => `${event.pid}:${event.tid}`));
      const onMain = events.filter((event) => event.ph === "X" && main.has(`${event.pid}:${event.tid}`));
      const threadMs = (event: TraceEvent) => Math.round((event.tdur ?? event.dur ?? 0) / 1000);
      const within = (task: TraceEvent, event: TraceEvent) => event !== task && event.ts >= task.ts && event.ts < task.ts + (task.dur ?? 0);
      const protocol = onMain.filter((event) => event.name === "Receive mojo message" && event.args?.chrome_mojo_event_info?.mojo_interface_tag === "blink.mojom.DevToolsSession");
      const allTasks = onMain.filter((event) => event.name === "RunTask").sort((a, b) => threadMs(b) - threadMs(a));
      const answersDevTools = (task: TraceEvent) => protocol.some((message) => within(task, message));
      const dispatches = onMain.filter((event) => event.name === "EventDispatch");
      const pageMs = (task: TraceEvent) => {
        if (!answersDevTools(task)) return threadMs(task);
        const handled = dispatches.filter((event) => within(task, event));
        return handled.filter((event) => !handled.some((outer) => within(outer, event))).reduce((sum, event) => sum + threadMs(event), 0);
      };
      const tasks = [...allTasks].sort((a, b) => pageMs(b) - pageMs(a));
      expect(tasks.length).toBeGreaterThan(0);
      const [top] = tasks;
      const inside = onMain.filter((event) => within(top, event) && threadMs(event) >= 5 && !/RunTask|OnHandleReady|MessagePort::Accept|v8\.callFunction/.test(event.name));
      const longest = inside.map((event) => `${event.name}${event.args?.data?.functionName ? ` ${event.args.data.functionName}` : ""} ${threadMs(event)}`).join(", ") || "no event of 5 ms: promise continuations";
      return { times: tasks.map(pageMs), longest, devTools: allTasks.filter(answersDevTools).map(threadMs).slice(0, 3) };
    };
    /** Long tasks (ms) and progress values the page saw since the last call. */
    const take = () =>
      big.evaluate(() => {
        const seen = window as unknown as { kamLongTasks: number[]; kamProgress: number[] };
        return { longTasks: seen.kamLongTasks.splice(0), progress: seen.kamProgress.splice(0) };
      });

    beforeAll(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), "kam-big-"));
      files = await writeBigSales(dir);
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: "en-US" });
      await context.addInitScript(() => {
        const seen = window as unknown as { kamLongTasks: number[]; kamProgress: number[] };
        seen.kamLongTasks = [];
        seen.kamProgress = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) seen.kamLongTasks.push(Math.round(entry.duration));
        }).observe({ type: "longtask", buffered: true });
        // The bar's value as it is drawn: read every 10 ms, each new value kept.
        setInterval(() => {
          const value = document.querySelector("[role=progressbar][aria-valuenow]")?.getAttribute("aria-valuenow");
          if (value && Number(value) !== seen.kamProgress[seen.kamProgress.length - 1]) seen.kamProgress.push(Number(value));
        }, 10);
      });
      big = await context.newPage();
      await big.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
      await big.goto(server.url);
      await big.getByRole("tab").first().waitFor();
      // As a person meets the page: it opens on the sample, which they classify before bringing their own file.
      await big.getByRole("button", { name: "Classify clients" }).click();
      await big.getByRole("heading", { name: "Results" }).waitFor({ timeout: 60_000 });
    }, 120_000);

    afterAll(async () => {
      await big?.context().close();
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });

    for (const kind of ["csv", "xlsx"] as const) {
      test(`a 100,000-row ${kind === "csv" ? "CSV" : ".xlsx"} loads with a moving bar and classifies with no main-thread task over 200 ms`, async () => {
        await take();
        await browser.startTracing(big, { categories: ["toplevel", "disabled-by-default-devtools.timeline", "devtools.timeline", "disabled-by-default-v8.gc"] });
        // From a path: the browser reads the file itself (a buffer would be decoded by script in the page, a long task of the test's own).
        await big.locator("input[type=file]").setInputFiles(files[kind]);
        await big.getByText(`Opened big-sales.${kind}.`).waitFor({ timeout: 120_000 });
        await big.getByText(/^Found a list of sales in Sales!A1:D100001: 100,000 rows\.$/).waitFor({ timeout: 60_000 });
        const opened = await take();
        await big.getByRole("button", { name: "Classify clients" }).click();
        await big.getByRole("heading", { name: "Results" }).waitFor({ timeout: 180_000 });
        await big.getByText(/^5,000 clients, total/).waitFor();
        // The preview draws the first result sheet after the run: give it its turn.
        await big.waitForTimeout(1000);
        const classified = await take();
        const { times: threadTimes, longest, devTools } = mainThreadTasks(await browser.stopTracing());
        console.log(
          `${kind}: long tasks (wall ms) opening ${JSON.stringify(opened.longTasks)}, classifying ${JSON.stringify(classified.longTasks)}; ` +
            `longest tasks by thread time (ms) ${JSON.stringify(threadTimes.slice(0, 8))}, the longest holding [${longest}]; ` +
            `DevTools protocol tasks (ms, of which only the page's event handlers count) ${JSON.stringify(devTools)}; progress ${JSON.stringify(opened.progress.map((value) => Math.round(value * 100) / 100))}`,
        );
        // The bar moved: at least two values between empty and full.
        expect(new Set(opened.progress.filter((value) => value > 0 && value < 1)).size).toBeGreaterThanOrEqual(2);
        // No task took 200 ms of the page's thread.
        expect(threadTimes[0]).toBeLessThan(200);
        await big.screenshot({ path: path.join(screenshotDir, `15-big-${kind}.png`) });
      }, 400_000);
    }

    test("Cancel during a big load stops it: the workbook and its results stay as they were, and the page says so", async () => {
      // The .xlsx test before left its results: Sales and the KAM sheets.
      const before = await big.getByRole("tab").allInnerTexts();
      expect(before).toEqual(expect.arrayContaining(["Sales", "KAM Clients"]));
      await big.locator("input[type=file]").setInputFiles(files.xlsx);
      const cancel = big.getByRole("button", { name: "Cancel" });
      await cancel.click();
      await big.getByText("Opening big-sales.xlsx was cancelled; the workbook is as it was.").waitFor();
      await expect(cancel.count()).resolves.toBe(0);
      expect(await big.getByRole("tab").allInnerTexts()).toEqual(before);
      await big.getByRole("heading", { name: "Results" }).waitFor();
      // Nothing of the cancelled read arrives later.
      await big.waitForTimeout(3000);
      expect(await big.getByRole("tab").allInnerTexts()).toEqual(before);
      await expect(big.getByText("Opened big-sales.xlsx.").count()).resolves.toBe(0);
      await big.screenshot({ path: path.join(screenshotDir, "16-big-cancelled.png") });
    });
  });

  // Charts and merged cells in the preview, on a page of their own (a fresh context: English, the sample, nothing run yet).
  describe("charts and merged cells", () => {
    let own: Page;
    const ownShot = (name: string): Promise<Buffer> => own.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: false });
    const grid = () => own.getByRole("tabpanel");
    const nameBox = () => own.locator("output[aria-label='Name box']").innerText();
    const nameBoxShows = (text: string) => own.locator("output[aria-label='Name box']", { hasText: new RegExp(`^${text}$`) }).waitFor({ timeout: 10_000 });

    beforeAll(async () => {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: "en-US" });
      own = await context.newPage();
      await own.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
      await own.goto(server.url);
      await own.getByRole("tab").first().waitFor();
    }, 60_000);

    afterAll(async () => {
      await own?.context().close();
    });

    test("after Classify, KAM Summary draws the Pareto curve and the ABC-XYZ columns over their cells, and typing a share moves its column", async () => {
      await own.getByRole("button", { name: "Classify clients" }).click();
      await own.getByRole("heading", { name: "Results" }).waitFor({ timeout: 60_000 });
      // The cells of the 3x3 grid that hold clients: one column each in the chart.
      const cellCounts = await own.locator("td[data-cell]").allInnerTexts();
      const occupied = cellCounts.filter((text) => Number(text.replace(/,/g, "")) > 0).length;
      await own.getByRole("tab", { name: "KAM Summary" }).click();
      const pareto = grid().getByRole("img", { name: "Pareto curve" });
      await pareto.waitFor();
      // 301 clients: the curve in 5% steps, 20 points, one line.
      const line = pareto.locator("path[data-series]");
      expect(await line.count()).toBe(1);
      expect(await line.getAttribute("data-points")).toBe("20");
      expect(Number((await line.getAttribute("data-values"))?.split(" ").pop())).toBeCloseTo(1, 6);
      const columns = grid().getByRole("img", { name: /^Share of .+ by ABC-XYZ cell$/ });
      await columns.waitFor();
      expect(await columns.locator("rect[data-point]").count()).toBe(occupied);
      // Over G3:N18, as setPosition placed it: its top-left corner on G3's.
      const chartBox = await pareto.boundingBox();
      const g3 = await grid().locator('td[data-row="2"][data-column="6"]').boundingBox();
      expect(Math.abs((chartBox?.x ?? 0) - (g3?.x ?? -99))).toBeLessThanOrEqual(2);
      expect(Math.abs((chartBox?.y ?? 0) - (g3?.y ?? -99))).toBeLessThanOrEqual(2);
      await ownShot("15-summary-charts");

      // The chart reads its cells: a share typed in the ABC-XYZ table moves the first column.
      const firstBar = columns.locator('rect[data-point="0"]');
      const heightBefore = Number(await firstBar.getAttribute("height"));
      // The ABC-XYZ table is further down the sheet: scrolled to, a screen at a time.
      const label = grid().locator('td[data-column="0"]', { hasText: /^Cell$/ });
      for (let screen = 0; screen < 20 && (await label.count()) === 0; screen++) {
        await grid().evaluate((element) => (element.scrollTop += element.clientHeight - 60));
        await own.waitForTimeout(50);
      }
      await label.scrollIntoViewIfNeeded();
      const shareCell = { row: Number(await label.getAttribute("data-row")) + 1, column: 1 };
      const address = rectAddress({ ...shareCell, rowCount: 1, columnCount: 1 });
      for (let attempt = 0; attempt < 5 && (await nameBox()) !== address; attempt++) await grid().locator(`td[data-row="${shareCell.row}"][data-column="1"]`).click();
      expect(await nameBox()).toBe(address);
      await own.keyboard.type("0.9");
      await own.keyboard.press("Enter");
      await own.waitForFunction(() => document.querySelector('svg[data-kind=column] rect[data-point="0"]')?.getAttribute("data-value") === "0.9");
      // Its height moved, in proportion to the next column's as 0.9 to its share.
      const heightAfter = Number(await firstBar.getAttribute("height"));
      expect(heightAfter).not.toBeCloseTo(heightBefore, 1);
      const second = columns.locator('rect[data-point="1"]');
      expect(heightAfter / Number(await second.getAttribute("height"))).toBeCloseTo(0.9 / Number(await second.getAttribute("data-value")), 3);
      await own.keyboard.press("Control+z");

      // KAM Trends: each quarter's figures as lines under the tables.
      await own.getByRole("tab", { name: "KAM Trends" }).click();
      const trends = grid().locator("svg[role=img][data-kind=line]");
      await trends.waitFor({ state: "attached" });
      expect(await trends.locator("path[data-series]").count()).toBeGreaterThanOrEqual(1);
      await trends.scrollIntoViewIfNeeded();
      await ownShot("15-trends-chart");
    });

    test("a dossier draws its sales by period as a line beside the figures, and the decision group by attitude", async () => {
      await own.getByRole("button", { name: "Create dossiers for all key clients" }).click();
      await own.getByText(/Dossiers created: \d+/).waitFor({ timeout: 60_000 });
      const dossier = (await own.getByRole("tab").allInnerTexts()).find((name) => name !== "Sales" && !name.startsWith("KAM "));
      expect(dossier).toBeDefined();
      await own.getByRole("tab", { name: dossier, exact: true }).click();
      const trend = grid().getByRole("img", { name: "Sales by period" });
      await trend.waitFor({ state: "attached" });
      await trend.scrollIntoViewIfNeeded();
      const lines = trend.locator("path[data-series]");
      expect(await lines.count()).toBeGreaterThanOrEqual(1);
      expect(Number(await lines.first().getAttribute("data-points"))).toBeGreaterThan(1);
      await ownShot("16-dossier-trend");
      expect(await grid().locator("svg[role=img][data-kind=column]").count()).toBe(1);
    });

    test("a merged area is one cell spanning it; clicking it selects it, Shift+click takes it in whole, an arrow leaves it", async () => {
      const book = new ExcelJS.Workbook();
      const notes = book.addWorksheet("Notes");
      notes.getCell("B2").value = "Merged title";
      notes.getCell("B2").alignment = { horizontal: "center", vertical: "middle" };
      notes.mergeCells("B2:D3");
      notes.getCell("A1").value = "Top";
      notes.getCell("E2").value = "Beside";
      book.addWorksheet("Sales").addRows(UNNAMED_HEADERS);
      await own.locator("input[type=file]").setInputFiles({ name: "merged.xlsx", mimeType: XLSX_TYPE, buffer: Buffer.from(await book.xlsx.writeBuffer()) });
      await own.waitForFunction(() => document.querySelectorAll("[role=tab]").length === 2);
      const merged = grid().locator("td[data-merge='B2:D3']");
      await merged.waitFor();
      expect(await merged.count()).toBe(1);
      expect(await merged.evaluate((td) => [(td as HTMLTableCellElement).rowSpan, (td as HTMLTableCellElement).colSpan, td.getAttribute("data-row"), td.getAttribute("data-column")])).toEqual([2, 3, "1", "1"]);
      expect(await merged.innerText()).toBe("Merged title");
      expect(await merged.evaluate((td) => [getComputedStyle(td).textAlign, getComputedStyle(td).verticalAlign])).toEqual(["center", "middle"]);
      // The cells it covers are not drawn; E2 beside it is.
      expect(await grid().locator('td[data-row="1"][data-column="2"], td[data-row="2"][data-column="1"], td[data-row="2"][data-column="3"]').count()).toBe(0);
      await grid().locator('td[data-row="1"][data-column="4"]', { hasText: "Beside" }).waitFor();
      // It is two rows tall and three columns wide.
      const box = await merged.boundingBox();
      const a1 = await grid().locator('td[data-row="0"][data-column="0"]').boundingBox();
      expect(Math.round((box?.height ?? 0) / (a1?.height ?? 1))).toBe(2);

      // Clicking where D3 is selects the merged area, named by its top-left cell.
      await merged.click({ position: { x: (box?.width ?? 10) - 5, y: (box?.height ?? 10) - 5 } });
      await nameBoxShows("B2");
      await own.keyboard.press("ArrowRight");
      await nameBoxShows("E2");
      // Shift+click from A1 to C2 cuts the area: the selection takes it in whole.
      await grid().locator('td[data-row="0"][data-column="0"]').click();
      await merged.click({ modifiers: ["Shift"], position: { x: 5, y: 5 } });
      await nameBoxShows("A1:D3");
      await ownShot("17-merged");
    });
  });
});
