/**
 * The engine's two long computations in a run of Classify (the classification and the trends),
 * behind an asynchronous seam. They run in place (the add-in, the command line, the tests) unless
 * the host names another place once, at start-up, with runEngineWith (the playground runs them in
 * a Web Worker, so that its page stays responsive while they work). They take and give plain
 * data (typed arrays, maps, plain objects): the same results anywhere.
 */
import { classify } from "../engine/classify";
import { trends, type Trends } from "../engine/trends";
import type { ClassifyResult } from "../engine/types";

export interface EngineCalls {
  classify(...args: Parameters<typeof classify>): Promise<ClassifyResult>;
  trends(...args: Parameters<typeof trends>): Promise<Trends>;
}

export const engineInPlace: EngineCalls = {
  classify: async (...args) => classify(...args),
  trends: async (...args) => trends(...args),
};

let hostEngine: EngineCalls = engineInPlace;

/** Where this host's runs of Classify call the engine from now on (default: in place). */
export function runEngineWith(calls: EngineCalls): void {
  hostEngine = calls;
}

/** The engine this host's runs use. */
export function engine(): EngineCalls {
  return hostEngine;
}
