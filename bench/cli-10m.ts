/**
 * `kam classify sales.csv --json out.json` on 10,000,000 synthetic rows (the 310 MB
 * CSV: 10,000 clients, 24 months), timed end to end as a child process (median of RUNS; peakRssMb
 * and cpuMs are the CLI process's own, see _process.ts). estimateMb is what the memory budget
 * (src/cli/memory.ts) expects this file to take, beside the measured peak. The peers
 * (DuckDB, polars) are not installed: the line says so.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { memoryNeeded } from "../src/cli/memory";
import { kam, runNode, summary, writeSalesCsv } from "./_process";

const ROWS = 10_000_000;
const RUNS = 3;

const dir = mkdtempSync(join(tmpdir(), "kam-cli-10m-"));
try {
  const csv = join(dir, "sales.csv");
  writeSalesCsv(csv, ROWS);
  const own = summary(Array.from({ length: RUNS }, () => runNode(kam, ["classify", csv, "--json", join(dir, "out.json")])));
  const line: Record<string, number | string> = {
    scenario: "cli-10m",
    rows: ROWS,
    csvMb: Math.round((statSync(csv).size / 1024 / 1024) * 10) / 10,
    ...own,
    rowsPerSec: Math.round((ROWS / own.ms) * 1000),
    estimateMb: Math.round(memoryNeeded(csv, "csv").bytes / 1024 / 1024),
    peer: "skipped: DuckDB and polars are not installed here (their Python wheels and binaries cannot be fetched); the issue's figures: DuckDB 4.45 s, 746 MB; polars 8.9 s, 1,540 MB",
  };
  // Not report(): its peakRssMb would be this bench's, not the CLI's.
  process.stdout.write(JSON.stringify(line) + "\n");
} finally {
  rmSync(dir, { recursive: true, force: true });
}
