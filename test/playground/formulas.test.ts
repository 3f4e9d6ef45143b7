/**
 * The playground's formula calculation (src/playground/formulas): Excel's results for the
 * functions the add-in writes, its errors, its text comparison, and the bounds on the work.
 */
import { serialFromIso } from "../../src/engine/calendar";
import { createHeadlessExcel, type HeadlessExcel } from "../../src/headless";
import { createCalculation, FormulaError, type Calculated } from "../../src/playground/formulas/calculation";
import { parseFormula } from "../../src/playground/formulas/parse";
import { logWorkbook } from "./log-workbook";

const TODAY = serialFromIso("2025-03-01");

/** The value of `formula` typed into Log!H1 (a free cell), as the preview calculates it. */
async function value(excel: HeadlessExcel, formula: string, at = "H1"): Promise<Calculated | null> {
  await excel.api(async (context) => {
    context.workbook.worksheets.getItem("Log").getRange(at).formulas = [[formula]];
    await context.sync();
  });
  const cell = excel.inspect.sheet("Log").cellAt(at);
  expect(cell.formula).toBe(formula);
  const address = /^([A-Z]+)(\d+)$/.exec(at) as RegExpExecArray;
  return createCalculation(excel.inspect, () => TODAY).formulaValue("Log", Number(address[2]) - 1, address[1].charCodeAt(0) - 65);
}

const code = (result: Calculated | null): string | null => (result instanceof FormulaError ? result.code : null);

describe("formula calculation", () => {
  let excel: HeadlessExcel;
  beforeAll(async () => {
    excel = await logWorkbook();
  });

  test.each([
    ["=1+2*3", 7],
    ["=-2^2", 4],
    ["=2^3^2", 64],
    ["=10%", 0.1],
    ["=(1+2)*3", 9],
    ['="a"&1&TRUE', "a1TRUE"],
    ['="abc"="ABC"', true],
    ['="a"<"B"', true],
    ["=1<\"a\"", true],
    ["=G9", 0],
    ['=G9=""', true],
    ["=G9=0", true],
    ["=A2+1", serialFromIso("2025-02-02")],
    ['="3"+1', 4],
    ["=INT(-1.5)", -2],
    ["=ROUND(2.5,0)", 3],
    ["=MAX(A2:A6)", serialFromIso("2025-02-20")],
    ["=MIN(A2:A6)", serialFromIso("2025-02-01")],
    ["=SUM(E3,1,'Big Buyer''s'!A1:A2)", 36],
    ["=COUNT(A1:A6)", 3],
    ["=COUNTA(A1:A6)", 5],
    ['=COUNTIF(B2:B6,"positive")', 2],
    ['=COUNTIF(B2:B6,"<>Positive")', 3],
    ['=COUNTIF(C2:C6,"B*")', 2],
    ['=COUNTIF(C2:C6,"")', 1],
    ["=COUNTIF(A2:A6,\">\"&(A3-14))", 2],
    ['=COUNTIFS(B2:B6,$E$2,A2:A6,">"&(A3-14),A2:A6,"<"&A3)', 0],
    ['=COUNTIFS(B2:B6,E1,C2:C6,"Bob")', 1],
    ['=SUMPRODUCT(MAX((C2:C4="bob")*A2:A4))', serialFromIso("2025-02-20")],
    // Text among the dates makes the product #VALUE!, in Excel too.
    ["=SUMPRODUCT(MAX((B2:B6=$E$1)*A2:A6))", new FormulaError("#VALUE!")],
    ["=SUMPRODUCT(MAX((C2:C6=\"Ann\")*A2:A6))", new FormulaError("#VALUE!")],
    ["=IFERROR(SUMPRODUCT(MAX((C2:C6=\"Ann\")*A2:A6)),0)", 0],
    ["=SUMPRODUCT((B2:B5=\"Positive\")*1)", 2],
    ['=SUMIFS(E2:E3,B2:B3,"negative")', 5],
    ['=SUMIF(B2:B6,"<>Positive",E1:E1)', 5],
    ['=SUMIF(E2:E3,">1")', 5],
    ["=SUMPRODUCT(E3:E3,2)", 10],
    ["=INDEX(C1:C6,MATCH(MAX(A1:A6),A1:A6,0))", "Bob"],
    ["=INDEX(A1:C6,2,3)", "Bob"],
    ["=MATCH(\"neutral\",B1:B6,0)", 4],
    ["=MATCH(15,'Big Buyer''s'!A1:A2)", 1],
    ["=EDATE(\"2024-11-30\",3)", serialFromIso("2025-02-28")],
    ["=EDATE(A2,-1)", serialFromIso("2025-01-01")],
    ["=EDATE(DATE(2024,1,31),1)", serialFromIso("2024-02-29")],
    ["=DATE(2024,14,1)", serialFromIso("2025-02-01")],
    ["=TODAY()", TODAY],
    ["=IF(ISNUMBER(A5),A5,\"\")", ""],
    ["=IF(A2>0,\"yes\")", "yes"],
    ["=IF(A2<0,\"yes\")", false],
    ["=AND(A2>0,OR(FALSE,1),NOT(0))", true],
    ["=AND(B2:B6)", new FormulaError("#VALUE!")],
    ["='Big Buyer''s'!$B$1", "x"],
    ["='big buyer''s'!B2", 0],
    ["=IF(NOT(ISNUMBER(A3)),\"\",IF(B3=$E$2,A3+14,\"\"))", serialFromIso("2025-03-06")],
    ["=YEAR(A2)*100+MONTH(A2)", 202502],
    ["=1/0", new FormulaError("#DIV/0!")],
    ["=\"a\"+1", new FormulaError("#VALUE!")],
    ["=VLOOKUP(1,A1:B2,2,FALSE)", new FormulaError("#NAME?")],
    ["=MATCH(\"nobody\",C1:C6,0)", new FormulaError("#N/A")],
    ["=Missing!A1", new FormulaError("#REF!")],
    ["=unknown_name+1", new FormulaError("#NAME?")],
    ["=IFERROR(1/0,\"none\")", "none"],
    ["=INDEX(A1:A6,9)", new FormulaError("#REF!")],
    ["=#N/A", new FormulaError("#N/A")],
  ])("%s", async (formula, expected) => {
    const result = await value(excel, formula);
    if (expected instanceof FormulaError) expect(code(result)).toBe(expected.code);
    else expect(result).toEqual(expected);
  });

  test("formulas read other formulas, a reference to itself is 0, and every change is calculated again", async () => {
    await excel.api(async (context) => {
      const log = context.workbook.worksheets.getItem("Log");
      log.getRange("J1:J3").formulas = [["=J2+1"], ["=J3*2"], ["=A2"]];
      log.getRange("K1").formulas = [["=K1+1"]];
      await context.sync();
    });
    const calculation = createCalculation(excel.inspect, () => TODAY);
    expect(calculation.formulaValue("Log", 0, 9)).toBe(serialFromIso("2025-02-01") * 2 + 1);
    expect(calculation.formulaValue("Log", 0, 10)).toBe(1);
    await excel.api(async (context) => {
      context.workbook.worksheets.getItem("Log").getRange("A2").values = [[1]];
      await context.sync();
    });
    expect(calculation.formulaValue("Log", 0, 9)).toBe(serialFromIso("2025-02-01") * 2 + 1);
    calculation.reset();
    expect(calculation.formulaValue("Log", 0, 9)).toBe(3);
  });

  test("a conditional format's formula moves with the cell from the top-left of its range", async () => {
    const calculation = createCalculation(excel.inspect, () => TODAY);
    const overdue = "AND(ISNUMBER(A2),A2<TODAY())";
    // The rule is written for A2 and applies to A2:A6.
    expect(calculation.condition(overdue, "Log", { row: 1, column: 0 }, 1, 0)).toBe(true);
    expect(calculation.condition(overdue, "Log", { row: 1, column: 0 }, 4, 0)).toBe(false);
    expect(calculation.condition('=B2="Positive"', "Log", { row: 1, column: 0 }, 3, 0)).toBe(false);
    expect(calculation.condition('=$B2="Positive"', "Log", { row: 1, column: 0 }, 4, 2)).toBe(true);
  });

  test("the work is bounded: a chain of formulas deeper than the bounds stays uncalculated, its start does not", async () => {
    const chain = createHeadlessExcel();
    const rows = 2_000;
    await chain.api(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [[1]];
      sheet.getRange(`A2:A${rows}`).formulas = Array.from({ length: rows - 1 }, (_, index) => [`=A${index + 1}+1`]);
      await context.sync();
    });
    const calculation = createCalculation(chain.inspect, () => TODAY);
    expect(calculation.formulaValue("Sheet1", rows - 1, 0)).toBeNull();
    expect(calculation.formulaValue("Sheet1", 50, 0)).toBe(51);
    // Asked for in the order the grid shows them, each reads the one before, already calculated.
    const fresh = createCalculation(chain.inspect, () => TODAY);
    for (let row = 1; row < rows; row++) expect(fresh.formulaValue("Sheet1", row, 0)).toBe(row + 1);
  });

  test("formulas it cannot read are not calculated: structured references, whole rows", () => {
    expect(() => parseFormula("=SUM(Table1[Amount])")).toThrow();
    expect(() => parseFormula("=SUM(1:1)")).toThrow();
    expect(parseFormula("=SUM($B:$B)")).toMatchObject({ kind: "call", name: "SUM" });
    expect(parseFormula("=_xlfn.IFNA(A1,0)")).toMatchObject({ kind: "call", name: "IFNA" });
  });
});
