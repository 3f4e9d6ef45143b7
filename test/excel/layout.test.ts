/** The sheet plans, the movement and the read-back of a previous run: pure, no Excel. */
import { classify } from "../../src/engine/classify";
import { readSales } from "../../src/engine/read";
import { DEFAULT_ANALYSIS_SETTINGS, DEFAULT_READ_SETTINGS, type AnalysisSettings, type ClassifyResult, type CellValue } from "../../src/engine/types";
import type { Lang } from "../../src/i18n/core";
import { CLIENTS_HEADER_ROW, clientsPlan, flowLegend, LEGEND_ROWS, legendTextPoints, marginOf, statusWhy, VIEW_WIDTH_POINTS } from "../../src/excel/layout/clients";
import { LANGUAGES } from "../../src/i18n/core";
import { PALETTE } from "../../src/palette";
import { changeText, emptyKeptInput, type KeptInput, type LayoutInput } from "../../src/excel/layout/common";
import { keyClientNames, matrixCounts, matrixPlan } from "../../src/excel/layout/matrix";
import { heatColour } from "../../src/palette";
import { keyShareVerdict, paretoPoints, paretoRows, summaryPlan, TYPICAL_KEY_SHARE } from "../../src/excel/layout/summary";
import { winbackPlan } from "../../src/excel/layout/winback";
import { computeMovement, type PreviousClient } from "../../src/excel/movement";
import { wrappedLines, type PlanValue, type SheetPlan, type TypedCell } from "../../src/excel/plan";
import type { OwnedSheet } from "../../src/excel/user-cells";
import { previousFromClients } from "../../src/excel/previous";
import { settingsFromJson } from "../../src/excel/settings";
import { HEADER, salesRows } from "./helpers";

function resultOf(rows: CellValue[][] = salesRows(), settings: AnalysisSettings = DEFAULT_ANALYSIS_SETTINGS): ClassifyResult {
  const read = readSales(HEADER, rows, DEFAULT_READ_SETTINGS);
  return classify(read.data, settings, read.skipped);
}

function inputOf(result: ClassifyResult, overrides: { lang?: Lang; kept?: KeptInput; previous?: Map<string, PreviousClient> } = {}): LayoutInput {
  return {
    result,
    settings: DEFAULT_ANALYSIS_SETTINGS,
    lang: overrides.lang ?? "en",
    movement: computeMovement(result, overrides.previous ?? null),
    kept: overrides.kept ?? emptyKeptInput(),
    run: { source: "Sales!A1:D89", detected: { layout: "transactions", columns: { client: 0, amount: 2 }, headers: { client: "Client", amount: "Amount" }, dateOrder: "day-first" }, rowsRead: 88, runAt: 45700.5 },
  };
}

/** The values of a plan as a sparse grid: "row,column" -> value. */
function cells(plan: SheetPlan): Map<string, PlanValue> {
  const grid = new Map<string, PlanValue>();
  for (const block of plan.blocks) block.values.forEach((row, r) => row.forEach((value, c) => grid.set(`${block.row + r},${block.column + c}`, value)));
  return grid;
}

/** The table body of KAM Clients as header -> column values. */
function clientTable(plan: SheetPlan): Record<string, PlanValue[]> {
  const [header, body] = plan.blocks;
  return Object.fromEntries(header.values[0].map((name, column) => [String(name), body.values.map((row) => row[column])]));
}

/** A cell as a person typed it, with no number format of its own. */
function typed(value: string): TypedCell {
  return { value, format: null };
}

/** A result sheet read back whose table (at A1) holds these values. */
function ownedSheetOf(values: CellValue[][]): OwnedSheet {
  const area = { row: 0, column: 0, rowCount: values.length, columnCount: values[0].length };
  return { name: "KAM Clients", origin: { row: 0, column: 0 }, values, formulas: values, formats: values.map((row) => row.map(() => "General")), tables: [{ name: "KAM_Clients", area }], charts: [] };
}

describe("KAM Clients plan", () => {
  const result = resultOf();

  test("one row per client in rank order, with number formats per column and data text as text", () => {
    const plan = clientsPlan(inputOf(result));
    const table = clientTable(plan);
    expect(table.Client).toEqual(result.clients.map((client) => client.client));
    expect(table.Rank).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const body = plan.blocks[1];
    const header = plan.blocks[0].values[0];
    const formatOf = (name: string) => body.formats?.[header.indexOf(name)];
    expect(formatOf("Client")).toBe("@");
    expect(formatOf("Manager")).toBe("@");
    expect(formatOf("Share")).toBe("0.0%");
    expect(formatOf("Revenue")).toBe("#,##0.00");
    expect(formatOf("Last purchase")).toBe("yyyy-mm-dd");
    expect(plan.tables).toEqual([{ name: "KAM_Clients", area: { row: CLIENTS_HEADER_ROW, column: 0, rowCount: 9, columnCount: header.length }, style: "TableStyleLight1" }]);
    // Frozen under the header: the legend above it stays in view too.
    expect(plan.freezeRows).toBe(CLIENTS_HEADER_ROW + 1);
    expect(plan.print?.titleRows).toEqual({ row: CLIENTS_HEADER_ROW, rows: 1 });
  });

  test("colours are conditional formats over the table's data rows, one rule per shown value", () => {
    const plan = clientsPlan(inputOf(result));
    const header = plan.blocks[0].values[0];
    const abc = plan.conditionalColours.find((colours) => colours.area.column === header.indexOf("ABC"));
    expect(abc?.area).toEqual({ row: CLIENTS_HEADER_ROW + 1, column: header.indexOf("ABC"), rowCount: 8, columnCount: 1 });
    expect(abc?.rules.map((rule) => rule.equals)).toEqual(["A", "B", "C"]);
    const dependency = plan.conditionalColours.find((colours) => colours.area.column === header.indexOf("Dependency"));
    expect(dependency?.rules.map((rule) => rule.equals)).toEqual(["mono-client", "critical", "key"]);
  });

  test("in Russian: headers, labels and the key-type list; Persian sheets are right-to-left", () => {
    const plan = clientsPlan(inputOf(result, { lang: "ru" }));
    const table = clientTable(plan);
    expect(table["Зависимость"][0]).toBe("моноклиент");
    expect(plan.validations[0]).toMatchObject({ kind: "list", values: ["кормилец", "перспективный", "имиджмейкер", "эксперт"] });
    expect(plan.rightToLeft).toBe(false);
    expect(clientsPlan(inputOf(result, { lang: "fa" })).rightToLeft).toBe(true);
  });

  /** The legend's entries of a KAM Clients plan (the blocks above the table), with where each reaches in points. */
  function legendOf(plan: SheetPlan) {
    const widths = new Map(plan.columnWidths.map((entry) => [entry.column, entry.width]));
    const left = (column: number) => Array.from({ length: column }, (_, c) => widths.get(c) ?? 48).reduce((sum, width) => sum + width, 0);
    return plan.blocks
      .filter((block) => block.row < CLIENTS_HEADER_ROW)
      .map((block) => {
        const span = block.values[0].length;
        return { row: block.row, text: String(block.values[0].find((value) => value !== null)), bold: block.style?.bold, fill: block.style?.fill, fontColor: block.style?.fontColor, start: left(block.column), end: left(block.column + span), filled: block.values[0].filter((value) => value !== null).length };
      });
  }
  /** Clients with long names: the client column at its widest. */
  const longNames = salesRows().map((row) => [`${String(row[0])} International Holdings Group Ltd`, ...row.slice(1)]);

  test.each(LANGUAGES)("%s: the legend is in view when the sheet opens, above the frozen header, each text within its colour", (lang) => {
    for (const rows of [salesRows(), longNames]) {
      const plan = clientsPlan(inputOf(resultOf(rows), { lang }));
      const legend = legendOf(plan);
      expect(legend).toHaveLength(13);
      for (const entry of legend) {
        expect(entry.row).toBeLessThan(LEGEND_ROWS);
        // A maximised window on a 1366x768 screen shows about 975 points of columns.
        expect({ text: entry.text, inView: entry.end <= VIEW_WIDTH_POINTS }).toEqual({ text: entry.text, inView: true });
        // Its cells are wide enough for its text, which runs over the empty cells of its colour.
        expect(entry.end - entry.start).toBeGreaterThanOrEqual(legendTextPoints(entry.text, entry.bold));
        expect(entry.filled).toBe(1);
      }
      // No two entries share a cell.
      const cellsOf = plan.blocks.filter((block) => block.row < CLIENTS_HEADER_ROW).flatMap((block) => block.values[0].map((_, c) => `${block.row},${block.column + c}`));
      expect(new Set(cellsOf).size).toBe(cellsOf.length);
      expect(plan.freezeRows).toBeLessThanOrEqual(8);
    }
  });

  test("the legend's colours are the palette's, in the order of its entries, with the palette's font colours", () => {
    const legend = legendOf(clientsPlan(inputOf(result)));
    const swatches = [PALETTE.abc.A, PALETTE.abc.B, PALETTE.abc.C, PALETTE.xyz.X, PALETTE.xyz.Y, PALETTE.xyz.Z, PALETTE.dependency.mono, PALETTE.dependency.critical, PALETTE.dependency.key, PALETTE.status.lost, PALETTE.status["at-risk"], PALETTE.input];
    expect(legend[0]).toMatchObject({ text: "Legend", fill: undefined });
    expect(legend.slice(1).map((entry) => entry.fill)).toEqual(swatches.map((swatch) => swatch.fill));
    // Black text is left as it is; white goes on the darkest fill.
    expect(legend.find((entry) => entry.text.startsWith("mono-client"))?.fontColor).toBe(PALETTE.dependency.mono.font);
  });

  test("right-to-left, a legend text stands in the last cell of its colour, so it runs leftwards over the others", () => {
    const plan = clientsPlan(inputOf(result, { lang: "fa" }));
    for (const block of plan.blocks.filter((b) => b.row < CLIENTS_HEADER_ROW)) {
      const values = block.values[0];
      expect(values[values.length - 1]).not.toBeNull();
    }
  });

  test("the legend flows into the next row where an entry would pass the width, and says when the rows are too few", () => {
    const narrow = () => 50;
    const texts = (...words: string[]) => words.map((text) => ({ text }));
    expect(flowLegend(texts("a", "b", "c"), narrow, 120, 2)).toEqual([
      { row: 0, column: 0, span: 1 },
      { row: 0, column: 1, span: 1 },
      { row: 1, column: 0, span: 1 },
    ]);
    // 30 characters take 173 points: four columns of 50.
    expect(flowLegend(texts("x".repeat(30)), narrow, 500, 1)).toEqual([{ row: 0, column: 0, span: 4 }]);
    // Bold, 30 characters take 190 points.
    expect(flowLegend([{ text: "x".repeat(30), bold: true }], () => 95, 500, 1)).toEqual([{ row: 0, column: 0, span: 2 }]);
    expect(flowLegend(texts("a", "b", "c"), narrow, 60, 2)).toBeNull();
  });

  test("the legend and the summary quote the thresholds in use", () => {
    const input = { ...inputOf(result), settings: { ...DEFAULT_ANALYSIS_SETTINGS, a: 0.7, keyShare: 0.125 } };
    const legend = [...cells(clientsPlan(input)).values()];
    expect(legend).toContain("A: the top clients making the first 70% of the total");
    expect(legend).toContain("key: 12.5% or more");
    expect([...cells(summaryPlan(input)).values()]).toContain("Key clients (12.5% or more)");
  });

  test("typed key types and notes, and columns a user added, are written back by client", () => {
    const kept = emptyKeptInput();
    kept.keyType.set("hooli", "expert");
    kept.keyType.set("wayne", "our partner");
    kept.notes.set("stark", typed("call in May"));
    kept.clientsColumns.inside.push({ header: "Region", values: new Map([["acme", typed("North")]]) });
    const table = clientTable(clientsPlan(inputOf(result, { kept })));
    const row = (name: string) => table.Client.indexOf(name);
    expect(table["Key type"][row("Hooli")]).toBe("expert");
    expect(table["Key type"][row("Wayne")]).toBe("our partner");
    // Nobody typed one for Acme: the column is empty, the add-in's default shows beside it.
    expect(table["Key type"][row("Acme")]).toBeNull();
    expect(table["Key type (computed)"][row("Acme")]).toBe("breadwinner");
    expect(table["Key type (computed)"][row("Hooli")]).toBeNull();
    expect(table.Notes[row("Stark")]).toBe("call in May");
    expect(table.Region[row("Acme")]).toBe("North");
    expect(table.Region[row("Stark")]).toBeNull();
  });

  test("reading the written table back gives the classes and what was typed, in any language", () => {
    const kept = emptyKeptInput();
    kept.notes.set("stark", typed("call in May"));
    kept.keyType.set("hooli", "image-maker");
    for (const lang of ["en", "ru", "zh"] as Lang[]) {
      const plan = clientsPlan(inputOf(result, { kept, lang }));
      const previous = previousFromClients(ownedSheetOf([...plan.blocks[0].values, ...plan.blocks[1].values] as CellValue[][]), null);
      expect(previous?.clients.get("acme")).toEqual({ client: "Acme", abc: "A", xyz: "X", dependency: "mono", status: "active" });
      expect(previous?.clients.get("old co")?.status).toBe("lost");
      expect(previous?.kept.notes.get("stark")).toMatchObject({ value: "call in May", format: "General" });
      expect(previous?.kept.keyType.get("hooli")).toBe("image-maker");
      // What the add-in computed ("breadwinner" of a key client) is in its own column, never kept.
      expect(previous?.kept.keyType.has("acme")).toBe(false);
      expect(previous?.kept.clientsColumns).toEqual({ inside: [], beside: [] });
    }
  });
});

describe("KAM Clients: key type, measures and why", () => {
  const result = resultOf();

  test("a key type a person typed is kept by client, even the add-in's own word; the computed one never is", () => {
    const plan = clientsPlan(inputOf(result));
    const values = [...plan.blocks[0].values, ...plan.blocks[1].values] as CellValue[][];
    const header = values[0] as string[];
    const acme = values.findIndex((row) => row[header.indexOf("Client")] === "Acme");
    values[acme][header.indexOf("Key type")] = "breadwinner";
    const previous = previousFromClients(ownedSheetOf(values), null);
    expect(previous?.kept.keyType.get("acme")).toBe("breadwinner");
    expect(previous?.kept.keyType.has("globex")).toBe(false);
    // A sheet from before the computed column: its "breadwinner" on a key client was the add-in's.
    const old = values.map((row) => row.filter((_, column) => header[column] !== "Key type (computed)"));
    expect(previousFromClients(ownedSheetOf(old), null)?.kept.keyType.has("acme")).toBe(false);
  });

  test("revenue, profit and margin side by side when the result carries both measures", () => {
    const both = { ...result, clients: result.clients.map((client) => ({ ...client, revenue: client.measure, profit: client.measure / 4 })) };
    const table = clientTable(clientsPlan(inputOf(both)));
    const headers = Object.keys(table);
    expect(headers.slice(2, 5)).toEqual(["Revenue", "Profit", "Margin"]);
    expect(table.Margin[0]).toBeCloseTo(0.25, 9);
    // One measure only: its column, as before.
    expect(Object.keys(clientTable(clientsPlan(inputOf(result)))).slice(2, 4)).toEqual(["Revenue", "Share"]);
    expect(marginOf({ revenue: 0, profit: 5 })).toBeNull();
  });

  test("a short why where status and segment seem to disagree", () => {
    const client = result.clients[0];
    const settings = { lostAfterDays: 180 };
    expect(statusWhy({ ...client, status: "at-risk", segment: "loyal", recencyDays: 95, medianGap: 30 }, settings, "en")).toBe(
      "at risk: 95 days since the last purchase, usual gap 30; the RFM segment ranks it against the other clients",
    );
    expect(statusWhy({ ...client, status: "at-risk", segment: "champions", recencyDays: 95, medianGap: null }, settings, "en")).toMatch(/^at risk: 95 days since the last purchase, more than twice its usual gap;/);
    expect(statusWhy({ ...client, status: "lost", segment: "new", recencyDays: 200 }, settings, "en")).toMatch(/^lost: 200 days since the last purchase, more than the 180 days set;/);
    expect(statusWhy({ ...client, status: "active", segment: "hibernating", recencyDays: 60 }, settings, "ru")).toMatch(/^активный: 60 дн\./);
    // Where they agree, nothing.
    expect(statusWhy({ ...client, status: "at-risk", segment: "at-risk", recencyDays: 95 }, settings, "en")).toBeNull();
    expect(statusWhy({ ...client, status: "active", segment: "champions", recencyDays: 5 }, settings, "en")).toBeNull();
    const table = clientTable(clientsPlan(inputOf(result)));
    expect(table["Why this status"]).toHaveLength(result.clients.length);
  });
});

describe("movement", () => {
  const result = resultOf();
  const previous = new Map<string, PreviousClient>([
    ["acme", { client: "Acme", abc: "A", xyz: "X", dependency: "mono", status: "active" }],
    ["globex", { client: "Globex", abc: "B", xyz: "Z", dependency: "none", status: "active" }],
    ["initech", { client: "Initech", abc: "A", xyz: "X", dependency: "key", status: "active" }],
    ["old co", { client: "Old Co", abc: "B", xyz: "Z", dependency: "none", status: "active" }],
    ["gone ltd", { client: "Gone Ltd", abc: "A", xyz: "Y", dependency: "key", status: "active" }],
  ]);

  test("what changed per client, in words", () => {
    const movement = computeMovement(result, previous);
    expect(changeText(movement.changes.get("acme") ?? [], "en")).toBe("");
    expect(changeText(movement.changes.get("globex") ?? [], "en")).toBe("B→A; none→critical");
    expect(changeText(movement.changes.get("initech") ?? [], "en")).toBe("key→none");
    expect(changeText(movement.changes.get("old co") ?? [], "en")).toBe("active→lost");
    expect(changeText(movement.changes.get("hooli") ?? [], "en")).toBe("new");
    expect(changeText(movement.changes.get("old co") ?? [], "ru")).toBe("активный→потерян");
  });

  test("who became or stopped being key, and the cell transitions", () => {
    const movement = computeMovement(result, previous);
    expect(movement.becameKey).toEqual(["Globex"]);
    expect(movement.stoppedKey).toEqual(["Initech", "Gone Ltd"]);
    const count = (from: string, to: string) => movement.transitions.find((t) => t.from === from && t.to === to)?.clients;
    expect(count("AX", "AX")).toBe(2);
    expect(count("BZ", "AZ")).toBe(1);
    expect(count("AY", "gone")).toBe(1);
    expect(count("new", "CX")).toBe(3);
    expect(count("new", "BX")).toBe(1);
    const summary = cells(summaryPlan(inputOf(result, { previous })));
    const values = [...summary.values()];
    expect(values).toContain("Globex");
    expect(values).toContain("Initech; Gone Ltd");
    expect(values).toContain("not in the data");
  });
});

describe("KAM Matrix, Summary and Win-back plans", () => {
  const result = resultOf();

  test("the matrix counts every client once and its shares add up to 1", () => {
    const { columns, clients, share } = matrixCounts(inputOf(result));
    expect(columns).toEqual(["X", "Y", "Z"]);
    expect(clients.flat().reduce((a, b) => a + b, 0)).toBe(result.clients.length);
    expect(share.flat().reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    const plan = matrixPlan(inputOf(result, { lang: "lt" }));
    expect([...cells(plan).values()]).toContain("Branduolys: išlaikyti bet kokia kaina; asmeninis vadybininkas, ilgalaikės sutartys, prioritetinis aptarnavimas.");
  });

  test("the matrix is one table on one screen: counts, share, strategy and key clients per cell", () => {
    const plan = matrixPlan(inputOf(result));
    const grid = cells(plan);
    const rows = Math.max(...[...grid.keys()].map((key) => Number(key.split(",")[0]))) + 1;
    expect(rows).toBeLessThanOrEqual(20);
    // About one laptop screen wide (1,000 points is some 1,330 pixels at 100%).
    expect(plan.columnWidths.reduce((sum, { width }) => sum + width, 0)).toBeLessThanOrEqual(1000);
    // The AX cell: its clients, its share, its strategy and its key client, one under the other.
    expect([3, 4, 5, 6].map((row) => grid.get(`${row},2`))).toEqual([2, expect.closeTo(0.597, 3), expect.stringMatching(/^Core clients/), "Acme"]);
    expect(grid.get("6,4")).toBe("Globex");
    expect([3, 4, 5, 6].map((row) => grid.get(`${row},1`))).toEqual(["Clients", "Share of Revenue", "Recommended strategy", "Key clients"]);
  });

  test("the matrix's heat follows each cell's share, not a fixed order of cells", () => {
    const plan = matrixPlan(inputOf(result));
    const fillAt = (row: number, column: number) => plan.styles.find((style) => style.area.row === row && style.area.column === column && style.style.fill !== undefined)?.style.fill;
    const { share } = matrixCounts(inputOf(result));
    const largest = Math.max(...share.flat());
    share.forEach((line, r) => line.forEach((value, c) => expect(fillAt(3 + r * 4, 2 + c)).toBe(heatColour(value / largest))));
    // AX holds the most, BY nothing: darkest and white.
    expect(fillAt(3, 2)).toBe(heatColour(1));
    expect(fillAt(7, 3)).toBe(heatColour(0));
  });

  test("the matrix's columns and rows are sized from their texts, so wrapped strategies stay in their row", () => {
    for (const lang of ["en", "ru", "zh"] as const) {
      const plan = matrixPlan(inputOf(result, { lang }));
      const grid = cells(plan);
      const width = plan.columnWidths.find((entry) => entry.column === 2)?.width ?? 0;
      const characters = (width - 8) / 6.5;
      for (const row of [5, 9, 13]) {
        const height = plan.rowHeights.find((entry) => entry.row === row)?.height ?? 15;
        for (const column of [2, 3, 4]) expect(height).toBeGreaterThanOrEqual(wrappedLines(String(grid.get(`${row},${column}`)), characters) * 15);
        expect(plan.styles.some((style) => style.area.row <= row && style.area.row + style.area.rowCount > row && style.area.column === 2 && style.style.wrap)).toBe(true);
      }
    }
    // Longer texts, wider columns (within bounds).
    const narrow = matrixPlan(inputOf(result, { lang: "zh" })).columnWidths.find((entry) => entry.column === 2)?.width ?? 0;
    const wide = matrixPlan(inputOf(result, { lang: "ru" })).columnWidths.find((entry) => entry.column === 2)?.width ?? 0;
    expect(wide).toBeGreaterThan(narrow);
  });

  test("a cell names its key clients, largest first, and counts the rest", () => {
    const many = resultOf();
    const clients = many.clients.map((client, index) => ({ ...client, abcxyz: "AX", dependency: "key" as const, share: 1 - index / 100 }));
    expect(keyClientNames(clients, "AX")).toBe(`${clients.slice(0, 6).map((c) => c.client).join(", ")} +${clients.length - 6}`);
    expect(keyClientNames(clients, "BY")).toBe("");
  });

  test("wrapped lines are counted between words, as Excel wraps", () => {
    expect(wrappedLines("one two three", 7)).toBe(2);
    expect(wrappedLines("one two three", 13)).toBe(1);
    expect(wrappedLines("abcdefghij", 4)).toBe(3);
    expect(wrappedLines("", 10)).toBe(1);
    // Wide characters count two and break anywhere.
    expect(wrappedLines("中文中文中文", 4)).toBe(3);
  });

  test("without XYZ the matrix is ABC only and says why", () => {
    const oneMonth = salesRows().filter((row) => (row[1] as number) < 45320);
    const input = inputOf(resultOf(oneMonth));
    expect(matrixCounts(input).columns).toEqual([""]);
    expect([...cells(matrixPlan(input)).values()]).toContain("XYZ is not computed (fewer than 2 periods or no dates): the matrix shows ABC only.");
  });

  test("the Pareto curve rises to 100% of the total, and both charts read the tables beside them", () => {
    const points = paretoPoints(result);
    expect(points.at(-1)).toEqual([1, expect.closeTo(1, 9)]);
    for (let i = 1; i < points.length; i++) expect(points[i][1]).toBeGreaterThanOrEqual(points[i - 1][1]);
    const plan = summaryPlan(inputOf(result));
    const grid = cells(plan);
    const [pareto, matrix] = plan.charts;
    expect(grid.get(`${pareto.source.row},0`)).toBe("Share of clients");
    expect(pareto.source.rowCount).toBe(points.length + 1);
    // The categories are text ("5%", ...), so Excel draws one curve over them, not two lines.
    const labels = Array.from({ length: points.length }, (_, i) => grid.get(`${pareto.source.row + 1 + i},0`));
    expect(labels).toEqual(points.map(([clients]) => `${Math.round(clients * 100)}%`));
    expect(paretoRows(result).map(([label]) => label)).toEqual(labels);
    expect(grid.get(`${matrix.source.row},0`)).toBe("Cell");
    expect(grid.get(`${matrix.source.row + 1},0`)).toBe("AX");
  });

  test("manager load by revenue too: each manager's share of the whole measure beside the key clients' count and share", () => {
    const grid = cells(summaryPlan(inputOf(result)));
    const header = [...grid.entries()].find(([, value]) => value === "Share of all revenue handled");
    expect(header).toBeDefined();
    const [row, column] = (header?.[0] ?? "0,0").split(",").map(Number);
    result.managers.forEach((manager, index) => {
      expect(grid.get(`${row + 1 + index},0`)).toBe(manager.manager);
      const handled = result.clients.filter((client) => client.manager === manager.manager).reduce((sum, client) => sum + client.share, 0);
      expect(grid.get(`${row + 1 + index},${column}`)).toBeCloseTo(handled, 12);
    });
    const all = result.managers.reduce((sum, manager) => sum + Number(grid.get(`${row + 1 + result.managers.indexOf(manager)},${column}`)), 0);
    expect(all).toBeCloseTo(1, 9); // every client has a manager in these rows
  });

  test("the summary opens with the headline numbers: total, clients, key clients and their share against the typical 30-55%, the top client", () => {
    const plan = summaryPlan(inputOf(result));
    const grid = cells(plan);
    const column = (c: number) => Array.from({ length: 9 }, (_, row) => grid.get(`${row},${c}`) ?? null);
    const key = result.clients.filter((client) => client.dependency !== "none");
    const share = key.reduce((sum, client) => sum + client.share, 0);
    expect(column(0)).toEqual([
      "Key-account analysis: summary",
      null,
      "At a glance",
      "Total Revenue",
      "Clients",
      "Key clients (10% or more)",
      "Key clients' share of the total",
      expect.stringMatching(/is above the typical 30%–55%: a few clients carry the business/),
      "Share of the top client",
    ]);
    expect(column(1).slice(3, 7)).toEqual([result.total, result.clients.length, key.length, share]);
    expect(grid.get("6,2")).toBe("typical: 30%–55%");
    expect(grid.get("8,1")).toBe(result.concentration.topClientShare);
    expect(share).toBeGreaterThan(0.55);
  });

  test("the key clients' share gets a verdict in plain words: none, below, within or above the typical range", () => {
    expect([keyShareVerdict(0, 0), keyShareVerdict(2, 0.29), keyShareVerdict(2, 0.3), keyShareVerdict(3, 0.55), keyShareVerdict(1, 0.56)]).toEqual(["none", "below", "within", "within", "above"]);
    expect(TYPICAL_KEY_SHARE).toEqual({ low: 0.3, high: 0.55 });
  });

  test("the summary warns about mono-clients and critical dependency, and says what was run", () => {
    const values = [...cells(summaryPlan(inputOf(result))).values()];
    expect(values).toContain("Acme brings 50.6% of the total: a mono-client. Start winning other clients now.");
    expect(values).toContain("Sales!A1:D89");
    expect(values).toContain("crossing client in A; A 80%, B 95%");
    expect(values).toContain(45700.5);
  });

  test("win-back lists lost and at-risk A/B clients with the planned offers kept", () => {
    const kept = emptyKeptInput();
    kept.winback.plannedOffer.set("old co", typed("free delivery"));
    const plan = winbackPlan(inputOf(result, { kept }));
    const [header, body] = plan.blocks;
    expect(body.values.map((row) => row[1])).toEqual(["Old Co"]);
    expect(body.values[0][header.values[0].indexOf("Planned offer")]).toBe("free delivery");
  });
});

test("settings read from the workbook keep what is valid and default the rest", () => {
  const { settings, replaced } = settingsFromJson({ analysis: { a: 0.7, measure: "volume", lostAfterDays: "many", from: "2024-01-01" }, read: { mapping: { client: 2, amount: "Sum", bogus: 1 }, skipBadRows: true }, lang: "xx", source: { kind: "table", name: "T1" } });
  expect(settings.analysis).toEqual({ ...DEFAULT_ANALYSIS_SETTINGS, a: 0.7, from: "2024-01-01" });
  expect(settings.read.mapping).toEqual({ client: 2, amount: "Sum" });
  expect(settings.read.skipBadRows).toBe(true);
  expect(settings.lang).toBe("en");
  expect(settings.source).toEqual({ kind: "table", name: "T1" });
  // What had to be replaced is said, never silent: the unknown measure and the text in a number field.
  expect(replaced.map((problem) => problem.field)).toEqual(["measure", "lostAfterDays"]);
  expect(settingsFromJson("garbage")).toEqual({ settings: expect.objectContaining({ analysis: DEFAULT_ANALYSIS_SETTINGS }), replaced: [] });
});
