/**
 * A read-only view of the playground's workbook: sheet tabs and a grid of the used range with
 * each cell's text, fill and font. Only the rows in view (plus a margin) are rendered, so a
 * sheet of thousands of rows scrolls smoothly.
 */
import { useEffect, useRef, useState, type ReactElement } from "react";
import { Subtitle2, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { columnLetters } from "../a1";
import { useLocale } from "../taskpane/locale";
import type { PreviewWorkbook } from "./workbook";

const ROW_HEIGHT = 22;
const OVERSCAN_ROWS = 12;
const ROW_HEADER_WIDTH = 48;
/** Excel column widths are in points; the preview draws them a little narrower to show more. */
const POINTS_TO_PIXELS = 1.1;
const MAX_COLUMN_PIXELS = 320;
/** Formulas the headless workbook leaves uncalculated are shown as written, in grey italics. */
const FORMULA_COLOUR = "#5c5c5c";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: 0, height: "100%", gap: tokens.spacingVerticalXS },
  tabs: { display: "flex", flexWrap: "wrap", gap: "2px", borderBottom: `1px solid ${tokens.colorNeutralStroke1}` },
  tab: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottom: "none",
    borderRadius: `${tokens.borderRadiusMedium} ${tokens.borderRadiusMedium} 0 0`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    padding: "4px 10px",
    cursor: "pointer",
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase200,
  },
  activeTab: { backgroundColor: tokens.colorNeutralBackground1, fontWeight: tokens.fontWeightSemibold, borderBottom: `2px solid ${tokens.colorBrandStroke1}` },
  scroller: { flexGrow: 1, minHeight: 0, overflow: "auto", position: "relative", border: `1px solid ${tokens.colorNeutralStroke1}`, backgroundColor: "#ffffff" },
  table: { borderCollapse: "collapse", tableLayout: "fixed", fontSize: "12px", fontFamily: "Calibri, 'Segoe UI', Arial, sans-serif" },
  head: { position: "sticky", top: 0, zIndex: 2 },
  headCell: {
    backgroundColor: "#f3f3f3",
    color: "#424242",
    fontWeight: "normal",
    border: "1px solid #d4d4d4",
    height: `${ROW_HEIGHT}px`,
    padding: 0,
    textAlign: "center",
  },
  // The grid stays left-to-right in every language (dir="ltr" on the scroller), so no RTL flip here.
  rowHeader: { position: "sticky", left: "0 /* @noflip */", zIndex: 1 },
  cell: {
    border: "1px solid #e1e1e1",
    height: `${ROW_HEIGHT}px`,
    lineHeight: `${ROW_HEIGHT - 2}px`,
    boxSizing: "border-box",
    padding: "0 4px",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    color: "#000000",
  },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  status: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

interface WorkbookPreviewProps {
  workbook: PreviewWorkbook;
  /** Bumped whenever the workbook may have changed. */
  version: number;
}

export function WorkbookPreview({ workbook, version }: WorkbookPreviewProps): ReactElement {
  const styles = useStyles();
  const { t, number } = useLocale();
  const scroller = useRef<HTMLDivElement>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [firstVisible, setFirstVisible] = useState(0);
  const [visibleRows, setVisibleRows] = useState(40);
  const [lastSeenActive, setLastSeenActive] = useState<string | null>(null);

  // Follow the workbook's active sheet when an action changes it (classify, go to, dossiers).
  const active = workbook.activeSheet();
  if (active !== lastSeenActive) {
    setLastSeenActive(active);
    setChosen(active);
  }
  const sheets = workbook.sheets();
  const sheet = sheets.find((candidate) => candidate.name === chosen) ?? sheets[0];
  const selection = workbook.selection();

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = (): void => setVisibleRows(Math.ceil(element.clientHeight / ROW_HEIGHT) + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Scroll the selected cell into view after an action (version) selected it; not on the
  // person's own scrolling, which must be free to leave the selection.
  const selectedRow = selection !== null && selection.sheet === sheet?.name ? selection.row : null;
  useEffect(() => {
    const element = scroller.current;
    if (!element || selectedRow === null) return;
    const top = selectedRow * ROW_HEIGHT;
    if (top < element.scrollTop || top > element.scrollTop + element.clientHeight - 2 * ROW_HEIGHT) element.scrollTop = Math.max(0, top - 3 * ROW_HEIGHT);
  }, [selectedRow, version]);

  if (!sheet) return <span className={styles.status}>{t("loadingWorkbook")}</span>;

  const size = workbook.usedSize(sheet.name);
  // Hidden rows and columns (a dossier's anchors and list rows) are left out, as Excel shows them.
  const shown = workbook.shown(sheet.name);
  const first = Math.max(0, Math.min(firstVisible - OVERSCAN_ROWS, shown.rows.length - 1));
  const last = Math.min(shown.rows.length, firstVisible + visibleRows + OVERSCAN_ROWS);
  const widths = shown.columns.map((column) => Math.min(MAX_COLUMN_PIXELS, Math.round(workbook.columnWidth(sheet.name, column) * POINTS_TO_PIXELS)));
  const tableWidth = ROW_HEADER_WIDTH + widths.reduce((sum, width) => sum + width, 0);

  return (
    <section className={styles.root} aria-labelledby="kam-preview-title">
      <Subtitle2 as="h2" id="kam-preview-title">
        {t("preview")}
      </Subtitle2>
      <div role="tablist" aria-label={t("sheets")} className={styles.tabs}>
        {sheets.map((candidate) => (
          <button
            key={candidate.name}
            role="tab"
            type="button"
            aria-selected={candidate.name === sheet.name}
            className={mergeClasses(styles.tab, candidate.name === sheet.name && styles.activeTab)}
            style={candidate.tabColor ? { borderTop: `3px solid ${candidate.tabColor}` } : undefined}
            onClick={() => {
              setChosen(candidate.name);
              setFirstVisible(0);
              if (scroller.current) scroller.current.scrollTop = 0;
            }}
          >
            {candidate.name}
          </button>
        ))}
      </div>
      <div
        ref={scroller}
        className={styles.scroller}
        role="tabpanel"
        aria-label={sheet.name}
        dir="ltr"
        tabIndex={0}
        onScroll={(event) => setFirstVisible(Math.floor(event.currentTarget.scrollTop / ROW_HEIGHT))}
      >
        {size.rows === 0 ? (
          <span className={styles.status}>{t("emptySheet")}</span>
        ) : (
          <table className={styles.table} style={{ width: tableWidth }} aria-label={sheet.name} aria-rowcount={size.rows + 1}>
            <colgroup>
              <col style={{ width: ROW_HEADER_WIDTH }} />
              {widths.map((width, column) => (
                <col key={column} style={{ width }} />
              ))}
            </colgroup>
            <thead className={styles.head}>
              <tr aria-rowindex={1}>
                <th className={mergeClasses(styles.headCell, styles.rowHeader)} scope="col" aria-label="#" />
                {shown.columns.map((column) => (
                  <th key={column} scope="col" className={styles.headCell}>
                    {columnLetters(column)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {first > 0 && (
                <tr style={{ height: first * ROW_HEIGHT }}>
                  <td colSpan={shown.columns.length + 1} />
                </tr>
              )}
              {shown.rows.slice(first, last).map((row) => {
                return (
                  <tr key={row} aria-rowindex={row + 2}>
                    <th scope="row" className={mergeClasses(styles.headCell, styles.rowHeader)}>
                      {row + 1}
                    </th>
                    {shown.columns.map((column) => {
                      const cell = workbook.cell(sheet.name, row, column);
                      const isSelected = selection !== null && selection.sheet === sheet.name && selection.row === row && selection.column === column;
                      return (
                        <td
                          key={column}
                          className={mergeClasses(styles.cell, isSelected && styles.selected)}
                          data-selected={isSelected || undefined}
                          title={cell?.formula ? t("formulaNotCalculated") : undefined}
                          style={
                            cell
                              ? {
                                  backgroundColor: cell.fill,
                                  color: cell.formula ? FORMULA_COLOUR : cell.fontColor,
                                  fontWeight: cell.bold ? 700 : undefined,
                                  fontStyle: cell.formula ? "italic" : undefined,
                                  // Inline, so a right-to-left pane does not flip it: text left unless the cell says otherwise, as in Excel.
                                  textAlign: cell.align ?? "left",
                                }
                              : undefined
                          }
                        >
                          {cell?.text}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
              {last < shown.rows.length && (
                <tr style={{ height: (shown.rows.length - last) * ROW_HEIGHT }}>
                  <td colSpan={shown.columns.length + 1} />
                </tr>
              )}
            </tbody>
          </table>
        )}
      </div>
      <span className={styles.status} aria-live="polite">
        {size.rows > 0
          ? t("rowsShown", { first: number(Math.min(firstVisible + 1, size.rows)), last: number(Math.min(size.rows, firstVisible + visibleRows)), total: number(size.rows) })
          : ""}
      </span>
    </section>
  );
}
