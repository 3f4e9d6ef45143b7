/**
 * The cells of a workbook as SpreadsheetML, written straight from the headless model: each
 * sheet's `<sheetData>` row by row as pieces of UTF-8 bytes (a sheet of a million rows is never
 * one string, nor a string or an object a cell), the shared strings, the cell formats of
 * styles.xml and the table parts. ExcelJS, which builds an object per cell, writes the rest of the package (views, page
 * setup, conditional formats, notes, pictures, protection); see docs/xlsx-layer.md.
 *
 * - `<c>` (ECMA-376 Part 1, §18.3.1.4): numbers as `<v>`, text as a shared string (`t="s"`), so
 *   text that looks like a formula stays text; a formula as `<f>`, with `<v>` only when the result
 *   was read from a file (otherwise every reader calculates it).
 * - styles.xml (§18.8): number formats, fonts, fills, borders and `cellXfs`, one xf per headless
 *   style in use; the differential formats of conditional formats (`dxfs`) are ExcelJS's.
 */
import type * as ExcelJsTypes from "exceljs";
import { columnLetters, rectAddress } from "./address";
import { type SheetModel, type TableModel, cellKey, keyColumn, keyRow } from "./model";
import { escapeXml } from "./xlsx-parts";
import { toFileFormula } from "./future-functions";

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Text that Excel would trim or fold (leading or trailing space, a line break) keeps its spaces. */
function textElement(text: string): string {
  return /^\s|\n|\s$/.test(text) ? `<t xml:space="preserve">${escapeXml(text)}</t>` : `<t>${escapeXml(text)}</t>`;
}

/** The workbook's shared string table: each distinct text once, cells refer to it by index. */
export class SharedStrings {
  private readonly ids = new Map<string, number>();
  private readonly texts: string[] = [];
  private references = 0;

  id(text: string): number {
    this.references++;
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.texts.length;
      this.ids.set(text, id);
      this.texts.push(text);
    }
    return id;
  }

  *xml(): Generator<string> {
    yield `${XML_HEAD}<sst xmlns="${NS_MAIN}" count="${this.references}" uniqueCount="${this.texts.length}">`;
    const pieces: string[] = [];
    for (const text of this.texts) {
      pieces.push(`<si>${textElement(text)}</si>`);
      if (pieces.length === 4096) yield pieces.splice(0).join("");
    }
    yield pieces.join("") + "</sst>";
  }
}

/** Format codes that have a built-in id (ECMA-376 Part 1, §18.8.30), written as ExcelJS writes them. */
const BUILT_IN_FORMATS: Record<string, number> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, "0.00E+00": 11, "@": 49 };
const DEFAULT_FONT = '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>';

function colorXml(name: string, color: Partial<ExcelJsTypes.Color> | undefined): string {
  return color?.argb ? `<${name} rgb="${escapeXml(color.argb)}"/>` : "";
}

function fontXml(font: Partial<ExcelJsTypes.Font>): string {
  const underline = font.underline === "double" ? '<u val="double"/>' : font.underline ? "<u/>" : "";
  return `<font>${font.bold ? "<b/>" : ""}${font.italic ? "<i/>" : ""}${font.strike ? "<strike/>" : ""}${underline}${font.size ? `<sz val="${font.size}"/>` : ""}${colorXml("color", font.color)}${font.name ? `<name val="${escapeXml(font.name)}"/>` : ""}</font>`;
}

function fillXml(fill: ExcelJsTypes.Fill): string {
  return fill.type === "pattern" ? `<fill><patternFill patternType="${fill.pattern}">${colorXml("fgColor", fill.fgColor)}${colorXml("bgColor", fill.bgColor)}</patternFill></fill>` : "";
}

function borderXml(border: Partial<ExcelJsTypes.Borders>): string {
  const side = (name: "left" | "right" | "top" | "bottom"): string => {
    const edge = border[name];
    return edge?.style ? `<${name} style="${edge.style}">${colorXml("color", edge.color)}</${name}>` : `<${name}/>`;
  };
  return `<border>${side("left")}${side("right")}${side("top")}${side("bottom")}<diagonal/></border>`;
}

function alignmentXml(alignment: Partial<ExcelJsTypes.Alignment>): string {
  const attrs: string[] = [];
  if (alignment.horizontal) attrs.push(`horizontal="${alignment.horizontal}"`);
  if (alignment.vertical) attrs.push(`vertical="${alignment.vertical === "middle" ? "center" : alignment.vertical}"`);
  if (alignment.wrapText) attrs.push('wrapText="1"');
  if (alignment.indent) attrs.push(`indent="${alignment.indent}"`);
  if (alignment.readingOrder) attrs.push(`readingOrder="${alignment.readingOrder === "rtl" ? 2 : 1}"`);
  return `<alignment ${attrs.join(" ")}/>`;
}

/** Interns pieces of styles.xml (fonts, fills, borders, number formats): equal pieces share an index. */
class Pieces {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(first: readonly string[]) {
    for (const piece of first) this.of(piece);
  }

  of(xml: string): number {
    let id = this.index.get(xml);
    if (id === undefined) {
      id = this.list.length;
      this.index.set(xml, id);
      this.list.push(xml);
    }
    return id;
  }
}

/**
 * The cell formats in use, as `cellXfs` entries: a headless style id gets its xf index the first
 * time a cell or column uses it, so styles.xml lists only what the sheets use.
 */
export class XlsxStyles {
  private readonly xfIndex = new Map<number, number>([[0, 0]]);
  private readonly xfs: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly fonts = new Pieces([DEFAULT_FONT]);
  private readonly fills = new Pieces(['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>']);
  private readonly borders = new Pieces([borderXml({})]);
  private readonly formats = new Map<string, number>();

  /** `convert`: a headless style id as ExcelJS's style model (styleToXlsx in xlsx.ts, the one conversion). */
  constructor(private readonly convert: (id: number) => Partial<ExcelJsTypes.Style>) {}

  /** The xf index of a headless style id. */
  xf(id: number): number {
    let index = this.xfIndex.get(id);
    if (index === undefined) {
      index = this.xfs.length;
      this.xfs.push(this.xfXml(this.convert(id)));
      this.xfIndex.set(id, index);
    }
    return index;
  }

  private formatId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.formats.get(code);
    if (id === undefined) {
      id = 164 + this.formats.size;
      this.formats.set(code, id);
    }
    return id;
  }

  private xfXml(style: Partial<ExcelJsTypes.Style>): string {
    const numFmtId = style.numFmt ? this.formatId(style.numFmt) : 0;
    const fontId = style.font ? this.fonts.of(fontXml(style.font)) : 0;
    const fillId = style.fill ? this.fills.of(fillXml(style.fill)) : 0;
    const borderId = style.border ? this.borders.of(borderXml(style.border)) : 0;
    const applies = [numFmtId && 'applyNumberFormat="1"', fontId && 'applyFont="1"', fillId && 'applyFill="1"', borderId && 'applyBorder="1"', style.alignment && 'applyAlignment="1"', style.protection && 'applyProtection="1"'].filter(Boolean);
    const children = (style.alignment ? alignmentXml(style.alignment) : "") + (style.protection ? `<protection locked="${style.protection.locked === false ? 0 : 1}"${style.protection.hidden ? ' hidden="1"' : ""}/>` : "");
    const head = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies.map((a) => ` ${a}`).join("")}`;
    return children ? `${head}>${children}</xf>` : `${head}/>`;
  }

  /** styles.xml with the formats in use and the given `<dxfs>` element (the conditional formats' formats). */
  xml(dxfs: string): string {
    const list = (name: string, items: readonly string[]) => `<${name} count="${items.length}">${items.join("")}</${name}>`;
    const formats = [...this.formats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return (
      `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}">` +
      (formats.length > 0 ? list("numFmts", formats) : "") +
      list("fonts", this.fonts.list) +
      list("fills", this.fills.list) +
      list("borders", this.borders.list) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list("cellXfs", this.xfs) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      (dxfs || '<dxfs count="0"/>') +
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>'
    );
  }
}

/** The rows and columns a sheet's cells span (formulas and links included), and its `<dimension>` ref. */
export function usedSize(sheet: SheetModel): { rows: number; columns: number } {
  let columns = Math.max(sheet.columns.length, sheet.cellStyles.length);
  let rows = 0;
  for (let c = 0; c < columns; c++) rows = Math.max(rows, sheet.columns[c]?.length ?? 0, sheet.cellStyles[c]?.length ?? 0);
  for (const key of [...sheet.formulas.keys(), ...sheet.hyperlinks.keys()]) {
    rows = Math.max(rows, keyRow(key) + 1);
    columns = Math.max(columns, keyColumn(key) + 1);
  }
  for (const row of [...sheet.rowHeights.keys(), ...sheet.hiddenRows]) rows = Math.max(rows, row + 1);
  return { rows, columns };
}

/**
 * UTF-8 SpreadsheetML written straight into one buffer, taken out a piece at a time: the cells of
 * a sheet cost no string each (a million cells' strings, joined and encoded, were most of the
 * time a large sheet took to write, and most of the garbage).
 */
export class XmlBytes {
  private buffer = new Uint8Array(1 << 14);
  private at = 0;
  private readonly encoder = new TextEncoder();

  /** Bytes written since the last take. */
  get length(): number {
    return this.at;
  }

  /** Moves the end back to `length` (what was written after it is dropped). */
  truncate(length: number): void {
    this.at = length;
  }

  private room(bytes: number): void {
    if (this.at + bytes <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.at + bytes));
    grown.set(this.buffer.subarray(0, this.at));
    this.buffer = grown;
  }

  /** Text that is ASCII with nothing to escape: tags, attributes, column letters, numbers. */
  ascii(text: string): void {
    this.room(text.length);
    const buffer = this.buffer;
    let at = this.at;
    for (let i = 0; i < text.length; i++) buffer[at++] = text.charCodeAt(i);
    this.at = at;
  }

  /** A number as `${value}` writes it: 32-bit integers digit by digit, others through String. */
  number(value: number): void {
    if ((value | 0) !== value) return this.ascii(String(value));
    let rest = value;
    if (rest < 0) {
      this.ascii("-");
      rest = -rest;
    }
    let digits = 1;
    for (let power = 10; power <= rest; power *= 10) digits++;
    this.room(digits);
    let at = (this.at += digits);
    do {
      this.buffer[--at] = 48 + (rest % 10);
      rest = Math.floor(rest / 10);
    } while (rest > 0);
  }

  /** Any text, escaped for XML (control characters XML does not allow dropped), as UTF-8. */
  text(text: string): void {
    const escaped = escapeXml(text);
    this.room(escaped.length * 3);
    this.at += this.encoder.encodeInto(escaped, this.buffer.subarray(this.at)).written;
  }

  /**
   * What was written since the last take: a view of the buffer, valid until the next write (the
   * zip writer is done with a piece before it asks for the next; bytes of their own, a fresh
   * 256 KB each, cost more than the XML in them).
   */
  take(): Uint8Array {
    const piece = this.buffer.subarray(0, this.at);
    this.at = 0;
    return piece;
  }
}

/** Bytes of rows given to the zip at a time: large enough to amortise its per-write cost, small enough to stream. */
const PIECE_BYTES = 1 << 18;

/**
 * `<sheetData>` of a sheet, in pieces of UTF-8, each valid until the next is asked for
 * (XmlBytes.take). A cell is written when it has a value, a format of its own, a formula or a
 * link (a link's cell shows its text); its `s` is the format it shows, as SheetModel.styleId gives
 * it (its own, else its row's, else its column's).
 */
export function* sheetDataXml(sheet: SheetModel, strings: SharedStrings, styles: XlsxStyles): Generator<Uint8Array> {
  const { rows, columns } = usedSize(sheet);
  const letters = Array.from({ length: columns }, (_, c) => `<c r="${columnLetters(c)}`);
  const values = sheet.columns;
  const ownStyles = sheet.cellStyles;
  const { formulas, hyperlinks, cachedResults, rowStyles, columnStyles, rowHeights, hiddenRows } = sheet;
  const sparse = formulas.size > 0 || hyperlinks.size > 0;
  const out = new XmlBytes();
  out.ascii("<sheetData>");
  for (let r = 0; r < rows; r++) {
    const number = String(r + 1);
    const height = rowHeights.get(r);
    const hidden = hiddenRows.has(r);
    const rowStart = out.length;
    out.ascii(`<row r="${number}"${height !== undefined ? ` ht="${height}" customHeight="1"` : ""}${hidden ? ' hidden="1"' : ""}>`);
    let cells = 0;
    for (let c = 0; c < columns; c++) {
      let value = values[c]?.[r];
      const own = ownStyles[c]?.[r];
      const key = sparse ? cellKey(r, c) : -1;
      const formula = sparse ? formulas.get(key) : undefined;
      const link = sparse ? hyperlinks.get(key) : undefined;
      if (value === undefined && !own && formula === undefined && link === undefined) continue;
      cells++;
      const styleId = own ? own - 1 : (rowStyles.size > 0 ? rowStyles.get(r) : undefined) ?? columnStyles.get(c) ?? 0;
      out.ascii(letters[c]);
      out.ascii(number);
      if (styleId !== 0) {
        out.ascii('" s="');
        out.number(styles.xf(styleId));
      }
      if (formula !== undefined) {
        // A placeholder is not a result: no <v>, so every reader calculates the cell (and calcPr asks for it).
        const result = cachedResults.has(key) ? value : undefined;
        out.ascii(result === undefined || typeof result === "number" ? '"><f>' : typeof result === "boolean" ? '" t="b"><f>' : '" t="str"><f>');
        out.text(toFileFormula(formula.slice(1)));
        out.ascii("</f>");
        if (typeof result === "number") {
          out.ascii("<v>");
          out.number(result);
          out.ascii("</v>");
        } else if (typeof result === "boolean") out.ascii(result ? "<v>1</v>" : "<v>0</v>");
        else if (result !== undefined) {
          out.ascii("<v>");
          out.text(result);
          out.ascii("</v>");
        }
        out.ascii("</c>");
        continue;
      }
      // Links are written by hyperlinksXml (xlsx-sheet.ts); the cell keeps its text.
      if (value === undefined && link !== undefined) value = link.textToDisplay ?? link.address ?? link.documentReference;
      if (value === undefined) out.ascii('"/>');
      else if (typeof value === "number") {
        if (Number.isFinite(value)) {
          out.ascii('"><v>');
          out.number(value);
          out.ascii("</v></c>");
        } else out.ascii('" t="e"><v>#NUM!</v></c>');
      } else if (typeof value === "string") {
        out.ascii('" t="s"><v>');
        out.number(strings.id(value));
        out.ascii("</v></c>");
      } else out.ascii(value ? '" t="b"><v>1</v></c>' : '" t="b"><v>0</v></c>');
    }
    if (cells === 0 && height === undefined && !hidden) {
      out.truncate(rowStart);
      continue;
    }
    out.ascii("</row>");
    if (out.length >= PIECE_BYTES) yield out.take();
  }
  out.ascii("</sheetData>");
  yield out.take();
}

/** The `<dimension>` ref of a sheet: its used range, A1 when it is empty. */
export function dimensionRef(sheet: SheetModel): string {
  const { rows, columns } = usedSize(sheet);
  return rows === 0 || columns === 0 ? "A1" : rectAddress({ row: 0, column: 0, rowCount: rows, columnCount: columns });
}

/**
 * A table part (§18.5.1.2), written as ExcelJS writes one (ExcelJS reads it back): the column
 * names are the header cells, the AutoFilter spans the header and data rows with each column's
 * button shown or hidden.
 */
export function tableXml(table: TableModel, id: number, names: readonly string[]): string {
  const dataEnd = table.rect.rowCount - (table.showTotals ? 1 : 0);
  const filterRef = rectAddress({ ...table.rect, rowCount: dataEnd });
  const filter = table.showHeaders
    ? `<autoFilter ref="${filterRef}">${names.map((_, i) => `<filterColumn colId="${i}" hiddenButton="${table.showFilterButton ? 0 : 1}"/>`).join("")}</autoFilter>`
    : "";
  const columns = names.map((name, i) => `<tableColumn id="${i + 1}" name="${escapeXml(name)}"/>`).join("");
  const flag = (on: boolean) => (on ? 1 : 0);
  const style = `<tableStyleInfo${table.style ? ` name="${escapeXml(table.style)}"` : ""} showFirstColumn="${flag(table.highlightFirstColumn)}" showLastColumn="${flag(table.highlightLastColumn)}" showRowStripes="${flag(table.showBandedRows)}" showColumnStripes="${flag(table.showBandedColumns)}"/>`;
  const totals = table.showTotals ? ' totalsRowCount="1"' : ' totalsRowShown="0"';
  return `${XML_HEAD}<table xmlns="${NS_MAIN}" id="${id}" name="${escapeXml(table.name)}" displayName="${escapeXml(table.name)}" ref="${rectAddress(table.rect)}"${totals} headerRowCount="${table.showHeaders ? 1 : 0}">${filter}<tableColumns count="${names.length}">${columns}</tableColumns>${style}</table>`;
}
