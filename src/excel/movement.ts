/**
 * Movement since the last run (the articles: being key is dynamic). The previous run is read back
 * from KAM Clients before it is replaced; this module compares it with the new result. Pure.
 */
import type { AbcClass, ClassifyResult, ClientStatus, Dependency, XyzClass } from "../engine/types";

/** What a previous run said about one client, as read back from its KAM Clients row. */
export interface PreviousClient {
  client: string;
  abc: AbcClass | null;
  xyz: XyzClass | null;
  dependency: Dependency | null;
  status: ClientStatus | null;
}

export type ChangeItem =
  | { kind: "new" }
  | { kind: "abc"; from: AbcClass; to: AbcClass }
  | { kind: "xyz"; from: XyzClass; to: XyzClass }
  | { kind: "dependency"; from: Dependency; to: Dependency }
  | { kind: "status"; from: ClientStatus; to: ClientStatus };

/** Row label of the transition table for clients absent from the previous run. */
export const NEW_CELL = "new";
/** Column label for previous clients absent from the new data. */
export const GONE_CELL = "gone";

export interface Movement {
  /** False on the first run: nothing to compare. */
  hasPrevious: boolean;
  /** Client key -> what changed (empty when nothing did). */
  changes: Map<string, ChangeItem[]>;
  /** ABC-XYZ cell from -> to, with NEW_CELL / GONE_CELL for clients that came or went. */
  transitions: { from: string; to: string; clients: number }[];
  becameKey: string[];
  stoppedKey: string[];
}

function cellOf(client: { abc: AbcClass | null; xyz: XyzClass | null }): string {
  return (client.abc ?? "") + (client.xyz ?? "") || "?";
}

function isKey(dependency: Dependency | null): boolean {
  return dependency !== null && dependency !== "none";
}

export function computeMovement(result: ClassifyResult, previous: ReadonlyMap<string, PreviousClient> | null): Movement {
  const movement: Movement = { hasPrevious: previous !== null, changes: new Map(), transitions: [], becameKey: [], stoppedKey: [] };
  if (previous === null) return movement;
  const counts = new Map<string, number>();
  const count = (from: string, to: string) => counts.set(`${from}\u0000${to}`, (counts.get(`${from}\u0000${to}`) ?? 0) + 1);
  const seen = new Set<string>();
  for (const client of result.clients) {
    seen.add(client.key);
    const before = previous.get(client.key);
    const items: ChangeItem[] = [];
    if (!before) {
      items.push({ kind: "new" });
      count(NEW_CELL, cellOf(client));
      if (isKey(client.dependency)) movement.becameKey.push(client.client);
    } else {
      if (before.abc && before.abc !== client.abc) items.push({ kind: "abc", from: before.abc, to: client.abc });
      if (before.xyz && client.xyz && before.xyz !== client.xyz) items.push({ kind: "xyz", from: before.xyz, to: client.xyz });
      if (before.dependency && before.dependency !== client.dependency) items.push({ kind: "dependency", from: before.dependency, to: client.dependency });
      if (before.status && before.status !== client.status) items.push({ kind: "status", from: before.status, to: client.status });
      count(cellOf(before), cellOf(client));
      if (!isKey(before.dependency) && isKey(client.dependency)) movement.becameKey.push(client.client);
      if (isKey(before.dependency) && !isKey(client.dependency)) movement.stoppedKey.push(client.client);
    }
    movement.changes.set(client.key, items);
  }
  for (const [key, before] of previous) {
    if (seen.has(key)) continue;
    count(cellOf(before), GONE_CELL);
    if (isKey(before.dependency)) movement.stoppedKey.push(before.client);
  }
  for (const [pair, clients] of counts) {
    const [from, to] = pair.split("\u0000");
    movement.transitions.push({ from, to, clients });
  }
  return movement;
}
