/**
 * The task pane. All workbook work goes through `actions` (see actions.ts), so the same pane runs
 * on Excel.run inside Office and on the headless workbook in the playground.
 */
import { useCallback, useEffect, useMemo, useReducer, useState, type ReactElement, type ReactNode } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Divider,
  Field,
  FluentProvider,
  ProgressBar,
  Select,
  Text,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { LANGUAGES, type Lang } from "../i18n/core";
import { LANGUAGE_NAMES } from "../i18n/ui";
import { analysisProblems } from "../engine/settings";
import { DEFAULT_WORKBOOK_SETTINGS, failureOf, keptAwayOf, type ClassifyProgress, type PaneActions, type RunFailure, type WorkbookSettings } from "./actions";
import { AgendaPanel, DossierPanel } from "./components/DossierPanel";
import { ErrorPanel } from "./components/ErrorPanel";
import { ResultsPanel } from "./components/ResultsPanel";
import { SettingsPanel, type SettingsValue } from "./components/SettingsPanel";
import { SourcePanel } from "./components/SourcePanel";
import { LanguageChoiceProvider, LocaleProvider, makeLocale, saveLanguage, useLanguageChoice, useLocale, type Locale } from "./locale";
import { INITIAL_PANE_STATE, paneReducer, runningTask, type Task } from "./state";

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    maxWidth: "560px",
    boxSizing: "border-box",
    // Headings take their spacing from the pane's gap, not the browser's default margins.
    "& h1, & h2, & h3": { margin: 0 },
  },
  heading: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  logo: { flexShrink: 0 },
  title: { flexGrow: 1 },
  tagline: { color: tokens.colorNeutralForeground2 },
  language: { alignItems: "center" },
  classify: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  classifyButton: { alignSelf: "stretch" },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  visuallyHidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
});

/**
 * Fluent UI and the person's language around whatever shows the pane: the add-in renders the
 * pane alone (App), the playground the pane beside its workbook preview.
 */
export function PaneRoot({ initialLanguage, children }: { initialLanguage: Lang; children: ReactNode }): ReactElement {
  const [lang, setLang] = useState<Lang>(initialLanguage);
  const locale = useMemo(() => makeLocale(lang), [lang]);
  const choose = useCallback((next: Lang): void => {
    saveLanguage(next);
    setLang(next);
  }, []);
  return (
    // Height by style, not className: Fluent copies the provider's className onto popup portals.
    <FluentProvider theme={webLightTheme} dir={locale.dir} lang={lang} style={{ height: "100%" }}>
      <LocaleProvider value={locale}>
        <LanguageChoiceProvider value={choose}>{children}</LanguageChoiceProvider>
      </LocaleProvider>
    </FluentProvider>
  );
}

/** The add-in's task pane inside Excel. */
export function App({ actions, initialLanguage }: { actions: PaneActions; initialLanguage: Lang }): ReactElement {
  return (
    <PaneRoot initialLanguage={initialLanguage}>
      <main>
        <Pane actions={actions} />
      </main>
    </PaneRoot>
  );
}

/** The pane itself: every workbook action goes through `actions`; its state is one reducer (state.ts). */
export function Pane({ actions }: { actions: PaneActions }): ReactElement {
  const styles = useStyles();
  const locale = useLocale();
  const chooseLanguage = useLanguageChoice();
  const { t, number, lang } = locale;
  const [state, dispatch] = useReducer(paneReducer, INITIAL_PANE_STATE);
  const { status, settings, outcome } = state;
  const busy = runningTask(state) !== null;

  /** Runs one workbook task with the pane marked busy; what it throws lands in the error panel. */
  const perform = useCallback(async (task: Task, work: () => Promise<RunFailure | null>): Promise<void> => {
    dispatch({ type: "start", task });
    try {
      const failure = await work();
      dispatch(failure ? { type: "failed", failure } : { type: "finished" });
    } catch (error) {
      dispatch({ type: "failed", failure: failureOf(error) });
    }
  }, []);

  /** The team's settings, the workbook's tables and what the saved source holds. */
  const load = useCallback(
    (isCurrent: () => boolean = () => true): Promise<void> =>
      perform("load", async () => {
        const [{ settings: stored, replaced }, names] = await Promise.all([actions.loadSettings(), actions.listTables()]);
        if (!isCurrent()) return null;
        dispatch({ type: "loaded", settings: stored, tables: names, replaced: replaced.map((problem) => problem.field) });
        // Only a preview: a source that cannot be read yet (empty sheet) is reported by Classify.
        const found = await actions.detect(stored.source, stored.read).catch(() => null);
        if (isCurrent()) dispatch({ type: "source", source: found });
        return null;
      }),
    [actions, perform],
  );

  // Once per workbook (a new `actions` is a new workbook).
  useEffect(() => {
    let current = true;
    void load(() => current);
    return () => {
      current = false;
    };
  }, [load]);

  // Classify waits for settings the shared validator accepts (the fields say what is wrong).
  const settingsInvalid = settings !== null && analysisProblems(settings.analysis).length > 0;
  const edit = (next: WorkbookSettings, sourceChanged = false): void => dispatch({ type: "edit", settings: next, sourceChanged });

  const classify = (current: WorkbookSettings): Promise<void> =>
    perform("classify", async () => {
      const attempt = await actions.classify({ ...current, lang }, (progress) => dispatch({ type: "progress", progress }));
      if (!attempt.ok) return attempt.failure;
      dispatch({ type: "classified", outcome: attempt.view });
      // The source line and columns now describe what this run read.
      dispatch({ type: "source", source: attempt.view.sourceInfo });
      return null;
    });

  const createDossiers = (picked: readonly string[]): Promise<void> =>
    perform("dossiers", async () => {
      if (!outcome) return null;
      const summary = await actions.createDossiers(outcome, picked);
      dispatch({ type: "dossiers", created: summary.created.length, refreshed: summary.refreshed.length, locked: summary.locked, agenda: summary.agenda });
      return null;
    });

  const failure = status.kind === "failed" ? status.failure : null;
  const failureSource = failure?.kind === "input" ? failure.source : null;
  /** What screen readers hear when a run ends (the results appear further down the pane). */
  const announcement =
    status.kind === "done" && status.task === "classify" && outcome
      ? `${t("results")}: ${t("resultsSummaryUndated", { clients: number(outcome.result.clients.length), total: number(outcome.result.total) })}`
      : status.kind === "failed" && status.task === "classify"
        ? t("errorTitle")
        : "";

  return (
    <div className={styles.pane}>
      <header className={styles.heading}>
        <div className={styles.header}>
          <img src="assets/icon-32.png" alt="" width={32} height={32} className={styles.logo} />
          <Title3 as="h1" className={styles.title}>
            {t("appTitle")}
          </Title3>
          <Field label={t("language")} orientation="horizontal" size="small" className={styles.language}>
            <Select size="small" value={lang} onChange={(_, data) => chooseLanguage(data.value as Lang)}>
              {LANGUAGES.map((code) => (
                <option key={code} value={code} lang={code}>
                  {LANGUAGE_NAMES[code]}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <Text className={styles.tagline}>{t("tagline")}</Text>
      </header>

      <div role="status" aria-live="polite" className={styles.visuallyHidden}>
        {announcement}
      </div>

      <div className={styles.classify}>
        <Button
          appearance="primary"
          size="large"
          className={styles.classifyButton}
          onClick={() => settings && void classify(settings)}
          disabled={busy || settings === null || settingsInvalid}
        >
          {t("classify")}
        </Button>
        <span className={styles.hint}>{settingsInvalid ? t("settingsNeedFixing") : t("classifyHint")}</span>
        {status.kind === "running" && status.task === "classify" && <ProgressView progress={status.progress} />}
      </div>

      {failure && (
        <ErrorPanel
          failure={failure}
          onGoTo={failureSource ? (problem) => void actions.goToProblem(failureSource, problem) : null}
          onTrustColumns={() => {
            if (!settings) return;
            // Confirmed by the person: saved with the run, so the next run does not ask again.
            const trusted = { ...settings, read: { ...settings.read, trustColumns: true } };
            edit(trusted);
            void classify(trusted);
          }}
        />
      )}
      {settings === null && status.kind === "failed" && (
        // The settings could not be read (Excel busy, a cell being edited): nothing runs on guessed settings.
        <div className={styles.classify}>
          <span className={styles.hint}>{t("settingsNotLoaded")}</span>
          <Button appearance="secondary" onClick={() => void load()}>
            {t("tryAgain")}
          </Button>
        </div>
      )}

      {settings && (
        <>
          <SourcePanel
            choice={settings.source}
            tables={state.tables}
            view={state.source}
            mapping={settings.read.mapping}
            busy={busy}
            onChoice={(source) => edit({ ...settings, source, read: { ...settings.read, mapping: {} } }, true)}
            onCheck={() =>
              void perform("detect", async () => {
                dispatch({ type: "source", source: await actions.detect(settings.source, settings.read) });
                return null;
              })
            }
            // Other columns are checked afresh: a confirmation was for the columns it saw.
            onMapping={(mapping) => edit({ ...settings, read: { ...settings.read, mapping, trustColumns: false } })}
          />

          <Accordion collapsible>
            <AccordionItem value="settings">
              <AccordionHeader as="h2">{t("settings")}</AccordionHeader>
              <AccordionPanel>
                <SettingsPanel
                  replaced={state.replacedSettings}
                  value={{ analysis: settings.analysis, skipBadRows: settings.read.skipBadRows, dossierRules: settings.dossierRules }}
                  onChange={(value: SettingsValue) => edit({ ...settings, analysis: value.analysis, read: { ...settings.read, skipBadRows: value.skipBadRows }, dossierRules: value.dossierRules })}
                  saving={busy}
                  savedMessage={state.settingsSaved ? t("settingsSaved") : null}
                  onRestoreDefaults={() => edit({ ...settings, analysis: DEFAULT_WORKBOOK_SETTINGS.analysis, read: { ...settings.read, skipBadRows: DEFAULT_WORKBOOK_SETTINGS.read.skipBadRows }, dossierRules: DEFAULT_WORKBOOK_SETTINGS.dossierRules })}
                  onSave={() =>
                    void perform("settings", async () => {
                      await actions.saveSettings({ ...settings, lang });
                      dispatch({ type: "saved" });
                      return null;
                    })
                  }
                />
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
        </>
      )}

      {outcome && (
        <>
          <Divider />
          <ResultsPanel
            result={outcome.result}
            settings={outcome.settings.analysis}
            sheets={outcome.sheets.map((sheet) => sheet.name)}
            moved={outcome.moved}
            keptAway={keptAwayOf(outcome)}
            onOpenSheet={(sheet) => void actions.openSheet(sheet)}
            onGoTo={(problem) => void actions.goToProblem(outcome.source, problem)}
            onSwitchXyz={(setting) => {
              // The switch is a setting like any other: shown in the settings, saved with them, and run at once.
              const current = settings ?? outcome.settings;
              const next: WorkbookSettings = { ...current, analysis: setting === "quarter" ? { ...current.analysis, period: "quarter" } : { ...current.analysis, xyz: "frequency" } };
              edit(next);
              void classify(next);
            }}
          />
        </>
      )}

      <Divider />
      <DossierPanel
        clients={outcome ? outcome.result.clients.map((client) => client.client) : null}
        keyClients={outcome ? outcome.result.clients.filter((client) => client.dependency !== "none").length : 0}
        busy={busy}
        createdMessage={state.dossiersMade ? dossiersMadeText(state.dossiersMade, locale) : null}
        onCreateForKeyClients={() => void createDossiers([])}
        onCreateForPicked={(clients) => void createDossiers(clients)}
        byManager={{
          delivery: actions.managerDelivery,
          managers: state.managers,
          made: state.managerWorkbookMade,
          onList: () =>
            void perform("managers", async () => {
              dispatch({ type: "managers", managers: await actions.dossierManagers() });
              return null;
            }),
          onMake: (manager) =>
            void perform("managerWorkbook", async () => {
              if (!outcome) return null;
              await actions.deliverManagerWorkbook(outcome, manager);
              dispatch({ type: "managerWorkbook", manager });
              return null;
            }),
        }}
      />

      <Divider />
      <AgendaPanel
        agenda={state.agenda}
        busy={busy}
        onRefresh={() =>
          void perform("agenda", async () => {
            dispatch({ type: "agenda", agenda: await actions.readAgenda() });
            return null;
          })
        }
        onOpen={(sheet) => void actions.openSheet(sheet)}
      />
    </div>
  );
}

/** What "create dossiers" did, with the dossiers a manager's password kept from being updated. */
function dossiersMadeText(made: { created: number; refreshed: number; locked: string[] }, { t, number }: Locale): string {
  const done = t("dossiersCreated", { created: number(made.created), refreshed: number(made.refreshed) });
  return made.locked.length === 0 ? done : `${done} ${t("dossiersLocked", { sheets: made.locked.join(", ") })}`;
}

function ProgressView({ progress }: { progress: ClassifyProgress | null }): ReactElement {
  const { t, number } = useLocale();
  const label =
    progress === null
      ? t("progressStarting")
      : progress.phase === "analysing"
        ? t("progressAnalysing")
        : progress.phase === "writing"
          ? t("progressWriting")
          : t("progressReading", { n: number(progress.rowsRead), total: number(progress.rowsTotal) });
  const value = progress?.phase === "reading" && progress.rowsTotal > 0 ? Math.min(1, progress.rowsRead / progress.rowsTotal) : undefined;
  return (
    <Field label={t("progressLabel")} validationMessage={label} validationState="none">
      <ProgressBar value={value} thickness="large" aria-valuetext={label} />
    </Field>
  );
}
