/**
 * Shared by the command-line benches: the sales CSV (Client, Date, Amount; 10,000
 * heavy-tailed clients, 24 months) and whole-process runs measured from outside. peakRssMb and
 * cpuMs are the child's own: a one-line wrapper reports its process.resourceUsage() on exit
 * through fd 3.
 */
import { spawnSync } from "node:child_process";
import { closeSync, openSync, writeSync } from "node:fs";
import { join, resolve } from "node:path";
import { isoFromSerial } from "../src/engine/calendar";
import { syntheticSales } from "./_synthetic";

export const root = resolve(process.cwd());
export const kam = join(root, "bin", "kam.js");

/** `rows` sales rows under a header line: 1,000,000 rows are the CSV of about 31 MB. Written in blocks, so 10M rows never sit in one string. */
export function writeSalesCsv(path: string, rows: number): void {
  const sales = syntheticSales(rows, 10_000, 24, 20241124);
  const fd = openSync(path, "w");
  try {
    let block = "Client,Date,Amount\n";
    for (let i = 0; i < rows; i++) {
      block += `${sales.clientNames[sales.clientIndex[i]]},${isoFromSerial(sales.date[i])},${sales.amount[i].toFixed(2)}\n`;
      if (block.length >= 1 << 20) {
        writeSync(fd, block);
        block = "";
      }
    }
    writeSync(fd, block);
  } finally {
    closeSync(fd);
  }
}

export interface ProcessRun {
  ms: number;
  /** The child's user + system CPU time: less sensitive than wall time to other work on the machine. */
  cpuMs: number;
  peakRssMb: number;
}

/** Runs a Node script in a child process with the arguments; returns its wall time, CPU time and its own peak RSS. */
export function runNode(script: string, args: readonly string[]): ProcessRun {
  const wrapper =
    "process.on('exit',()=>{const u=process.resourceUsage();" +
    "require('fs').writeSync(3,JSON.stringify({rssKb:u.maxRSS,cpuUs:u.userCPUTime+u.systemCPUTime}))});" +
    `process.argv.splice(1,0,${JSON.stringify(script)});require(${JSON.stringify(script)});`;
  const start = performance.now();
  const run = spawnSync(process.execPath, ["-e", wrapper, ...args], { stdio: ["ignore", "pipe", "pipe", "pipe"] });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`${script} exited ${run.status}: ${run.stderr.toString()}`);
  const usage = JSON.parse(run.output[3]?.toString() ?? "{}") as { rssKb: number; cpuUs: number };
  return { ms, cpuMs: usage.cpuUs / 1000, peakRssMb: Math.round(usage.rssKb / 1024) };
}

export function median(values: number[]): number {
  return [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];
}

/** Median wall and CPU time and the highest peak memory of the runs. */
export function summary(runs: readonly ProcessRun[]): ProcessRun {
  return { ms: Math.round(median(runs.map((run) => run.ms))), cpuMs: Math.round(median(runs.map((run) => run.cpuMs))), peakRssMb: Math.max(...runs.map((run) => run.peakRssMb)) };
}
