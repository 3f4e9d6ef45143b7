/**
 * The text of a CSV file. Excel saves "CSV UTF-8" (with a BOM) and "Unicode text" (UTF-16), but its
 * plain "CSV" is in the Windows code page of the system: Cyrillic (1251) in Russia, Baltic (1257),
 * Arabic (1256), GBK or Big5 for Chinese. A file that is not valid UTF-8 is decoded with the code
 * page under which its header is recognised; with an all-ASCII header, Western (1252).
 */
import { isAscii } from "node:buffer";
import { findHeaderRow, HEADER_SEARCH_ROWS } from "../engine/read";
import type { ReadSettings } from "../engine/types";
import { CsvReader } from "./csv";

const CODE_PAGES = ["windows-1251", "windows-1257", "windows-1256", "gbk", "big5"] as const;
const WESTERN = "windows-1252";
/** Bytes decoded to find the header (it sits in the first rows). */
const HEADER_SAMPLE_BYTES = 64 * 1024;

function headerRecognised(text: string, settings: ReadSettings): boolean {
  const top = new CsvReader(text).read(HEADER_SEARCH_ROWS);
  const index = findHeaderRow(top, settings);
  return index >= 0 && top[index].some((cell) => !/^[\x20-\x7e]*$/.test(cell));
}

export function decodeCsv(bytes: Buffer, settings: ReadSettings): string {
  // Pure ASCII (most machine exports) decodes the cheapest way, to the same text.
  if (isAscii(bytes)) return bytes.toString("latin1");
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // not UTF-8: a Windows code page
  }
  const sample = bytes.subarray(0, HEADER_SAMPLE_BYTES);
  const codePage = CODE_PAGES.find((encoding) => headerRecognised(new TextDecoder(encoding).decode(sample), settings)) ?? WESTERN;
  return new TextDecoder(codePage).decode(bytes);
}
