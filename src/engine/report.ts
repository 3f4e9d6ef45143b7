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
