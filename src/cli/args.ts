/** `kam classify` arguments: parsed and checked here, so a bad option stops before any file is read. */
import { serialFromIso } from "../engine/calendar";
import {
  DEFAULT_ANALYSIS_SETTINGS,
  DEFAULT_READ_SETTINGS,
  type AnalysisSettings,
  type ColumnRole,
  type ReadSettings,
} from "../engine/types";

export const USAGE = `Usage: kam classify <file.csv|file.xlsx> [options]

Options:
  --sheet NAME                 sheet of an .xlsx file (default: the first)
  --measure revenue|profit     what ABC and shares are computed on (default revenue)
  --a 0.8  --b 0.95            ABC thresholds (fractions of the total)
  --abc-rule crossing|classic  ABC rule (default crossing: the client crossing a is A)
  --x 0.1  --y 0.25            XYZ thresholds on the coefficient of variation
  --xyz cv|frequency           XYZ by variation (default) or by purchase frequency
  --period month|quarter|week  XYZ period (default month)
  --from YYYY-MM-DD            leave out rows before this date
  --as-of YYYY-MM-DD           analysis date (default: the latest date in the data)
  --lost-after 180             days without a purchase after which a client is lost
  --month-first                read ambiguous dates like 05/03/2024 as month-first
                               (default day-first; the data decides when it can)
  --skip-bad-rows              skip bad rows (listed in the report) instead of stopping
  --map ROLE=HEADER            use the column with this header for a role (repeatable);
                               ROLE is client, date, amount, profit, manager, group,
                               order, currency or keyType; HEADER may be #N (column N)
  --json OUT.json              write the machine-readable report
  --out OUT.xlsx               write the result workbook, with a dossier sheet per key client
  --dossier NAME               with --out: also a dossier for this client (repeatable)
  --help                       show this help

Exit codes: 0 done, 1 bad input (each problem on stderr as "row N: reason"), 2 usage error.`;

/** A mistake in the command line itself (exit 2). */
export class UsageError extends Error {
  override name = "UsageError";
}

export interface ClassifyCommand {
  kind: "classify";
  file: string;
  sheet: string | null;
  analysis: AnalysisSettings;
  read: ReadSettings;
  jsonOut: string | null;
  workbookOut: string | null;
  /** --dossier names: dossiers for these clients besides the key clients. */
  dossiers: string[];
}

export type Command = ClassifyCommand | { kind: "help" };

const ROLES: readonly ColumnRole[] = ["client", "date", "amount", "profit", "manager", "group", "order", "currency", "keyType"];

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${option} must be ${allowed.join(" or ")}, not '${value}'`);
}

function fraction(option: string, value: string): number {
  const number = Number(value);
  if (value.trim() === "" || !Number.isFinite(number) || number <= 0 || number > 1) {
    throw new UsageError(`${option} must be a number above 0 and at most 1, not '${value}'`);
  }
  return number;
}

function positive(option: string, value: string): number {
  const number = Number(value);
  if (value.trim() === "" || !Number.isFinite(number) || number <= 0) throw new UsageError(`${option} must be a number above 0, not '${value}'`);
  return number;
}

function isoDate(option: string, value: string): string {
  if (Number.isNaN(serialFromIso(value))) throw new UsageError(`${option} must be a date YYYY-MM-DD, not '${value}'`);
  return value;
}

function mappingTarget(option: string, value: string, mapping: ReadSettings["mapping"]): void {
  const equals = value.indexOf("=");
  const role = value.slice(0, equals);
  const header = value.slice(equals + 1).trim();
  if (equals < 0 || header === "") throw new UsageError(`${option} needs ROLE=HEADER, not '${value}'`);
  const checkedRole = oneOf(`${option} role`, role, ROLES);
  const columnNumber = /^#(\d+)$/.exec(header);
  if (columnNumber && Number(columnNumber[1]) < 1) throw new UsageError(`${option} ${role}=${header}: columns count from #1`);
  mapping[checkedRole] = columnNumber ? Number(columnNumber[1]) - 1 : header;
}

/** Parses `classify FILE [options]` (argv without node and the script). */
export function parseArgs(argv: readonly string[]): Command {
  if (argv.length === 0) throw new UsageError("no command given");
  if (argv.includes("--help") || argv.includes("-h") || argv[0] === "help") return { kind: "help" };
  const [command, ...rest] = argv;
  if (command !== "classify") throw new UsageError(`unknown command '${command}'`);

  const analysis: AnalysisSettings = { ...DEFAULT_ANALYSIS_SETTINGS };
  const read: ReadSettings = { ...DEFAULT_READ_SETTINGS, mapping: {}, dateOrder: "day-first" };
  let file: string | null = null;
  let sheet: string | null = null;
  let jsonOut: string | null = null;
  let workbookOut: string | null = null;
  const dossiers: string[] = [];

  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (!arg.startsWith("--")) {
      if (file !== null) throw new UsageError(`only one input file, but got '${file}' and '${arg}'`);
      file = arg;
      continue;
    }
    const equals = arg.indexOf("=");
    const option = equals > 0 ? arg.slice(0, equals) : arg;
    const inlineValue = equals > 0 ? arg.slice(equals + 1) : null;
    const flag = (): void => {
      if (inlineValue !== null) throw new UsageError(`${option} takes no value`);
    };
    const value = (): string => {
      if (inlineValue !== null) return inlineValue;
      const next = rest[i + 1];
      if (next === undefined || next.startsWith("--")) throw new UsageError(`${option} needs a value`);
      i++;
      return next;
    };
    switch (option) {
      case "--sheet":
        sheet = value();
        break;
      case "--measure":
        analysis.measure = oneOf(option, value(), ["revenue", "profit"] as const);
        break;
      case "--a":
        analysis.a = fraction(option, value());
        break;
      case "--b":
        analysis.b = fraction(option, value());
        break;
      case "--abc-rule":
        analysis.abcRule = oneOf(option, value(), ["crossing", "classic"] as const);
        break;
      case "--x":
        analysis.x = positive(option, value());
        break;
      case "--y":
        analysis.y = positive(option, value());
        break;
      case "--xyz":
        analysis.xyz = oneOf(option, value(), ["cv", "frequency"] as const);
        break;
      case "--period":
        analysis.period = oneOf(option, value(), ["month", "quarter", "week"] as const);
        break;
      case "--from":
        analysis.from = isoDate(option, value());
        break;
      case "--as-of":
        analysis.asOf = isoDate(option, value());
        break;
      case "--lost-after": {
        const text = value();
        if (!/^\d+$/.test(text) || Number(text) < 1) throw new UsageError(`--lost-after must be a whole number of days, not '${text}'`);
        analysis.lostAfterDays = Number(text);
        break;
      }
      case "--month-first":
        flag();
        read.dateOrder = "month-first";
        break;
      case "--skip-bad-rows":
        flag();
        read.skipBadRows = true;
        break;
      case "--map":
        mappingTarget(option, value(), read.mapping);
        break;
      case "--json":
        jsonOut = value();
        break;
      case "--out":
        workbookOut = value();
        break;
      case "--dossier":
        dossiers.push(value());
        break;
      default:
        throw new UsageError(`unknown option '${option}'`);
    }
  }
  if (file === null) throw new UsageError("no input file given");
  if (analysis.a > analysis.b) throw new UsageError(`--a (${analysis.a}) must not be above --b (${analysis.b})`);
  if (analysis.x > analysis.y) throw new UsageError(`--x (${analysis.x}) must not be above --y (${analysis.y})`);
  if (analysis.from && analysis.asOf && analysis.from > analysis.asOf) throw new UsageError(`--from (${analysis.from}) is after --as-of (${analysis.asOf})`);
  const extension = file.toLowerCase().slice(file.lastIndexOf("."));
  if (extension !== ".csv" && extension !== ".xlsx") throw new UsageError(`the input must be a .csv or .xlsx file, not '${file}'`);
  if (sheet !== null && extension !== ".xlsx") throw new UsageError("--sheet applies to .xlsx files only");
  if (dossiers.length > 0 && workbookOut === null) throw new UsageError("--dossier needs --out (dossiers are sheets of the workbook)");
  return { kind: "classify", file, sheet, analysis, read, jsonOut, workbookOut, dossiers };
}
