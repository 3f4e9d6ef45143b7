/**
 * The memory budget (src/cli/memory.ts): a file whose reading would take more than the run may
 * use is refused before it is read, with its size, the estimate and what to do; the limit is set
 * small here with --max-memory, as a user would on a small machine.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import JSZip from "jszip";
import { run } from "../../src/cli/run";
import { BYTES_FACTOR, checkStringLimit, collectGarbage, defaultBudget, parseSize, xlsxSheetBytes } from "../../src/cli/memory";
import { InputException } from "../../src/engine/read";

const MB = 1024 * 1024;
let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "kam-memory-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function kam(...args: string[]): Promise<{ status: number; stderr: string }> {
  let stderr = "";
  const status = await run(args, { stdout: { write: () => true }, stderr: { write: (text: string) => (stderr += text) }, cwd: dir });
  return { status, stderr };
}

/** A CSV of about `mb` megabytes; with `bad`, every 10th row has no amount; with `quoted`, every client is quoted. */
function csv(name: string, mb: number, { bad = false, quoted = false } = {}): string {
  const lines = ["Client,Date,Amount"];
  for (let i = 0, size = 0; size < mb * MB; i++) {
    const client = quoted ? `"Client ${i % 300}"` : `Client ${i % 300}`;
    const line = `${client},2024-${String(1 + (i % 12)).padStart(2, "0")}-10,${bad && i % 10 === 0 ? "" : (i % 977) + 0.5}`;
    lines.push(line);
    size += line.length + 1;
  }
  const path = join(dir, name);
  writeFileSync(path, lines.join("\n") + "\n");
  return path;
}

describe("--max-memory sizes", () => {
  test.each([
    ["800M", 800 * MB],
    ["2G", 2048 * MB],
    ["1.5gb", 1.5 * 1024 * MB],
    ["512MB", 512 * MB],
    ["300", 300 * MB],
    ["64k", 64 * 1024],
  ])("%s", (text, bytes) => expect(parseSize(text)).toBe(bytes));

  test.each(["", "2x", "-1G", "0", "G"])("'%s' is not a size", (text) => expect(parseSize(text)).toBeNull());

  test("a size that is not one is a usage error", async () => {
    const outcome = await kam("classify", "sales.csv", "--max-memory", "lots");
    expect(outcome.status).toBe(2);
    expect(outcome.stderr).toContain("kam: --max-memory must be a size such as 800M or 2G, not 'lots'");
  });
});

test("the default budget is 80% of the machine's memory, or of a container's limit when that is lower", () => {
  expect(defaultBudget(10_000 * MB, 0)).toBe(8_000 * MB);
  expect(defaultBudget(10_000 * MB, 2 ** 63)).toBe(8_000 * MB);
  expect(defaultBudget(10_000 * MB, 1_000 * MB)).toBe(800 * MB);
});

describe("a CSV over the budget", () => {
  test("is refused before it is read: one line with the file, its size, the estimate and what to do; nothing written", async () => {
    // Bad rows in it too: the refusal comes first, so the file was never parsed.
    const path = csv("big.csv", 2, { bad: true });
    const out = join(dir, "never.json");
    const outcome = await kam("classify", path, "--json", out, "--max-memory", "20M");
    expect(outcome.status).toBe(1);
    const estimate = Math.round((64 * MB + readFileSync(path).length * BYTES_FACTOR.csv) / MB);
    expect(outcome.stderr).toBe(
      `kam: ${path} is 2 MB; reading it takes about ${estimate} MB of memory, more than the 20 MB this run may use (--max-memory): split the file into parts (by period or by client), or raise the limit with --max-memory ${Math.round(estimate * 1.1)}M if the machine has the memory\n`,
    );
    expect(existsSync(out)).toBe(false);
  });

  test("runs with the limit the message suggests", async () => {
    const path = csv("fits.csv", 2);
    const refused = await kam("classify", path, "--max-memory", "20M");
    const suggested = /--max-memory (\S+) if/.exec(refused.stderr)?.[1] ?? "";
    expect(parseSize(suggested)).toBeGreaterThan(20 * MB);
    expect((await kam("classify", path, "--max-memory", suggested, "--json", join(dir, "fits.json"))).status).toBe(0);
  });

  test("with --out, the estimate is the workbook run's (the rows are kept for the Sales copy)", async () => {
    const path = csv("out.csv", 1);
    const outcome = await kam("classify", path, "--out", join(dir, "never.xlsx"), "--max-memory", "80M");
    expect(outcome.status).toBe(1);
    expect(outcome.stderr).toMatch(/^kam: .*out\.csv is 1 MB; reading it takes about \d+ MB of memory, more than the 80 MB .*: use --json without --out, or split the file, or raise/);
    expect((await kam("classify", path, "--json", join(dir, "out.json"), "--max-memory", "80M")).status).toBe(0);
  });

  test("with quoted fields, the general reader's estimate is checked when the byte path steps aside", async () => {
    const path = csv("quoted.csv", 4, { quoted: true });
    // Between the byte path's estimate and the general reader's.
    const size = readFileSync(path).length;
    const between = Math.round((64 * MB + size * ((BYTES_FACTOR.csv + BYTES_FACTOR.csvGeneral) / 2)) / MB);
    const outcome = await kam("classify", path, "--max-memory", `${between}M`);
    expect(outcome.status).toBe(1);
    expect(outcome.stderr).toMatch(/^kam: .*quoted\.csv is 4 MB and needs the general CSV reader \(quoted fields, or not UTF-8\); reading it takes about \d+ MB of memory, more than the \d+ MB/);
    const unquoted = csv("unquoted.csv", 4);
    expect((await kam("classify", unquoted, "--max-memory", `${between}M`)).status).toBe(0);
  });

  test("a file larger than one string can hold is refused for the general reader", () => {
    expect(() => checkStringLimit("huge.csv", 1000, 1000)).not.toThrow();
    let error: unknown = null;
    try {
      checkStringLimit("huge.csv", 3 * MB, 2 * MB);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(InputException);
    expect((error as InputException).error.code).toBe("too-large");
    expect((error as InputException).message).toBe(
      "huge.csv is 3 MB, more than the general CSV reader (quoted fields, or not UTF-8) can hold as text (2 MB): split the file into parts, or save it as CSV UTF-8 without quoted fields, which is read from its bytes",
    );
  });
});

describe("an .xlsx over the budget", () => {
  const sample = resolve(__dirname, "../../assets/sample-sales.xlsx");

  test("its sheets' unpacked size is read from the zip's directory", async () => {
    const zip = await JSZip.loadAsync(readFileSync(sample));
    let unpacked = 0;
    for (const [name, entry] of Object.entries(zip.files)) {
      if (name.startsWith("xl/worksheets/") || name === "xl/sharedStrings.xml") unpacked += (await entry.async("uint8array")).length;
    }
    expect(unpacked).toBeGreaterThan(0);
    expect(xlsxSheetBytes(sample)).toBe(unpacked);
  });

  test("is refused with the advice to save the sheet as CSV", async () => {
    const outcome = await kam("classify", sample, "--max-memory", "20M");
    expect(outcome.status).toBe(1);
    expect(outcome.stderr).toMatch(/^kam: .*sample-sales\.xlsx is \d+ KB \(\d+ (KB|MB) of sheets unpacked\); reading it takes about \d+ MB of memory, more than the 20 MB this run may use \(--max-memory\): save the sales sheet as CSV UTF-8 \(a CSV takes a fraction of the memory\) or split it, or raise/);
  });
});

test("collectGarbage frees what nothing holds any more (the heap in use falls), in a process started without --expose-gc", () => {
  // Garbage: 40 MB of strings in arrays nothing keeps.
  for (let i = 0; i < 20; i++) Array.from({ length: 50_000 }, (_, j) => `row ${i} ${j} ${"x".repeat(20)}`);
  const before = process.memoryUsage().heapUsed;
  collectGarbage();
  expect(process.memoryUsage().heapUsed).toBeLessThan(before - 10 * 1024 * 1024);
});
