/**
 * Headless Excel at 1,000,000 x 4: writes the rows in chunks that stay under Excel on the web's
 * 5 MB request limit, then reads them back in chunks under the response limit, with the limits on.
 */
import { PAYLOAD_LIMIT_BYTES, createHeadlessExcel } from "../src/headless";
import { report } from "./_measure";

const ROWS = 1_000_000;
const COLUMNS = 4;

function row(i: number): (string | number)[] {
  return [`C${String(i % 50_000).padStart(6, "0")}`, 45_000 + (i % 730), Math.round(((i * 7919) % 100_000) * 1.37) / 100, (i % 40) + 1];
}

/** Rows per chunk from the JSON size of a sample, with a 20% margin under the limit. */
function chunkRows(sample: unknown[][]): number {
  const bytesPerRow = JSON.stringify(sample).length / sample.length;
  return Math.floor((PAYLOAD_LIMIT_BYTES * 0.8) / bytesPerRow);
}

async function main(): Promise<void> {
  const excel = createHeadlessExcel();
  const chunk = chunkRows(Array.from({ length: 1000 }, (_, i) => row(i)));
  const started = performance.now();
  let checksum = 0;
  await excel.api(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    for (let start = 0; start < ROWS; start += chunk) {
      const count = Math.min(chunk, ROWS - start);
      sheet.getRangeByIndexes(start, 0, count, COLUMNS).values = Array.from({ length: count }, (_, i) => row(start + i));
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk is the point: each request must stay under 5 MB
      await context.sync();
    }
    for (let start = 0; start < ROWS; start += chunk) {
      const count = Math.min(chunk, ROWS - start);
      const range = sheet.getRangeByIndexes(start, 0, count, COLUMNS).load("values");
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk keeps each response under 5 MB
      await context.sync();
      for (const values of range.values) checksum += values[3] as number;
    }
  });
  const ms = Math.round(performance.now() - started);
  const expected = Array.from({ length: ROWS }, (_, i) => (i % 40) + 1).reduce((a, b) => a + b, 0);
  if (checksum !== expected) throw new Error(`read back ${checksum}, expected ${expected}`);
  report({
    scenario: "headless-1m",
    rows: ROWS,
    columns: COLUMNS,
    ms,
    syncs: excel.stats.syncs,
    chunkRows: chunk,
    maxRequestBytes: excel.stats.maxRequestBytes,
    maxResponseBytes: excel.stats.maxResponseBytes,
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
