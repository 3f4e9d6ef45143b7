/** The `kam` command: runs the command line (run.ts) on this process's arguments and streams. */
import { fileURLToPath } from "node:url";
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
run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), readApart: piecesInThread(folder) }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`kam: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 3;
  },
);
