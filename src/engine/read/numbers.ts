/**
 * Number text as people type it into sales sheets: thousands separators (spaces, no-break and
 * thin spaces, apostrophes, the other of `,`/`.`), either decimal mark, currency signs or codes
 * around the number, Persian/Arabic-Indic digits, negatives with `-`, `−` or parentheses.
 */

/** Currency signs and words as written next to amounts, mapped to one code ("$" and "USD" are one currency). */
const CURRENCY_TOKENS: ReadonlyMap<string, string> = new Map([
  ["$", "USD"],
  ["us$", "USD"],
  ["€", "EUR"],
  ["£", "GBP"],
  ["₽", "RUB"],
  ["руб", "RUB"],
  ["руб.", "RUB"],
  ["р", "RUB"],
  ["р.", "RUB"],
  ["¥", "CNY"],
  ["元", "CNY"],
  ["人民币", "CNY"],
  ["rmb", "CNY"],
  ["円", "JPY"],
  ["₴", "UAH"],
  ["грн", "UAH"],
  ["₸", "KZT"],
  ["₹", "INR"],
  ["﷼", "IRR"],
  ["ریال", "IRR"],
  ["تومان", "IRT"],
  ["zł", "PLN"],
  ["kr", "SEK"],
  ["fr", "CHF"],
]);

/** Three-letter codes accepted in any letter case; other upper-case three-letter codes are accepted as written. */
const KNOWN_CODES = new Set(["USD", "EUR", "GBP", "RUB", "CNY", "JPY", "UAH", "KZT", "INR", "IRR", "IRT", "PLN", "SEK", "CHF", "BYN", "CAD", "AUD", "TRY"]);

/** A currency sign, word or code normalised to a code, or null when the text is not one. */
export function currencyCode(text: string): string | null {
  const token = text.trim();
  if (token === "") return null;
  const known = CURRENCY_TOKENS.get(token.toLowerCase());
  if (known) return known;
  const upper = token.toUpperCase();
  if (KNOWN_CODES.has(upper)) return upper;
  return /^[A-Z]{3}$/.test(token) ? token : null;
}

/**
 * What a number text shows about the comma: the decimal mark (`1,5`, `1.234,5`), a thousands
 * separator (`1,234.5`, `1,234,567`, or a dot decimal as in `12.5`), or `either` (`1,234`, read
 * as 1234 unless the rest of the column shows decimal commas).
 */
export type CommaUse = "decimal" | "thousands" | "either";

export interface ParsedAmount {
  value: number;
  /** Currency code written with the number, or null. */
  currency: string | null;
  /** Absent when the text has neither a comma nor a dot. */
  comma?: CommaUse;
}

const NOT_A_NUMBER: ParsedAmount = { value: NaN, currency: null };

/** 10^k for the fraction digits of plain numbers (exact doubles up to 10^22). */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);
/** Up to 15 significant digits the mantissa is an exact integer, so one division rounds exactly as Number() does. */
const MAX_EXACT_DIGITS = 15;

/**
 * Plain `123`, `-123.45`, `.5` (the bulk of machine-written files) as a number without any
 * allocation; NaN for anything else, which then goes through parseAmount's full rules.
 */
export function plainNumber(text: string): number {
  const length = text.length;
  if (length === 0 || length > 24) return NaN;
  const negative = text.charCodeAt(0) === 45; /* - */
  let i = negative ? 1 : 0;
  let mantissa = 0;
  let digits = 0;
  let fractionDigits = -1;
  for (; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      mantissa = mantissa * 10 + (code - 48);
      digits++;
      if (fractionDigits >= 0) fractionDigits++;
    } else if (code === 46 /* . */ && fractionDigits < 0) fractionDigits = 0;
    else return NaN;
  }
  if (digits === 0) return NaN;
  if (digits > MAX_EXACT_DIGITS) return Number(text);
  const value = fractionDigits > 0 ? mantissa / POWERS_OF_TEN[fractionDigits] : mantissa;
  return negative ? -value : value;
}

const SPACE_LIKE = new Set([" ", "\u00a0", "\u202f", "\u2009", "\u2007", "'", "\u2019", "\u066c"]);

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Persian (U+06F0..) and Arabic-Indic (U+0660..) digits to ASCII; the Arabic decimal mark to `.`. */
export function asciiDigits(text: string): string {
  let out = "";
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x06f0 && code <= 0x06f9) {
      out += String.fromCharCode(code - 0x06f0 + 48);
      changed = true;
    } else if (code >= 0x0660 && code <= 0x0669) {
      out += String.fromCharCode(code - 0x0660 + 48);
      changed = true;
    } else if (code === 0x066b) {
      out += ".";
      changed = true;
    } else out += text[i];
  }
  return changed ? out : text;
}

/** `1,234,567` or `1.234.567`: a 1-3 digit lead, then groups of three. */
const THOUSANDS_GROUPS = /^\d{1,3}(?:[.,]\d{3})+$/;

/** The number between the sign/currency decorations with separators resolved (NaN when it is not one). */
function parseDigits(core: string): { value: number; comma?: CommaUse } {
  const invalid = { value: NaN };
  let compact = "";
  let commas = 0;
  let dots = 0;
  for (const char of core) {
    if (SPACE_LIKE.has(char)) continue;
    if (char === ",") commas++;
    else if (char === ".") dots++;
    else if (!isDigit(char.charCodeAt(0))) return invalid;
    compact += char;
  }
  if (compact === "") return invalid;
  let normal: string;
  let comma: CommaUse | undefined;
  if (commas > 0 && dots > 0) {
    // The last of the two marks is the decimal one; the other may only appear before it.
    const decimalMark = compact.lastIndexOf(",") > compact.lastIndexOf(".") ? "," : ".";
    const thousandsMark = decimalMark === "," ? "." : ",";
    if ((decimalMark === "," ? commas : dots) !== 1) return invalid;
    const [whole, fraction] = compact.split(decimalMark);
    if (!THOUSANDS_GROUPS.test(whole) || fraction.includes(thousandsMark)) return invalid;
    normal = `${whole.split(thousandsMark).join("")}.${fraction}`;
    comma = decimalMark === "," ? "decimal" : "thousands";
  } else if (commas > 1 || dots > 1) {
    // Repeated marks are thousands separators: 1,234,567 or 1.234.567.
    const mark = commas > 1 ? "," : ".";
    if (!THOUSANDS_GROUPS.test(compact)) return invalid;
    normal = compact.split(mark).join("");
    comma = mark === "," ? "thousands" : "decimal";
  } else if (commas === 1) {
    // `1,234` reads as thousands unless the column shows decimal commas; `1,5`, `0,123`, `12,3456` are decimals.
    const [whole, fraction] = compact.split(",");
    const either = fraction.length === 3 && whole.length >= 1 && whole.length <= 3 && whole !== "0";
    normal = either ? whole + fraction : `${whole}.${fraction}`;
    comma = either ? "either" : "decimal";
  } else {
    normal = compact;
    if (dots === 1) comma = "thousands";
  }
  if (normal === "." || normal === "") return invalid;
  return { value: Number(normal), comma };
}

function isCoreChar(code: number): boolean {
  return isDigit(code) || code === 44 || code === 46;
}

/**
 * Parses an amount text. `value` is NaN when the text is not a number (including empty text).
 * Examples: `1 234,5` -> 1234.5, `(1,200.00 $)` -> -1200 USD, `۱۲۳٫۵` -> 123.5, `руб. 1 000` -> 1000 RUB.
 */
export function parseAmount(text: string): ParsedAmount {
  const plain = plainNumber(text);
  if (!Number.isNaN(plain)) return text.includes(".") ? { value: plain, currency: null, comma: "thousands" } : { value: plain, currency: null };
  const source = asciiDigits(text).trim();
  if (source === "") return NOT_A_NUMBER;
  let first = -1;
  let last = -1;
  for (let i = 0; i < source.length; i++) {
    if (isDigit(source.charCodeAt(i))) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0) return NOT_A_NUMBER;
  // A leading decimal mark (`.5`, `-,5`) belongs to the number.
  while (first > 0 && isCoreChar(source.charCodeAt(first - 1))) first--;
  let negative = false;
  let openParen = false;
  let closeParen = false;
  let currency: string | null = null;
  for (const [part, atStart] of [
    [source.slice(0, first), true],
    [source.slice(last + 1), false],
  ] as const) {
    let rest = "";
    for (const char of part) {
      if (char === "-" || char === "\u2212") {
        if (negative) return NOT_A_NUMBER;
        negative = true;
      } else if (char === "+") {
        // an explicit plus changes nothing
      } else if (char === "(" && atStart) openParen = true;
      else if (char === ")" && !atStart) closeParen = true;
      else rest += char;
    }
    const token = rest.trim();
    if (token !== "") {
      const code = currencyCode(token);
      if (!code || currency) return NOT_A_NUMBER;
      currency = code;
    }
  }
  if (openParen !== closeParen) return NOT_A_NUMBER;
  const { value: magnitude, comma } = parseDigits(source.slice(first, last + 1));
  if (Number.isNaN(magnitude)) return NOT_A_NUMBER;
  const value = negative || openParen ? -magnitude : magnitude;
  return comma ? { value, currency, comma } : { value, currency };
}
