/**
 * Builds the web bundles with webpack's Node API (production), serves them on 127.0.0.1 and
 * launches Debian's chromium through playwright-core. Used by the browser tests.
 */
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import webpack from "webpack";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_PATH = "/usr/bin/chromium";
export const repoRoot = path.resolve(__dirname, "../..");
export const screenshotDir = path.join(repoRoot, "test-output/screenshots");

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".xml": "application/xml",
};

/** Runs webpack.config.js in production mode into a fresh temporary folder; returns the folder. */
export async function buildWebBundles(): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "kam-web-"));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig: (env: Record<string, string>, argv: Record<string, string>) => Promise<webpack.Configuration> = require(path.join(repoRoot, "webpack.config.js"));
  const config = await makeConfig({ outDir }, { mode: "production" });
  const stats = await new Promise<webpack.Stats>((resolve, reject) => {
    webpack({ ...config, context: repoRoot }, (error, result) => (error || !result ? reject(error ?? new Error("webpack gave no stats")) : resolve(result)));
  });
  if (stats.hasErrors()) throw new Error(`webpack build failed:\n${stats.toString({ all: false, errors: true })}`);
  return outDir;
}

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/** A minimal static file server for the built folder (GET only, no directory listing). */
export async function serveFolder(folder: string): Promise<StaticServer> {
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    const file = path.join(folder, pathname === "/" ? "index.html" : pathname);
    if (!file.startsWith(folder) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      response.writeHead(404).end("not found");
      return;
    }
    response.writeHead(200, { "Content-Type": CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}
