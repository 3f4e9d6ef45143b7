/**
 * Writing a result file whole or not at all (`--json`, `--out`, the managers' workbooks). Kept apart
 * from the workbook writer, so that a `--json` run does not load it.
 */
import { closeSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * Writes a file so that it is either the new file whole or the old one untouched: a temporary file
 * in the same folder (the same file system, so the rename is atomic), renamed into place. A write
 * that fails (a full disk, a size limit) leaves the old file as it was and removes the temporary one.
 * `content` is the bytes, or a writer that hands them over in pieces (a workbook streamed as it is made).
 */
export async function writeAtomically(path: string, content: Uint8Array | ((write: (chunk: Uint8Array) => void) => Promise<void>)): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.kam-${process.pid}.tmp`);
  try {
    if (content instanceof Uint8Array) writeFileSync(temporary, content);
    else {
      const fd = openSync(temporary, "w");
      try {
        await content((chunk) => writeAll(fd, chunk));
      } finally {
        closeSync(fd);
      }
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

function writeAll(fd: number, chunk: Uint8Array): void {
  for (let at = 0; at < chunk.length; ) at += writeSync(fd, chunk, at, chunk.length - at);
}
