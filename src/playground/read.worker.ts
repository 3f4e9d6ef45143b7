/**
 * The playground's file reading, off the page's thread: a CSV's decoding and parsing, an .xlsx
 * package's unzipping and ExcelJS's parse, and the workbook model built from them all run here;
 * the page gets the model (structured clone) and only revives it. Cancel terminates this worker.
 */
import { packValues } from "./model-transfer";
import { openFileBytes, openPastedText } from "./open";
import { failureOf, type ReadReply, type ReadRequest, type WorkerScope } from "./worker-messages";

const scope = self as unknown as WorkerScope<ReadRequest, ReadReply>;

scope.onmessage = async ({ data: request }) => {
  const progress = async (fraction: number): Promise<void> => scope.postMessage({ type: "progress", fraction });
  try {
    const excel =
      request.kind === "file"
        ? await openFileBytes(request.name, new Uint8Array(request.bytes), request.locale, progress)
        : await openPastedText(request.text, request.locale, progress);
    const { values, transfer } = packValues(excel.model);
    scope.postMessage({ type: "done", model: excel.model, values }, transfer);
  } catch (error) {
    scope.postMessage({ type: "failed", failure: failureOf(error) });
  }
};
