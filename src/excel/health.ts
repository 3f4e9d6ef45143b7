/**
 * KAM Health: one row per dossier, with what a manager's superior looks at first (overdue contact,
 * review and actions, the decision group's coverage, the client's position and satisfaction) and a
 * red / amber / green status whose reasons are written out. Computed at each run from what the
 * dossiers hold (the headless Excel and the command line evaluate no formulas), by the same rules
 * as the dossiers' formulas (agenda.ts).
 */
import { isoFromSerial } from "../engine/calendar";
import { RTL_LANGUAGES, translate, type Lang, type Translations } from "../i18n/core";
import { FOLLOW_UP_TEXT, HEALTH_TEXT, INDEX_TEXT, LADDER_VALUES, HISTORY_OUTCOME_VALUES, SATISFACTION_VALUES } from "../i18n/dossier";
import { COLUMN_TEXTS } from "../i18n/sheets";
import { quoteSheetName } from "../a1";
import { PALETTE } from "../palette";
import { contactRhythm, dueDates, overdueActions } from "./agenda";
import type { DossierReadBack } from "./dossier-parse";
import type { DossierRules } from "./dossier-spec";
import { COLOURS, FORMATS } from "./layout/common";
import { emptyPlan, TEXT_FORMAT, type PlanValue, type SheetPlan } from "./plan";

export const HEALTH_ID = "DossierHealth";
export const HEALTH_TABLE_NAME = "KAM_Health";

export type HealthStatus = "red" | "amber" | "green";

/** Why a dossier is not green: a text key of HEALTH_TEXT and its parameters. */
export interface HealthReason {
  text: keyof typeof HEALTH_TEXT;
  params?: Record<string, string | number>;
  level: Exclude<HealthStatus, "green">;
}

export interface HealthRow {
  sheet: string;
  client: string;
  manager: string;
  /** Days past due (0 or more); null when nothing is due yet. */
  contactOverdue: number | null;
  reviewOverdue: number | null;
  actionsOverdue: number;
  decisionMaker: boolean;
  supporters: number;
  opponents: number;
  withoutRole: number;
  ladder: DossierReadBack["ladder"];
  satisfaction: DossierReadBack["satisfaction"];
  complaints: string;
  competitors: number;
  lastDeal: DossierReadBack["lastDeal"];
  /** The rungs the reviews suggested, oldest first (1 = ordinary supplier ... 4 = trusted partner). */
  rungs: number[];
  /** Decision-group members not contacted (by the contacts log) for more than the rules' quiet days. */
  quiet: string[];
  status: HealthStatus;
  reasons: HealthReason[];
}

/** The ladder's rungs, lowest first (rung 1 = the first). */
const LADDER_KEYS = Object.keys(LADDER_VALUES) as NonNullable<DossierReadBack["ladder"]>[];

/** The two lowest rungs of satisfaction ("somewhat" and "very" dissatisfied). */
const DISSATISFIED: readonly NonNullable<DossierReadBack["satisfaction"]>[] = ["somewhatDissatisfied", "veryDissatisfied"];

/**
 * The health of one dossier on the day `today` (an Excel serial).
 * Red: a contact, review or action overdue, more opponents than supporters, a dissatisfied client.
 * Amber: no decision maker named, people without a role, open complaints, the client sees us as an
 * ordinary supplier, the last deal lost, members not contacted for long, a pause in personal contact.
 */
export function healthOf(dossier: { sheet: string; readBack: DossierReadBack }, today: number, rules: DossierRules): HealthRow {
  const { readBack } = dossier;
  const due = dueDates(readBack, rules);
  const late = (date: number | null) => (date === null || date >= today ? null : today - date);
  const contactOverdue = late(due.nextContact);
  const reviewOverdue = late(due.nextReview);
  const actionsOverdue = overdueActions(readBack, today).length;
  const { members } = readBack;
  const supporters = members.filter((member) => member.attitude === "supporter").length;
  const opponents = members.filter((member) => member.attitude === "opponent" || member.role === "opponent").length;
  const decisionMaker = members.some((member) => member.role === "decisionMaker" && member.name !== "");
  const withoutRole = members.filter((member) => member.name !== "" && member.role === null).length;
  const lastContactOf = new Map<string, number>();
  for (const contact of readBack.contacts) {
    const person = contact.person.toLowerCase();
    if (person !== "") lastContactOf.set(person, Math.max(lastContactOf.get(person) ?? 0, Math.floor(contact.date)));
  }
  const quiet = members.filter((member) => member.name !== "" && today - (lastContactOf.get(member.name.toLowerCase()) ?? -Infinity) > rules.quietDays).map((member) => member.name);
  const { pauseEnds } = contactRhythm(readBack, rules);
  // The latest review speaks for satisfaction and complaints; section 9's ladder is the manager's
  // own judgement, else the rung the latest review suggests.
  const latest = readBack.reviews[readBack.reviews.length - 1] ?? null;
  const rungs = readBack.reviews.flatMap((review) => (review.rung === null ? [] : [review.rung]));
  const ladder = readBack.ladder ?? (rungs.length > 0 ? LADDER_KEYS[rungs[rungs.length - 1] - 1] : null);
  const satisfaction = latest?.satisfaction ?? readBack.satisfaction;
  const complaints = latest && latest.complaints !== "" ? latest.complaints : readBack.complaints;

  const reasons: HealthReason[] = [];
  const red = (text: HealthReason["text"], params?: HealthReason["params"]) => reasons.push({ text, params, level: "red" });
  const amber = (text: HealthReason["text"], params?: HealthReason["params"]) => reasons.push({ text, params, level: "amber" });
  if (contactOverdue !== null) red("reasonContact", { days: contactOverdue });
  if (reviewOverdue !== null) red("reasonReview", { days: reviewOverdue });
  if (actionsOverdue > 0) red("reasonActions", { count: actionsOverdue });
  if (opponents > supporters) red("reasonOpponents");
  if (satisfaction !== null && DISSATISFIED.includes(satisfaction)) red("reasonDissatisfied");
  if (!decisionMaker) amber("reasonNoDecisionMaker");
  if (withoutRole > 0) amber("reasonNoRole", { count: withoutRole });
  if (complaints !== "") amber("reasonComplaints");
  if (ladder === "ordinary") amber("reasonOrdinary");
  if (readBack.lastDeal === "lost") amber("reasonLostDeal");
  if (quiet.length > 0) amber("reasonNotContacted", { days: rules.quietDays, names: quiet.join(", ") });
  if (pauseEnds !== null && pauseEnds > today) amber("reasonPaused", { date: isoFromSerial(pauseEnds) });
  const status: HealthStatus = reasons.some((reason) => reason.level === "red") ? "red" : reasons.length > 0 ? "amber" : "green";
  return {
    sheet: dossier.sheet,
    client: readBack.name,
    manager: readBack.manager,
    contactOverdue,
    reviewOverdue,
    actionsOverdue,
    decisionMaker,
    supporters,
    opponents,
    withoutRole,
    ladder,
    satisfaction,
    complaints,
    competitors: readBack.competitors,
    lastDeal: readBack.lastDeal,
    rungs,
    quiet,
    status,
    reasons,
  };
}

const STATUS_ORDER: Record<HealthStatus, number> = { red: 0, amber: 1, green: 2 };

/**
 * The "KAM Health" sheet's plan: a table (filterable by manager, like any table), red first, with
 * the status coloured in the palette's alert levels and its reasons in words.
 */
export function healthPlan(rows: HealthRow[], lang: Lang, today: number, rules: DossierRules): SheetPlan {
  const t = (entry: Translations, params?: Record<string, string | number>) => translate(entry, lang, params);
  const sorted = [...rows].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.manager.localeCompare(b.manager) || a.client.localeCompare(b.client));
  const plan = emptyPlan(HEALTH_ID, t(HEALTH_TEXT.sheetName), RTL_LANGUAGES.has(lang));
  const statusText = (status: HealthStatus) => t(HEALTH_TEXT[status]);
  const listText = <T extends string>(values: Record<T, Translations>, value: T | null): PlanValue => (value === null ? null : t(values[value]));
  const columns: { header: string; format: string | null; width: number; value: (row: HealthRow) => PlanValue }[] = [
    { header: t(INDEX_TEXT.dossier), format: TEXT_FORMAT, width: 150, value: (row) => row.sheet },
    { header: t(COLUMN_TEXTS.client), format: TEXT_FORMAT, width: 170, value: (row) => row.client },
    { header: t(COLUMN_TEXTS.manager), format: TEXT_FORMAT, width: 110, value: (row) => row.manager || null },
    { header: t(HEALTH_TEXT.status), format: null, width: 70, value: (row) => statusText(row.status) },
    { header: t(HEALTH_TEXT.reasons), format: TEXT_FORMAT, width: 360, value: (row) => (row.reasons.length > 0 ? row.reasons.map((reason) => t(HEALTH_TEXT[reason.text], reason.params)).join("; ") : t(HEALTH_TEXT.reasonNone)) },
    { header: t(HEALTH_TEXT.contactOverdue), format: FORMATS.integer, width: 90, value: (row) => row.contactOverdue },
    { header: t(HEALTH_TEXT.reviewOverdue), format: FORMATS.integer, width: 90, value: (row) => row.reviewOverdue },
    { header: t(HEALTH_TEXT.actionsOverdue), format: FORMATS.integer, width: 80, value: (row) => row.actionsOverdue },
    { header: t(HEALTH_TEXT.decisionMaker), format: null, width: 80, value: (row) => t(row.decisionMaker ? HEALTH_TEXT.yes : HEALTH_TEXT.no) },
    { header: t(HEALTH_TEXT.supportersOpponents), format: TEXT_FORMAT, width: 90, value: (row) => `${row.supporters} / ${row.opponents}` },
    { header: t(HEALTH_TEXT.peopleWithoutRole), format: FORMATS.integer, width: 80, value: (row) => row.withoutRole },
    { header: t(FOLLOW_UP_TEXT.ladder), format: null, width: 150, value: (row) => listText(LADDER_VALUES, row.ladder) },
    { header: t(HEALTH_TEXT.trajectory), format: TEXT_FORMAT, width: 100, value: (row) => row.rungs.join(" → ") || null },
    { header: t(FOLLOW_UP_TEXT.satisfaction), format: null, width: 130, value: (row) => listText(SATISFACTION_VALUES, row.satisfaction) },
    { header: t(FOLLOW_UP_TEXT.complaints), format: TEXT_FORMAT, width: 160, value: (row) => row.complaints || null },
    { header: t(HEALTH_TEXT.competitors), format: FORMATS.integer, width: 80, value: (row) => row.competitors },
    { header: t(HEALTH_TEXT.lastDeal), format: null, width: 80, value: (row) => listText(HISTORY_OUTCOME_VALUES, row.lastDeal) },
    { header: t(HEALTH_TEXT.notContacted, { days: rules.quietDays }), format: TEXT_FORMAT, width: 200, value: (row) => row.quiet.join(", ") || null },
  ];
  const width = columns.length;
  // The table starts at A1 (result tables are found there); the day it speaks of stands beside it.
  const top = 0;
  plan.blocks.push({ row: top, column: 0, values: [columns.map((column) => column.header)], formats: columns.map(() => TEXT_FORMAT) });
  plan.blocks.push({ row: top + 1, column: 0, values: sorted.length > 0 ? sorted.map((row) => columns.map((column) => column.value(row))) : [columns.map(() => null)], formats: columns.map((column) => column.format) });
  plan.blocks.push({ row: 0, column: width + 1, values: [[t(HEALTH_TEXT.asOf, { date: isoFromSerial(today) })]], formats: [TEXT_FORMAT] });
  plan.styles.push({ area: { row: 0, column: width + 1, rowCount: 1, columnCount: 1 }, style: { italic: true } });
  sorted.forEach((row, index) => plan.links.push({ row: top + 1 + index, column: 0, link: { documentReference: `${quoteSheetName(row.sheet)}!A1`, textToDisplay: row.sheet } }));
  plan.tables.push({ name: HEALTH_TABLE_NAME, area: { row: top, column: 0, rowCount: Math.max(1, sorted.length) + 1, columnCount: width }, style: "TableStyleLight1" });
  plan.styles.push({ area: { row: top, column: 0, rowCount: 1, columnCount: width }, style: { bold: true, wrap: true, vertical: "Top" } });
  if (sorted.length > 0) {
    const statusColumn = columns.findIndex((column) => column.header === t(HEALTH_TEXT.status));
    plan.conditionalColours.push({
      area: { row: top + 1, column: statusColumn, rowCount: sorted.length, columnCount: 1 },
      rules: [
        { equals: statusText("red"), fill: PALETTE.overdue.fill, fontColor: PALETTE.overdue.font },
        { equals: statusText("amber"), fill: PALETTE.status["at-risk"].fill, fontColor: PALETTE.status["at-risk"].font },
      ],
    });
  }
  plan.columnWidths = columns.map((column, index) => ({ column: index, width: column.width }));
  plan.freezeRows = top + 1;
  plan.tabColor = COLOURS.header;
  return plan;
}
