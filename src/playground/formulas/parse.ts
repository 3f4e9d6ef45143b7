/**
 * Excel formulas as a tree, for the playground's calculation (evaluate.ts): numbers, text,
 * TRUE/FALSE, error literals, A1 references and ranges (absolute or relative, whole columns,
 * quoted sheet names), defined names, function calls and Excel's operators with Excel's
 * precedence (negation before ^, so -2^2 is 4). Structured table references and R1C1 are not read:
 * such a formula does not parse, and the preview shows it as written.
 */
import { MAX_COLUMNS, MAX_ROWS, columnIndex } from "../../a1";

export const ERROR_CODES = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One end of a reference: 0-based, with Excel's $ flags (an absolute part does not move with the cell a formula is evaluated at). */
export interface RefEnd {
  row: number;
  column: number;
  rowAbsolute: boolean;
  columnAbsolute: boolean;
}

export type BinaryOperator = "+" | "-" | "*" | "/" | "^" | "&" | "=" | "<>" | "<" | ">" | "<=" | ">=";

export type FormulaNode =
  | { kind: "number"; value: number }
  | { kind: "text"; value: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "error"; code: ErrorCode }
  /** A cell or range; `wholeColumns` for A:C (rows 0 to the last). */
  | { kind: "ref"; sheet: string | null; from: RefEnd; to: RefEnd; wholeColumns: boolean }
  | { kind: "name"; name: string }
  | { kind: "call"; name: string; args: FormulaNode[] }
  /** An argument left out: IF(A1,,2). */
  | { kind: "missing" }
  | { kind: "unary"; operator: "-" | "+" | "%"; operand: FormulaNode }
  | { kind: "binary"; operator: BinaryOperator; left: FormulaNode; right: FormulaNode };

export class FormulaSyntaxError extends Error {}

type Token =
  | { type: "number"; value: number }
  | { type: "text"; value: string }
  | { type: "error"; code: ErrorCode }
  | { type: "ref"; node: Extract<FormulaNode, { kind: "ref" }> }
  | { type: "word"; value: string }
  | { type: "function"; name: string }
  | { type: "operator"; value: string }
  | { type: "("; value: "(" }
  | { type: ")"; value: ")" }
  | { type: ","; value: "," };

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/;
const COLUMN = /^(\$?)([A-Za-z]{1,3})$/;

function cellEnd(text: string): RefEnd | null {
  const match = CELL.exec(text);
  if (!match) return null;
  const column = columnIndex(match[2]);
  const row = Number(match[4]) - 1;
  if (column >= MAX_COLUMNS || row < 0 || row >= MAX_ROWS) return null;
  return { row, column, rowAbsolute: match[3] === "$", columnAbsolute: match[1] === "$" };
}

function columnEnd(text: string, row: number): RefEnd | null {
  const match = COLUMN.exec(text);
  if (!match) return null;
  const column = columnIndex(match[2]);
  return column < MAX_COLUMNS ? { row, column, rowAbsolute: true, columnAbsolute: match[1] === "$" } : null;
}

/** A reference of `text` ("B5", "$B$90:B102", "A:C"), or null when it is not one. */
function referenceOf(text: string, sheet: string | null): Extract<FormulaNode, { kind: "ref" }> | null {
  const [first, second, ...rest] = text.split(":");
  if (rest.length > 0) return null;
  if (second === undefined) {
    const end = cellEnd(first);
    return end ? { kind: "ref", sheet, from: end, to: end, wholeColumns: false } : null;
  }
  const from = cellEnd(first);
  const to = cellEnd(second);
  if (from && to) return { kind: "ref", sheet, from, to, wholeColumns: false };
  const fromColumn = columnEnd(first, 0);
  const toColumn = columnEnd(second, MAX_ROWS - 1);
  return fromColumn && toColumn ? { kind: "ref", sheet, from: fromColumn, to: toColumn, wholeColumns: true } : null;
}

/** Characters of a bare word: names, functions, references, unquoted sheet names (letters of any script). */
const WORD_CHAR = /[\p{L}\p{N}_.$\\?:]/u;

/**
 * The text quoted at text[start] ("..." or '...'), its quote written twice inside it standing for
 * one, and the index after the closing quote.
 */
function readQuoted(text: string, start: number, what: string): { value: string; next: number } {
  const quote = text[start];
  let value = "";
  let i = start + 1;
  for (;;) {
    if (i >= text.length) throw new FormulaSyntaxError(`unterminated ${what}`);
    if (text[i] === quote) {
      if (text[i + 1] !== quote) return { value, next: i + 1 };
      value += quote;
      i += 2;
      continue;
    }
    value += text[i++];
  }
}

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  const text = formula.startsWith("=") ? formula.slice(1) : formula;
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (/\s/.test(char)) {
      i++;
      continue;
    }
    if (char === '"') {
      const quoted = readQuoted(text, i, "text");
      i = quoted.next;
      tokens.push({ type: "text", value: quoted.value });
      continue;
    }
    if (char === "#") {
      const code = ERROR_CODES.find((candidate) => text.startsWith(candidate, i) || text.toUpperCase().startsWith(candidate, i));
      if (!code) throw new FormulaSyntaxError(`unknown error literal at ${i}`);
      tokens.push({ type: "error", code });
      i += code.length;
      continue;
    }
    if (/[0-9.]/.test(char)) {
      const match = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(text.slice(i));
      if (!match) throw new FormulaSyntaxError(`bad number at ${i}`);
      // "1:3" (whole rows) is not read: the number stops before the colon and the colon fails below.
      tokens.push({ type: "number", value: Number(match[0]) });
      i += match[0].length;
      continue;
    }
    if (char === "'" || WORD_CHAR.test(char)) {
      let sheet: string | null = null;
      if (char === "'") {
        const quoted = readQuoted(text, i, "sheet name");
        i = quoted.next;
        if (text[i] !== "!") throw new FormulaSyntaxError("a quoted sheet name without !");
        i++;
        sheet = quoted.value;
      }
      let word = "";
      while (i < text.length && WORD_CHAR.test(text[i])) word += text[i++];
      if (sheet === null && text[i] === "!") {
        sheet = word;
        i++;
        word = "";
        while (i < text.length && WORD_CHAR.test(text[i])) word += text[i++];
      }
      if (sheet !== null && text.startsWith("#REF!", i)) {
        // A reference to a deleted sheet or cell: Excel writes Sheet!#REF!.
        tokens.push({ type: "error", code: "#REF!" });
        i += 5;
        continue;
      }
      const reference = referenceOf(word, sheet);
      if (reference) {
        tokens.push({ type: "ref", node: reference });
        continue;
      }
      if (sheet !== null || word === "" || word.includes(":")) throw new FormulaSyntaxError(`not a reference: ${word}`);
      if (text[i] === "(") {
        tokens.push({ type: "function", name: word.toUpperCase().replace(/^_XLFN\.(_XLWS\.)?/, "") });
        i++;
        continue;
      }
      tokens.push({ type: "word", value: word });
      continue;
    }
    const two = text.slice(i, i + 2);
    if (two === "<>" || two === "<=" || two === ">=") {
      tokens.push({ type: "operator", value: two });
      i += 2;
      continue;
    }
    if ("+-*/^&=<>%".includes(char)) {
      tokens.push({ type: "operator", value: char });
      i++;
      continue;
    }
    if (char === "(" || char === ")" || char === ",") {
      tokens.push({ type: char, value: char } as Token);
      i++;
      continue;
    }
    throw new FormulaSyntaxError(`unexpected ${char} at ${i}`);
  }
  return tokens;
}

/** Binary operators from the loosest to the tightest. */
const LEVELS: readonly (readonly string[])[] = [["=", "<>", "<", ">", "<=", ">="], ["&"], ["+", "-"], ["*", "/"], ["^"]];

/** The tree of a formula ("=..." or without the =); FormulaSyntaxError for what it cannot read. */
export function parseFormula(formula: string): FormulaNode {
  const tokens = tokenize(formula);
  let position = 0;
  const peek = (): Token | undefined => tokens[position];
  const isOperator = (token: Token | undefined, values: readonly string[]): token is Extract<Token, { type: "operator" }> => token?.type === "operator" && values.includes(token.value);

  const binary = (level: number): FormulaNode => {
    if (level === LEVELS.length) return unary();
    let left = binary(level + 1);
    for (let token = peek(); isOperator(token, LEVELS[level]); token = peek()) {
      position++;
      left = { kind: "binary", operator: token.value as BinaryOperator, left, right: binary(level + 1) };
    }
    return left;
  };
  const unary = (): FormulaNode => {
    const token = peek();
    if (isOperator(token, ["-", "+"])) {
      position++;
      return { kind: "unary", operator: token.value as "-" | "+", operand: unary() };
    }
    let operand = primary();
    while (isOperator(peek(), ["%"])) {
      position++;
      operand = { kind: "unary", operator: "%", operand };
    }
    return operand;
  };
  const primary = (): FormulaNode => {
    const token = tokens[position++];
    if (!token) throw new FormulaSyntaxError("the formula ends too soon");
    switch (token.type) {
      case "number":
        return { kind: "number", value: token.value };
      case "text":
        return { kind: "text", value: token.value };
      case "error":
        return { kind: "error", code: token.code };
      case "ref":
        return token.node;
      case "word": {
        const upper = token.value.toUpperCase();
        if (upper === "TRUE" || upper === "FALSE") return { kind: "boolean", value: upper === "TRUE" };
        return { kind: "name", name: token.value };
      }
      case "(": {
        const inner = binary(0);
        if (tokens[position++]?.type !== ")") throw new FormulaSyntaxError("a ( without its )");
        return inner;
      }
      case "function": {
        const args: FormulaNode[] = [];
        if (peek()?.type === ")") {
          position++;
          return { kind: "call", name: token.name, args };
        }
        for (;;) {
          const next = peek();
          args.push(next?.type === "," || next?.type === ")" ? { kind: "missing" } : binary(0));
          const separator = tokens[position++];
          if (separator?.type === ")") break;
          if (separator?.type !== ",") throw new FormulaSyntaxError(`${token.name}( without its )`);
        }
        return { kind: "call", name: token.name, args };
      }
      default:
        throw new FormulaSyntaxError(`unexpected ${token.value}`);
    }
  };

  const tree = binary(0);
  if (position !== tokens.length) throw new FormulaSyntaxError("more after the end of the formula");
  return tree;
}

/** Names of the functions a formula calls, upper case. */
export function calledFunctions(node: FormulaNode): string[] {
  switch (node.kind) {
    case "call":
      return [node.name, ...node.args.flatMap(calledFunctions)];
    case "unary":
      return calledFunctions(node.operand);
    case "binary":
      return [...calledFunctions(node.left), ...calledFunctions(node.right)];
    default:
      return [];
  }
}
