/**
 * The page's side of the playground's Web Workers: a file or pasted text is read in
 * read.worker.ts, and Classify's engine calls run in engine.worker.ts, so that the page's own
 * thread only revives the model it is handed and runs the pane's batches. Cancel terminates the
 * reading worker: nothing it did reaches the page, and the next file starts a fresh one.
 */
import type { EngineCalls } from "../excel/engine-calls";
import { headlessExcelFor, type HeadlessExcel } from "../headless";
import { reviveWorkbookModel } from "../headless/model";
import { packSales, unpackValues } from "./model-transfer";
import type { Trends } from "../engine/trends";
import type { ClassifyResult } from "../engine/types";
import { errorOf, type EngineReply, type EngineRequest, type Held, type ReadReply, type ReadRequest } from "./worker-messages";

/** What a cancelled read rejects with. */
export class ReadCancelled extends Error {
  constructor() {
    super("cancelled");
    this.name = "ReadCancelled";
  }
}

/** Who waits for the next turn; one channel serves them all (a channel made per turn cost tens of ms to post on). */
const turns: (() => void)[] = [];
let turnChannel: MessageChannel | null = null;

/** A turn of the page's event loop: a message to itself (unlike setTimeout, not slowed to 4 ms when chained). */
function nextTask(): Promise<void> {
  if (turnChannel === null) {
    turnChannel = new MessageChannel();
    turnChannel.port1.onmessage = () => turns.shift()?.();
  }
  const channel = turnChannel;
  return new Promise((resolve) => {
    turns.push(resolve);
    channel.port2.postMessage(null);
  });
}

/** The page's thread is given back after this much work (ms): well under the 50 ms a long task starts at. */
const SLICE_MS = 12;
let sliceStart = 0;

/**
 * A turn of the page's event loop once SLICE_MS of work has gone by since the last one; otherwise
 * nothing. The headless workbook takes one between a sync's operations, and a run of Classify
 * between pieces of its long stretches (src/excel/turns.ts): a long batch is many short tasks, and
 * the page paints and answers between them.
 */
export function turnWhenDue(): Promise<void> | undefined {
  if (performance.now() - sliceStart < SLICE_MS) return undefined;
  return nextTask().then(() => {
    sliceStart = performance.now();
  });
}

export interface WorkbookReader {
  /** The workbook the request reads as; `progress` gets fractions (0..1) as the worker reports them. */
  read(request: ReadRequest, progress: (fraction: number) => void): Promise<HeadlessExcel>;
  /** Stops the read under way (its promise rejects with ReadCancelled); nothing else changes. */
  cancel(): void;
}

export function workbookReader(): WorkbookReader {
  let worker: Worker | null = null;
  let stop: ((error: Error) => void) | null = null;
  const end = (): void => {
    worker?.terminate();
    worker = null;
    stop = null;
  };
  return {
    read(request, progress) {
      stop?.(new ReadCancelled());
      end();
      const reading = new Worker(new URL("./read.worker.ts", import.meta.url));
      worker = reading;
      return new Promise<HeadlessExcel>((resolve, reject) => {
        stop = reject;
        reading.onmessage = ({ data }: MessageEvent<ReadReply>) => {
          if (data.type === "progress") progress(data.fraction);
          else {
            // One workbook per worker: it goes once its answer is in (its ExcelJS and buffers with it).
            end();
            if (data.type === "done") {
              const model = reviveWorkbookModel(data.model);
              unpackValues(model, data.values);
              resolve(headlessExcelFor(model, { pause: turnWhenDue }));
            } else reject(errorOf(data.failure));
          }
        };
        reading.onerror = (event) => {
          end();
          reject(new Error(event.message || "the reading worker failed"));
        };
        reading.postMessage(request, request.kind === "file" ? [request.bytes] : []);
      });
    },
    cancel() {
      stop?.(new ReadCancelled());
      end();
    },
  };
}

/** Classify's engine calls in a worker of their own, started on the first call and kept. */
export function engineInWorker(): EngineCalls {
  let worker: Worker | null = null;
  let nextId = 0;
  /** Objects the worker holds, by the number it holds them under (worker-messages.ts, Held). */
  let sent = new WeakMap<object, number>();
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void; missing: () => void }>();
  const start = (): Worker => {
    const engine = new Worker(new URL("./engine.worker.ts", import.meta.url));
    engine.onmessage = ({ data }: MessageEvent<EngineReply>) => {
      const call = waiting.get(data.id);
      waiting.delete(data.id);
      if (data.ok) call?.resolve(data.value);
      else if (data.missing) call?.missing();
      else call?.reject(errorOf(data.failure));
    };
    engine.onerror = (event) => {
      for (const call of waiting.values()) call.reject(new Error(event.message || "the engine's worker failed"));
      waiting.clear();
      engine.terminate();
      worker = null;
      sent = new WeakMap();
    };
    return engine;
  };
  const held = <T extends object, Sent = T>(value: T, resend: boolean, pack: (value: T) => Sent): Held<Sent> => {
    const kept = sent.get(value);
    if (kept !== undefined && !resend) return { kept };
    const keep = nextId++;
    sent.set(value, keep);
    return { value: pack(value), keep };
  };
  const asIs = <T>(value: T): T => value;
  /** Sends a request; should the worker have let go of an argument meanwhile, sends it again with the values. */
  const send = (request: (id: number, resend: boolean) => EngineRequest, resend = false): Promise<{ id: number; value: unknown }> => {
    worker ??= start();
    const engine = worker;
    const id = nextId++;
    return new Promise((resolve, reject) => {
      const missing = (): void => (resend ? reject(new Error("the engine's worker lost its arguments")) : void send(request, true).then(resolve, reject));
      waiting.set(id, { resolve: (value) => resolve({ id, value }), reject, missing });
      const message = request(id, resend);
      // The packed sales' buffer is transferred, not copied (model-transfer.ts).
      engine.postMessage(message, "value" in message.sales ? [message.sales.value.buffer] : []);
    });
  };
  return {
    classify: async (sales, settings, skipped, options) => {
      const { id, value } = await send((id, resend) => ({ id, call: "classify", sales: held(sales, resend, packSales), rest: [settings, skipped, options] }));
      // The worker holds this classification under the request's number: the trends get it back by that number.
      sent.set(value as object, id);
      return value as ClassifyResult;
    },
    trends: async (sales, settings, result, aliases) => (await send((id, resend) => ({ id, call: "trends", sales: held(sales, resend, packSales), settings, result: held(result, resend, asIs), aliases }))).value as Trends,
  };
}
