/** The `kam` command: runs the command line (run.ts) on this process's arguments and streams. */
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { run } from "./run";
import { piecesInThread } from "./piece-thread";

// Bundled as dist/kam.mjs, beside the worker's dist/kam-pieces.mjs.
const folder = fileURLToPath(new URL(".", import.meta.url));
// A reader that stops early (`kam classify sales.csv --out out.xlsx | head -1`, or `2>&1 | head`)
// closes the pipe: what is left of the summary or the messages has nowhere to go, which changes
// nothing of the run (its files are written, its exit code stays).
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
}
/**
 * V8 doubles the young generation each time most of it survives a collection, and an analysis of
 * 10,000 clients keeps most of what it makes: the young generation grew from 1 to 16 MB of memory
 * touched for the first time, which costs more than the collections it saves (a fresh page is
 * about 12 us on the VMs measured). Kept at its first size, a 1M-row `--json` run is 50 ms faster
 * and a 10M-row one the same (docs/large-files.md). Not with --out: the workbook's cells are many
 * more objects that live long, and there the small young generation made a run 0.8 s slower at
 * 100,000 rows. V8 reads the flag each time it would grow the young generation.
 */
function keepYoungGenerationSmall(): void {
  setFlagsFromString("--semi-space-growth-factor=1");
}

/**
 * Ends the process once what it wrote to stdout and stderr has gone out. A run's work is done and
 * its files are closed: left to end by itself, Node would first hand back the run's memory page by
 * page (50 ms after a 100,000-row --out run, more after larger ones).
 */
function exitWhenFlushed(code: number): void {
  let pending = 2;
  let exitCode = code;
  const flushed = (error?: Error | null): void => {
    // Output that could not be written fails the run (a reader that stopped reading, EPIPE, does not).
    if (error && (error as NodeJS.ErrnoException).code !== "EPIPE" && exitCode === 0) exitCode = 1;
    if (--pending === 0) process.exit(exitCode);
  };
  process.stdout.write("", flushed);
  process.stderr.write("", flushed);
}

run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), readApart: piecesInThread(folder), beforeAnalysisOnly: keepYoungGenerationSmall }).then(
  (code) => exitWhenFlushed(code),
  (error: unknown) => {
    process.stderr.write(`kam: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    exitWhenFlushed(3);
  },
);
