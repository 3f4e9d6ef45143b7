/**
 * Range.insert / Range.delete on the model: the cells in the band move (values, formulas, formats,
 * hyperlinks), and so does everything that points at them: validations, conditional formats,
 * merged areas, tables, chart sources, defined names and the A1 references in the formulas of
 * every sheet. Everything is checked before anything changes, so a refused shift changes nothing.
 */
import { MAX_COLUMNS, MAX_ROWS, type Rect, intersect, quoteSheetName, subtractRect } from "./address";
import { assertContentEditable } from "./cells";
import { fail } from "./errors";
import { type SheetModel, type TableModel, type ValidationRule, cellKey, keyColumn, keyRow } from "./model";
import { type Shift, moveRect, renameSheetInFormula, renameTableInFormula, shiftFormula } from "./references";

const TABLE_SHIFT_REFUSED = "This operation is not allowed. The operation is attempting to shift cells in a table on your worksheet.";

/** The shift that inserting (Down/Right) or deleting (Up/Left) the cells of `rect` makes. */
export function shiftFor(rect: Rect, kind: Shift["kind"], direction: "Down" | "Right" | "Up" | "Left"): Shift {
  const rows = direction === "Down" || direction === "Up";
  return rows
    ? { axis: "rows", kind, at: rect.row, count: rect.rowCount, bandStart: rect.column, bandEnd: rect.column + rect.columnCount }
    : { axis: "columns", kind, at: rect.column, count: rect.columnCount, bandStart: rect.row, bandEnd: rect.row + rect.rowCount };
}

function isWholeLines(shift: Shift): boolean {
  return shift.bandStart === 0 && shift.bandEnd === (shift.axis === "rows" ? MAX_COLUMNS : MAX_ROWS);
}

/** The cells the shift removes or pushes in, as a rectangle. */
function shiftedRect(shift: Shift): Rect {
  return shift.axis === "rows"
    ? { row: shift.at, rowCount: shift.count, column: shift.bandStart, columnCount: shift.bandEnd - shift.bandStart }
    : { column: shift.at, columnCount: shift.count, row: shift.bandStart, rowCount: shift.bandEnd - shift.bandStart };
}

/** The whole band the cells move in (all rows of the band's columns for a row shift). */
function bandRect(shift: Shift): Rect {
  return shift.axis === "rows"
    ? { row: 0, rowCount: MAX_ROWS, column: shift.bandStart, columnCount: shift.bandEnd - shift.bandStart }
    : { column: 0, columnCount: MAX_COLUMNS, row: shift.bandStart, rowCount: shift.bandEnd - shift.bandStart };
}

/**
 * Protection as Excel applies it: on a protected sheet only whole rows (columns) may be inserted,
 * and only with allowInsertRows (allowInsertColumns); deleting whole rows (columns) needs
 * allowDeleteRows (allowDeleteColumns) and every cell in them unlocked.
 */
function checkProtection(sheet: SheetModel, shift: Shift, location: string): void {
  if (!sheet.protection.protected) return;
  const lines = shift.axis === "rows" ? "Rows" : "Columns";
  const option = `allow${shift.kind === "insert" ? "Insert" : "Delete"}${lines}`;
  if (!isWholeLines(shift) || !sheet.protection.options[option]) {
    fail("AccessDenied", `You cannot perform the requested operation: the sheet '${sheet.name}' is protected and does not allow this (${option}).`, location);
  }
  if (shift.kind === "delete") assertContentEditable({ sheet, rect: shiftedRect(shift) }, location);
}

/** Inserting must not push cells that hold something off the sheet (Excel refuses). */
function checkRoom(sheet: SheetModel, shift: Shift, location: string): void {
  if (shift.kind !== "insert") return;
  if (shift.axis === "rows") {
    const limit = MAX_ROWS - shift.count;
    for (let c = shift.bandStart; c < Math.min(shift.bandEnd, sheet.columns.length); c++) {
      const values = sheet.columns[c];
      if (values && values.length > limit && values.slice(limit).some((v) => v !== undefined)) {
        fail("InvalidOperation", "Excel can't insert new cells because it would push non-empty cells off the end of the worksheet.", location);
      }
    }
  } else if (sheet.columns.length > MAX_COLUMNS - shift.count) {
    for (let c = MAX_COLUMNS - shift.count; c < sheet.columns.length; c++) {
      const values = sheet.columns[c];
      if (values?.slice(shift.bandStart, shift.bandEnd).some((v) => v !== undefined)) {
        fail("InvalidOperation", "Excel can't insert new cells because it would push non-empty cells off the end of the worksheet.", location);
      }
    }
  }
}

interface TablePlan {
  table: TableModel;
  rect: Rect | null;
}

/** Where each affected table goes; refuses shifts that cut through a table or its header. */
function planTables(sheet: SheetModel, shift: Shift, location: string): TablePlan[] {
  const plans: TablePlan[] = [];
  for (const table of sheet.workbook.tables) {
    if (table.sheet !== sheet) continue;
    const move = moveRect(shift, table.rect);
    if (move.kind === "same") continue;
    if (move.kind === "partial") fail("InvalidOperation", `${TABLE_SHIFT_REFUSED} (table '${table.name}')`, location);
    const rect = move.rect;
    if (rect && shift.kind === "delete" && shift.axis === "rows") {
      const t = table.rect;
      const headerDeleted = table.showHeaders && t.row >= shift.at && t.row < shift.at + shift.count;
      const bodyRows = rect.rowCount - (table.showHeaders ? 1 : 0) - (table.showTotals ? 1 : 0);
      if (headerDeleted || bodyRows < 1) fail("InvalidOperation", `Deleting these rows would leave table '${table.name}' without its header row or data rows; delete the table instead.`, location);
    }
    plans.push({ table, rect });
  }
  return plans;
}

function applyTable(shift: Shift, plan: TablePlan): void {
  const { table, rect } = plan;
  const workbook = table.sheet.workbook;
  if (!rect) {
    workbook.tables = workbook.tables.filter((t) => t !== table);
    return;
  }
  if (shift.axis === "columns" && rect.columnCount !== table.rect.columnCount) {
    // Columns inserted inside the table become table columns named Column1, Column2... (the first
    // free ones); deleted ones leave it.
    const index = shift.at - table.rect.column;
    if (shift.kind === "insert") {
      table.columnIds.splice(index, 0, ...Array.from({ length: shift.count }, () => table.nextColumnId++));
      const names = table.showHeaders ? [] : [...table.columnNames.slice(0, index), ...new Array<string>(shift.count).fill(""), ...table.columnNames.slice(index)];
      table.rect = rect;
      if (table.showHeaders) for (let i = 0; i < rect.columnCount; i++) names.push(String(table.sheet.value(rect.row, rect.column + i) ?? ""));
      const taken = new Set(names.map((name) => name.toLowerCase()));
      for (let i = index; i < index + shift.count; i++) {
        let n = 1;
        while (taken.has(`column${n}`)) n++;
        names[i] = `Column${n}`;
        taken.add(`column${n}`);
        if (table.showHeaders) table.sheet.setValue(rect.row, rect.column + i, names[i]);
      }
      if (!table.showHeaders) table.columnNames = names;
      return;
    }
    const from = Math.max(0, index);
    const removed = Math.min(table.rect.column + table.rect.columnCount, shift.at + shift.count) - Math.max(table.rect.column, shift.at);
    table.columnIds.splice(from, removed);
    if (!table.showHeaders) table.columnNames = table.columnNames.filter((_, i) => i < from || i >= from + removed);
  }
  table.rect = rect;
}

/** Moves the cells of one column (row shift) or the cells of the band's rows across columns (column shift). */
function moveCells<T>(byColumn: T[][], shift: Shift, empty: T): void {
  const { at, count, bandStart, bandEnd } = shift;
  if (shift.axis === "rows") {
    for (let c = bandStart; c < Math.min(bandEnd, byColumn.length); c++) {
      const cells = byColumn[c];
      if (!cells || cells.length <= at) continue;
      if (shift.kind === "insert") cells.splice(at, 0, ...new Array<T>(count).fill(empty));
      else cells.splice(at, count);
    }
    return;
  }
  if (isWholeLines(shift)) {
    // Whole columns: move the column arrays themselves.
    if (shift.kind === "insert") {
      for (let c = byColumn.length - 1; c >= at; c--) {
        if (byColumn[c] === undefined && byColumn[c + count] === undefined) continue;
        byColumn[c + count] = byColumn[c] ?? [];
        byColumn[c] = [];
      }
    } else {
      for (let c = at; c < byColumn.length; c++) {
        const from = byColumn[c + count];
        if (from === undefined && byColumn[c] === undefined) continue;
        byColumn[c] = from ?? [];
      }
    }
    return;
  }
  const put = (column: number, row: number, value: T) => {
    const cells = byColumn[column];
    if (!cells && value === empty) return;
    const target = (byColumn[column] ??= []);
    if (row >= target.length && value === empty) return;
    while (target.length < row) target.push(empty);
    target[row] = value;
  };
  if (shift.kind === "insert") {
    for (let c = byColumn.length - 1; c >= at; c--) {
      const from = byColumn[c];
      if (!from) continue;
      for (let r = bandStart; r < Math.min(bandEnd, from.length); r++) {
        put(c + count, r, from[r]);
        from[r] = empty;
      }
    }
    return;
  }
  for (let c = at; c < byColumn.length; c++) {
    const from = byColumn[c + count];
    const end = Math.min(bandEnd, Math.max(from?.length ?? 0, byColumn[c]?.length ?? 0));
    for (let r = bandStart; r < end; r++) put(c, r, from && r < from.length ? from[r] : empty);
  }
}

/** Moves the keys of a map keyed by row or column index (row heights, column styles...). */
function moveLineKeys<V>(map: Map<number, V>, shift: Shift): void {
  const entries = [...map];
  map.clear();
  for (const [key, value] of entries) {
    if (key < shift.at) map.set(key, value);
    else if (shift.kind === "insert") map.set(key + shift.count, value);
    else if (key >= shift.at + shift.count) map.set(key - shift.count, value);
  }
}

function moveLineSet(set: Set<number>, shift: Shift): void {
  const map = new Map([...set].map((key) => [key, true] as const));
  moveLineKeys(map, shift);
  set.clear();
  for (const key of map.keys()) set.add(key);
}

/** Moves the entries of a map keyed by cell; deleted cells drop out. */
function moveCellKeys<V>(map: Map<number, V>, shift: Shift): void {
  const entries = [...map];
  map.clear();
  const rows = shift.axis === "rows";
  for (const [key, value] of entries) {
    const row = keyRow(key);
    const column = keyColumn(key);
    const along = rows ? row : column;
    const across = rows ? column : row;
    if (along < shift.at || across < shift.bandStart || across >= shift.bandEnd) {
      map.set(key, value);
      continue;
    }
    const moved = shift.kind === "insert" ? along + shift.count : along >= shift.at + shift.count ? along - shift.count : undefined;
    if (moved !== undefined) map.set(rows ? cellKey(moved, column) : cellKey(row, moved), value);
  }
}

/** Moves the cells in the shift's band: values, formats, formulas and hyperlinks (deleted ones drop out); nothing that points at them. */
export function moveSheetCells(sheet: SheetModel, shift: Shift): void {
  moveCells(sheet.columns, shift, undefined);
  moveCells(sheet.cellStyles, shift, 0);
  moveCellKeys(sheet.formulas, shift);
  moveCellKeys(sheet.hyperlinks, shift);
  moveCellKeys(sheet.notes, shift);
  moveCellKeys(sheet.cachedResults, shift);
}

/** Inserted cells take the format of the cells above (Down) or to the left (Right), as Excel's Insert does. */
function formatInsertedCells(sheet: SheetModel, shift: Shift): void {
  const source = shift.at - 1;
  if (shift.kind !== "insert" || source < 0) return;
  const whole = isWholeLines(shift);
  if (shift.axis === "rows") {
    if (whole) {
      const rowStyle = sheet.rowStyles.get(source);
      for (let r = shift.at; r < shift.at + shift.count; r++) {
        if (rowStyle === undefined) sheet.rowStyles.delete(r);
        else sheet.rowStyles.set(r, rowStyle);
      }
    }
    const lastColumn = whole ? sheet.cellStyles.length : Math.min(shift.bandEnd, Math.max(sheet.cellStyles.length, sheet.columns.length));
    for (let c = shift.bandStart; c < lastColumn; c++) {
      const above = whole ? sheet.cellStyles[c]?.[source] : sheet.styleId(source, c) + 1;
      if (!above) continue;
      for (let r = shift.at; r < shift.at + shift.count; r++) sheet.setStyleId(r, c, above - 1);
    }
    return;
  }
  if (whole) {
    const columnStyle = sheet.columnStyles.get(source);
    for (let c = shift.at; c < shift.at + shift.count; c++) {
      if (columnStyle === undefined) sheet.columnStyles.delete(c);
      else sheet.columnStyles.set(c, columnStyle);
    }
  }
  const left = sheet.cellStyles[source];
  const lastRow = Math.min(shift.bandEnd, left?.length ?? 0);
  for (let r = shift.bandStart; r < lastRow; r++) {
    const id = whole ? left?.[r] : sheet.styleId(r, source) + 1;
    if (!id) continue;
    for (let c = shift.at; c < shift.at + shift.count; c++) sheet.setStyleId(r, c, id - 1);
  }
}

/** A rule formula ("=A1>0", "=$B$2:$B$9") moved with the cells; constants are left alone. */
function shiftRuleFormula(value: unknown, host: string, sheetName: string, shift: Shift): unknown {
  return typeof value === "string" && value.startsWith("=") ? shiftFormula(value, host, sheetName, shift) : value;
}

function shiftRuleFields<T extends object>(rule: T, host: string, sheetName: string, shift: Shift): T {
  const next = { ...rule } as Record<string, unknown>;
  for (const key of ["formula", "formula1", "formula2", "source"]) if (key in next) next[key] = shiftRuleFormula(next[key], host, sheetName, shift);
  return next as T;
}

/** Carries out an insertion or deletion of cells on `sheet` (see the file comment). */
export function shiftCells(sheet: SheetModel, shift: Shift, location: string): void {
  const workbook = sheet.workbook;
  checkProtection(sheet, shift, location);
  checkRoom(sheet, shift, location);
  const tablePlans = planTables(sheet, shift, location);
  const mergeMoves = sheet.merges.map((merge) => ({ merge, move: moveRect(shift, merge) }));
  if (mergeMoves.some((m) => m.move.kind === "partial")) fail("InvalidOperation", "We can't do that to a merged cell: the cells to shift cut through a merged area.", location);

  // Cells: deleted ones drop out of the sparse maps as they move.
  moveSheetCells(sheet, shift);
  if (isWholeLines(shift)) {
    if (shift.axis === "rows") {
      moveLineKeys(sheet.rowStyles, shift);
      moveLineKeys(sheet.rowHeights, shift);
      moveLineSet(sheet.hiddenRows, shift);
    } else {
      moveLineKeys(sheet.columnStyles, shift);
      moveLineKeys(sheet.columnWidths, shift);
      moveLineSet(sheet.hiddenColumns, shift);
    }
  }
  formatInsertedCells(sheet, shift);

  // Areas on the sheet.
  sheet.merges = mergeMoves.flatMap(({ merge, move }) => {
    if (move.kind !== "moved") return [merge];
    const rect = move.rect;
    return rect && rect.rowCount * rect.columnCount > 1 ? [rect] : [];
  });
  for (const plan of tablePlans) applyTable(shift, plan);
  const band = bandRect(shift);
  sheet.validations = sheet.validations.flatMap((validation) => {
    // The rule's kind ({ list: {...} }, { custom: {...} }) holds the formulas.
    const rule = Object.fromEntries(
      Object.entries(validation.rule).map(([kind, fields]) => [kind, typeof fields === "object" && fields ? shiftRuleFields(fields, sheet.name, sheet.name, shift) : fields]),
    ) as ValidationRule;
    // A validation that reaches outside the band is split: the part in the band moves.
    const inside = intersect(validation.rect, band);
    const pieces = inside ? [...subtractRect(validation.rect, band), inside] : [validation.rect];
    return pieces.flatMap((piece) => {
      const move = moveRect(shift, piece);
      if (move.kind !== "moved") return [{ ...validation, rule, rect: piece }];
      return move.rect ? [{ ...validation, rule, rect: move.rect }] : [];
    });
  });
  sheet.conditionalFormats = sheet.conditionalFormats.flatMap((format) => {
    const move = moveRect(shift, format.rect);
    const moved = { ...format, rule: shiftRuleFields(format.rule, sheet.name, sheet.name, shift) };
    if (move.kind !== "moved") return [moved];
    return move.rect ? [{ ...moved, rect: move.rect }] : [];
  });

  // What other sheets and the workbook point at.
  for (const other of workbook.sheets) {
    if (other.deleted) continue;
    for (const chart of other.charts) {
      if (chart.source.sheet !== sheet) continue;
      const move = moveRect(shift, chart.source.rect);
      if (move.kind === "moved" && move.rect) chart.source.rect = move.rect;
    }
    for (const [key, formula] of other.formulas) {
      const next = shiftFormula(formula, other.name, sheet.name, shift);
      if (next !== formula) other.formulas.set(key, next);
    }
  }
  for (const item of workbook.names) {
    const target = item.target;
    if ("formula" in target) {
      item.target = { formula: shiftFormula(target.formula, undefined, sheet.name, shift) };
    } else if (target.sheet === sheet) {
      const move = moveRect(shift, target.rect);
      if (move.kind === "moved") item.target = move.rect ? { sheet, rect: move.rect } : { formula: `=${quoteSheetName(sheet.name)}!#REF!` };
    }
  }
}

/**
 * Rewrites every cell formula of the workbook's live sheets (but `skip`) with `rewrite`; when the
 * thing referred to was deleted, a rewritten formula's value becomes the #REF! error, as in Excel.
 */
function rewriteCellFormulas(sheets: readonly SheetModel[], skip: SheetModel | null, rewrite: (formula: string) => string, deleted: boolean): void {
  for (const sheet of sheets) {
    if (sheet === skip || sheet.deleted) continue;
    for (const [key, formula] of sheet.formulas) {
      const next = rewrite(formula);
      if (next === formula) continue;
      sheet.formulas.set(key, next);
      if (deleted) {
        sheet.setValue(keyRow(key), keyColumn(key), "#REF!");
        sheet.cachedResults.set(key, true);
      }
    }
  }
}

/**
 * What a rename or a deletion of `sheet` does to the formulas of the other sheets and to the
 * defined names: a rename rewrites their references to the new name (Excel: "references to the
 * sheet update automatically"); a deletion turns them into `#REF!` (`='KAM Clients'!C2` becomes
 * `=#REF!C2`, and a name on the sheet refers to `=#REF!`), and the formula's value becomes the
 * error. See docs/headless-excel.md, "References to a sheet".
 */
export function retargetSheetReferences(sheet: SheetModel, newName: string | null): void {
  const workbook = sheet.workbook;
  rewriteCellFormulas(workbook.sheets, sheet, (formula) => renameSheetInFormula(formula, sheet.name, newName), newName === null);
  for (const item of workbook.names) {
    const target = item.target;
    if ("formula" in target) item.target = { formula: renameSheetInFormula(target.formula, sheet.name, newName) };
    else if (newName === null && target.sheet === sheet) item.target = { formula: "=#REF!" };
  }
}

/**
 * A table renamed or deleted: structured references to it in every formula follow the new name, or
 * become `#REF!` when the table is deleted (as Excel does with `=SUM(KAM_Clients[Revenue])`).
 */
export function retargetTableReferences(table: TableModel, newName: string | null): void {
  rewriteCellFormulas(table.sheet.workbook.sheets, null, (formula) => renameTableInFormula(formula, table.name, newName), newName === null);
}
