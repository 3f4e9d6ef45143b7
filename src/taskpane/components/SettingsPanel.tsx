/**
 * The analysis settings (collapsed by default). Edits apply to the next run at once; "Save in the
 * workbook" stores them team-wide through the actions module.
 */
import { useState, type ReactElement } from "react";
import { Button, Checkbox, Field, Input, Radio, RadioGroup, Select, makeStyles, tokens } from "@fluentui/react-components";
import { analysisProblems, type SettingsField, type SettingsProblem } from "../../engine/settings";
import type { AbcRule, AnalysisSettings, PeriodKind, XyzMode } from "../../engine/types";
import type { UiKey } from "../../i18n/ui";
import { useLocale, type Locale } from "../locale";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  pair: { display: "grid", gridTemplateColumns: "repeat(2, minmax(0, 1fr))", gap: tokens.spacingHorizontalS, "& .fui-Input": { minWidth: 0 } },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export interface SettingsValue {
  analysis: AnalysisSettings;
  skipBadRows: boolean;
}

interface SettingsPanelProps {
  value: SettingsValue;
  onChange: (value: SettingsValue) => void;
  onSave: () => void;
  onRestoreDefaults: () => void;
  saving: boolean;
  savedMessage: string | null;
}

export function SettingsPanel({ value, onChange, onSave, onRestoreDefaults, saving, savedMessage }: SettingsPanelProps): ReactElement {
  const styles = useStyles();
  const locale = useLocale();
  const { t } = locale;
  const { analysis } = value;
  const problems = analysisProblems(analysis);
  const message = settingsMessages(problems, locale);
  const set = (patch: Partial<AnalysisSettings>): void => onChange({ ...value, analysis: { ...analysis, ...patch } });
  return (
    <div className={styles.form}>
      <span className={styles.hint}>{t("settingsHint")}</span>
      <Field label={t("measure")}>
        <RadioGroup layout="horizontal" value={analysis.measure} onChange={(_, data) => set({ measure: data.value === "profit" ? "profit" : "revenue" })}>
          <Radio value="revenue" label={t("measureRevenue")} />
          <Radio value="profit" label={t("measureProfit")} />
        </RadioGroup>
      </Field>
      <Field label={t("abcRule")}>
        <Select value={analysis.abcRule} onChange={(_, data) => set({ abcRule: data.value as AbcRule })}>
          <option value="crossing">{t("abcRuleCrossing")}</option>
          <option value="classic">{t("abcRuleClassic")}</option>
        </Select>
      </Field>
      <div className={styles.pair}>
        <PercentField label="thresholdA" fraction={analysis.a} problem={message.a} onChange={(a) => set({ a })} />
        <PercentField label="thresholdB" fraction={analysis.b} problem={message.b} onChange={(b) => set({ b })} />
      </div>
      <Field label={t("xyzMode")}>
        <Select value={analysis.xyz} onChange={(_, data) => set({ xyz: data.value as XyzMode })}>
          <option value="cv">{t("xyzCv")}</option>
          <option value="frequency">{t("xyzFrequency")}</option>
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
        <Select value={analysis.period} onChange={(_, data) => set({ period: data.value as PeriodKind })}>
          <option value="month">{t("periodMonth")}</option>
          <option value="quarter">{t("periodQuarter")}</option>
          <option value="week">{t("periodWeek")}</option>
        </Select>
      </Field>
      <Field label={t("asOf")} hint={t("asOfHint")} validationMessage={message.asOf}>
        <Input type="date" value={analysis.asOf ?? ""} onChange={(_, data) => set({ asOf: data.value === "" ? null : data.value })} />
      </Field>
      <NumberField label="lostAfter" value={analysis.lostAfterDays} problem={message.lostAfterDays} onChange={(lostAfterDays) => set({ lostAfterDays })} />
      <Checkbox checked={value.skipBadRows} label={t("skipBadRows")} onChange={(_, data) => onChange({ ...value, skipBadRows: data.checked === true })} />
      <div className={styles.buttons}>
        <Button appearance="secondary" onClick={onSave} disabled={saving || problems.length > 0}>
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
  a: "thresholdA",
  b: "thresholdB",
  x: "thresholdX",
  y: "thresholdY",
  coverageX: "coverageX",
  coverageY: "coverageY",
  asOf: "asOf",
  lostAfterDays: "lostAfter",
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
        messages[problem.field] = t("settingWholeDays");
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
