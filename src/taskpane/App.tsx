/**
 * The task pane. All workbook work goes through `actions` (see actions.ts), so the same pane runs
 * on Excel.run inside Office and on the headless workbook in the playground.
 */
import { useCallback, useEffect, useMemo, useState, type ReactElement, type ReactNode } from "react";
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
import { DEFAULT_WORKBOOK_SETTINGS, failureOf, type AgendaItem, type ClassifyProgress, type ClassifyView, type PaneActions, type RunFailure, type SourceInfo, type WorkbookSettings } from "./actions";
import { AgendaPanel, DossierPanel } from "./components/DossierPanel";
import { ErrorPanel } from "./components/ErrorPanel";
import { ResultsPanel } from "./components/ResultsPanel";
import { SettingsPanel, type SettingsValue } from "./components/SettingsPanel";
import { SourcePanel } from "./components/SourcePanel";
import { LocaleProvider, makeLocale, saveLanguage, useLocale, type Locale } from "./locale";

const useStyles = makeStyles({
  // The playground puts the workbook preview beside the pane; each side scrolls on its own.
  split: {
    display: "grid",
    gridTemplateColumns: "minmax(340px, 460px) minmax(0, 1fr)",
    height: "100%",
    // Narrow screens: the pane above the preview, the page scrolls.
    "@media (max-width: 800px)": { display: "block", height: "auto" },
  },
  paneColumn: { overflowY: "auto", borderRight: `1px solid ${tokens.colorNeutralStroke2}`, "@media (max-width: 800px)": { borderRight: "none" } },
  beside: {
    minWidth: 0,
    minHeight: 0,
    overflow: "hidden",
    padding: tokens.spacingHorizontalM,
    boxSizing: "border-box",
    "@media (max-width: 800px)": { height: "85vh" },
  },
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

interface AppProps {
  actions: PaneActions;
  initialLanguage: Lang;
  /** Shown beside the pane, in the pane's language (the playground's workbook preview). */
  beside?: ReactNode;
}

export function App({ actions, initialLanguage, beside }: AppProps): ReactElement {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLanguage);
  const locale = useMemo(() => makeLocale(lang), [lang]);
  const changeLanguage = (next: Lang): void => {
    saveLanguage(next);
    setLang(next);
  };
  return (
    // Height by style, not className: Fluent copies the provider's className onto popup portals.
    <FluentProvider theme={webLightTheme} dir={locale.dir} lang={lang} style={{ height: "100%" }}>
      <LocaleProvider value={locale}>
        {beside ? (
          <div className={styles.split}>
            <main className={styles.paneColumn}>
              <Pane actions={actions} locale={locale} onLanguage={changeLanguage} />
            </main>
            <div className={styles.beside}>{beside}</div>
          </div>
        ) : (
          <main>
            <Pane actions={actions} locale={locale} onLanguage={changeLanguage} />
          </main>
        )}
      </LocaleProvider>
    </FluentProvider>
  );
}

/** What is running; every button that changes the workbook is disabled meanwhile. */
type Busy = null | "settings" | "detect" | "classify" | "dossiers" | "agenda";

function Pane({ actions, locale, onLanguage }: { actions: PaneActions; locale: Locale; onLanguage: (lang: Lang) => void }): ReactElement {
  const styles = useStyles();
  const { t, number, lang } = locale;
  const [settings, setSettings] = useState<WorkbookSettings>(DEFAULT_WORKBOOK_SETTINGS);
  const [tables, setTables] = useState<string[]>([]);
  const [view, setView] = useState<SourceInfo | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [progress, setProgress] = useState<ClassifyProgress | null>(null);
  const [failure, setFailure] = useState<RunFailure | null>(null);
  const [outcome, setOutcome] = useState<ClassifyView | null>(null);
  const [savedMessage, setSavedMessage] = useState<string | null>(null);
  const [dossierMessage, setDossierMessage] = useState<string | null>(null);
  const [agenda, setAgenda] = useState<AgendaItem[] | null>(null);
  /** What screen readers hear when a run ends (the results appear further down the pane). */
  const [announcement, setAnnouncement] = useState("");

  /** Runs one workbook action with the pane marked busy; failures land in the error panel. */
  const perform = useCallback(async (kind: Exclude<Busy, null>, work: () => Promise<void>): Promise<void> => {
    setBusy(kind);
    setFailure(null);
    try {
      await work();
    } catch (error) {
      setFailure(failureOf(error));
    } finally {
      setBusy(null);
      setProgress(null);
    }
  }, []);

  // The team's settings, the workbook's tables and what the saved source holds, once per workbook.
  useEffect(() => {
    let current = true;
    Promise.all([actions.loadSettings(), actions.listTables()]).then(
      async ([stored, names]) => {
        if (!current) return;
        setSettings(stored);
        setTables(names);
        // Only a preview: a source that cannot be read yet (empty sheet) is reported by Classify.
        const found = await actions.detect(stored.source, stored.read).catch(() => null);
        if (current) setView(found);
      },
      (error: unknown) => current && setFailure(failureOf(error)),
    );
    return () => {
      current = false;
    };
  }, [actions]);

  // Classify waits for settings the shared validator accepts (the fields say what is wrong).
  const settingsInvalid = analysisProblems(settings.analysis).length > 0;
  const settingsValue: SettingsValue = { analysis: settings.analysis, skipBadRows: settings.read.skipBadRows };
  const changeSettings = (value: SettingsValue): void => {
    setSavedMessage(null);
    setSettings({ ...settings, analysis: value.analysis, read: { ...settings.read, skipBadRows: value.skipBadRows } });
  };

  const classify = (): Promise<void> =>
    perform("classify", async () => {
      setOutcome(null);
      setDossierMessage(null);
      setAnnouncement("");
      const attempt = await actions.classify({ ...settings, lang }, setProgress);
      if (!attempt.ok) {
        setFailure(attempt.failure);
        setAnnouncement(t("errorTitle"));
        return;
      }
      setOutcome(attempt.view);
      setAnnouncement(`${t("results")}: ${t("resultsSummaryUndated", { clients: number(attempt.view.result.clients.length), total: number(attempt.view.result.total) })}`);
      // The source line and columns now describe what this run read.
      setView(await actions.detect(settings.source, settings.read));
    });

  const createDossiers = (picked: readonly string[]): Promise<void> =>
    perform("dossiers", async () => {
      if (!outcome) return;
      const summary = await actions.createDossiers(outcome, picked);
      setDossierMessage(t("dossiersCreated", { created: number(summary.created.length), refreshed: number(summary.refreshed.length) }));
      setAgenda(summary.agenda);
    });

  const failureSource = failure?.kind === "input" ? failure.source : null;

  return (
    <div className={styles.pane}>
      <header className={styles.heading}>
        <div className={styles.header}>
          <img src="assets/icon-32.png" alt="" width={32} height={32} className={styles.logo} />
          <Title3 as="h1" className={styles.title}>
            {t("appTitle")}
          </Title3>
          <Field label={t("language")} orientation="horizontal" size="small" className={styles.language}>
            <Select size="small" value={lang} onChange={(_, data) => onLanguage(data.value as Lang)}>
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
        <Button appearance="primary" size="large" className={styles.classifyButton} onClick={() => void classify()} disabled={busy !== null || settingsInvalid}>
          {t("classify")}
        </Button>
        <span className={styles.hint}>{settingsInvalid ? t("settingsNeedFixing") : t("classifyHint")}</span>
        {busy === "classify" && <ProgressView progress={progress} />}
      </div>

      {failure && <ErrorPanel failure={failure} onGoTo={failureSource ? (problem) => void actions.goToProblem(failureSource, problem) : null} />}

      <SourcePanel
        choice={settings.source}
        tables={tables}
        view={view}
        mapping={settings.read.mapping}
        busy={busy !== null}
        onChoice={(source) => {
          setSettings({ ...settings, source, read: { ...settings.read, mapping: {} } });
          setView(null);
        }}
        onCheck={() => void perform("detect", async () => setView(await actions.detect(settings.source, settings.read)))}
        onMapping={(mapping) => setSettings({ ...settings, read: { ...settings.read, mapping } })}
      />

      <Accordion collapsible>
        <AccordionItem value="settings">
          <AccordionHeader as="h2">{t("settings")}</AccordionHeader>
          <AccordionPanel>
            <SettingsPanel
              value={settingsValue}
              onChange={changeSettings}
              saving={busy !== null}
              savedMessage={savedMessage}
              onRestoreDefaults={() => changeSettings({ analysis: DEFAULT_WORKBOOK_SETTINGS.analysis, skipBadRows: DEFAULT_WORKBOOK_SETTINGS.read.skipBadRows })}
              onSave={() =>
                void perform("settings", async () => {
                  await actions.saveSettings({ ...settings, lang });
                  setSavedMessage(t("settingsSaved"));
                })
              }
            />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>

      {outcome && (
        <>
          <Divider />
          <ResultsPanel
            result={outcome.result}
            settings={settings.analysis}
            sheets={outcome.sheets.map((sheet) => sheet.name)}
            onOpenSheet={(sheet) => void actions.openSheet(sheet)}
            onGoTo={(problem) => void actions.goToProblem(outcome.source, problem)}
          />
        </>
      )}

      <Divider />
      <DossierPanel
        clients={outcome ? outcome.result.clients.map((client) => client.client) : null}
        busy={busy !== null}
        createdMessage={dossierMessage}
        onCreateForKeyClients={() => void createDossiers([])}
        onCreateForPicked={(clients) => void createDossiers(clients)}
      />

      <Divider />
      <AgendaPanel
        agenda={agenda}
        busy={busy !== null}
        onRefresh={() => void perform("agenda", async () => setAgenda(await actions.readAgenda()))}
        onOpen={(sheet) => void actions.openSheet(sheet)}
      />
    </div>
  );
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
