/**
 * The analysis settings (collapsed by default). Edits apply to the next run at once; "Save in the
 * workbook" stores them team-wide through the actions module.
 */
import { useState, type ReactElement } from "react";
import { Button, Checkbox, Field, Input, Radio, RadioGroup, Select, makeStyles, tokens } from "@fluentui/react-components";
import { analysisProblems, type SettingsField, type SettingsProblem } from "../../engine/settings";
import { ABC_RULES, MEASURES, PERIOD_KINDS, XYZ_MODES, type AbcRule, type AnalysisSettings, type Measure, type PeriodKind, type XyzMode } from "../../engine/types";
import type { UiKey } from "../../i18n/ui";
import type { DossierRules } from "../actions";
import { useLocale, type Locale } from "../locale";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  pair: { display: "grid", gridTemplateColumns: "repeat(2, minmax(0, 1fr))", gap: tokens.spacingHorizontalS, "& .fui-Input": { minWidth: 0 } },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  warning: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
});

export interface SettingsValue {
  analysis: AnalysisSettings;
  skipBadRows: boolean;
  dossierRules: DossierRules;
}

interface SettingsPanelProps {
  /** Saved settings that could not be used and show their defaults (until the next save). */
  replaced: readonly SettingsField[];
  value: SettingsValue;
  onChange: (value: SettingsValue) => void;
  onSave: () => void;
  onRestoreDefaults: () => void;
  saving: boolean;
  savedMessage: string | null;
}

/** Option labels of the choices, one per value of the engine's lists (MEASURES, ABC_RULES...). */
const MEASURE_LABELS: Readonly<Record<Measure, UiKey>> = { revenue: "measureRevenue", profit: "measureProfit" };
const ABC_RULE_LABELS: Readonly<Record<AbcRule, UiKey>> = { crossing: "abcRuleCrossing", classic: "abcRuleClassic" };
const XYZ_MODE_LABELS: Readonly<Record<XyzMode, UiKey>> = { cv: "xyzCv", frequency: "xyzFrequency" };
const PERIOD_LABELS: Readonly<Record<PeriodKind, UiKey>> = { month: "periodMonth", quarter: "periodQuarter", week: "periodWeek" };

/** Days a decision-group member may go without contact before KAM Health names them: a whole number, 1 or more. */
const validQuietDays = (days: number): boolean => Number.isInteger(days) && days >= 1;

/** The list's value equal to `text` (what a radio or select reported), else `fallback`. */
function choice<T extends string>(list: readonly T[], text: string, fallback: T): T {
  return list.find((item) => item === text) ?? fallback;
}

export function SettingsPanel({ replaced, value, onChange, onSave, onRestoreDefaults, saving, savedMessage }: SettingsPanelProps): ReactElement {
  const styles = useStyles();
  const locale = useLocale();
  const { t } = locale;
  const { analysis } = value;
  const problems = analysisProblems(analysis);
  const message = settingsMessages(problems, locale);
  const shownFields = new Set<SettingsField>([
    ...(analysis.xyz === "cv" ? (["x", "y"] as const) : (["coverageX", "coverageY"] as const)),
    "a",
    "b",
    "asOf",
    "lostAfterDays",
    "measure",
    "abcRule",
    "xyz",
    "period",
    "keyShare",
    "criticalShare",
    "monoShare",
    "maxKeyClientsPerManager",
  ]);
  // A refused setting this panel has no field for (saved from the command line, or the other XYZ method's limits): named here.
  const unshown = problems.filter((problem) => !shownFields.has(problem.field));
  const fieldName = (field: SettingsField): string => (FIELD_LABELS[field] ? t(FIELD_LABELS[field]) : field);
  const set = (patch: Partial<AnalysisSettings>): void => onChange({ ...value, analysis: { ...analysis, ...patch } });
  return (
    <div className={styles.form}>
      <span className={styles.hint}>{t("settingsHint")}</span>
      {replaced.length > 0 && (
        <span role="status" className={styles.warning}>
          {t("settingsReplaced", { fields: replaced.map(fieldName).join(", ") })}
        </span>
      )}
      {unshown.map((problem) => (
        <span key={problem.field} role="alert" className={styles.warning}>
          {t("settingNoField", { field: fieldName(problem.field), message: problem.message })}
        </span>
      ))}
      <Field label={t("measure")}>
        <RadioGroup layout="horizontal" value={analysis.measure} onChange={(_, data) => set({ measure: choice(MEASURES, data.value, analysis.measure) })}>
          {MEASURES.map((measure) => (
            <Radio key={measure} value={measure} label={t(MEASURE_LABELS[measure])} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={t("abcRule")}>
        <Select value={analysis.abcRule} onChange={(_, data) => set({ abcRule: choice(ABC_RULES, data.value, analysis.abcRule) })}>
          {ABC_RULES.map((rule) => (
            <option key={rule} value={rule}>
              {t(ABC_RULE_LABELS[rule])}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.pair}>
        <PercentField label="thresholdA" fraction={analysis.a} problem={message.a} onChange={(a) => set({ a })} />
        <PercentField label="thresholdB" fraction={analysis.b} problem={message.b} onChange={(b) => set({ b })} />
      </div>
      <Field label={t("xyzMode")}>
        <Select value={analysis.xyz} onChange={(_, data) => set({ xyz: choice(XYZ_MODES, data.value, analysis.xyz) })}>
          {XYZ_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(XYZ_MODE_LABELS[mode])}
            </option>
          ))}
        </Select>
      </Field>
      {analysis.xyz === "cv" ? (
        <div className={styles.pair}>
          <PercentField label="thresholdX" fraction={analysis.x} problem={message.x} onChange={(x) => set({ x })} />
          <PercentField label="thresholdY" fraction={analysis.y} problem={message.y} onChange={(y) => set({ y })} />
        </div>
      ) : (
        <div className={styles.pair}>
          <PercentField label="coverageX" fraction={analysis.coverageX} problem={message.coverageX} onChange={(coverageX) => set({ coverageX })} />
          <PercentField label="coverageY" fraction={analysis.coverageY} problem={message.coverageY} onChange={(coverageY) => set({ coverageY })} />
        </div>
      )}
      <Field label={t("period")}>
        <Select value={analysis.period} onChange={(_, data) => set({ period: choice(PERIOD_KINDS, data.value, analysis.period) })}>
          {PERIOD_KINDS.map((period) => (
            <option key={period} value={period}>
              {t(PERIOD_LABELS[period])}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("asOf")} hint={t("asOfHint")} validationMessage={message.asOf}>
        {/* A text box, not the browser's date input: that one shows the browser's language (mm/dd/yyyy in a Russian pane), this one the one form every language reads. */}
        <Input placeholder="YYYY-MM-DD" inputMode="numeric" value={analysis.asOf ?? ""} onChange={(_, data) => set({ asOf: data.value.trim() === "" ? null : data.value.trim() })} />
      </Field>
      <NumberField label="lostAfter" value={analysis.lostAfterDays} problem={message.lostAfterDays} onChange={(lostAfterDays) => set({ lostAfterDays })} />
      {/* The dependency levels the articles give (10% key, 20% critical, 50% mono) are the team's to set. */}
      <div className={styles.pair}>
        <PercentField label="keyShare" fraction={analysis.keyShare} problem={message.keyShare} onChange={(keyShare) => set({ keyShare })} />
        <PercentField label="criticalShare" fraction={analysis.criticalShare} problem={message.criticalShare} onChange={(criticalShare) => set({ criticalShare })} />
      </div>
      <div className={styles.pair}>
        <PercentField label="monoShare" fraction={analysis.monoShare} problem={message.monoShare} onChange={(monoShare) => set({ monoShare })} />
        <NumberField label="maxKeyClients" value={analysis.maxKeyClientsPerManager} problem={message.maxKeyClientsPerManager} onChange={(maxKeyClientsPerManager) => set({ maxKeyClientsPerManager })} />
      </div>
      <Checkbox checked={value.skipBadRows} label={t("skipBadRows")} onChange={(_, data) => onChange({ ...value, skipBadRows: data.checked === true })} />
      <Checkbox checked={value.dossierRules.neutralResets} label={t("neutralResets")} onChange={(_, data) => onChange({ ...value, dossierRules: { ...value.dossierRules, neutralResets: data.checked === true } })} />
      <NumberField
        label="quietDays"
        value={value.dossierRules.quietDays}
        problem={validQuietDays(value.dossierRules.quietDays) ? undefined : t("quietDaysProblem")}
        onChange={(quietDays) => onChange({ ...value, dossierRules: { ...value.dossierRules, quietDays } })}
      />
      <div className={styles.buttons}>
        <Button appearance="secondary" onClick={onSave} disabled={saving || problems.length > 0 || !validQuietDays(value.dossierRules.quietDays)}>
          {t("saveSettings")}
        </Button>
        <Button appearance="subtle" onClick={onRestoreDefaults} disabled={saving}>
          {t("restoreDefaults")}
        </Button>
      </div>
      {savedMessage && (
        <span role="status" className={styles.hint}>
          {savedMessage}
        </span>
      )}
    </div>
  );
}

interface NumberFieldProps {
  label: UiKey;
  value: number;
  /** What the shared validator says of this setting (analysisProblems), translated. */
  problem: string | undefined;
  onChange: (value: number) => void;
}

/**
 * A number box that keeps what the person typed and passes every number on, valid or not: the
 * settings validator decides, and its message shows at the field (Classify waits until it is fixed).
 */
function NumberField({ label, value, problem, onChange }: NumberFieldProps): ReactElement {
  const { t } = useLocale();
  const [text, setText] = useState(String(value));
  const [shown, setShown] = useState(value);
  if (shown !== value && !Number.isNaN(value)) {
    // The value changed from outside (restore defaults, settings loaded): show it.
    setShown(value);
    setText(String(value));
  }
  const parsed = text.trim() === "" ? Number.NaN : Number(text.replace(",", "."));
  return (
    <Field label={t(label)} validationMessage={Number.isNaN(parsed) ? t("settingNotANumber") : problem}>
      <Input
        inputMode="decimal"
        value={text}
        onChange={(_, data) => {
          setText(data.value);
          const next = data.value.trim() === "" ? Number.NaN : Number(data.value.replace(",", "."));
          setShown(next);
          onChange(next);
        }}
      />
    </Field>
  );
}

/** A threshold stored as a fraction (0.8) and edited as a percentage (80). */
function PercentField({ label, fraction, problem, onChange }: { label: UiKey; fraction: number; problem: string | undefined; onChange: (fraction: number) => void }): ReactElement {
  const percent = Math.round(fraction * 10000) / 100;
  return <NumberField label={label} value={percent} problem={problem} onChange={(value) => onChange(value / 100)} />;
}

/** The pane's label of each setting it shows, to name the other side of an ordering rule. */
const FIELD_LABELS: Partial<Record<SettingsField, UiKey>> = {
  measure: "measure",
  abcRule: "abcRule",
  xyz: "xyzMode",
  period: "period",
  a: "thresholdA",
  b: "thresholdB",
  x: "thresholdX",
  y: "thresholdY",
  coverageX: "coverageX",
  coverageY: "coverageY",
  asOf: "asOf",
  lostAfterDays: "lostAfter",
  keyShare: "keyShare",
  criticalShare: "criticalShare",
  monoShare: "monoShare",
  maxKeyClientsPerManager: "maxKeyClients",
};

/** The first problem of each setting, in the pane's language. */
export function settingsMessages(problems: readonly SettingsProblem[], { t }: Locale): Partial<Record<SettingsField, string>> {
  const messages: Partial<Record<SettingsField, string>> = {};
  for (const problem of problems) {
    if (messages[problem.field] !== undefined) continue;
    const otherLabel = problem.other && FIELD_LABELS[problem.other];
    switch (problem.code) {
      case "must-be-below":
        messages[problem.field] = t("settingMustBeBelow", { other: otherLabel ? t(otherLabel) : String(problem.other) });
        break;
      case "not-a-fraction":
        messages[problem.field] = t("settingPercent");
        break;
      case "not-whole":
        messages[problem.field] = t(problem.field === "lostAfterDays" ? "settingWholeDays" : "settingWhole");
        break;
      case "not-positive":
        messages[problem.field] = t("settingPositive");
        break;
      default:
        messages[problem.field] = t("settingInvalid");
    }
  }
  return messages;
}
