/**
 * Where the sales are read from (automatic, the selection, or a table), what was found there, and
 * the recognised column for each role with a drop-down to correct it.
 */
import type { ReactElement } from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Field, Radio, RadioGroup, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { ColumnRole, ReadSettings } from "../../engine/types";
import type { UiKey } from "../../i18n/ui";
import { columnLetters, parseAddress } from "../../a1";
import type { SourceChoice } from "../../excel/source";
import type { SourceInfo } from "../actions";
import { useLocale } from "../locale";

const ROLE_LABELS: Readonly<Record<ColumnRole, UiKey>> = {
  client: "roleClient",
  date: "roleDate",
  amount: "roleAmount",
  profit: "roleProfit",
  manager: "roleManager",
  group: "roleGroup",
  order: "roleOrder",
  currency: "roleCurrency",
  keyType: "roleKeyType",
};

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  grow: { flexGrow: 1, minWidth: "140px" },
  found: { color: tokens.colorNeutralForeground2 },
  mapping: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(150px, 1fr))", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  columns: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // Options that do not fit a narrow pane (Russian's are long) go on the next line instead of out of view.
  options: { flexWrap: "wrap" },
});

interface SourcePanelProps {
  choice: SourceChoice;
  tables: readonly string[];
  view: SourceInfo | null;
  mapping: ReadSettings["mapping"];
  busy: boolean;
  onChoice: (choice: SourceChoice) => void;
  onCheck: () => void;
  onMapping: (mapping: ReadSettings["mapping"]) => void;
}

export function SourcePanel({ choice, tables, view, mapping, busy, onChoice, onCheck, onMapping }: SourcePanelProps): ReactElement {
  const styles = useStyles();
  const { t, number } = useLocale();
  const tableName = choice.kind === "table" ? choice.name : "";
  return (
    <section className={styles.section} aria-labelledby="kam-source-title">
      <Subtitle2 as="h2" id="kam-source-title">
        {t("source")}
      </Subtitle2>
      <RadioGroup
        aria-labelledby="kam-source-title"
        layout="horizontal"
        className={styles.options}
        value={choice.kind}
        onChange={(_, data) => {
          if (data.value === "table") onChoice({ kind: "table", name: tables[0] ?? "" });
          else if (data.value === "selection") onChoice({ kind: "selection" });
          else if (data.value === "auto") onChoice({ kind: "auto" });
        }}
      >
        <Radio value="auto" label={t("sourceAuto")} />
        <Radio value="selection" label={t("sourceSelection")} />
        <Radio value="table" label={t("sourceTable")} disabled={tables.length === 0} />
        {choice.kind === "range" && <Radio value="range" label={t("sourceRange", { address: choice.address })} />}
      </RadioGroup>
      <div className={styles.row}>
        {choice.kind === "table" && (
          <Field label={t("sourceTable")} className={styles.grow}>
            <Select value={tableName} onChange={(_, data) => onChoice({ kind: "table", name: data.value })}>
              {tableName === "" && <option value="">{t("tablePlaceholder")}</option>}
              {tables.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <Button appearance="secondary" onClick={onCheck} disabled={busy}>
          {t("checkSource")}
        </Button>
      </div>
      {tables.length === 0 && <span className={styles.hint}>{t("noTables")}</span>}
      {view && (
        <>
          <span className={styles.found} role="status">
            {view.detected === null
              ? t("detectedNothing", { address: view.address })
              : view.detected.layout === "wide"
                ? t("detectedWide", { address: view.address, rows: number(view.rowCount), periods: number(view.detected.periodColumns?.length ?? 0) })
                : t("detectedTransactions", { address: view.address, rows: number(view.rowCount) })}
          </span>
          <ColumnMapping view={view} mapping={mapping} onMapping={onMapping} />
        </>
      )}
    </section>
  );
}

function ColumnMapping({ view, mapping, onMapping }: { view: SourceInfo; mapping: ReadSettings["mapping"]; onMapping: (mapping: ReadSettings["mapping"]) => void }): ReactElement {
  const styles = useStyles();
  const { t } = useLocale();
  const overridden = Object.keys(mapping).length > 0;
  const firstColumn = parseAddress(view.address)?.rect.column ?? 0;
  const suggestion = view.detected === null ? (Object.entries(view.suggested ?? {}) as [ColumnRole, string][]) : [];
  return (
    <Accordion collapsible defaultOpenItems={view.detected === null ? ["columns"] : []}>
      <AccordionItem value="columns">
        <AccordionHeader as="h3">{t("columns")}</AccordionHeader>
        <AccordionPanel className={styles.columns}>
          <span className={styles.hint}>{t("columnsHint")}</span>
          {suggestion.length > 0 && !overridden && (
            // Never chosen for the person: the add-in asks, and Classify runs on what they confirm.
            <div className={styles.columns}>
              <span>{t("columnsSuggested", { list: suggestion.map(([role, header]) => `${t(ROLE_LABELS[role])} = ${header}`).join(", ") })}</span>
              <div>
                <Button appearance="secondary" onClick={() => onMapping(Object.fromEntries(suggestion))}>
                  {t("useSuggestedColumns")}
                </Button>
              </div>
            </div>
          )}
          <div className={styles.mapping}>
            {(Object.keys(ROLE_LABELS) as ColumnRole[]).map((role) => {
              const chosen = columnOf(mapping[role], view.headers) ?? view.detected?.columns[role];
              return (
                <Field key={role} label={t(ROLE_LABELS[role])}>
                  <Select
                    value={chosen === undefined ? "" : String(chosen)}
                    onChange={(_, data) => {
                      if (data.value !== "") onMapping({ ...mapping, [role]: mappingTarget(Number(data.value), view.headers) });
                    }}
                  >
                    {chosen === undefined && <option value="">{t("columnNotUsed")}</option>}
                    {view.headers.map((header, column) => (
                      <option key={column} value={column}>
                        {`${columnLetters(firstColumn + column)}: ${header}`}
                      </option>
                    ))}
                  </Select>
                </Field>
              );
            })}
          </div>
          {overridden && (
            <div>
              <Button appearance="subtle" onClick={() => onMapping({})}>
                {t("resetColumns")}
              </Button>
            </div>
          )}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

/** The header text when it names one column only (it survives moved columns), else the index. */
function mappingTarget(column: number, headers: readonly string[]): number | string {
  const header = headers[column];
  return header !== "" && headers.indexOf(header) === headers.lastIndexOf(header) ? header : column;
}

/** A mapping target (column index or header text) as a column index of the block. */
function columnOf(target: number | string | undefined, headers: readonly string[]): number | undefined {
  if (target === undefined) return undefined;
  if (typeof target === "number") return target < headers.length ? target : undefined;
  const index = headers.indexOf(target);
  return index >= 0 ? index : undefined;
}
