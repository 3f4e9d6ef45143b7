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
 * `content` is the bytes, a text or texts one after another (each written as UTF-8 on its own, so
 * none may end inside a pair of surrogates), or a writer that hands the bytes over in pieces (a
 * workbook streamed as it is made).
 */
export async function writeAtomically(path: string, content: Uint8Array | string | Iterable<string> | ((write: (chunk: Uint8Array) => void) => Promise<void>)): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.kam-${process.pid}.tmp`);
  try {
    if (content instanceof Uint8Array) writeFileSync(temporary, content);
    else {
      const fd = openSync(temporary, "w");
      try {
        if (typeof content === "function") await content((chunk) => writeAll(fd, chunk));
        else writeTexts(fd, typeof content === "string" ? [content] : content);
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

/** UTF-16 units of a text encoded at a time: the buffer that takes them is 3 bytes a unit. */
const TEXT_PIECE = 1 << 18;

/**
 * Texts as UTF-8, a piece at a time through one buffer, written when it is full. Encoding a report
 * of several MB whole makes a copy of it in memory the process has not touched yet, and on a VM
 * each fresh page costs about as much as encoding it (docs/large-files.md).
 */
function writeTexts(fd: number, texts: Iterable<string>): void {
  const buffer = Buffer.allocUnsafe(TEXT_PIECE * 3);
  let used = 0;
  for (const text of texts) {
    for (let at = 0; at < text.length; ) {
      let end = Math.min(text.length, at + TEXT_PIECE);
      // A pair of surrogates (a character past U+FFFF) is encoded whole, in one piece.
      const last = text.charCodeAt(end - 1);
      if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
      if (used + (end - at) * 3 > buffer.length) {
        writeAll(fd, buffer.subarray(0, used));
        used = 0;
      }
      used += buffer.write(text.slice(at, end), used);
      at = end;
    }
  }
  writeAll(fd, buffer.subarray(0, used));
}
