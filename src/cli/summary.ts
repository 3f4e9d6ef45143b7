/** The short human summary `kam classify` prints when no --json/--out is given. */
import { isoFromSerial } from "../engine/calendar";
import { COLUMN_ROLES, type AbcClass, type AnalysisSettings, type ClassifyResult, type DetectedColumns, type ReadResult } from "../engine/types";

/** Key clients listed by name before the rest are only counted. */
const KEY_CLIENTS_SHOWN = 10;
const SKIPPED_SHOWN = 20;

function money(value: number): string {
  return value.toFixed(2);
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/** "client=Customer Name, date=Order Date, ..." (wide tables add their period columns). */
export function describeColumns(detected: DetectedColumns): string {
  const parts = COLUMN_ROLES.filter((role) => detected.headers[role] !== undefined).map((role) => `${role}=${detected.headers[role]}`);
  const periods = detected.periodColumns;
  if (detected.layout === "wide" && periods?.length) {
    parts.push(`periods=${periods.length} columns (${periods[0].header} .. ${periods[periods.length - 1].header})`);
  }
  return parts.join(", ");
}

export function formatSummary(file: string, read: ReadResult, result: ClassifyResult, settings: AnalysisSettings): string {
  const lines: string[] = [];
  const { data, detected } = read;
  lines.push(`${file}: ${data.rowCount} rows, ${result.clients.length} clients${data.currency ? `, currency ${data.currency}` : ""}`);
  lines.push(`columns: ${describeColumns(detected)}`);
  const alternatives = Object.entries(detected.alternatives ?? {}).map(([role, headers]) => `${role}: ${headers.join(", ")}`);
  if (alternatives.length) lines.push(`also matched (not used): ${alternatives.join("; ")}`);
  if (detected.columns.date !== undefined || detected.layout === "wide") {
    const asOf = result.asOf === null ? "none" : isoFromSerial(result.asOf);
    lines.push(`dates read ${detected.dateOrder}; as of ${asOf}; ${result.periods.length} ${settings.period} periods`);
  }
  lines.push(`total ${settings.measure}: ${money(result.total)}`);
  const counts: Record<AbcClass, { clients: number; share: number }> = { A: { clients: 0, share: 0 }, B: { clients: 0, share: 0 }, C: { clients: 0, share: 0 } };
  for (const client of result.clients) {
    counts[client.abc].clients++;
    if (client.share > 0) counts[client.abc].share += client.share;
  }
  lines.push(`ABC: ${(["A", "B", "C"] as const).map((abc) => `${abc} ${counts[abc].clients} (${percent(counts[abc].share)})`).join(", ")}`);
  const key = result.clients.filter((client) => client.dependency !== "none");
  lines.push(`key clients: ${key.length === 0 ? "none" : key.length}`);
  for (const client of key.slice(0, KEY_CLIENTS_SHOWN)) {
    lines.push(`  ${client.rank}. ${client.client}: ${percent(client.share)} (${client.dependency}), ${client.abcxyz}`);
  }
  if (key.length > KEY_CLIENTS_SHOWN) lines.push(`  ... and ${key.length - KEY_CLIENTS_SHOWN} more`);
  if (result.exposure.length > 0) lines.push("if it leaves:");
  for (const exposure of result.exposure.slice(0, KEY_CLIENTS_SHOWN)) {
    const rising = exposure.rising.length === 0 ? "" : `; ${exposure.rising.map((client) => `${client.client} becomes ${client.dependency}`).join(", ")}`;
    const replace = exposure.replaceWithB === null ? "" : `; replaced by about ${exposure.replaceWithB} median B clients`;
    lines.push(`  ${exposure.kind === "group" ? "holding " : ""}${exposure.name}: ${money(exposure.measure)} (${percent(exposure.share)}) lost, top client then ${percent(exposure.topShareAfter)}${rising}${replace}`);
  }
  for (const warning of result.warnings) lines.push(`warning: ${warning.message}`);
  if (read.skipped.length) {
    lines.push(`skipped ${read.skipped.length} bad rows:`);
    for (const problem of read.skipped.slice(0, SKIPPED_SHOWN)) lines.push(`  row ${problem.row}: ${problem.reason}`);
    if (read.skipped.length > SKIPPED_SHOWN) lines.push(`  ... and ${read.skipped.length - SKIPPED_SHOWN} more (--json lists all)`);
  }
  return lines.join("\n") + "\n";
}
