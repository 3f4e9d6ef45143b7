/** Shared by the bench scenarios: peak resident memory and one JSON line per scenario. */
export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

export function report(line: Record<string, string | number | boolean>): void {
  process.stdout.write(JSON.stringify({ ...line, peakRssMb: peakRssMb() }) + "\n");
}
