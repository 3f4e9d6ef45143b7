/**
 * `kam classify sales.csv --json out.json` on 1,000,000 synthetic rows (10,000 clients, 24 months),
 * timed end to end as a child process (median of 3). peakRssMb and cpuMs are the CLI process's
 * own: a one-line wrapper reports its process.resourceUsage() on exit through fd 3.
 * When python3 has pandas, the same read + group-by in pandas is timed as pandasMs.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { isoFromSerial } from "../src/engine/calendar";
import { syntheticSales } from "./_synthetic";

const ROWS = 1_000_000;
const RUNS = 3;
const root = resolve(process.cwd());
const kam = join(root, "bin", "kam.js");

function writeCsv(path: string): void {
  const sales = syntheticSales(ROWS, 10_000, 24, 20241124);
  // Client, date, amount: the 1M-row CSV of about 31 MB.
  const lines: string[] = ["Client,Date,Amount"];
  for (let i = 0; i < ROWS; i++) {
    const client = sales.clientNames[sales.clientIndex[i]];
    lines.push(`${client},${isoFromSerial(sales.date[i])},${sales.amount[i].toFixed(2)}`);
  }
  writeFileSync(path, lines.join("\n") + "\n");
}

interface CliRun {
  ms: number;
  /** The child's user + system CPU time: less sensitive than wall time to other work on the machine. */
  cpuMs: number;
  peakRssMb: number;
}

/** Runs the CLI in a child Node process; returns its wall time, CPU time and its own peak RSS. */
function runCli(csv: string, json: string): CliRun {
  const wrapper =
    "process.on('exit',()=>{const u=process.resourceUsage();" +
    "require('fs').writeSync(3,JSON.stringify({rssKb:u.maxRSS,cpuUs:u.userCPUTime+u.systemCPUTime}))});" +
    `process.argv.splice(1,0,'kam');require(${JSON.stringify(kam)});`;
  const start = performance.now();
  const run = spawnSync(process.execPath, ["-e", wrapper, "classify", csv, "--json", json], { stdio: ["ignore", "pipe", "pipe", "pipe"] });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`kam exited ${run.status}: ${run.stderr.toString()}`);
  const usage = JSON.parse(run.output[3]?.toString() ?? "{}") as { rssKb: number; cpuUs: number };
  return { ms, cpuMs: usage.cpuUs / 1000, peakRssMb: Math.round(usage.rssKb / 1024) };
}

function median(values: number[]): number {
  return values.sort((x, y) => x - y)[Math.floor(values.length / 2)];
}

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
  writeCsv(csv);
  const csvMb = Math.round((statSync(csv).size / 1024 / 1024) * 10) / 10;
  const runs = Array.from({ length: RUNS }, () => runCli(csv, join(dir, "out.json")));
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
