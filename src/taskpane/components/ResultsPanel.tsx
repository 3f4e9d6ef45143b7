/**
 * What a run found: the ABC-XYZ counts as a 3x3 grid coloured by share of the total, key clients
 * with dependency badges, warnings, client status counts and links to the sheets written. Colours
 * are the sheets' own (src/palette.ts), each explained by the sheets' legend text as a tooltip.
 */
import type { ReactElement } from "react";
import { Badge, Button, Link, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { AbcClass, AnalysisSettings, ClassifyResult, ClientStatus, Dependency, RowProblem, XyzClass } from "../../engine/types";
import type { UiKey } from "../../i18n/ui";
import { translate } from "../../i18n/core";
import { LEGEND_TEXTS, STRATEGY_TEXTS, type MatrixCell } from "../../i18n/sheets";
import { heatColour, PALETTE } from "../../palette";
import type { CellsMoved } from "../actions";
import { useLocale, type Locale } from "../locale";
import { ProblemList } from "./ErrorPanel";

const ABC: readonly AbcClass[] = ["A", "B", "C"];
const XYZ: readonly XyzClass[] = ["X", "Y", "Z"];
const STATUS_LABELS: Readonly<Record<ClientStatus, UiKey>> = { active: "statusActive", "at-risk": "statusAtRisk", lost: "statusLost" };
const DEPENDENCY_LABELS: Readonly<Record<Exclude<Dependency, "none">, UiKey>> = { mono: "dependencyMono", critical: "dependencyCritical", key: "dependencyKey" };
/** The legend entry (src/i18n/sheets.ts LEGEND_TEXTS) explaining each coloured status. */
const STATUS_LEGEND = { "at-risk": "atRisk", lost: "lost" } as const;
/** Engine warnings the pane words from the result's data instead (possible duplicates, aliases, mostly Z). */
const STRUCTURED_WARNINGS: ReadonlySet<string> = new Set(["possible-duplicates", "aliases-applied", "mostly-z"]);

const ENGINE_WARNINGS: Readonly<Record<string, UiKey>> = {
  "no-dates": "warningNoDates",
  "few-periods": "warningFewPeriods",
  "no-rows": "warningNoRows",
  "no-positive-measure": "warningNoPositive",
};

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, "& h3": { marginTop: tokens.spacingVerticalS } },
  matrix: { borderCollapse: "separate", borderSpacing: "3px", alignSelf: "flex-start" },
  caption: { textAlign: "start", whiteSpace: "nowrap", fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  axis: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2, padding: "0 6px", textAlign: "center" },
  cell: {
    minWidth: "52px",
    height: "36px",
    textAlign: "center",
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase400,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
  },
  // The fill is the share of the total in the cell (PALETTE.heat), as on KAM Matrix.
  cellLabel: { display: "block", fontSize: tokens.fontSizeBase100, fontWeight: tokens.fontWeightRegular },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  client: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  clientName: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
  statuses: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  status: { display: "flex", flexDirection: "column", alignItems: "center", minWidth: "64px" },
  statusCount: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, minWidth: "40px", textAlign: "center", borderRadius: tokens.borderRadiusMedium },
  sheets: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
});

/** The thresholds the legend texts quote, as the pane writes percentages. */
function legendParams(settings: ResultsPanelProps["settings"], percent: (fraction: number) => string): Record<string, string> {
  return { a: percent(settings.a), b: percent(settings.b), key: percent(settings.keyShare), critical: percent(settings.criticalShare), mono: percent(settings.monoShare) };
}

interface ResultsPanelProps {
  result: ClassifyResult;
  /** The settings of the run, for the thresholds the texts name. */
  settings: Pick<AnalysisSettings, "a" | "b" | "keyShare" | "criticalShare" | "monoShare" | "maxKeyClientsPerManager">;
  sheets: readonly string[];
  /** People's cells the run moved down to make room for the results. */
  moved: readonly CellsMoved[];
  /** Clients not in the data whose typed input the run kept on `keptSheet`. */
  keptAway: { clients: number; sheet: string } | null;
  onOpenSheet: (sheet: string) => void;
  /** Selects a skipped row's cell; null when the rows cannot be located. */
  onGoTo: ((problem: RowProblem) => void) | null;
  /** Runs again with the XYZ setting a "nearly all Z" warning offers (quarters, or purchase frequency). */
  onSwitchXyz: (setting: XyzAlternativeSetting) => void;
}

type XyzAlternativeSetting = ClassifyResult["xyzAlternatives"][number]["setting"];

export function ResultsPanel({ result, settings, sheets, moved, keptAway, onOpenSheet, onGoTo, onSwitchXyz }: ResultsPanelProps): ReactElement {
  const styles = useStyles();
  const locale = useLocale();
  const { t, number, percent, date, lang } = locale;
  const legend = (entry: keyof typeof LEGEND_TEXTS) => translate(LEGEND_TEXTS[entry], lang, legendParams(settings, percent));
  const keyClients = result.clients.filter((client) => client.dependency !== "none");
  const summaryParams = { clients: number(result.clients.length), total: number(result.total) };
  return (
    <section className={styles.section} aria-labelledby="kam-results-title">
      <Subtitle2 as="h2" id="kam-results-title">
        {t("results")}
      </Subtitle2>
      <span>{result.asOf === null ? t("resultsSummaryUndated", summaryParams) : t("resultsSummary", { ...summaryParams, asOf: date(result.asOf) })}</span>
      <Matrix result={result} />

      <Subtitle2 as="h3">{t("keyClients")}</Subtitle2>
      {keyClients.length === 0 ? (
        <span className={styles.muted}>{t("noKeyClients", { share: percent(settings.keyShare) })}</span>
      ) : (
        <ul className={styles.list} aria-label={t("keyClients")}>
          {keyClients.map((client) => (
            <li key={client.key} className={styles.client}>
              <span className={styles.clientName}>{client.client}</span>
              <span className={styles.muted}>{t("shareOfTotal", { share: percent(client.share) })}</span>
              {client.dependency !== "none" && (
                <Badge
                  appearance="filled"
                  style={{ backgroundColor: PALETTE.dependency[client.dependency].fill, color: PALETTE.dependency[client.dependency].font }}
                  title={legend(client.dependency)}
                  data-dependency={client.dependency}
                >
                  {t(DEPENDENCY_LABELS[client.dependency])}
                </Badge>
              )}
              {/* "AY" says little on its own: the cell's strategy, as on KAM Matrix, explains it. */}
              <Badge appearance="outline" color="informative" title={client.abcxyz in STRATEGY_TEXTS ? `${client.abcxyz}: ${translate(STRATEGY_TEXTS[client.abcxyz as MatrixCell], lang)}` : client.abcxyz}>
                {client.abcxyz}
              </Badge>
            </li>
          ))}
        </ul>
      )}

      <Warnings result={result} maxKeyClientsPerManager={settings.maxKeyClientsPerManager} locale={locale} onSwitchXyz={onSwitchXyz} />

      {result.exposure.length > 0 && (
        // "What if it leaves", the mono-client first: the article's "start winning others now".
        <>
          <Subtitle2 as="h3">{t("ifItLeaves")}</Subtitle2>
          <ul className={styles.list} aria-label={t("ifItLeaves")}>
            {result.exposure.slice(0, 5).map((exposure) => (
              <li key={`${exposure.kind}:${exposure.name}`}>
                {t("exposureLine", {
                  name: exposure.name,
                  share: percent(exposure.share),
                  top: percent(exposure.topShareAfter),
                  rising: exposure.rising.length > 0 ? t("exposureRising", { clients: exposure.rising.map((client) => client.client).join(", ") }) : "",
                  b: exposure.replaceWithB === null ? "—" : number(exposure.replaceWithB),
                })}
              </li>
            ))}
          </ul>
        </>
      )}

      {result.skipped.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("skippedRows", { n: number(result.skipped.length) })}</MessageBarTitle>
            <ProblemList problems={result.skipped} onGoTo={onGoTo} />
          </MessageBarBody>
        </MessageBar>
      )}

      <Subtitle2 as="h3">{t("statuses")}</Subtitle2>
      <div className={styles.statuses}>
        {(Object.keys(STATUS_LABELS) as ClientStatus[]).map((status) => (
          <div key={status} className={styles.status} data-testid={`status-${status}`}>
            <span
              className={styles.statusCount}
              style={status === "active" ? undefined : { backgroundColor: PALETTE.status[status].fill, color: PALETTE.status[status].font }}
              title={status === "active" ? undefined : legend(STATUS_LEGEND[status])}
            >
              {number(result.clients.filter((client) => client.status === status).length)}
            </span>
            <span className={styles.muted}>{t(STATUS_LABELS[status])}</span>
          </div>
        ))}
      </div>

      {moved.map((move) => (
        <MessageBar key={move.sheet} intent="info">
          <MessageBarBody>{t("cellsMoved", { sheet: move.sheet, row: number(move.fromRow), n: number(move.rows) })}</MessageBarBody>
        </MessageBar>
      ))}
      {keptAway && keptAway.clients > 0 && (
        <MessageBar intent="info">
          <MessageBarBody>{t("keptAway", { n: number(keptAway.clients), sheet: keptAway.sheet })}</MessageBarBody>
        </MessageBar>
      )}

      {sheets.length > 0 && (
        <>
          <Subtitle2 as="h3">{t("sheetsWritten")}</Subtitle2>
          <div className={styles.sheets}>
            {sheets.map((sheet) => (
              <Link key={sheet} as="button" onClick={() => onOpenSheet(sheet)} aria-label={t("openSheet", { sheet })}>
                {sheet}
              </Link>
            ))}
          </div>
        </>
      )}
    </section>
  );
}

function Matrix({ result }: { result: ClassifyResult }): ReactElement {
  const styles = useStyles();
  const { t, number, percent } = useLocale();
  const counts = new Map<string, number>();
  const shares = new Map<string, number>();
  for (const client of result.clients) {
    counts.set(client.abcxyz, (counts.get(client.abcxyz) ?? 0) + 1);
    shares.set(client.abcxyz, (shares.get(client.abcxyz) ?? 0) + client.share);
  }
  const largest = Math.max(1e-12, ...shares.values());
  const withXyz = result.clients.some((client) => client.xyz !== null);
  const columns: readonly (XyzClass | null)[] = withXyz ? XYZ : [null];
  return (
    <table className={styles.matrix}>
      <caption className={styles.caption}>{withXyz ? t("matrix") : t("abcOnly")}</caption>
      <thead>
        <tr>
          <td />
          {columns.map((xyz) => (
            <th key={xyz ?? "all"} scope="col" className={styles.axis}>
              {xyz ?? ""}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {ABC.map((abc) => (
          <tr key={abc}>
            <th scope="row" className={styles.axis}>
              {abc}
            </th>
            {columns.map((xyz) => {
              const cell = abc + (xyz ?? "");
              const count = counts.get(cell) ?? 0;
              const share = shares.get(cell) ?? 0;
              return (
                <td
                  key={cell}
                  className={styles.cell}
                  style={{ backgroundColor: heatColour(share / largest), color: PALETTE.heat.font }}
                  title={`${t("matrixCell", { cell, n: number(count) })} · ${percent(share)}`}
                  data-cell={cell}
                >
                  {number(count)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Warnings({ result, maxKeyClientsPerManager, locale, onSwitchXyz }: { result: ClassifyResult; maxKeyClientsPerManager: number; locale: Locale; onSwitchXyz: (setting: XyzAlternativeSetting) => void }): ReactElement | null {
  const { t, percent, number } = locale;
  const messages: string[] = [
    ...result.clients.filter((client) => client.dependency === "mono").map((client) => t("warningMono", { client: client.client, share: percent(client.share) })),
    ...result.managers
      .filter((manager) => manager.overloaded)
      .map((manager) => t("warningOverloaded", { manager: manager.manager, n: number(manager.keyClients), max: number(maxKeyClientsPerManager) })),
    ...result.warnings.filter((warning) => !STRUCTURED_WARNINGS.has(warning.code)).map((warning) => (ENGINE_WARNINGS[warning.code] ? t(ENGINE_WARNINGS[warning.code]) : warning.message)),
    // Warnings the result also carries as data, said in the pane's language with their numbers.
    ...result.possibleDuplicates.map((group) => t("warningDuplicates", { names: group.map((client) => `${client.client} (${percent(client.share)})`).join(", ") })),
    ...(result.merged.length > 0 ? [t("warningAliases", { list: result.merged.map(({ from, to }) => `${from} → ${to}`).join(", ") })] : []),
  ];
  // Nearly all Z: what quarters or purchase frequency would give, each one click away.
  const mostlyZ =
    result.xyzAlternatives.length > 0
      ? t("warningMostlyZ", {
          share: percent(result.clients.filter((client) => client.xyz === "Z").length / Math.max(1, result.clients.filter((client) => client.xyz !== null).length)),
          alternatives: result.xyzAlternatives.map(({ setting, counts }) => t(setting === "quarter" ? "alternativeQuarter" : "alternativeFrequency", { x: number(counts.X), y: number(counts.Y), z: number(counts.Z) })).join(" "),
        })
      : null;
  if (messages.length === 0 && mostlyZ === null) return null;
  return (
    <>
      <Subtitle2 as="h3">{t("warnings")}</Subtitle2>
      {messages.map((message) => (
        <MessageBar key={message} intent="warning">
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      ))}
      {mostlyZ !== null && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{mostlyZ}</MessageBarBody>
          <MessageBarActions>
            {result.xyzAlternatives.map(({ setting }) => (
              <Button key={setting} size="small" onClick={() => onSwitchXyz(setting)}>
                {t(setting === "quarter" ? "switchToQuarters" : "switchToFrequency")}
              </Button>
            ))}
          </MessageBarActions>
        </MessageBar>
      )}
    </>
  );
}
