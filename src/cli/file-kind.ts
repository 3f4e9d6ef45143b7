/**
 * What a sales file is, told by its first bytes whatever its name says, and the message that
 * stops a run on a file that is not what its name says. No Node imports: the command line and the
 * playground (files opened or dropped in the browser) give the same messages.
 */
import { InputException } from "../engine/read";

/** What the first bytes say a file is, whatever its name. */
export function fileKind(bytes: Uint8Array): "zip" | "ole" | "other" {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return "zip";
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return "ole";
  return "other";
}

/** A file that is not what its name says stops with what it is and what to do (never zip bytes read as headers). */
export function checkKind(file: string, bytes: Uint8Array, csv: boolean): void {
  const kind = fileKind(bytes);
  const fail = (message: string): never => {
    throw new InputException({ code: "wrong-file-type", message, problems: [] });
  };
  if (kind === "ole") fail(`${file} is a legacy .xls workbook or a password-protected one: open it in Excel and save it as an .xlsx workbook without a password`);
  if (csv && kind === "zip") fail(`${file} is an Excel workbook (.xlsx), not a CSV file: rename it to .xlsx and run again`);
  if (!csv && kind !== "zip") fail(`${file} is not an .xlsx workbook (it holds no zip package; a CSV file? rename it to .csv and run again)`);
}
