/**
 * The playground: the real task pane running on a headless workbook, with a live preview of that
 * workbook beside it (this file lays the two out; the pane knows nothing of it). Every workbook action goes through the same actions module as in Excel;
 * only the runner differs.
 */
import { useMemo, useRef, useState, type ReactElement } from "react";
import { Button, Text, Title3, makeStyles, tokens } from "@fluentui/react-components";
import type { ExcelRun } from "../excel/host";
import type { HeadlessExcel } from "../headless";
import { createActions } from "../taskpane/actions";
import { Pane, PaneRoot } from "../taskpane/App";
import { initialLanguage, useLocale } from "../taskpane/locale";
import { WorkbookPreview } from "./WorkbookPreview";
import { previewOfInspector, type PreviewWorkbook } from "./workbook";

const useStyles = makeStyles({
  // The workbook preview beside the pane; each side scrolls on its own.
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
  side: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, height: "100%", minHeight: 0 },
  intro: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, "& p": { margin: 0 } },
  note: { color: tokens.colorNeutralForeground2 },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  fileInput: { display: "none" },
  preview: { flexGrow: 1, minHeight: 0 },
});

export interface LoadedWorkbook {
  excel: HeadlessExcel;
  /** Distinguishes workbooks, so the pane starts afresh on a new one. */
  id: number;
}

interface PlaygroundProps {
  initial: LoadedWorkbook;
  loadSample: () => Promise<HeadlessExcel>;
  loadFile: (bytes: Uint8Array) => Promise<HeadlessExcel>;
}

export function Playground({ initial, loadSample, loadFile }: PlaygroundProps): ReactElement {
  const [loaded, setLoaded] = useState(initial);
  const [version, setVersion] = useState(0);
  const preview = useMemo(() => previewOfInspector(loaded.excel.inspect), [loaded]);
  const actions = useMemo(() => {
    // After every batch the preview re-reads the workbook.
    const run: ExcelRun = async (batch) => {
      try {
        return await loaded.excel.run(batch);
      } finally {
        preview.invalidate();
        setVersion((current) => current + 1);
      }
    };
    return createActions(run, navigator.language);
  }, [loaded, preview]);
  const replace = async (load: Promise<HeadlessExcel>): Promise<void> => {
    const excel = await load;
    setLoaded((current) => ({ excel, id: current.id + 1 }));
  };
  const styles = useStyles();
  return (
    <PaneRoot key={loaded.id} initialLanguage={initialLanguage(navigator.language)}>
      <div className={styles.split}>
        <main className={styles.paneColumn}>
          <Pane actions={actions} />
        </main>
        <div className={styles.beside}>
          <PlaygroundSide preview={preview} version={version} onReloadSample={() => replace(loadSample())} onOpenFile={(bytes) => replace(loadFile(bytes))} />
        </div>
      </div>
    </PaneRoot>
  );
}

interface PlaygroundSideProps {
  preview: PreviewWorkbook;
  version: number;
  onReloadSample: () => Promise<void>;
  onOpenFile: (bytes: Uint8Array) => Promise<void>;
}

function PlaygroundSide({ preview, version, onReloadSample, onOpenFile }: PlaygroundSideProps): ReactElement {
  const styles = useStyles();
  const { t } = useLocale();
  const fileInput = useRef<HTMLInputElement>(null);
  const [loading, setLoading] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const load = async (work: () => Promise<void>): Promise<void> => {
    setLoading(true);
    setLoadError(null);
    try {
      await work();
    } catch (error) {
      setLoadError(t("errorUnexpected", { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setLoading(false);
    }
  };
  return (
    <div className={styles.side}>
      <div className={styles.intro}>
        <Title3 as="p">{t("playgroundTitle")}</Title3>
        <Text className={styles.note}>{t("playgroundNote")}</Text>
      </div>
      <div className={styles.buttons}>
        <Button appearance="secondary" disabled={loading} onClick={() => fileInput.current?.click()}>
          {t("openFile")}
        </Button>
        <input
          ref={fileInput}
          className={styles.fileInput}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={t("openFile")}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (file) void load(async () => onOpenFile(new Uint8Array(await file.arrayBuffer())));
          }}
        />
        <Button appearance="subtle" disabled={loading} onClick={() => void load(onReloadSample)}>
          {t("reloadSample")}
        </Button>
      </div>
      {loading && <Text role="status">{t("loadingWorkbook")}</Text>}
      {loadError && <Text role="alert">{loadError}</Text>}
      <div className={styles.preview}>
        <WorkbookPreview workbook={preview} version={version} />
      </div>
    </div>
  );
}
