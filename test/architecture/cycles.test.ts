/**
 * The source has no runtime import cycle (range, worksheet, table and conditional formats used to
 * import one another; the headless context now makes the proxies they hand out). A cycle makes
 * module order matter and a class undefined at load time, so it fails here.
 */
import { cycles, runtimeImports } from "./imports";

test("no module of src/ imports itself back at run time", () => {
  expect(cycles(runtimeImports())).toEqual([]);
});

test("the check sees a cycle when there is one", () => {
  const graph = new Map([
    ["a.ts", ["b.ts"]],
    ["b.ts", ["c.ts"]],
    ["c.ts", ["a.ts"]],
    ["d.ts", ["a.ts"]],
  ]);
  expect(cycles(graph)).toEqual([["a.ts", "b.ts", "c.ts"]]);
});

test("the graph has the files and their runtime imports, not the type-only ones", () => {
  const graph = runtimeImports();
  expect(graph.get("headless/index.ts")).toEqual(expect.arrayContaining(["headless/range.ts", "headless/worksheet.ts"]));
  // context.ts names Range and Worksheet as types only.
  expect(graph.get("headless/context.ts")).not.toContain("headless/range.ts");
});
