// `npm run bench`: every scenario in bench/*.ts, each bundled with esbuild and run in its own
// Node process (so its peak memory is its own). Each scenario prints one JSON line.
// `npm run bench -- engine` runs only the scenarios whose file name contains "engine".
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const filter = process.argv[2] ?? "";
const scenarios = readdirSync(join(root, "bench"))
  .filter((name) => name.endsWith(".ts") && !name.startsWith("_") && name.includes(filter))
  .sort();
// Bundled inside the repository, so a scenario's import("exceljs") finds node_modules as dist/kam.js does.
mkdirSync(join(root, "test-output"), { recursive: true });
const outDir = mkdtempSync(join(root, "test-output", "bench-"));
let failed = 0;
try {
  for (const name of scenarios) {
    const outfile = join(outDir, name.replace(/\.ts$/, ".cjs"));
    await build({
      entryPoints: [join(root, "bench", name)],
      bundle: true,
      platform: "node",
      target: "node20",
      format: "cjs",
      outfile,
      external: ["exceljs"],
      logLevel: "warning",
      nodePaths: [join(root, "node_modules")],
    });
    const run = spawnSync(process.execPath, ["--max-old-space-size=8192", outfile], {
      cwd: root,
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, NODE_PATH: join(root, "node_modules") },
    });
    if (run.status !== 0) {
      failed++;
      console.error(`bench ${name} failed with exit ${run.status}`);
    }
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
