/**
 * The portfolio over time, from the sales history itself (no earlier runs needed): at the end of
 * each quarter, the analysis run on the trailing twelve months, so being key is seen to move
 * (Chinese article, 004_08ec6fe701bd337e.txt) and the count of lost clients is watched as it
 * changes (Welsh 000_63f0a1f2223c97fb.txt, Russian 001_6220ce0bdaf6cc61.txt). Each point is the
 * one engine's result (classify) on its window; nothing here computes a class of its own.
 */
import { classify } from "./classify";
import { applyAliases } from "./analysis/duplicates";
import { isoFromSerial, serialFromYmd, ymdFromSerial } from "./calendar";
import type { AbcClass, AnalysisSettings, ClassifyResult, ClientResult, SalesData } from "./types";

/** Quarters shown at most: two years of quarter ends. */
export const TREND_POINTS = 8;

export interface TrendPoint {
  /** The quarter's label ("2024-Q3") and its last day (Excel serial), the window's as-of date. */
  label: string;
  end: number;
  /** The trailing window's first day (twelve months back, or the data's first day). */
  start: number;
  clients: number;
  keyClients: number;
  /** Combined share of the key clients (0-1). */
  keyShare: number;
  topClientShare: number;
  top5Share: number;
  herfindahl: number;
  lost: number;
  atRisk: number;
  /** Clients lost at this point that were not lost at the previous one. */
  newlyLost: number;
  /** Clients whose first purchase falls in this quarter. */
  won: number;
  /** Each client's ABC class at this point (by client key). */
  classes: Map<string, AbcClass>;
  /** Each manager's key clients' combined share at this point (by manager). */
  managers: Map<string, number>;
  /** Each holding's share at this point (by holding). */
  groups: Map<string, number>;
  /** Clients newly lost and won at this point, by manager and by holding (of the client at this point). */
  movesByManager: Map<string, Moves>;
  movesByGroup: Map<string, Moves>;
}

export interface Moves {
  lost: number;
  won: number;
}

export interface Trends {
  points: TrendPoint[];
  /** How many clients moved from each class at the second-last point to each class at the last. */
  migration: Record<AbcClass, Record<AbcClass | "gone", number>> | null;
}

function quarterOf(serial: number): { year: number; quarter: number } {
  const { year, month } = ymdFromSerial(serial);
  return { year, quarter: Math.floor((month - 1) / 3) + 1 };
}

/** Last day of a quarter. */
function quarterEnd(year: number, quarter: number): number {
  return quarter === 4 ? serialFromYmd(year + 1, 1, 1) - 1 : serialFromYmd(year, quarter * 3 + 1, 1) - 1;
}

/**
 * The trend points of `data` up to `asOf` (the run's as-of date): the quarter ends after the
 * data's first quarter, the last one being the as-of date itself, at most TREND_POINTS.
 * @example trends(read.data, settings, result).points.map((point) => point.keyShare)
 */
export function trends(sales: SalesData, settings: AnalysisSettings, result: ClassifyResult, aliases: ReadonlyMap<string, string> = new Map()): Trends {
  if (result.asOf === null || sales.date === null) return { points: [], migration: null };
  // The aliases are applied once, for every window and for the first purchases alike.
  const { data } = applyAliases(sales, aliases);
  if (data.date === null) return { points: [], migration: null };
  let first = Infinity;
  for (let i = 0; i < data.rowCount; i++) if (data.date[i] < first) first = data.date[i];
  if (!Number.isFinite(first)) return { points: [], migration: null };
  const asOf = result.asOf;
  const ends: number[] = [asOf];
  for (let { year, quarter } = quarterOf(asOf); ends.length < TREND_POINTS; ) {
    quarter--;
    if (quarter === 0) {
      quarter = 4;
      year--;
    }
    const end = quarterEnd(year, quarter);
    // The first quarter of the data makes no trend point of its own: its window would be a few weeks.
    if (end < first + 90) break;
    ends.unshift(end);
  }
  const points: TrendPoint[] = [];
  // Who was lost at each point, to count the newly lost at the next.
  let lostBefore: Set<string> | null = null;
  const firstDays = firstPurchaseDays(data);
  for (const end of ends) {
    const { year, month, day } = ymdFromSerial(end);
    const start = Math.max(Math.floor(first), serialFromYmd(year - 1, month, day) + 1);
    let window: ClassifyResult;
    try {
      window = classify(data, { ...settings, from: isoFromSerial(start), asOf: isoFromSerial(end) }, [], { secondary: true });
    } catch {
      // A window with no sale makes no point.
      continue;
    }
    const key = window.clients.filter((client) => client.dependency !== "none");
    const lostNow = new Set(window.clients.filter((client) => client.status === "lost").map((client) => client.key));
    const { quarter } = quarterOf(end);
    const quarterStart = serialFromYmd(year, (quarter - 1) * 3 + 1, 1);
    const before: Set<string> | null = lostBefore;
    const newlyLost = before ? [...lostNow].filter((client) => !before.has(client)) : [];
    // Maps filled by loops, not made from arrays of pairs: eight points of 10,000 clients each.
    const won: string[] = [];
    firstDays.forEach((firstDay, client) => {
      if (firstDay >= quarterStart && firstDay <= end) won.push(client);
    });
    const classes = new Map<string, AbcClass>();
    for (const client of window.clients) classes.set(client.key, client.abc);
    // Who is who, by key, only when the data names managers or holdings.
    const clientOf = new Map<string, ClientResult>();
    if (data.managerIndex !== null || data.groupIndex !== null) for (const client of window.clients) clientOf.set(client.key, client);
    const movesBy = (field: "manager" | "group"): Map<string, Moves> => {
      const moves = new Map<string, Moves>();
      const count = (keys: string[], kind: keyof Moves) => {
        for (const key of keys) {
          const name = clientOf.get(key)?.[field];
          if (!name) continue;
          const entry = moves.get(name) ?? { lost: 0, won: 0 };
          entry[kind]++;
          moves.set(name, entry);
        }
      };
      count(newlyLost, "lost");
      count(won, "won");
      return moves;
    };
    points.push({
      label: `${year}-Q${quarter}`,
      end,
      start,
      clients: window.clients.length,
      keyClients: key.length,
      keyShare: key.reduce((sum, client) => sum + client.share, 0),
      topClientShare: window.concentration.topClientShare,
      top5Share: window.concentration.top5Share,
      herfindahl: window.concentration.herfindahl,
      lost: lostNow.size,
      atRisk: window.clients.filter((client) => client.status === "at-risk").length,
      newlyLost: newlyLost.length,
      won: won.length,
      classes,
      managers: new Map(window.managers.map((manager) => [manager.manager, manager.keyShare])),
      groups: new Map(window.groups.map((group) => [group.group, group.share])),
      movesByManager: movesBy("manager"),
      movesByGroup: movesBy("group"),
    });
    lostBefore = lostNow;
  }
  const [before, last] = points.slice(-2);
  let migration: Trends["migration"] = null;
  if (before && last) {
    const empty = (): Record<AbcClass | "gone", number> => ({ A: 0, B: 0, C: 0, gone: 0 });
    migration = { A: empty(), B: empty(), C: empty() };
    for (const [client, from] of before.classes) migration[from][last.classes.get(client) ?? "gone"]++;
  }
  return { points, migration };
}

/** Each client's first day with a sale, by client key. */
function firstPurchaseDays(data: SalesData): Map<string, number> {
  const firstDay = new Map<string, number>();
  for (let i = 0; i < data.rowCount; i++) {
    const day = data.date?.[i] ?? NaN;
    if (Number.isNaN(day)) continue;
    const key = data.clients[data.clientIndex[i]].key;
    const seen = firstDay.get(key);
    if (seen === undefined || day < seen) firstDay.set(key, day);
  }
  return firstDay;
}
