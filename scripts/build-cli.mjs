// `npm run build:cli` (`node scripts/build-cli.mjs [FOLDER]`, dist/ by default): the `kam` command
// bundled as kam.mjs (bin/kam.js loads dist/kam.mjs), and the worker thread that reads pieces of a
// large CSV as kam-pieces.mjs beside it. ES modules split into chunks, so that a `--json` run
// compiles only what it runs: the workbook writer, the .xlsx reader, ExcelJS and the six languages
// load at their first use, through import(). The tests build the same way.
import { build } from "esbuild";
import { rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const root = resolve(import.meta.dirname, "..");

/** Bundles the command into `outdir`: kam.mjs, kam-pieces.mjs and their shared chunks. */
export async function buildCli(outdir) {
  // Chunks are named by their content: those of an earlier build would pile up.
  rmSync(join(outdir, "chunks"), { recursive: true, force: true });
  await build({
    entryPoints: { kam: resolve(root, "src/cli/bin.ts"), "kam-pieces": resolve(root, "src/cli/piece-worker.ts") },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    outdir,
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
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await buildCli(resolve(process.argv[2] ?? join(root, "dist")));
