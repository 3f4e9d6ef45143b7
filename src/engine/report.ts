/** The command line's `--json` object (spec: "Command line and machine-readable output"). */
import { isoFromSerial } from "./calendar";
import type { ClassifyResult, ClientResult, Dependency, ManagerResult, Warning } from "./types";

/** One client as the spec lists it, in the spec's field order. */
/** A client as the spec's --json lists it: the spec's fields only. */
export type JsonClient = Omit<ClientResult, "key" | "periodSums" | "lastPurchase" | "revenue" | "profit" | "medianGap"> & { lastPurchase: string | null };

export interface JsonReport {
  asOf: string | null;
  /** Number of periods in the window. */
  periods: number;
  total: number;
  clients: JsonClient[];
  groups: { group: string; measure: number; share: number; dependency: Dependency }[];
  managers: ManagerResult[];
  warnings: Warning[];
  skipped: { row: number; reason: string }[];
}

export function toJsonReport(result: ClassifyResult): JsonReport {
  return {
    asOf: result.asOf === null ? null : isoFromSerial(result.asOf),
    periods: result.periods.length,
    total: result.total,
    clients: result.clients.map(jsonClient),
    groups: result.groups.map(({ group, measure, share, dependency }) => ({ group, measure, share, dependency })),
    managers: result.managers.map(({ manager, keyClients, keyShare, overloaded }) => ({ manager, keyClients, keyShare, overloaded })),
    warnings: result.warnings.map(({ code, message }) => ({ code, message })),
    skipped: result.skipped.map(({ row, reason }) => ({ row, reason })),
  };
}

/** Clients put into text at a time by jsonReportTexts: about 40 KB of text with names of a few words. */
const CLIENTS_AT_A_TIME = 64;

/**
 * The text of `JSON.stringify(toJsonReport(result), null, 2) + "\n"`, byte for byte, in pieces:
 * the clients a few dozen at a time, each lot put into text inside the same outline, so every
 * line has the indentation it has in the whole. At 10,000 clients the whole report's objects and
 * its text are each several MB of memory touched once; these pieces are small enough to be
 * collected young (docs/large-files.md).
 * @example [...jsonReportTexts(result)].join("") === JSON.stringify(toJsonReport(result), null, 2) + "\n"
 */
export function* jsonReportTexts(result: ClassifyResult): Generator<string> {
  const outline = JSON.stringify(toJsonReport({ ...result, clients: [] }), null, 2);
  if (result.clients.length === 0) {
    yield outline + "\n";
    return;
  }
  // A JSON string holds no line break, so this is the top level's "clients" key and nothing else.
  const emptyClients = '\n  "clients": []';
  const at = outline.indexOf(emptyClients) + emptyClients.length - 1;
  yield outline.slice(0, at) + "\n";
  const [lotStart, lotEnd] = ['{\n  "clients": [\n', "\n  ]\n}"];
  for (let from = 0; from < result.clients.length; from += CLIENTS_AT_A_TIME) {
    const lot = JSON.stringify({ clients: result.clients.slice(from, from + CLIENTS_AT_A_TIME).map(jsonClient) }, null, 2);
    yield (from > 0 ? ",\n" : "") + lot.slice(lotStart.length, lot.length - lotEnd.length);
  }
  yield "\n  " + outline.slice(at) + "\n";
}

function jsonClient(client: ClientResult): JsonClient {
  return {
    client: client.client,
    rank: client.rank,
    measure: client.measure,
    share: client.share,
    cumulativeShare: client.cumulativeShare,
    abc: client.abc,
    cv: client.cv,
    coverage: client.coverage,
    xyz: client.xyz,
    abcxyz: client.abcxyz,
    dependency: client.dependency,
    keyType: client.keyType,
    manager: client.manager,
    group: client.group,
    lastPurchase: client.lastPurchase === null ? null : isoFromSerial(client.lastPurchase),
    recencyDays: client.recencyDays,
    frequency: client.frequency,
    monetary: client.monetary,
    r: client.r,
    f: client.f,
    m: client.m,
    segment: client.segment,
    status: client.status,
  };
}
