/**
 * The web bundles are written down to syntax every admitted webview parses (ES2017: Office on Mac
 * runs add-ins in the system's WKWebView, and Office 16.46+ still runs on macOS versions whose
 * Safari predates optional chaining), and taskpane.html says so gracefully where the pane cannot
 * run (docs/taskpane.md, "Which webviews"). One production build, parsed with acorn.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parse, type Options } from "acorn";
import type webpack from "webpack";
import { LANGUAGES } from "../../src/i18n/core";
import { buildWebBundles, repoRoot } from "../browser/harness";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { lowerRegExpLiterals } = require("../../scripts/regexp-literal-loader.js") as { lowerRegExpLiterals: (source: string, ecmaVersion: number) => string };

const TARGET: Options["ecmaVersion"] = 2017;

/** Where `source` first uses syntax beyond `ecmaVersion`: "line:column message: excerpt", or null. */
function newerSyntax(source: string, ecmaVersion: Options["ecmaVersion"], sourceType: Options["sourceType"] = "script"): string | null {
  try {
    parse(source, { ecmaVersion, sourceType, locations: true });
    return null;
  } catch (error) {
    const { pos, loc, message } = error as SyntaxError & { pos: number; loc: { line: number; column: number } };
    return `${loc.line}:${loc.column + 1} ${message.replace(/ \(\d+:\d+\)$/, "")}: …${source.slice(Math.max(0, pos - 50), pos + 30)}…`;
  }
}

/** The bodies of a page's inline <script> elements (those without src). */
function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((match) => match[1]);
}

describe("the production web bundles", () => {
  let outDir: string;
  let scripts: { file: string; source: string }[];

  beforeAll(async () => {
    outDir = await buildWebBundles();
    scripts = fs
      .readdirSync(outDir, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".js"))
      .sort()
      .map((file) => ({ file, source: fs.readFileSync(path.join(outDir, file), "utf8") }));
  }, 300_000);

  afterAll(() => {
    if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
  });

  test("every emitted script parses as ES2017, packages' code included", () => {
    // The task pane, the ribbon's function file, the playground and their shared chunks (React,
    // Fluent UI; ExcelJS in the playground's own chunk).
    expect(scripts.map(({ file }) => file)).toEqual(expect.arrayContaining([expect.stringMatching(/^taskpane\./), expect.stringMatching(/^commands\./), expect.stringMatching(/^playground\./), expect.stringMatching(/^vendor\./)]));
    const failures = scripts.flatMap(({ file, source }) => {
      const where = newerSyntax(source, TARGET);
      return where === null ? [] : [`${file}:${where}`];
    });
    expect(failures).toEqual([]);
  });

  test("no regular expression looks behind (Safari before 16.4 refuses the pattern as the pane loads)", () => {
    // esbuild writes a lookbehind literal as new RegExp("(?<=…"), which parses; it is the engine that fails.
    const failures = scripts.flatMap(({ file, source }) => {
      const at = source.search(/\(\?<[=!]/);
      return at === -1 ? [] : [`${file}:${at}: …${source.slice(Math.max(0, at - 40), at + 40)}…`];
    });
    expect(failures).toEqual([]);
  });

  test("taskpane.html shows a message in the pane's languages where the pane cannot run, in ES5 that Trident runs", () => {
    const html = fs.readFileSync(path.join(outDir, "taskpane.html"), "utf8");
    const inline = inlineScripts(html);
    expect(inline.length).toBe(1);
    expect(newerSyntax(inline[0], 5)).toBeNull();
    // Microsoft's checks for Trident and EdgeHTML, and the fallback when the bundle did not start.
    expect(inline[0]).toContain('indexOf("Trident")');
    expect(inline[0]).toContain('indexOf("Edge/")');
    expect(inline[0]).toContain('getAttribute("data-started")');
    for (const lang of LANGUAGES) expect(inline[0]).toMatch(new RegExp(`\\b${lang}: "[^"]*KAM for Excel [^"]*Office 2021[^"]*Microsoft 365[^"]*"`));
    expect(html).toMatch(/<div id="unsupported" role="alert">KAM for Excel won't run in your version of Office\./);
    // The pane's entry sets the mark the page waits for.
    expect(fs.readFileSync(path.join(repoRoot, "src/taskpane/index.tsx"), "utf8")).toMatch(/getElementById\("container"\)\?\.setAttribute\("data-started", "true"\)/);
  });
});

describe("the build's settings", () => {
  test("development bundles (sideloaded into Office) are written down to ES2017 too, packages included", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const makeConfig: (env: Record<string, string>, argv: Record<string, string>) => Promise<webpack.Configuration> = require(path.join(repoRoot, "webpack.config.js"));
    const config = await makeConfig({}, { mode: "development" });
    expect(config.target).toEqual(["web", "es2017"]);
    const rules = (config.module?.rules ?? []) as webpack.RuleSetRule[];
    const esbuildTargets = rules.map((rule) => (rule.use as { loader: string; options: { target?: string } }[]).find((use) => use.loader === "esbuild-loader")?.options.target);
    expect(esbuildTargets).toEqual(["es2017", "es2017"]);
    // The rule for packages' JavaScript reads node_modules rather than excluding it.
    expect(rules.some((rule) => String(rule.include) === String(/node_modules/))).toBe(true);
  });

  test("a regular-expression literal ES2017 cannot parse is written as new RegExp with the same meaning", () => {
    const source = 'const letter = /^[\\p{L}_]+$/u; const half = total / 2 / count; export const ok = (s) => letter.test(s) && /\\d/.test(s);';
    const lowered = lowerRegExpLiterals(source, 2017);
    expect(lowered).toBe('const letter = (new RegExp("^[\\\\p{L}_]+$", "u")); const half = total / 2 / count; export const ok = (s) => letter.test(s) && /\\d/.test(s);');
    expect(newerSyntax(lowered, 2017, "module")).toBeNull();
    expect(new RegExp("^[\\p{L}_]+$", "u").test("Ünïcødé_名前")).toBe(true);
    // Nothing to do: the text comes back as it was.
    expect(lowerRegExpLiterals("const a = /x/g;", 2017)).toBe("const a = /x/g;");
  });
});
