// `npm run docs:columns`: rewrites the generated part of docs/columns.md (the header words of
// every column role) from src/engine/read/headers.ts, through scripts/columns-doc.ts bundled by
// esbuild. test/docs/docs.test.ts checks that the page is current.
import { build } from "esbuild";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const bundle = await build({ entryPoints: [join(root, "scripts/columns-doc.ts")], bundle: true, platform: "node", format: "esm", write: false, logLevel: "warning" });
const { updateColumnsDoc } = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString("base64")}`);
const file = join(root, "docs/columns.md");
const before = readFileSync(file, "utf8");
const after = updateColumnsDoc(before);
if (after === before) console.log("docs/columns.md is current");
else {
  writeFileSync(file, after);
  console.log("docs/columns.md rewritten");
}
