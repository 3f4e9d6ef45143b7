/**
 * A1 notation shared by the Office.js code (src/excel) and the headless Excel (src/headless):
 * column letters and how a sheet name is written inside a reference.
 */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** Column letters of a 0-based column index: 0 -> A, 26 -> AA. */
export function columnLetters(column: number): string {
  let letters = "";
  let n = column + 1;
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 0-based column index of column letters: A -> 0. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const char of letters.toUpperCase()) n = n * 26 + (char.charCodeAt(0) - 64);
  return n - 1;
}

/** True for names Excel would read as a cell reference: A1, XFD1048576, R1C1, R2, C3, RC, R, C. */
export function looksLikeCellReference(name: string): boolean {
  const a1 = /^([A-Za-z]{1,3})(\d{1,7})$/.exec(name);
  if (a1 && columnIndex(a1[1]) < MAX_COLUMNS && Number(a1[2]) >= 1 && Number(a1[2]) <= MAX_ROWS) return true;
  return /^[Rr](\d*)[Cc](\d*)$/.test(name) || /^[RrCc]$/.test(name) || /^[Rr]\d+$/.test(name) || /^[Cc]\d+$/.test(name);
}

/**
 * A sheet name as it appears in a reference: bare when it is a plain word, else quoted with
 * inner apostrophes doubled ('KAM Clients', 'O''Brien'), and quoted too when Excel would read
 * it as a cell reference ('AB12'!A1).
 */
export function quoteSheetName(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !looksLikeCellReference(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A1 address (no sheet) of a block given by 0-based origin and size. */
export function blockAddress(row: number, column: number, rows = 1, columns = 1): string {
  const start = `${columnLetters(column)}${row + 1}`;
  if (rows === 1 && columns === 1) return start;
  return `${start}:${columnLetters(column + columns - 1)}${row + rows}`;
}

/** A parsed address: sheet (when given) and the block as 0-based origin and size. */
export interface ParsedAddress {
  sheet: string | null;
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** Parses `Sheet1!A1:D10`, `'My sheet'!$B$2`, `A1:C3`; null when it is not an A1 address. */
export function parseAddress(address: string): ParsedAddress | null {
  const bang = address.lastIndexOf("!");
  let sheet: string | null = null;
  let cells = address.trim();
  if (bang >= 0) {
    const rawSheet = address.slice(0, bang).trim();
    sheet = rawSheet.startsWith("'") && rawSheet.endsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
    cells = address.slice(bang + 1).trim();
  }
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/.exec(cells);
  if (!match) return null;
  const firstColumn = columnIndex(match[1]);
  const firstRow = Number(match[2]) - 1;
  const lastColumn = match[3] ? columnIndex(match[3]) : firstColumn;
  const lastRow = match[4] ? Number(match[4]) - 1 : firstRow;
  return {
    sheet,
    row: Math.min(firstRow, lastRow),
    column: Math.min(firstColumn, lastColumn),
    rows: Math.abs(lastRow - firstRow) + 1,
    columns: Math.abs(lastColumn - firstColumn) + 1,
  };
}
