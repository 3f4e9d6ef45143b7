/** Reading sales data from cells: the API the add-in (src/excel) and the command line (src/cli) call. */
export { InputException, badRowsError, clientName, createSalesReader, grownTo, isBlankRow, readSales } from "./reader";
export type { ParsedRows, SalesReader } from "./reader";
export { detectColumns, findHeaderRow, HEADER_SEARCH_ROWS, normaliseHeader, ROLE_SYNONYMS, suggestMapping } from "./headers";
export { parseAmount, currencyCode } from "./numbers";
export type { ParsedAmount } from "./numbers";
export { parseDateText } from "./dates";
export { parsePeriodHeader } from "./periods";
