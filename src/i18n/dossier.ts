/**
 * Strings of the dossier sheets (one per key client) and the "KAM Dossiers" index: the `dossier`
 * group of the language files in src/i18n/lang/ (domain words from the source articles,
 * docs/sources.md; en.ts says which).
 *
 * List values (roles, attitudes, outcomes, channels, ladder rungs, satisfaction) are written into
 * each dossier once, in the dossier's language, and the sheet's formulas compare against those
 * written cells, never against these strings, so a later language switch breaks nothing.
 */
import { translations } from "./dictionaries";

export const DOSSIER_SECTIONS = translations((d) => d.dossier.sections);

export const DOSSIER_TEXT = translations((d) => d.dossier.sheet);

/** Labels of the computed Figures section that the result sheets (src/i18n/sheets.ts) do not already have. */
export const FIGURE_LABELS = translations((d) => d.dossier.figureLabels);

/** Field labels of the free-text sections 2-4, in sheet order. */
export const GENERAL_FIELDS = translations((d) => d.dossier.generalFields);

export const ENVIRONMENT_FIELDS = translations((d) => d.dossier.environmentFields);

export const OUR_VIEW_FIELDS = translations((d) => d.dossier.ourViewFields);

/** Column headers of the tables (sections 5-8). */
export const TABLE_COLUMNS = translations((d) => d.dossier.tableColumns);

/** Typical roles in the buying centre (Lithuanian article, section 3). */
export const ROLE_VALUES = translations((d) => d.dossier.roles);

export const ATTITUDE_VALUES = translations((d) => d.dossier.attitudes);

export const HISTORY_OUTCOME_VALUES = translations((d) => d.dossier.historyOutcomes);

export const CHANNEL_VALUES = translations((d) => d.dossier.channels);

/** Contact outcomes; the order matters: the third is the negative one that earns the 2-week pause. */
export const CONTACT_OUTCOME_VALUES = translations((d) => d.dossier.contactOutcomes);

/** The four rungs of the customer perception ladder (Persian article), lowest first. */
export const LADDER_VALUES = translations((d) => d.dossier.ladder);

/** The 5-point satisfaction scale of the Chinese article, best first. */
export const SATISFACTION_VALUES = translations((d) => d.dossier.satisfaction);

/** Labels of sections 9 and 10 and the rule notes under the tables. */
export const FOLLOW_UP_TEXT = translations((d) => d.dossier.followUp);

/** Error alerts of the data validations. */
export const VALIDATION_TEXT = translations((d) => d.dossier.validation);

/** The "KAM Dossiers" index sheet. */
export const INDEX_TEXT = translations((d) => d.dossier.index);

/** Statuses of an account plan's actions; the order matters: the last two close an action. */
export const ACTION_STATUS_VALUES = translations((d) => d.dossier.actionStatuses);

/** The "KAM Health" sheet: one row per dossier, its red / amber / green status and why. */
export const HEALTH_TEXT = translations((d) => d.dossier.health);

/** Answers to the perception questions of a review (Persian article). */
export const YES_NO_VALUES = translations((d) => d.dossier.yesNo);
