/** Shares per group (holding) and key-client load per manager (spec: "Key clients", "Manager load"). */
import type { AnalysisSettings, Dependency, GroupResult, ManagerResult } from "../types";
import { dependencyOf } from "./abc";
import { compareCodePoints } from "./compare";

/** What the group and manager tables need to know about one analysed client. */
export interface ClientLoad {
  measure: number;
  share: number;
  dependency: Dependency;
  /** Interned group / manager index, -1 = none. */
  group: number;
  manager: number;
}

/** A holding can be key even when none of its companies is: its share is the sum of theirs. */
export function groupShares(clients: readonly ClientLoad[], names: readonly string[], total: number, settings: AnalysisSettings): GroupResult[] {
  const measure = new Float64Array(names.length);
  const members = new Int32Array(names.length);
  for (const client of clients) {
    if (client.group < 0) continue;
    measure[client.group] += client.measure;
    members[client.group]++;
  }
  const groups: GroupResult[] = [];
  names.forEach((group, g) => {
    if (members[g] === 0) return;
    const share = total > 0 ? measure[g] / total : 0;
    groups.push({ group, measure: measure[g], share, dependency: total > 0 ? dependencyOf(share, settings) : "none", clients: members[g] });
  });
  return groups.sort((x, y) => y.measure - x.measure || compareCodePoints(x.group, y.group));
}

/** Every manager of an analysed client, with its key clients; the most loaded first. */
export function managerLoad(clients: readonly ClientLoad[], names: readonly string[], settings: AnalysisSettings): ManagerResult[] {
  const keyClients = new Int32Array(names.length);
  const keyShare = new Float64Array(names.length);
  const assigned = new Uint8Array(names.length);
  for (const client of clients) {
    if (client.manager < 0) continue;
    assigned[client.manager] = 1;
    if (client.dependency === "none") continue;
    keyClients[client.manager]++;
    keyShare[client.manager] += client.share;
  }
  const managers: ManagerResult[] = [];
  names.forEach((manager, m) => {
    if (assigned[m] === 0) return;
    managers.push({ manager, keyClients: keyClients[m], keyShare: keyShare[m], overloaded: keyClients[m] > settings.maxKeyClientsPerManager });
  });
  return managers.sort((x, y) => y.keyShare - x.keyShare || y.keyClients - x.keyClients || compareCodePoints(x.manager, y.manager));
}
