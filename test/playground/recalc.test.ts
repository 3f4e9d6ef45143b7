/**
 * The playground's calculation against LibreOffice's: the same workbook saved as .xlsx and
 * recalculated by LibreOffice on load (test/excel/soffice.ts) must show, in every formula cell,
 * what the preview calculates. Once for a grid of formulas, once for the sample's dossiers with
 * contacts typed in, so the add-in's own formulas are covered as the command line writes them.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { run } from "../../src/cli/run";
import { serialFromIso } from "../../src/engine/calendar";
import type { HeadlessExcel } from "../../src/headless";
import { formatCellText } from "../../src/headless/numberFormat";
import { loadXlsx, saveXlsx } from "../../src/headless/xlsx";
import { createCalculation, FormulaError } from "../../src/playground/formulas/calculation";
import { sheetsAsShown, soffice } from "../excel/soffice";
import { logWorkbook } from "./log-workbook";

if (!soffice) console.warn("playground recalculation test skipped: LibreOffice (soffice) is not installed; apt-get install -y libreoffice-calc");
const maybe = soffice ? describe : describe.skip;

/** Every formula cell of the workbook: where, its formula, what the preview shows and what LibreOffice shows. */
async function compared(excel: HeadlessExcel): Promise<{ at: string; formula: string; ours: string; theirs: string }[]> {
  const sheets = sheetsAsShown(await saveXlsx(excel), { recalculate: true });
  const calculation = createCalculation(excel.inspect);
  const cells: { at: string; formula: string; ours: string; theirs: string }[] = [];
  for (const { name } of excel.inspect.sheets()) {
    const inspector = excel.inspect.sheet(name);
    const used = inspector.usedRange();
    if (!used) continue;
    const shown = sheets.get(name) ?? [];
    for (let row = 0; row < used.rowCount + 50; row++) {
      for (let column = 0; column < used.columnCount + 10; column++) {
        const content = inspector.content(row, column);
        if (content.formula === null) continue;
        const value = calculation.formulaValue(name, row, column);
        const ours = value === null ? "(not calculated)" : value instanceof FormulaError ? value.code : formatCellText(value, inspector.cell(row, column).numberFormat);
        cells.push({ at: `${name}!R${row + 1}C${column + 1}`, formula: content.formula, ours, theirs: shown[row]?.[column] ?? "" });
      }
    }
  }
  return cells;
}

maybe("the playground's calculation beside LibreOffice's", () => {
  test("a grid of the functions and operators the add-in writes", async () => {
    const excel = await logWorkbook();
    const formulas = [
      "=1+2*3",
      "=-2^2",
      // Not TRUE: LibreOffice joins it as 1, Excel as TRUE (formulas.test.ts has Excel's).
      '="a"&1&"b"',
      '="abc"="ABC"',
      '="a"<"B"',
      '=G40=""',
      "=A2+1",
      "=INT(-1.5)",
      "=MAX(A2:A6)",
      "=MIN(A2:A6)",
      "=SUM(E3,1,'Big Buyer''s'!A1:A2)",
      "=COUNT(A1:A6)",
      "=COUNTA(A1:A6)",
      '=COUNTIF(B2:B6,"positive")',
      '=COUNTIF(B2:B6,"<>Positive")',
      '=COUNTIF(C2:C6,"B*")',
      '=COUNTIF(A2:A6,">"&(A3-14))',
      '=COUNTIFS(B2:B6,$E$2,A2:A6,">"&(A3-14),A2:A6,"<"&A3)',
      '=COUNTIFS(B2:B6,E1,C2:C6,"Bob")',
      '=SUMPRODUCT(MAX((C2:C4="bob")*A2:A4))',
      "=IFERROR(SUMPRODUCT(MAX((B2:B6=$E$1)*A2:A6)),0)",
      '=SUMPRODUCT((B2:B5="Positive")*1)',
      '=SUMIFS(E2:E3,B2:B3,"negative")',
      '=SUMIF(B2:B6,"<>Positive",E1:E1)',
      '=SUMIF(E2:E3,">1")',
      "=INDEX(C1:C6,MATCH(MAX(A1:A6),A1:A6,0))",
      "=INDEX(A1:C6,2,3)",
      '=MATCH("neutral",B1:B6,0)',
      "=MATCH(15,'Big Buyer''s'!A1:A2)",
      "=EDATE(A2,-1)",
      "=EDATE(DATE(2024,11,30),3)",
      "=EDATE(DATE(2024,1,31),1)",
      // As a number: LibreOffice gives TODAY() a date format of its own.
      "=YEAR(TODAY())*10000+MONTH(TODAY())*100+DAY(TODAY())",
      '=IF(ISNUMBER(A5),A5,"")',
      '=IF(A2<0,"yes")',
      "=AND(A2>0,OR(FALSE,1),NOT(0))",
      "='Big Buyer''s'!$B$1",
      '=IF(NOT(ISNUMBER(A3)),"",IF(B3=$E$2,A3+14,""))',
      "=1/0",
      '="a"+1',
      '=MATCH("nobody",C1:C6,0)',
      '=IFERROR(1/0,"none")',
    ];
    await excel.api(async (context) => {
      context.workbook.worksheets.getItem("Log").getRange(`H1:H${formulas.length}`).formulas = formulas.map((formula) => [formula]);
      await context.sync();
    });
    const cells = await compared(excel);
    expect(cells).toHaveLength(formulas.length);
    expect(cells.filter((cell) => cell.ours !== cell.theirs)).toEqual([]);
  }, 120_000);

  test("the sample's dossiers, index and KAM Health with contacts typed in", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kam-recalc-"));
    try {
      const out = path.join(dir, "out.xlsx");
      const sink = { write: () => true };
      expect(await run(["classify", path.resolve(__dirname, "../../assets/sample-sales.xlsx"), "--out", out], { stdout: sink, stderr: sink, cwd: dir })).toBe(0);
      const excel = await loadXlsx(fs.readFileSync(out));
      const dossiers = excel.inspect.sheets().filter(({ name }) => excel.inspect.sheet(name).cell(0, 0).value === "kam:dossier");
      expect(dossiers.length).toBeGreaterThan(0);
      await excel.api(async (context) => {
        for (const { name } of dossiers) {
          const rows = excel.inspect.sheet(name).values();
          const marker = rows.findIndex((row) => row[0] === "kam:contacts");
          // The first row after the section heading with more than a note in it is the table's header.
          const header = rows.findIndex((row, index) => index > marker && row[2] !== "");
          const [positive, neutral, negative] = rows.find((row) => row[0] === "kam:list:contactOutcome")?.slice(1, 4) ?? [];
          // Date, channel, outcome: a positive contact, a negative one after it, a neutral one inside its pause.
          context.workbook.worksheets.getItem(name).getRange(`B${header + 2}:D${header + 4}`).values = [
            [serialFromIso("2026-11-20"), "", positive],
            [serialFromIso("2026-11-25"), "", negative],
            [serialFromIso("2026-11-28"), "", neutral],
          ];
        }
        await context.sync();
      });
      const cells = await compared(excel);
      expect(cells.length).toBeGreaterThan(50);
      // Next contact due: 14 days after the negative contact, in each dossier (and its pause column) and its row of the index.
      expect(cells.filter((cell) => cell.ours === "2026-12-09").length).toBeGreaterThanOrEqual(3 * dossiers.length);
      expect(cells.filter((cell) => cell.ours !== cell.theirs)).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
