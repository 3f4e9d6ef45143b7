/**
 * One Classify at a time per workbook. Two people running Classify on a co-authored workbook (or
 * one person clicking twice) would update the same result sheets in interleaved batches. A run
 * takes a lock stored in the workbook, a defined name holding who took it and when; adding a name
 * that exists fails in Excel (ItemAlreadyExists), which makes taking it one atomic step. A lock
 * older than a few minutes belongs to a run that died: the next run takes it over.
 */
import type { ExcelContext } from "../office-api";

const LOCK_NAME = "KAM_RunLock";
/** A run writes for seconds; a lock this old is left by a run that stopped without finishing. */
export const STALE_LOCK_MS = 5 * 60_000;

export interface RunLock {
  owner: string;
  /** When the run started, in milliseconds since 1970 (Date.getTime). */
  startedAt: number;
}

function lockOf(formula: unknown): RunLock | null {
  if (typeof formula !== "string") return null;
  const match = /^="(.*)"$/s.exec(formula);
  try {
    const parsed: unknown = JSON.parse((match ? match[1] : "").replace(/""/g, '"'));
    if (typeof parsed === "object" && parsed !== null && typeof (parsed as RunLock).owner === "string" && typeof (parsed as RunLock).startedAt === "number") return parsed as RunLock;
  } catch {
    // Not ours to read: treated as a lock of unknown age, taken over like a stale one.
  }
  return null;
}

/**
 * Takes the workbook's run lock for `owner`; returns the lock another run holds when it cannot.
 * A lock of unknown form or older than STALE_LOCK_MS is taken over.
 */
export async function takeRunLock(context: ExcelContext, owner: string, now: Date): Promise<{ taken: true } | { taken: false; held: RunLock }> {
  const names = context.workbook.names;
  const current = names.getItemOrNullObject(LOCK_NAME);
  current.load("formula");
  await context.sync();
  if (!current.isNullObject) {
    const held = lockOf(current.formula);
    if (held && held.owner !== owner && now.getTime() - held.startedAt < STALE_LOCK_MS) return { taken: false, held };
    current.delete();
  }
  const lock: RunLock = { owner, startedAt: now.getTime() };
  names.add(LOCK_NAME, `="${JSON.stringify(lock).replace(/"/g, '""')}"`, "KAM for Excel: a Classify run is writing this workbook");
  try {
    await context.sync();
  } catch (error) {
    if ((error as { code?: string }).code !== "ItemAlreadyExists") throw error;
    // Another run added its lock between our read and our write.
    const winner = names.getItemOrNullObject(LOCK_NAME);
    winner.load("formula");
    await context.sync();
    return { taken: false, held: (!winner.isNullObject && lockOf(winner.formula)) || { owner: "", startedAt: now.getTime() } };
  }
  return { taken: true };
}

/** Frees the lock if it is still `owner`'s (best effort: a lock left behind goes stale). */
export async function releaseRunLock(context: ExcelContext, owner: string): Promise<void> {
  try {
    const current = context.workbook.names.getItemOrNullObject(LOCK_NAME);
    current.load("formula");
    await context.sync();
    if (current.isNullObject || lockOf(current.formula)?.owner !== owner) return;
    current.delete();
    await context.sync();
  } catch {
    // The run's outcome stands; the lock expires on its own.
  }
}
