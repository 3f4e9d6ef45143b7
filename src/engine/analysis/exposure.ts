/**
 * "What if it leaves": for each key client and key holding, what the company would lose and how
 * the portfolio would look without it. The Lithuanian article (002_c868e5470db36785.txt) says to
 * start winning other clients at once when one passes 50%; this list ranks the exposure, the
 * mono-client first.
 */
import { dependencyOf } from "./abc";
import type { AnalysisSettings, ClientResult, Dependency, Exposure, GroupResult } from "../types";


const LEVEL: Record<Dependency, number> = { none: 0, key: 1, critical: 2, mono: 3 };

function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The exposure list: key clients and key holdings, mono first, then by share.
 * @example exposures(result.clients, result.groups, result.total, settings)[0] // { kind: "client", name: "Acme", share: 0.55, ... }
 */
export function exposures(clients: readonly ClientResult[], groups: readonly GroupResult[], total: number, settings: AnalysisSettings): Exposure[] {
  if (total <= 0) return [];
  const bMeasures = clients.filter((client) => client.abc === "B" && client.measure > 0).map((client) => client.measure);
  const medianB = bMeasures.length > 0 ? median(bMeasures) : null;
  const without = (kind: Exposure["kind"], name: string, measure: number, share: number, dependency: Dependency, leaves: (client: ClientResult) => boolean): Exposure => {
    const rest = total - measure;
    const remaining = clients.filter((client) => !leaves(client) && client.measure > 0);
    const shares = remaining.map((client) => (rest > 0 ? client.measure / rest : 0));
    const rising = remaining.flatMap((client, index) => {
      const after = rest > 0 ? dependencyOf(shares[index], settings) : "none";
      return LEVEL[after] > LEVEL[client.dependency] ? [{ client: client.client, dependency: after }] : [];
    });
    return {
      kind,
      name,
      measure,
      share,
      dependency,
      topShareAfter: shares.length > 0 ? Math.max(...shares) : 0,
      herfindahlAfter: shares.reduce((sum, value) => sum + value * value, 0),
      rising,
      replaceWithB: medianB === null ? null : Math.ceil(measure / medianB),
    };
  };
  const list = [
    ...clients.filter((client) => client.dependency !== "none").map((client) => without("client", client.client, client.measure, client.share, client.dependency, (other) => other.key === client.key)),
    ...groups.filter((group) => group.dependency !== "none").map((group) => without("group", group.group, group.measure, group.share, group.dependency, (client) => client.group === group.group)),
  ];
  return list.sort((a, b) => LEVEL[b.dependency] - LEVEL[a.dependency] || b.share - a.share);
}
