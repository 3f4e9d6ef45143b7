/**
 * `kam classify sales.csv --out out.xlsx` timed end to end as a child process (median of RUNS),
 * beside its peer: a plain streaming .xlsx write of the same rows and a results sheet of one row
 * per client (peer-xlsx-stream.cjs, ExcelJS's streaming writer; the peer is a Python
 * xlsxwriter script, which cannot be installed here). peerRatio = kam's wall time / the peer's.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { kam, root, runNode, summary, writeSalesCsv } from "./_process";

export function benchOut(scenario: string, rows: number, runs: number): void {
  const dir = mkdtempSync(join(tmpdir(), `kam-${scenario}-`));
  try {
    const csv = join(dir, "sales.csv");
    writeSalesCsv(csv, rows);
    const out = join(dir, "out.xlsx");
    const own = summary(
      Array.from({ length: runs }, () => {
        rmSync(out, { force: true });
        return runNode(kam, ["classify", csv, "--out", out]);
      }),
    );
    const line: Record<string, number | string> = { scenario, rows, csvMb: Math.round((statSync(csv).size / 1024 / 1024) * 10) / 10, ...own, xlsxMb: Math.round((statSync(out).size / 1024 / 1024) * 10) / 10 };
    const peerScript = join(root, "bench", "peer-xlsx-stream.cjs");
    if (existsSync(join(root, "node_modules", "exceljs"))) {
      const peerOut = join(dir, "peer.xlsx");
      const peer = summary(Array.from({ length: runs }, () => runNode(peerScript, [csv, peerOut])));
      Object.assign(line, { peerMs: peer.ms, peerCpuMs: peer.cpuMs, peerPeakRssMb: peer.peakRssMb, peerRatio: Math.round((own.ms / peer.ms) * 100) / 100 });
    } else line.peer = "skipped: exceljs is not installed";
    // Not report(): its peakRssMb would be this bench's, not the CLI's.
    process.stdout.write(JSON.stringify(line) + "\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
