/**
 * `kam classify sales.csv --json out.json` on 10,000,000 synthetic rows (the 310 MB
 * CSV: 10,000 clients, 24 months) beside DuckDB and polars doing the same work (bench/_cli.ts).
 * estimateMb is what the memory budget (src/cli/memory.ts) expects this file to take, beside the
 * measured peak.
 */
import { memoryNeeded } from "../src/cli/memory";
import { benchCli } from "./_cli";

benchCli("cli-10m", 10_000_000, 3, (csv) => ({ estimateMb: Math.round(memoryNeeded(csv, "csv").bytes / 1024 / 1024) }));
