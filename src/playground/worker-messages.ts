/**
 * What the page and the playground's two Web Workers say to each other (postMessage, structured
 * clone): read.worker.ts reads a file or pasted text into a workbook model, engine.worker.ts runs
 * Classify's engine calls. Only plain data crosses: bytes, text, typed arrays, maps, plain objects.
 */
import type { EngineCalls } from "../excel/engine-calls";
import { InputException } from "../engine/read";
import type { InputError } from "../engine/types";
import type { PackedColumn, PackedSales } from "./model-transfer";

/** Something to read: a file's bytes (transferred, not copied) or pasted text. */
export type ReadRequest = { kind: "file"; name: string; bytes: ArrayBuffer; locale: string } | { kind: "text"; text: string; locale: string };

/** Why a worker's job failed: the reader's or engine's InputError (the command line's words), or anything else. */
export type WorkerFailure = { input: InputError } | { message: string };

/** A worker's error as it crosses to the page. */
export function failureOf(error: unknown): WorkerFailure {
  if (error instanceof InputException) return { input: error.error };
  return { message: error instanceof Error ? error.message : String(error) };
}

/** The error again on the page: an InputException stays one, so the pane words it as before. */
export function errorOf(failure: WorkerFailure): Error {
  return "input" in failure ? new InputException(failure.input) : new Error(failure.message);
}

/**
 * Progress (0..1) as reading moves, then the workbook's model (WorkbookModel, revived by
 * reviveWorkbookModel) with its cell values packed apart (model-transfer.ts), or the failure.
 */
export type ReadReply = { type: "progress"; fraction: number } | { type: "done"; model: unknown; values: (PackedColumn | null)[][] } | { type: "failed"; failure: WorkerFailure };

/**
 * A large argument, sent once: the first time with `keep` (the worker holds it under that number),
 * later by that number only. The sales a run read go to both engine calls, and the classification
 * comes back as the trends' input, so each crosses once (a structured clone of 100,000 rows or of
 * thousands of clients' results is a long task of its own on the page).
 */
export type Held<T> = { value: T; keep: number } | { kept: number };

type ClassifyArgs = Parameters<EngineCalls["classify"]>;
type TrendsArgs = Parameters<EngineCalls["trends"]>;

export type EngineRequest =
  | { id: number; call: "classify"; sales: Held<PackedSales>; rest: [ClassifyArgs[1], ClassifyArgs[2], ClassifyArgs[3]] }
  | { id: number; call: "trends"; sales: Held<PackedSales>; settings: TrendsArgs[1]; result: Held<TrendsArgs[2]>; aliases: TrendsArgs[3] };

/** The answer to request `id`; a classification is held by the worker under `id` (to send it back as `{ kept: id }`). */
export type EngineReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; failure: WorkerFailure; missing?: boolean };

/** The part of a worker's global scope these workers use (the DOM typings describe a window's postMessage). */
export interface WorkerScope<In, Out> {
  onmessage: ((event: MessageEvent<In>) => void) | null;
  postMessage(message: Out, transfer?: Transferable[]): void;
}
