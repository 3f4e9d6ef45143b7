/** A dossier read back from its cells: where its sections are now, its own data and what the manager typed in it. */
import type { CellValue } from "../engine/types";
import { LANGUAGES, type Lang } from "../i18n/core";
import { ACTION, ALL_LISTS, CONTACT, FAVOURABLE_ANSWERS, READ_COLUMNS, REVIEW, rungOf, type DossierRows, FIGURES, SECTIONS, type SectionId, HISTORY, LABEL_COLUMN, LEFT_PAIRS, LIST_VALUES, type ListId, MEMBER, META, POSITION, VALUE_COLUMN, fieldRow, rowsFromAnchors, tableRowSpan } from "./dossier-spec";

/** A value of one of the dossier's lists, by its id (the list's key in src/i18n/dossier.ts). */
type ListValue<L extends ListId> = keyof (typeof LIST_VALUES)[L] & string;

export interface ContactEntry {
  date: number;
  outcome: ListValue<"contactOutcome"> | null;
  /** With whom, as typed ("" when not said). */
  person: string;
  /** 0-based sheet row. */
  row: number;
}

export interface Member {
  name: string;
  role: ListValue<"role"> | null;
  attitude: ListValue<"attitude"> | null;
}

export interface ActionEntry {
  text: string;
  owner: string;
  due: number | null;
  status: ListValue<"actionStatus"> | null;
  row: number;
}

/** One review of the perception and satisfaction grid (one column). */
export interface ReviewEntry {
  date: number;
  /** The rung (1-4) its answers suggest (rungOf); null when no question was answered. */
  rung: number | null;
  satisfaction: ListValue<"satisfaction"> | null;
  complaints: string;
}

export interface DossierReadBack {
  rows: DossierRows;
  key: string;
  lang: Lang;
  /** The client's name as last written. */
  name: string;
  /** The client's manager as the Figures section last showed it ("" when none). */
  manager: string;
  created: number | null;
  everKey: boolean;
  lastReviewed: number | null;
  contacts: ContactEntry[];
  /** The decision group: rows with a name or a role. */
  members: Member[];
  actions: ActionEntry[];
  /** Outcome of the latest dated deal in the relationship history. */
  lastDeal: ListValue<"historyOutcome"> | null;
  /** Rows of the competitor profile with a competitor named. */
  competitors: number;
  /** The reviews of section 13 with a date, oldest first. */
  reviews: ReviewEntry[];
  ladder: ListValue<"ladder"> | null;
  satisfaction: ListValue<"satisfaction"> | null;
  complaints: string;
  /**
   * Cells of the tables' rows and the fields' values that hold something typed (not a formula):
   * "row:column". A run never writes over them, not even in a computed column.
   */
  typed: ReadonlySet<string>;
}

/**
 * Parses a dossier from the values (and, when given, the formulas) of its columns A..H (row 0 =
 * sheet row 1); null if it is not one.
 */
export function readDossier(values: readonly (readonly CellValue[])[], formulas?: readonly (readonly unknown[])[]): DossierReadBack | null {
  const rows = rowsFromAnchors(values.map((row) => row[0] ?? null));
  if (!rows) return null;
  const cell = (row: number, column: number): CellValue => values[row]?.[column] ?? null;
  const text = (row: number, column: number): string => {
    const value = cell(row, column);
    return value === null ? "" : String(value).trim();
  };
  const number = (v: CellValue): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
  const metaLang = String(cell(rows.meta, META.lang) ?? "");
  const lang: Lang = (LANGUAGES as readonly string[]).includes(metaLang) ? (metaLang as Lang) : "en";
  // List values are compared with the texts written in this dossier's own list rows, as its formulas do.
  const lists = new Map(ALL_LISTS.map((id) => [id, Object.keys(LIST_VALUES[id]).map((_, index) => normalised(cell(rows.lists[id], LABEL_COLUMN + index)))]));
  const listValue = <L extends ListId>(id: L, value: CellValue): ListValue<L> | null => {
    const texts = lists.get(id) as string[];
    const index = texts.indexOf(normalised(value));
    return index >= 0 && texts[index] !== "" ? (Object.keys(LIST_VALUES[id])[index] as ListValue<L>) : null;
  };
  const spanRows = (id: SectionId): number[] => {
    const { first, last } = tableRowSpan(rows, id);
    return Array.from({ length: last - first + 1 }, (_, index) => first + index);
  };
  const at = (offset: number) => LABEL_COLUMN + offset;

  const contacts: ContactEntry[] = [];
  for (const row of spanRows("contacts")) {
    const date = number(cell(row, at(CONTACT.date)));
    if (date !== null) contacts.push({ date, outcome: listValue("contactOutcome", cell(row, at(CONTACT.outcome))), person: text(row, at(CONTACT.person)), row });
  }
  const members = spanRows("decisionGroup")
    .map((row) => ({ name: text(row, at(MEMBER.name)), role: listValue("role", cell(row, at(MEMBER.role))), attitude: listValue("attitude", cell(row, at(MEMBER.attitude))) }))
    .filter((member) => member.name !== "" || member.role !== null);
  const actions = spanRows("actions")
    .map((row) => ({ text: text(row, at(ACTION.text)), owner: text(row, at(ACTION.owner)), due: number(cell(row, at(ACTION.due))), status: listValue("actionStatus", cell(row, at(ACTION.status))), row }))
    .filter((action) => action.text !== "" || action.due !== null);
  let lastDeal: DossierReadBack["lastDeal"] = null;
  let lastDealDate = -Infinity;
  for (const row of spanRows("history")) {
    const date = number(cell(row, at(HISTORY.date)));
    const outcome = listValue("historyOutcome", cell(row, at(HISTORY.outcome)));
    if (date !== null && outcome !== null && date > lastDealDate) [lastDeal, lastDealDate] = [outcome, date];
  }
  const typed = new Set<string>();
  const check = (r: number, c: number) => {
    const value = cell(r, c);
    const formula = formulas?.[r]?.[c];
    if (value !== null && value !== "" && !(typeof formula === "string" && formula.startsWith("="))) typed.add(`${r}:${c}`);
  };
  if (formulas) {
    for (const section of SECTIONS) {
      if (section.table) {
        // Beside the table too: the decision group's figures by attitude stand right of it.
        for (const row of spanRows(section.id)) for (let c = LABEL_COLUMN; c < READ_COLUMNS; c++) check(row, c);
      } else if (section.grid) {
        section.grid.rows.forEach((_, index) => {
          for (let c = VALUE_COLUMN; c < READ_COLUMNS; c++) check(fieldRow(rows, section.id, index), c);
        });
      } else {
        section.fields?.forEach((_, index) => check(fieldRow(rows, section.id, index), VALUE_COLUMN));
      }
    }
  }
  const reviewRow = (field: number) => fieldRow(rows, "reviews", field);
  const reviews: ReviewEntry[] = [];
  for (let c = VALUE_COLUMN; c < READ_COLUMNS; c++) {
    const date = number(cell(reviewRow(REVIEW.date), c));
    if (date === null) continue;
    const answers = FAVOURABLE_ANSWERS.map((_, index) => listValue("yesNo", cell(reviewRow(REVIEW.firstQuestion + index), c)));
    const favourable = answers.filter((answer, index) => answer === FAVOURABLE_ANSWERS[index]).length;
    reviews.push({
      date,
      rung: answers.some((answer) => answer !== null) ? rungOf(favourable) : null,
      satisfaction: listValue("satisfaction", cell(reviewRow(REVIEW.satisfaction), c)),
      complaints: text(reviewRow(REVIEW.complaints), c),
    });
  }
  reviews.sort((a, b) => a.date - b.date);
  const everKey = cell(rows.meta, META.everKey);
  const positionCell = (field: number) => cell(fieldRow(rows, "position", field), VALUE_COLUMN);
  return {
    rows,
    key: String(cell(rows.meta, META.key) ?? ""),
    lang,
    name: String(cell(rows.meta, META.name) ?? ""),
    manager: text(rows.figures + FIGURES.firstPair + LEFT_PAIRS.indexOf("manager"), VALUE_COLUMN),
    created: number(cell(rows.meta, META.created)),
    everKey: everKey === true || (typeof everKey === "string" && everKey.toUpperCase() === "TRUE"),
    lastReviewed: number(cell(fieldRow(rows, "review", 0), VALUE_COLUMN)),
    contacts,
    members,
    actions,
    lastDeal,
    competitors: spanRows("competitors").filter((row) => text(row, LABEL_COLUMN) !== "").length,
    reviews,
    ladder: listValue("ladder", positionCell(POSITION.ladder)),
    satisfaction: listValue("satisfaction", positionCell(POSITION.satisfaction)),
    complaints: String(positionCell(POSITION.complaints) ?? "").trim(),
    typed,
  };
}

/** Excel compares text case-insensitively; so does the read-back. */
function normalised(value: CellValue): string {
  return typeof value === "string" ? value.trim().toLowerCase() : "";
}
