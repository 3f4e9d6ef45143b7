/**
 * The text of a CSV file. Excel saves "CSV UTF-8" (with a BOM) and "Unicode text" (UTF-16), but its
 * plain "CSV" is in the Windows code page of the system: Cyrillic (1251) in Russia, Baltic (1257),
 * Arabic (1256), GBK or Big5 for Chinese. A file that is not valid UTF-8 is decoded with the code
 * page under which its header is recognised; with an all-ASCII header, Western (1252).
 * No Node imports: the playground decodes dropped and opened files with it in the browser.
 */
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

/**
 * UTF-16 without a byte-order mark, told by its zero bytes: text in any Latin, Cyrillic or other
 * alphabet below U+0100 has a zero in every other byte (the high byte), and no CSV has NUL otherwise.
 */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const sample = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (sample < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.1) return "utf-16le";
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.1) return "utf-16be";
  return null;
}

export function decodeCsv(bytes: Uint8Array, settings: ReadSettings): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // not UTF-8: a Windows code page
  }
  const sample = bytes.subarray(0, HEADER_SAMPLE_BYTES);
  const codePage = CODE_PAGES.find((encoding) => headerRecognised(new TextDecoder(encoding).decode(sample), settings)) ?? WESTERN;
  return new TextDecoder(codePage).decode(bytes);
}
