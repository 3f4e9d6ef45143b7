// `npm run build:cli` (`node scripts/build-cli.mjs [FOLDER]`, dist/ by default): the `kam` command
// bundled as kam.mjs (bin/kam.js loads dist/kam.mjs), and the worker thread that reads pieces of a
// large CSV as kam-pieces.mjs beside it. ES modules split into chunks, so that a `--json` run
// compiles only what it runs: the workbook writer, the .xlsx reader, ExcelJS and the six languages
// load at their first use, through import(). The tests build the same way.
import { build } from "esbuild";
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// Not import.meta.dirname: that is Node 20.11+, and npm ci runs this build on any Node 20.
const root = fileURLToPath(new URL("..", import.meta.url));
const ENTRIES = ["kam.mjs", "kam-pieces.mjs"];
/** A chunk no build has written for this long is no longer needed by any run (a run started before the build that dropped it). */
const CHUNK_KEPT_MS = 24 * 60 * 60 * 1000;

/**
 * Bundles the command into `outdir`: kam.mjs, kam-pieces.mjs and their chunks. A `kam` run loads
 * chunks as it goes, so one that runs during a build (npm test builds first) must still find them:
 * the build is made beside `outdir` and moved in file by file (a rename replaces a file whole),
 * the chunks before the entry points, and the chunks of earlier builds stay for a day.
 */
export async function buildCli(outdir) {
  const staging = join(outdir, `.build-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  try {
    await build({
      entryPoints: { kam: resolve(root, "src/cli/bin.ts"), "kam-pieces": resolve(root, "src/cli/piece-worker.ts") },
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "node",
      target: "node20",
      outdir: staging,
      outExtension: { ".js": ".mjs" },
      chunkNames: "chunks/[name]-[hash]",
      // exceljs is bundled too, as a chunk of its own: loaded as one file it takes about a third of
      // the time it takes from its hundreds of files in node_modules (0.12-0.18 s against 0.37 s);
      // and only its Workbook (src/cli/exceljs-workbook.cjs), half that again.
      plugins: [{ name: "exceljs-workbook", setup: (build) => build.onResolve({ filter: /^exceljs$/ }, () => ({ path: resolve(root, "src/cli/exceljs-workbook.cjs") })) }],
      // CommonJS packages bundled in (jszip) call require() for Node's own modules; an ES module has none of its own.
      banner: { js: 'import { createRequire as __kamRequire } from "node:module"; const require = __kamRequire(import.meta.url);' },
      logLevel: "warning",
    });
    const chunks = join(outdir, "chunks");
    mkdirSync(chunks, { recursive: true });
    const built = new Set(readdirSync(join(staging, "chunks")));
    for (const name of built) renameSync(join(staging, "chunks", name), join(chunks, name));
    for (const name of ENTRIES) renameSync(join(staging, name), join(outdir, name));
    const now = Date.now();
    for (const name of readdirSync(chunks)) {
      if (!built.has(name) && now - statSync(join(chunks, name)).mtimeMs > CHUNK_KEPT_MS) rmSync(join(chunks, name), { force: true });
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await buildCli(resolve(process.argv[2] ?? join(root, "dist")));
