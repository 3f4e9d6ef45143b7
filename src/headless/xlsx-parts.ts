/**
 * The .xlsx package at the level of its parts (ECMA-376 Part 2, Open Packaging Conventions):
 * opening the zip, relationships, content types and splicing elements into a worksheet part in
 * the order the schema (CT_Worksheet, ECMA-376 Part 1 §18.3.1.99) requires. ExcelJS reads and
 * writes the cells; what it gets wrong or leaves out is done here on the parts (see
 * docs/xlsx-layer.md). JSZip (ExcelJS's own zip library) reuses the compressed bytes of parts that
 * are not changed, so a large sheet costs nothing here unless it is edited.
 */
import type JSZipType from "jszip";

export type Zip = JSZipType;

export async function openZip(data: Uint8Array | ArrayBuffer): Promise<Zip> {
  // jszip is CommonJS: import() gives its export as `default` (Node, esbuild and webpack alike).
  const loaded = (await import("jszip")) as unknown as { default?: typeof JSZipType } & typeof JSZipType;
  const JSZip = loaded.default ?? loaded;
  return JSZip.loadAsync(data);
}

export async function zipBytes(zip: Zip): Promise<Uint8Array> {
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

export async function partText(zip: Zip, name: string): Promise<string | undefined> {
  return zip.file(name)?.async("string");
}

/** Control characters XML 1.0 does not allow (§2.2); dropped, as ExcelJS drops them. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export function escapeXml(text: string): string {
  // Most cell text needs nothing: one test, no copies.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(NOT_XML, "");
}

export function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#(\d+)|#x([0-9a-fA-F]+));/g, (_, name: string, dec?: string, hex?: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" } as Record<string, string>)[name];
  });
}

/** The attributes of the first tag of an element's text (`<x a="1" b='2'>`), unescaped. */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const head = /^<[^\s>/]+([^>]*)>?/.exec(tag)?.[1] ?? "";
  for (const match of head.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[match[1]] = unescapeXml(match[2] ?? match[3] ?? "");
  return out;
}

/** Every element `<prefix:name ...>...</prefix:name>` or `<prefix:name .../>` of the text (not nested in itself). */
export function elements(xml: string, name: string): string[] {
  const out: string[] = [];
  const pattern = new RegExp(`<${name}(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${name}>)`, "g");
  for (const match of xml.matchAll(pattern)) out.push(match[0]);
  return out;
}

/** The text inside the first `<name>...</name>` of the XML. */
export function innerText(xml: string, name: string): string | undefined {
  const match = new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`).exec(xml);
  return match ? unescapeXml(match[1]) : undefined;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export const REL = {
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
  comments: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
  vmlDrawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  hyperlink: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
  image: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image",
} as const;

export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export function parseRels(xml: string | undefined): Relationship[] {
  return elements(xml ?? "", "Relationship").map((element) => {
    const a = attributes(element);
    return { id: a.Id ?? "", type: a.Type ?? "", target: a.Target ?? "", external: a.TargetMode === "External" };
  });
}

export function relsXml(rels: readonly Relationship[]): string {
  const items = rels.map((r) => `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"${r.external ? ' TargetMode="External"' : ""}/>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join("")}</Relationships>`;
}

/** A relationship target resolved against its source part to a part name without the leading slash (OPC §9.3). */
export function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = sourcePart.split("/").slice(0, -1);
  for (const step of target.split("/")) {
    if (step === "..") parts.pop();
    else if (step !== "." && step !== "") parts.push(step);
  }
  return parts.join("/");
}

/** The relative target from a source part to a part (both without leading slash). */
export function relativeTarget(sourcePart: string, part: string): string {
  const from = sourcePart.split("/").slice(0, -1);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...Array(from.length - common).fill(".."), ...to.slice(common)].join("/");
}

export function nextRelId(rels: readonly Relationship[]): string {
  const used = new Set(rels.map((r) => r.id));
  let n = rels.length + 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}

/** Adds `<Override>` entries to [Content_Types].xml. */
export async function addContentTypes(zip: Zip, overrides: readonly { part: string; type: string }[]): Promise<void> {
  if (overrides.length === 0) return;
  const xml = (await partText(zip, "[Content_Types].xml")) ?? "";
  const items = overrides.map((o) => `<Override PartName="/${escapeXml(o.part)}" ContentType="${escapeXml(o.type)}"/>`).join("");
  zip.file("[Content_Types].xml", xml.replace("</Types>", `${items}</Types>`));
}

/**
 * CT_Worksheet's children after sheetData, in schema order (ECMA-376 Part 1 §18.3.1.99); an
 * element must come before every element listed after it that is present.
 */
const WORKSHEET_ORDER = [
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
] as const;

export type WorksheetChild = (typeof WORKSHEET_ORDER)[number];

/** Where sheetData ends (cell text is escaped, so no tag is found inside it). */
function afterSheetData(xml: string): number {
  const close = xml.lastIndexOf("</sheetData>");
  if (close >= 0) return close + "</sheetData>".length;
  const empty = xml.indexOf("<sheetData/>");
  return empty >= 0 ? empty + "<sheetData/>".length : 0;
}

/** Puts `element` (a `name` element) where the schema wants it, in place of an existing `name` element if any. */
export function spliceWorksheet(xml: string, name: WorksheetChild, element: string): string {
  const start = afterSheetData(xml);
  const tail = xml.slice(start);
  const existing = new RegExp(`<${name}(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${name}>)`).exec(tail);
  if (existing) return xml.slice(0, start) + tail.slice(0, existing.index) + element + tail.slice(existing.index + existing[0].length);
  const later = WORKSHEET_ORDER.slice(WORKSHEET_ORDER.indexOf(name) + 1);
  let at = tail.indexOf("</worksheet>");
  for (const next of later) {
    const found = new RegExp(`<${next}(?=[\\s/>])`).exec(tail);
    if (found && found.index < at) at = found.index;
  }
  return xml.slice(0, start) + tail.slice(0, at) + element + tail.slice(at);
}

/** The first `name` element after sheetData, if any. */
export function worksheetChild(xml: string, name: WorksheetChild): string | undefined {
  return elements(xml.slice(afterSheetData(xml)), name)[0];
}

/**
 * The worksheet part from the end of sheetData on, streamed so a sheet of a million rows is
 * never held as one string (the cells are read by ExcelJS).
 */
export async function worksheetTail(zip: Zip, part: string): Promise<string> {
  const file = zip.file(part);
  if (!file) return "";
  const marker = "</sheetData>";
  // JSZip's internal stream (untyped in its index.d.ts; the same in Node and browsers).
  interface StringStream {
    on(event: "data", listener: (chunk: string) => void): StringStream;
    on(event: "error", listener: (error: Error) => void): StringStream;
    on(event: "end", listener: () => void): StringStream;
    resume(): StringStream;
  }
  const stream = (file as unknown as { internalStream(type: "string"): StringStream }).internalStream("string");
  return new Promise((resolve, reject) => {
    let carry = "";
    let tail: string[] | undefined;
    stream
      .on("data", (chunk: string) => {
        if (tail) {
          tail.push(chunk);
          return;
        }
        const text = carry + chunk;
        const at = text.indexOf(marker);
        const empty = text.indexOf("<sheetData/>");
        if (at >= 0 || empty >= 0) tail = [at >= 0 ? text.slice(at) : text.slice(empty)];
        else carry = text.slice(-marker.length);
      })
      .on("error", reject)
      .on("end", () => resolve(tail ? tail.join("") : ""))
      .resume();
  });
}
