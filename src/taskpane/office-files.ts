/**
 * WorkbookFiles inside Excel, as Microsoft's "Work with workbooks" article copies a workbook
 * (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-workbooks, "Create a workbook"):
 * Document.getFileAsync(Compressed) gives the open workbook as .xlsx bytes, in slices of at most
 * 4 MB (GetFileOptions.sliceSize), and Excel.createWorkbook(base64) opens bytes as a new workbook
 * (ExcelApi 1.8; the manifest asks for 1.13).
 */
import { concat } from "../headless/xlsx-zip";
import type { WorkbookFiles } from "./manager-workbook";

/** GetFileOptions.sliceSize's largest value (4 MB), so a workbook comes in few slices. */
const SLICE_BYTES = 4 * 1024 * 1024;

/** Excel's WorkbookFiles, or null where this Excel cannot give the open workbook as a file. */
export function officeWorkbookFiles(): WorkbookFiles | null {
  // CompressedFile: getFileAsync(Office.FileType.Compressed), the requirement set Microsoft lists for it.
  if (!Office.context.requirements.isSetSupported("CompressedFile", "1.1")) return null;
  return { delivery: "new-workbook", current: currentFile, deliver: (bytes) => Excel.createWorkbook(toBase64(bytes)) };
}

function currentFile(): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize: SLICE_BYTES }, (opened) => {
      if (opened.status === Office.AsyncResultStatus.Failed) return reject(new Error(opened.error.message));
      const file = opened.value;
      const slices: Uint8Array[] = [];
      // Office keeps at most two files open per document: close it whatever happens.
      const finish = (error: Error | null): void =>
        file.closeAsync(() => {
          try {
            if (error) reject(error);
            else resolve(concat(slices));
          } catch (failure) {
            reject(failure);
          }
        });
      const next = (index: number): void => {
        if (index === file.sliceCount) return finish(null);
        file.getSliceAsync(index, (sliced) => {
          // Whatever fails here still closes the file and settles the promise, so the pane never waits for ever.
          try {
            if (sliced.status === Office.AsyncResultStatus.Failed) return finish(new Error(sliced.error.message));
            slices.push(new Uint8Array(sliced.value.data as number[]));
            next(index + 1);
          } catch (error) {
            finish(error instanceof Error ? error : new Error(String(error)));
          }
        });
      };
      next(0);
    });
  });
}

/** Bytes as base64, a block at a time (String.fromCharCode takes a bounded number of arguments). */
function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}
