/** The dossier as plain data: sheet names, the template, the Figures section, reading back, the agenda's dates. */
import type { CellValue, ClassifyResult, ClientResult } from "../../src/engine/types";
import { serialFromIso } from "../../src/engine/calendar";
import { dossierFigures } from "../../src/excel/dossier-figures";
import { readDossier } from "../../src/excel/dossier-parse";
import { ATTITUDE_BLOCK_COLUMN, DEFAULT_DOSSIER_RULES, META, READ_COLUMNS, SECTIONS, type SectionId, inputAreas, isComputed, listValues, rowsFromAnchors, summaryCells, templateRows, type DossierRows } from "../../src/excel/dossier-spec";
import { dossierTemplate } from "../../src/excel/dossier-template";
import { freeSheetName } from "../../src/excel/registry";
import { isFormula, type SheetPlan } from "../../src/excel/plan";
import { addMonths, agendaOf, dueDates, serialOfDay } from "../../src/excel/agenda";

const day = (iso: string) => serialFromIso(iso);

function client(overrides: Partial<ClientResult> = {}): ClientResult {
  return {
    client: "Acme",
    key: "acme",
    rank: 1,
    measure: 1000,
    share: 0.4,
    cumulativeShare: 0.4,
    abc: "A",
    cv: 0.1,
    coverage: 1,
    xyz: "X",
    abcxyz: "AX",
    dependency: "critical",
    keyType: "breadwinner",
    manager: "Ann",
    group: null,
    lastPurchase: day("2024-12-20"),
    recencyDays: 11,
    frequency: 17,
    monetary: 1000,
    revenue: null,
    profit: null,
    medianGap: null,
    r: 5,
    f: 4,
    m: 5,
    segment: "champions",
    status: "active",
    periodSums: [400, 600],
    ...overrides,
  };
}

function result(clients: ClientResult[]): ClassifyResult {
  return {
    asOf: day("2024-12-31"),
    periods: [
      { label: "2024-11", start: day("2024-11-01"), end: day("2024-11-30") },
      { label: "2024-12", start: day("2024-12-01"), end: day("2024-12-31") },
    ],
    total: 2500,
    clients,
    groups: [],
    managers: [],
    concentration: { topClientShare: 0.4, top5Share: 1, clientsFor80: 2, herfindahl: 0.3 },
    possibleDuplicates: [],
    merged: [],
    xyzAlternatives: [],
    exposure: [],
    warnings: [],
    skipped: [],
  };
}

/** What the sheet holds after the cells are written: text as text, formulas as their text. */
const SHEET = { id: "kam:dossier:test", name: "Acme" };

/** Every cell a plan writes: row, column and value (a formula as its text). */
function planCells(plan: SheetPlan): { row: number; column: number; value: CellValue }[] {
  return plan.blocks.flatMap((block) =>
    block.values.flatMap((values, r) => values.map((value, c) => ({ row: block.row + r, column: block.column + c, value: isFormula(value) ? value.formula : value }))),
  );
}

function render(plan: SheetPlan, grid: CellValue[][] = []): CellValue[][] {
  for (const cell of planCells(plan)) {
    while (grid.length <= cell.row) grid.push([]);
    grid[cell.row][cell.column] = cell.value === "" ? null : cell.value;
  }
  return grid;
}

/** Inserts `count` empty rows before `row`, as Excel does when a manager inserts rows. */
function insertRows(grid: CellValue[][], row: number, count: number): CellValue[][] {
  return [...grid.slice(0, row), ...Array.from({ length: count }, () => []), ...grid.slice(row)];
}

describe("sheet names (a dossier's is its client's name)", () => {
  test("forbidden characters are replaced and the name stays within 31 characters", () => {
    const name = freeSheetName("A/B: C\\D?E*F[G]H", []);
    expect(name).toBe("A_B_ C_D_E_F_G_H");
    const long = freeSheetName("International Widget Corporation of Greater London", []);
    expect(long).toHaveLength(31);
    expect(long).toBe("International Widget Corporatio");
  });

  test("two names that collide after truncation get a suffix, compared ignoring case", () => {
    const first = freeSheetName("International Widget Corporation North", []);
    const second = freeSheetName("INTERNATIONAL WIDGET CORPORATION SOUTH", [first]);
    expect(second).not.toBe(first);
    expect(second.toLowerCase()).not.toBe(first.toLowerCase());
    expect(second.length).toBeLessThanOrEqual(31);
    expect(second.endsWith(" (2)")).toBe(true);
    const third = freeSheetName("international widget corporation west", [first, second]);
    expect(third.endsWith(" (3)")).toBe(true);
  });

  test("no apostrophe at either end, not History, not a cell reference, never blank", () => {
    expect(freeSheetName("'Quoted'", [])).toBe("Quoted");
    expect(freeSheetName("History", []).toLowerCase()).not.toBe("history");
    expect(freeSheetName("AB12", [])).not.toBe("AB12");
    expect(freeSheetName("  ", [])).toBe("Client");
    expect(freeSheetName("x".repeat(30) + "'tail", [])).not.toMatch(/'$/);
  });

  test("a surrogate pair is never cut in half", () => {
    const name = freeSheetName("a".repeat(30) + "😀😀", []);
    expect(name).toBe("a".repeat(30));
  });
});

describe("dossier template", () => {
  const template = dossierTemplate({ key: "acme", lang: "en", created: day("2025-01-10") }, SHEET);
  const grid = render(template);
  const rows = templateRows();

  test("the anchors in column A locate every section", () => {
    expect(rowsFromAnchors(grid.map((row) => row[0] ?? null))).toEqual(rows);
  });

  test("sections 2-10 sit below the Figures block, in order", () => {
    const order = Object.values(rows.sections);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order[0]).toBeGreaterThan(rows.lists.satisfaction);
    expect(rows.figures).toBeLessThan(rows.meta);
  });

  test("every drop-down is a list validation with an error alert pointing at the sheet's own list values", () => {
    const lists = template.validations.filter((v) => v.kind === "list-range");
    // Role, attitude, history outcome, channel, contact outcome, ladder, satisfaction, action status;
    // and the reviews grid's six questions and satisfaction.
    expect(lists.length).toBe(15);
    for (const validation of lists) {
      if (validation.kind !== "list-range") continue;
      expect(validation.message).not.toBe("");
      const values = grid[validation.source.row].slice(validation.source.column, validation.source.column + validation.source.columnCount);
      expect(values.every((v) => typeof v === "string" && v !== "")).toBe(true);
    }
    const roleList = lists.find((v) => v.kind === "list-range" && v.source.row === rows.lists.role);
    expect(roleList && roleList.kind === "list-range" && roleList.source.columnCount).toBe(9);
    expect(template.validations.some((v) => v.kind === "whole" && v.min === 1 && v.max === 5)).toBe(true);
    expect(template.validations.filter((v) => v.kind === "date").length).toBe(5); // history, contacts, last reviewed, action due, review date
    expect(template.validations.some((v) => v.kind === "whole" && v.min === 2000 && v.max === 2100)).toBe(true); // the plan's year
  });

  test("input areas are unlocked; the list rows are hidden; formulas are in the computed cells only", () => {
    const unlocked = template.styles.filter((s) => s.style.locked === false).map((s) => s.area);
    const inside = (row: number, column: number) => unlocked.some((a) => row >= a.row && row < a.row + a.rowCount && column >= a.column && column < a.column + a.columnCount);
    const areas = inputAreas(rows);
    for (const [id, area] of Object.entries(areas)) {
      for (let r = area.row; r < area.row + area.rowCount; r++) {
        for (let c = area.column; c < area.column + area.columnCount; c++) {
          const section = SECTIONS.find((spec) => spec.id === id);
          const computed = isComputed(id as SectionId, section?.table ? c - area.column : r - area.row);
          expect([id, r, c, inside(r, c)]).toEqual([id, r, c, !computed]);
          // The template's own formula is next review's; the other computed cells get theirs from each run.
          if (id === "review" && computed) expect(String(grid[r][c])).toMatch(/^=/);
          else if (!computed) expect(typeof grid[r]?.[c] === "string" && String(grid[r][c]).startsWith("=")).toBe(false);
        }
      }
    }
    expect(template.hiddenRows).toEqual([
      { row: rows.meta, column: 0, rowCount: 8, columnCount: 1 },
      { row: rows.lists.actionStatus, column: 0, rowCount: 2, columnCount: 1 },
    ]);
    expect(template.hiddenColumns).toEqual([0]);
  });

  test("the contact formulas compare the outcome with the sheet's own 'negative' cell, never with a translation", () => {
    const contacts = inputAreas(rows).contacts;
    const figures = render(dossierFigures({ client: client(), clientName: "Acme", result: result([client()]), measure: "revenue", lang: "en", marker: "key", everKey: true, readBack: null, rules: DEFAULT_DOSSIER_RULES }, rows, SHEET).plan, render(template));
    const formula = String(figures[contacts.row][contacts.column + 3]);
    const negativeCell = `$D$${rows.lists.contactOutcome + 1}`;
    expect(grid[rows.lists.contactOutcome][3]).toBe("Negative");
    expect(formula).toContain(`IF(D${contacts.row + 1}=${negativeCell},B${contacts.row + 1}+14,`);
    expect(formula).not.toContain("Negative");
    const review = inputAreas(rows).review;
    expect(grid[review.row + 1][2]).toBe(`=EDATE(IF(ISNUMBER(C${review.row + 1}),C${review.row + 1},$D$${rows.meta + 1}),3)`);
    expect(template.formulaColours.some((o) => o.area.row === review.row + 1 && o.formula === `=AND(ISNUMBER(C${review.row + 2}),C${review.row + 2}<TODAY())`)).toBe(true);
  });

  test("a Russian dossier writes its labels and lists in Russian", () => {
    const ru = render(dossierTemplate({ key: "acme", lang: "ru", created: 45000 }, SHEET));
    expect(ru[rows.lists.role][1]).toBe("Лицо, принимающее решение");
    expect(ru[rows.sections.decisionGroup][1]).toBe("5. Группа принятия решений");
    expect(listValues("satisfaction", "zh")).toEqual(["5 高度满意", "4 一般满意", "3 无意见", "2 有些不满意", "1 极不满意"]);
  });
});

describe("Figures section", () => {
  const rows = templateRows();

  test("writes only inside the Figures block, the hidden meta row and the computed cells of the sections", () => {
    const plan = dossierFigures({ client: client(), clientName: "Acme", result: result([client()]), measure: "revenue", lang: "en", marker: "key", everKey: true, readBack: null, rules: DEFAULT_DOSSIER_RULES }, rows, SHEET);
    const areas = inputAreas(rows);
    const computed = (row: number, column: number) =>
      (Object.entries(areas) as [SectionId, (typeof areas)[SectionId]][]).some(([id, area]) => {
        const spec = SECTIONS.find((section) => section.id === id);
        // A grid's computed row runs on past its styled entries, as far as a run reads reviews.
        const lastColumn = spec?.grid ? READ_COLUMNS : area.column + area.columnCount;
        return row >= area.row && row < area.row + area.rowCount && column >= area.column && column < lastColumn && isComputed(id, spec?.table ? column - area.column : row - area.row);
      });
    // The decision group's figures by attitude and its coverage flags, beside its table.
    const group = inputAreas(rows).decisionGroup;
    const beside = (row: number, column: number) => row >= group.row && row < group.row + 5 && column >= ATTITUDE_BLOCK_COLUMN && column <= ATTITUDE_BLOCK_COLUMN + 1;
    for (const cell of planCells(plan.plan)) {
      expect(cell.row < rows.meta || cell.row === rows.meta || computed(cell.row, cell.column) || beside(cell.row, cell.column)).toBe(true);
      if (cell.row === rows.meta) expect([META.everKey, META.name, META.yearToDate, META.margin]).toContain(cell.column);
    }
    const grid = render(plan.plan);
    expect(grid[rows.figures - 3][1]).toBe("Dossier: Acme");
    expect(grid[rows.figures - 2][1]).toBeNull();
    expect(grid[rows.figures + 11].slice(2, 4)).toEqual(["2024-11", "2024-12"]);
    expect(grid[rows.figures + 12].slice(2, 4)).toEqual([400, 600]);
    expect(plan.plan.charts.find((chart) => chart.type === "Line")?.source).toEqual({ row: rows.figures + 11, column: 1, rowCount: 2, columnCount: 3 });
  });

  test("marks a client that is no longer key, and one that left the data", () => {
    const gone = dossierFigures({ client: client({ dependency: "none" }), clientName: "Acme", result: result([]), measure: "revenue", lang: "en", marker: "no-longer-key", everKey: true, readBack: null, rules: DEFAULT_DOSSIER_RULES }, rows, SHEET);
    expect(render(gone.plan)[rows.figures - 2][1]).toBe("No longer key");
    const missing = dossierFigures({ client: null, clientName: "Acme", result: result([]), measure: "revenue", lang: "lt", marker: "not-in-data", everKey: true, readBack: null, rules: DEFAULT_DOSSIER_RULES }, rows, SHEET);
    expect(render(missing.plan)[rows.figures - 2][1]).toBe("Nebe pagrindinis: Nėra dabartiniuose duomenyse");
    // No sales chart without figures; the decision group's stays (the group is what the manager typed).
    expect(missing.plan.charts.map((chart) => chart.type)).toEqual(["ColumnClustered"]);
  });

  test("after a manager inserted rows, the summary formulas follow the sections where they are now", () => {
    const template = render(dossierTemplate({ key: "acme", lang: "en", created: 45000 }, SHEET));
    const contacts = inputAreas(rows).contacts;
    const shifted = insertRows(insertRows(template, inputAreas(rows).decisionGroup.row + 2, 3), contacts.row + 3 + 5, 2);
    const moved = rowsFromAnchors(shifted.map((row) => row[0] ?? null)) as DossierRows;
    expect(moved.sections.contacts).toBe(rows.sections.contacts + 3);
    expect(moved.sections.review).toBe(rows.sections.review + 5);
    const plan = dossierFigures({ client: client(), clientName: "Acme", result: result([client()]), measure: "revenue", lang: "en", marker: "key", everKey: true, readBack: null, rules: DEFAULT_DOSSIER_RULES }, moved, SHEET);
    const grid = render(plan.plan);
    const { nextReview, nextContact } = summaryCells(moved);
    expect(grid[nextReview.row][nextReview.column]).toBe(`=C${moved.sections.review + 4}`);
    const first = moved.sections.contacts + 4;
    const last = moved.sections.position;
    expect(String(grid[nextContact.row][nextContact.column])).toContain(`MAXIFS(B${first}:B${last},`);
  });
});

describe("reading a dossier back and the agenda's dates", () => {
  const rows = templateRows();
  const created = day("2025-01-10");

  function filled(contacts: [string, string][], lastReviewed: string | null): CellValue[][] {
    const grid = render(dossierTemplate({ key: "acme", lang: "en", created }, SHEET));
    render(dossierFigures({ client: client(), clientName: "Acme", result: result([client()]), measure: "revenue", lang: "en", marker: "key", everKey: true, readBack: null, rules: DEFAULT_DOSSIER_RULES }, rows, SHEET).plan, grid);
    const area = inputAreas(rows);
    contacts.forEach(([date, outcome], index) => {
      grid[area.contacts.row + index][1] = day(date);
      grid[area.contacts.row + index][3] = outcome;
    });
    if (lastReviewed) grid[area.review.row][2] = day(lastReviewed);
    return grid.map((row) => Array.from({ length: READ_COLUMNS }, (_, c) => row[c] ?? ""));
  }

  test("next contact: the 14-day pause after a negative contact later than the last positive one", () => {
    const readBack = readDossier(filled([["2025-02-01", "Positive"], ["2025-03-01", "negative"], ["2025-02-15", "Neutral"]], null));
    expect(readBack?.contacts.map((c) => c.outcome)).toEqual(["positive", "negative", "neutral"]);
    expect(readBack?.everKey).toBe(true);
    expect(readBack?.name).toBe("Acme");
    const due = dueDates(readBack!);
    expect(due.nextContact).toBe(day("2025-03-15"));
    expect(due.nextReview).toBe(day("2025-04-10")); // never reviewed: 3 months after creation
  });

  test("next review is 3 months after the last review, clamped to the month's end like EDATE", () => {
    const due = dueDates(readDossier(filled([], "2024-11-30"))!);
    expect(due.nextReview).toBe(day("2025-02-28"));
    expect(due.nextContact).toBe(created + 10);
    expect(addMonths(day("2024-01-31"), 1)).toBe(day("2024-02-29"));
    expect(addMonths(day("2024-12-15"), 3)).toBe(day("2025-03-15"));
  });

  test("the agenda lists exactly what is due before today", () => {
    const sheet = (contacts: [string, string][], reviewed: string | null) => readDossier(filled(contacts, reviewed))!;
    const dossiers = [
      { sheet: "Overdue both", readBack: sheet([["2025-03-01", "Negative"]], "2024-12-01") }, // contact 03-15, review 03-01
      { sheet: "Due today", readBack: sheet([["2025-03-10", "Positive"]], "2024-12-20") }, // contact 03-20 = today, review 03-20
      { sheet: "Fine", readBack: sheet([["2025-03-18", "Positive"]], "2025-03-01") },
    ];
    const agenda = agendaOf(dossiers, day("2025-03-20"));
    expect(agenda.map((item) => [item.sheet, item.kind, item.dueIso, item.daysOverdue])).toEqual([
      ["Overdue both", "review", "2025-03-01", 19],
      ["Overdue both", "contact", "2025-03-15", 5],
    ]);
  });

  test("today is the local calendar day", () => {
    expect(serialOfDay(new Date(2025, 2, 20, 23, 59))).toBe(day("2025-03-20"));
  });
});
