/**
 * Functions newer than the file format's first version are stored with the `_xlfn.` prefix in an
 * .xlsx (`_xlfn.MAXIFS(...)`); Excel writes the prefix and hides it when it reads the file back,
 * and a reader that does not know the prefix shows #NAME? ("Issue: An _xlfn. prefix is displayed
 * in front of a formula", https://support.microsoft.com/office/issue-an-xlfn-prefix-is-displayed-in-front-of-a-formula-882f1ef7-68fb-4fcd-8d54-9fbb77fd5025).
 * The headless Excel keeps formulas as a person types them and adds or drops the prefix only in
 * the file, as Excel does.
 */

/** The future functions a formula of the add-in or a person may hold (the prefix is added to these only). */
const FUTURE_FUNCTIONS = new Set(["MAXIFS", "MINIFS", "IFS", "SWITCH", "CONCAT", "TEXTJOIN", "IFNA", "XLOOKUP", "XMATCH", "DAYS", "ISOWEEKNUM", "FORMULATEXT"]);
const PREFIX = "_xlfn.";

/** Applies `replace` to the function names of a formula (a name followed by "("), outside string literals and quoted sheet names. */
function mapFunctionNames(formula: string, replace: (name: string) => string): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const char = formula[i];
    if (char === '"' || char === "'") {
      // A literal or a quoted sheet name runs to its closing quote; a doubled quote is one quote inside.
      let end = i + 1;
      while (end < formula.length && !(formula[end] === char && formula[end + 1] !== char)) end += formula[end] === char ? 2 : 1;
      out += formula.slice(i, end + 1);
      i = end + 1;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_.]*(?=\()/.exec(formula.slice(i));
    if (name && (i === 0 || !/[A-Za-z0-9_.$!]/.test(formula[i - 1]))) {
      out += replace(name[0]);
      i += name[0].length;
      continue;
    }
    out += char;
    i++;
  }
  return out;
}

/**
 * A formula (without its "=") as an .xlsx stores it: future functions prefixed.
 * @example toFileFormula("MAX(MAXIFS(B1:B9,C1:C9,\"MAXIFS(\"))") // "MAX(_xlfn.MAXIFS(B1:B9,C1:C9,\"MAXIFS(\"))"
 */
export function toFileFormula(formula: string): string {
  return mapFunctionNames(formula, (name) => (FUTURE_FUNCTIONS.has(name.toUpperCase()) ? PREFIX + name : name));
}

/** A formula read from an .xlsx as a person sees it: the `_xlfn.` prefixes dropped. */
export function fromFileFormula(formula: string): string {
  return mapFunctionNames(formula, (name) => (name.toLowerCase().startsWith(PREFIX) ? name.slice(PREFIX.length) : name));
}
