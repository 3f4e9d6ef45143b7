/**
 * Range.text: a cell value shown through its number format, for the formats the add-in uses:
 * General, 0, 0.00, #,##0, #,##0.00, 0%, 0.0%, scientific-free fixed formats with literal
 * prefixes/suffixes ("€ "#,##0.00, [$€-407], \$), dates and times (yyyy-mm-dd, dd.mm.yyyy,
 * m/d/yyyy, d mmm yyyy, hh:mm), text "@", and sections "pos;neg;zero;text". en-US separators.
 */
import { ymdFromSerial } from "../engine/calendar";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

export function formatCellText(value: unknown, format: string): string {
  if (value === "" || value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (format === "General" || format === "") return typeof value === "number" ? generalNumber(value) : String(value);
  let sections = sectionCache.get(format);
  if (!sections) {
    sections = splitSections(format);
    sectionCache.set(format, sections);
  }
  if (typeof value === "string") {
    const textSection = sections.length >= 4 ? sections[3] : sections.find((s) => s.includes("@"));
    return textSection === undefined ? value : renderLiterals(textSection, value);
  }
  if (typeof value !== "number") return String(value);
  let section = sections[0];
  let n = value;
  if (n < 0 && sections.length >= 2 && sections[1] !== "") {
    section = sections[1];
    n = -n;
  } else if (n === 0 && sections.length >= 3) {
    section = sections[2];
  }
  return formatNumber(n, section);
}

const sectionCache = new Map<string, string[]>();
const tokenCache = new Map<string, Token[]>();

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && !quoted && i + 1 < format.length) {
      current += ch + format[++i];
      continue;
    }
    if (ch === ";" && !quoted) {
      sections.push(current);
      current = "";
    } else current += ch;
  }
  sections.push(current);
  return sections;
}

interface Token {
  literal?: string;
  code?: string;
}

/** Splits a section into literal text and format codes; drops colours, conditions, padding and fill. */
function tokenize(section: string): Token[] {
  let tokens = tokenCache.get(section);
  if (!tokens) {
    tokens = tokenizeSection(section);
    tokenCache.set(section, tokens);
  }
  return tokens;
}

function tokenizeSection(section: string): Token[] {
  const tokens: Token[] = [];
  const push = (t: Token) => tokens.push(t);
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (/^(AM\/PM|A\/P)/i.test(section.slice(i, i + 5))) {
      const code = /^AM\/PM/i.test(section.slice(i, i + 5)) ? "AM/PM" : "A/P";
      push({ code });
      i += code.length - 1;
    } else if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      push({ literal: section.slice(i + 1, end < 0 ? undefined : end) });
      i = end < 0 ? section.length : end;
    } else if (ch === "\\") {
      push({ literal: section[++i] ?? "" });
    } else if (ch === "[") {
      const end = section.indexOf("]", i);
      const inner = section.slice(i + 1, end < 0 ? undefined : end);
      const currency = /^\$([^-]*)/.exec(inner);
      if (currency) push({ literal: currency[1] });
      else if (/^(h+|m+|s+)$/i.test(inner)) push({ code: inner });
      i = end < 0 ? section.length : end;
    } else if (ch === "_") {
      push({ literal: " " });
      i++;
    } else if (ch === "*") {
      i++;
    } else if ("$-+/():!^&'~{}<>=, ".includes(ch) && !(ch === "," && /[0#?]/.test(section[i + 1] ?? ""))) {
      push({ literal: ch });
    } else {
      push({ code: ch });
    }
  }
  return tokens;
}

function renderLiterals(section: string, text: string): string {
  return tokenize(section)
    .map((t) => (t.literal !== undefined ? t.literal : t.code === "@" ? text : ""))
    .join("");
}

function isDateSection(tokens: Token[]): boolean {
  return tokens.some((t) => t.code !== undefined && /^[ymdhsYMDHS]/.test(t.code) && t.code.toLowerCase() !== "e");
}

function formatNumber(n: number, section: string): string {
  // A number in a text-formatted (@) cell shows as General.
  if (/^(general|@)$/i.test(section.trim())) return generalNumber(n);
  const tokens = tokenize(section);
  if (isDateSection(tokens)) return formatDate(n, tokens);
  return formatFixed(n, tokens, section);
}

/** General: up to 11 characters, switching to scientific notation (1.23457E+11, 1.5E-09) beyond. */
function generalNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const abs = Math.abs(n);
  if (abs >= 1e11 || (abs !== 0 && abs < 1e-9)) return scientific(n);
  const digitsBeforePoint = Math.max(1, Math.floor(Math.log10(abs)) + 1);
  const text = String(Number(n.toFixed(Math.max(0, 10 - digitsBeforePoint))));
  return text.includes("e") ? scientific(n) : text;
}

function scientific(n: number): string {
  const [mantissa, exponent] = n.toExponential(5).split("e");
  const power = Number(exponent);
  return `${mantissa.replace(/\.?0+$/, "")}E${power < 0 ? "-" : "+"}${String(Math.abs(power)).padStart(2, "0")}`;
}

type DatePart =
  | { kind: "literal"; text: string }
  | { kind: "year" | "month" | "minute" | "day" | "hour" | "second" | "ampm" | "ap"; width: number };

const datePartCache = new Map<Token[], { parts: DatePart[]; twelveHour: boolean }>();

/** Date parts of a section, once per format: runs of codes ("yyyy"), minutes told from months by their neighbours. */
function compileDate(tokens: Token[]): { parts: DatePart[]; twelveHour: boolean } {
  const cached = datePartCache.get(tokens);
  if (cached) return cached;
  const runs: Token[] = [];
  for (const t of tokens) {
    const last = runs[runs.length - 1];
    if (t.code !== undefined && last?.code !== undefined && last.code[0].toLowerCase() === t.code[0].toLowerCase()) last.code += t.code;
    else runs.push({ ...t });
  }
  const codes = runs.map((r) => r.code?.toLowerCase());
  const parts = runs.map((run, index): DatePart => {
    const lower = codes[index];
    if (lower === undefined) return { kind: "literal", text: run.literal ?? "" };
    const previous = codes.slice(0, index).reverse().find((c) => c !== undefined) ?? "";
    const next = codes.slice(index + 1).find((c) => c !== undefined) ?? "";
    const width = lower.length;
    if (lower === "am/pm") return { kind: "ampm", width };
    if (lower === "a/p") return { kind: "ap", width };
    if (lower[0] === "m" && width <= 2 && (previous.startsWith("h") || next.startsWith("s"))) return { kind: "minute", width };
    const kinds: Record<string, DatePart["kind"]> = { y: "year", m: "month", d: "day", h: "hour", s: "second" };
    const kind = kinds[lower[0]];
    return kind ? ({ kind, width } as DatePart) : { kind: "literal", text: run.code ?? "" };
  });
  const compiled = { parts, twelveHour: parts.some((p) => p.kind === "ampm" || p.kind === "ap") };
  datePartCache.set(tokens, compiled);
  return compiled;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

function formatDate(serial: number, tokens: Token[]): string {
  const { parts, twelveHour } = compileDate(tokens);
  const { year, month, day } = ymdFromSerial(serial);
  const weekday = (Math.floor(serial) + 6) % 7; // serial 1 (1900-01-01) was a Sunday in Excel's calendar
  const secondsOfDay = Math.round((serial - Math.floor(serial)) * 86400);
  const hours = Math.floor(secondsOfDay / 3600);
  let out = "";
  for (const part of parts) {
    switch (part.kind) {
      case "literal":
        out += part.text;
        break;
      case "year":
        out += part.width <= 2 ? pad(year % 100, 2) : pad(year, 4);
        break;
      case "minute":
        out += pad(Math.floor((secondsOfDay % 3600) / 60), part.width);
        break;
      case "month":
        out += [String(month), pad(month, 2), MONTHS[month - 1].slice(0, 3), MONTHS[month - 1], MONTHS[month - 1][0]][Math.min(part.width, 5) - 1];
        break;
      case "day":
        out += [String(day), pad(day, 2), DAYS[weekday].slice(0, 3), DAYS[weekday]][Math.min(part.width, 4) - 1];
        break;
      case "hour":
        out += pad(twelveHour ? ((hours + 11) % 12) + 1 : hours, Math.min(part.width, 2));
        break;
      case "second":
        out += pad(secondsOfDay % 60, Math.min(part.width, 2));
        break;
      case "ampm":
        out += hours < 12 ? "AM" : "PM";
        break;
      case "ap":
        out += hours < 12 ? "A" : "P";
        break;
    }
  }
  return out;
}

function formatFixed(n: number, tokens: Token[], section: string): string {
  const codes = tokens.filter((t) => t.code !== undefined).map((t) => t.code).join("");
  const percent = (codes.match(/%/g) ?? []).length;
  const value = n * 100 ** percent;
  const point = codes.indexOf(".");
  const decimals = point < 0 ? 0 : (codes.slice(point + 1).match(/[0#?]/g) ?? []).length;
  const grouped = /[0#?],[0#?]/.test(section.replace(/"[^"]*"/g, ""));
  const fixed = Math.abs(value).toFixed(decimals);
  const [wholeDigits, fraction] = fixed.split(".");
  let whole = wholeDigits;
  const minWholeDigits = ((point < 0 ? codes : codes.slice(0, point)).match(/0/g) ?? []).length;
  if (whole === "0" && minWholeDigits === 0) whole = "";
  if (grouped) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const number = (value < 0 && Number(fixed) !== 0 ? "-" : "") + whole + (decimals > 0 ? "." + fraction : "");
  let out = "";
  let numberWritten = false;
  for (const t of tokens) {
    if (t.literal !== undefined) out += t.literal === "," ? "" : t.literal;
    else if (t.code === "%") out += "%";
    else if (/[0#?.,]/.test(t.code ?? "")) {
      if (!numberWritten) out += number;
      numberWritten = true;
    } else out += t.code ?? ""; // other characters (€, kr, letters) show as they are
  }
  return numberWritten ? out : out + number;
}
