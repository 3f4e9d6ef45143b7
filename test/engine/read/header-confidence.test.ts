/** A header is taken only when it is recognised with confidence; otherwise the run stops and says how to name the columns. */
import { findHeaderRow, suggestMapping } from "../../../src/engine/read";
import { DEFAULT_READ_SETTINGS, type CellValue } from "../../../src/engine/types";

const settings = DEFAULT_READ_SETTINGS;

describe("findHeaderRow", () => {
  test("a header under title rows is found", () => {
    const block: CellValue[][] = [["Sales report 2024"], ["exported by the ERP", null, null], ["Client", "Date", "Amount"], ["Acme", "2024-01-05", 100]];
    expect(findHeaderRow(block, settings)).toBe(2);
  });

  test("a data row under a header it does not know is never taken for the header", () => {
    // Before: "Client Services Ltd" read as a client header and the date as a period column made a
    // wide table of the data (every row a client, every amount a period total).
    const block: CellValue[][] = [
      ["When", "Who", "How much"],
      [45296, "Client Services Ltd", 100],
      [45327, "Acme", 250],
    ];
    expect(findHeaderRow(block, settings)).toBe(-1);
    const text: CellValue[][] = [["When", "Who", "How much"], ["2024-01-05", "Client Services Ltd", "100"]];
    expect(findHeaderRow(text, settings)).toBe(-1);
  });
});

describe("suggestMapping", () => {
  test("the columns the header does not name, by their content: dates, numbers, text", () => {
    const rows: CellValue[][] = [
      ["2024-01-05", "Acme", "100.50", "North"],
      ["2024-02-05", "Globex", "250", "South"],
      ["05.03.2024", "Acme", "1 200,00", "North"],
    ];
    expect(suggestMapping(["When", "Who", "How much", "Where"], rows, settings)).toEqual({ date: "When", amount: "How much", client: "Who" });
  });

  test("a role the header names, or one already mapped, is not suggested", () => {
    const rows: CellValue[][] = [["2024-01-05", "SO-1", "Acme", 100]];
    expect(suggestMapping(["When", "Pedido", "Cliente", "How much"], rows, settings)).toEqual({ date: "When", amount: "How much" });
    expect(suggestMapping(["When", "Pedido", "Cliente", "How much"], rows, { ...settings, mapping: { amount: "How much" } })).toEqual({ date: "When" });
  });
});
