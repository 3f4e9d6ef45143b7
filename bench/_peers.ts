/**
 * The issue's peers for the command-line benches (DuckDB's Node API, nodejs-polars), installed at
 * bench time with npm into a prefix under the system's temporary folder, never into the
 * project's dependencies, and reused by later runs. When npm cannot install one (no registry, no
 * binary for this platform) or it does not load, the bench goes on without it and says why.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { root } from "./_process";

export interface Peer {
  name: string;
  /** The script doing kam's work: node SCRIPT PREFIX SALES.csv OUT.json. */
  script: string;
  prefix: string;
  version: string;
}

interface PeerSpec {
  name: string;
  /** The package the script requires. */
  main: string;
  /** What npm installs; versions pinned so that runs on different days compare. */
  packages: () => string[] | string;
}

const POLARS_VERSION = "0.26.1";

/**
 * nodejs-polars ships its binary as optional dependencies, which npm 11 leaves out here because
 * their `engines` say Node 22 (it loads on Node 20 all the same): name this platform's one.
 */
function polarsBinary(): string[] | string {
  const { platform, arch } = process;
  const header = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header;
  const suffix = platform === "linux" ? (header?.glibcVersionRuntime ? "-gnu" : "-musl") : platform === "win32" ? "-msvc" : "";
  const known = ["linux-x64-gnu", "linux-x64-musl", "linux-arm64-gnu", "linux-arm64-musl", "darwin-x64", "darwin-arm64", "win32-x64-msvc", "android-arm64"];
  const target = `${platform}-${arch}${suffix}`;
  if (!known.includes(target)) return `no nodejs-polars binary for ${target}`;
  return [`nodejs-polars@${POLARS_VERSION}`, `nodejs-polars-${target}@${POLARS_VERSION}`];
}

const SPECS: PeerSpec[] = [
  // Its native binary comes as the optional dependency @duckdb/node-bindings-<platform>.
  { name: "duckdb", main: "@duckdb/node-api", packages: () => ["@duckdb/node-api@1.5.6-r.1"] },
  { name: "polars", main: "nodejs-polars", packages: polarsBinary },
];

/** Whether the package loads from the prefix, in a child process (a native module may abort). */
function loads(prefix: string, main: string): string | null {
  const run = spawnSync(process.execPath, ["-e", `require(require.resolve(${JSON.stringify(main)}, { paths: [${JSON.stringify(prefix)}] }))`], { encoding: "utf8" });
  return run.status === 0 ? null : firstLine(run.stderr) || `exit ${run.status}`;
}

function firstLine(text: string | undefined): string {
  return (text ?? "").split("\n").find((line) => /error|not found|cannot/i.test(line))?.trim() ?? (text ?? "").trim().split("\n")[0] ?? "";
}

/** The peers ready to run, and a note for each one that is not. */
export function setUpPeers(): { peers: Peer[]; skipped: Record<string, string> } {
  const peers: Peer[] = [];
  const skipped: Record<string, string> = {};
  for (const spec of SPECS) {
    const prefix = join(tmpdir(), "kam-bench-peers", spec.name);
    const packages = spec.packages();
    if (typeof packages === "string") {
      skipped[spec.name] = `skipped: ${packages}`;
      continue;
    }
    const manifest = join(prefix, "node_modules", spec.main, "package.json");
    const wanted = packages[0].slice(packages[0].lastIndexOf("@") + 1);
    const ready = existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version === wanted && loads(prefix, spec.main) === null;
    if (!ready) {
      mkdirSync(prefix, { recursive: true });
      // Not through `npm run`'s environment: its npm_config_* would point npm at this project.
      const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith("npm_")));
      const install = spawnSync(process.platform === "win32" ? "npm.cmd" : "npm", ["install", "--prefix", prefix, "--no-audit", "--no-fund", "--loglevel=error", ...packages], {
        encoding: "utf8",
        env,
        timeout: 10 * 60_000,
      });
      if (install.status !== 0) {
        skipped[spec.name] = `skipped: npm install ${packages.join(" ")} failed: ${install.error?.message ?? firstLine(install.stderr)}`;
        continue;
      }
      const problem = loads(prefix, spec.main);
      if (problem !== null) {
        skipped[spec.name] = `skipped: ${spec.main} installed but does not load on ${process.platform}-${process.arch}: ${problem}`;
        continue;
      }
    }
    peers.push({ name: spec.name, script: join(root, "bench", `peer-${spec.name}.cjs`), prefix, version: wanted });
  }
  return { peers, skipped };
}

interface ClientFigures {
  client: string;
  measure: number;
  abc: string;
  cv: number | null;
  xyz: string | null;
  recencyDays: number | null;
  frequency: number;
}

function near(left: number | null, right: number | null): boolean {
  if (left === null || right === null) return left === right;
  // Sums in another order differ in the last bits; 1e-9 relative is far below any threshold's tolerance.
  return Math.abs(left - right) <= 1e-9 * Math.max(1, Math.abs(left), Math.abs(right));
}

/**
 * The peer's per-client results against kam's --json, for every client: ABC and XYZ class, CV,
 * measure, recency and frequency. Returns the count that agree, the peer's count of clients and
 * the first difference.
 */
export function comparePeer(kamJson: string, peerJson: string): { checked: number; same: number; peerClients: number; firstDifference?: string } {
  const kam = (JSON.parse(readFileSync(kamJson, "utf8")) as { clients: ClientFigures[] }).clients;
  const peer = new Map((JSON.parse(readFileSync(peerJson, "utf8")) as ClientFigures[]).map((row) => [row.client, row]));
  let same = 0;
  let firstDifference: string | undefined;
  for (const own of kam) {
    const other = peer.get(own.client);
    const difference =
      other === undefined
        ? "missing"
        : (["abc", "xyz", "recencyDays", "frequency"] as const).find((field) => own[field] !== other[field]) ?? (["cv", "measure"] as const).find((field) => !near(own[field], other[field]));
    if (difference === undefined) same++;
    else firstDifference ??= `${own.client}: ${difference === "missing" ? "missing" : `${difference} ${own[difference]} vs ${other?.[difference]}`}`;
  }
  if (peer.size !== kam.length) firstDifference ??= `${peer.size} clients vs kam's ${kam.length}`;
  return { checked: kam.length, same, peerClients: peer.size, firstDifference };
}
