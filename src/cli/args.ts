/** `kam classify` arguments: parsed and checked here, so a bad option stops before any file is read. */
import { analysisProblems, type SettingsField, type SettingsProblem } from "../engine/settings";
import {
  ABC_RULES,
  COLUMN_ROLES,
  DEFAULT_ANALYSIS_SETTINGS,
  DEFAULT_READ_SETTINGS,
  MEASURES,
  PERIOD_KINDS,
  XYZ_MODES,
  type AnalysisSettings,
  type ReadSettings,
} from "../engine/types";
import { parseSize } from "./memory";

export const USAGE = `Usage: kam classify <file.csv|file.xlsx> [options]
       kam dossiers <workbook.xlsx> --by-manager [--sheet NAME]

kam dossiers: from a workbook made by the add-in or by kam classify --out, one workbook
per manager beside it ("team - Ann.xlsx"), with only that manager's dossiers as typed,
their index and KAM Health; the figures come from a run on the workbook's own sales under
the settings saved in it. The workbook itself is not changed.

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
  --key-share 0.1              share from which a client is key (dependency levels;
  --critical-share 0.2         a client above the critical share is critical, above the
  --mono-share 0.5             mono share mono-client: "start winning others now")
  --max-key-clients 3          key clients one manager can look after before flagged
  --month-first                read ambiguous dates like 05/03/2024 as month-first
                               (default day-first; the data decides when it can)
  --skip-bad-rows              skip bad rows (listed in the report) instead of stopping
  --trust-columns              go on although a column looks wrong (amounts like years, dates
                               outside 1990-2100, clients that are dates)
  --map ROLE=HEADER            use the column with this header for a role (repeatable);
                               ROLE is client, date, amount, profit, manager, group,
                               order, currency or keyType; HEADER may be #N (column N)
  --json OUT.json              write the machine-readable report
  --out OUT.xlsx               write the result workbook, with a dossier sheet per key client
  --dossier NAME               with --out: also a dossier for this client (repeatable)
  --by-manager                 with --out: also one workbook per manager beside OUT.xlsx
                               ("OUT - Ann.xlsx"), with only that manager's dossiers, their
                               index and KAM Health (a shared workbook shows every dossier
                               to everyone who opens it)
  --max-memory SIZE            refuse a file whose reading would take more memory than SIZE
                               (800M, 2G; default 80% of the machine's memory)
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
  /** The analysis settings of a run on a file: the options given over the defaults. */
  analysis: AnalysisSettings;
  /** The analysis options given on the command line, and only those. */
  given: Partial<AnalysisSettings>;
  read: ReadSettings;
  jsonOut: string | null;
  workbookOut: string | null;
  /** --dossier names: dossiers for these clients besides the key clients. */
  dossiers: string[];
  /** --by-manager: one workbook per manager with that manager's dossiers, beside --out. */
  byManager: boolean;
  /** --max-memory in bytes; null: the default budget (src/cli/memory.ts). */
  maxMemory: number | null;
}

/** `kam dossiers WORKBOOK.xlsx --by-manager`: the managers' workbooks, made from a team workbook. */
export interface DossiersCommand {
  kind: "dossiers";
  file: string;
  /** The sales sheet (default: the first visible sheet, as kam classify reads a workbook). */
  sheet: string | null;
}

export type Command = ClassifyCommand | DossiersCommand | { kind: "help" };

/** The option that sets each analysis setting, to name it in a message. */
const OPTION_OF: Partial<Record<SettingsField, string>> = {
  measure: "--measure",
  abcRule: "--abc-rule",
  a: "--a",
  b: "--b",
  xyz: "--xyz",
  x: "--x",
  y: "--y",
  period: "--period",
  from: "--from",
  asOf: "--as-of",
  lostAfterDays: "--lost-after",
  keyShare: "--key-share",
  criticalShare: "--critical-share",
  monoShare: "--mono-share",
  maxKeyClientsPerManager: "--max-key-clients",
};

/** A settings problem in the command line's words: "--a (0.9) must be below --b (0.8)". */
function usageMessage(problem: SettingsProblem, settings: AnalysisSettings): string {
  const name = (field: SettingsField): string => OPTION_OF[field] ?? field;
  const value = String(settings[problem.field]);
  switch (problem.code) {
    case "must-be-below":
      return `${name(problem.field)} (${value}) must be below ${name(problem.other ?? problem.field)} (${String(settings[problem.other ?? problem.field])})`;
    case "after-as-of":
      return `--from (${value}) is after --as-of (${String(settings.asOf)})`;
    case "not-a-fraction":
      return `${name(problem.field)} must be a number above 0 and below 1, not '${value}'`;
    case "not-positive":
      return `${name(problem.field)} must be a number above 0, not '${value}'`;
    case "not-a-date":
      return `${name(problem.field)} must be a date YYYY-MM-DD, not '${value}'`;
    case "not-whole":
      return `${name(problem.field)} must be a whole number of days, at least 1, not '${value}'`;
    default:
      return problem.message;
  }
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${option} must be ${allowed.join(" or ")}, not '${value}'`);
}

/** A number option; its range is checked with the other settings (analysisProblems). */
function numberOption(option: string, value: string): number {
  const number = Number(value);
  if (value.trim() === "" || !Number.isFinite(number)) throw new UsageError(`${option} must be a number, not '${value}'`);
  return number;
}


function mappingTarget(option: string, value: string, mapping: ReadSettings["mapping"]): void {
  const equals = value.indexOf("=");
  const role = value.slice(0, equals);
  const header = value.slice(equals + 1).trim();
  if (equals < 0 || header === "") throw new UsageError(`${option} needs ROLE=HEADER, not '${value}'`);
  const checkedRole = oneOf(`${option} role`, role, COLUMN_ROLES);
  const columnNumber = /^#(\d+)$/.exec(header);
  if (columnNumber && Number(columnNumber[1]) < 1) throw new UsageError(`${option} ${role}=${header}: columns count from #1`);
  mapping[checkedRole] = columnNumber ? Number(columnNumber[1]) - 1 : header;
}

/** The read settings of a run before its options: day-first dates unless --month-first. */
export function commandLineRead(): ReadSettings {
  return { ...DEFAULT_READ_SETTINGS, mapping: {}, dateOrder: "day-first" };
}

/** Parses `classify FILE [options]` (argv without node and the script). */
export function parseArgs(argv: readonly string[]): Command {
  if (argv.length === 0) throw new UsageError("no command given");
  if (argv.includes("--help") || argv.includes("-h") || argv[0] === "help") return { kind: "help" };
  const [command, ...rest] = argv;
  if (command === "dossiers") return parseDossiers(rest);
  if (command !== "classify") throw new UsageError(`unknown command '${command}'`);

  // Only what is given: a workbook re-run (--out) keeps the settings saved in it for the rest.
  const given: Partial<AnalysisSettings> = {};
  const read = commandLineRead();
  let file: string | null = null;
  let sheet: string | null = null;
  let jsonOut: string | null = null;
  let workbookOut: string | null = null;
  const dossiers: string[] = [];
  let byManager = false;
  let maxMemory: number | null = null;

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
        given.measure = oneOf(option, value(), MEASURES);
        break;
      case "--a":
        given.a = numberOption(option, value());
        break;
      case "--b":
        given.b = numberOption(option, value());
        break;
      case "--abc-rule":
        given.abcRule = oneOf(option, value(), ABC_RULES);
        break;
      case "--x":
        given.x = numberOption(option, value());
        break;
      case "--y":
        given.y = numberOption(option, value());
        break;
      case "--xyz":
        given.xyz = oneOf(option, value(), XYZ_MODES);
        break;
      case "--period":
        given.period = oneOf(option, value(), PERIOD_KINDS);
        break;
      case "--from":
        given.from = value();
        break;
      case "--as-of":
        given.asOf = value();
        break;
      case "--lost-after":
        given.lostAfterDays = numberOption(option, value());
        break;
      case "--key-share":
        given.keyShare = numberOption(option, value());
        break;
      case "--critical-share":
        given.criticalShare = numberOption(option, value());
        break;
      case "--mono-share":
        given.monoShare = numberOption(option, value());
        break;
      case "--max-key-clients":
        given.maxKeyClientsPerManager = numberOption(option, value());
        break;
      case "--month-first":
        flag();
        read.dateOrder = "month-first";
        break;
      case "--skip-bad-rows":
        flag();
        read.skipBadRows = true;
        break;
      case "--trust-columns":
        flag();
        read.trustColumns = true;
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
      case "--by-manager":
        byManager = true;
        break;
      case "--max-memory": {
        const text = value();
        maxMemory = parseSize(text);
        if (maxMemory === null) throw new UsageError(`--max-memory must be a size such as 800M or 2G, not '${text}'`);
        break;
      }
      default:
        throw new UsageError(`unknown option '${option}'`);
    }
  }
  if (file === null) throw new UsageError("no input file given");
  const analysis: AnalysisSettings = { ...DEFAULT_ANALYSIS_SETTINGS, ...given };
  // With --out the settings saved in the workbook fill in what is not given; the run checks them together.
  const problems = workbookOut === null ? analysisProblems(analysis) : [];
  if (problems.length > 0) throw new UsageError(problems.map((problem) => usageMessage(problem, analysis)).join("\nkam: "));
  const extension = file.toLowerCase().slice(file.lastIndexOf("."));
  if (extension !== ".csv" && extension !== ".xlsx") throw new UsageError(`the input must be a .csv or .xlsx file, not '${file}'`);
  if (sheet !== null && extension !== ".xlsx") throw new UsageError("--sheet applies to .xlsx files only");
  if (dossiers.length > 0 && workbookOut === null) throw new UsageError("--dossier needs --out (dossiers are sheets of the workbook)");
  if (byManager && workbookOut === null) throw new UsageError("--by-manager needs --out (the managers' workbooks are made from it)");
  return { kind: "classify", file, sheet, analysis, given, read, jsonOut, workbookOut, dossiers, byManager, maxMemory };
}

/** Parses `dossiers WORKBOOK.xlsx --by-manager [--sheet NAME]`. */
function parseDossiers(rest: readonly string[]): DossiersCommand {
  let file: string | null = null;
  let sheet: string | null = null;
  let byManager = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === "--by-manager") byManager = true;
    else if (arg === "--sheet") {
      const next = rest[++i];
      if (next === undefined || next.startsWith("--")) throw new UsageError("--sheet needs a value");
      sheet = next;
    } else if (arg.startsWith("--")) throw new UsageError(`unknown option '${arg}' for kam dossiers`);
    else if (file !== null) throw new UsageError(`only one workbook, but got '${file}' and '${arg}'`);
    else file = arg;
  }
  if (file === null) throw new UsageError("no workbook given");
  if (!file.toLowerCase().endsWith(".xlsx")) throw new UsageError(`kam dossiers reads a workbook (.xlsx) with dossiers, not '${file}'`);
  // The one thing it does for now; named, so that more can follow without changing its meaning.
  if (!byManager) throw new UsageError("kam dossiers needs --by-manager (one workbook per manager)");
  return { kind: "dossiers", file, sheet };
}
