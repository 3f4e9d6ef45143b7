/**
 * classify() over 1,000,000 synthetic rows of 10,000 clients and 24 months: median of 3 runs after
 * one warm-up, with their CPU time, and the warm-up (cold) run's time.
 */
import { classify } from "../src/engine/classify";
import { DEFAULT_ANALYSIS_SETTINGS, type SalesData } from "../src/engine/types";
import { report } from "./_measure";
import { syntheticSales } from "./_synthetic";

const ROWS = 1_000_000;
const CLIENTS = 10_000;
const sales = syntheticSales(ROWS, CLIENTS, 24, 20241124);
const data: SalesData = {
  rowCount: ROWS,
  clients: sales.clientNames.map((name) => ({ key: name.normalize("NFC").toLowerCase().trim(), name })),
  clientIndex: sales.clientIndex,
  amount: sales.amount,
  profit: null,
  date: sales.date,
  orderIndex: null,
  managerIndex: sales.managerIndex,
  managers: sales.managers,
  groupIndex: sales.groupIndex,
  groups: sales.groups,
  keyTypeIndex: null,
  keyTypes: [],
  sourceRow: null,
  firstSourceRow: 2,
  currency: null,
  declaredWindow: null,
};

/** Wall and CPU milliseconds of one classify(); CPU time shows the cost when other work shares the cores. */
function timedRun(): { ms: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  classify(data, DEFAULT_ANALYSIS_SETTINGS);
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000 };
}

const median = (values: number[]) => [...values].sort((x, y) => x - y)[values.length >> 1];
// The first (cold) run is what a one-shot command line pays; the warm median is the steady cost.
const cold = timedRun();
const runs = [timedRun(), timedRun(), timedRun()];
const ms = Math.round(median(runs.map((run) => run.ms)));
report({
  scenario: "engine-1m",
  rows: ROWS,
  clients: CLIENTS,
  ms,
  rowsPerSec: Math.round((ROWS / ms) * 1000),
  cpuMs: Math.round(median(runs.map((run) => run.cpuMs))),
  coldMs: Math.round(cold.ms),
});
