/**
 * The whole analysis of the specification (docs/method.md) over normalised sales rows: window, measure, ABC, XYZ,
 * dependency and key type, groups, managers, RFM, status and concentration. Pure and synchronous;
 * per-row work runs over typed arrays (see analysis/), with one result object per client.
 */
import { applyAliases, duplicateGroups } from "./analysis/duplicates";
import { exposures } from "./analysis/exposure";
import { classifyAbc, concentrationOf, dependencyOf, rankClients } from "./analysis/abc";
import { aggregateClients, latestValuePerClient } from "./analysis/aggregate";
import { groupShares, managerLoad, type ClientLoad } from "./analysis/load";
import { purchaseHistory, scoreClients, segmentOf, statusOf, type PurchaseHistory } from "./analysis/rfm";
import { resolveWindow, tilePeriods } from "./analysis/window";
import { regularityOf } from "./analysis/xyz";
import { isoFromSerial, ymdFromSerial } from "./calendar";
import { InputException } from "./errors";
import type { AnalysisSettings, ClassifyResult, ClientResult, RowProblem, SalesData, Warning, XyzAlternative } from "./types";

export interface ClassifyOptions {
  /** Names a person merged (KAM Aliases): the key of a name in the data -> the client it counts as. */
  aliases?: ReadonlyMap<string, string>;
  /**
   * A run whose result only feeds another (the trends' windows, the other period's XYZ counts; default false): it
   * leaves out what only a person reads, the alternatives shown when nearly every client is Z, the names that may
   * be one client (possibleDuplicates empty) and what each key client's leaving would do (exposure empty).
   */
  secondary?: boolean;
}

/** A serial's calendar quarter as one running number (year * 4 + quarter). */
function quarterIndex(serial: number): number {
  const { year, month } = ymdFromSerial(serial);
  return year * 4 + Math.floor((month - 1) / 3);
}

/** Share of Z clients from which XYZ says little and the alternatives are shown. */
const MOSTLY_Z = 0.9;

export function classify(sales: SalesData, settings: AnalysisSettings, skipped: RowProblem[] = [], { aliases = new Map(), secondary = false }: ClassifyOptions = {}): ClassifyResult {
  // Names a person merged (KAM Aliases) count for the client they name, before anything is summed.
  const { data, merged } = applyAliases(sales, aliases);
  const measureValues = settings.measure === "profit" ? data.profit : data.amount;
  if (measureValues === null) throw new InputException({ code: "no-profit-column", message: "the measure is profit but the data has no profit column", problems: [] });
  const window = resolveWindow(data, settings);
  const warnings: Warning[] = [];
  const { dates, first, asOf } = window;
  const dated = dates !== null && first !== null && asOf !== null;
  const tiling = dated ? tilePeriods(settings.period, first, asOf) : null;
  const periods = tiling?.periods ?? [];
  const totals = aggregateClients(data, window, measureValues, tiling?.periodOfDay ?? null, periods.length);

  const present: number[] = [];
  for (let c = 0; c < data.clients.length; c++) if (totals.rows[c] > 0) present.push(c);
  const keys = data.clients.map((client) => client.key);
  const order = rankClients(present, totals.measure, keys);
  const ranking = classifyAbc(Float64Array.from(order, (c) => totals.measure[c]), settings);

  const xyzComputed = periods.length >= 2;
  // Rows, but none in the window (a mistyped --from after the last sale): an error, never empty results.
  if (present.length === 0 && data.rowCount > 0) throw emptyWindow(data, settings);
  if (present.length === 0) {
    warnings.push({ code: "no-rows", message: "no rows fall in the analysis window" });
  } else {
    if (!dated) {
      warnings.push({ code: "no-dates", message: "there are no dates: XYZ, recency, RFM segments and lost-client status are not computed" });
    } else if (!xyzComputed) {
      warnings.push({ code: "few-periods", message: `the window has ${periods.length} period; XYZ needs at least 2` });
    }
    if (ranking.total === 0) {
      warnings.push({ code: "no-positive-measure", message: `no client has a positive ${settings.measure}: every client is C with share 0` });
    }
  }

  const history = dated ? purchaseHistory(data, { dates, from: window.from, to: window.to }, first, asOf) : null;
  const rfm = scoreRfm(present, totals.measure, history, asOf ?? 0, data.clients.length);
  const [manager, group, keyType] = [data.managerIndex, data.groupIndex, data.keyTypeIndex].map((column) =>
    column === null ? null : latestValuePerClient(data, window, column),
  );

  const periodCount = periods.length;
  const loads: ClientLoad[] = [];
  const clients: ClientResult[] = order.map((c, position) => {
    const share = ranking.share[position];
    const dependency = ranking.total > 0 ? dependencyOf(share, settings) : "none";
    const sums = periodSumsOf(totals.periodSums, c, periodCount);
    const regularity = xyzComputed ? regularityOf(sums, settings) : null;
    const managerIndex = manager?.[c] ?? -1;
    const groupIndex = group?.[c] ?? -1;
    const typeIndex = keyType?.[c] ?? -1;
    const lastPurchase = history && history.purchaseDays[c] > 0 ? history.lastPurchase[c] : null;
    loads.push({ measure: totals.measure[c], share, dependency, group: groupIndex, manager: managerIndex });
    return {
      client: data.clients[c].name,
      key: data.clients[c].key,
      rank: position + 1,
      measure: totals.measure[c],
      share,
      cumulativeShare: ranking.cumulativeShare[position],
      abc: ranking.abc[position],
      cv: regularity?.cv ?? null,
      coverage: regularity?.coverage ?? null,
      xyz: regularity?.xyz ?? null,
      abcxyz: ranking.abc[position] + (regularity?.xyz ?? ""),
      dependency,
      // The spec: breadwinner whenever the client is key; a type column of the data names the others.
      keyType: dependency !== "none" ? "breadwinner" : typeIndex >= 0 ? data.keyTypes[typeIndex] : null,
      manager: managerIndex >= 0 ? data.managers[managerIndex] : null,
      group: groupIndex >= 0 ? data.groups[groupIndex] : null,
      lastPurchase,
      recencyDays: lastPurchase === null ? null : rfm.recency[c],
      frequency: history ? history.frequency[c] : 0,
      monetary: totals.measure[c],
      revenue: totals.revenue ? totals.revenue[c] : null,
      profit: totals.profit ? totals.profit[c] : null,
      medianGap: history && Number.isFinite(history.medianGap[c]) ? history.medianGap[c] : null,
      r: rfm.r[c],
      f: rfm.f[c],
      m: rfm.m[c],
      segment: segmentOf(rfm.r[c], rfm.f[c]),
      // Without dates nothing says a client stopped buying, so nobody is called lost.
      status: history ? statusOf(lastPurchase === null ? null : rfm.recency[c], history.purchaseDays[c], history.medianGap[c], settings.lostAfterDays) : "active",
      periodSums: sums,
    };
  });

  const groupResults = data.groupIndex ? groupShares(loads, data.groups, ranking.total, settings) : [];
  if (merged.length > 0) warnings.push({ code: "aliases-applied", message: `counted as one client (aliases): ${merged.map(({ from, to }) => `'${from}' as '${to}'`).join(", ")}` });
  // When nearly all clients are Z the matrix says little: what quarters or purchase frequency would give.
  const withXyz = clients.filter((client) => client.xyz !== null);
  const zShare = withXyz.length > 0 ? withXyz.filter((client) => client.xyz === "Z").length / withXyz.length : 0;
  const xyzAlternatives: XyzAlternative[] = [];
  if (!secondary && withXyz.length >= 10 && zShare >= MOSTLY_Z) {
    const tries: XyzAlternative["setting"][] = [...(settings.period !== "quarter" ? (["quarter"] as const) : []), ...(settings.xyz !== "frequency" ? (["frequency"] as const) : [])];
    for (const setting of tries) {
      const counts = { X: 0, Y: 0, Z: 0 };
      if (setting === "frequency") {
        // The same periods, read as purchase frequency: from the period sums already made.
        for (const client of clients) counts[regularityOf(client.periodSums, { ...settings, xyz: "frequency" }).xyz]++;
      } else if (settings.period === "month") {
        // Calendar months grouped into their calendar quarters are the quarter periods of the same window.
        const quarterOf = periods.map((period) => quarterIndex(period.start));
        const first = quarterOf[0];
        const quarters = quarterOf[quarterOf.length - 1] - first + 1;
        if (quarters < 2) continue;
        for (const client of clients) {
          const sums = new Array<number>(quarters).fill(0);
          client.periodSums.forEach((sum, p) => (sums[quarterOf[p] - first] += sum));
          counts[regularityOf(sums, settings).xyz]++;
        }
      } else {
        const other = classify(sales, { ...settings, period: "quarter" }, [], { aliases, secondary: true });
        for (const client of other.clients) if (client.xyz) counts[client.xyz]++;
      }
      xyzAlternatives.push({ setting, counts });
    }
    const said = xyzAlternatives.map(({ setting, counts }) => `${setting === "quarter" ? "by quarter" : "by purchase frequency"}: X ${counts.X}, Y ${counts.Y}, Z ${counts.Z}`).join("; ");
    warnings.push({ code: "mostly-z", message: `${Math.round(zShare * 100)}% of the clients are Z with ${settings.xyz === "cv" ? `${settings.period}ly variation` : "purchase frequency"}, so the ABC-XYZ matrix says little${said ? `; ${said}` : ""}` });
  }
  const possibleDuplicates = (secondary ? [] : duplicateGroups(clients.map((client) => client.key))).map((group) => group.map((index) => ({ client: clients[index].client, key: clients[index].key, share: clients[index].share })));
  for (const group of possibleDuplicates) {
    const names = group.map((client) => `'${client.client}' (${(client.share * 100).toFixed(1)}%)`).join(", ");
    warnings.push({ code: "possible-duplicates", message: `${names} may be one client: merge them with aliases, or leave them apart` });
  }

  return {
    asOf: dated ? asOf : null,
    periods,
    total: ranking.total,
    clients,
    possibleDuplicates,
    merged,
    xyzAlternatives,
    exposure: secondary ? [] : exposures(clients, groupResults, ranking.total, settings),
    groups: groupResults,
    managers: data.managerIndex ? managerLoad(loads, data.managers, settings) : [],
    concentration: concentrationOf(ranking.share, ranking.cumulativeShare),
    warnings,
    skipped,
  };
}

/** A plain copy of one client's row of period sums (Array.from on a typed array is slow). */
function periodSumsOf(all: Float64Array, client: number, periodCount: number): number[] {
  const sums = new Array<number>(periodCount);
  for (let p = 0, offset = client * periodCount; p < periodCount; p++) sums[p] = all[offset + p];
  return sums;
}

/** Per client index: days since the last purchase day, and the three scores. */
interface RfmScores {
  recency: Float64Array;
  r: Uint8Array;
  f: Uint8Array;
  m: Uint8Array;
}

/**
 * R, F and M scores. Clients with a purchase day are ranked; the rest score 1/1/1. Without a date
 * column no client has a purchase day: R and F are 1 for all, and M ranks the clients with a
 * positive measure, the closest stand-in for "bought something".
 */
function scoreRfm(present: readonly number[], measure: Float64Array, history: PurchaseHistory | null, asOf: number, clientCount: number): RfmScores {
  const recency = new Float64Array(clientCount);
  const frequency = new Float64Array(clientCount);
  const buyers = present.filter((c) => (history ? history.purchaseDays[c] > 0 : measure[c] > 0));
  if (history) {
    for (const c of buyers) {
      recency[c] = asOf - history.lastPurchase[c];
      frequency[c] = history.frequency[c];
    }
  }
  return {
    recency,
    r: scoreClients(recency, buyers, false, clientCount),
    f: scoreClients(frequency, buyers, true, clientCount),
    m: scoreClients(measure, buyers, true, clientCount),
  };
}

/** The win-back list: lost or at-risk clients that are A or B, largest measure first. */
export function winBackList(result: ClassifyResult): ClientResult[] {
  return result.clients.filter((client) => client.status !== "active" && client.abc !== "C");
}

/** The window holds none of the rows: say where the window is and where the data is. */
function emptyWindow(data: SalesData, settings: AnalysisSettings): InputException {
  let first = Infinity;
  let last = -Infinity;
  if (data.date) {
    for (const date of data.date) {
      if (date !== date) continue;
      if (date < first) first = date;
      if (date > last) last = date;
    }
  }
  const window = `from ${settings.from ?? "the first date"} to ${settings.asOf ?? "the last date"}`;
  const span = Number.isFinite(first) ? `; the data runs from ${isoFromSerial(Math.floor(first))} to ${isoFromSerial(Math.floor(last))}` : "";
  return new InputException({ code: "empty-window", message: `no row falls in the analysis window (${window})${span}`, problems: [] });
}
