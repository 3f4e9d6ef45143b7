/** A dossier read back from its cells: where its sections are now, its own data, its contacts and last review. */
import type { CellValue } from "../engine/types";
import { LANGUAGES, type Lang } from "../i18n/core";
import { CONTACT_OUTCOME_VALUES } from "../i18n/dossier";
import { ANCHOR_COLUMN, CONTACT_DATE, CONTACT_OUTCOME, type DossierRows, LABEL_COLUMN, META, VALUE_COLUMN, fieldRow, rowsFromAnchors, tableRowSpan } from "./dossier-spec";

export interface ContactEntry {
  date: number;
  outcome: "positive" | "neutral" | "negative" | null;
  /** 0-based sheet row. */
  row: number;
}

export interface DossierReadBack {
  rows: DossierRows;
  key: string;
  lang: Lang;
  /** The client's name as last written. */
  name: string;
  created: number | null;
  everKey: boolean;
  lastReviewed: number | null;
  contacts: ContactEntry[];
}

/** Parses a dossier from the values of its columns A..G (row 0 = sheet row 1); null if it is not one. */
export function readDossier(values: readonly (readonly CellValue[])[]): DossierReadBack | null {
  const rows = rowsFromAnchors(values.map((row) => row[ANCHOR_COLUMN] ?? null));
  if (!rows) return null;
  const cell = (row: number, column: number): CellValue => values[row]?.[column] ?? null;
  const number = (v: CellValue): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
  const metaLang = String(cell(rows.meta, META.lang) ?? "");
  const lang: Lang = (LANGUAGES as readonly string[]).includes(metaLang) ? (metaLang as Lang) : "en";
  const outcomeNames = Object.keys(CONTACT_OUTCOME_VALUES) as ContactEntry["outcome"][];
  const outcomeTexts = outcomeNames.map((_, index) => normalised(cell(rows.lists.contactOutcome, LABEL_COLUMN + index)));
  const contacts: ContactEntry[] = [];
  const { first, last } = tableRowSpan(rows, "contacts");
  for (let row = first; row <= last; row++) {
    const date = number(cell(row, LABEL_COLUMN + CONTACT_DATE));
    if (date === null) continue;
    const index = outcomeTexts.indexOf(normalised(cell(row, LABEL_COLUMN + CONTACT_OUTCOME)));
    contacts.push({ date, outcome: index >= 0 && outcomeTexts[index] !== "" ? outcomeNames[index] : null, row });
  }
  const everKey = cell(rows.meta, META.everKey);
  return {
    rows,
    key: String(cell(rows.meta, META.key) ?? ""),
    lang,
    name: String(cell(rows.meta, META.name) ?? ""),
    created: number(cell(rows.meta, META.created)),
    everKey: everKey === true || (typeof everKey === "string" && everKey.toUpperCase() === "TRUE"),
    lastReviewed: number(cell(fieldRow(rows, "review", 0), VALUE_COLUMN)),
    contacts,
  };
}

/** Excel compares text case-insensitively; so does the read-back. */
function normalised(value: CellValue): string {
  return typeof value === "string" ? value.trim().toLowerCase() : "";
}
