/**
 * `kam classify sales.csv --json out.json` on 1,000,000 synthetic rows (10,000 clients, 24 months)
 * beside DuckDB and polars doing the same work (bench/_cli.ts).
 * When python3 has pandas, a read + group-by in pandas is timed as pandasMs.
 */
import { spawnSync } from "node:child_process";
import { benchCli } from "./_cli";
import { median } from "./_process";

// Seven rounds: at about half a second a run, the VM's changes of speed weigh on a median of three.
const RUNS = 7;

/**
 * The pandas baseline, timed like the CLI: a whole process (start-up, import, read_csv, group-by),
 * median of the same number of runs. It does less than the CLI (one sum per client).
 */
function pandasMs(csv: string): { pandasMs?: number } {
  const script = "import sys\nimport pandas as pd\nd=pd.read_csv(sys.argv[1])\nd.groupby('Client')['Amount'].sum()";
  // The python3 on PATH may lack pandas where Debian's (python3-pandas) has it.
  for (const python of ["python3", "/usr/bin/python3"]) {
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      if (spawnSync(python, ["-c", script, csv]).status !== 0) break;
      times.push(performance.now() - started);
    }
    if (times.length === RUNS) return { pandasMs: Math.round(median(times)) };
  }
  return {};
}

benchCli("cli-1m", 1_000_000, RUNS, pandasMs);
