/**
 * `kam classify --out OUT.xlsx --dossier NAME` end to end, in-process through the command line's
 * library entry (src/cli/run.ts); the workbook it writes is opened, edited like a manager would and
 * classified again.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../../src/cli/run";
import { fromRows, loadXlsx, saveXlsx } from "../../../src/headless/xlsx";
import { baseSales, dossierInputs, LONG_NORTH, LONG_SOUTH, SLASHED, typeInto } from "./helpers";

let dir = "";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "kam-dossier-cli-"));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function kam(...args: string[]): Promise<{ status: number; stderr: string }> {
  let stderr = "";
  const status = await run(args, { stdout: { write: () => true }, stderr: { write: (text: string) => (stderr += text) }, cwd: dir });
  return { status, stderr };
}

function salesCsv(scale: number): string {
  const lines = ["Client,Date,Amount,Manager"];
  for (const [client, [november, december]] of Object.entries(baseSales(scale))) {
    lines.push(`${client},2024-11-15,${november},Ann`, `${client},2024-12-15,${december},Ann`);
  }
  return lines.join("\n") + "\n";
}

test("--dossier writes dossiers for the key clients and the named one; a re-run on the edited output keeps what was typed", async () => {
  writeFileSync(join(dir, "sales.csv"), salesCsv(1));
  const first = await kam("classify", "sales.csv", "--out", "first.xlsx", "--dossier", "small co");
  expect(first).toEqual({ status: 0, stderr: "" });

  const excel = await loadXlsx(readFileSync(join(dir, "first.xlsx")));
  const names = excel.inspect.sheets().map((sheet) => sheet.name);
  expect(names).toEqual(expect.arrayContaining(["KAM Dossiers", "Big Buyer Ltd", "Foo_Bar_ Baz_ _EU__", "Small Co"]));
  const index = excel.inspect.sheet("KAM Dossiers").values().slice(1).map((row) => row[1]);
  expect(index.sort()).toEqual(["Big Buyer Ltd", SLASHED, LONG_NORTH, LONG_SOUTH, "Small Co"].sort());
  expect(excel.inspect.sheet("Small Co").protection().protected).toBe(true);

  // A manager fills in the dossier and new sales arrive on the Sales sheet.
  const areas = await dossierInputs(excel, "Big Buyer Ltd");
  await typeInto(excel, "Big Buyer Ltd", areas.competitors.row, areas.competitors.column, [["Globex", "same machines, cheaper", "price", "service"]]);
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem("Sales").getRange("A36:D36").values = [["Big Buyer Ltd", "2024-12-20", 500, "Ann"]];
    await context.sync();
  });
  writeFileSync(join(dir, "edited.xlsx"), await saveXlsx(excel));

  const second = await kam("classify", "edited.xlsx", "--sheet", "Sales", "--out", "second.xlsx", "--dossier", "Small Co");
  expect(second).toEqual({ status: 0, stderr: "" });
  const again = await loadXlsx(readFileSync(join(dir, "second.xlsx")));
  const values = again.inspect.sheet("Big Buyer Ltd").values();
  expect(values[areas.competitors.row].slice(1, 5)).toEqual(["Globex", "same machines, cheaper", "price", "service"]);
  expect(again.inspect.sheets().filter((sheet) => sheet.name.startsWith("Big Buyer"))).toHaveLength(1);
  const measure = values.find((row) => row[1] === "Revenue")?.[2];
  expect(measure).toBe(800);
}, 60_000);

test("--dossier with a name that is not in the data, or without --out, is a usage error", async () => {
  writeFileSync(join(dir, "sales.csv"), salesCsv(1));
  const unknown = await kam("classify", "sales.csv", "--out", "x.xlsx", "--dossier", "Nobody Ltd");
  expect(unknown.status).toBe(2);
  expect(unknown.stderr).toContain("'Nobody Ltd'");
  const noOut = await kam("classify", "sales.csv", "--dossier", "Small Co");
  expect(noOut.status).toBe(2);
  expect(noOut.stderr).toContain("--dossier needs --out");
}, 60_000);

test("--out without --dossier writes a dossier for exactly the key clients", async () => {
  writeFileSync(join(dir, "sales.csv"), salesCsv(1));
  expect(await kam("classify", "sales.csv", "--out", "keys.xlsx")).toEqual({ status: 0, stderr: "" });
  const excel = await loadXlsx(readFileSync(join(dir, "keys.xlsx")));
  const index = excel.inspect.sheet("KAM Dossiers").values().slice(1).map((row) => row[1]);
  expect(index.sort()).toEqual(["Big Buyer Ltd", SLASHED, LONG_NORTH, LONG_SOUTH].sort());
  expect(excel.inspect.sheets().some((sheet) => sheet.name === "Small Co")).toBe(false);
}, 60_000);

test("--by-manager writes one workbook per manager with only that manager's dossiers, their index and KAM Health", async () => {
  const managers: Record<string, string> = { "Big Buyer Ltd": "Ann", [SLASHED]: "Bob/Lee", [LONG_NORTH]: "Bob/Lee", [LONG_SOUTH]: "" };
  const lines = ["Client,Date,Amount,Manager"];
  for (const [client, [november, december]] of Object.entries(baseSales(1))) {
    const manager = managers[client] ?? "Ann";
    lines.push(`"${client}",2024-11-15,${november},${manager}`, `"${client}",2024-12-15,${december},${manager}`);
  }
  writeFileSync(join(dir, "managers.csv"), lines.join("\n") + "\n");
  let stdout = "";
  const status = await run(["classify", "managers.csv", "--out", "team.xlsx", "--by-manager"], { stdout: { write: (text: string) => ((stdout += text), true) }, stderr: { write: () => true }, cwd: dir });
  expect(status).toBe(0);
  // A manager's name is made safe for a file name; a dossier without a manager is in neither.
  expect(stdout).toContain("wrote team - Ann.xlsx: 1 dossier of Ann");
  expect(stdout).toContain("wrote team - Bob_Lee.xlsx: 2 dossiers of Bob/Lee");
  expect(stdout).toContain("1 dossier has no manager");
  const sheetsOf = async (file: string) => {
    const excel = await loadXlsx(readFileSync(join(dir, file)));
    return { excel, names: excel.inspect.sheets().filter((sheet) => sheet.visibility === "Visible").map((sheet) => sheet.name) };
  };
  const bob = await sheetsOf("team - Bob_Lee.xlsx");
  expect(bob.names.sort()).toEqual(["International Widget Corporatio", "Foo_Bar_ Baz_ _EU__", "KAM Dossiers", "KAM Health"].sort());
  // The index and KAM Health list that manager's dossiers only, with working links and no #REF!.
  const index = bob.excel.inspect.sheet("KAM Dossiers").values();
  expect(index.slice(1).map((row) => row[0]).sort()).toEqual(["Foo_Bar_ Baz_ _EU__", "International Widget Corporatio"]);
  expect(JSON.stringify(index)).not.toContain("#REF!");
  expect(bob.excel.inspect.sheet("KAM Health").values().slice(1).map((row) => row[2])).toEqual(["Bob/Lee", "Bob/Lee"]);
  const ann = await sheetsOf("team - Ann.xlsx");
  expect(ann.names.sort()).toEqual(["Big Buyer Ltd", "KAM Dossiers", "KAM Health"]);

  // Later, from the team workbook as the managers filled it: kam dossiers --by-manager carries what they typed and leaves the workbook as it was.
  const team = await loadXlsx(readFileSync(join(dir, "team.xlsx")));
  const areas = await dossierInputs(team, "Big Buyer Ltd");
  await typeInto(team, "Big Buyer Ltd", areas.competitors.row, areas.competitors.column, [["Globex", "cheaper", "price", "service"]]);
  writeFileSync(join(dir, "team.xlsx"), await saveXlsx(team));
  const teamBytes = readFileSync(join(dir, "team.xlsx"));
  let later = "";
  expect(await run(["dossiers", "team.xlsx", "--by-manager"], { stdout: { write: (text: string) => ((later += text), true) }, stderr: { write: () => true }, cwd: dir })).toBe(0);
  expect(later).toContain("wrote team - Ann.xlsx: 1 dossier of Ann");
  expect(later).toContain("wrote team - Bob_Lee.xlsx: 2 dossiers of Bob/Lee");
  expect(readFileSync(join(dir, "team.xlsx")).equals(teamBytes)).toBe(true);
  const annLater = await sheetsOf("team - Ann.xlsx");
  expect(annLater.names.sort()).toEqual(["Big Buyer Ltd", "KAM Dossiers", "KAM Health"]);
  expect(annLater.excel.inspect.sheet("Big Buyer Ltd").values()[areas.competitors.row].slice(1, 5)).toEqual(["Globex", "cheaper", "price", "service"]);
});

test("kam dossiers follows the settings saved in the workbook and makes no dossier the team did not", async () => {
  const lines = ["Client,Date,Amount,Manager"];
  for (const [client, [november, december]] of Object.entries(baseSales(1))) lines.push(`"${client}",2024-11-15,${november},Ann`, `"${client}",2024-12-15,${december},Ann`);
  // A bad row: the team's run skipped it, with "skip bad rows" saved in the workbook.
  lines.push("Big Buyer Ltd,2024-12-20,lots,Ann");
  writeFileSync(join(dir, "skipping.csv"), lines.join("\n") + "\n");
  expect((await kam("classify", "skipping.csv", "--skip-bad-rows", "--out", "skipping.xlsx")).status).toBe(0);
  let stdout = "";
  const io = { stdout: { write: (text: string) => ((stdout += text), true) }, stderr: { write: () => true }, cwd: dir };
  expect(await run(["dossiers", "skipping.xlsx", "--by-manager"], io)).toBe(0);
  expect(stdout).toMatch(/^wrote skipping - Ann\.xlsx: \d+ dossiers of Ann$/m);

  // A workbook of sales alone (the good rows) has no dossier: none is made for the managers' workbooks.
  const plain = await loadXlsx(readFileSync(join(dir, "skipping.xlsx")));
  const onlySales = fromRows(plain.inspect.sheet("Sales").values().filter((row) => row[2] !== "lots"));
  writeFileSync(join(dir, "plain.xlsx"), await saveXlsx(onlySales));
  stdout = "";
  expect(await run(["dossiers", "plain.xlsx", "--by-manager"], io)).toBe(0);
  expect(stdout).toBe("no dossier has a manager: no manager's workbook was written\n");
  expect(existsSync(join(dir, "plain - Ann.xlsx"))).toBe(false);
});

test("kam dossiers needs --by-manager and a workbook", async () => {
  expect((await kam("dossiers", "team.xlsx")).stderr).toContain("kam dossiers needs --by-manager");
  expect((await kam("dossiers", "sales.csv", "--by-manager")).stderr).toContain("kam dossiers reads a workbook (.xlsx)");
  expect((await kam("dossiers", "--by-manager")).status).toBe(2);
});
