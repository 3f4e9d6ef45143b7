/**
 * Classify's engine calls (src/excel/engine-calls.ts) off the page's thread: the page's run of
 * Classify sends the sales it read (typed arrays) and gets the plain results back, the same
 * results as in place, while the page stays responsive. The last few large arguments and
 * classifications are held here, so the page sends each once (worker-messages.ts, Held).
 */
import { engineInPlace } from "../excel/engine-calls";
import { unpackSales } from "./model-transfer";
import { failureOf, type EngineReply, type EngineRequest, type Held, type WorkerScope } from "./worker-messages";

const scope = self as unknown as WorkerScope<EngineRequest, EngineReply>;

/** A run holds its sales and its classification; a few runs' worth are kept, the oldest dropped first. */
const HELD_MAX = 4;
const held = new Map<number, unknown>();

function hold(id: number, value: unknown): void {
  held.set(id, value);
  for (const oldest of held.keys()) {
    if (held.size <= HELD_MAX) break;
    held.delete(oldest);
  }
}

class NotHeld extends Error {}

/** The argument the page sent (unpacked, and held for later requests) or the one held under its number. */
function resolve<Sent, T>(argument: Held<Sent>, unpack: (sent: Sent) => T): T {
  if ("value" in argument) {
    const value = unpack(argument.value);
    hold(argument.keep, value);
    return value;
  }
  if (!held.has(argument.kept)) throw new NotHeld(`the engine's worker no longer holds argument ${argument.kept}`);
  return held.get(argument.kept) as T;
}

scope.onmessage = async ({ data: request }) => {
  try {
    if (request.call === "classify") {
      const result = await engineInPlace.classify(resolve(request.sales, unpackSales), ...request.rest);
      hold(request.id, result);
      scope.postMessage({ id: request.id, ok: true, value: result });
    } else {
      const value = await engineInPlace.trends(resolve(request.sales, unpackSales), request.settings, resolve(request.result, (result) => result), request.aliases);
      scope.postMessage({ id: request.id, ok: true, value });
    }
  } catch (error) {
    scope.postMessage({ id: request.id, ok: false, failure: failureOf(error), ...(error instanceof NotHeld ? { missing: true } : {}) });
  }
};
