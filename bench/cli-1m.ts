/**
 * `kam classify sales.csv --json out.json` on 1,000,000 synthetic rows (10,000 clients, 24 months),
 * timed end to end as a child process (median of 3; peakRssMb and cpuMs are the CLI process's own,
 * see _process.ts).
 * When python3 has pandas, the same read + group-by in pandas is timed as pandasMs.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { kam, median, runNode, writeSalesCsv } from "./_process";

const ROWS = 1_000_000;
const RUNS = 3;

/**
 * The pandas baseline, timed like the CLI: a whole process (start-up, import, read_csv, group-by),
 * median of the same number of runs. It does less than the CLI (one sum per client).
 */
function pandasMs(csv: string): number | null {
  const script = "import sys\nimport pandas as pd\nd=pd.read_csv(sys.argv[1])\nd.groupby('Client')['Amount'].sum()";
  // The python3 on PATH may lack pandas where Debian's (python3-pandas) has it.
  for (const python of ["python3", "/usr/bin/python3"]) {
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      if (spawnSync(python, ["-c", script, csv]).status !== 0) break;
      times.push(performance.now() - started);
    }
    if (times.length === RUNS) return Math.round(median(times));
  }
  return null;
}

const dir = mkdtempSync(join(tmpdir(), "kam-cli-1m-"));
try {
  const csv = join(dir, "sales.csv");
  writeSalesCsv(csv, ROWS);
  const csvMb = Math.round((statSync(csv).size / 1024 / 1024) * 10) / 10;
  const runs = Array.from({ length: RUNS }, () => runNode(kam, ["classify", csv, "--json", join(dir, "out.json")]));
  const ms = median(runs.map((run) => run.ms));
  const peakRssMb = Math.max(...runs.map((run) => run.peakRssMb));
  const pandas = pandasMs(csv);
  const line: Record<string, number | string> = {
    scenario: "cli-1m",
    rows: ROWS,
    csvMb,
    ms: Math.round(ms),
    cpuMs: Math.round(median(runs.map((run) => run.cpuMs))),
    rowsPerSec: Math.round((ROWS / ms) * 1000),
    peakRssMb,
  };
  if (pandas !== null) line.pandasMs = pandas;
  // Not report(): its peakRssMb would be this bench's, not the CLI's.
  process.stdout.write(JSON.stringify(line) + "\n");
} finally {
  rmSync(dir, { recursive: true, force: true });
}
