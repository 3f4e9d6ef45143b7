/**
 * `kam classify` end to end, in-process through the command line's library entry (src/cli/run.ts),
 * on the public data sets and on small files written here; one test runs the built `kam` command
 * itself (bin/kam.js over a dist/kam.mjs built fresh for this run).
 */
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { Workbook } from "exceljs";
import JSZip from "jszip";
import { run } from "../../src/cli/run";
import { loadXlsx, saveXlsx } from "../../src/headless/xlsx";
import type { JsonReport } from "../../src/engine/report";
import { CLIENTS_HEADER_ROW } from "../../src/excel/layout/clients";
import { classifyWorkbook } from "../../src/excel/classify-workbook";
import { DEFAULT_WORKBOOK_SETTINGS, saveWorkbookSettings } from "../../src/excel/settings";

const root = resolve(__dirname, "../..");
const datasets = resolve(root, "../shared/datasets");
let dir = "";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "kam-cli-test-"));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

async function kam(...args: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const status = await run(args, { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, cwd: dir });
  return { status, stdout, stderr };
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Runs classify with --json; returns the run and the report (null when no file was written). */
async function classifyToJson(input: string, ...options: string[]): Promise<{ run: Run; report: JsonReport | null }> {
  const out = join(dir, `out-${Math.random().toString(36).slice(2)}.json`);
  const outcome = await kam("classify", input, "--json", out, ...options);
  const report = existsSync(out) ? (JSON.parse(readFileSync(out, "utf8")) as JsonReport) : null;
  return { run: outcome, report };
}

function measures(report: JsonReport | null): Record<string, number> {
  return Object.fromEntries((report?.clients ?? []).map((client) => [client.client, client.measure]));
}

/** A small independent CSV reader (character state machine) for checking totals. */
function parseCsvForTest(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  const body = text.replace(/^\ufeff/, "");
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') field += body[++i];
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      record.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && body[i + 1] === "\n") i++;
      record.push(field);
      records.push(record);
      record = [];
      field = "";
    } else field += char;
  }
  if (field !== "" || record.length) records.push([...record, field]);
  return records;
}

/** T of the spec: the sum of the positive per-client sums of one column, plus the client count. */
function positiveTotal(path: string, clientHeader: string, valueHeader: string): { total: number; clients: number } {
  const [header, ...rows] = parseCsvForTest(readFileSync(path, "utf8"));
  const client = header.indexOf(clientHeader);
  const value = header.indexOf(valueHeader);
  const sums = new Map<string, number>();
  for (const row of rows) sums.set(row[client], (sums.get(row[client]) ?? 0) + Number(row[value]));
  return { total: [...sums.values()].filter((sum) => sum > 0).reduce((a, b) => a + b, 0), clients: sums.size };
}

const withDatasets = existsSync(datasets) ? describe : describe.skip;
if (!existsSync(datasets)) console.warn(`test/cli: ${datasets} is absent; the public data set tests are skipped`);

withDatasets("public data sets", () => {
  const superstore = join(datasets, "superstore.csv");
  const retail = join(datasets, "online-retail-invoices.csv");

  test("Superstore: the summary names the columns chosen (BOM, day-first dd/mm/yy)", async () => {
    const run = await kam("classify", superstore);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("columns: client=Customer Name, date=Order Date, amount=Sales, profit=Profit, order=Order ID");
    expect(run.stdout).toContain("also matched (not used): client: Customer ID; date: Ship Date");
    expect(run.stdout).toContain("dates read day-first; as of 2022-12-30");
  });

  test("Superstore: revenue total and clients match an independent sum", async () => {
    const expected = positiveTotal(superstore, "Customer Name", "Sales");
    const { run, report } = await classifyToJson(superstore);
    expect(run.status).toBe(0);
    expect(report?.total).toBeCloseTo(expected.total, 6);
    expect(report?.clients).toHaveLength(expected.clients);
    expect(report?.asOf).toBe("2022-12-30");
    expect(report?.skipped).toEqual([]);
  });

  test("Superstore --measure profit: negative profits, clients below zero are C", async () => {
    const expected = positiveTotal(superstore, "Customer Name", "Profit");
    const { run, report } = await classifyToJson(superstore, "--measure", "profit");
    expect(run.status).toBe(0);
    expect(report?.total).toBeCloseTo(expected.total, 6);
    const losing = report?.clients.filter((client) => client.measure < 0) ?? [];
    expect(losing.length).toBeGreaterThan(0);
    expect(losing.every((client) => client.abc === "C")).toBe(true);
  });

  test("UCI online retail: CustomerID, InvoiceDate, TotalPrice, InvoiceNo", async () => {
    const expected = positiveTotal(retail, "CustomerID", "TotalPrice");
    const summary = await kam("classify", retail);
    expect(summary.stdout).toContain("columns: client=CustomerID, date=InvoiceDate, amount=TotalPrice, order=InvoiceNo");
    const { run, report } = await classifyToJson(retail);
    expect(run.status).toBe(0);
    expect(report?.total).toBeCloseTo(expected.total, 6);
    expect(report?.clients).toHaveLength(4338);
    expect(report?.asOf).toBe("2011-12-09");
  });
  test("--json and --out give the same client list and figures: the JSON run against KAM Clients of the workbook run", async () => {
    for (const [input, measure] of [[superstore, "Sales"], [retail, "TotalPrice"]] as const) {
      const { report } = await classifyToJson(input);
      const out = join(dir, `${basename(input)}.xlsx`);
      expect((await kam("classify", input, "--out", out)).status).toBe(0);
      const workbook = new Workbook();
      await workbook.xlsx.readFile(out);
      const sheet = workbook.getWorksheet("KAM Clients");
      // The table's header is under the legend (0-based CLIENTS_HEADER_ROW; ExcelJS counts from 1).
      const headerRow = CLIENTS_HEADER_ROW + 1;
      const header = (sheet?.getRow(headerRow).values as unknown[]).map(String);
      const clientAt = header.indexOf("Client");
      const revenueAt = header.indexOf("Revenue");
      const rows: { client: string; measure: number }[] = [];
      sheet?.eachRow((row, number) => {
        if (number > headerRow) rows.push({ client: String(row.getCell(clientAt).value), measure: Number(row.getCell(revenueAt).value) });
      });
      expect({ input: measure, clients: rows.map((row) => row.client) }).toEqual({ input: measure, clients: report?.clients.map((client) => client.client) });
      rows.forEach((row, index) => expect(row.measure).toBeCloseTo(report?.clients[index].measure ?? NaN, 6));
    }
  }, 180_000);
});

describe("possible duplicates", () => {
  test("are listed in the summary; aliases set on KAM Aliases count in --json as in --out", async () => {
    const input = file("dups.csv", "Client,Date,Amount\nMargie's Travel,2024-01-05,415\nMargie's Travel Inc,2024-02-05,5\nAcme,2024-03-05,580\n");
    const first = await kam("classify", input);
    expect(first.stdout).toContain("warning: 'Margie's Travel' (41.5%), 'Margie's Travel Inc' (0.5%) may be one client");
    const out = join(dir, "dups.xlsx");
    expect((await kam("classify", input, "--out", out)).status).toBe(0);
    // A person types the alias (in the add-in's own .xlsx layer, as Excel would save it).
    const excel = await loadXlsx(readFileSync(out));
    await excel.api(async (context) => {
      const body = context.workbook.tables.getItem("KAM_Aliases").getDataBodyRange();
      body.load("values");
      await context.sync();
      const row = (body.values as unknown[][]).findIndex((cells) => cells[0] === "Margie's Travel Inc");
      body.getCell(row, 1).values = [["Margie's Travel"]];
      await context.sync();
    });
    writeFileSync(out, await saveXlsx(excel));
    const report = join(dir, "dups.json");
    expect((await kam("classify", out, "--sheet", "Sales", "--json", report)).status).toBe(0);
    const clients = (JSON.parse(readFileSync(report, "utf8")) as JsonReport).clients.map((client) => [client.client, client.measure]);
    expect(clients).toEqual([["Acme", 580], ["Margie's Travel", 420]]);
  });
});

describe("columns that look wrong", () => {
  test("an amount column of years stops with exit 1, what was seen and the fix; --trust-columns goes on", async () => {
    const lines = ["Client,Date,Amount", ...Array.from({ length: 30 }, (_, i) => `Client ${i},2024-0${1 + (i % 9)}-05,${2020 + (i % 5)}`)];
    const input = file("years.csv", lines.join("\n") + "\n");
    const stopped = await kam("classify", input);
    expect(stopped.status).toBe(1);
    expect(stopped.stderr).toContain("kam: the amount column 'Amount' looks wrong: 100% of its values are whole numbers between 1990 and 2100, like years. Pick the right column with --map ROLE=HEADER, or, if the columns are right, run again with --trust-columns");
    expect((await kam("classify", input, "--trust-columns")).status).toBe(0);
  });
});

describe("CSV forms", () => {
  test("ids stay as written: clients 007, 7, 1.50 and 1.5 are four clients in --json and in --out", async () => {
    const input = file("ids.csv", "Client,Date,Amount\n007,2024-01-05,5\n7,2024-01-06,6\n1.50,2024-02-09,7\n1.5,2024-03-09,8\n");
    const { report } = await classifyToJson(input);
    expect(report?.clients.map((client) => client.client).sort()).toEqual(["007", "1.5", "1.50", "7"]);
    const out = join(dir, "ids.xlsx");
    expect((await kam("classify", input, "--out", out)).status).toBe(0);
    const workbook = new Workbook();
    await workbook.xlsx.readFile(out);
    const clients: string[] = [];
    workbook.getWorksheet("KAM Clients")?.eachRow((row, number) => {
      // The legend is above the table: its clients are the rows under the header.
      if (number > CLIENTS_HEADER_ROW + 1 && row.getCell(2).value !== null) clients.push(String(row.getCell(2).value));
    });
    expect(clients.sort()).toEqual(["007", "1.5", "1.50", "7"]);
  });


  test("a named pipe is read whole (it cannot be read a block at a time at positions)", async () => {
    if (process.platform === "win32") return;
    const source = file("piped-source.csv", "Client,Date,Amount\nAcme,2024-01-05,10\nBeta,2024-02-06,3\n");
    const pipe = join(dir, "piped.csv");
    expect(spawnSync("mkfifo", [pipe]).status).toBe(0);
    // The writer runs in another process: reading the pipe waits until it has written everything.
    const writer = spawn("sh", ["-c", `cat '${source}' > '${pipe}'`]);
    const { run: outcome, report } = await classifyToJson(pipe);
    writer.kill();
    expect(outcome.stderr).toBe("");
    expect(outcome.status).toBe(0);
    expect(measures(report)).toEqual({ Acme: 10, Beta: 3 });
  });

  test("semicolons, decimal commas, a BOM and CRLF line ends", async () => {
    const input = file("semicolon.csv", "\ufeffКлиент;Дата;Сумма\r\nАльфа;05.03.2024;1 234,50\r\nБета;06.03.2024;100\r\nальфа;07.03.2024;10,5\r\n");
    const { run, report } = await classifyToJson(input);
    expect(run.status).toBe(0);
    expect(measures(report)).toEqual({ "Альфа": 1245, "Бета": 100 });
    expect(report?.asOf).toBe("2024-03-07");
  });

  test("tabs, and quoted fields with delimiters, doubled quotes and newlines (rows still count records)", async () => {
    const input = file("tabs.tsv.csv", 'Customer\tNote\tAmount\n"Acme\tInc"\t"say ""hi""\nsecond line"\t10\nBeta\tx\t5\n\tempty\t1\n');
    const failed = await classifyToJson(input);
    expect(failed.run.status).toBe(1);
    expect(failed.run.stderr).toContain("row 4: client is empty");
    const { run, report } = await classifyToJson(input, "--skip-bad-rows");
    expect(run.status).toBe(0);
    expect(measures(report)).toEqual({ "Acme\tInc": 10, Beta: 5 });
  });

  test("Russian Excel's plain CSV: windows-1251 with semicolons", async () => {
    const text = "Покупатель;Дата;Выручка\nАльфа;05.03.2024;1 000,50\nБета;06.03.2024;10\n";
    const bytes = Buffer.from(Array.from(text, (char) => (char.charCodeAt(0) < 0x80 ? char.charCodeAt(0) : 0xc0 + char.charCodeAt(0) - 0x410)));
    const input = join(dir, "cp1251.csv");
    writeFileSync(input, bytes);
    const { run, report } = await classifyToJson(input);
    expect(run.status).toBe(0);
    expect(measures(report)).toEqual({ "Альфа": 1000.5, "Бета": 10 });
  });

  test("a wide client-by-period table", async () => {
    const input = file("wide.csv", "Client,Jan 2024,Feb 2024,Mar 2024\nAcme,100,100,100\nBeta,,50,\n");
    const { run, report } = await classifyToJson(input);
    expect(run.status).toBe(0);
    expect(measures(report)).toEqual({ Acme: 300, Beta: 50 });
    expect(report?.asOf).toBe("2024-03-31");
    expect(report?.periods).toBe(3);
  });

  test("ambiguous dates are day-first unless --month-first; data that shows month-first wins", async () => {
    const input = file("ambiguous.csv", "Client,Date,Amount\nA,05/03/2024,1\nA,04/03/2024,1\n");
    expect((await classifyToJson(input)).report?.asOf).toBe("2024-03-05");
    expect((await classifyToJson(input, "--month-first")).report?.asOf).toBe("2024-05-03");
    const clear = file("month-first.csv", "Client,Date,Amount\nA,05/03/2024,1\nA,04/13/2024,1\n");
    expect((await classifyToJson(clear)).report?.asOf).toBe("2024-05-03");
  });

  test("--map picks a column by header or by #number", async () => {
    const input = file("mapped.csv", "Who,When,Net,Gross\nA,2024-01-01,1,10\nB,2024-01-02,2,20\n");
    const byHeader = await classifyToJson(input, "--map", "client=Who", "--map", "amount=Gross");
    expect(measures(byHeader.report)).toEqual({ A: 10, B: 20 });
    const byNumber = await classifyToJson(input, "--map", "client=#1", "--map=amount=#3");
    expect(measures(byNumber.report)).toEqual({ A: 1, B: 2 });
  });
});

test("analysis options reach the analysis: --from, --as-of, --period, --abc-rule, --lost-after", async () => {
  const rows = ["Client,Date,Amount", "A,2024-01-10,80", "B,2024-02-10,15", "C,2024-05-10,5", "D,2023-06-01,1000"];
  const input = file("options.csv", rows.join("\n") + "\n");
  const { report } = await classifyToJson(input, "--from", "2024-01-01", "--as-of", "2024-06-30", "--period", "quarter", "--abc-rule", "classic", "--a", "0.5", "--lost-after", "30");
  expect(report?.asOf).toBe("2024-06-30");
  expect(report?.periods).toBe(2);
  expect(report?.total).toBe(100);
  expect(report?.clients.map((client) => [client.client, client.abc, client.status])).toEqual([
    ["A", "B", "lost"],
    ["B", "B", "lost"],
    ["C", "C", "lost"],
  ]);
});

describe("bad input: exit 1, one `row N: reason` line per problem, nothing written", () => {
  test.each([
    ["empty file", "", ["kam: the file is empty: no header and no data rows"]],
    ["header only", "Client,Amount\n", ["kam: no data rows"]],
    ["no amount column", "Client,Note\nA,x\n", ["row 1: no amount column found; headers: Client, Note"]],
    ["text in amount", "Client,Amount\nA,1\nB,abc\n", ["row 3: amount is not a number: 'abc'"]],
    ["empty client", "Client,Amount\nA,1\n\n ,2\n", ["row 4: client is empty"]],
    ["impossible dates", "Client,Date,Amount\nA,31.02.2024,1\nB,2024-02-30,1\n", ["row 2: date is not a date: '31.02.2024' (read day-first)", "row 3: date is not a date: '2024-02-30'"]],
    ["two currencies", "Client,Amount\nA,$5\nB,5 €\n", ["kam: the data has more than one currency (USD, EUR)", "row 3: currency EUR differs from USD (first seen on row 2)"]],
    ["an unclosed quote", 'Client,Amount\nA,1\n"B,2\n', ["row 3: a quoted field is never closed"]],
  ])("%s", async (name, content, expectedLines) => {
    const input = file(`${name.replace(/\W+/g, "-")}.csv`, content);
    const { run, report } = await classifyToJson(input);
    expect(run.status).toBe(1);
    const stderrLines = run.stderr.split("\n");
    for (const line of expectedLines) expect(stderrLines.some((printed) => printed.startsWith(line))).toBe(true);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stdout).toBe("");
    expect(report).toBeNull();
  });

  test("--measure profit without a profit column", async () => {
    const input = file("no-profit.csv", "Client,Amount\nA,1\n");
    const { run, report } = await classifyToJson(input, "--measure", "profit");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("kam: the measure is profit but the data has no profit column; map one with --map profit=HEADER, or use --measure revenue");
    expect(report).toBeNull();
  });

  test("--skip-bad-rows: exit 0 and the report lists what was skipped", async () => {
    const input = file("skip.csv", "Client,Date,Amount\nA,2024-01-01,1\n,2024-01-01,2\nB,2024-01-02,abc\nC,31.02.2024,3\nD,2024-01-03,4\n");
    const { run, report } = await classifyToJson(input, "--skip-bad-rows");
    expect(run.status).toBe(0);
    expect(report?.skipped).toEqual([
      { row: 3, reason: "client is empty" },
      { row: 4, reason: "amount is not a number: 'abc'" },
      { row: 5, reason: "date is not a date: '31.02.2024' (read day-first)" },
    ]);
    expect(measures(report)).toEqual({ D: 4, A: 1 });
    const summary = await kam("classify", input, "--skip-bad-rows");
    expect(summary.stdout).toContain("skipped 3 bad rows:\n  row 3: client is empty\n");
  });
});

describe("headers it does not know: exit 1 with the --map options, never a guess", () => {
  test("When / Who / How much: the message names the columns; the options it gives make the run work", async () => {
    const input = file("unknown-headers.csv", "When,Who,How much\n2024-01-05,Client Services Ltd,100\n2024-02-05,Acme,250\n2024-03-05,Acme,120\n");
    const failed = await classifyToJson(input);
    expect(failed.run.status).toBe(1);
    expect(failed.report).toBeNull();
    expect(failed.run.stderr).toBe("row 1: no client column found; headers: When, Who, How much; if these are the columns, name them with --map date=When --map 'amount=How much' --map client=Who\n");
    const mapped = await classifyToJson(input, "--map", "date=When", "--map", "amount=How much", "--map", "client=Who");
    expect(mapped.run.status).toBe(0);
    expect(mapped.report?.clients.map((client) => [client.client, client.measure])).toEqual([
      ["Acme", 370],
      ["Client Services Ltd", 100],
    ]);
  });
});

describe("files that are not what they say", () => {
  const sampleXlsx = resolve(__dirname, "../../assets/sample-sales.xlsx");

  test("an .xlsx named .csv, and a CSV named .xlsx: exit 1 with what the file is and what to do", async () => {
    const zipped = join(dir, "book.csv");
    writeFileSync(zipped, readFileSync(sampleXlsx));
    expect(await kam("classify", zipped)).toMatchObject({ status: 1, stderr: `kam: ${zipped} is an Excel workbook (.xlsx), not a CSV file: rename it to .xlsx and run again\n` });
    const text = file("text.xlsx", "Client,Amount\nA,1\n");
    expect(await kam("classify", text)).toMatchObject({ status: 1, stderr: `kam: ${text} is not an .xlsx workbook (it holds no zip package; a CSV file? rename it to .csv and run again)\n` });
  });

  test("a legacy .xls or a password-protected workbook (an OLE container): exit 1, save it as .xlsx", async () => {
    const ole = join(dir, "old.xlsx");
    writeFileSync(ole, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const run = await kam("classify", ole);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("is a legacy .xls workbook or a password-protected one: open it in Excel and save it as an .xlsx workbook without a password");
  });

  test("a folder: a usage error, not an internal error", async () => {
    const folder = join(dir, "folder.csv");
    mkdirSync(folder, { recursive: true });
    const run = await kam("classify", folder);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`kam: ${folder} is a folder, not a file`);
  });

  test("UTF-16 without a byte-order mark is read as UTF-16, not as text full of NUL bytes", async () => {
    const input = join(dir, "utf16.csv");
    writeFileSync(input, Buffer.from("Client,Date,Amount\nÄpfel GmbH,2024-01-01,5\nB,2024-02-01,6\n", "utf16le"));
    const { run, report } = await classifyToJson(input);
    expect(run.status).toBe(0);
    expect(measures(report)).toEqual({ "Äpfel GmbH": 5, B: 6 });
  });

  test("more rows than an Excel sheet holds, with --out: exit 1 before anything is written; --json alone works", async () => {
    const rows = ["Client,Date,Amount"];
    for (let i = 0; i < 1_048_576; i++) rows.push(`C${i % 500},2024-01-${String((i % 28) + 1).padStart(2, "0")},1`);
    const input = file("huge.csv", rows.join("\n") + "\n");
    const out = join(dir, "huge.xlsx");
    const run = await kam("classify", input, "--out", out);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("kam: the input has 1,048,577 rows, and an Excel sheet holds at most 1,048,576: use --json, or split the file\n");
    expect(existsSync(out)).toBe(false);
    expect((await classifyToJson(input)).run.status).toBe(0);
  }, 60_000);

  test("a CSV row with more fields than the header is a bad row with both counts; --skip-bad-rows lists it", async () => {
    const input = file("ragged.csv", "Client,Date,Amount\nA,2024-01-01,5\nAcme, Inc,2024-01-02,6\nB,2024-01-03,7\n");
    const failed = await classifyToJson(input);
    expect(failed.run.status).toBe(1);
    expect(failed.run.stderr).toContain("row 3: 4 fields where the header has 3");
    const skipped = await classifyToJson(input, "--skip-bad-rows");
    expect(skipped.run.status).toBe(0);
    expect(measures(skipped.report)).toEqual({ A: 5, B: 7 });
  });
});

test("a --from after the last sale: exit 1 naming both windows, and --out writes nothing (a typo never wipes results)", async () => {
  const input = file("window.csv", "Client,Date,Amount\nA,2024-01-05,5\nB,2024-03-09,6\n");
  const out = join(dir, "window.xlsx");
  const run = await kam("classify", input, "--from", "2025-01-01", "--out", out);
  expect(run).toMatchObject({ status: 1, stderr: "kam: no row falls in the analysis window (from 2025-01-01 to the last date); the data runs from 2024-01-05 to 2024-03-09\n" });
  expect(existsSync(out)).toBe(false);
});

describe("usage errors: exit 2 with the message and the usage", () => {
  test.each([
    [["classify"], "no input file given"],
    [["frobnicate", "x.csv"], "unknown command 'frobnicate'"],
    [["classify", "sales.csv", "--bogus"], "unknown option '--bogus'"],
    [["classify", "sales.csv", "--a", "abc"], "--a must be a number, not 'abc'"],
    [["classify", "sales.csv", "--a", "1"], "--a must be a number above 0 and below 1, not '1'"],
    [["classify", "sales.csv", "--a", "0.9", "--b", "0.8"], "--a (0.9) must be below --b (0.8)"],
    [["classify", "sales.csv", "--a", "0.9", "--b", "0.9"], "--a (0.9) must be below --b (0.9)"],
    [["classify", "sales.csv", "--x", "0.3"], "--x (0.3) must be below --y (0.25)"],
    [["classify", "sales.csv", "--from", "2024-06-01", "--as-of", "2024-01-31"], "--from (2024-06-01) is after --as-of (2024-01-31)"],
    [["classify", "sales.csv", "--measure", "margin"], "--measure must be revenue or profit, not 'margin'"],
    [["classify", "sales.csv", "--from", "2024-02-30"], "--from must be a date YYYY-MM-DD, not '2024-02-30'"],
    [["classify", "sales.csv", "--lost-after", "-3"], "--lost-after must be a whole number of days, at least 1, not '-3'"],
    [["classify", "sales.csv", "--json"], "--json needs a value"],
    [["classify", "sales.csv", "--map", "buyer=X"], "--map role must be client or date"],
    [["classify", "sales.txt"], "the input must be a .csv or .xlsx file, not 'sales.txt'"],
    [["classify", "sales.csv", "--sheet", "S"], "--sheet applies to .xlsx files only"],
    [["classify", "missing.csv"], "file not found: missing.csv"],
    [["classify", "missing.csv", "--out", "out.xlsx"], "file not found: missing.csv"],
  ])("%j", async (args, message) => {
    const run = await kam(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`kam: ${message}`);
    expect(run.stderr).toContain("Usage: kam classify");
  });

  test("--help prints the usage and exits 0", async () => {
    const run = await kam("--help");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("--skip-bad-rows");
  });
});

test("--out writes the workbook and --json the same run's report; bad input writes neither", async () => {
  const input = file("for-workbook.csv", "Client,Date,Amount\nA,2024-01-05,100\nB,2024-02-05,50\nA,2024-03-05,20\n");
  const workbook = join(dir, "result.xlsx");
  const { run, report } = await classifyToJson(input, "--out", workbook);
  expect(run.status).toBe(0);
  expect(existsSync(workbook)).toBe(true);
  expect(measures(report)).toEqual({ A: 120, B: 50 });
  const bad = file("bad-for-workbook.csv", "Client,Amount\nA,x\n");
  const badWorkbook = join(dir, "bad.xlsx");
  const failed = await classifyToJson(bad, "--out", badWorkbook);
  expect(failed.run.status).toBe(1);
  expect(existsSync(badWorkbook)).toBe(false);
  expect(failed.report).toBeNull();
});

describe("xlsx input", () => {
  async function writeWorkbook(path: string): Promise<void> {
    const workbook = new Workbook();
    workbook.addWorksheet("Notes").addRow(["nothing here"]);
    const sheet = workbook.addWorksheet("Sales");
    sheet.addRow(["Sales report, 2024"]);
    sheet.addRow([]);
    sheet.addRow(["Customer", "Order date", "Amount"]);
    sheet.addRow([{ richText: [{ text: "Ac" }, { text: "me", font: { bold: true } }] }, new Date(Date.UTC(2024, 0, 15)), 100]);
    sheet.addRow(["Beta", new Date(Date.UTC(2024, 1, 20)), { formula: "20*2", result: 40 }]);
    sheet.addRow(["Acme", "2024-03-05", "1 000,5"]);
    sheet.addRow(["Gamma", new Date(Date.UTC(2024, 2, 1)), "lots"]);
    await workbook.xlsx.writeFile(path);
  }

  test("the sheet named by --sheet; header found under a title; dates, rich text and formula results", async () => {
    const input = join(dir, "sales.xlsx");
    await writeWorkbook(input);
    const failed = await classifyToJson(input, "--sheet", "Sales");
    expect(failed.run.status).toBe(1);
    expect(failed.run.stderr).toContain("row 7: amount is not a number: 'lots'");
    const { run, report } = await classifyToJson(input, "--sheet", "Sales", "--skip-bad-rows");
    expect(run.stderr).toBe("");
    expect(measures(report)).toEqual({ Acme: 1100.5, Beta: 40 });
    expect(report?.asOf).toBe("2024-03-05");
    expect((await kam("classify", input, "--sheet", "Nope")).stderr).toContain("--sheet: no sheet named 'Nope'; sheets: Notes, Sales");
  });

  test("without --sheet, a notes sheet first is passed over for the sheet whose header is recognised, and kam says which", async () => {
    const input = join(dir, "cover.xlsx");
    await writeWorkbook(input);
    const { run, report } = await classifyToJson(input, "--skip-bad-rows");
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("kam: reading sheet 'Sales', the first sheet whose header is recognised\n");
    expect(measures(report)).toEqual({ Acme: 1100.5, Beta: 40 });
  });

  test("no sheet with a recognised header: the message lists the sheets to pick with --sheet", async () => {
    const input = join(dir, "unknown.xlsx");
    const workbook = new Workbook();
    workbook.addWorksheet("Cover").addRow(["Quarterly numbers"]);
    const data = workbook.addWorksheet("Data");
    data.addRow(["When", "Who", "How much"]);
    data.addRow([new Date(Date.UTC(2024, 0, 15)), "Acme", 100]);
    await workbook.xlsx.writeFile(input);
    const run = await kam("classify", input);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("or pick the sheet with --sheet (sheets: Cover, Data)");
  });

  test("--sheet naming a sheet KAM for Excel wrote is refused: its results are not sales", async () => {
    const out = join(dir, "results.xlsx");
    expect((await kam("classify", resolve(__dirname, "../../assets/sample-sales.xlsx"), "--out", out)).status).toBe(0);
    const run = await kam("classify", out, "--sheet", "KAM Clients");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("kam: --sheet: 'KAM Clients' is a sheet KAM for Excel wrote, not sales data; sheets with data: Sales");
    // Without --sheet, the add-in's own sheets are passed over too: a re-run reads the sales.
    expect((await kam("classify", out)).status).toBe(0);
  }, 60_000);
});

/** scripts/build-cli.mjs run into `folder`, as `npm run build:cli` runs it into dist/; it says nothing when all is well. */
function buildCliInto(folder: string): void {
  expect(spawnSync(process.execPath, [join(root, "scripts/build-cli.mjs"), folder], { encoding: "utf8" }).stderr).toBe("");
}

/**
 * The `kam` command bundled now from the sources by scripts/build-cli.mjs, as `npm run build:cli`
 * bundles dist/, into a folder of test-output; `runWith` gets the bundle's kam.mjs. The folder is
 * removed afterwards.
 */
async function withFreshBundle(name: string, runWith: (kamScript: string) => Promise<void>): Promise<void> {
  const folder = join(root, "test-output", `${name}-${process.pid}`);
  buildCliInto(folder);
  try {
    await runWith(join(folder, "kam.mjs"));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

test("the `kam` command as a process: src/cli/bin.ts bundled now from the sources (as npm run build:cli bundles dist/)", async () => {
  await withFreshBundle("kam-cli", async (bundle) => {
    const fresh = join(dir, "kam.json");
    const input = file("bin.csv", "Client,Date,Amount\nA,2024-01-01,5\nB,2024-02-01,3\n");
    const done = spawnSync(process.execPath, [bundle, "classify", input, "--json", fresh], { encoding: "utf8", cwd: dir });
    expect(done.status).toBe(0);
    expect((JSON.parse(readFileSync(fresh, "utf8")) as JsonReport).clients.map((client) => client.client)).toEqual(["A", "B"]);
    const usage = spawnSync(process.execPath, [bundle, "classify"], { encoding: "utf8", cwd: dir });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain("kam: no input file given");
    // The workbook path loads its chunks at first use: --out works from the bundle too.
    const out = spawnSync(process.execPath, [bundle, "classify", input, "--out", join(dir, "bin.xlsx")], { encoding: "utf8", cwd: dir });
    expect(out.stderr).toBe("");
    expect(out.stdout).toContain(`wrote ${join(dir, "bin.xlsx")}: `);
    // A reader that is gone before the summary is written (`| true`) is no failure: no stack trace, exit 0, the files written.
    const early = spawnSync("bash", ["-c", `set -o pipefail; "${process.execPath}" "${bundle}" classify "${input}" --out "${join(dir, "piped.xlsx")}" | true`], { encoding: "utf8", cwd: dir });
    expect(early.stderr).toBe("");
    expect(early.status).toBe(0);
    expect(existsSync(join(dir, "piped.xlsx"))).toBe(true);
    // The same for the messages on stderr: a usage error is still exit 2, bad input exit 1.
    const gone = (...args: string[]) => spawnSync("bash", ["-c", `set -o pipefail; "${process.execPath}" "${bundle}" ${args.join(" ")} 2>&1 | true`], { cwd: dir }).status;
    expect(gone("classify")).toBe(2);
    expect(gone("classify", file("bad-piped.csv", "Client,Date,Amount\nA,2024-01-01,x\n"))).toBe(1);
    // bin/kam.js is what npm links as `kam`: it loads dist/kam.mjs.
    expect(readFileSync(join(root, "bin/kam.js"), "utf8")).toContain('import("../dist/kam.mjs")');
  });
}, 60_000);

test("a rebuild leaves a running kam its chunks: it lands whole, and the chunks of earlier builds stay for a day", () => {
  const folder = join(root, "test-output", `kam-rebuild-${process.pid}`);
  try {
    buildCliInto(folder);
    const chunks = join(folder, "chunks");
    // A chunk an earlier build wrote an hour ago (a kam started before this build may still load it), and one from two days ago.
    writeFileSync(join(chunks, "chunk-EARLIER.mjs"), "export {};\n");
    utimesSync(join(chunks, "chunk-EARLIER.mjs"), new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
    writeFileSync(join(chunks, "chunk-OLD.mjs"), "export {};\n");
    utimesSync(join(chunks, "chunk-OLD.mjs"), new Date(Date.now() - 2 * 86_400_000), new Date(Date.now() - 2 * 86_400_000));
    buildCliInto(folder);
    expect(existsSync(join(chunks, "chunk-EARLIER.mjs"))).toBe(true);
    expect(existsSync(join(chunks, "chunk-OLD.mjs"))).toBe(false);
    // Built beside the folder and moved in: nothing of the build is left over.
    expect(readdirSync(folder).sort()).toEqual(["chunks", "kam-pieces.mjs", "kam.mjs"]);
    expect(spawnSync(process.execPath, [join(folder, "kam.mjs"), "--help"], { encoding: "utf8" }).status).toBe(0);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}, 60_000);

describe("writing results", () => {
  test("output paths are checked before any work: a missing folder or a folder given as the file is a usage error", async () => {
    const input = file("paths.csv", "Client,Date,Amount\nA,2024-01-05,5\nB,2024-03-09,6\n");
    expect(await kam("classify", input, "--out", join(dir, "no-such-folder", "out.xlsx"))).toMatchObject({ status: 2 });
    expect((await kam("classify", input, "--json", dir)).stderr).toContain(`kam: --json: ${dir} is a folder, not a file`);
  });

  test("--out over the input workbook is atomic: a write that fails (a file size limit) leaves the old file whole", async () => {
    await withFreshBundle("kam-atomic", async (bundle) => {
      const out = join(dir, "kept.xlsx");
      copyFileSync(resolve(__dirname, "../../assets/sample-sales.xlsx"), out);
      const before = readFileSync(out);
      // ulimit -f: the process may write files of at most 100 KB; the result workbook is larger.
      const run = spawnSync("bash", ["-c", `ulimit -f 100; exec "${process.execPath}" "${bundle}" classify "${out}" --out "${out}"`], { encoding: "utf8", cwd: dir });
      expect(run.status).not.toBe(0);
      expect(readFileSync(out).equals(before)).toBe(true);
      // Without the limit the same command updates it, and leaves no temporary file.
      expect((await kam("classify", out, "--out", out)).status).toBe(0);
      expect(readFileSync(out).equals(before)).toBe(false);
      expect(readdirSync(dir).filter((name) => name.includes(".kam-"))).toEqual([]);
    });
  }, 60_000);

  test("a re-run with no options uses the settings saved in the workbook; an option that differs is saved and reported", async () => {
    const input = file("profit.csv", "Client,Date,Amount,Profit\nA,2024-01-05,100,10\nB,2024-03-09,50,40\nC,2024-04-09,20,1\n");
    const out = join(dir, "profit.xlsx");
    expect((await kam("classify", input, "--out", out, "--measure", "profit")).status).toBe(0);
    const again = await kam("classify", out, "--sheet", "Sales", "--out", out);
    expect(again.stdout).toContain("total profit: 51.00");
    expect(again.stdout).not.toContain("settings saved in the workbook changed");
    const switched = await kam("classify", out, "--sheet", "Sales", "--out", out, "--measure", "revenue");
    expect(switched.stdout).toContain("total revenue: 170.00");
    expect(switched.stdout).toContain("settings saved in the workbook changed: measure profit -> revenue");
    expect((await kam("classify", out, "--sheet", "Sales", "--out", out)).stdout).toContain("total revenue: 170.00");
  }, 60_000);

  test("carry it or refuse: --out never replaces another file, nor a workbook holding what kam cannot write back", async () => {
    const input = resolve(__dirname, "../../assets/sample-sales.xlsx");
    const other = join(dir, "team.xlsx");
    writeFileSync(other, "the team's workbook");
    const replaced = await kam("classify", input, "--out", other);
    expect(replaced.status).toBe(1);
    expect(replaced.stderr).toContain("team.xlsx exists and is not the input: writing would replace everything in it");
    expect(readFileSync(other, "utf8")).toBe("the team's workbook");
    // A workbook with a pivot table and a pie chart (parts kam's .xlsx layer does not write).
    const zip = await JSZip.loadAsync(readFileSync(input));
    zip.file("xl/pivotTables/pivotTable1.xml", "<pivotTableDefinition/>");
    zip.file("xl/charts/chart9.xml", '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:pieChart/></c:plotArea></c:chart></c:chartSpace>');
    const rich = join(dir, "rich.xlsx");
    writeFileSync(rich, await zip.generateAsync({ type: "uint8array" }));
    const before = readFileSync(rich);
    const refused = await kam("classify", rich, "--out", rich);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("rich.xlsx holds pivot tables, a pie chart, which kam cannot write back");
    expect(refused.stderr).toContain("--out NEW.xlsx");
    expect(readFileSync(rich).equals(before)).toBe(true);
    // To a new file it goes, saying what the new file lacks.
    const fresh = await kam("classify", rich, "--out", join(dir, "rich-results.xlsx"));
    expect(fresh.status).toBe(0);
    expect(fresh.stderr).toContain("rich-results.xlsx will not have the pivot tables, a pie chart of");
  }, 60_000);
});

describe("dependency levels", () => {
  test("are options: a lower key share makes more key clients; levels out of order are a usage error", async () => {
    const sample = resolve(__dirname, "../../assets/sample-sales.csv");
    const report = async (...options: string[]) => {
      const out = join(dir, `levels-${options.join("_")}.json`);
      expect((await kam("classify", sample, "--json", out, ...options)).status).toBe(0);
      return JSON.parse(readFileSync(out, "utf8")) as JsonReport;
    };
    const keyCount = (json: JsonReport) => json.clients.filter((client) => client.dependency !== "none").length;
    const standard = await report();
    const lower = await report("--key-share", "0.02");
    expect(keyCount(lower)).toBeGreaterThan(keyCount(standard));
    expect(lower.clients.filter((client) => client.share >= 0.02).every((client) => client.dependency !== "none")).toBe(true);
    const wrong = await kam("classify", sample, "--key-share", "0.3", "--critical-share", "0.2");
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain("--key-share (0.3) must be below --critical-share (0.2)");
  });

  test("the same levels give the same key clients from the command line, the pane's run and the settings saved in the workbook", async () => {
    const levels = { keyShare: 0.02, criticalShare: 0.15, monoShare: 0.4 };
    const out = join(dir, "levels-same.json");
    expect((await kam("classify", resolve(__dirname, "../../assets/sample-sales.xlsx"), "--json", out, "--key-share", "0.02", "--critical-share", "0.15", "--mono-share", "0.4")).status).toBe(0);
    const fromCli = (JSON.parse(readFileSync(out, "utf8")) as JsonReport).clients.map((client) => [client.client, client.dependency]);
    const sampleBook = readFileSync(resolve(__dirname, "../../assets/sample-sales.xlsx"));
    // The pane passes the levels with the run.
    const pane = await loadXlsx(sampleBook);
    const byPane = await classifyWorkbook(pane.run, { analysis: levels });
    // A colleague's workbook holds them in its saved settings and the run is given nothing.
    const saved = await loadXlsx(sampleBook);
    await saveWorkbookSettings(saved.run, { ...DEFAULT_WORKBOOK_SETTINGS, analysis: { ...DEFAULT_WORKBOOK_SETTINGS.analysis, ...levels } });
    const bySaved = await classifyWorkbook(saved.run, {});
    for (const outcome of [byPane, bySaved]) {
      if (!outcome.ok) throw new Error(outcome.error.message);
      expect(outcome.result.clients.map((client) => [client.client, client.dependency])).toEqual(fromCli);
    }
    expect(fromCli.filter(([, dependency]) => dependency !== "none").length).toBeGreaterThan(3);
  });
});
