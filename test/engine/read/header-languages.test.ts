/**
 * Header rows in the main languages of Excel users and from common ERP/CRM exports: the client,
 * date and amount (and profit, manager, group, order where the row has them) are found in the
 * right columns; currencies and net/gross qualifiers in a header do not get in the way; words that
 * only contain a role's word are not taken for it.
 */
import { detectColumns, normaliseHeader, ROLE_SYNONYMS } from "../../../src/engine/read";
import { COLUMN_ROLES, DEFAULT_READ_SETTINGS, type CellValue, type ColumnRole } from "../../../src/engine/types";

const settings = DEFAULT_READ_SETTINGS;

type Expected = Partial<Record<ColumnRole, number>>;

/** [name, header row, expected columns of the roles the row names]. */
const LANGUAGES: [string, CellValue[], Expected][] = [
  ["Spanish", ["Nº factura", "Fecha", "Cliente", "Vendedor", "Grupo", "Importe neto (EUR)", "IVA", "Margen"],
    { order: 0, date: 1, client: 2, manager: 3, group: 4, amount: 5, profit: 7 }],
  ["Spanish (Latin America)", ["Folio", "Fecha de emisión", "Razón social", "Monto total MXN"], { order: 0, date: 1, client: 2, amount: 3 }],
  ["Portuguese", ["Data da venda", "Nº do pedido", "Cliente", "Vendedor", "Grupo econômico", "Valor líquido (R$)", "Lucro"],
    { date: 0, order: 1, client: 2, manager: 3, group: 4, amount: 5, profit: 6 }],
  ["Portuguese (Brazil, NF-e)", ["Nota fiscal", "Data de emissão", "Razão social", "Valor total da NF", "Valor do ICMS"], { order: 0, date: 1, client: 2, amount: 3 }],
  ["French", ["N° de facture", "Date de facture", "Client", "Commercial", "Groupe", "Montant HT (€)", "Montant TVA", "Marge brute"],
    { order: 0, date: 1, client: 2, manager: 3, group: 4, amount: 5, profit: 7 }],
  ["German", ["Rechnungsnummer", "Rechnungsdatum", "Kunde", "Kundenbetreuer", "Konzern", "Umsatz netto €", "Umsatzsteuer", "Deckungsbeitrag"],
    { order: 0, date: 1, client: 2, manager: 3, group: 4, amount: 5, profit: 7 }],
  ["German (Betrag)", ["Belegnummer", "Belegdatum", "Kundennummer", "Kundenname", "Steuerbetrag", "Nettobetrag"], { order: 0, date: 1, client: 3, amount: 5 }],
  ["Italian", ["Numero fattura", "Data fattura", "Ragione sociale", "Agente", "Gruppo", "Imponibile", "Importo IVA", "Margine"],
    { order: 0, date: 1, client: 2, manager: 3, group: 4, amount: 5, profit: 7 }],
  ["Dutch", ["Factuurnummer", "Factuurdatum", "Klant", "Verkoper", "Concern", "Bedrag excl. BTW", "BTW-bedrag", "Brutomarge"],
    { order: 0, date: 1, client: 2, manager: 3, group: 4, amount: 5, profit: 7 }],
  ["Polish", ["Nr faktury", "Data sprzedaży", "Kontrahent", "Opiekun klienta", "Grupa kapitałowa", "Wartość netto (PLN)", "Kwota VAT", "Marża"],
    { order: 0, date: 1, client: 2, manager: 3, group: 4, amount: 5, profit: 7 }],
  ["Ukrainian", ["Номер замовлення", "Дата", "Клієнт", "Відповідальний", "Холдинг", "Сума без ПДВ, грн", "Прибуток"],
    { order: 0, date: 1, client: 2, manager: 3, group: 4, amount: 5, profit: 6 }],
  ["Turkish", ["Fatura No", "Fatura Tarihi", "Müşteri Adı", "Satış Temsilcisi", "Grup", "Tutar (TL)", "KDV Tutarı", "Kâr"],
    { order: 0, date: 1, client: 2, manager: 3, group: 4, amount: 5, profit: 7 }],
  ["Turkish (capitals, Logo/Netsis)", ["FİŞ NO", "TARİH", "CARİ ÜNVANI", "PLASİYER", "SATIŞ TUTARI"], { order: 0, date: 1, client: 2, manager: 3, amount: 4 }],
  ["Japanese", ["伝票番号", "売上日", "得意先名", "担当者", "親会社", "売上金額（円）", "消費税額", "粗利"],
    { order: 0, date: 1, client: 2, manager: 3, group: 4, amount: 5, profit: 7 }],
  ["Korean", ["주문번호", "판매일자", "거래처명", "담당자", "그룹사", "공급가액", "세액", "매출총이익"],
    { order: 0, date: 1, client: 2, manager: 3, group: 4, amount: 5, profit: 7 }],
  ["Arabic", ["رقم الفاتورة", "تاريخ الفاتورة", "اسم العميل", "مندوب المبيعات", "المجموعة", "صافي المبيعات", "مبلغ الضريبة", "الربح"],
    { order: 0, date: 1, client: 2, manager: 3, group: 4, amount: 5, profit: 7 }],
];

const EXPORTS: [string, CellValue[], Expected][] = [
  ["SAP billing documents (VF05)", ["Sales Organization", "Billing Document", "Billing Date", "Sold-to party", "Name of sold-to party", "Net Value", "Tax Amount", "Currency"],
    { order: 1, date: 2, client: 4, amount: 5, currency: 7 }],
  ["SAP in German", ["Verkaufsorganisation", "Fakturabeleg", "Fakturadatum", "Auftraggeber", "Name Auftraggeber", "Nettowert", "Steuerbetrag", "Währung"],
    { order: 1, date: 2, client: 3, amount: 5, currency: 7 }],
  ["SAP, net value in document currency", ["Billing Document", "Billing Date", "Sold-to party", "Net Value in Document Currency", "Document Currency"],
    { order: 0, date: 1, client: 2, amount: 3, currency: 4 }],
  ["Dynamics 365 customer invoice journal", ["Invoice", "Invoice date", "Customer account", "Invoice account", "Sales order", "Invoice amount", "Sales tax amount", "Currency", "Sales responsible"],
    { order: 0, date: 1, client: 2, amount: 5, currency: 7, manager: 8 }],
  ["Salesforce opportunities report", ["Opportunity Owner", "Account Name", "Opportunity Name", "Stage", "Amount", "Expected Revenue", "Close Date", "Created Date", "Parent Account"],
    { manager: 0, client: 1, order: 2, amount: 4, date: 6, group: 8 }],
  ["1C sales report", ["Регистратор", "Дата", "Контрагент", "Ответственный", "Номенклатура", "Количество", "Сумма", "Себестоимость", "Валовая прибыль"],
    { order: 0, date: 1, client: 2, manager: 3, amount: 6, profit: 8 }],
  ["1C with VAT", ["Заказ клиента", "Дата", "Партнер", "Менеджер", "Сумма НДС", "Сумма без НДС"], { order: 0, date: 1, client: 2, manager: 3, amount: 5 }],
  ["Odoo invoices", ["Number", "Customer", "Invoice/Bill Date", "Due Date", "Salesperson", "Untaxed Amount", "Tax", "Total", "Amount Due", "Status"],
    { client: 1, date: 2, manager: 4, amount: 5 }],
  ["Odoo sales orders", ["Order Reference", "Order Date", "Partner", "Salesperson", "Untaxed Amount", "Total"], { order: 0, date: 1, client: 2, manager: 3, amount: 4 }],
  ["QuickBooks sales by customer detail", ["Date", "Transaction Type", "Num", "Customer", "Product/Service", "Qty", "Sales Price", "Amount", "Balance", "Sales Rep"],
    { date: 0, order: 2, client: 3, amount: 7, manager: 9 }],
  ["QuickBooks invoice list", ["Date", "No.", "Customer", "Due date", "Amount", "Open balance"], { date: 0, client: 2, amount: 4 }],
];

function found(header: CellValue[]): Expected {
  const detected = detectColumns(header, settings);
  if (!detected) throw new Error(`not recognised: ${header.join(" | ")}`);
  expect(detected.layout).toBe("transactions");
  return detected.columns;
}

describe("header rows in the main languages of Excel users", () => {
  test.each(LANGUAGES)("%s", (_name, header, expected) => {
    expect(found(header)).toEqual(expected);
  });
});

describe("column names of ERP and CRM exports", () => {
  test.each(EXPORTS)("%s", (_name, header, expected) => {
    expect(found(header)).toEqual(expected);
  });
});

describe("a currency or a net/gross qualifier in the header", () => {
  test.each([
    ["Amount (EUR)"], ["Revenue USD"], ["Umsatz netto €"], ["Net amount"], ["Gross amount"], ["Amount excl. VAT"], ["Amount incl. VAT"],
    ["Сумма, руб."], ["Сумма с НДС"], ["Kwota zł"], ["金额（元）"], ["Montant TTC"], ["Importe (€)"], ["Total (USD)"], ["Netto"], ["Brutto"],
  ])("%s is the amount", (amountHeader) => {
    expect(found(["Customer", "Date", amountHeader]).amount).toBe(2);
  });

  test("a currency code beside a known word is still an exact match: 'Amount (EUR)' wins over 'Total'", () => {
    expect(found(["Customer", "Total", "Amount (EUR)"]).amount).toBe(2);
    expect(found(["Customer", "Total", "Revenue USD"]).amount).toBe(2);
  });

  test("net before gross when both are there; the gross column is an alternative the user can map", () => {
    const detected = detectColumns(["Customer", "Gross amount", "Net amount"], settings);
    expect(detected?.columns.amount).toBe(2);
    expect(detected?.alternatives?.amount).toEqual(["Gross amount"]);
    expect(detectColumns(["Kunde", "Umsatz brutto", "Umsatz netto"], settings)?.columns.amount).toBe(2);
    const mapped = detectColumns(["Customer", "Gross amount", "Net amount"], { ...settings, mapping: { amount: "Gross amount" } });
    expect(mapped?.columns.amount).toBe(1);
  });

  test("a header that is only a currency code is not emptied into a match", () => {
    expect(detectColumns(["Customer", "EUR"], settings)).toBeNull();
  });

  test("a currency word inside an amount header is the amount's currency, not the currency column", () => {
    expect(found(["Customer", "Amount in transaction currency", "Currency"])).toEqual({ client: 0, amount: 1, currency: 2 });
    expect(found(["Kunde", "Betrag in Hauswährung", "Währung"])).toEqual({ client: 0, amount: 1, currency: 2 });
  });
});

describe("false positives", () => {
  test("a row of unrelated words in many languages stays unrecognised", () => {
    expect(detectColumns(["Produkt", "Menge", "Farbe", "Gewicht"], settings)).toBeNull();
    expect(detectColumns(["Producto", "Cantidad", "Color", "Peso"], settings)).toBeNull();
    expect(detectColumns(["商品名", "数量", "色", "重量"], settings)).toBeNull();
    expect(detectColumns(["When", "Who", "How much"], settings)).toBeNull();
  });

  test("'Summary' is not an amount, nor 'Suma' inside a longer word made of it", () => {
    expect(detectColumns(["Client", "Summary"], settings)).toBeNull();
  });

  test.each([
    ["Tax amount"], ["VAT amount"], ["Sales tax amount"], ["Total Tax"], ["Sales Commission"], ["Sales Channel"], ["Umsatzsteuer"], ["Steuerbetrag"], ["Montant TVA"], ["Importe IVA"], ["Kwota VAT"],
    ["KDV Tutarı"], ["Сумма НДС"], ["Себестоимость"], ["Sales Price"], ["Sales Organization"], ["Expected Revenue"], ["Amount Due"], ["売上原価"], ["مبلغ الضريبة"],
  ])("%s is not an amount", (header) => {
    expect(detectColumns(["Customer", header], settings)).toBeNull();
  });

  test.each([
    ["Sales Representative", "manager"], ["Sales responsible", "manager"], ["Account Owner", "manager"], ["Gerente de ventas", "manager"],
    ["Opiekun klienta", "manager"], ["Müşteri Temsilcisi", "manager"], ["Kundengruppe", "group"], ["Grupo de clientes", "group"],
    ["Auftraggeber", "client"], ["Invoice account", "client"], ["Nombre comercial", "client"], ["Rechnungsdatum", "date"], ["Data fattura", "date"],
    ["Fatura Tarihi", "date"], ["Invoice/Bill Date", "date"], ["Sales Order", "order"], ["Kundenauftrag", "order"], ["Order Total", "amount"],
    ["Faturamento líquido", "amount"], ["Rechnungsbetrag", "amount"], ["Parent Account", "group"],
  ])("'%s' is the %s, not the role of a word inside it", (header, role) => {
    const filler = role === "client" ? ["Amount"] : role === "amount" ? ["Customer"] : ["Customer", "Amount"];
    const columns = found([...filler, header]);
    const roleOfHeader = Object.entries(columns).find(([, column]) => column === filler.length)?.[0];
    expect(roleOfHeader).toBe(role);
  });

  test("a product group is not a holding; a contact person, a company code or a G/L account is not a client", () => {
    expect(found(["Kunde", "Warengruppe", "Betrag"])).toEqual({ client: 0, amount: 2 });
    expect(found(["Customer", "Product group", "Amount"])).toEqual({ client: 0, amount: 2 });
    expect(found(["Kunde", "Ansprechpartner", "Betrag"])).toEqual({ client: 0, amount: 2 });
    expect(detectColumns(["Company Code", "G/L Account", "Amount"], settings)).toBeNull();
  });

  test("'Partner' and 'Owner' count only as whole headers", () => {
    expect(found(["Partner", "Amount"]).client).toBe(0);
    expect(detectColumns(["Ansprechpartner", "Amount"], settings)).toBeNull();
    expect(found(["Customer", "Amount", "Owner"]).manager).toBe(2);
    expect(found(["Customer", "Amount", "Owner Role"]).manager).toBeUndefined();
  });
});

describe("the synonym table", () => {
  test("every synonym is written normalised", () => {
    for (const role of COLUMN_ROLES) {
      for (const synonym of ROLE_SYNONYMS[role]) expect(normaliseHeader(synonym)).toBe(synonym);
    }
  });

  test("no synonym names two roles, nor appears twice", () => {
    const seen = new Map<string, ColumnRole>();
    const twice: string[] = [];
    for (const role of COLUMN_ROLES) {
      for (const synonym of ROLE_SYNONYMS[role]) {
        if (seen.has(synonym)) twice.push(`${synonym}: ${seen.get(synonym)} and ${role}`);
        seen.set(synonym, role);
      }
    }
    expect(twice).toEqual([]);
  });

  test("every synonym, as a header of its own, is its role", () => {
    const wrong: string[] = [];
    for (const role of COLUMN_ROLES) {
      for (const synonym of ROLE_SYNONYMS[role]) {
        const filler = role === "client" ? ["Amount"] : role === "amount" ? ["Customer"] : ["Customer", "Amount"];
        const detected = detectColumns([...filler, synonym], settings);
        const column = detected?.columns[role];
        if (column !== filler.length) wrong.push(`${synonym} (${role})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test("Turkish capitals and Arabic letter forms read as one word", () => {
    expect(normaliseHeader("SATIŞ TUTARI")).toBe(normaliseHeader("Satış Tutarı"));
    expect(normaliseHeader("MÜŞTERİ")).toBe("müşteri");
    expect(normaliseHeader("إجمالى")).toBe(normaliseHeader("اجمالي"));
    expect(normaliseHeader("المبيـــعات")).toBe(normaliseHeader("المبيعات"));
  });
});
