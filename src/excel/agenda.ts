/**
 * The agenda: which dossier reviews and client contacts are overdue. The dates are computed here
 * from what managers typed (the headless Excel does not evaluate formulas), by the same rules as
 * the dossier's own formulas: next review = last reviewed (or, before the first review, the day
 * the dossier was created) + 3 months; next contact = latest contact + 14 days after a negative
 * outcome, else + 10 days (no contact yet: created + 10 days).
 */
import { serialFromYmd, ymdFromSerial, daysInMonth, isoFromSerial } from "../engine/calendar";
import type { DossierReadBack } from "./dossier-parse";
import { CONTACT_DAYS, REVIEW_MONTHS } from "./dossier-spec";
import { readRegistry } from "./registry";
import { loadDossiers } from "./dossier-read";
import type { ExcelRun } from "./host";

export interface AgendaItem {
  kind: "review" | "contact";
  /** Client name as the dossier last showed it. */
  client: string;
  clientKey: string;
  /** The dossier sheet's current name, for a link (`'<sheet>'!A1`). */
  sheet: string;
  /** Excel serial and ISO text of the day it was due. */
  due: number;
  dueIso: string;
  daysOverdue: number;
}

/** Overdue reviews and contacts of every dossier in the workbook, most overdue first. */
export async function readAgenda(run: ExcelRun, today: Date): Promise<AgendaItem[]> {
  const { dossiers } = await run(async (context) => loadDossiers(context, await readRegistry(context)));
  return agendaOf(
    dossiers.flatMap((dossier) => (dossier.readBack ? [{ sheet: dossier.sheet, readBack: dossier.readBack }] : [])),
    serialOfDay(today),
  );
}

/** A dossier read back, with the name of its sheet now. */
export interface DossierOnSheet {
  sheet: string;
  readBack: DossierReadBack;
}

/** The agenda of dossiers already read back. `today` is an Excel serial. */
export function agendaOf(dossiers: readonly DossierOnSheet[], today: number): AgendaItem[] {
  const items: AgendaItem[] = [];
  for (const { sheet, readBack } of dossiers) {
    const due = dueDates(readBack);
    const add = (kind: AgendaItem["kind"], date: number | null) => {
      if (date === null || date >= today) return;
      items.push({ kind, client: readBack.name, clientKey: readBack.key, sheet, due: date, dueIso: isoFromSerial(date), daysOverdue: today - date });
    };
    add("review", due.nextReview);
    add("contact", due.nextContact);
  }
  return items.sort((a, b) => b.daysOverdue - a.daysOverdue || a.sheet.localeCompare(b.sheet) || a.kind.localeCompare(b.kind));
}

/** Next review and next contact due of one dossier (serials; null when there is nothing to go by). */
export function dueDates(readBack: DossierReadBack): { nextReview: number | null; nextContact: number | null } {
  const reviewBase = readBack.lastReviewed ?? readBack.created;
  const nextReview = reviewBase === null ? null : addMonths(Math.floor(reviewBase), REVIEW_MONTHS);
  let latest: DossierReadBack["contacts"][number] | null = null;
  // The first row with the latest date, as the sheet's MATCH(MAX(...)) finds it.
  for (const contact of readBack.contacts) if (latest === null || contact.date > latest.date) latest = contact;
  let nextContact: number | null;
  if (latest) nextContact = Math.floor(latest.date) + (latest.outcome === "negative" ? CONTACT_DAYS.afterNegative : CONTACT_DAYS.afterPositiveOrNeutral);
  else nextContact = readBack.created === null ? null : Math.floor(readBack.created) + CONTACT_DAYS.afterPositiveOrNeutral;
  return { nextReview, nextContact };
}

/** Excel's EDATE: the same day `months` later, or the last day of that month when it is shorter. */
export function addMonths(serial: number, months: number): number {
  const { year, month, day } = ymdFromSerial(serial);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return serialFromYmd(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** The calendar day of `date` in local time (what Excel's TODAY() gives) as an Excel serial. */
export function serialOfDay(date: Date): number {
  return serialFromYmd(date.getFullYear(), date.getMonth() + 1, date.getDate());
}
