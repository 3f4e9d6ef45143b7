/** Excel's naming rules for worksheets, tables and defined names. */
import { looksLikeCellReference } from "./address";
import { fail } from "./errors";
import type { WorkbookModel } from "./model";

/** Worksheet names: 1-31 characters, none of : \ / ? * [ ], no leading/trailing apostrophe, not "History", unique ignoring case. */
export function checkSheetName(model: WorkbookModel, name: unknown, location: string, renaming?: object): string {
  if (typeof name !== "string" || name.trim() === "") fail("InvalidArgument", "A worksheet name cannot be blank.", location);
  if (name.length > 31) fail("InvalidArgument", `The worksheet name '${name}' is longer than 31 characters.`, location);
  if (/[:\\/?*[\]]/.test(name)) fail("InvalidArgument", `The worksheet name '${name}' contains one of the characters : \\ / ? * [ ].`, location);
  if (name.startsWith("'") || name.endsWith("'")) fail("InvalidArgument", `The worksheet name '${name}' begins or ends with an apostrophe.`, location);
  if (name.toLowerCase() === "history") fail("InvalidArgument", "'History' is a name Excel reserves.", location);
  const existing = model.findSheet(name);
  if (existing && existing !== renaming) fail("ItemAlreadyExists", `A worksheet named '${name}' already exists.`, location);
  return name;
}

/** Table and defined names: start with a letter, _ or \, then letters, digits, _ and .; not a cell reference; at most 255 characters. */
function checkIdentifier(kind: string, name: unknown, location: string): string {
  if (typeof name !== "string" || name === "") fail("InvalidArgument", `A ${kind} name cannot be blank.`, location);
  if (name.length > 255) fail("InvalidArgument", `The ${kind} name '${name}' is longer than 255 characters.`, location);
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) {
    fail("InvalidArgument", `The ${kind} name '${name}' must start with a letter or underscore and contain only letters, digits, periods and underscores (no spaces).`, location);
  }
  if (looksLikeCellReference(name)) fail("InvalidArgument", `The ${kind} name '${name}' is a cell reference.`, location);
  return name;
}

/** Unique across the workbook's tables and defined names, ignoring case. */
function checkUnique(model: WorkbookModel, kind: string, name: string, location: string, renaming?: object): void {
  const lower = name.toLowerCase();
  const clash = [...model.tables, ...model.names].find((item) => item !== renaming && item.name.toLowerCase() === lower);
  if (clash) fail("ItemAlreadyExists", `The ${kind} name '${name}' is already used by a table or a defined name.`, location);
}

export function checkTableName(model: WorkbookModel, name: unknown, location: string, renaming?: object): string {
  const valid = checkIdentifier("table", name, location);
  checkUnique(model, "table", valid, location, renaming);
  return valid;
}

export function checkDefinedName(model: WorkbookModel, name: unknown, location: string): string {
  const valid = checkIdentifier("defined", name, location);
  checkUnique(model, "defined", valid, location);
  return valid;
}

/** Header names made unique and non-blank, as Excel does ("Column1", "Amount2"). */
export function uniqueHeaders(names: string[], start = 0): string[] {
  const seen = new Set<string>();
  return names.map((name, i) => {
    let candidate = name.trim() === "" ? `Column${start + i + 1}` : name;
    const base = candidate;
    let n = 2;
    while (seen.has(candidate.toLowerCase())) candidate = `${base}${n++}`;
    seen.add(candidate.toLowerCase());
    return candidate;
  });
}
