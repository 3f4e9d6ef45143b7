/** The `kam` command: runs the command line (run.ts) on this process's arguments and streams. */
import { run } from "./run";
import { piecesInThread } from "./piece-thread";

run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), readApart: piecesInThread(__dirname) }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`kam: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 3;
  },
);
