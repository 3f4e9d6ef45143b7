/**
 * Dossier sheets for the key clients, or for clients picked from the run's list, and the agenda
 * of overdue reviews, contacts and plan actions read back from those sheets, by manager.
 */
import { useState, type ReactElement } from "react";
import { Button, Combobox, Field, Link, Option, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { AgendaItem } from "../actions";
import { useLocale } from "../locale";

/** Options the picker lists at once; typing narrows the list. */
const LISTED_CLIENTS = 50;

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", flexDirection: "column" },
  manager: { fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

interface DossierPanelProps {
  /** Clients of the last run in rank order; null before the first run. */
  clients: readonly string[] | null;
  /** How many of them are key: with none, there is no dossier to create "for all key clients". */
  keyClients: number;
  busy: boolean;
  createdMessage: string | null;
  onCreateForKeyClients: () => void;
  onCreateForPicked: (clients: readonly string[]) => void;
  byManager: ByManagerProps;
}

export function DossierPanel({ clients, keyClients, busy, createdMessage, onCreateForKeyClients, onCreateForPicked, byManager }: DossierPanelProps): ReactElement {
  const styles = useStyles();
  const { t, number } = useLocale();
  const [query, setQuery] = useState("");
  const [picked, setPicked] = useState<string[]>([]);
  const needle = query.trim().toLocaleLowerCase();
  const listed = (clients ?? []).filter((client) => needle === "" || client.toLocaleLowerCase().includes(needle)).slice(0, LISTED_CLIENTS);
  return (
    <section className={styles.section} aria-labelledby="kam-dossiers-title">
      <Subtitle2 as="h2" id="kam-dossiers-title">
        {t("dossiers")}
      </Subtitle2>
      <span className={styles.hint}>{t("dossiersHint")}</span>
      <span className={styles.hint}>{t("dossierPrivacy")}</span>
      {clients === null ? (
        <span className={styles.muted}>{t("dossiersNeedResults")}</span>
      ) : (
        <>
          <div className={styles.buttons}>
            <Button appearance="primary" onClick={onCreateForKeyClients} disabled={busy || keyClients === 0}>
              {t("createAllDossiers")}
            </Button>
          </div>
          {keyClients === 0 && <span className={styles.muted}>{t("noKeyClientsForDossiers")}</span>}
          <Field label={t("pickClients")}>
            <Combobox
              multiselect
              freeform
              placeholder={t("pickClientsPlaceholder")}
              value={query}
              selectedOptions={picked}
              onChange={(event) => setQuery(event.target.value)}
              onOptionSelect={(_, data) => {
                setPicked(data.selectedOptions);
                setQuery("");
              }}
            >
              {listed.map((client) => (
                <Option key={client} value={client}>
                  {client}
                </Option>
              ))}
            </Combobox>
          </Field>
          {/* The combobox's text is for searching: what is picked is listed here, in view. */}
          {picked.length > 0 && <span>{t("pickedClients", { list: picked.join(", ") })}</span>}
          <div className={styles.buttons}>
            <Button appearance="secondary" onClick={() => onCreateForPicked(picked)} disabled={busy || picked.length === 0}>
              {t("createPickedDossiers", { n: number(picked.length) })}
            </Button>
          </div>
        </>
      )}
      {createdMessage && <span role="status">{createdMessage}</span>}
      {clients !== null && <ManagerWorkbooks {...byManager} busy={busy} />}
    </section>
  );
}

interface ByManagerProps {
  /** How a manager's workbook reaches the person; null where this host cannot make one. */
  delivery: "new-workbook" | "download" | null;
  /** The dossiers' managers ("" for dossiers without one); null until listed. */
  managers: readonly { manager: string; dossiers: number }[] | null;
  /** The manager whose workbook was made last. */
  made: string | null;
  onList: () => void;
  onMake: (manager: string) => void;
}

/** One manager's dossiers as a workbook of their own (Excel cannot hide a sheet from some readers). */
function ManagerWorkbooks({ delivery, managers, made, busy, onList, onMake }: ByManagerProps & { busy: boolean }): ReactElement {
  const styles = useStyles();
  const { t, number } = useLocale();
  const named = (managers ?? []).filter((entry) => entry.manager !== "");
  const [chosen, setChosen] = useState("");
  const manager = named.some((entry) => entry.manager === chosen) ? chosen : (named[0]?.manager ?? "");
  return (
    <div className={styles.section} role="group" aria-labelledby="kam-by-manager-title">
      <span id="kam-by-manager-title" className={styles.manager}>
        {t("dossiersByManager")}
      </span>
      <span className={styles.hint}>{t("byManagerHint")}</span>
      {delivery === null ? (
        <span className={styles.muted}>{t("byManagerUnavailable")}</span>
      ) : managers === null ? (
        <div className={styles.buttons}>
          <Button appearance="secondary" onClick={onList} disabled={busy}>
            {t("listManagers")}
          </Button>
        </div>
      ) : named.length === 0 ? (
        <span className={styles.muted}>{t("byManagerNone")}</span>
      ) : (
        <>
          <Field label={t("managerPick")}>
            <Select value={manager} onChange={(_, data) => setChosen(data.value)}>
              {named.map((entry) => (
                <option key={entry.manager} value={entry.manager}>
                  {t("managerOption", { manager: entry.manager, n: number(entry.dossiers) })}
                </option>
              ))}
            </Select>
          </Field>
          <div className={styles.buttons}>
            <Button appearance="secondary" onClick={() => onMake(manager)} disabled={busy}>
              {t(delivery === "new-workbook" ? "openManagerWorkbook" : "downloadManagerWorkbook")}
            </Button>
          </div>
        </>
      )}
      {made !== null && delivery !== null && <span role="status">{t(delivery === "new-workbook" ? "managerWorkbookOpened" : "managerWorkbookDownloaded", { manager: made })}</span>}
    </div>
  );
}

interface AgendaPanelProps {
  /** Overdue items, most overdue first; null until the agenda was checked. */
  agenda: readonly AgendaItem[] | null;
  busy: boolean;
  onRefresh: () => void;
  onOpen: (sheet: string) => void;
}

export function AgendaPanel({ agenda, busy, onRefresh, onOpen }: AgendaPanelProps): ReactElement {
  const styles = useStyles();
  const { t, number, date } = useLocale();
  return (
    <section className={styles.section} aria-labelledby="kam-agenda-title">
      <Subtitle2 as="h2" id="kam-agenda-title">
        {t("agenda")}
      </Subtitle2>
      <span className={styles.hint}>{t("agendaHint")}</span>
      <div className={styles.buttons}>
        <Button appearance="secondary" onClick={onRefresh} disabled={busy}>
          {t("refreshAgenda")}
        </Button>
      </div>
      {agenda && agenda.length === 0 && <span className={styles.muted}>{t("agendaEmpty")}</span>}
      {agenda && agenda.length > 0 && (
        <ul className={styles.list} aria-label={t("agenda")}>
          {byManager(agenda).map(([manager, items]) => (
            <li key={manager} className={styles.item}>
              <span className={styles.manager}>{manager || t("agendaNoManager")}</span>
              <ul className={styles.list}>
                {items.map((item) => (
                  <li key={`${item.sheet}-${item.kind}-${item.action}`} className={styles.item}>
                    <Link as="button" onClick={() => onOpen(item.sheet)} aria-label={`${item.client}: ${t("openSheet", { sheet: item.sheet })}`}>
                      {item.client}
                    </Link>
                    <span className={styles.muted}>
                      {item.kind === "action" ? t("agendaAction", { days: number(item.daysOverdue), action: item.action }) : t(item.kind === "review" ? "agendaReview" : "agendaContact", { days: number(item.daysOverdue) })}
                      {" · "}
                      {t("agendaDue", { date: date(item.due) })}
                    </span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The agenda by manager, managers in the order of their most overdue item (the agenda's order). */
function byManager(agenda: readonly AgendaItem[]): [string, AgendaItem[]][] {
  const groups = new Map<string, AgendaItem[]>();
  for (const item of agenda) groups.set(item.manager, [...(groups.get(item.manager) ?? []), item]);
  return [...groups];
}
