/**
 * The analysis settings (collapsed by default). Edits apply to the next run at once; "Save in the
 * workbook" stores them team-wide through the actions module.
 */
import { useState, type ReactElement } from "react";
import { Button, Checkbox, Field, Input, Radio, RadioGroup, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { AbcRule, AnalysisSettings, PeriodKind, XyzMode } from "../../engine/types";
import type { UiKey } from "../../i18n/ui";
import { useLocale } from "../locale";

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
  const { t } = useLocale();
  const { analysis } = value;
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
        <PercentField label="thresholdA" fraction={analysis.a} onChange={(a) => set({ a })} />
        <PercentField label="thresholdB" fraction={analysis.b} onChange={(b) => set({ b })} />
      </div>
      <Field label={t("xyzMode")}>
        <Select value={analysis.xyz} onChange={(_, data) => set({ xyz: data.value as XyzMode })}>
          <option value="cv">{t("xyzCv")}</option>
          <option value="frequency">{t("xyzFrequency")}</option>
        </Select>
      </Field>
      {analysis.xyz === "cv" ? (
        <div className={styles.pair}>
          <PercentField label="thresholdX" fraction={analysis.x} onChange={(x) => set({ x })} />
          <PercentField label="thresholdY" fraction={analysis.y} onChange={(y) => set({ y })} />
        </div>
      ) : (
        <div className={styles.pair}>
          <PercentField label="coverageX" fraction={analysis.coverageX} onChange={(coverageX) => set({ coverageX })} />
          <PercentField label="coverageY" fraction={analysis.coverageY} onChange={(coverageY) => set({ coverageY })} />
        </div>
      )}
      <Field label={t("period")}>
        <Select value={analysis.period} onChange={(_, data) => set({ period: data.value as PeriodKind })}>
          <option value="month">{t("periodMonth")}</option>
          <option value="quarter">{t("periodQuarter")}</option>
          <option value="week">{t("periodWeek")}</option>
        </Select>
      </Field>
      <Field label={t("asOf")} hint={t("asOfHint")}>
        <Input type="date" value={analysis.asOf ?? ""} onChange={(_, data) => set({ asOf: data.value === "" ? null : data.value })} />
      </Field>
      <NumberField label="lostAfter" value={analysis.lostAfterDays} min={1} max={3650} onChange={(lostAfterDays) => set({ lostAfterDays })} />
      <Checkbox checked={value.skipBadRows} label={t("skipBadRows")} onChange={(_, data) => onChange({ ...value, skipBadRows: data.checked === true })} />
      <div className={styles.buttons}>
        <Button appearance="secondary" onClick={onSave} disabled={saving}>
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
  min: number;
  max: number;
  onChange: (value: number) => void;
}

/** A number box that keeps what the person typed and reports only values within [min, max]. */
function NumberField({ label, value, min, max, onChange }: NumberFieldProps): ReactElement {
  const { t, number } = useLocale();
  const [text, setText] = useState(String(value));
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    // The value changed from outside (restore defaults, settings loaded): show it.
    setShown(value);
    setText(String(value));
  }
  const parsed = Number(text.replace(",", "."));
  const valid = text.trim() !== "" && Number.isFinite(parsed) && parsed >= min && parsed <= max;
  return (
    <Field label={t(label)} validationMessage={valid ? undefined : t("invalidNumber", { min: number(min), max: number(max) })}>
      <Input
        inputMode="decimal"
        value={text}
        onChange={(_, data) => {
          setText(data.value);
          const next = Number(data.value.replace(",", "."));
          if (data.value.trim() !== "" && Number.isFinite(next) && next >= min && next <= max) {
            setShown(next);
            onChange(next);
          }
        }}
      />
    </Field>
  );
}

/** A threshold stored as a fraction (0.8) and edited as a percentage (80). */
function PercentField({ label, fraction, onChange }: { label: UiKey; fraction: number; onChange: (fraction: number) => void }): ReactElement {
  const percent = Math.round(fraction * 10000) / 100;
  return <NumberField label={label} value={percent} min={0} max={100} onChange={(value) => onChange(value / 100)} />;
}
