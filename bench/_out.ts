/**
 * `kam classify sales.csv --out out.xlsx` timed end to end as a child process (median of RUNS),
 * beside its peer, run in turn with it: a plain streaming .xlsx write of the same rows and a
 * results sheet of one row per client (peer-xlsx-stream.cjs, ExcelJS's streaming writer; the
 * issue's peer is a Python xlsxwriter script, which cannot be installed here). peerRatio = kam's
 * wall time / the peer's.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { kam, root, runNode, summary, writeSalesCsv, type ProcessRun } from "./_process";

export function benchOut(scenario: string, rows: number, runs: number): void {
  const dir = mkdtempSync(join(tmpdir(), `kam-${scenario}-`));
  try {
    const csv = join(dir, "sales.csv");
    writeSalesCsv(csv, rows);
    const out = join(dir, "out.xlsx");
    const peerScript = join(root, "bench", "peer-xlsx-stream.cjs");
    const peerOut = join(dir, "peer.xlsx");
    const withPeer = existsSync(join(root, "node_modules", "exceljs"));
    const ownRuns: ProcessRun[] = [];
    const peerRuns: ProcessRun[] = [];
    for (let run = 0; run < runs; run++) {
      rmSync(out, { force: true });
      ownRuns.push(runNode(kam, ["classify", csv, "--out", out]));
      // Interleaved with kam's runs: a change in the machine's speed during the bench weighs on both alike.
      if (withPeer) peerRuns.push(runNode(peerScript, [csv, peerOut]));
    }
    const own = summary(ownRuns);
    const line: Record<string, number | string> = { scenario, rows, csvMb: Math.round((statSync(csv).size / 1024 / 1024) * 10) / 10, ...own, xlsxMb: Math.round((statSync(out).size / 1024 / 1024) * 10) / 10 };
    if (withPeer) {
      const peer = summary(peerRuns);
      Object.assign(line, { peerMs: peer.ms, peerCpuMs: peer.cpuMs, peerPeakRssMb: peer.peakRssMb, peerRatio: Math.round((own.ms / peer.ms) * 100) / 100 });
    } else line.peer = "skipped: exceljs is not installed";
    // Not report(): its peakRssMb would be this bench's, not the CLI's.
    process.stdout.write(JSON.stringify(line) + "\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
