/**
 * Files saved by other tools, renamed to the part names ExcelJS 4.4 reads. The package format
 * lets a producer name its parts freely and point at them with absolute or relative targets
 * (ECMA-376 Part 2, §9.3); ExcelJS only finds tables at `xl/tables/tableN.xml`, comments at
 * `xl/commentsN.xml` and their VML at `xl/drawings/vmlDrawingN.vml`, and looks them up by the
 * relative target it writes itself (`../tables/table1.xml`). openpyxl writes
 * `Target="/xl/tables/table1.xml"` and `/xl/comments/comment1.xml`, so ExcelJS's worksheet
 * reconcile finds no table ("Cannot read properties of undefined (reading 'name')") or no comments
 * ("... (reading 'comments')"). Moving the parts and rewriting the targets fixes both without
 * touching ExcelJS.
 */
import { REL, type Zip, parseRels, relativeTarget, relsPartOf, relsXml, resolveTarget } from "./xlsx-parts";

const CANONICAL: Record<string, { pattern: RegExp; name: (n: number) => string }> = {
  [REL.table]: { pattern: /^xl\/tables\/table\d+\.xml$/, name: (n) => `xl/tables/table${n}.xml` },
  [REL.comments]: { pattern: /^xl\/comments\d+\.xml$/, name: (n) => `xl/comments${n}.xml` },
  [REL.vmlDrawing]: { pattern: /^xl\/drawings\/vmlDrawing\d+\.vml$/, name: (n) => `xl/drawings/vmlDrawing${n}.vml` },
  [REL.drawing]: { pattern: /^xl\/drawings\/[a-zA-Z0-9]+\.xml$/, name: (n) => `xl/drawings/drawing${n}.xml` },
};

function freeName(zip: Zip, name: (n: number) => string): string {
  let n = 1;
  while (zip.file(name(n))) n++;
  return name(n);
}

async function movePart(zip: Zip, from: string, to: string): Promise<void> {
  const file = zip.file(from);
  if (!file) return;
  zip.file(to, await file.async("uint8array"));
  zip.remove(from);
  const rels = zip.file(relsPartOf(from));
  if (rels) {
    // The moved part's own relationships: re-resolve them from the new place.
    const moved = parseRels(await rels.async("string")).map((r) => (r.external ? r : { ...r, target: relativeTarget(to, resolveTarget(from, r.target)) }));
    zip.file(relsPartOf(to), relsXml(moved));
    zip.remove(relsPartOf(from));
  }
}

/** Renames parts and rewrites targets as above; true when anything changed. */
export async function normaliseForExcelJs(zip: Zip): Promise<boolean> {
  let changed = false;
  const sheetRels = Object.keys(zip.files).filter((name) => /^xl\/worksheets\/_rels\/[^/]+\.xml\.rels$/.test(name));
  for (const relsName of sheetRels) {
    const sheetPart = `xl/worksheets/${relsName.slice("xl/worksheets/_rels/".length, -".rels".length)}`;
    const original = (await zip.file(relsName)?.async("string")) ?? "";
    const rels = parseRels(original);
    let dirty = false;
    for (const rel of rels) {
      const canonical = CANONICAL[rel.type];
      if (!canonical || rel.external) continue;
      let part = resolveTarget(sheetPart, rel.target);
      if (!canonical.pattern.test(part)) {
        const to = freeName(zip, canonical.name);
        await movePart(zip, part, to);
        part = to;
      }
      const target = relativeTarget(sheetPart, part);
      if (target !== rel.target) {
        rel.target = target;
        dirty = true;
      }
    }
    if (dirty) {
      zip.file(relsName, relsXml(rels));
      changed = true;
    }
  }
  // Drawings' own targets (images) in the relative form ExcelJS matches.
  for (const relsName of Object.keys(zip.files).filter((name) => /^xl\/drawings\/_rels\/[^/]+\.xml\.rels$/.test(name))) {
    const drawingPart = `xl/drawings/${relsName.slice("xl/drawings/_rels/".length, -".rels".length)}`;
    const rels = parseRels(await zip.file(relsName)?.async("string"));
    const fixed = rels.map((r) => (r.external || !r.target.startsWith("/") ? r : { ...r, target: relativeTarget(drawingPart, resolveTarget(drawingPart, r.target)) }));
    if (fixed.some((r, i) => r.target !== rels[i].target)) {
      zip.file(relsName, relsXml(fixed));
      changed = true;
    }
  }
  return changed;
}
