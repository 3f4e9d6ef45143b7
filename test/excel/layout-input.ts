/** A layout input from the shared sales rows (test/excel/helpers.ts), for tests of plans and colours. */
import { classify } from "../../src/engine/classify";
import { readSales } from "../../src/engine/read";
import { DEFAULT_ANALYSIS_SETTINGS, DEFAULT_READ_SETTINGS, type AnalysisSettings, type CellValue } from "../../src/engine/types";
import type { Lang } from "../../src/i18n/core";
import { emptyKeptInput, type LayoutInput } from "../../src/excel/layout/common";
import { computeMovement } from "../../src/excel/movement";
import { HEADER, salesRows } from "./helpers";

export function layoutInput(options: { rows?: CellValue[][]; settings?: AnalysisSettings; lang?: Lang } = {}): LayoutInput {
  const settings = options.settings ?? DEFAULT_ANALYSIS_SETTINGS;
  const read = readSales(HEADER, options.rows ?? salesRows(), DEFAULT_READ_SETTINGS);
  const result = classify(read.data, settings, read.skipped);
  return {
    result,
    settings,
    lang: options.lang ?? "en",
    movement: computeMovement(result, null),
    kept: emptyKeptInput(),
    run: { source: "Sales!A1:D89", detected: { layout: "transactions", columns: { client: 0, amount: 2 }, headers: { client: "Client", amount: "Amount" }, dateOrder: "day-first" }, rowsRead: 88, runAt: 45700.5 },
  };
}
