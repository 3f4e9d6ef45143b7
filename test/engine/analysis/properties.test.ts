import fc from "fast-check";
import { classify } from "../../../src/engine/classify";
import { amountsOf, buildSales, settingsWith, type TestRow } from "./build";

const CLIENTS = ["Acme", "Bolt", "Cog", "Dyn", "Echo", "Flux", "Gear", "Hub"];
const MANAGERS = ["Ann", "Bob", "Cy"];
const GROUPS = ["Holding X", "Holding Y"];

/** Rows of whole amounts (so sums are exact in any order) over four months, with every optional column. */
const salesRows = fc
  .array(
    fc.record({
      client: fc.constantFrom(...CLIENTS),
      amount: fc.integer({ min: -50, max: 500 }),
      // Some popular days, so that one client often has several rows on one day.
      day: fc.oneof(fc.integer({ min: 0, max: 120 }), fc.constantFrom(0, 31, 60, 91)),
      manager: fc.option(fc.constantFrom(...MANAGERS), { nil: undefined }),
      group: fc.option(fc.constantFrom(...GROUPS), { nil: undefined }),
      order: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 80 },
  )
  .map((rows) =>
    rows.map(
      (row, i): TestRow => ({
        client: row.client,
        amount: row.amount,
        date: new Date(Date.UTC(2024, 0, 1 + row.day)).toISOString().slice(0, 10),
        profit: Math.round(row.amount / 3),
        manager: row.manager,
        group: row.group,
        // Orders belong to one client, as documents do.
        order: row.order === undefined ? undefined : `${row.client}-${row.order}`,
        sourceRow: i + 2,
      }),
    ),
  );

const settingsArbitrary = fc.record({
  measure: fc.constantFrom("revenue" as const, "profit" as const),
  abcRule: fc.constantFrom("crossing" as const, "classic" as const),
  xyz: fc.constantFrom("cv" as const, "frequency" as const),
  period: fc.constantFrom("month" as const, "quarter" as const, "week" as const),
});

describe("properties", () => {
  test("crossing rule: A is the smallest top group reaching a, A and B the smallest reaching b", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -100, max: 1000 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 98 }),
        fc.integer({ min: 1, max: 99 }),
        (amounts, aPercent, bOffset) => {
          const bPercent = Math.min(99, aPercent + bOffset);
          const result = classify(buildSales(amountsOf(amounts)), settingsWith({ a: aPercent / 100, b: bPercent / 100 }));
          const measures = result.clients.map((c) => c.measure);
          const total = measures.filter((m) => m > 0).reduce((sum, m) => sum + m, 0);
          // Exact integer arithmetic: the smallest k whose top-k sum is at least percent% of T.
          const smallestReaching = (percent: number) => {
            let sum = 0;
            for (let k = 1; k <= measures.length; k++) {
              if (measures[k - 1] <= 0) break;
              sum += measures[k - 1];
              if (100 * sum >= percent * total) return k;
            }
            return measures.filter((m) => m > 0).length;
          };
          const count = (letters: string) => result.clients.filter((c) => letters.includes(c.abc)).length;
          expect(count("A")).toBe(total > 0 ? smallestReaching(aPercent) : 0);
          expect(count("AB")).toBe(total > 0 ? smallestReaching(bPercent) : 0);
        },
      ),
    );
  });

  test("the shares of the clients with a positive measure sum to 1", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 50 }), (amounts) => {
        fc.pre(amounts.some((amount) => amount > 0));
        const result = classify(buildSales(amountsOf(amounts)), settingsWith());
        const sum = result.clients.filter((c) => c.measure > 0).reduce((total, c) => total + c.share, 0);
        expect(sum).toBeCloseTo(1, 9);
      }),
    );
  });

  test("permuting the input rows changes nothing", () => {
    const rowsAndPermutation = salesRows.chain((rows) =>
      fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length })),
    );
    fc.assert(
      fc.property(rowsAndPermutation, settingsArbitrary, ([rows, shuffled], settings) => {
        expect(classify(buildSales(shuffled), settingsWith(settings))).toEqual(classify(buildSales(rows), settingsWith(settings)));
      }),
    );
  });

  test("splitting one sale into two rows on the same day changes nothing", () => {
    fc.assert(
      fc.property(salesRows, settingsArbitrary, fc.nat(), fc.integer({ min: -100, max: 100 }), (rows, settings, pick, part) => {
        const index = pick % rows.length;
        const original = rows[index];
        const split = [
          ...rows.slice(0, index),
          { ...original, amount: original.amount - part, profit: (original.profit ?? 0) - part },
          ...rows.slice(index + 1),
          { ...original, amount: part, profit: part, sourceRow: rows.length + 2 },
        ];
        expect(classify(buildSales(split), settingsWith(settings))).toEqual(classify(buildSales(rows), settingsWith(settings)));
      }),
    );
  });
});
