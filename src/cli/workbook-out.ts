/**
 * `kam classify --out OUT.xlsx`. Owned by the workbook feature (src/excel); until it lands the
 * command line says plainly that --out is not available.
 */
export const WORKBOOK_OUT_AVAILABLE = false;
