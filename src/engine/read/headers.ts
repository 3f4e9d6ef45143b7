/**
 * Header recognition: which column is the client, the date, the amount... in the six interface
 * languages, twelve more languages of Excel users and the column names of common ERP/CRM exports,
 * or the user's explicit mapping; and wide client-by-period tables, whose period columns are
 * recognised by their headers.
 */
import type { CellValue, ColumnRole, DateOrder, DetectedColumns, ReadSettings } from "../types";
import { parseDateText } from "./dates";
import { parseAmount } from "./numbers";
import { parsePeriodHeader } from "./periods";

/**
 * Header words per role, already normalised (see normaliseHeader). Earlier entries win when
 * several columns match a role: "Customer Name" is preferred to "Customer ID" (a name is what
 * the result sheets should show), "Order Date" to a bare "Date" column.
 *
 * Each role lists the six interface languages first, then common ERP/CRM export headers (SAP,
 * Dynamics 365, Salesforce, 1C, Odoo, QuickBooks), then one line per language: Spanish,
 * Portuguese, French, German, Italian, Dutch, Polish, Ukrainian, Turkish, Japanese, Korean, Arabic. A word that means
 * one role in one language and another role elsewhere is left out (see OTHER_WORDS for words that
 * contain a role's word but name something else).
 *
 * Net and gross amounts ("Net Value", "Umsatz netto", "Montant TTC", "Сумма с НДС") are both the
 * amount; in each language net variants come before gross ones (the English net words even before
 * a bare "Total", which in exports such as Odoo's is the total with tax), so a sheet with both
 * takes the net column and lists the gross one among the alternatives. When both exist, the run
 * uses whichever amount column the user maps.
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
    "nameofsoldtoparty", "soldtopartyname", "soldtoparty", "soldto", "customeraccount", "invoiceaccount", "billtoname", "billtocustomer", "businesspartner", "partner", "партнер", "партнёр",
    "cliente", "nombredelcliente", "nombrecliente", "razónsocial", "razonsocial", "nombrecomercial", "comprador",
    "nomedocliente", "nomecliente", "razãosocial", "razaosocial", "nomefantasia", "nomecomercial",
    "nomduclient", "raisonsociale", "nomcommercial", "acheteur", "donneurdordre",
    "kunde", "kundenname", "kundennummer", "kundennr", "auftraggeber", "rechnungsempfänger", "debitor", "debitorname", "geschäftspartner", "käufer",
    "ragionesociale", "acquirente", "committente",
    "klant", "klantnaam", "klantnummer", "debiteur", "debiteurnaam", "afnemer",
    "klient", "nazwaklienta", "kontrahent", "nabywca", "odbiorca",
    "клієнт", "назваклієнта", "покупець", "замовник",
    "müşteri", "müşteriadi", "müşteriunvani", "cariadi", "cariunvani", "cariünvani", "carihesap", "carihesapadi", "carikodu", "alici",
    "得意先", "得意先名", "取引先", "取引先名", "顧客名", "会社名", "お客様名",
    "고객", "고객명", "고객사", "거래처", "거래처명", "회사명",
    "العمیل", "عمیل", "اسمالعمیل", "العملاء", "الزبون", "زبون", "اسمالزبون",
  ],
  date: [
    "orderdate", "invoicedate", "saledate", "salesdate", "transactiondate", "documentdate", "date", "day",
    "дата", "датапродажи", "датазаказа", "датадокумента",
    "data", "pardavimodata", "užsakymodata",
    "dyddiad", "dyddiadarcheb", "dyddiadgwerthu",
    "تاریخ", "تاریخفروش", "تاریخسفارش",
    "日期", "下单日期", "订单日期", "訂單日期", "交易日期", "销售日期", "銷售日期", "开票日期",
    "billingdate", "invoicebilldate", "closedate", "postingdate", "voucherdate",
    "fecha", "fechadefactura", "fechafactura", "fechadeventa", "fechaventa", "fechadepedido", "fechapedido", "fechadeemisión", "fechaemisión", "fechadocumento",
    "datadeemissão", "dataemissão", "datadavenda", "datadopedido", "datadafatura", "datadefaturamento",
    "datedefacture", "datefacture", "datedecommande", "datedevente", "datedepièce",
    "datum", "rechnungsdatum", "fakturadatum", "belegdatum", "buchungsdatum", "auftragsdatum", "bestelldatum", "verkaufsdatum",
    "datafattura", "datadifattura", "datadocumento", "dataordine", "datadellordine", "datavendita",
    "factuurdatum", "orderdatum", "verkoopdatum", "boekdatum", "documentdatum",
    "datasprzedaży", "datawystawienia", "datafaktury", "datazamówienia", "datadokumentu",
    "датапродажу", "датазамовлення", "датарахунку",
    "tarih", "faturatarihi", "sipariştarihi", "satiştarihi", "belgetarihi", "işlemtarihi",
    "日付", "売上日", "受注日", "注文日", "請求日", "計上日", "取引日", "伝票日付", "年月日",
    "날짜", "일자", "판매일자", "매출일자", "주문일자", "거래일자", "청구일자", "전표일자", "판매일", "주문일", "거래일",
    "تاریخالفاتورة", "تاریخالطلب", "تاریخالبیع",
  ],
  amount: [
    "sales", "amount", "revenue", "totalprice",
    "netamount", "netvalue", "netrevenue", "untaxedamount", "taxexcluded", "amountexclvat", "amountexcltax",
    "total", "salesamount", "totalamount", "netsales", "linetotal", "turnover", "sum", "value",
    "сумма", "выручка", "продажи", "суммапродажи", "стоимость",
    "suma", "pardavimai", "apyvarta", "pajamos",
    "swm", "gwerthiant", "refeniw", "cyfanswm",
    "مبلغ", "فروش", "درآمد", "مبلغکل",
    "金额", "金額", "销售额", "銷售額", "销售金额", "銷售金額", "收入", "营业额", "營業額", "总额", "總額",
    "subtotal", "exclvat", "net",
    "invoiceamount", "invoicetotal", "invoicevalue", "orderamount", "ordertotal", "ordervalue", "lineamount", "extendedamount",
    "grossamount", "grossvalue", "grosssales", "grossrevenue", "amountinclvat", "amountincltax", "totalinclvat", "taxincluded", "gross",
    "суммабезндс", "выручкабезндс", "суммазаказа", "суммасндс",
    "importeneto", "importe", "ventasnetas", "ventas", "baseimponible", "importesiniva", "importetotal", "montototal", "monto", "facturación", "ingresos", "totalfactura", "totalpedido", "totaldelpedido", "importeconiva", "importebruto",
    "valorlíquido", "valorliquido", "valortotal", "valordanota", "valordopedido", "valor", "vendas", "receitalíquida", "receita", "faturamento", "montante", "valorbruto",
    "montantht", "totalht", "caht", "montantdelacommande", "montantdevise", "montant", "chiffredaffaires", "ca", "ventes", "montantttc", "totalttc", "cattc",
    "umsatznetto", "nettoumsatz", "umsatz", "nettobetrag", "nettowert", "betrag", "rechnungsbetrag", "auftragswert", "gesamtbetrag", "gesamtwert", "summe", "gesamtsumme", "nettoerlös", "erlös", "erlöse", "umsatzerlöse", "netto", "bruttoumsatz", "bruttobetrag", "bruttowert", "brutto",
    "imponibile", "importonetto", "importoordine", "importo", "importototale", "fatturato", "vendite", "totale", "valore", "ricavi", "ricavo",
    "nettobedrag", "bedragexclbtw", "omzetexclbtw", "bedrag", "omzet", "factuurbedrag", "totaalbedrag", "totaal", "verkoop", "brutobedrag", "bedraginclbtw",
    "wartośćnetto", "kwotanetto", "wartość", "kwota", "sprzedaż", "przychód", "obrót", "wartośćbrutto", "kwotabrutto",
    "сумабезпдв", "сумазамовлення", "сума", "виручка", "продажі", "вартість", "дохід", "сумазпдв",
    "nettutar", "tutar", "toplamtutar", "satiştutari", "faturatutari", "sipariştutari", "netsatiş", "satişlar", "satiş", "ciro", "hasilat", "toplam", "brüttutar",
    "税抜金額", "売上金額", "売上高", "売上", "請求金額", "受注金額", "注文金額", "合計金額", "合計", "税込金額",
    "공급가액", "공급가", "금액", "매출액", "매출금액", "매출", "판매금액", "판매액", "청구금액", "주문금액", "합계금액", "합계", "총액",
    "صافیالمبیعات", "المبیعات", "مبیعات", "مبلغالفاتورة", "قیمةالفاتورة", "الاجمالی", "اجمالی", "اجمالیالمبیعات", "الایرادات", "ایرادات", "القیمة",
  ],
  profit: [
    "profit", "grossprofit", "margin", "grossmargin",
    "прибыль", "маржа", "валоваяприбыль",
    "pelnas", "marža", "marza",
    "elw",
    "سود",
    "利润", "利潤", "毛利",
    "contributionmargin",
    "beneficio", "margen", "margenbruto", "utilidad", "ganancia",
    "lucro", "lucrobruto", "margem", "margembruta",
    "marge", "margebrute", "bénéfice", "benefice",
    "gewinn", "rohertrag", "rohgewinn", "deckungsbeitrag",
    "margine", "marginelordo", "utile", "profitto",
    "winst", "brutowinst", "brutomarge",
    "zysk", "marża", "zyskbrutto",
    "прибуток", "валовийприбуток",
    "kâr", "kar", "brütkâr", "brütkar", "marj", "karmarji",
    "利益", "粗利", "粗利益", "売上総利益", "マージン",
    "이익", "매출총이익", "영업이익", "마진",
    "الربح", "ربح", "هامشالربح", "اجمالیالربح",
  ],
  manager: [
    "manager", "accountmanager", "keyaccountmanager", "salesmanager", "salesperson", "salesrep", "responsible",
    "менеджер", "ответственный",
    "vadybininkas",
    "rheolwr", "rheolwrcyfrif",
    "مدیر", "مدیرفروش", "کارشناسفروش",
    "经理", "經理", "销售员", "銷售員", "业务员", "業務員", "负责人", "負責人",
    "opportunityowner", "accountowner", "owner", "salesrepresentative", "salesresponsible", "salestaker", "salesemployee", "employeeresponsible", "salesagent",
    "менеджерклиента", "торговыйпредставитель",
    "vendedor", "comercial", "gerentedecuenta", "gerentedeventas", "representantedeventas", "ejecutivodeventas", "gerente", "responsable", "representante",
    "gerentedeconta", "gestordeconta", "representantedevendas", "responsável",
    "commercial", "vendeur", "chargédaffaires", "responsablecommercial", "responsabledesventes",
    "vertriebsmitarbeiter", "kundenbetreuer", "betreuer", "verkäufer", "außendienst", "aussendienst", "vertreter", "sachbearbeiter", "verantwortlicher",
    "agente", "venditore", "commerciale", "responsabile", "responsabilevendite",
    "verkoper", "vertegenwoordiger", "relatiebeheerder", "klantbeheerder", "verantwoordelijke",
    "handlowiec", "opiekunklienta", "opiekun", "przedstawicielhandlowy", "przedstawiciel", "menedżer",
    "менеджерклієнта", "відповідальний", "торговийпредставник",
    "satiştemsilcisi", "müşteritemsilcisi", "temsilci", "plasiyer", "satişsorumlusu", "sorumlu",
    "担当者", "営業担当者", "営業担当", "担当営業", "顧客担当者", "得意先担当者", "得意先担当", "担当", "責任者", "マネージャー",
    "담당자", "고객담당자", "영업담당자", "영업담당", "담당", "영업사원", "판매원", "매니저",
    "مندوبالمبیعات", "المندوب", "مندوب", "مدیرالحساب", "البائع", "المسؤول",
  ],
  group: [
    "group", "holding", "parent", "parentcompany", "customergroup",
    "холдинг", "группа", "группакомпаний",
    "grupė", "grupe", "holdingas",
    "grŵp", "grwp", "daliad",
    "گروه", "هلدینگ",
    "集团", "集團", "母公司",
    "parentaccount", "corporategroup",
    "grupo", "grupoempresarial", "grupodeclientes", "sociedadmatriz", "matriz",
    "grupoeconômico", "grupoeconomico", "empresamatriz",
    "groupe", "maisonmère", "sociétémère", "groupeclient", "groupedeclients",
    "konzern", "unternehmensgruppe", "firmengruppe", "kundengruppe", "debitorengruppe", "muttergesellschaft",
    "gruppo", "capogruppo", "gruppoclienti",
    "groep", "concern", "klantgroep", "moedermaatschappij",
    "grupa", "grupakapitałowa", "grupaklientów", "spółkamatka",
    "група", "групакомпаній", "групаклієнтів",
    "grup", "şirketgrubu", "müşterigrubu", "anaşirket",
    "グループ", "企業グループ", "親会社", "得意先グループ", "顧客グループ",
    "그룹", "그룹사", "모회사", "고객그룹",
    "المجموعة", "مجموعة", "الشرکةالام", "مجموعةالعملاء",
  ],
  order: [
    "orderid", "order", "orderno", "ordernumber", "invoiceno", "invoice", "invoiceid", "invoicenumber", "document", "documentno", "docno",
    "заказ", "номерзаказа", "документ", "номердокумента", "счет", "счёт", "накладная",
    "užsakymas", "sąskaita", "dokumentas",
    "archeb", "rhifarcheb", "anfoneb",
    "سفارش", "شمارهسفارش", "فاکتور", "شمارهفاکتور",
    "订单", "訂單", "订单号", "訂單號", "单号", "單號", "发票", "發票", "单据号",
    "billingdocument", "salesdocument", "salesorder", "commercialinvoice", "opportunityname", "opportunityid", "opportunity", "voucher", "num",
    "заказклиента", "заказпокупателя", "регистратор",
    "pedido", "númerodepedido", "factura", "númerodefactura", "albarán", "albaran", "documento", "folio",
    "fatura", "notafiscal", "nf",
    "commande", "numérodecommande", "facture", "numérodefacture",
    "auftrag", "auftragsnummer", "kundenauftrag", "bestellung", "bestellnummer", "rechnung", "rechnungsnummer", "fakturabeleg", "faktura", "beleg", "belegnummer",
    "ordine", "numeroordine", "fattura", "numerofattura",
    "ordernummer", "verkooporder", "bestelling", "factuur", "factuurnummer",
    "zamówienie", "numerzamówienia", "numerfaktury", "nrfaktury", "dokument",
    "замовлення", "номерзамовлення", "рахунокфактура", "накладна", "видаткованакладна",
    "sipariş", "siparişno", "siparişnumarasi", "faturano", "belgeno", "evrakno", "fişno",
    "注文番号", "受注番号", "伝票番号", "請求書番号", "注文", "受注", "伝票", "請求書",
    "주문번호", "주문", "전표번호", "송장번호", "인보이스번호", "청구서번호", "거래번호", "문서번호",
    "رقمالطلب", "الطلب", "طلب", "رقمالفاتورة", "الفاتورة", "فاتورة",
  ],
  currency: [
    "currency", "currencycode", "curr",
    "валюта", "valiuta", "ariancyfred", "arian",
    "ارز", "واحدپول",
    "币种", "幣種", "货币", "貨幣",
    "moneda", "divisa", "moeda", "devise", "währung", "valuta", "waluta", "parabirimi", "dövizcinsi", "通貨", "통화", "العملة", "عملة",
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

/**
 * Header words that contain a role's word but name something else: tax and discount amounts,
 * amounts still open, unit prices, cost of sales, sales organisation units, product groups,
 * contact persons. A role's word inside one of these does not count ("Tax amount" is not an
 * amount, "Umsatzsteuer" not a turnover, "Warengruppe" not a holding).
 */
const OTHER_WORDS: readonly string[] = [
  "taxamount", "vatamount", "salestax", "discountamount", "amountdue", "amountpaid", "paidamount", "openamount", "expectedrevenue", "revenueaccount",
  "salesprice", "saleschannel", "salesterritory", "salescommission", "totaltax", "totalquantity", "totalqty", "documenttype", "salesunit", "salesqty", "salesquantity", "salesorganization", "salesorganisation", "salesorg", "salesoffice", "salesgroup", "salesdistrict", "salesregion", "salesteam", "salesstage", "salesdocumenttype",
  "productgroup", "itemgroup", "materialgroup", "accountgroup", "pricegroup", "companycode", "glaccount", "customersegment",
  "суммандс", "суммаскидки", "типдокумента", "виддокумента", "себестоимость", "собівартість", "сумапдв",
  "importeiva", "cuotaiva", "montoiva", "valoriva", "importedescuento", "tipodedocumento", "tipodocumento", "representantelegal", "grupodeproductos", "grupodeartículos", "grupodeprodutos", "valorunitario", "valorunitário", "valordoicms", "valoricms", "valoripi", "valordoipi", "valordofrete", "valordodesconto",
  "montanttva", "totaltva", "montantremise", "groupedeproduits", "groupearticles",
  "umsatzsteuer", "steuerbetrag", "mwstbetrag", "ustbetrag", "rabattbetrag", "skontobetrag", "summemwst", "erlöskonto", "belegart", "fakturaart", "auftragsart", "valutadatum", "ansprechpartner", "vertriebspartner", "warengruppe", "artikelgruppe", "produktgruppe", "materialgruppe",
  "importoiva", "valoreiva", "gruppomerceologico",
  "btwbedrag", "bedragbtw", "omzetbelasting", "verkoopprijs", "productgroep", "artikelgroep",
  "kwotavat", "wartośćvat", "cenasprzedaży", "typdokumentu", "grupaproduktów", "grupatowarowa",
  "kdvtutari", "toplamkdv", "toplammiktar", "iskontotutari",
  "消費税金額", "値引金額", "売上原価", "合計数量", "取引先責任者", "取引先担当者", "商品グループ", "製品グループ",
  "부가세금액", "매출원가", "제품그룹", "상품그룹",
  "مبلغالضریبة", "ضریبةالقیمةالمضافة", "القیمةالمضافة", "تکلفةالمبیعات", "مجموعةالمنتجات",
];

/** Words of four or more letters that count only as a whole header ("Partner", "Netto"), never inside a longer one. */
const WHOLE_HEADER_ONLY: ReadonlySet<string> = new Set(["partner", "owner", "gross", "netto", "brutto", "satiş", "caht", "cattc", "opportunity"]);

const ROLES = Object.keys(ROLE_SYNONYMS) as ColumnRole[];
/** Roles a wide client-by-period table keeps besides its period columns. */
const WIDE_ROLES: readonly ColumnRole[] = ["client", "manager", "group", "currency", "keyType"];

/**
 * Lower case, NFC, Arabic letter forms as Persian writes them (and alef maksura as yeh, hamza
 * alefs as a bare alef, no tatweel), Turkish dotless i as i (so "SATIŞ" and "Satış" are one word),
 * letters and digits only.
 */
export function normaliseHeader(cell: CellValue): string {
  if (cell === null) return "";
  return String(cell)
    .normalize("NFC")
    .toLowerCase()
    .replace(/[يى]/g, "ی")
    .replace(/ك/g, "ک")
    .replace(/[أإ]/g, "ا")
    .replace(/ـ/g, "")
    .replace(/ı/g, "i")
    .replace(/[^\p{L}\p{N}]/gu, "");
}

/**
 * A currency named in a header, as a word of its own ("Amount (EUR)", "Revenue USD", "Сумма, руб.",
 * "Kwota zł") or in brackets after CJK text ("金额（元）"). Currency symbols (€, $, ₽) are not
 * letters and go with the rest of the punctuation. The character before the word is captured
 * (group 1) rather than looked behind at: Safari before 16.4, the webview of Office on older
 * macOS, has no lookbehind, and a pattern with one fails as the pane loads (docs/taskpane.md).
 */
const HEADER_CURRENCY =
  /(^|[^\p{L}\p{N}])(?:eur|usd|gbp|chf|jpy|cny|rmb|rub|rur|uah|pln|czk|huf|sek|nok|dkk|try|brl|mxn|ars|clp|cop|inr|krw|aed|sar|cad|aud|nzd|zar|ils|byn|kzt|ron|bgn|sgd|hkd|twd|thb|idr|myr|php|vnd|egp|irr|qar|kwd|руб|грн|zł|zl|kč|tl|лв)(?![\p{L}\p{N}])|[(（［[]\s*(?:元|円|원|人民币)\s*[)）］\]]/giu;

/**
 * The header as it is matched against ROLE_SYNONYMS: normalised, without a currency it names, so
 * "Amount (EUR)" is the whole word "amount". A header that is only a currency keeps it.
 */
function roleKey(cell: CellValue): string {
  const text = normaliseHeader(cell);
  if (cell === null || text === "") return text;
  const withoutCurrency = normaliseHeader(String(cell).normalize("NFC").replace(HEADER_CURRENCY, "$1 "));
  return withoutCurrency === "" ? text : withoutCurrency;
}

/** Display text of a header cell. */
export function headerText(cell: CellValue): string {
  return cell === null ? "" : String(cell).trim();
}

/**
 * For each role's synonym, the longer words of other roles (and OTHER_WORDS) that contain it:
 * inside one of those it is part of another word ("invoice" in "invoicedate", "sales" in
 * "salesrepresentative", "betrag" in "steuerbetrag").
 */
let containingWords: Map<string, string[]> | null = null;

function wordsContaining(role: ColumnRole, synonym: string): readonly string[] {
  if (!containingWords) {
    containingWords = new Map();
    for (const inner of ROLES) {
      for (const word of ROLE_SYNONYMS[inner]) {
        const longer = [...ROLES.filter((other) => other !== inner).flatMap((other) => ROLE_SYNONYMS[other]), ...OTHER_WORDS].filter(
          (candidate) => candidate.length > word.length && candidate.includes(word),
        );
        if (longer.length > 0) containingWords.set(`${inner}:${word}`, longer);
      }
    }
  }
  return containingWords.get(`${role}:${synonym}`) ?? [];
}

/** Whether a synonym may count inside a longer header: not a short Latin word ("sum", "day") nor one of WHOLE_HEADER_ONLY. */
function countsInside(synonym: string): boolean {
  return (synonym.length >= 4 || /[^a-z]/.test(synonym)) && !WHOLE_HEADER_ONLY.has(synonym);
}

/** The best substring match of a role in a header, 1000 - index, or 0. */
function containedScore(header: string, role: ColumnRole): number {
  const synonyms = ROLE_SYNONYMS[role];
  for (let i = 0; i < synonyms.length; i++) {
    const synonym = synonyms[i];
    if (!header.includes(synonym) || !countsInside(synonym)) continue;
    if (wordsContaining(role, synonym).some((word) => header.includes(word))) continue;
    return 1000 - i;
  }
  return 0;
}

/**
 * How well a header key (see roleKey) names a role: an exact synonym beats one contained in a
 * longer header ("Order Date" contains "order"), earlier synonyms beat later ones, 0 = no match.
 * Short Latin synonyms ("sum", "day") count only as whole headers, so "Summary" is not an amount;
 * nor does a synonym count inside a longer word of another role or of OTHER_WORDS ("Sales
 * Representative" is a manager, "Tax amount" nothing). A currency word inside a header that also
 * names an amount is the amount's currency: "Amount in document currency" is an amount.
 */
function roleScore(header: string, role: ColumnRole): number {
  const synonyms = ROLE_SYNONYMS[role];
  for (let i = 0; i < synonyms.length; i++) {
    if (header === synonyms[i]) return 2000 - i;
  }
  if (role === "currency" && containedScore(header, "amount") > 0) return 0;
  return containedScore(header, role);
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
  const normalised = header.map(roleKey);
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
  const normalised = header.map(roleKey);
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
  const normalised = header.map(roleKey);
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
