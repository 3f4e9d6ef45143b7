/**
 * The one validator of analysis settings, for every way they arrive: the pane's fields, the
 * command line's options and the JSON saved in the workbook. A setting that makes the analysis
 * meaningless (an empty B class, X above Y, "lost after 0 days", a window that ends before it
 * starts) is a problem the caller must show; nothing is silently corrected.
 */
import { serialFromIso } from "./calendar";
import { ABC_RULES, DEFAULT_ANALYSIS_SETTINGS, MEASURES, PERIOD_KINDS, XYZ_MODES, type AnalysisSettings } from "./types";

export type SettingsField = keyof AnalysisSettings;

/** Why a setting is refused; `limit` names the field or number it is compared with. */
export type SettingsProblemCode =
  | "not-a-choice"
  | "not-a-fraction"
  | "not-positive"
  | "not-whole"
  | "not-a-date"
  | "must-be-below"
  | "after-as-of";

export interface SettingsProblem {
  field: SettingsField;
  code: SettingsProblemCode;
  /** The other field of an ordering rule (a must be below b: field a, other b). */
  other?: SettingsField;
  /** English, for the command line and logs; the pane translates from code, field and other. */
  message: string;
}

const CHOICES: Partial<Record<SettingsField, readonly string[]>> = { measure: MEASURES, abcRule: ABC_RULES, xyz: XYZ_MODES, period: PERIOD_KINDS };
/** Shares of the total or of the periods: strictly between 0 and 1 (0 or 1 would leave a class empty by construction). */
const FRACTIONS: readonly SettingsField[] = ["a", "b", "coverageX", "coverageY", "keyShare", "criticalShare", "monoShare"];
/** Coefficient-of-variation limits: any positive number (a CV can exceed 1). */
const POSITIVE: readonly SettingsField[] = ["x", "y"];
/** Pairs that must be strictly increasing: [lower, higher]. */
const ORDER: readonly [SettingsField, SettingsField][] = [
  ["a", "b"],
  ["x", "y"],
  ["coverageY", "coverageX"],
  ["keyShare", "criticalShare"],
  ["criticalShare", "monoShare"],
];

/**
 * Problems of a complete settings object (empty when it can be run).
 * @example analysisProblems({ ...DEFAULT_ANALYSIS_SETTINGS, a: 0.95, b: 0.8 }) // [{ field: "a", code: "must-be-below", other: "b", ... }]
 */
export function analysisProblems(settings: AnalysisSettings): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  const bad = new Set<SettingsField>();
  const add = (problem: SettingsProblem): void => {
    problems.push(problem);
    bad.add(problem.field);
  };
  for (const [field, choices] of Object.entries(CHOICES) as [SettingsField, readonly string[]][]) {
    const value = settings[field];
    if (typeof value !== "string" || !choices.includes(value)) add({ field, code: "not-a-choice", message: `${field} must be ${choices.join(" or ")}, not '${String(value)}'` });
  }
  for (const field of FRACTIONS) {
    const value = settings[field];
    if (typeof value !== "number" || !(value > 0 && value < 1)) add({ field, code: "not-a-fraction", message: `${field} must be a number above 0 and below 1, not '${String(value)}'` });
  }
  for (const field of POSITIVE) {
    const value = settings[field];
    if (typeof value !== "number" || !(value > 0) || !Number.isFinite(value)) add({ field, code: "not-positive", message: `${field} must be a number above 0, not '${String(value)}'` });
  }
  for (const field of ["lostAfterDays", "maxKeyClientsPerManager"] as const) {
    const value = settings[field];
    const least = field === "lostAfterDays" ? 1 : 0;
    if (!Number.isInteger(value) || value < least) add({ field, code: "not-whole", message: `${field} must be a whole number of at least ${least}, not '${String(value)}'` });
  }
  for (const field of ["from", "asOf"] as const) {
    const value = settings[field];
    if (value !== null && (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(serialFromIso(value)))) {
      add({ field, code: "not-a-date", message: `${field} must be a date YYYY-MM-DD, not '${String(value)}'` });
    }
  }
  for (const [low, high] of ORDER) {
    if (bad.has(low) || bad.has(high)) continue;
    const [lower, higher] = [settings[low], settings[high]];
    if (typeof lower === "number" && typeof higher === "number" && !(lower < higher)) add({ field: low, code: "must-be-below", other: high, message: `${low} (${lower}) must be below ${high} (${higher})` });
  }
  if (!bad.has("from") && !bad.has("asOf") && settings.from !== null && settings.asOf !== null && settings.from > settings.asOf) {
    add({ field: "from", code: "after-as-of", other: "asOf", message: `from (${settings.from}) is after asOf (${settings.asOf})` });
  }
  return problems;
}

/**
 * Settings from untrusted JSON (the workbook's saved settings): known fields of the right type
 * (a known choice for measure, rule, mode and period) are taken, others and missing ones take
 * their defaults; the result is checked as a whole. A number out of range is kept with its
 * problem, so a run refuses it by name rather than silently running with another value; `replaced`
 * lists the values that took their defaults.
 * @example validateSettings({ a: 0.7 }).settings.a // 0.7
 */
export function validateSettings(raw: unknown): { settings: AnalysisSettings; problems: SettingsProblem[]; replaced: SettingsProblem[] } {
  const stored = typeof raw === "object" && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const settings: AnalysisSettings = { ...DEFAULT_ANALYSIS_SETTINGS };
  const typeProblems: SettingsProblem[] = [];
  for (const field of Object.keys(DEFAULT_ANALYSIS_SETTINGS) as SettingsField[]) {
    const value = stored[field];
    if (value === undefined) continue;
    const example = DEFAULT_ANALYSIS_SETTINGS[field];
    const dateField = field === "from" || field === "asOf";
    const choices = CHOICES[field];
    const fits = choices ? choices.includes(value as string) : dateField ? value === null || typeof value === "string" : typeof value === typeof example;
    if (fits) (settings as unknown as Record<string, unknown>)[field] = value;
    else typeProblems.push({ field, code: choices ? "not-a-choice" : dateField ? "not-a-date" : "not-positive", message: `${field} has the wrong kind of value: ${JSON.stringify(value)}` });
  }
  const problems = analysisProblems(settings);
  const reported = new Set(problems.map((problem) => problem.field));
  // Values of the wrong kind took their defaults; a field whose kept value is refused is reported as that.
  const replaced = typeProblems.filter((problem) => !reported.has(problem.field));
  return { settings, problems: [...replaced, ...problems], replaced };
}
