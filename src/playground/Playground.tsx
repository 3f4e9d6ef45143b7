/**
 * The playground: the real task pane running on a headless workbook, with a live preview of that
 * workbook beside it (this file lays the two out; the pane knows nothing of it). Every workbook action goes through the same actions module as in Excel;
 * only the runner differs.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent, type ReactElement } from "react";
import { Button, MessageBar, MessageBarBody, ProgressBar, Text, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { InputException } from "../engine/read";
import type { ExcelRun } from "../excel/host";
import type { HeadlessExcel } from "../headless";
import { saveXlsx } from "../headless/xlsx";
import type { UiKey } from "../i18n/ui";
import { createActions } from "../taskpane/actions";
import type { WorkbookFiles } from "../taskpane/manager-workbook";
import { fileSafe } from "../excel/dossiers-by-manager";
import { Pane, PaneRoot } from "../taskpane/App";
import { initialLanguage, useLocale } from "../taskpane/locale";
import { WorkbookPreview } from "./WorkbookPreview";
import { ReadCancelled, type WorkbookReader } from "./off-thread";
import { TEXT_SHEET } from "./open";
import { previewOf, type PreviewWorkbook } from "./workbook";

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
  loading: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM },
  loadingStatus: { flexGrow: 1 },
  // The box a person clicks before pasting cells; files dropped anywhere on the page are opened too.
  dropZone: {
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    cursor: "text",
    ":focus-visible": { outline: `2px solid ${tokens.colorBrandStroke1}` },
  },
  root: { position: "relative", height: "100%" },
  dropOverlay: {
    position: "absolute",
    inset: 0,
    zIndex: 10,
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    backgroundColor: "rgba(255, 255, 255, 0.85)",
    border: `3px dashed ${tokens.colorBrandStroke1}`,
    fontSize: tokens.fontSizeBase500,
    pointerEvents: "none",
  },
});

export interface LoadedWorkbook {
  excel: HeadlessExcel;
  /** Distinguishes workbooks, so the pane starts afresh on a new one. */
  id: number;
  /** The file it came from (the download is named after it); null for pasted cells. */
  name: string | null;
}

/** Where a workbook comes from: the bundled sample, a file opened or dropped, or pasted cells. */
type Source = { kind: "sample" } | { kind: "file"; file: File } | { kind: "text"; text: string };

/** A message of the playground itself, kept as a key so it follows the pane's language. */
interface Notice {
  intent: "success" | "error" | "info";
  key: UiKey;
  params: Record<string, string>;
}

interface PlaygroundProps {
  initial: LoadedWorkbook;
  /** The bundled sample's bytes. */
  fetchSample: () => Promise<ArrayBuffer>;
  /** The sample's file name, for its download. */
  sampleName: string;
  /** Reads files and pasted text off the page's thread, in a Web Worker (off-thread.ts). */
  reader: WorkbookReader;
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** "sales.csv" -> "sales.xlsx": the download is the workbook the file became, results included. */
export function downloadName(name: string | null): string {
  return `${(name ?? "pasted").replace(/\.[^./\\]*$/, "")}.xlsx`;
}

/** Hands bytes to the browser as a download named `name`. */
function saveFile(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A form field or the workbook preview takes its own pastes; elsewhere cells pasted open as a workbook. */
function pasteIsOurs(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return true;
  if (target.closest("[data-kam-paste]")) return true;
  return target === document.body || target === document.documentElement;
}

export function Playground({ initial, fetchSample, sampleName, reader }: PlaygroundProps): ReactElement {
  const [loaded, setLoaded] = useState(initial);
  const [version, setVersion] = useState(0);
  const [progress, setProgress] = useState<number | null | undefined>(undefined);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [dragging, setDragging] = useState(false);
  const preview = useMemo(() => previewOf(loaded.excel), [loaded]);
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
    // "Dossiers by manager" downloads the manager's workbook, made from this one as the download would be.
    const files: WorkbookFiles = {
      delivery: "download",
      current: () => saveXlsx(loaded.excel),
      deliver: async (bytes, manager) => saveFile(bytes, `${downloadName(loaded.name).replace(/\.xlsx$/, "")} - ${fileSafe(manager)}.xlsx`),
    };
    return createActions(run, navigator.language, files);
  }, [loaded, preview]);
  const loading = progress !== undefined;
  // The pane and the preview are drawn again only when their own inputs change, not at every step of the progress bar.
  const pane = useMemo(() => <Pane actions={actions} />, [actions]);
  const changed = useCallback(() => setVersion((current) => current + 1), []);

  /** Opens a workbook in place of the current one; on failure the current one stays, and the pane starts afresh on it. */
  const open = useCallback(
    async (source: Source): Promise<void> => {
      if (loading) return;
      setProgress(null);
      setNotice(null);
      const name = source.kind === "file" ? source.file.name : source.kind === "sample" ? sampleName : null;
      const locale = navigator.language;
      try {
        // The worker reads and reports how far it got; the page only paints the bar, and stays free to cancel.
        const excel = await reader.read(
          source.kind === "text" ? { kind: "text", text: source.text, locale } : { kind: "file", name: name ?? "", bytes: source.kind === "file" ? await source.file.arrayBuffer() : await fetchSample(), locale },
          setProgress,
        );
        setLoaded((current) => ({ excel, id: current.id + 1, name }));
        setNotice(source.kind === "text" ? { intent: "success", key: "openedPaste", params: { sheet: TEXT_SHEET } } : { intent: "success", key: "openedFile", params: { file: name ?? "" } });
      } catch (error) {
        if (error instanceof ReadCancelled) {
          // The workbook and the pane stay as they were: only the message says what happened.
          setNotice(source.kind === "text" ? { intent: "info", key: "pasteOpeningCancelled", params: {} } : { intent: "info", key: "fileOpeningCancelled", params: { file: name ?? "" } });
          return;
        }
        const message = error instanceof InputException ? error.error.message : error instanceof Error ? error.message : String(error);
        // Nothing of the previous run's messages stays in the pane: it starts afresh on the workbook it has.
        setLoaded((current) => ({ ...current, id: current.id + 1 }));
        setNotice(source.kind === "text" ? { intent: "error", key: "pasteNotOpened", params: { message } } : { intent: "error", key: "fileNotOpened", params: { file: name ?? "", message } });
      } finally {
        setProgress(undefined);
      }
    },
    [loading, fetchSample, sampleName, reader],
  );

  // Cells copied in Excel or Google Sheets arrive as tab-separated text; a copied file arrives as a file.
  useEffect(() => {
    const onPaste = (event: ClipboardEvent): void => {
      if (!pasteIsOurs(event.target) || !event.clipboardData) return;
      const file = event.clipboardData.files[0];
      const text = event.clipboardData.getData("text/plain");
      if (!file && !text) return;
      event.preventDefault();
      void open(file ? { kind: "file", file } : { kind: "text", text });
    };
    document.addEventListener("paste", onPaste);
    return () => document.removeEventListener("paste", onPaste);
  }, [open]);

  const carriesData = (event: DragEvent): boolean => event.dataTransfer.types.includes("Files") || event.dataTransfer.types.includes("text/plain");
  const download = async (): Promise<void> => saveFile(await saveXlsx(loaded.excel), downloadName(loaded.name));

  const styles = useStyles();
  return (
    <PaneRoot key={loaded.id} initialLanguage={initialLanguage(navigator.language)}>
      <div
        className={styles.root}
        onDragOver={(event) => {
          if (!carriesData(event)) return;
          event.preventDefault();
          event.dataTransfer.dropEffect = "copy";
          setDragging(true);
        }}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={(event) => {
          setDragging(false);
          const file = event.dataTransfer.files[0];
          const text = file ? "" : event.dataTransfer.getData("text/plain");
          if (!file && !text) return;
          event.preventDefault();
          void open(file ? { kind: "file", file } : { kind: "text", text });
        }}
      >
        <div className={styles.split}>
          <main className={styles.paneColumn}>
            {pane}
          </main>
          <div className={styles.beside}>
            <PlaygroundSide
              preview={preview}
              version={version}
              progress={progress}
              notice={notice}
              onOpen={open}
              onCancel={() => reader.cancel()}
              onDownload={download}
              onChange={changed}
            />
          </div>
        </div>
        {dragging && <DropOverlay />}
      </div>
    </PaneRoot>
  );
}

function DropOverlay(): ReactElement {
  const styles = useStyles();
  const { t } = useLocale();
  return (
    <div className={styles.dropOverlay} aria-hidden="true">
      {t("dropHere")}
    </div>
  );
}

interface PlaygroundSideProps {
  preview: PreviewWorkbook;
  version: number;
  /** undefined when nothing is loading; null while loading without a known fraction. */
  progress: number | null | undefined;
  notice: Notice | null;
  onOpen: (source: Source) => Promise<void>;
  /** Stops the file or cells being opened; the workbook stays as it is. */
  onCancel: () => void;
  onDownload: () => Promise<void>;
  /** The person selected or typed in the preview. */
  onChange: () => void;
}

function PlaygroundSide({ preview, version, progress, notice, onOpen, onCancel, onDownload, onChange }: PlaygroundSideProps): ReactElement {
  const styles = useStyles();
  const { t } = useLocale();
  const fileInput = useRef<HTMLInputElement>(null);
  const dropZone = useRef<HTMLDivElement>(null);
  const [clipboardRefused, setClipboardRefused] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const loading = progress !== undefined;
  // Drawn again when the workbook changes, not at every step of the progress bar.
  const previewElement = useMemo(() => <WorkbookPreview workbook={preview} version={version} onChange={onChange} />, [preview, version, onChange]);
  const pasteFromClipboard = async (): Promise<void> => {
    setClipboardRefused(false);
    let text: string;
    try {
      text = await navigator.clipboard.readText();
    } catch {
      // Clipboard reading needs the person's permission (or is not offered): Ctrl+V in the box always works.
      setClipboardRefused(true);
      dropZone.current?.focus();
      return;
    }
    await onOpen({ kind: "text", text });
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
          accept=".xlsx,.csv,.tsv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          aria-label={t("openFile")}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (file) void onOpen({ kind: "file", file });
          }}
        />
        <Button appearance="secondary" disabled={loading} onClick={() => void pasteFromClipboard()}>
          {t("pasteRange")}
        </Button>
        <Button
          appearance="secondary"
          disabled={loading || downloading}
          onClick={() => {
            setDownloading(true);
            void onDownload().finally(() => setDownloading(false));
          }}
        >
          {t("downloadWorkbook")}
        </Button>
        <Button appearance="subtle" disabled={loading} onClick={() => void onOpen({ kind: "sample" })}>
          {t("reloadSample")}
        </Button>
      </div>
      <div ref={dropZone} className={styles.dropZone} tabIndex={0} role="region" aria-label={t("dropHint")} data-kam-paste>
        {t("dropHint")}
      </div>
      {clipboardRefused && <Text role="alert">{t("clipboardUnavailable")}</Text>}
      {loading && (
        <div className={styles.loading}>
          <div role="status" className={styles.loadingStatus}>
            <Text>{t("loadingWorkbook")}</Text>
            <ProgressBar value={progress ?? undefined} aria-label={t("loadingWorkbook")} />
          </div>
          <Button appearance="secondary" onClick={onCancel}>
            {t("cancelOpening")}
          </Button>
        </div>
      )}
      {notice && (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>
            <span role={notice.intent === "error" ? "alert" : "status"}>{t(notice.key, notice.params)}</span>
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.preview}>
        {previewElement}
      </div>
    </div>
  );
}
