/**
 * `kam classify sales.csv --json out.json` timed end to end as a child process beside the issue's
 * peers (bench/_peers.ts: DuckDB, polars) doing the same work on the same CSV. Runs are
 * interleaved (kam, then each peer, RUNS rounds) so a change in the machine's load falls on all;
 * each figure is the median of its runs, peakRssMb the highest, and the ratios (kam / peer) come
 * from this one run. Each peer's per-client results are checked against kam's JSON.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { comparePeer, setUpPeers } from "./_peers";
import { kam, runNode, summary, writeSalesCsv, type ProcessRun } from "./_process";

type Json = number | string | boolean | { [key: string]: Json };

const ratio = (own: number, peer: number): number => Math.round((own / peer) * 100) / 100;

export function benchCli(scenario: string, rows: number, runs: number, extra: (csv: string) => Record<string, Json> = () => ({})): void {
  const { peers, skipped } = setUpPeers();
  const dir = mkdtempSync(join(tmpdir(), `kam-${scenario}-`));
  try {
    const csv = join(dir, "sales.csv");
    writeSalesCsv(csv, rows);
    const loadBefore = loadavg()[0];
    const ownJson = join(dir, "kam.json");
    const own: ProcessRun[] = [];
    const theirs = new Map<string, ProcessRun[]>(peers.map((peer) => [peer.name, []]));
    const failed = new Map<string, string>();
    for (let round = 0; round < runs; round++) {
      own.push(runNode(kam, ["classify", csv, "--json", ownJson]));
      for (const peer of peers) {
        if (failed.has(peer.name)) continue;
        try {
          theirs.get(peer.name)?.push(runNode(peer.script, [peer.prefix, csv, join(dir, `${peer.name}.json`)]));
        } catch (error) {
          failed.set(peer.name, `failed: ${String(error).split("\n")[0]}`);
        }
      }
    }
    const mine = summary(own);
    const line: Record<string, Json> = {
      scenario,
      rows,
      csvMb: Math.round((statSync(csv).size / 1024 / 1024) * 10) / 10,
      ...mine,
      rowsPerSec: Math.round((rows / mine.ms) * 1000),
      ...extra(csv),
    };
    for (const peer of peers) {
      const note = failed.get(peer.name);
      if (note !== undefined) {
        line[peer.name] = note;
        continue;
      }
      const figures = summary(theirs.get(peer.name) ?? []);
      const check = comparePeer(ownJson, join(dir, `${peer.name}.json`));
      line[peer.name] = {
        version: peer.version,
        ...figures,
        // Above 1: kam takes longer / more memory than the peer.
        kamPerPeerMs: ratio(mine.ms, figures.ms),
        kamPerPeerRss: ratio(mine.peakRssMb, figures.peakRssMb),
        sameResults: check.same === check.checked && check.peerClients === check.checked,
        clientsChecked: `${check.same} of ${check.checked} agree on abc, xyz, cv, measure, recency, frequency`,
        ...(check.firstDifference ? { firstDifference: check.firstDifference } : {}),
      };
    }
    Object.assign(line, skipped);
    line.load1 = `${loadBefore.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after (${runs} rounds)`;
    // Not report(): its peakRssMb would be this bench's, not the CLI's.
    process.stdout.write(JSON.stringify(line) + "\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
