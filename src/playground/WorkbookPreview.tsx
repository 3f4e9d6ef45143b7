/**
 * The playground's workbook as a person works in it: sheet tabs, a name box and formula bar, and a
 * grid of the used range with each cell's text, fill and font. Cells and ranges are selected by
 * click, drag, Shift and the arrow keys (what "Current selection" reads); typing fills a cell with
 * Enter and Tab moving on as in Excel, Delete clears, Ctrl+Z undoes; a locked cell on a protected
 * sheet refuses with Excel's message. Frozen rows and columns stay in view. Only the rows in view
 * (plus a margin) are rendered, so a sheet of thousands of rows scrolls smoothly. Charts float over
 * the cells they are anchored to and scroll with them; a merged area is one cell.
 */
import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactElement } from "react";
import { Button, MessageBar, MessageBarBody, Subtitle2, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { columnLetters, MAX_ROWS, rectAddress, type Rect } from "../a1";
import { useLocale } from "../taskpane/locale";
import type { EditOutcome, PreviewCell, PreviewWorkbook } from "./workbook";
import { ChartView } from "./ChartView";
import { chartBox, countBelow } from "./chart-drawing";
import { expandToMerges, isOneMerge, mergeAt, mergePiece } from "./merges";

const ROW_HEIGHT = 22;
const OVERSCAN_ROWS = 12;
/**
 * Columns are drawn as far as they are in view and this far (px) either side of it; the scroll
 * position is followed in steps of SCROLL_STEP_PIXELS, so a small scroll draws nothing new.
 */
const OVERSCAN_PIXELS = 300;
const SCROLL_STEP_PIXELS = 100;
const ROW_HEADER_WIDTH = 48;
/** Excel column widths are in points; the preview draws them a little narrower to show more. */
const POINTS_TO_PIXELS = 1.1;
const MAX_COLUMN_PIXELS = 320;
/** Excel's default row height in points (15): a chart placed in points is scaled to the preview's rows. */
const POINTS_PER_ROW = 15;
/** A chart squeezed smaller than this (its rows hidden) is not drawn. */
const MIN_CHART_PIXELS = 40;
/** Empty cells a text may run over (Excel's limit is the sheet's edge; a legend needs a dozen). */
const MAX_SPILL_COLUMNS = 30;
/** Formulas the headless workbook leaves uncalculated are shown as written, in grey italics. */
const FORMULA_COLOUR = "#5c5c5c";
/**
 * Tab moves between cells here, as in Excel: Fluent's focus manager (Tabster) must leave the key to
 * the grid. Its focusable attribute alone; a focusable group would add hidden focus traps.
 */
const GRID_KEYS = { "data-tabster": JSON.stringify({ focusable: { ignoreKeydown: { Tab: true } } }) };
const SELECTION_TINT = "inset 0 0 0 9999px rgba(15, 108, 189, 0.14)";

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
  bar: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", fontSize: "12px" },
  nameBox: { width: "110px", flexShrink: 0, border: `1px solid ${tokens.colorNeutralStroke1}`, padding: "2px 4px", fontFamily: "Calibri, 'Segoe UI', Arial, sans-serif", overflow: "hidden", whiteSpace: "nowrap" },
  formulaBar: {
    flexGrow: 1,
    minWidth: 0,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    padding: "2px 4px",
    fontFamily: "Calibri, 'Segoe UI', Arial, sans-serif",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    minHeight: "16px",
  },
  scroller: { flexGrow: 1, minHeight: 0, overflow: "auto", position: "relative", border: `1px solid ${tokens.colorNeutralStroke1}`, backgroundColor: "#ffffff", ":focus-visible": { outline: `2px solid ${tokens.colorBrandStroke1}` } },
  table: { borderCollapse: "separate", borderSpacing: 0, tableLayout: "fixed", fontSize: "12px", fontFamily: "Calibri, 'Segoe UI', Arial, sans-serif", userSelect: "none" },
  head: { position: "sticky", top: 0, zIndex: 3 },
  headCell: {
    backgroundColor: "#f3f3f3",
    color: "#424242",
    fontWeight: "normal",
    borderRight: "1px solid #d4d4d4",
    borderBottom: "1px solid #d4d4d4",
    // Border included, as in the cells: every row is ROW_HEIGHT tall, which the scrolling and the charts' places count on.
    height: `${ROW_HEIGHT}px`,
    boxSizing: "border-box",
    padding: 0,
    textAlign: "center",
    cursor: "default",
  },
  headSelected: { backgroundColor: "#d2e4f5", color: "#0f548c" },
  // The grid stays left-to-right in every language (dir="ltr" on the scroller), so no RTL flip here.
  rowHeader: { position: "sticky", left: "0 /* @noflip */", zIndex: 2 },
  cell: {
    borderRight: "1px solid #e1e1e1",
    borderBottom: "1px solid #e1e1e1",
    height: `${ROW_HEIGHT}px`,
    lineHeight: `${ROW_HEIGHT - 2}px`,
    boxSizing: "border-box",
    padding: "0 4px",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    color: "#000000",
    backgroundColor: "#ffffff",
  },
  // Only the cells that hold a spill or the editor are positioned: a positioned cell is a paint layer of its own, and a
  // screen of them doubled the time the browser took to draw a new sheet.
  holdsOverlay: { position: "relative" },
  // Above text that runs over empty cells (zIndex 1), which scrolls under the frozen columns.
  frozenCell: { position: "sticky", zIndex: 2 },
  spilling: { overflow: "visible" },
  columnGap: { padding: 0, border: "none" },
  spill: { position: "absolute", top: 0, bottom: 0, zIndex: 1, padding: "0 4px", boxSizing: "border-box", overflow: "hidden", whiteSpace: "nowrap", textOverflow: "ellipsis", pointerEvents: "none" },
  frozenEdgeRow: { borderBottom: "2px solid #9e9e9e" },
  frozenEdgeColumn: { borderRight: "2px solid #9e9e9e" },
  chart: { position: "absolute", zIndex: 1, boxShadow: "0 1px 3px rgba(0, 0, 0, 0.2)", cursor: "default" },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  editor: {
    position: "absolute",
    inset: 0,
    width: "100%",
    height: "100%",
    boxSizing: "border-box",
    border: `2px solid ${tokens.colorBrandStroke1}`,
    padding: "0 2px",
    font: "inherit",
    margin: 0,
    backgroundColor: "#ffffff",
    outline: "none",
    zIndex: 1,
  },
  status: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

interface WorkbookPreviewProps {
  workbook: PreviewWorkbook;
  /** Bumped whenever the workbook may have changed. */
  version: number;
  /** The person changed the workbook or its selection: the page re-reads it. */
  onChange: () => void;
}

interface Cell {
  row: number;
  column: number;
}

/** The rectangle two cells span. */
function spanning(a: Cell, b: Cell): Rect {
  const row = Math.min(a.row, b.row);
  const column = Math.min(a.column, b.column);
  return { row, column, rowCount: Math.abs(a.row - b.row) + 1, columnCount: Math.abs(a.column - b.column) + 1 };
}

function inRect(rect: Rect | null, row: number, column: number): boolean {
  return rect !== null && row >= rect.row && row < rect.row + rect.rowCount && column >= rect.column && column < rect.column + rect.columnCount;
}

/** "B3" for one cell (or one merged area), "A1:D20" for a range, "B:B" and "3:3" for whole columns and rows, as the name box shows them. */
function selectionName(rect: Rect, merges: readonly Rect[]): string {
  if (rect.row === 0 && rect.rowCount === MAX_ROWS) return `${columnLetters(rect.column)}:${columnLetters(rect.column + rect.columnCount - 1)}`;
  if (isOneMerge(rect, merges)) return rectAddress({ row: rect.row, column: rect.column, rowCount: 1, columnCount: 1 });
  return rectAddress(rect);
}

type Move = "down" | "up" | "right" | "left" | null;

/** Empty rows and columns drawn past the used range, so a person can type beyond the data as in Excel. */
const MARGIN_ROWS = 30;
const MARGIN_COLUMNS = 4;

/** The margin, and past it the cells charts and merged areas reach (`reach`: rows and columns from A1). */
function withMargin(shown: { rows: number[]; columns: number[] }, reach: { rows: number; columns: number }): { rows: number[]; columns: number[] } {
  const extend = (indices: number[], count: number, upTo: number): number[] => {
    const next = indices.length > 0 ? indices[indices.length - 1] + 1 : 0;
    return [...indices, ...Array.from({ length: Math.max(count, upTo - next) }, (_, index) => next + index)];
  };
  return { rows: extend(shown.rows, MARGIN_ROWS, reach.rows), columns: extend(shown.columns, MARGIN_COLUMNS, reach.columns) };
}

export function WorkbookPreview({ workbook, version, onChange }: WorkbookPreviewProps): ReactElement {
  const styles = useStyles();
  const { t, number } = useLocale();
  const scroller = useRef<HTMLDivElement>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [firstVisible, setFirstVisible] = useState(0);
  const [visibleRows, setVisibleRows] = useState(40);
  const [scrollX, setScrollX] = useState(0);
  const [visibleWidth, setVisibleWidth] = useState(1200);
  const [lastSeenActive, setLastSeenActive] = useState<string | null>(null);
  /** The active cell and the far corner of the selection, as the person set them (Shift moves the corner). */
  const [active, setActive] = useState<Cell | null>(null);
  const [corner, setCorner] = useState<Cell | null>(null);
  const [editing, setEditing] = useState<{ row: number; column: number; text: string; enterMode: boolean } | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const dragging = useRef(false);
  const committed = useRef<object | null>(null);

  // Follow the workbook's active sheet when an action changes it (classify, go to, dossiers).
  const activeSheet = workbook.activeSheet();
  if (activeSheet !== lastSeenActive) {
    setLastSeenActive(activeSheet);
    setChosen(activeSheet);
  }
  const sheets = workbook.sheets();
  const sheet = sheets.find((candidate) => candidate.name === chosen) ?? sheets[0];
  const selection = workbook.selection();
  const rect = selection !== null && selection.sheet === sheet?.name ? selection.rect : null;
  // The active cell is the person's while it lies in the selection; an action's selection starts at its top left.
  const activeCell: Cell | null = rect === null ? null : active !== null && inRect(rect, active.row, active.column) ? active : { row: rect.row, column: rect.column };

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = (): void => {
      setVisibleRows(Math.ceil(element.clientHeight / ROW_HEIGHT) + 1);
      setVisibleWidth(element.clientWidth);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    const stopDragging = (): void => {
      dragging.current = false;
    };
    window.addEventListener("mouseup", stopDragging);
    return () => {
      observer.disconnect();
      window.removeEventListener("mouseup", stopDragging);
    };
  }, []);

  const size = sheet ? workbook.usedSize(sheet.name) : { rows: 0, columns: 0 };
  const charts = sheet ? workbook.charts(sheet.name) : [];
  const merges = sheet ? workbook.merges(sheet.name) : [];
  // The grid is drawn as far as the charts and merged areas reach.
  const reach = { rows: 0, columns: 0 };
  for (const { anchor } of charts) {
    if (!("from" in anchor)) continue;
    reach.rows = Math.max(reach.rows, anchor.to.row + 2);
    reach.columns = Math.max(reach.columns, anchor.to.column + 2);
  }
  for (const merge of merges) {
    reach.rows = Math.max(reach.rows, merge.row + merge.rowCount);
    reach.columns = Math.max(reach.columns, merge.column + merge.columnCount);
  }
  // Hidden rows and columns (a dossier's anchors and list rows) are left out, as Excel shows them.
  const shown = sheet ? withMargin(workbook.shown(sheet.name), reach) : { rows: [], columns: [] };
  const frozen = sheet ? workbook.frozen(sheet.name) : { rows: 0, columns: 0 };
  const frozenRows = shown.rows.filter((row) => row < frozen.rows);
  const bodyRows = frozenRows.length > 0 ? shown.rows.filter((row) => row >= frozen.rows) : shown.rows;
  const widths = sheet ? shown.columns.map((column) => Math.min(MAX_COLUMN_PIXELS, Math.round(workbook.columnWidth(sheet.name, column) * POINTS_TO_PIXELS))) : [];
  const lefts: number[] = [];
  widths.reduce((left, width, index) => {
    lefts[index] = left;
    return left + width;
  }, ROW_HEADER_WIDTH);
  const frozenColumnCount = shown.columns.filter((column) => column < frozen.columns).length;
  const headerHeight = (1 + frozenRows.length) * ROW_HEIGHT;
  const frozenWidth = frozenColumnCount > 0 ? lefts[frozenColumnCount - 1] + widths[frozenColumnCount - 1] : ROW_HEADER_WIDTH;

  /** Scrolls so a cell is in view below the frozen rows and right of the frozen columns. */
  const reveal = (cell: Cell): void => {
    const element = scroller.current;
    if (!element) return;
    const index = bodyRows.indexOf(cell.row);
    if (index >= 0) {
      const top = index * ROW_HEIGHT;
      if (top < element.scrollTop) element.scrollTop = top;
      else if (top + ROW_HEIGHT > element.scrollTop + element.clientHeight - headerHeight) element.scrollTop = top + ROW_HEIGHT - (element.clientHeight - headerHeight);
    }
    const columnIndex = shown.columns.indexOf(cell.column);
    if (columnIndex >= frozenColumnCount) {
      const left = lefts[columnIndex] - frozenWidth;
      if (left < element.scrollLeft) element.scrollLeft = left;
      else if (left + widths[columnIndex] > element.scrollLeft + element.clientWidth - frozenWidth) element.scrollLeft = left + widths[columnIndex] - (element.clientWidth - frozenWidth);
    }
  };

  // Scroll the selected cell into view after an action (version) selected it; not on the
  // person's own scrolling, which must be free to leave the selection.
  const selectedRow = rect?.row ?? null;
  useEffect(() => {
    const element = scroller.current;
    if (!element || selectedRow === null || rect === null || rect.rowCount === MAX_ROWS) return;
    reveal({ row: selectedRow, column: rect.column });
    // Only an action's new selection scrolls; reveal and rect are read as they are then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedRow, version]);

  if (!sheet) return <span className={styles.status}>{t("loadingWorkbook")}</span>;

  const select = (next: Rect, activeAt: Cell, cornerAt: Cell): void => {
    workbook.select(sheet.name, next);
    setActive(activeAt);
    setCorner(cornerAt);
    onChange();
  };
  // A cell of a merged area selects the area, its top-left cell active, as in Excel.
  const selectCell = (cell: Cell): void => {
    const merge = mergeAt(merges, cell.row, cell.column);
    if (merge) select(merge, { row: merge.row, column: merge.column }, cell);
    else select({ ...cell, rowCount: 1, columnCount: 1 }, cell, cell);
  };
  /** The range from the active cell to another, grown over the merged areas it cuts. */
  const spanningMerges = (a: Cell, b: Cell): Rect => expandToMerges(spanning(a, b), merges);
  const extendTo = (cell: Cell): void => {
    const from = activeCell ?? cell;
    select(spanningMerges(from, cell), from, cell);
  };

  /** The next shown cell from `cell` in a direction (hidden rows and columns are passed over); null at an edge. */
  const step = (cell: Cell, move: Move): Cell | null => {
    if (move === null) return null;
    const rows = shown.rows;
    const columns = shown.columns;
    const r = rows.indexOf(cell.row);
    const c = columns.indexOf(cell.column);
    if (move === "down") return { row: r >= 0 && r + 1 < rows.length ? rows[r + 1] : cell.row + 1, column: cell.column };
    if (move === "up") return r > 0 ? { row: rows[r - 1], column: cell.column } : null;
    if (move === "right") return { row: cell.row, column: c >= 0 && c + 1 < columns.length ? columns[c + 1] : cell.column + 1 };
    return c > 0 ? { row: cell.row, column: columns[c - 1] } : null;
  };
  /** The cell a move starts from: a merged area's far edge in the direction of the move. */
  const leaving = (cell: Cell, move: Move): Cell => {
    const merge = mergeAt(merges, cell.row, cell.column);
    if (!merge) return cell;
    if (move === "down") return { row: merge.row + merge.rowCount - 1, column: cell.column };
    if (move === "right") return { row: cell.row, column: merge.column + merge.columnCount - 1 };
    if (move === "up") return { row: merge.row, column: cell.column };
    return { row: cell.row, column: merge.column };
  };
  const moveActive = (move: Move, extend: boolean): void => {
    if (!activeCell) return;
    if (extend) {
      const next = step(leaving(corner !== null && inRect(rect, corner.row, corner.column) ? corner : activeCell, move), move);
      if (next) {
        select(spanningMerges(activeCell, next), activeCell, next);
        reveal(next);
      }
      return;
    }
    const next = step(leaving(activeCell, move), move);
    if (next) {
      selectCell(next);
      reveal(next);
    }
  };

  const refused = (outcome: EditOutcome | null): boolean => {
    if (outcome === null || outcome.ok) {
      setRefusal(null);
      return false;
    }
    setRefusal(outcome.reason === "protected" ? t("cellProtected") : t("editFailed", { message: outcome.message }));
    return true;
  };
  const commit = async (move: Move): Promise<void> => {
    // Once only: focusing the grid blurs the editor, whose blur would commit it again.
    if (!editing || committed.current === editing) return;
    committed.current = editing;
    const { row, column, text } = editing;
    setEditing(null);
    // Focus and the move happen at once, so keys typed while the cell is written land in the next cell.
    scroller.current?.focus();
    moveActive(move, false);
    const outcome = await workbook.edit(sheet.name, row, column, text);
    onChange();
    // Excel keeps a refused cell active.
    if (refused(outcome)) selectCell({ row, column });
  };
  const startEditing = (text: string, enterMode: boolean): void => {
    if (!activeCell) return;
    setRefusal(null);
    setEditing({ ...activeCell, text, enterMode });
  };

  const onGridKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (editing || !activeCell) return;
    const arrows: Record<string, Move> = { ArrowDown: "down", ArrowUp: "up", ArrowRight: "right", ArrowLeft: "left" };
    const command = event.ctrlKey || event.metaKey;
    if (arrows[event.key] !== undefined) moveActive(arrows[event.key], event.shiftKey);
    else if (event.key === "Enter") moveActive(event.shiftKey ? "up" : "down", false);
    else if (event.key === "Tab") moveActive(event.shiftKey ? "left" : "right", false);
    else if (event.key === "F2") startEditing(workbook.input(sheet.name, activeCell.row, activeCell.column), false);
    else if (event.key === "Delete" || event.key === "Backspace") {
      if (!rect) return;
      // Whole columns are cleared within the used range.
      const bounded = { ...rect, rowCount: Math.max(1, Math.min(rect.rowCount, size.rows - rect.row)) };
      void workbook.clear(sheet.name, bounded).then((outcome) => {
        refused(outcome);
        onChange();
      });
    } else if (command && event.key.toLowerCase() === "z") {
      void workbook.undo().then((outcome) => {
        refused(outcome);
        onChange();
      });
    } else if (event.key === "Escape") setRefusal(null);
    else if (event.key.length === 1 && !command && !event.altKey) {
      // Typing replaces the cell, as in Excel; this key is the first character.
      startEditing(event.key, true);
    } else return;
    event.preventDefault();
  };

  const cellOf = (event: MouseEvent): Cell | null => {
    const td = (event.target as Element).closest("td[data-row]");
    return td ? { row: Number(td.getAttribute("data-row")), column: Number(td.getAttribute("data-column")) } : null;
  };
  const onGridMouseDown = (event: MouseEvent): void => {
    if (event.button !== 0 || (event.target as Element).closest("input")) return;
    const header = (event.target as Element).closest("th[data-column]");
    if (header) {
      // A column letter selects the whole column, as in Excel (Shift extends over columns).
      const column = Number(header.getAttribute("data-column"));
      const from = event.shiftKey && rect ? rect.column : column;
      const left = Math.min(from, column);
      select({ row: 0, column: left, rowCount: MAX_ROWS, columnCount: Math.abs(column - from) + 1 }, { row: 0, column: from }, { row: 0, column });
      event.preventDefault();
      scroller.current?.focus();
      return;
    }
    const cell = cellOf(event);
    if (!cell) return;
    event.preventDefault();
    scroller.current?.focus();
    if (editing) void commit(null);
    if (event.shiftKey && activeCell) extendTo(cell);
    else selectCell(cell);
    dragging.current = true;
  };
  const onGridMouseOver = (event: MouseEvent): void => {
    if (!dragging.current || !activeCell) return;
    const cell = cellOf(event);
    if (cell && (cell.row !== corner?.row || cell.column !== corner?.column)) select(spanningMerges(activeCell, cell), activeCell, cell);
  };

  const first = Math.max(0, Math.min(firstVisible - OVERSCAN_ROWS, bodyRows.length - 1));
  const last = Math.min(bodyRows.length, firstVisible + visibleRows + OVERSCAN_ROWS);
  const tableWidth = ROW_HEADER_WIDTH + widths.reduce((sum, width) => sum + width, 0);
  /** Left edge of a column in the grid's pixels (a column past the drawn ones: the grid's right edge). */
  const columnEdge = (column: number): number => {
    const index = countBelow(shown.columns, column);
    return index < widths.length ? lefts[index] : tableWidth;
  };
  /** Top edge of a row: in the frozen rows, or below them where the body rows scroll. */
  const rowEdge = (row: number): number => (row < frozen.rows && frozenRows.length > 0 ? (1 + countBelow(frozenRows, row)) * ROW_HEIGHT : headerHeight + countBelow(bodyRows, row) * ROW_HEIGHT);
  const activeInput = activeCell ? workbook.input(sheet.name, activeCell.row, activeCell.column) : "";

  /**
   * How far a cell's text may run: over the empty cells after it (before it, right to left) up to
   * the first that holds something, as Excel shows text wider than its cell. Null: it stays in its cell.
   */
  const spillWidth = (row: number, index: number, cell: PreviewCell | null): number | null => {
    if (!cell?.spills || cell.text === "") return null;
    const step = cell.rtl ? -1 : 1;
    let width = widths[index];
    for (let next = index + step, count = 0; next >= 0 && next < shown.columns.length && count < MAX_SPILL_COLUMNS; next += step, count++) {
      if (workbook.cell(sheet.name, row, shown.columns[next])?.text || mergeAt(merges, row, shown.columns[next])) break;
      width += widths[next];
    }
    return width > widths[index] ? width : null;
  };

  // The columns right of the frozen ones drawn (indices in shown.columns, from drawnStart to before drawnEnd): those in
  // view and a margin, as the rows are; a sheet of thirty columns in a pane that shows ten drew three times the cells.
  const viewLeft = scrollX + frozenWidth - OVERSCAN_PIXELS;
  const viewRight = scrollX + SCROLL_STEP_PIXELS + visibleWidth + OVERSCAN_PIXELS;
  let drawnStart = frozenColumnCount;
  while (drawnStart < widths.length && lefts[drawnStart] + widths[drawnStart] <= viewLeft) drawnStart++;
  let drawnEnd = drawnStart;
  while (drawnEnd < widths.length && lefts[drawnEnd] < viewRight) drawnEnd++;

  /**
   * A row's drawn columns: those in view, widened to take in whole every merged area that crosses their edges and
   * every cell whose text runs into view from outside them (Excel shows that text: its cell must be drawn to show it).
   */
  const drawnColumnsOf = (row: number, rowMerges: readonly Rect[]): { start: number; end: number } => {
    let start = drawnStart;
    let end = drawnEnd;
    for (const merge of rowMerges) {
      const mergeStart = countBelow(shown.columns, merge.column);
      const mergeEnd = countBelow(shown.columns, merge.column + merge.columnCount);
      if (mergeStart < start && mergeEnd > start) start = Math.max(frozenColumnCount, mergeStart);
      if (mergeStart < end && mergeEnd > end) end = mergeEnd;
    }
    // The nearest cell with something in it outside the drawn ones, either side: its text may run into view. A merged
    // area stops any (and runs over nothing itself); text runs rightwards from the left, right-to-left text leftwards.
    const runsIn = (step: -1 | 1, edge: number): number | null => {
      for (let index = edge, count = 0; index >= frozenColumnCount && index < shown.columns.length && count < MAX_SPILL_COLUMNS; index += step, count++) {
        if (mergeAt(merges, row, shown.columns[index])) return null;
        const cell = workbook.cell(sheet.name, row, shown.columns[index]);
        if (!cell?.text) continue;
        const spill = (cell.rtl === true) === (step === 1) ? spillWidth(row, index, cell) : null;
        if (spill === null) return null;
        return step === -1 ? (lefts[index] + spill > lefts[start] ? index : null) : lefts[index] + widths[index] - spill < lefts[end - 1] + widths[end - 1] ? index + 1 : null;
      }
      return null;
    };
    if (start > frozenColumnCount) start = runsIn(-1, start - 1) ?? start;
    if (end > start && end < shown.columns.length) end = runsIn(1, end) ?? end;
    // The cell being edited stays drawn wherever the grid scrolls, so what is typed into it goes on being typed there.
    const editingIndex = editing !== null && editing.row === row ? shown.columns.indexOf(editing.column) : -1;
    if (editingIndex >= frozenColumnCount) {
      start = Math.min(start, editingIndex);
      end = Math.max(end, editingIndex + 1);
    }
    return { start, end };
  };
  /**
   * A row of the grid across its columns: the frozen ones, the drawn ones from `start` to before `end`, and for the
   * undrawn ones either side one empty cell each, as wide as they are.
   */
  const acrossColumns = (start: number, end: number, draw: (index: number) => ReactElement | null, Gap: "td" | "th"): (ReactElement | null)[] => {
    const gap = (key: string, columns: number) => (columns > 0 ? <Gap key={key} role="presentation" colSpan={columns} className={styles.columnGap} /> : null);
    return [
      ...Array.from({ length: frozenColumnCount }, (_, index) => draw(index)),
      gap("before", start - frozenColumnCount),
      ...Array.from({ length: end - start }, (_, offset) => draw(start + offset)),
      gap("after", shown.columns.length - end),
    ];
  };
  const drawColumnHeader = (index: number): ReactElement => {
    const column = shown.columns[index];
    return (
      <th
        key={column}
        scope="col"
        aria-colindex={index + 2}
        data-column={column}
        className={mergeClasses(styles.headCell, index < frozenColumnCount && styles.frozenCell, rect !== null && column >= rect.column && column < rect.column + rect.columnCount && styles.headSelected)}
        style={index < frozenColumnCount ? { left: lefts[index] } : undefined}
      >
        {columnLetters(column)}
      </th>
    );
  };

  const bodyInView = bodyRows.slice(first, last);
  const frozenColumns = shown.columns.slice(0, frozenColumnCount);
  const scrollingColumns = shown.columns.slice(frozenColumnCount);

  const renderRow = (row: number, frozenRow: boolean): ReactElement => {
    const lastFrozenRow = frozenRow && row === frozenRows[frozenRows.length - 1];
    // The merged areas across this row: each drawn as one cell over the rows drawn with it.
    const rowMerges = merges.filter((merge) => row >= merge.row && row < merge.row + merge.rowCount);
    const { start, end } = drawnColumnsOf(row, rowMerges);
    const drawCell = (index: number): ReactElement | null => {
      const column = shown.columns[index];
      const frozenColumn = index < frozenColumnCount;
      const merge = rowMerges.length > 0 ? mergeAt(rowMerges, row, column) : null;
      const piece = merge ? mergePiece(merge, row, column, frozenRow ? frozenRows : bodyInView, frozenColumn ? frozenColumns : scrollingColumns) : null;
      if (piece === "covered") return null;
      // A merged area shows its top-left cell's content (once, where an area cut by the frozen panes starts).
      const showsContent = merge === null || ((frozenColumn || merge.column >= frozen.columns) && (frozenRow || merge.row >= frozen.rows));
      const cell = merge === null ? workbook.cell(sheet.name, row, column) : showsContent ? workbook.cell(sheet.name, merge.row, merge.column) : null;
      const isActive = activeCell !== null && (merge ? inRect(merge, activeCell.row, activeCell.column) : activeCell.row === row && activeCell.column === column);
      const inSelection = inRect(rect, row, column) && rect !== null && !(rect.rowCount === 1 && rect.columnCount === 1) && !isOneMerge(rect, merges);
      const isEditing = editing !== null && (merge ? inRect(merge, editing.row, editing.column) : editing.row === row && editing.column === column);
      const spill = isEditing || merge ? null : spillWidth(row, index, cell);
      return (
        <td
          key={column}
          aria-colindex={index + 2}
          data-row={row}
          data-column={column}
          data-merge={merge ? rectAddress(merge) : undefined}
          rowSpan={piece && piece.rowSpan > 1 ? piece.rowSpan : undefined}
          colSpan={piece && piece.colSpan > 1 ? piece.colSpan : undefined}
          className={mergeClasses(
            styles.cell,
            isActive && styles.selected,
            (spill !== null || isEditing) && styles.holdsOverlay,
            frozenColumn && styles.frozenCell,
            lastFrozenRow && styles.frozenEdgeRow,
            frozenColumn && index === frozenColumnCount - 1 && styles.frozenEdgeColumn,
            spill !== null && styles.spilling,
          )}
          data-selected={isActive || undefined}
          data-in-selection={inSelection || undefined}
          title={cell?.formula ? t("formulaNotCalculated") : cell && cell.text.length > 12 ? cell.text : undefined}
          dir={cell?.rtl ? "rtl" : undefined}
          style={{
            ...(frozenColumn ? { left: lefts[index] } : {}),
            ...(cell
              ? {
                  backgroundColor: cell.fill,
                  color: cell.formula ? FORMULA_COLOUR : cell.fontColor,
                  fontWeight: cell.bold ? 700 : undefined,
                  fontStyle: cell.formula || cell.italic ? "italic" : undefined,
                  // Inline, so a right-to-left pane does not flip it: text left unless the cell says otherwise, as in Excel.
                  textAlign: cell.align ?? "left",
                  // A merged area's text sits at the bottom of the area unless its cell says otherwise, as in Excel.
                  ...(merge ? { verticalAlign: cell.valign ?? "bottom" } : {}),
                }
              : {}),
            ...(inSelection ? { boxShadow: SELECTION_TINT } : {}),
          }}
        >
          {isEditing ? (
            <input
              {...GRID_KEYS}
              className={styles.editor}
              autoFocus
              aria-label={t("cellEditor", { address: rectAddress({ row: editing.row, column: editing.column, rowCount: 1, columnCount: 1 }) })}
              dir="auto"
              value={editing.text}
              onChange={(event) => setEditing({ ...editing, text: event.target.value })}
              onBlur={() => void commit(null)}
              onKeyDown={(event) => {
                event.stopPropagation();
                const arrows: Record<string, Move> = { ArrowDown: "down", ArrowUp: "up", ArrowRight: "right", ArrowLeft: "left" };
                if (event.key === "Enter") void commit(event.shiftKey ? "up" : "down");
                else if (event.key === "Tab") void commit(event.shiftKey ? "left" : "right");
                else if (event.key === "Escape") {
                  setEditing(null);
                  scroller.current?.focus();
                } else if (editing.enterMode && arrows[event.key] !== undefined) void commit(arrows[event.key]);
                else return;
                event.preventDefault();
              }}
            />
          ) : spill !== null && cell ? (
            <span className={styles.spill} style={cell.rtl ? { right: 0, width: spill, textAlign: "right" } : { left: 0, width: spill }}>
              {cell.text}
            </span>
          ) : (
            cell?.text
          )}
        </td>
      );
    };
    return (
      <tr key={row} aria-rowindex={row + 2}>
        <th
          scope="row"
          className={mergeClasses(styles.headCell, styles.rowHeader, rect !== null && row >= rect.row && row < rect.row + rect.rowCount && styles.headSelected, lastFrozenRow && styles.frozenEdgeRow)}
        >
          {row + 1}
        </th>
        {acrossColumns(start, end, drawCell, "td")}
      </tr>
    );
  };

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
              setEditing(null);
              setRefusal(null);
              setFirstVisible(0);
              setScrollX(0);
              // A new sheet opens at its top left, as in Excel: no scroll carried over from the last one.
              if (scroller.current) {
                scroller.current.scrollTop = 0;
                scroller.current.scrollLeft = 0;
              }
            }}
          >
            {candidate.name}
          </button>
        ))}
      </div>
      <div className={styles.bar} dir="ltr">
        <output className={styles.nameBox} aria-label={t("nameBox")}>
          {rect ? selectionName(rect, merges) : ""}
        </output>
        <output className={styles.formulaBar} aria-label={t("formulaBar")} dir="auto">
          {activeInput}
        </output>
        <Button
          size="small"
          appearance="subtle"
          disabled={!workbook.canUndo()}
          onClick={() =>
            void workbook.undo().then((outcome) => {
              refused(outcome);
              onChange();
            })
          }
        >
          {t("undoEdit")}
        </Button>
      </div>
      {refusal && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <span role="alert">{refusal}</span>
          </MessageBarBody>
        </MessageBar>
      )}
      <div
        ref={scroller}
        {...GRID_KEYS}
        className={styles.scroller}
        role="tabpanel"
        aria-label={sheet.name}
        aria-describedby="kam-grid-hint"
        dir="ltr"
        tabIndex={0}
        onKeyDown={onGridKeyDown}
        onMouseDown={onGridMouseDown}
        onMouseOver={onGridMouseOver}
        onDoubleClick={(event) => {
          const cell = cellOf(event);
          if (cell) startEditing(workbook.input(sheet.name, cell.row, cell.column), false);
        }}
        onScroll={(event) => {
          setFirstVisible(Math.floor(event.currentTarget.scrollTop / ROW_HEIGHT));
          setScrollX(Math.floor(event.currentTarget.scrollLeft / SCROLL_STEP_PIXELS) * SCROLL_STEP_PIXELS);
        }}
      >
        <table className={styles.table} style={{ width: tableWidth }} aria-label={sheet.name} aria-rowcount={shown.rows.length + 1} aria-colcount={shown.columns.length + 1}>
          <colgroup>
            <col style={{ width: ROW_HEADER_WIDTH }} />
            {widths.map((width, column) => (
              <col key={column} style={{ width }} />
            ))}
          </colgroup>
          <thead className={styles.head}>
            <tr aria-rowindex={1}>
              <th className={mergeClasses(styles.headCell, styles.rowHeader)} scope="col" aria-label="#" />
              {acrossColumns(drawnStart, drawnEnd, drawColumnHeader, "th")}
            </tr>
            {frozenRows.map((row) => renderRow(row, true))}
          </thead>
          <tbody>
            {first > 0 && (
              <tr style={{ height: first * ROW_HEIGHT }}>
                <td colSpan={shown.columns.length + 1} />
              </tr>
            )}
            {bodyInView.map((row) => renderRow(row, false))}
            {last < bodyRows.length && (
              <tr style={{ height: (bodyRows.length - last) * ROW_HEIGHT }}>
                <td colSpan={shown.columns.length + 1} />
              </tr>
            )}
          </tbody>
        </table>
        {charts.map((chart, index) => {
          const box = chartBox(chart.anchor, columnEdge, rowEdge, { x: POINTS_TO_PIXELS, y: ROW_HEIGHT / POINTS_PER_ROW });
          if (box.width < MIN_CHART_PIXELS || box.height < MIN_CHART_PIXELS) return null;
          return (
            <div key={`${index}-${chart.name}`} className={styles.chart} style={{ left: box.x, top: box.y, width: box.width, height: box.height }}>
              <ChartView name={chart.name} data={chart.data} width={Math.round(box.width)} height={Math.round(box.height)} />
            </div>
          );
        })}
      </div>
      <span id="kam-grid-hint" className={styles.status}>
        {t("gridHint")}
      </span>
      <span className={styles.status} aria-live="polite">
        {size.rows === 0
          ? t("emptySheet")
          : t("rowsShown", { first: number(Math.min(firstVisible + 1, size.rows)), last: number(Math.min(size.rows, firstVisible + visibleRows)), total: number(size.rows) })}
      </span>
    </section>
  );
}
