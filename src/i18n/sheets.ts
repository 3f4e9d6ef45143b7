/**
 * Every text the add-in writes into the result sheets: sheet names, column headers, labels of
 * classes, segments, statuses, dependency levels and key types, the legend, the matrix strategies
 * and the summary. The words are the `sheets` group of the language files in src/i18n/lang/
 * (terms from the source articles, docs/sources.md); the key types' words are the engine's
 * (src/engine/key-types.ts).
 */
import type { AbcClass, ClientStatus, Dependency, KeyType, Segment, XyzClass } from "../engine/types";
import { KEY_TYPE_LABELS } from "../engine/key-types";
import type { Translations } from "./core";
import { translations } from "./dictionaries";

export const SHEET_NAME_TEXTS = translations((d) => d.sheets.sheetNames);

/** Column headers of KAM Clients and KAM Win-back. */
export const COLUMN_TEXTS = translations((d) => d.sheets.columns);

export type ColumnTextKey = keyof typeof COLUMN_TEXTS;

export const DEPENDENCY_TEXTS: Record<Dependency, Translations> = translations((d) => d.sheets.dependencies);

export const STATUS_TEXTS: Record<ClientStatus, Translations> = translations((d) => d.sheets.statuses);

export const SEGMENT_TEXTS: Record<Segment, Translations> = translations((d) => d.sheets.segments);

/** Key types; these labels are also the drop-down list of the "Key type" column, so no commas. */
export const KEY_TYPE_TEXTS: Record<KeyType, Translations> = KEY_TYPE_LABELS;

/** The "Change" column: a client new since the last run. */
export const NEW_CLIENT_TEXT: Translations = translations((d) => d.sheets.newClient);

/** KAM Kept input: what the sheet is. */
export const KEPT_NOTE_TEXT: Translations = translations((d) => d.sheets.keptNote);

/** KAM Aliases: what the sheet is for. */
export const ALIASES_NOTE_TEXT: Translations = translations((d) => d.sheets.aliasesNote);

export const LEGEND_TEXTS = translations((d) => d.sheets.legend);

/** What the four key types are, shown when a Key type cell is selected. */
export const KEY_TYPE_HELP = translations((d) => d.sheets.keyTypeHelp);

/** KAM Clients' "Why this status" column. */
export const WHY_TEXTS = translations((d) => d.sheets.why);

export type MatrixCell = `${AbcClass}${XyzClass}`;

/** A short recommended strategy per ABC-XYZ cell. */
export const STRATEGY_TEXTS: Record<MatrixCell, Translations> = translations((d) => d.sheets.strategies);

export const MATRIX_TEXTS = translations((d) => d.sheets.matrix);

/** KAM Trends: the quarters, their columns, the migration table and the chart. */
export const TRENDS_TEXTS = translations((d) => d.sheets.trends);

export const SUMMARY_TEXTS = translations((d) => d.sheets.summary);

/** Labels of setting values shown in "What was run". */
export const SETTING_VALUE_TEXTS = translations((d) => d.sheets.settingValues);

/** KAM Win-back's loss workflow: causes of loss, offer types, results, and the sheet's note. */
export const WINBACK_TEXTS = translations((d) => d.sheets.winback);

/** KAM Prospects: its note, the three P answers and the priorities. */
export const PROSPECTS_NOTE_TEXT: Translations = translations((d) => d.sheets.prospectsNote);
export const PROSPECT_ANSWER_TEXTS = translations((d) => d.sheets.prospectAnswers);
export const PROSPECT_PRIORITY_TEXTS = translations((d) => d.sheets.prospectPriorities);

/** KAM History's note. */
export const HISTORY_NOTE_TEXT: Translations = translations((d) => d.sheets.historyNote);
