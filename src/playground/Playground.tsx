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
import { openFileBytes, openPastedText, TEXT_SHEET } from "./open";
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
  intent: "success" | "error";
  key: UiKey;
  params: Record<string, string>;
}

interface PlaygroundProps {
  initial: LoadedWorkbook;
  loadSample: () => Promise<HeadlessExcel>;
  /** The sample's file name, for its download. */
  sampleName: string;
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

export function Playground({ initial, loadSample, sampleName }: PlaygroundProps): ReactElement {
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

  /** Opens a workbook in place of the current one; on failure the current one stays, and the pane starts afresh on it. */
  const open = useCallback(
    async (source: Source): Promise<void> => {
      if (loading) return;
      setProgress(null);
      setNotice(null);
      const report = async (fraction: number): Promise<void> => {
        setProgress(fraction);
        // A turn of the event loop, so the bar is painted between chunks.
        await new Promise((resolve) => setTimeout(resolve, 0));
      };
      const name = source.kind === "file" ? source.file.name : source.kind === "sample" ? sampleName : null;
      try {
        const excel =
          source.kind === "sample"
            ? await loadSample()
            : source.kind === "file"
              ? await openFileBytes(source.file.name, new Uint8Array(await source.file.arrayBuffer()), navigator.language, report)
              : await openPastedText(source.text, navigator.language, report);
        setLoaded((current) => ({ excel, id: current.id + 1, name }));
        setNotice(source.kind === "text" ? { intent: "success", key: "openedPaste", params: { sheet: TEXT_SHEET } } : { intent: "success", key: "openedFile", params: { file: name ?? "" } });
      } catch (error) {
        const message = error instanceof InputException ? error.error.message : error instanceof Error ? error.message : String(error);
        // Nothing of the previous run's messages stays in the pane: it starts afresh on the workbook it has.
        setLoaded((current) => ({ ...current, id: current.id + 1 }));
        setNotice(source.kind === "text" ? { intent: "error", key: "pasteNotOpened", params: { message } } : { intent: "error", key: "fileNotOpened", params: { file: name ?? "", message } });
      } finally {
        setProgress(undefined);
      }
    },
    [loading, loadSample, sampleName],
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
            <Pane actions={actions} />
          </main>
          <div className={styles.beside}>
            <PlaygroundSide
              preview={preview}
              version={version}
              progress={progress}
              notice={notice}
              onOpen={open}
              onDownload={download}
              onChange={() => setVersion((current) => current + 1)}
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
  onDownload: () => Promise<void>;
  /** The person selected or typed in the preview. */
  onChange: () => void;
}

function PlaygroundSide({ preview, version, progress, notice, onOpen, onDownload, onChange }: PlaygroundSideProps): ReactElement {
  const styles = useStyles();
  const { t } = useLocale();
  const fileInput = useRef<HTMLInputElement>(null);
  const dropZone = useRef<HTMLDivElement>(null);
  const [clipboardRefused, setClipboardRefused] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const loading = progress !== undefined;
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
        <div role="status">
          <Text>{t("loadingWorkbook")}</Text>
          <ProgressBar value={progress ?? undefined} aria-label={t("loadingWorkbook")} />
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
        <WorkbookPreview workbook={preview} version={version} onChange={onChange} />
      </div>
    </div>
  );
}
