/**
 * The bundled sample (assets/sample-sales.*, written by `npm run sample`) shows what the product
 * is for: the ABC-XYZ matrix filled in most cells, with the traits the other tests and the
 * playground rely on. Run through the command line as a library, as the README's first command.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { run } from "../../src/cli/run";
import type { JsonReport } from "../../src/engine/report";

const root = resolve(__dirname, "../..");
const dir = mkdtempSync(join(tmpdir(), "kam-sample-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function kam(...args: string[]): Promise<{ status: number; stderr: string }> {
  let stderr = "";
  const status = await run(args, { stdout: { write: () => undefined }, stderr: { write: (text: string) => (stderr += text) }, cwd: root });
  return { status, stderr };
}

async function report(input: string): Promise<JsonReport> {
  const out = join(dir, `${input.replace(/\W/g, "-")}.json`);
  expect(await kam("classify", input, "--json", out)).toEqual({ status: 0, stderr: "" });
  return JSON.parse(readFileSync(out, "utf8")) as JsonReport;
}

describe("the bundled sample", () => {
  let xlsx: JsonReport;
  beforeAll(async () => {
    xlsx = await report("assets/sample-sales.xlsx");
  }, 60_000);

  test("fills at least six of the nine ABC-XYZ cells, with X, Y and Z among A, B and C clients", () => {
    const counts = new Map<string, number>();
    for (const client of xlsx.clients) counts.set(client.abcxyz, (counts.get(client.abcxyz) ?? 0) + 1);
    const cells = ["AX", "AY", "AZ", "BX", "BY", "BZ", "CX", "CY", "CZ"];
    expect(cells.filter((cell) => (counts.get(cell) ?? 0) > 0).length).toBeGreaterThanOrEqual(6);
    for (const letter of ["A", "B", "C", "X", "Y", "Z"]) expect(cells.filter((cell) => cell.includes(letter) && (counts.get(cell) ?? 0) > 0).length).toBeGreaterThanOrEqual(2);
    // Z does not swallow the list: no cell holds more than two thirds of the clients.
    expect(Math.max(...counts.values())).toBeLessThan((xlsx.clients.length * 2) / 3);
  });

  test("keeps its traits: a near-mono client, key clients, a holding key only as a holding, managers, returns, lost and fading clients", () => {
    expect(xlsx.clients).toHaveLength(301);
    expect(xlsx.periods).toBe(24);
    const [top, ...rest] = xlsx.clients;
    // Close to mono-client (over 50%), critical already.
    expect(top.share).toBeGreaterThan(0.35);
    expect(top.share).toBeLessThan(0.5);
    expect(top.dependency).toBe("critical");
    expect(rest.filter((client) => client.dependency === "key").length).toBeGreaterThanOrEqual(2);
    const holding = xlsx.groups.find((group) => group.group === "Vector Holding");
    expect(holding?.dependency).not.toBe("none");
    expect(xlsx.clients.filter((client) => client.group === "Vector Holding").every((client) => client.dependency === "none")).toBe(true);
    expect(xlsx.managers).toHaveLength(6);
    // A client that only returned goods: no purchase day, lost.
    expect(xlsx.clients.find((client) => client.client === "Returns Only Ltd")).toMatchObject({ measure: -420.5, frequency: 0, status: "lost" });
    expect(readFileSync(join(root, "assets/sample-sales.csv"), "utf8")).toMatch(/,RT-\d+,.*,-\d+\.\d\d,/);
    const statuses = new Set(xlsx.clients.map((client) => client.status));
    expect([...statuses].sort()).toEqual(["active", "at-risk", "lost"]);
    // Lost or fading A and B clients to win back.
    expect(xlsx.clients.some((client) => client.status !== "active" && client.abc !== "C")).toBe(true);
  });

  test("has client names in six scripts and names that look like formulas", () => {
    const names = xlsx.clients.map((client) => client.client);
    for (const script of [/^[A-Za-z]/, /\p{Script=Cyrillic}/u, /[ĄČĘĖĮŠŲŪŽąčęėįšųūž]/, /[ŵŷ]|Cwmni|Llaeth|Siop|Caffi|Gwasg|Melin|Bwyd/, /\p{Script=Arabic}/u, /\p{Script=Han}/u]) {
      expect(names.some((name) => script.test(name))).toBe(true);
    }
    expect(names).toEqual(expect.arrayContaining(["=Plus Trading", "+7 Logistics"]));
  });

  test("the CSV and the workbook hold the same sales", async () => {
    const csv = await report("assets/sample-sales.csv");
    expect(csv.clients.map((client) => [client.client, client.abcxyz, client.status])).toEqual(xlsx.clients.map((client) => [client.client, client.abcxyz, client.status]));
    expect(csv.total).toBeCloseTo(xlsx.total, 6);
  }, 60_000);

  test("the README's first command writes the result workbook", async () => {
    const out = join(dir, "kam-sample.xlsx");
    expect(await kam("classify", "assets/sample-sales.xlsx", "--out", out)).toEqual({ status: 0, stderr: "" });
    expect(existsSync(out)).toBe(true);
    expect(readFileSync(join(root, "README.md"), "utf8")).toContain("npx kam classify assets/sample-sales.xlsx --out kam-sample.xlsx");
  }, 120_000);
});
