/** classify() over 1,000,000 synthetic rows of 10,000 clients and 24 months (median of 3 warm runs). */
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
  sourceRow: Int32Array.from({ length: ROWS }, (_, i) => i + 2),
  currency: null,
  declaredWindow: null,
};

classify(data, DEFAULT_ANALYSIS_SETTINGS);
const times: number[] = [];
for (let run = 0; run < 3; run++) {
  const start = performance.now();
  classify(data, DEFAULT_ANALYSIS_SETTINGS);
  times.push(performance.now() - start);
}
const ms = Math.round(times.sort((x, y) => x - y)[1]);
report({ scenario: "engine-1m", rows: ROWS, clients: CLIENTS, ms, rowsPerSec: Math.round((ROWS / ms) * 1000) });
