/**
 * The agenda: which dossier reviews, client contacts and plan actions are overdue. The dates are
 * computed here from what managers typed (the headless Excel does not evaluate formulas), by the
 * same rules as the dossier's own formulas (dossier-figures.ts): next review = last reviewed (or,
 * before the first review, the day the dossier was created) + 3 months; the contacts rhythm of
 * contactRhythm; an open action is overdue the day after its due date.
 */
import { serialFromYmd, ymdFromSerial, daysInMonth, isoFromSerial } from "../engine/calendar";
import type { DossierReadBack } from "./dossier-parse";
import { CONTACT_DAYS, DEFAULT_DOSSIER_RULES, type DossierRules, REVIEW_MONTHS } from "./dossier-spec";
import { readRegistry } from "./registry";
import { readSettingsSheet } from "./settings";
import { loadDossiers } from "./dossier-read";
import type { ExcelRun } from "./host";

export interface AgendaItem {
  kind: "review" | "contact" | "action";
  /** Client name as the dossier last showed it. */
  client: string;
  /** The client's manager as the dossier last showed it ("" when none): the pane groups by it. */
  manager: string;
  /** The action's text (kind "action"), else "". */
  action: string;
  clientKey: string;
  /** The dossier sheet's current name, for a link (`'<sheet>'!A1`). */
  sheet: string;
  /** Excel serial and ISO text of the day it was due. */
  due: number;
  dueIso: string;
  daysOverdue: number;
}

/** Overdue reviews and contacts of every dossier in the workbook, most overdue first. */
/** The agenda of the workbook's dossiers, by the dossier rules saved in it. */
export async function readAgenda(run: ExcelRun, today: Date): Promise<AgendaItem[]> {
  const { dossiers, rules } = await run(async (context) => {
    const registry = await readRegistry(context);
    const { stored } = await readSettingsSheet(context, registry);
    return { ...(await loadDossiers(context, registry)), rules: stored?.settings.dossierRules ?? DEFAULT_DOSSIER_RULES };
  });
  return agendaOf(
    dossiers.flatMap((dossier) => (dossier.readBack ? [{ sheet: dossier.sheet, readBack: dossier.readBack }] : [])),
    serialOfDay(today),
    rules,
  );
}

/** A dossier read back, with the name of its sheet now. */
export interface DossierOnSheet {
  sheet: string;
  readBack: DossierReadBack;
}

/** The agenda of dossiers already read back. `today` is an Excel serial. */
export function agendaOf(dossiers: readonly DossierOnSheet[], today: number, rules: DossierRules = DEFAULT_DOSSIER_RULES): AgendaItem[] {
  const items: AgendaItem[] = [];
  for (const { sheet, readBack } of dossiers) {
    const due = dueDates(readBack, rules);
    const add = (kind: AgendaItem["kind"], date: number | null, action = "") => {
      if (date === null || date >= today) return;
      items.push({ kind, client: readBack.name, manager: readBack.manager, action, clientKey: readBack.key, sheet, due: date, dueIso: isoFromSerial(date), daysOverdue: today - date });
    };
    add("review", due.nextReview);
    add("contact", due.nextContact);
    for (const action of overdueActions(readBack, today)) add("action", Math.floor(action.due as number), action.text);
  }
  return items.sort((a, b) => b.daysOverdue - a.daysOverdue || a.sheet.localeCompare(b.sheet) || a.kind.localeCompare(b.kind));
}

/** Open actions (not done, not dropped) whose due date has passed. */
export function overdueActions(readBack: DossierReadBack, today: number): DossierReadBack["actions"] {
  return readBack.actions.filter((action) => action.due !== null && Math.floor(action.due) < today && action.status !== "done" && action.status !== "dropped");
}

/** Next review and next contact due of one dossier (serials; null when there is nothing to go by). */
export function dueDates(readBack: DossierReadBack, rules: DossierRules = DEFAULT_DOSSIER_RULES): { nextReview: number | null; nextContact: number | null } {
  const reviewBase = readBack.lastReviewed ?? readBack.created;
  const nextReview = reviewBase === null ? null : addMonths(Math.floor(reviewBase), REVIEW_MONTHS);
  return { nextReview, nextContact: contactRhythm(readBack, rules).nextContact };
}

/**
 * The contacts rhythm (Lithuanian article): the next personal contact is due 10 days after the
 * latest positive contact (neutral ones count only with `neutralResets`; before any, 10 days after
 * the dossier was made); after a negative contact later than that, personal contact pauses for 14
 * days and is due when the pause ends. The dossier's formulas compute the same (dossier-figures.ts).
 * @example contactRhythm({ created: 100, contacts: [{ date: 120, outcome: "negative", ... }] }, rules) // { nextContact: 134, pauseEnds: 134 }
 */
export function contactRhythm(readBack: Pick<DossierReadBack, "contacts" | "created">, rules: DossierRules): { nextContact: number | null; pauseEnds: number | null } {
  let lastReset = 0;
  let lastNegative = 0;
  for (const contact of readBack.contacts) {
    const date = Math.floor(contact.date);
    if (contact.outcome === "positive" || (rules.neutralResets && contact.outcome === "neutral")) lastReset = Math.max(lastReset, date);
    if (contact.outcome === "negative") lastNegative = Math.max(lastNegative, date);
  }
  const base = lastReset > 0 ? lastReset : readBack.created === null ? null : Math.floor(readBack.created);
  const pauseEnds = lastNegative > 0 ? lastNegative + CONTACT_DAYS.pause : null;
  // Without a creation date (a damaged meta row) only a pause dates the next contact.
  if (base === null) return { nextContact: pauseEnds, pauseEnds };
  return { nextContact: Math.max(base + CONTACT_DAYS.rhythm, lastNegative > lastReset ? lastNegative + CONTACT_DAYS.pause : 0), pauseEnds };
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
