/**
 * Long stretches of a run of Classify between two syncs (100,000 rows going into the engine's
 * reader, the sheets laid out and queued) give the host a turn now and then. In place (the add-in,
 * the command line, the tests) a turn is nothing and costs nothing; the playground, whose pane runs
 * on its page's thread, takes one when its slice of time is used up, so that no task of the page
 * is long (src/playground/off-thread.ts, turnWhenDue).
 */
type Turn = () => Promise<void> | undefined;

let hostTurn: Turn = () => undefined;

/** How this host takes its turns from now on (default: none). */
export function takeTurnsWith(turn: Turn): void {
  hostTurn = turn;
}

/**
 * A turn for the host, if it wants one now: `await turn()` between pieces of a long stretch of work.
 *
 * @example
 * for (const piece of pieces) {
 *   handle(piece);
 *   await turn();
 * }
 */
export function turn(): Promise<void> | undefined {
  return hostTurn();
}
