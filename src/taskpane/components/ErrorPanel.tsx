/**
 * Why a run stopped, translated: the problem as a whole, then each bad row with a "Go to" button
 * that selects the cell in the sheet.
 */
import type { ReactElement } from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { ColumnDoubt, RowProblem, RowProblemCode } from "../../engine/types";
import type { UiKey } from "../../i18n/ui";
import type { RunFailure } from "../actions";
import { useLocale, type Locale } from "../locale";

/** Rows listed in the pane; the rest are counted ("...and 12 more"). */
const LISTED_PROBLEMS = 50;

const PROBLEM_TEXTS: Readonly<Partial<Record<RowProblemCode, UiKey>>> = {
  "empty-client": "problemEmptyClient",
  "client-error-value": "problemClientErrorValue",
  "empty-amount": "problemEmptyAmount",
  "amount-not-number": "problemAmountNotNumber",
  "profit-not-number": "problemProfitNotNumber",
  "bad-date": "problemBadDate",
  "other-currency": "problemOtherCurrency",
};

const useStyles = makeStyles({
  list: { listStyle: "none", margin: `${tokens.spacingVerticalS} 0 0`, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  row: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
});

interface ErrorPanelProps {
  failure: RunFailure;
  onGoTo: ((problem: RowProblem) => void) | null;
  /** Runs again with the doubted columns confirmed (a "doubtful-columns" failure). */
  onTrustColumns: () => void;
}

const DOUBT_TEXTS: Readonly<Record<ColumnDoubt["kind"], UiKey>> = {
  years: "doubtYears",
  "day-numbers": "doubtDayNumbers",
  "not-names": "doubtNotNames",
  outside: "doubtOutside",
};

export function ErrorPanel({ failure, onGoTo, onTrustColumns }: ErrorPanelProps): ReactElement {
  const styles = useStyles();
  const locale = useLocale();
  const { t, percent } = locale;
  const problems = failure.kind === "input" ? failure.error.problems : [];
  const doubts = failure.kind === "input" ? (failure.error.doubts ?? []) : [];
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("errorTitle")}</MessageBarTitle>
        <div>{failureText(failure, locale)}</div>
        <ProblemList problems={problems} onGoTo={onGoTo} />
        {doubts.length > 0 && (
          // The person decides: pick another column, or confirm these and run.
          <>
            <ul className={styles.list}>
              {doubts.map((doubt) => (
                <li key={doubt.role}>{t(DOUBT_TEXTS[doubt.kind], { header: doubt.header, share: percent(doubt.share), example: doubt.example })}</li>
              ))}
            </ul>
            <div className={styles.row}>
              <span>{t("doubtHint")}</span>
              <Button appearance="secondary" onClick={onTrustColumns}>
                {t("trustColumns")}
              </Button>
            </div>
          </>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Row problems, translated, each with a "Go to" button when the rows can be located. */
export function ProblemList({ problems, onGoTo }: { problems: readonly RowProblem[]; onGoTo: ((problem: RowProblem) => void) | null }): ReactElement | null {
  const styles = useStyles();
  const locale = useLocale();
  const { t, number } = locale;
  if (problems.length === 0) return null;
  return (
    <ul className={styles.list}>
      {problems.slice(0, LISTED_PROBLEMS).map((problem) => (
        <li key={`${problem.row}-${problem.code}-${problem.column ?? ""}`} className={styles.row}>
          <span>{t("rowProblem", { row: number(problem.row), reason: problemText(problem, locale) })}</span>
          {onGoTo && (
            <Button size="small" appearance="secondary" onClick={() => onGoTo(problem)} aria-label={t("goToRow", { row: number(problem.row) })}>
              {t("goTo")}
            </Button>
          )}
        </li>
      ))}
      {problems.length > LISTED_PROBLEMS && <li>{t("moreProblems", { n: number(problems.length - LISTED_PROBLEMS) })}</li>}
    </ul>
  );
}

function failureText(failure: RunFailure, { t, number }: Locale): string {
  if (failure.kind === "unexpected") return t("errorUnexpected", { message: failure.message });
  const { error } = failure;
  switch (error.code) {
    case "bad-rows":
      return t("errorBadRows", { n: number(error.problems.length) });
    case "missing-columns":
      return t("errorMissingColumns");
    case "no-profit-column":
      return t("errorNoProfitColumn");
    case "source-not-found":
      return t("errorSourceNotFound");
    case "empty-source":
      return t("errorEmptySource");
    case "several-currencies":
      return t("errorSeveralCurrencies");
    case "no-data":
      return t("errorNoData");
    case "empty-window":
      return t("errorEmptyWindow", { message: error.message });
    case "bad-settings":
      return t("errorBadSettings", { message: error.message });
    case "cells-in-the-way":
      return t("errorCellsInTheWay", { where: error.where ?? "" });
    case "run-in-progress":
      return t("errorRunInProgress", { message: error.message });
    case "doubtful-columns":
      return t("errorDoubtfulColumns");
    default:
      return t("errorUnexpected", { message: error.message });
  }
}

/** The problem translated; the offending data (`value`) is shown as it is inside the text. */
function problemText(problem: RowProblem, { t }: Locale): string {
  const key = PROBLEM_TEXTS[problem.code];
  return key ? t(key, { value: problem.value ?? "" }) : problem.reason;
}
