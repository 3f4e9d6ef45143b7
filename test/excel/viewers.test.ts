/**
 * Issue 10, section 3: the command line's workbook read in LibreOffice as a viewer reads it (its
 * default settings, which trust cached results unless the file asks otherwise): real Next review
 * and Next contact dates, the print setup (page counts and repeated titles of a PDF export), and
 * the monthly sales row showing numbers, not ####.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { writeWorkbookOut } from "../../src/cli/workbook-out";
import { DEFAULT_ANALYSIS_SETTINGS, DEFAULT_READ_SETTINGS } from "../../src/engine/types";
import { loadXlsx, saveXlsx } from "../../src/headless/xlsx";
import JSZip from "jszip";
import { convert, pdftotext, printed, sheetsAsShown, soffice } from "./soffice";

if (!soffice) console.warn("viewer tests skipped: LibreOffice (soffice) is not installed; apt-get install -y libreoffice-calc");
const maybe = soffice ? describe : describe.skip;
const sample = path.resolve(__dirname, "../../assets/sample-sales.csv");
const NOW = new Date(2025, 0, 15);

let workbook: Uint8Array;
beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "kam-viewers-"));
  const out = path.join(dir, "out.xlsx");
  await writeWorkbookOut({ input: sample, out, sheet: null, analysis: DEFAULT_ANALYSIS_SETTINGS, read: DEFAULT_READ_SETTINGS, now: NOW });
  workbook = readFileSync(out);
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

/** The workbook with only `sheet` left, so the PDF holds that sheet's pages. */
async function only(sheet: string): Promise<Uint8Array> {
  const excel = await loadXlsx(workbook);
  await excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    sheets.getItem(sheet).activate();
    for (const item of sheets.items) if (item.name !== sheet) item.delete();
  });
  return saveXlsx(excel);
}

test("the workbook opens on KAM Clients, so the Sales copy is not what prints by default (Excel prints the active sheet)", async () => {
  expect((await loadXlsx(workbook)).model.activeSheet?.name).toBe("KAM Clients");
});

maybe("LibreOffice as a viewer", () => {
  test("Last review is empty, Next review and Next contact show real dates, without forcing a recalculation", () => {
    const index = sheetsAsShown(workbook, { recalculate: false }).get("KAM Dossiers") as string[][];
    expect(index.length).toBeGreaterThan(1);
    // New dossiers, created on the run's date (2025-01-15): review 3 months later, first contact 10 days later.
    // Never reviewed yet: the Last review column is empty, not 0 shown as a date.
    for (const row of index.slice(1)) expect(row.slice(7, 10)).toEqual(["", "2025-04-15", "2025-01-25"]);
  }, 120_000);

  test("KAM Clients prints landscape, one page wide, with the header row on every page", async () => {
    const { pages, texts } = printed(await only("KAM Clients"));
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(4);
    if (texts) for (const page of texts) expect(page).toMatch(/Rank\s+Client\s+Revenue/);
  }, 120_000);

  test("LibreOffice reads the Pareto chart as one curve over the share-of-clients labels", async () => {
    // LibreOffice saves the workbook again as .xlsx: its chart part says what it made of the source.
    const saved = convert(await only("KAM Summary"), "xlsx", false);
    const zip = await JSZip.loadAsync([...saved.values()][0]);
    const charts = await Promise.all(Object.keys(zip.files).filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name)).map((name) => zip.file(name)?.async("string") ?? ""));
    const pareto = charts.find((xml) => xml.includes("<c:lineChart>")) ?? "";
    expect(pareto.match(/<c:ser>/g)).toHaveLength(1);
    expect(pareto).toMatch(/<c:cat>\s*<c:strRef>/);
    expect(pareto).toContain("<c:v>100%</c:v>");
  }, 120_000);

  test("KAM Summary and KAM Matrix print on one page wide", async () => {
    expect(printed(await only("KAM Summary")).pages).toBe(1);
    expect(printed(await only("KAM Matrix")).pages).toBe(1);
  }, 120_000);

  test("a dossier prints one page wide, sections not split, its title on every page", async () => {
    const excel = await loadXlsx(workbook);
    const dossier = excel.model.sheets[excel.model.sheets.findIndex((s) => s.name === "KAM Dossiers") - 1].name;
    const layout = excel.model.sheets.find((s) => s.name === dossier)?.pageLayout;
    expect(layout?.rowBreaks.length).toBeGreaterThan(0);
    const { pages, texts } = printed(await only(dossier));
    expect(pages).toBe((layout?.rowBreaks.length ?? 0) + 1);
    if (texts) for (const page of texts) expect(page).toContain(`Dossier: ${dossier}`);
  }, 180_000);

  // pdftotext shows what a page shows, #### included (CSV export gives the formatted text whatever the width).
  (pdftotext ? test : test.skip)(
    "the monthly sales row in a dossier shows numbers, not ####",
    async () => {
      // Sums in the millions (the sample's amounts times 100), wider than Excel's default column.
      const dir = mkdtempSync(path.join(tmpdir(), "kam-widths-"));
      const lines = readFileSync(sample, "utf8").split(/\r?\n/);
      const scaled = [lines[0], ...lines.slice(1).filter((l) => l !== "").map((line) => line.split(",").map((cell, i) => (i === 5 || i === 6 ? (Number(cell) * 100).toFixed(2) : cell)).join(","))];
      writeFileSync(path.join(dir, "big.csv"), scaled.join("\n"));
      await writeWorkbookOut({ input: path.join(dir, "big.csv"), out: path.join(dir, "big.xlsx"), sheet: null, analysis: DEFAULT_ANALYSIS_SETTINGS, read: DEFAULT_READ_SETTINGS, now: NOW });
      const excel = await loadXlsx(readFileSync(path.join(dir, "big.xlsx")));
      rmSync(dir, { recursive: true, force: true });
      const dossier = excel.model.sheets[excel.model.sheets.findIndex((s) => s.name === "KAM Dossiers") - 1].name;
      await excel.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        await context.sync();
        sheets.getItem(dossier).activate();
        for (const item of sheets.items) if (item.name !== dossier) item.delete();
      });
      const shown = sheetsAsShown(await saveXlsx(excel), { recalculate: false }).get(dossier) as string[][];
      const sums = shown[shown.findIndex((row) => row[1] === "Period") + 1].slice(2).filter((cell) => cell !== "");
      expect(sums.length).toBeGreaterThan(12);
      expect(sums.every((sum) => sum.length >= 12)).toBe(true);
      // The whole sheet at 100%, as on screen: no print area, no breaks.
      Object.assign(excel.model.sheets[0].pageLayout, { printArea: [], rowBreaks: [], zoom: { scale: 100 } });
      const screen = (printed(await saveXlsx(excel)).texts ?? []).join("\n");
      expect(screen).not.toContain("###");
      for (const sum of sums) expect(screen).toContain(sum);
    },
    180_000,
  );
});
