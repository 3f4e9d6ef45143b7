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
 * Where a line of header words comes from: a language (ISO 639-1), or the column names of ERP and
 * CRM exports. The order is the documentation's (docs/columns.md).
 */
export const HEADER_SOURCES = {
  en: "English",
  ru: "Russian",
  lt: "Lithuanian",
  cy: "Welsh",
  fa: "Persian",
  zh: "Chinese",
  es: "Spanish",
  pt: "Portuguese",
  fr: "French",
  de: "German",
  it: "Italian",
  nl: "Dutch",
  pl: "Polish",
  uk: "Ukrainian",
  tr: "Turkish",
  ja: "Japanese",
  ko: "Korean",
  ar: "Arabic",
  exports: "ERP and CRM exports (SAP, Dynamics 365, Salesforce, 1C, Odoo, QuickBooks)",
} as const;
export type HeaderSource = keyof typeof HEADER_SOURCES;
/** A line of the header table: where the words come from, then the words. */
export type HeaderWordGroup = readonly [HeaderSource, ...string[]];

/**
 * Header words per role, already normalised (see normaliseHeader). Earlier entries win when
 * several columns match a role: "Customer Name" is preferred to "Customer ID" (a name is what
 * the result sheets should show), "Order Date" to a bare "Date" column.
 *
 * Each role lists the six interface languages first, then common ERP/CRM export headers (SAP,
 * Dynamics 365, Salesforce, 1C, Odoo, QuickBooks), then one line per language: Spanish,
 * Portuguese, French, German, Italian, Dutch, Polish, Ukrainian, Turkish, Japanese, Korean, Arabic.
 * Each line starts with where its words come from (HEADER_SOURCES); a word several languages
 * share is listed once, under the first. A word that means one role in one language and another
 * role elsewhere is left out (see OTHER_WORDS for words that contain a role's word but name
 * something else). docs/columns.md is generated from this table (`npm run docs:columns`).
 *
 * Net and gross amounts ("Net Value", "Umsatz netto", "Montant TTC", "Сумма с НДС") are both the
 * amount; in each language net variants come before gross ones (the English net words even before
 * a bare "Total", which in exports such as Odoo's is the total with tax), so a sheet with both
 * takes the net column and lists the gross one among the alternatives. When both exist, the run
 * uses whichever amount column the user maps.
 */
export const HEADER_WORDS: Readonly<Record<ColumnRole, readonly HeaderWordGroup[]>> = {
  client: [
    ["en", "customername", "clientname", "customer", "client", "buyer", "buyername", "accountname", "companyname"],
    ["en", "customerid", "clientid", "customerno", "customernumber", "customercode", "account", "company"],
    ["ru", "клиент", "наименованиеклиента", "покупатель", "контрагент", "заказчик"],
    ["lt", "klientas", "klientopavadinimas", "pirkėjas", "pirkejas"],
    ["cy", "cwsmer", "enwcwsmer", "cleient", "prynwr"],
    ["fa", "مشتری", "ناممشتری", "خریدار"],
    ["zh", "客户名称", "客戶名稱", "客户", "客戶", "顾客", "顧客", "客户编号", "客戶編號"],
    ["exports", "nameofsoldtoparty", "soldtopartyname", "soldtoparty", "soldto", "customeraccount", "invoiceaccount", "billtoname", "billtocustomer", "businesspartner", "partner", "партнер", "партнёр"],
    ["es", "cliente", "nombredelcliente", "nombrecliente", "razónsocial", "razonsocial", "nombrecomercial", "comprador"],
    ["pt", "nomedocliente", "nomecliente", "razãosocial", "razaosocial", "nomefantasia", "nomecomercial"],
    ["fr", "nomduclient", "raisonsociale", "nomcommercial", "acheteur", "donneurdordre"],
    ["de", "kunde", "kundenname", "kundennummer", "kundennr", "auftraggeber", "rechnungsempfänger", "debitor", "debitorname", "geschäftspartner", "käufer"],
    ["it", "ragionesociale", "acquirente", "committente"],
    ["nl", "klant", "klantnaam", "klantnummer", "debiteur", "debiteurnaam", "afnemer"],
    ["pl", "klient", "nazwaklienta", "kontrahent", "nabywca", "odbiorca"],
    ["uk", "клієнт", "назваклієнта", "покупець", "замовник"],
    ["tr", "müşteri", "müşteriadi", "müşteriunvani", "cariadi", "cariunvani", "cariünvani", "carihesap", "carihesapadi", "carikodu", "alici"],
    ["ja", "得意先", "得意先名", "取引先", "取引先名", "顧客名", "会社名", "お客様名"],
    ["ko", "고객", "고객명", "고객사", "거래처", "거래처명", "회사명"],
    ["ar", "العمیل", "عمیل", "اسمالعمیل", "العملاء", "الزبون", "زبون", "اسمالزبون"],
  ],
  date: [
    ["en", "orderdate", "invoicedate", "saledate", "salesdate", "transactiondate", "documentdate", "date", "day"],
    ["ru", "дата", "датапродажи", "датазаказа", "датадокумента"],
    ["lt", "data", "pardavimodata", "užsakymodata"],
    ["cy", "dyddiad", "dyddiadarcheb", "dyddiadgwerthu"],
    ["fa", "تاریخ", "تاریخفروش", "تاریخسفارش"],
    ["zh", "日期", "下单日期", "订单日期", "訂單日期", "交易日期", "销售日期", "銷售日期", "开票日期"],
    ["exports", "billingdate", "invoicebilldate", "closedate", "postingdate", "voucherdate"],
    ["es", "fecha", "fechadefactura", "fechafactura", "fechadeventa", "fechaventa", "fechadepedido", "fechapedido", "fechadeemisión", "fechaemisión", "fechadocumento"],
    ["pt", "datadeemissão", "dataemissão", "datadavenda", "datadopedido", "datadafatura", "datadefaturamento"],
    ["fr", "datedefacture", "datefacture", "datedecommande", "datedevente", "datedepièce"],
    ["de", "datum", "rechnungsdatum", "fakturadatum", "belegdatum", "buchungsdatum", "auftragsdatum", "bestelldatum", "verkaufsdatum"],
    ["it", "datafattura", "datadifattura", "datadocumento", "dataordine", "datadellordine", "datavendita"],
    ["nl", "factuurdatum", "orderdatum", "verkoopdatum", "boekdatum", "documentdatum"],
    ["pl", "datasprzedaży", "datawystawienia", "datafaktury", "datazamówienia", "datadokumentu"],
    ["uk", "датапродажу", "датазамовлення", "датарахунку"],
    ["tr", "tarih", "faturatarihi", "sipariştarihi", "satiştarihi", "belgetarihi", "işlemtarihi"],
    ["ja", "日付", "売上日", "受注日", "注文日", "請求日", "計上日", "取引日", "伝票日付", "年月日"],
    ["ko", "날짜", "일자", "판매일자", "매출일자", "주문일자", "거래일자", "청구일자", "전표일자", "판매일", "주문일", "거래일"],
    ["ar", "تاریخالفاتورة", "تاریخالطلب", "تاریخالبیع"],
  ],
  amount: [
    ["en", "sales", "amount", "revenue", "totalprice"],
    ["en", "netamount", "netvalue", "netrevenue", "untaxedamount", "taxexcluded", "amountexclvat", "amountexcltax"],
    ["en", "total", "salesamount", "totalamount", "netsales", "linetotal", "turnover", "sum", "value"],
    ["ru", "сумма", "выручка", "продажи", "суммапродажи", "стоимость"],
    ["lt", "suma", "pardavimai", "apyvarta", "pajamos"],
    ["cy", "swm", "gwerthiant", "refeniw", "cyfanswm"],
    ["fa", "مبلغ", "فروش", "درآمد", "مبلغکل"],
    ["zh", "金额", "金額", "销售额", "銷售額", "销售金额", "銷售金額", "收入", "营业额", "營業額", "总额", "總額"],
    ["en", "subtotal", "exclvat", "net"],
    ["exports", "invoiceamount", "invoicetotal", "invoicevalue", "orderamount", "ordertotal", "ordervalue", "lineamount", "extendedamount"],
    ["en", "grossamount", "grossvalue", "grosssales", "grossrevenue", "amountinclvat", "amountincltax", "totalinclvat", "taxincluded", "gross"],
    ["ru", "суммабезндс", "выручкабезндс", "суммазаказа", "суммасндс"],
    ["es", "importeneto", "importe", "ventasnetas", "ventas", "baseimponible", "importesiniva", "importetotal", "montototal", "monto", "facturación", "ingresos", "totalfactura", "totalpedido", "totaldelpedido", "importeconiva", "importebruto"],
    ["pt", "valorlíquido", "valorliquido", "valortotal", "valordanota", "valordopedido", "valor", "vendas", "receitalíquida", "receita", "faturamento", "montante", "valorbruto"],
    ["fr", "montantht", "totalht", "caht", "montantdelacommande", "montantdevise", "montant", "chiffredaffaires", "ca", "ventes", "montantttc", "totalttc", "cattc"],
    ["de", "umsatznetto", "nettoumsatz", "umsatz", "nettobetrag", "nettowert", "betrag", "rechnungsbetrag", "auftragswert", "gesamtbetrag", "gesamtwert", "summe", "gesamtsumme", "nettoerlös", "erlös", "erlöse", "umsatzerlöse", "netto", "bruttoumsatz", "bruttobetrag", "bruttowert", "brutto"],
    ["it", "imponibile", "importonetto", "importoordine", "importo", "importototale", "fatturato", "vendite", "totale", "valore", "ricavi", "ricavo"],
    ["nl", "nettobedrag", "bedragexclbtw", "omzetexclbtw", "bedrag", "omzet", "factuurbedrag", "totaalbedrag", "totaal", "verkoop", "brutobedrag", "bedraginclbtw"],
    ["pl", "wartośćnetto", "kwotanetto", "wartość", "kwota", "sprzedaż", "przychód", "obrót", "wartośćbrutto", "kwotabrutto"],
    ["uk", "сумабезпдв", "сумазамовлення", "сума", "виручка", "продажі", "вартість", "дохід", "сумазпдв"],
    ["tr", "nettutar", "tutar", "toplamtutar", "satiştutari", "faturatutari", "sipariştutari", "netsatiş", "satişlar", "satiş", "ciro", "hasilat", "toplam", "brüttutar"],
    ["ja", "税抜金額", "売上金額", "売上高", "売上", "請求金額", "受注金額", "注文金額", "合計金額", "合計", "税込金額"],
    ["ko", "공급가액", "공급가", "금액", "매출액", "매출금액", "매출", "판매금액", "판매액", "청구금액", "주문금액", "합계금액", "합계", "총액"],
    ["ar", "صافیالمبیعات", "المبیعات", "مبیعات", "مبلغالفاتورة", "قیمةالفاتورة", "الاجمالی", "اجمالی", "اجمالیالمبیعات", "الایرادات", "ایرادات", "القیمة"],
  ],
  profit: [
    ["en", "profit", "grossprofit", "margin", "grossmargin"],
    ["ru", "прибыль", "маржа", "валоваяприбыль"],
    ["lt", "pelnas", "marža", "marza"],
    ["cy", "elw"],
    ["fa", "سود"],
    ["zh", "利润", "利潤", "毛利"],
    ["exports", "contributionmargin"],
    ["es", "beneficio", "margen", "margenbruto", "utilidad", "ganancia"],
    ["pt", "lucro", "lucrobruto", "margem", "margembruta"],
    ["fr", "marge", "margebrute", "bénéfice", "benefice"],
    ["de", "gewinn", "rohertrag", "rohgewinn", "deckungsbeitrag"],
    ["it", "margine", "marginelordo", "utile", "profitto"],
    ["nl", "winst", "brutowinst", "brutomarge"],
    ["pl", "zysk", "marża", "zyskbrutto"],
    ["uk", "прибуток", "валовийприбуток"],
    ["tr", "kâr", "kar", "brütkâr", "brütkar", "marj", "karmarji"],
    ["ja", "利益", "粗利", "粗利益", "売上総利益", "マージン"],
    ["ko", "이익", "매출총이익", "영업이익", "마진"],
    ["ar", "الربح", "ربح", "هامشالربح", "اجمالیالربح"],
  ],
  manager: [
    ["en", "manager", "accountmanager", "keyaccountmanager", "salesmanager", "salesperson", "salesrep", "responsible"],
    ["ru", "менеджер", "ответственный"],
    ["lt", "vadybininkas"],
    ["cy", "rheolwr", "rheolwrcyfrif"],
    ["fa", "مدیر", "مدیرفروش", "کارشناسفروش"],
    ["zh", "经理", "經理", "销售员", "銷售員", "业务员", "業務員", "负责人", "負責人"],
    ["exports", "opportunityowner", "accountowner", "owner", "salesrepresentative", "salesresponsible", "salestaker", "salesemployee", "employeeresponsible", "salesagent"],
    ["ru", "менеджерклиента", "торговыйпредставитель"],
    ["es", "vendedor", "comercial", "gerentedecuenta", "gerentedeventas", "representantedeventas", "ejecutivodeventas", "gerente", "responsable", "representante"],
    ["pt", "gerentedeconta", "gestordeconta", "representantedevendas", "responsável"],
    ["fr", "commercial", "vendeur", "chargédaffaires", "responsablecommercial", "responsabledesventes"],
    ["de", "vertriebsmitarbeiter", "kundenbetreuer", "betreuer", "verkäufer", "außendienst", "aussendienst", "vertreter", "sachbearbeiter", "verantwortlicher"],
    ["it", "agente", "venditore", "commerciale", "responsabile", "responsabilevendite"],
    ["nl", "verkoper", "vertegenwoordiger", "relatiebeheerder", "klantbeheerder", "verantwoordelijke"],
    ["pl", "handlowiec", "opiekunklienta", "opiekun", "przedstawicielhandlowy", "przedstawiciel", "menedżer"],
    ["uk", "менеджерклієнта", "відповідальний", "торговийпредставник"],
    ["tr", "satiştemsilcisi", "müşteritemsilcisi", "temsilci", "plasiyer", "satişsorumlusu", "sorumlu"],
    ["ja", "担当者", "営業担当者", "営業担当", "担当営業", "顧客担当者", "得意先担当者", "得意先担当", "担当", "責任者", "マネージャー"],
    ["ko", "담당자", "고객담당자", "영업담당자", "영업담당", "담당", "영업사원", "판매원", "매니저"],
    ["ar", "مندوبالمبیعات", "المندوب", "مندوب", "مدیرالحساب", "البائع", "المسؤول"],
  ],
  group: [
    ["en", "group", "holding", "parent", "parentcompany", "customergroup"],
    ["ru", "холдинг", "группа", "группакомпаний"],
    ["lt", "grupė", "grupe", "holdingas"],
    ["cy", "grŵp", "grwp", "daliad"],
    ["fa", "گروه", "هلدینگ"],
    ["zh", "集团", "集團", "母公司"],
    ["exports", "parentaccount", "corporategroup"],
    ["es", "grupo", "grupoempresarial", "grupodeclientes", "sociedadmatriz", "matriz"],
    ["pt", "grupoeconômico", "grupoeconomico", "empresamatriz"],
    ["fr", "groupe", "maisonmère", "sociétémère", "groupeclient", "groupedeclients"],
    ["de", "konzern", "unternehmensgruppe", "firmengruppe", "kundengruppe", "debitorengruppe", "muttergesellschaft"],
    ["it", "gruppo", "capogruppo", "gruppoclienti"],
    ["nl", "groep", "concern", "klantgroep", "moedermaatschappij"],
    ["pl", "grupa", "grupakapitałowa", "grupaklientów", "spółkamatka"],
    ["uk", "група", "групакомпаній", "групаклієнтів"],
    ["tr", "grup", "şirketgrubu", "müşterigrubu", "anaşirket"],
    ["ja", "グループ", "企業グループ", "親会社", "得意先グループ", "顧客グループ"],
    ["ko", "그룹", "그룹사", "모회사", "고객그룹"],
    ["ar", "المجموعة", "مجموعة", "الشرکةالام", "مجموعةالعملاء"],
  ],
  order: [
    ["en", "orderid", "order", "orderno", "ordernumber", "invoiceno", "invoice", "invoiceid", "invoicenumber", "document", "documentno", "docno"],
    ["ru", "заказ", "номерзаказа", "документ", "номердокумента", "счет", "счёт", "накладная"],
    ["lt", "užsakymas", "sąskaita", "dokumentas"],
    ["cy", "archeb", "rhifarcheb", "anfoneb"],
    ["fa", "سفارش", "شمارهسفارش", "فاکتور", "شمارهفاکتور"],
    ["zh", "订单", "訂單", "订单号", "訂單號", "单号", "單號", "发票", "發票", "单据号"],
    ["exports", "billingdocument", "salesdocument", "salesorder", "commercialinvoice", "opportunityname", "opportunityid", "opportunity", "voucher", "num"],
    ["ru", "заказклиента", "заказпокупателя", "регистратор"],
    ["es", "pedido", "númerodepedido", "factura", "númerodefactura", "albarán", "albaran", "documento", "folio"],
    ["pt", "fatura", "notafiscal", "nf"],
    ["fr", "commande", "numérodecommande", "facture", "numérodefacture"],
    ["de", "auftrag", "auftragsnummer", "kundenauftrag", "bestellung", "bestellnummer", "rechnung", "rechnungsnummer", "fakturabeleg", "faktura", "beleg", "belegnummer"],
    ["it", "ordine", "numeroordine", "fattura", "numerofattura"],
    ["nl", "ordernummer", "verkooporder", "bestelling", "factuur", "factuurnummer"],
    ["pl", "zamówienie", "numerzamówienia", "numerfaktury", "nrfaktury", "dokument"],
    ["uk", "замовлення", "номерзамовлення", "рахунокфактура", "накладна", "видаткованакладна"],
    ["tr", "sipariş", "siparişno", "siparişnumarasi", "faturano", "belgeno", "evrakno", "fişno"],
    ["ja", "注文番号", "受注番号", "伝票番号", "請求書番号", "注文", "受注", "伝票", "請求書"],
    ["ko", "주문번호", "주문", "전표번호", "송장번호", "인보이스번호", "청구서번호", "거래번호", "문서번호"],
    ["ar", "رقمالطلب", "الطلب", "طلب", "رقمالفاتورة", "الفاتورة", "فاتورة"],
  ],
  currency: [
    ["en", "currency", "currencycode", "curr"],
    ["ru", "валюта"],
    ["lt", "valiuta"],
    ["cy", "ariancyfred", "arian"],
    ["fa", "ارز", "واحدپول"],
    ["zh", "币种", "幣種", "货币", "貨幣"],
    ["es", "moneda", "divisa"],
    ["pt", "moeda"],
    ["fr", "devise"],
    ["de", "währung"],
    ["it", "valuta"],
    ["pl", "waluta"],
    ["tr", "parabirimi", "dövizcinsi"],
    ["ja", "通貨"],
    ["ko", "통화"],
    ["ar", "العملة", "عملة"],
  ],
  keyType: [
    ["en", "keytype", "keyclienttype", "clienttype", "customertype", "accounttype"],
    ["ru", "типключевогоклиента", "типклиента", "видклиента"],
    ["lt", "pagrindinioklientotipas", "klientotipas"],
    ["cy", "mathogwsmerallweddol", "mathcwsmer"],
    ["fa", "نوعمشتریکلیدی", "نوعمشتری"],
    ["zh", "大客户类型", "客户类型", "客戶類型"],
  ],
};

/** Header words per role in the table's order (earlier wins), without where they come from. */
export const ROLE_SYNONYMS: Readonly<Record<ColumnRole, readonly string[]>> = (() => {
  const synonyms = {} as Record<ColumnRole, readonly string[]>;
  for (const role of Object.keys(HEADER_WORDS) as ColumnRole[]) synonyms[role] = HEADER_WORDS[role].flatMap(([, ...words]) => words);
  return synonyms;
})();

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
const containingWords = new Map<string, string[]>();

function wordsContaining(role: ColumnRole, synonym: string): readonly string[] {
  const key = `${role}:${synonym}`;
  let longer = containingWords.get(key);
  if (longer === undefined) {
    // Worked out for the synonyms a header actually holds, not for all of them up front: that
    // would compare every word with every other one in every run (a tenth of a second).
    longer = [...ROLES.filter((other) => other !== role).flatMap((other) => ROLE_SYNONYMS[other]), ...OTHER_WORDS].filter((candidate) => candidate.length > synonym.length && candidate.includes(synonym));
    containingWords.set(key, longer);
  }
  return longer;
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
