/**
 * LibreOffice headless for tests: converts an .xlsx to CSV (every sheet, cells as shown) or PDF in
 * a throw-away profile. `soffice` is null when LibreOffice is not installed (the tests that need
 * it are skipped with a note; CI installs libreoffice-calc).
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { CsvReader } from "../../src/cli/csv";

function findSoffice(): string | null {
  for (const candidate of ["soffice", "libreoffice"]) {
    try {
      execFileSync(candidate, ["--version"], { stdio: "ignore", timeout: 30_000 });
      return candidate;
    } catch {
      // not installed under this name
    }
  }
  return null;
}

export const soffice = findSoffice();

/** A LibreOffice profile that recalculates every formula of an .xlsx on load (the default trusts the file's cached results). */
function writeRecalculatingProfile(dir: string): void {
  fs.mkdirSync(path.join(dir, "user"), { recursive: true });
  fs.writeFileSync(
    path.join(dir, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
}

/** Converts the workbook with `soffice --convert-to filter`; returns the output files' bytes by name. */
export function convert(xlsx: Uint8Array, filter: string, recalculate: boolean): Map<string, Buffer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kam-soffice-"));
  try {
    const file = path.join(dir, "book.xlsx");
    fs.writeFileSync(file, xlsx);
    const profile = path.join(dir, "profile");
    if (recalculate) writeRecalculatingProfile(profile);
    const out = path.join(dir, "out");
    execFileSync(soffice as string, ["--headless", `-env:UserInstallation=file://${profile}`, "--convert-to", filter, "--outdir", out, file], { stdio: "ignore", timeout: 120_000 });
    return new Map(fs.readdirSync(out).map((name) => [name, fs.readFileSync(path.join(out, name))]));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Every sheet as CSV rows, cells as shown (dates as yyyy-mm-dd). `recalculate` forces LibreOffice
 * to recalculate on load; without it LibreOffice does what the file asks for, as a viewer would.
 */
export function sheetsAsShown(xlsx: Uint8Array, { recalculate }: { recalculate: boolean }): Map<string, string[][]> {
  // Tokens: comma, double quote, UTF-8, from line 1, no column formats, default language, ..., cells as shown, no formulas, ..., -1 = every sheet to its own file.
  const files = convert(xlsx, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1", recalculate);
  const sheets = new Map<string, string[][]>();
  for (const [name, bytes] of files) sheets.set(name.replace(/^book-/, "").replace(/\.csv$/, ""), new CsvReader(bytes.toString("utf8")).read(Number.MAX_SAFE_INTEGER));
  return sheets;
}

export const pdftotext = (() => {
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "ignore", timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
})();

/**
 * The workbook printed to PDF as LibreOffice prints it: the number of pages (page objects of the
 * PDF) and, when pdftotext (poppler-utils) is installed, the text of each page.
 */
export function printed(xlsx: Uint8Array): { pages: number; texts: string[] | null } {
  const pdf = [...convert(xlsx, "pdf", false).values()][0];
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
  if (!pdftotext) return { pages, texts: null };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kam-pdf-"));
  try {
    const file = path.join(dir, "book.pdf");
    fs.writeFileSync(file, pdf);
    // pdftotext separates pages with a form feed.
    const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8", timeout: 60_000 });
    return { pages, texts: text.split("\f").slice(0, -1) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
