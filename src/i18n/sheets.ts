/**
 * Every text the add-in writes into the result sheets: sheet names, column headers, labels of
 * classes, segments, statuses, dependency levels and key types, the legend, the matrix strategies
 * and the summary. Terms follow the source articles (docs/sources.md): breadwinner / кормилец /
 * maitintojas / enillydd bara / نان‌آور / 主要收入型, mono-client / моноклиент / monoklientas...
 */
import type { AbcClass, ClientStatus, Dependency, KeyType, Segment, XyzClass } from "../engine/types";
import { KEY_TYPE_LABELS } from "../engine/key-types";
import type { Translations } from "./core";

export const SHEET_NAME_TEXTS = {
  clients: { en: "KAM Clients", ru: "KAM Клиенты", lt: "KAM Klientai", cy: "KAM Cleientiaid", fa: "KAM مشتریان", zh: "KAM 客户" },
  matrix: { en: "KAM Matrix", ru: "KAM Матрица", lt: "KAM Matrica", cy: "KAM Matrics", fa: "KAM ماتریس", zh: "KAM 矩阵" },
  summary: { en: "KAM Summary", ru: "KAM Сводка", lt: "KAM Suvestinė", cy: "KAM Crynodeb", fa: "KAM خلاصه", zh: "KAM 汇总" },
  winback: { en: "KAM Win-back", ru: "KAM Возврат", lt: "KAM Susigrąžinimas", cy: "KAM Adennill", fa: "KAM بازگرداندن", zh: "KAM 挽回" },
} satisfies Record<string, Translations>;

/** Column headers of KAM Clients and KAM Win-back. */
export const COLUMN_TEXTS = {
  rank: { en: "Rank", ru: "Место", lt: "Vieta", cy: "Safle", fa: "رتبه", zh: "排名" },
  client: { en: "Client", ru: "Клиент", lt: "Klientas", cy: "Cwsmer", fa: "مشتری", zh: "客户" },
  revenue: { en: "Revenue", ru: "Выручка", lt: "Pajamos", cy: "Refeniw", fa: "درآمد", zh: "销售收入" },
  profit: { en: "Profit", ru: "Прибыль", lt: "Pelnas", cy: "Elw", fa: "سود", zh: "利润" },
  share: { en: "Share", ru: "Доля", lt: "Dalis", cy: "Cyfran", fa: "سهم", zh: "占比" },
  cumulativeShare: { en: "Cumulative share", ru: "Накопленная доля", lt: "Sukaupta dalis", cy: "Cyfran gronnus", fa: "سهم تجمعی", zh: "累计占比" },
  abc: { en: "ABC", ru: "ABC", lt: "ABC", cy: "ABC", fa: "ABC", zh: "ABC" },
  xyz: { en: "XYZ", ru: "XYZ", lt: "XYZ", cy: "XYZ", fa: "XYZ", zh: "XYZ" },
  abcxyz: { en: "ABC-XYZ", ru: "ABC-XYZ", lt: "ABC-XYZ", cy: "ABC-XYZ", fa: "ABC-XYZ", zh: "ABC-XYZ" },
  cv: { en: "Variation (CV)", ru: "Коэф. вариации", lt: "Variacijos koef.", cy: "Amrywiad (CV)", fa: "ضریب تغییرات", zh: "变异系数" },
  coverage: { en: "Periods with purchases", ru: "Доля периодов с покупками", lt: "Laikotarpiai su pirkimais", cy: "Cyfnodau â phryniant", fa: "دوره‌های دارای خرید", zh: "有购买的期间占比" },
  dependency: { en: "Dependency", ru: "Зависимость", lt: "Priklausomybė", cy: "Dibyniaeth", fa: "وابستگی", zh: "依赖程度" },
  keyType: { en: "Key type", ru: "Тип ключевого клиента", lt: "Pagrindinio kliento tipas", cy: "Math o gwsmer allweddol", fa: "نوع مشتری کلیدی", zh: "大客户类型" },
  status: { en: "Status", ru: "Статус", lt: "Būsena", cy: "Statws", fa: "وضعیت", zh: "状态" },
  segment: { en: "RFM segment", ru: "RFM-сегмент", lt: "RFM segmentas", cy: "Segment RFM", fa: "بخش RFM", zh: "RFM 分群" },
  r: { en: "R", ru: "R", lt: "R", cy: "R", fa: "R", zh: "R" },
  f: { en: "F", ru: "F", lt: "F", cy: "F", fa: "F", zh: "F" },
  m: { en: "M", ru: "M", lt: "M", cy: "M", fa: "M", zh: "M" },
  recencyDays: { en: "Days since last purchase", ru: "Дней с последней покупки", lt: "Dienos nuo paskutinio pirkimo", cy: "Dyddiau ers y pryniant olaf", fa: "روز از آخرین خرید", zh: "距上次购买天数" },
  lastPurchase: { en: "Last purchase", ru: "Последняя покупка", lt: "Paskutinis pirkimas", cy: "Pryniant olaf", fa: "آخرین خرید", zh: "最近购买日期" },
  frequency: { en: "Purchases", ru: "Покупок", lt: "Pirkimai", cy: "Pryniannau", fa: "تعداد خرید", zh: "购买次数" },
  manager: { en: "Manager", ru: "Менеджер", lt: "Vadybininkas", cy: "Rheolwr", fa: "مدیر فروش", zh: "客户经理" },
  group: { en: "Group / holding", ru: "Группа / холдинг", lt: "Grupė / holdingas", cy: "Grŵp / cwmni daliannol", fa: "گروه / هلدینگ", zh: "集团 / 控股" },
  change: { en: "Change since last run", ru: "Изменение с прошлого запуска", lt: "Pokytis nuo ankstesnio paleidimo", cy: "Newid ers y tro diwethaf", fa: "تغییر از اجرای قبلی", zh: "较上次变化" },
  notes: { en: "Notes", ru: "Заметки", lt: "Pastabos", cy: "Nodiadau", fa: "یادداشت‌ها", zh: "备注" },
  plannedOffer: { en: "Planned offer", ru: "Планируемое предложение", lt: "Planuojamas pasiūlymas", cy: "Cynnig arfaethedig", fa: "پیشنهاد برنامه‌ریزی‌شده", zh: "计划挽回方案" },
} satisfies Record<string, Translations>;

export type ColumnTextKey = keyof typeof COLUMN_TEXTS;

export const DEPENDENCY_TEXTS: Record<Dependency, Translations> = {
  mono: { en: "mono-client", ru: "моноклиент", lt: "monoklientas", cy: "unig gwsmer", fa: "تک‌مشتری", zh: "单一客户依赖" },
  critical: { en: "critical", ru: "критическая", lt: "kritinė", cy: "critigol", fa: "بحرانی", zh: "严重依赖" },
  key: { en: "key", ru: "ключевой", lt: "pagrindinis", cy: "allweddol", fa: "کلیدی", zh: "大客户" },
  none: { en: "none", ru: "нет", lt: "nėra", cy: "dim", fa: "ندارد", zh: "无" },
};

export const STATUS_TEXTS: Record<ClientStatus, Translations> = {
  active: { en: "active", ru: "активный", lt: "aktyvus", cy: "gweithredol", fa: "فعال", zh: "活跃" },
  "at-risk": { en: "at risk", ru: "под угрозой", lt: "rizikingas", cy: "mewn perygl", fa: "در معرض ریزش", zh: "有流失风险" },
  lost: { en: "lost", ru: "потерян", lt: "prarastas", cy: "wedi'i golli", fa: "از دست رفته", zh: "已流失" },
};

export const SEGMENT_TEXTS: Record<Segment, Translations> = {
  hibernating: { en: "hibernating", ru: "спящие", lt: "užmigę", cy: "yn gaeafgysgu", fa: "خواب‌رفته", zh: "休眠客户" },
  "at-risk": { en: "at risk", ru: "в зоне риска", lt: "rizikos zonoje", cy: "mewn perygl", fa: "در خطر", zh: "风险客户" },
  "cannot-lose": { en: "cannot lose", ru: "нельзя потерять", lt: "negalima prarasti", cy: "rhaid eu cadw", fa: "نباید از دست داد", zh: "不能失去" },
  "about-to-sleep": { en: "about to sleep", ru: "засыпающие", lt: "užmiegantys", cy: "ar fin cysgu", fa: "در آستانه خواب", zh: "即将沉睡" },
  "need-attention": { en: "need attention", ru: "требуют внимания", lt: "reikia dėmesio", cy: "angen sylw", fa: "نیازمند توجه", zh: "需要关注" },
  loyal: { en: "loyal", ru: "лояльные", lt: "lojalūs", cy: "ffyddlon", fa: "وفادار", zh: "忠诚客户" },
  promising: { en: "promising", ru: "перспективные", lt: "perspektyvūs", cy: "addawol", fa: "امیدوارکننده", zh: "有潜力" },
  new: { en: "new", ru: "новые", lt: "nauji", cy: "newydd", fa: "جدید", zh: "新客户" },
  "potential-loyalist": { en: "potential loyalist", ru: "потенциально лояльные", lt: "galimai lojalūs", cy: "ffyddlon posibl", fa: "وفادار بالقوه", zh: "潜在忠诚" },
  champions: { en: "champions", ru: "чемпионы", lt: "čempionai", cy: "pencampwyr", fa: "قهرمانان", zh: "冠军客户" },
};

/** Key types; these labels are also the drop-down list of the "Key type" column, so no commas. */
export const KEY_TYPE_TEXTS: Record<KeyType, Translations> = KEY_TYPE_LABELS;

/** The "Change" column: a client new since the last run. */
export const NEW_CLIENT_TEXT: Translations = { en: "new", ru: "новый", lt: "naujas", cy: "newydd", fa: "جدید", zh: "新增" };

export const LEGEND_TEXTS = {
  title: { en: "Legend", ru: "Условные обозначения", lt: "Legenda", cy: "Allwedd", fa: "راهنما", zh: "图例" },
  A: { en: "A: the top clients making the first {a} of the total", ru: "A: крупнейшие клиенты, дающие первые {a} итога", lt: "A: didžiausi klientai, sudarantys pirmuosius {a} sumos", cy: "A: y prif gwsmeriaid sy'n gwneud yr {a} cyntaf o'r cyfanswm", fa: "A: بزرگ‌ترین مشتریان که {a} نخست مجموع را می‌سازند", zh: "A:贡献前 {a} 总额的最大客户" },
  B: { en: "B: average clients, up to {b}", ru: "B: средние клиенты, до {b}", lt: "B: vidutiniai klientai, iki {b}", cy: "B: cwsmeriaid canolig, hyd at {b}", fa: "B: مشتریان متوسط، تا {b}", zh: "B:中等客户,累计至 {b}" },
  C: { en: "C: small clients, the rest", ru: "C: мелкие клиенты, остальное", lt: "C: smulkūs klientai, likusieji", cy: "C: cwsmeriaid bach, y gweddill", fa: "C: مشتریان کوچک، باقی‌مانده", zh: "C:小客户,其余部分" },
  X: { en: "X: buys steadily (low variation)", ru: "X: покупает стабильно (низкая вариация)", lt: "X: perka stabiliai (maža variacija)", cy: "X: yn prynu'n gyson (amrywiad isel)", fa: "X: خرید پایدار (تغییرات کم)", zh: "X:购买稳定(波动小)" },
  Y: { en: "Y: buys regularly with swings", ru: "Y: покупает регулярно, с колебаниями", lt: "Y: perka reguliariai, su svyravimais", cy: "Y: yn prynu'n rheolaidd gyda siglo", fa: "Y: خرید منظم با نوسان", zh: "Y:定期购买但有波动" },
  Z: { en: "Z: buys irregularly", ru: "Z: покупает нерегулярно", lt: "Z: perka nereguliariai", cy: "Z: yn prynu'n afreolaidd", fa: "Z: خرید نامنظم", zh: "Z:购买不规律" },
  mono: { en: "mono-client: more than {mono} of the total", ru: "моноклиент: больше {mono} итога", lt: "monoklientas: daugiau nei {mono} sumos", cy: "unig gwsmer: mwy na {mono} o'r cyfanswm", fa: "تک‌مشتری: بیش از {mono} مجموع", zh: "单一客户依赖:超过总额的 {mono}" },
  critical: { en: "critical: more than {critical}", ru: "критическая: больше {critical}", lt: "kritinė: daugiau nei {critical}", cy: "critigol: mwy na {critical}", fa: "بحرانی: بیش از {critical}", zh: "严重依赖:超过 {critical}" },
  key: { en: "key: {key} or more", ru: "ключевой: {key} и больше", lt: "pagrindinis: {key} ar daugiau", cy: "allweddol: {key} neu fwy", fa: "کلیدی: {key} یا بیشتر", zh: "大客户:{key} 及以上" },
  lost: { en: "lost: no purchase for longer than the set number of days", ru: "потерян: нет покупок дольше заданного числа дней", lt: "prarastas: nepirko ilgiau nei nustatytą dienų skaičių", cy: "wedi'i golli: dim pryniant am fwy na'r nifer o ddyddiau a osodwyd", fa: "از دست رفته: بدون خرید بیش از تعداد روز تعیین‌شده", zh: "已流失:超过设定天数未购买" },
  atRisk: { en: "at risk: silent for more than twice its usual gap", ru: "под угрозой: молчит дольше двух обычных интервалов", lt: "rizikingas: tyli ilgiau nei du įprastus tarpus", cy: "mewn perygl: yn dawel am fwy na dwywaith ei fwlch arferol", fa: "در معرض ریزش: سکوت بیش از دو برابر فاصله معمول", zh: "有流失风险:沉默超过平常间隔的两倍" },
  input: { en: "Yellow columns are yours: what you type there is kept on every run", ru: "Жёлтые столбцы ваши: введённое в них сохраняется при каждом запуске", lt: "Geltoni stulpeliai jūsų: ką juose įrašote, išlieka po kiekvieno paleidimo", cy: "Eich colofnau chi yw'r rhai melyn: cedwir yr hyn a deipiwch ynddynt bob tro", fa: "ستون‌های زرد مال شماست: آنچه در آن‌ها می‌نویسید در هر اجرا حفظ می‌شود", zh: "黄色列供您填写:每次运行都会保留您输入的内容" },
} satisfies Record<string, Translations>;

export type MatrixCell = `${AbcClass}${XyzClass}`;

/** A short recommended strategy per ABC-XYZ cell. */
export const STRATEGY_TEXTS: Record<MatrixCell, Translations> = {
  AX: { en: "Core clients: keep at any cost; a personal key-account manager, long-term contracts, priority service.", ru: "Ядро: удерживать любой ценой; персональный менеджер, долгосрочные договоры, приоритетное обслуживание.", lt: "Branduolys: išlaikyti bet kokia kaina; asmeninis vadybininkas, ilgalaikės sutartys, prioritetinis aptarnavimas.", cy: "Cwsmeriaid craidd: eu cadw ar bob cyfrif; rheolwr personol, contractau hirdymor, gwasanaeth blaenoriaeth.", fa: "هسته اصلی: به هر قیمتی حفظ شوند؛ مدیر اختصاصی، قرارداد بلندمدت، خدمات با اولویت.", zh: "核心客户:不惜代价留住;专属客户经理、长期合同、优先服务。" },
  AY: { en: "Large but uneven: plan deliveries together, agree schedules, keep safety stock.", ru: "Крупные, но неровные: планировать поставки вместе, согласовывать графики, держать запас.", lt: "Dideli, bet netolygūs: planuoti tiekimą kartu, derinti grafikus, laikyti atsargų.", cy: "Mawr ond anwastad: cynllunio cyflenwadau gyda'i gilydd, cytuno amserlenni, cadw stoc wrth gefn.", fa: "بزرگ ولی نامنظم: برنامه‌ریزی مشترک تحویل، توافق بر زمان‌بندی، نگهداری موجودی اطمینان.", zh: "大额但不均衡:共同计划交付,商定时间表,保留安全库存。" },
  AZ: { en: "Large and erratic: find out why; forecast order by order, close personal attention.", ru: "Крупные и хаотичные: выяснить причины; прогноз по каждому заказу, личное внимание.", lt: "Dideli ir chaotiški: išsiaiškinti priežastis; prognozė kiekvienam užsakymui, asmeninis dėmesys.", cy: "Mawr ac ansefydlog: canfod pam; rhagweld fesul archeb, sylw personol agos.", fa: "بزرگ و بی‌قاعده: علت را بیابید؛ پیش‌بینی سفارش به سفارش، توجه شخصی نزدیک.", zh: "大额且无规律:查明原因;逐单预测,密切的个人关注。" },
  BX: { en: "Steady middle: grow your share of their budget; cross-sell, loyalty terms.", ru: "Стабильная середина: увеличивать долю в их бюджете; кросс-продажи, условия лояльности.", lt: "Stabilus vidurys: didinti savo dalį jų biudžete; kryžminiai pardavimai, lojalumo sąlygos.", cy: "Canol cyson: tyfu eich cyfran o'u cyllideb; traws-werthu, telerau teyrngarwch.", fa: "میانه پایدار: سهم خود از بودجه آن‌ها را بیشتر کنید؛ فروش مکمل، شرایط وفاداری.", zh: "稳定的中间客户:提高在其预算中的份额;交叉销售,忠诚度条款。" },
  BY: { en: "Middle, uneven: standard terms, regular contact, encourage regular orders.", ru: "Середина, неровные: стандартные условия, регулярный контакт, стимулировать регулярные заказы.", lt: "Vidurys, netolygūs: standartinės sąlygos, reguliarus kontaktas, skatinti reguliarius užsakymus.", cy: "Canol, anwastad: telerau safonol, cyswllt rheolaidd, annog archebion rheolaidd.", fa: "میانه، نامنظم: شرایط استاندارد، تماس منظم، تشویق به سفارش منظم.", zh: "中等且不均衡:标准条款,定期联系,鼓励定期下单。" },
  BZ: { en: "Middle, erratic: work to order; check for untapped potential.", ru: "Середина, хаотичные: работать под заказ; проверить неиспользованный потенциал.", lt: "Vidurys, chaotiški: dirbti pagal užsakymą; patikrinti neišnaudotą potencialą.", cy: "Canol, ansefydlog: gweithio i archeb; chwilio am botensial heb ei ddefnyddio.", fa: "میانه، بی‌قاعده: کار بر اساس سفارش؛ بررسی ظرفیت استفاده‌نشده.", zh: "中等且无规律:按单处理;寻找未开发的潜力。" },
  CX: { en: "Small but steady: automate service, offer upgrades.", ru: "Мелкие, но стабильные: автоматизировать обслуживание, предлагать расширение.", lt: "Maži, bet stabilūs: automatizuoti aptarnavimą, siūlyti daugiau.", cy: "Bach ond cyson: awtomeiddio'r gwasanaeth, cynnig uwchraddio.", fa: "کوچک ولی پایدار: خدمات را خودکار کنید، ارتقا پیشنهاد دهید.", zh: "小额但稳定:自动化服务,推荐升级。" },
  CY: { en: "Small, uneven: standard service at low cost.", ru: "Мелкие, неровные: стандартное обслуживание с низкими затратами.", lt: "Maži, netolygūs: standartinis aptarnavimas mažomis sąnaudomis.", cy: "Bach, anwastad: gwasanaeth safonol am gost isel.", fa: "کوچک، نامنظم: خدمات استاندارد با هزینه کم.", zh: "小额且不均衡:低成本标准服务。" },
  CZ: { en: "Small and erratic: minimal effort; prepayment, or review whether to serve.", ru: "Мелкие и хаотичные: минимум усилий; предоплата или пересмотр работы с ними.", lt: "Maži ir chaotiški: minimalios pastangos; išankstinis mokėjimas arba peržiūrėti bendradarbiavimą.", cy: "Bach ac ansefydlog: cyn lleied o ymdrech â phosib; rhagdaliad, neu ailystyried eu gwasanaethu.", fa: "کوچک و بی‌قاعده: کمترین تلاش؛ پیش‌پرداخت یا بازنگری در ادامه همکاری.", zh: "小额且无规律:最少投入;预付款,或重新考虑是否继续服务。" },
};

export const MATRIX_TEXTS = {
  title: { en: "ABC-XYZ matrix", ru: "Матрица ABC-XYZ", lt: "ABC-XYZ matrica", cy: "Matrics ABC-XYZ", fa: "ماتریس ABC-XYZ", zh: "ABC-XYZ 矩阵" },
  clients: { en: "Clients", ru: "Клиентов", lt: "Klientų", cy: "Cwsmeriaid", fa: "تعداد مشتریان", zh: "客户数" },
  shareOf: { en: "Share of {measure}", ru: "Доля: {measure}", lt: "Dalis: {measure}", cy: "Cyfran o {measure}", fa: "سهم از {measure}", zh: "{measure}占比" },
  strategy: { en: "Recommended strategy", ru: "Рекомендуемая стратегия", lt: "Rekomenduojama strategija", cy: "Strategaeth a argymhellir", fa: "راهبرد پیشنهادی", zh: "建议策略" },
  total: { en: "Total", ru: "Итого", lt: "Iš viso", cy: "Cyfanswm", fa: "جمع", zh: "合计" },
  noXyz: { en: "XYZ is not computed (fewer than 2 periods or no dates): the matrix shows ABC only.", ru: "XYZ не рассчитан (меньше 2 периодов или нет дат): матрица показывает только ABC.", lt: "XYZ neapskaičiuotas (mažiau nei 2 laikotarpiai arba nėra datų): matrica rodo tik ABC.", cy: "Ni chyfrifwyd XYZ (llai na 2 gyfnod neu ddim dyddiadau): mae'r matrics yn dangos ABC yn unig.", fa: "XYZ محاسبه نشد (کمتر از ۲ دوره یا بدون تاریخ): ماتریس فقط ABC را نشان می‌دهد.", zh: "未计算 XYZ(少于 2 个期间或没有日期):矩阵仅显示 ABC。" },
} satisfies Record<string, Translations>;

export const SUMMARY_TEXTS = {
  title: { en: "Key-account analysis: summary", ru: "Анализ ключевых клиентов: сводка", lt: "Pagrindinių klientų analizė: suvestinė", cy: "Dadansoddiad cwsmeriaid allweddol: crynodeb", fa: "تحلیل مشتریان کلیدی: خلاصه", zh: "大客户分析:汇总" },
  totals: { en: "Totals", ru: "Итоги", lt: "Sumos", cy: "Cyfansymiau", fa: "جمع‌ها", zh: "总计" },
  total: { en: "Total {measure}", ru: "Итого: {measure}", lt: "Iš viso: {measure}", cy: "Cyfanswm {measure}", fa: "جمع {measure}", zh: "{measure}总额" },
  clientCount: { en: "Clients", ru: "Клиентов", lt: "Klientų", cy: "Cwsmeriaid", fa: "تعداد مشتریان", zh: "客户数" },
  keyClientCount: { en: "Key clients ({key} or more)", ru: "Ключевых клиентов ({key} и больше)", lt: "Pagrindinių klientų ({key} ar daugiau)", cy: "Cwsmeriaid allweddol ({key} neu fwy)", fa: "مشتریان کلیدی ({key} یا بیشتر)", zh: "大客户({key} 及以上)" },
  periodCount: { en: "Periods", ru: "Периодов", lt: "Laikotarpių", cy: "Cyfnodau", fa: "تعداد دوره‌ها", zh: "期间数" },
  asOf: { en: "As of", ru: "На дату", lt: "Datai", cy: "Ar ddyddiad", fa: "تا تاریخ", zh: "截至日期" },
  rowsRead: { en: "Rows read", ru: "Прочитано строк", lt: "Perskaityta eilučių", cy: "Rhesi a ddarllenwyd", fa: "ردیف‌های خوانده‌شده", zh: "读取行数" },
  rowsSkipped: { en: "Rows skipped (bad)", ru: "Пропущено строк (ошибки)", lt: "Praleista eilučių (klaidos)", cy: "Rhesi a hepgorwyd (gwallus)", fa: "ردیف‌های ردشده (نادرست)", zh: "跳过的错误行" },
  concentration: { en: "Concentration", ru: "Концентрация", lt: "Koncentracija", cy: "Crynhoad", fa: "تمرکز", zh: "集中度" },
  topClientShare: { en: "Share of the top client", ru: "Доля крупнейшего клиента", lt: "Didžiausio kliento dalis", cy: "Cyfran y prif gwsmer", fa: "سهم بزرگ‌ترین مشتری", zh: "最大客户占比" },
  top5Share: { en: "Share of the top 5 clients", ru: "Доля 5 крупнейших клиентов", lt: "5 didžiausių klientų dalis", cy: "Cyfran y 5 prif gwsmer", fa: "سهم ۵ مشتری بزرگ", zh: "前 5 名客户占比" },
  clientsFor80: { en: "Clients making 80% of the total", ru: "Клиентов, дающих 80% итога", lt: "Klientų, sudarančių 80% sumos", cy: "Cwsmeriaid sy'n gwneud 80% o'r cyfanswm", fa: "مشتریانی که ۸۰٪ مجموع را می‌سازند", zh: "贡献 80% 总额的客户数" },
  herfindahl: { en: "Herfindahl index", ru: "Индекс Херфиндаля", lt: "Herfindahlio indeksas", cy: "Mynegai Herfindahl", fa: "شاخص هرفیندال", zh: "赫芬达尔指数" },
  warnings: { en: "Warnings", ru: "Предупреждения", lt: "Įspėjimai", cy: "Rhybuddion", fa: "هشدارها", zh: "警告" },
  noWarnings: { en: "No dependency warnings.", ru: "Предупреждений о зависимости нет.", lt: "Įspėjimų dėl priklausomybės nėra.", cy: "Dim rhybuddion dibyniaeth.", fa: "هشدار وابستگی وجود ندارد.", zh: "没有依赖警告。" },
  monoWarning: { en: "{client} brings {share} of the total: a mono-client. Start winning other clients now.", ru: "{client} даёт {share} итога: моноклиент. Срочно привлекайте других клиентов.", lt: "{client} sudaro {share} sumos: monoklientas. Nedelsdami pritraukite kitų klientų.", cy: "Mae {client} yn dod â {share} o'r cyfanswm: unig gwsmer. Dechreuwch ennill cwsmeriaid eraill nawr.", fa: "{client} سهم {share} از مجموع را دارد: تک‌مشتری. همین حالا جذب مشتریان دیگر را آغاز کنید.", zh: "{client} 占总额的 {share}:单一客户依赖。请立即开拓其他客户。" },
  criticalWarning: { en: "{client} brings {share} of the total: the company is becoming critically dependent on it.", ru: "{client} даёт {share} итога: компания становится критически зависимой от него.", lt: "{client} sudaro {share} sumos: įmonė tampa kritiškai priklausoma nuo jo.", cy: "Mae {client} yn dod â {share} o'r cyfanswm: mae'r cwmni'n mynd yn gritigol ddibynnol arno.", fa: "{client} سهم {share} از مجموع را دارد: شرکت به‌شدت به آن وابسته می‌شود.", zh: "{client} 占总额的 {share}:公司正变得严重依赖该客户。" },
  groupWarning: { en: "Group {client} brings {share} of the total ({dependency}).", ru: "Группа {client} даёт {share} итога ({dependency}).", lt: "Grupė {client} sudaro {share} sumos ({dependency}).", cy: "Mae'r grŵp {client} yn dod â {share} o'r cyfanswm ({dependency}).", fa: "گروه {client} سهم {share} از مجموع را دارد ({dependency}).", zh: "集团 {client} 占总额的 {share}({dependency})。" },
  noDatesWarning: { en: "There are no dates: XYZ, recency, RFM segments and lost-client status are not computed.", ru: "Нет дат: XYZ, давность, RFM-сегменты и статус потерянных клиентов не рассчитаны.", lt: "Nėra datų: XYZ, senumas, RFM segmentai ir prarastų klientų būsena neapskaičiuoti.", cy: "Does dim dyddiadau: ni chyfrifwyd XYZ, pa mor ddiweddar, segmentau RFM na statws cwsmeriaid coll.", fa: "تاریخی وجود ندارد: XYZ، تازگی، بخش‌های RFM و وضعیت مشتریان از دست رفته محاسبه نشد.", zh: "没有日期:未计算 XYZ、最近购买、RFM 分群和流失状态。" },
  fewPeriodsWarning: { en: "The window has fewer than 2 periods: XYZ is not computed.", ru: "В окне меньше 2 периодов: XYZ не рассчитан.", lt: "Lange mažiau nei 2 laikotarpiai: XYZ neapskaičiuotas.", cy: "Mae llai na 2 gyfnod yn y ffenestr: ni chyfrifwyd XYZ.", fa: "بازه کمتر از ۲ دوره دارد: XYZ محاسبه نشد.", zh: "分析窗口少于 2 个期间:未计算 XYZ。" },
  noRowsWarning: { en: "No rows fall in the analysis window.", ru: "Ни одна строка не попала в окно анализа.", lt: "Nė viena eilutė nepateko į analizės langą.", cy: "Nid oes unrhyw res yn ffenestr y dadansoddiad.", fa: "هیچ ردیفی در بازه تحلیل نیست.", zh: "没有数据行落在分析窗口内。" },
  noPositiveWarning: { en: "No client has a positive total: every client is C with share 0.", ru: "Ни у одного клиента нет положительного итога: все клиенты C с долей 0.", lt: "Nė vieno kliento suma nėra teigiama: visi klientai C su dalimi 0.", cy: "Does gan yr un cwsmer gyfanswm positif: mae pob cwsmer yn C gyda chyfran 0.", fa: "هیچ مشتری جمع مثبت ندارد: همه مشتریان C با سهم ۰ هستند.", zh: "没有客户的总额为正:所有客户均为 C,占比为 0。" },
  groups: { en: "Groups and holdings", ru: "Группы и холдинги", lt: "Grupės ir holdingai", cy: "Grwpiau a chwmnïau daliannol", fa: "گروه‌ها و هلدینگ‌ها", zh: "集团与控股" },
  managers: { en: "Manager load", ru: "Нагрузка менеджеров", lt: "Vadybininkų krūvis", cy: "Llwyth y rheolwyr", fa: "بار کاری مدیران فروش", zh: "客户经理负荷" },
  keyClients: { en: "Key clients", ru: "Ключевых клиентов", lt: "Pagrindinių klientų", cy: "Cwsmeriaid allweddol", fa: "مشتریان کلیدی", zh: "大客户数" },
  keyShare: { en: "Share of key clients", ru: "Доля ключевых клиентов", lt: "Pagrindinių klientų dalis", cy: "Cyfran y cwsmeriaid allweddol", fa: "سهم مشتریان کلیدی", zh: "大客户占比" },
  overloaded: { en: "More than {n} key clients", ru: "Больше {n} ключевых клиентов", lt: "Daugiau nei {n} pagrindiniai klientai", cy: "Mwy na {n} cwsmer allweddol", fa: "بیش از {n} مشتری کلیدی", zh: "大客户超过 {n} 个" },
  statusCounts: { en: "Clients by status", ru: "Клиенты по статусу", lt: "Klientai pagal būseną", cy: "Cwsmeriaid yn ôl statws", fa: "مشتریان بر اساس وضعیت", zh: "按状态统计客户" },
  cells: { en: "Clients by ABC-XYZ cell", ru: "Клиенты по ячейкам ABC-XYZ", lt: "Klientai pagal ABC-XYZ langelius", cy: "Cwsmeriaid yn ôl cell ABC-XYZ", fa: "مشتریان بر اساس خانه‌های ABC-XYZ", zh: "按 ABC-XYZ 单元统计客户" },
  cell: { en: "Cell", ru: "Ячейка", lt: "Langelis", cy: "Cell", fa: "خانه", zh: "单元" },
  pareto: { en: "Pareto curve", ru: "Кривая Парето", lt: "Pareto kreivė", cy: "Cromlin Pareto", fa: "منحنی پارتو", zh: "帕累托曲线" },
  clientsPercent: { en: "Share of clients", ru: "Доля клиентов", lt: "Klientų dalis", cy: "Cyfran y cwsmeriaid", fa: "سهم مشتریان", zh: "客户占比" },
  cellsChart: { en: "Share of {measure} by ABC-XYZ cell", ru: "Доля ({measure}) по ячейкам ABC-XYZ", lt: "Dalis ({measure}) pagal ABC-XYZ langelius", cy: "Cyfran o {measure} yn ôl cell ABC-XYZ", fa: "سهم {measure} بر اساس خانه‌های ABC-XYZ", zh: "各 ABC-XYZ 单元的{measure}占比" },
  movement: { en: "Movement since the last run", ru: "Изменения с прошлого запуска", lt: "Pokyčiai nuo ankstesnio paleidimo", cy: "Symudiad ers y tro diwethaf", fa: "تغییرات از اجرای قبلی", zh: "较上次运行的变化" },
  noPrevious: { en: "This is the first run: nothing to compare with yet.", ru: "Это первый запуск: сравнивать пока не с чем.", lt: "Tai pirmas paleidimas: kol kas nėra su kuo lyginti.", cy: "Dyma'r tro cyntaf: does dim i'w gymharu eto.", fa: "این نخستین اجراست: هنوز چیزی برای مقایسه نیست.", zh: "这是第一次运行:尚无可比较的数据。" },
  fromTo: { en: "From \\ to", ru: "Из \\ в", lt: "Iš \\ į", cy: "O \\ i", fa: "از \\ به", zh: "从 \\ 到" },
  gone: { en: "not in the data", ru: "нет в данных", lt: "nėra duomenyse", cy: "ddim yn y data", fa: "در داده نیست", zh: "不在数据中" },
  becameKey: { en: "Became key", ru: "Стали ключевыми", lt: "Tapo pagrindiniais", cy: "Wedi dod yn allweddol", fa: "کلیدی شدند", zh: "新晋大客户" },
  stoppedKey: { en: "Stopped being key", ru: "Перестали быть ключевыми", lt: "Nebėra pagrindiniai", cy: "Wedi peidio â bod yn allweddol", fa: "دیگر کلیدی نیستند", zh: "不再是大客户" },
  nobody: { en: "nobody", ru: "никто", lt: "niekas", cy: "neb", fa: "هیچ‌کس", zh: "无" },
  run: { en: "What was run", ru: "Параметры запуска", lt: "Kas buvo paleista", cy: "Beth a redwyd", fa: "آنچه اجرا شد", zh: "运行参数" },
  source: { en: "Source range", ru: "Исходный диапазон", lt: "Šaltinio diapazonas", cy: "Ystod ffynhonnell", fa: "محدوده منبع", zh: "数据源区域" },
  columns: { en: "Columns used", ru: "Использованные столбцы", lt: "Naudoti stulpeliai", cy: "Colofnau a ddefnyddiwyd", fa: "ستون‌های استفاده‌شده", zh: "使用的列" },
  measure: { en: "Measure", ru: "Показатель", lt: "Rodiklis", cy: "Mesur", fa: "معیار", zh: "指标" },
  abcRule: { en: "ABC rule and thresholds", ru: "Правило ABC и пороги", lt: "ABC taisyklė ir ribos", cy: "Rheol a throthwyon ABC", fa: "قاعده و آستانه‌های ABC", zh: "ABC 规则与阈值" },
  xyzRule: { en: "XYZ mode and thresholds", ru: "Режим XYZ и пороги", lt: "XYZ režimas ir ribos", cy: "Modd a throthwyon XYZ", fa: "حالت و آستانه‌های XYZ", zh: "XYZ 模式与阈值" },
  period: { en: "Period", ru: "Период", lt: "Laikotarpis", cy: "Cyfnod", fa: "دوره", zh: "期间" },
  window: { en: "Analysis window", ru: "Окно анализа", lt: "Analizės langas", cy: "Ffenestr y dadansoddiad", fa: "بازه تحلیل", zh: "分析窗口" },
  lostAfter: { en: "Lost after (days without purchase)", ru: "Потерян после (дней без покупок)", lt: "Prarastas po (dienų be pirkimų)", cy: "Wedi'i golli ar ôl (dyddiau heb bryniant)", fa: "از دست رفته پس از (روز بدون خرید)", zh: "流失判定(未购买天数)" },
  dependencyThresholds: { en: "Key / critical / mono-client shares", ru: "Доли: ключевой / критическая / моноклиент", lt: "Dalys: pagrindinis / kritinė / monoklientas", cy: "Cyfrannau allweddol / critigol / unig gwsmer", fa: "سهم‌های کلیدی / بحرانی / تک‌مشتری", zh: "大客户 / 严重依赖 / 单一客户 占比阈值" },
  runAt: { en: "Run at", ru: "Время запуска", lt: "Paleista", cy: "Amser rhedeg", fa: "زمان اجرا", zh: "运行时间" },
  fromData: { en: "from the data", ru: "по данным", lt: "pagal duomenis", cy: "o'r data", fa: "از روی داده", zh: "根据数据" },
} satisfies Record<string, Translations>;

/** Labels of setting values shown in "What was run". */
export const SETTING_VALUE_TEXTS = {
  crossing: { en: "crossing client in A", ru: "пересекающий клиент в A", lt: "ribą kertantis klientas A grupėje", cy: "y cwsmer sy'n croesi yn A", fa: "مشتری عبورکننده در A", zh: "跨越阈值的客户归入 A" },
  classic: { en: "classic cumulative", ru: "классическое накопление", lt: "klasikinė sukaupta dalis", cy: "cronnus clasurol", fa: "تجمعی کلاسیک", zh: "经典累计" },
  cv: { en: "coefficient of variation", ru: "коэффициент вариации", lt: "variacijos koeficientas", cy: "cyfernod amrywiad", fa: "ضریب تغییرات", zh: "变异系数" },
  frequency: { en: "purchase frequency", ru: "частота покупок", lt: "pirkimų dažnis", cy: "amlder prynu", fa: "تناوب خرید", zh: "购买频率" },
  month: { en: "month", ru: "месяц", lt: "mėnuo", cy: "mis", fa: "ماه", zh: "月" },
  quarter: { en: "quarter", ru: "квартал", lt: "ketvirtis", cy: "chwarter", fa: "فصل", zh: "季度" },
  week: { en: "ISO week", ru: "неделя ISO", lt: "ISO savaitė", cy: "wythnos ISO", fa: "هفته ISO", zh: "ISO 周" },
} satisfies Record<string, Translations>;
