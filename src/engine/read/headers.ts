/**
 * Header recognition: which column is the client, the date, the amount... in English, Russian,
 * Lithuanian, Welsh, Persian and Chinese, or the user's explicit mapping; and wide
 * client-by-period tables, whose period columns are recognised by their headers.
 */
import type { CellValue, ColumnRole, DateOrder, DetectedColumns, ReadSettings } from "../types";
import { parseDateText } from "./dates";
import { parseAmount } from "./numbers";
import { parsePeriodHeader } from "./periods";

/**
 * Header words per role, already normalised (see normaliseHeader). Earlier entries win when
 * several columns match a role: "Customer Name" is preferred to "Customer ID" (a name is what
 * the result sheets should show), "Order Date" to a bare "Date" column.
 */
export const ROLE_SYNONYMS: Readonly<Record<ColumnRole, readonly string[]>> = {
  client: [
    "customername", "clientname", "customer", "client", "buyer", "buyername", "accountname", "companyname",
    "customerid", "clientid", "customerno", "customernumber", "customercode", "account", "company",
    "клиент", "наименованиеклиента", "покупатель", "контрагент", "заказчик",
    "klientas", "klientopavadinimas", "pirkėjas", "pirkejas",
    "cwsmer", "enwcwsmer", "cleient", "prynwr",
    "مشتری", "ناممشتری", "خریدار",
    "客户名称", "客戶名稱", "客户", "客戶", "顾客", "顧客", "客户编号", "客戶編號",
  ],
  date: [
    "orderdate", "invoicedate", "saledate", "salesdate", "transactiondate", "documentdate", "date", "day",
    "дата", "датапродажи", "датазаказа", "датадокумента",
    "data", "pardavimodata", "užsakymodata",
    "dyddiad", "dyddiadarcheb", "dyddiadgwerthu",
    "تاریخ", "تاریخفروش", "تاریخسفارش",
    "日期", "下单日期", "订单日期", "訂單日期", "交易日期", "销售日期", "銷售日期", "开票日期",
  ],
  amount: [
    "sales", "amount", "revenue", "totalprice", "total", "salesamount", "totalamount", "netsales", "linetotal", "turnover", "sum", "value",
    "сумма", "выручка", "продажи", "суммапродажи", "стоимость",
    "suma", "pardavimai", "apyvarta", "pajamos",
    "swm", "gwerthiant", "refeniw", "cyfanswm",
    "مبلغ", "فروش", "درآمد", "مبلغکل",
    "金额", "金額", "销售额", "銷售額", "销售金额", "銷售金額", "收入", "营业额", "營業額", "总额", "總額",
  ],
  profit: [
    "profit", "grossprofit", "margin", "grossmargin",
    "прибыль", "маржа", "валоваяприбыль",
    "pelnas", "marža", "marza",
    "elw",
    "سود",
    "利润", "利潤", "毛利",
  ],
  manager: [
    "manager", "accountmanager", "keyaccountmanager", "salesmanager", "salesperson", "salesrep", "responsible",
    "менеджер", "ответственный",
    "vadybininkas",
    "rheolwr", "rheolwrcyfrif",
    "مدیر", "مدیرفروش", "کارشناسفروش",
    "经理", "經理", "销售员", "銷售員", "业务员", "業務員", "负责人", "負責人",
  ],
  group: [
    "group", "holding", "parent", "parentcompany", "customergroup",
    "холдинг", "группа", "группакомпаний",
    "grupė", "grupe", "holdingas",
    "grŵp", "grwp", "daliad",
    "گروه", "هلدینگ",
    "集团", "集團", "母公司",
  ],
  order: [
    "orderid", "order", "orderno", "ordernumber", "invoiceno", "invoice", "invoiceid", "invoicenumber", "document", "documentno", "docno",
    "заказ", "номерзаказа", "документ", "номердокумента", "счет", "счёт", "накладная",
    "užsakymas", "sąskaita", "dokumentas",
    "archeb", "rhifarcheb", "anfoneb",
    "سفارش", "شمارهسفارش", "فاکتور", "شمارهفاکتور",
    "订单", "訂單", "订单号", "訂單號", "单号", "單號", "发票", "發票", "单据号",
  ],
  currency: [
    "currency", "currencycode", "curr",
    "валюта", "valiuta", "ariancyfred", "arian",
    "ارز", "واحدپول",
    "币种", "幣種", "货币", "貨幣",
  ],
  keyType: [
    "keytype", "keyclienttype", "clienttype", "customertype", "accounttype",
    "типключевогоклиента", "типклиента", "видклиента",
    "pagrindinioklientotipas", "klientotipas",
    "mathogwsmerallweddol", "mathcwsmer",
    "نوعمشتریکلیدی", "نوعمشتری",
    "大客户类型", "客户类型", "客戶類型",
  ],
};

const ROLES = Object.keys(ROLE_SYNONYMS) as ColumnRole[];
/** Roles a wide client-by-period table keeps besides its period columns. */
const WIDE_ROLES: readonly ColumnRole[] = ["client", "manager", "group", "currency", "keyType"];

/** Lower case, NFC, Arabic letter forms as Persian writes them, letters and digits only. */
export function normaliseHeader(cell: CellValue): string {
  if (cell === null) return "";
  return String(cell)
    .normalize("NFC")
    .toLowerCase()
    .replace(/ي/g, "ی")
    .replace(/ك/g, "ک")
    .replace(/[^\p{L}\p{N}]/gu, "");
}

/** Display text of a header cell. */
export function headerText(cell: CellValue): string {
  return cell === null ? "" : String(cell).trim();
}

/**
 * How well a normalised header names a role: an exact synonym beats one contained in a longer
 * header ("Order Date" contains "order"), earlier synonyms beat later ones, 0 = no match.
 * Short Latin synonyms ("sum", "day") count only as whole headers, so "Summary" is not an amount.
 */
function roleScore(header: string, role: ColumnRole): number {
  const synonyms = ROLE_SYNONYMS[role];
  let best = 0;
  for (let i = 0; i < synonyms.length; i++) {
    const synonym = synonyms[i];
    if (header === synonym) return 2000 - i;
    if (best === 0 && header.includes(synonym) && (synonym.length >= 4 || /[^a-z]/.test(synonym))) best = 1000 - i;
  }
  return best;
}

function resolveMapped(target: number | string, header: CellValue[]): number {
  if (typeof target === "number") return Number.isInteger(target) && target >= 0 && target < header.length ? target : -1;
  const wanted = normaliseHeader(target);
  return wanted === "" ? -1 : header.findIndex((cell) => normaliseHeader(cell) === wanted);
}

/** Day/month evidence from day/month pairs: a first part above 12 means day-first, a second part above 12 month-first. */
export interface DateOrderEvidence {
  firstAbove12: boolean;
  secondAbove12: boolean;
}

/** The order the data shows; when it shows neither or both, the setting, then the locale (en-US reads month-first). */
export function chooseDateOrder(evidence: DateOrderEvidence, settings: Pick<ReadSettings, "dateOrder" | "locale">): Exclude<DateOrder, "auto"> {
  if (evidence.firstAbove12 && !evidence.secondAbove12) return "day-first";
  if (evidence.secondAbove12 && !evidence.firstAbove12) return "month-first";
  if (settings.dateOrder !== "auto") return settings.dateOrder;
  return /^en-us$/i.test(settings.locale) ? "month-first" : "day-first";
}

function sampleDateEvidence(rows: CellValue[][], column: number): DateOrderEvidence {
  const evidence: DateOrderEvidence = { firstAbove12: false, secondAbove12: false };
  for (const row of rows) {
    const cell = row[column];
    if (typeof cell !== "string") continue;
    const parts = parseDateText(cell);
    if (parts.kind !== "pair") continue;
    if (parts.a > 12) evidence.firstAbove12 = true;
    if (parts.b > 12) evidence.secondAbove12 = true;
  }
  return evidence;
}

/**
 * Recognises the columns of a header row. Mapped roles (settings.mapping) are taken as given;
 * the others go to the best-scoring free column, best matches first. Returns null when the
 * client or the amount (or, for a wide table, any period column) cannot be found.
 * `sampleRows` (rows under the header) let the day/month order be previewed.
 */
export function detectColumns(header: CellValue[], settings: ReadSettings, sampleRows?: CellValue[][]): DetectedColumns | null {
  const columns: Partial<Record<ColumnRole, number>> = {};
  const used = new Set<number>();
  for (const role of ROLES) {
    const target = settings.mapping[role];
    if (target === undefined) continue;
    const index = resolveMapped(target, header);
    if (index < 0) return null;
    columns[role] = index;
    used.add(index);
  }
  const normalised = header.map(normaliseHeader);
  const candidates: { role: ColumnRole; column: number; score: number }[] = [];
  for (const role of ROLES) {
    if (columns[role] !== undefined) continue;
    normalised.forEach((text, column) => {
      const score = text === "" ? 0 : roleScore(text, role);
      if (score > 0) candidates.push({ role, column, score });
    });
  }
  candidates.sort((x, y) => y.score - x.score || ROLES.indexOf(x.role) - ROLES.indexOf(y.role) || x.column - y.column);
  for (const { role, column } of candidates) {
    if (columns[role] === undefined && !used.has(column)) {
      columns[role] = column;
      used.add(column);
    }
  }
  // Columns that also matched a role but lost to a better one, so the choice can be shown.
  const alternatives: Partial<Record<ColumnRole, string[]>> = {};
  for (const { role, column } of candidates) {
    if (!used.has(column)) (alternatives[role] ??= []).push(headerText(header[column]));
  }
  if (columns.client === undefined) return null;

  const periodColumns: NonNullable<DetectedColumns["periodColumns"]> = [];
  const amountMapped = settings.mapping.amount !== undefined;
  if (!amountMapped) {
    header.forEach((cell, column) => {
      if (column === columns.client || (used.has(column) && WIDE_ROLES.some((role) => columns[role] === column))) return;
      const span = parsePeriodHeader(cell);
      if (span) periodColumns.push({ column, header: headerText(cell), start: span.start, end: span.end });
    });
  }
  const wide = periodColumns.length >= 2 || (periodColumns.length === 1 && columns.amount === undefined);
  if (!wide && columns.amount === undefined) return null;

  const kept = wide ? WIDE_ROLES : ROLES;
  const chosen: Partial<Record<ColumnRole, number>> = {};
  const headers: Partial<Record<ColumnRole, string>> = {};
  for (const role of kept) {
    const column = columns[role];
    if (column === undefined) continue;
    chosen[role] = column;
    headers[role] = headerText(header[column]);
  }
  const evidence =
    sampleRows && chosen.date !== undefined ? sampleDateEvidence(sampleRows, chosen.date) : { firstAbove12: false, secondAbove12: false };
  const detected: DetectedColumns = {
    layout: wide ? "wide" : "transactions",
    columns: chosen,
    headers,
    dateOrder: chooseDateOrder(evidence, settings),
  };
  const keptAlternatives = Object.fromEntries(Object.entries(alternatives).filter(([role]) => chosen[role as ColumnRole] !== undefined));
  if (Object.keys(keptAlternatives).length > 0) detected.alternatives = keptAlternatives;
  if (wide) detected.periodColumns = periodColumns;
  return detected;
}

/** How many rows at the top of a block are searched for the header. */
export const HEADER_SEARCH_ROWS = 20;

function filledCells(row: readonly CellValue[]): number {
  let filled = 0;
  for (const cell of row) if (cell !== null && !(typeof cell === "string" && cell.trim() === "")) filled++;
  return filled;
}

/**
 * 0-based index of the first of the block's first rows that reads as a header, or -1. A header
 * may sit under title rows, but not under a row as full as itself: that row is the real header
 * the add-in did not recognise, and the row that happens to read as one is data (a client named
 * "Client Services" beside dates that parse as periods would make a wide table of the data, with
 * a total many times the real one). Such a block has no recognised header: the caller asks.
 * @example findHeaderRow([["Sales report"], ["Client", "Amount"], ["Acme", 5]], settings) // 1
 */
export function findHeaderRow(block: CellValue[][], settings: ReadSettings): number {
  const limit = Math.min(block.length, HEADER_SEARCH_ROWS);
  let fullestAbove = 0;
  for (let index = 0; index < limit; index++) {
    const filled = filledCells(block[index]);
    if (detectColumns(block[index], settings) !== null) {
      // Title rows above a header hold a title or a note, not a cell for most of its columns.
      return fullestAbove * 2 <= filled ? index : -1;
    }
    fullestAbove = Math.max(fullestAbove, filled);
  }
  return -1;
}

/** Why detectColumns found nothing, in words: "no amount column found; headers: A, B". */
export function explainMissingColumns(header: CellValue[], settings: ReadSettings): string {
  const listed = header.map(headerText).filter((text) => text !== "");
  const headerList = `headers: ${listed.length ? listed.join(", ") : "(none)"}`;
  for (const [role, target] of Object.entries(settings.mapping)) {
    if (target !== undefined && resolveMapped(target, header) < 0) {
      const what = typeof target === "number" ? `column ${target + 1}` : `'${target}'`;
      return `the column mapped to ${role} (${what}) is not in the header; ${headerList}`;
    }
  }
  const normalised = header.map(normaliseHeader);
  const hasClient = settings.mapping.client !== undefined || normalised.some((text) => text !== "" && roleScore(text, "client") > 0);
  return hasClient ? `no amount column found; ${headerList}` : `no client column found; ${headerList}`;
}

/** What a column holds, judged from its cells under the header. */
type ColumnKind = "date" | "number" | "text" | "empty";

function columnKind(rows: readonly CellValue[][], column: number): ColumnKind {
  let dates = 0;
  let numbers = 0;
  let texts = 0;
  for (const row of rows) {
    const cell = row[column];
    if (cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "")) continue;
    if (typeof cell === "number") numbers++;
    else if (typeof cell === "string" && parseDateText(cell).kind !== "invalid") dates++;
    else if (typeof cell === "string" && !Number.isNaN(parseAmount(cell).value)) numbers++;
    else texts++;
  }
  const filled = dates + numbers + texts;
  if (filled === 0) return "empty";
  // Most of the column, not every cell: a total row or a note does not change what a column is.
  if (dates * 10 >= filled * 8) return "date";
  if (numbers * 10 >= filled * 8) return "number";
  return texts * 10 >= filled * 8 ? "text" : "empty";
}

/**
 * Columns that could be mapped to the roles the header did not name, judged by their content:
 * the first column of text for the client, of dates for the date, of numbers for the amount. A
 * suggestion for a person to confirm (the command line prints it as --map options), never a choice
 * made for them.
 * @example suggestMapping(["When", "Who", "How much"], [["2024-01-05", "Acme", 100]], settings) // { client: "Who", date: "When", amount: "How much" }
 */
export function suggestMapping(header: CellValue[], rows: readonly CellValue[][], settings: ReadSettings): Partial<Record<"client" | "date" | "amount", string>> {
  const taken = new Set<number>();
  for (const target of Object.values(settings.mapping)) {
    const index = target === undefined ? -1 : resolveMapped(target, header);
    if (index >= 0) taken.add(index);
  }
  const kinds = header.map((_, column) => columnKind(rows, column));
  const normalised = header.map(normaliseHeader);
  // Roles the header does name keep their column: only the others are suggested.
  const named = new Set<ColumnRole>();
  for (const role of ["client", "date", "amount", "profit", "manager", "group", "order"] as const) {
    const column = normalised.findIndex((text, index) => text !== "" && !taken.has(index) && roleScore(text, role) > 0);
    if (column < 0) continue;
    named.add(role);
    taken.add(column);
  }
  const suggestion: Partial<Record<"client" | "date" | "amount", string>> = {};
  const pick = (role: "client" | "date" | "amount", kind: ColumnKind): void => {
    if (settings.mapping[role] !== undefined || named.has(role)) return;
    const column = kinds.findIndex((found, index) => found === kind && !taken.has(index) && headerText(header[index]) !== "");
    if (column < 0) return;
    taken.add(column);
    suggestion[role] = headerText(header[column]);
  };
  pick("date", "date");
  pick("amount", "number");
  pick("client", "text");
  return suggestion;
}
