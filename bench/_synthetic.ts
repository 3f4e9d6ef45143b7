/**
 * Seeded synthetic sales for the benches: heavy-tailed clients (Pareto weights), amounts that
 * vary around each client's typical sale, a few returns, several managers and holdings.
 * Plain columns, so each bench can turn them into SalesData, a sheet or a CSV.
 */
import { serialFromYmd } from "../src/engine/calendar";

export interface SyntheticSales {
  rows: number;
  clientNames: string[];
  clientIndex: Int32Array;
  /** Whole cents as decimals, e.g. 1234.56; about 2% of rows are returns (negative). */
  amount: Float64Array;
  /** Excel day serials. */
  date: Float64Array;
  managers: string[];
  managerIndex: Int32Array;
  /** -1 = the client belongs to no holding. */
  groups: string[];
  groupIndex: Int32Array;
  firstDay: number;
  lastDay: number;
}

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticSales(rows: number, clients: number, months: number, seed: number): SyntheticSales {
  const random = seededRandom(seed);
  const firstDay = serialFromYmd(2023, 1, 1);
  const lastDay = serialFromYmd(2023 + Math.floor(months / 12), (months % 12) + 1, 1) - 1;
  const span = lastDay - firstDay + 1;
  const managers = Array.from({ length: 8 }, (_, i) => `Manager ${i + 1}`);
  const groups = Array.from({ length: Math.max(1, Math.floor(clients / 50)) }, (_, i) => `Holding ${i + 1}`);

  const clientNames: string[] = [];
  const cumulativeWeight = new Float64Array(clients);
  const typicalSale = new Float64Array(clients);
  const activeFrom = new Int32Array(clients);
  const activeDays = new Int32Array(clients);
  const clientManager = new Int32Array(clients);
  const clientGroup = new Int32Array(clients);
  let weightSum = 0;
  for (let c = 0; c < clients; c++) {
    clientNames.push(`Client ${c + 1} Ltd`);
    weightSum += Math.pow(1 - random(), -1 / 1.2); // Pareto, alpha 1.2: a few clients dominate
    cumulativeWeight[c] = weightSum;
    typicalSale[c] = 50 + 950 * random();
    // Some clients start late, some stop early (lost clients).
    activeFrom[c] = Math.floor(random() * random() * span);
    activeDays[c] = Math.max(1, Math.floor((span - activeFrom[c]) * (random() < 0.2 ? random() : 1)));
    clientManager[c] = Math.floor(random() * managers.length);
    clientGroup[c] = random() < 0.3 ? Math.floor(random() * groups.length) : -1;
  }

  const clientIndex = new Int32Array(rows);
  const amount = new Float64Array(rows);
  const date = new Float64Array(rows);
  const managerIndex = new Int32Array(rows);
  const groupIndex = new Int32Array(rows);
  for (let i = 0; i < rows; i++) {
    // The first `clients` rows give every client at least one sale; the rest follow the weights.
    const client = i < clients ? i : pickWeighted(cumulativeWeight, random() * weightSum);
    clientIndex[i] = client;
    const sale = typicalSale[client] * Math.exp(0.6 * gaussian(random));
    amount[i] = Math.round((random() < 0.02 ? -sale : sale) * 100) / 100;
    date[i] = firstDay + activeFrom[client] + Math.floor(random() * activeDays[client]);
    managerIndex[i] = random() < 0.05 ? Math.floor(random() * managers.length) : clientManager[client];
    groupIndex[i] = clientGroup[client];
  }
  return { rows, clientNames, clientIndex, amount, date, managers, managerIndex, groups, groupIndex, firstDay, lastDay };
}

function pickWeighted(cumulative: Float64Array, target: number): number {
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (cumulative[middle] < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}
