/**
 * Strings of the dossier sheets (one per key client), the "KAM Dossiers" index and the agenda.
 * Domain words follow the source articles (docs/sources.md; Lithuanian: "Sprendimų grupė",
 * "Vaizdas iš ... pusės"; Persian: "نردبان ادراک مشتری"; Chinese: the satisfaction scale
 * 高度满意 ... 极不满意; Welsh: "hanes y berthynas"; Russian: "лицо, принимающее решение").
 *
 * List values (roles, attitudes, outcomes, channels, ladder rungs, satisfaction) are written into
 * each dossier once, in the dossier's language, and the sheet's formulas compare against those
 * written cells, never against these strings, so a later language switch breaks nothing.
 */
import type { Translations } from "./core";

export const DOSSIER_SECTIONS = {
  figures: {
    en: "1. Figures (computed, rewritten on every run)",
    ru: "1. Показатели (рассчитываются заново при каждом запуске)",
    lt: "1. Rodikliai (apskaičiuojami iš naujo kiekvieną kartą)",
    cy: "1. Ffigurau (wedi'u cyfrifo, yn cael eu hailysgrifennu bob tro)",
    fa: "۱. ارقام (محاسبه‌شده، در هر اجرا از نو نوشته می‌شود)",
    zh: "1. 数据（自动计算，每次运行时重写）",
  },
  general: { en: "2. General information", ru: "2. Общая информация", lt: "2. Bendra informacija", cy: "2. Gwybodaeth gyffredinol", fa: "۲. اطلاعات عمومی", zh: "2. 基本信息" },
  environment: { en: "3. Environment", ru: "3. Окружение клиента", lt: "3. Kliento aplinka", cy: "3. Amgylchedd y cleient", fa: "۳. محیط کسب‌وکار مشتری", zh: "3. 客户环境" },
  ourView: { en: "4. View from our side", ru: "4. Взгляд с нашей стороны", lt: "4. Vaizdas iš mūsų pusės", cy: "4. Y darlun o'n hochr ni", fa: "۴. نگاه از سوی ما", zh: "4. 我方视角" },
  decisionGroup: { en: "5. Decision group", ru: "5. Группа принятия решений", lt: "5. Sprendimų grupė", cy: "5. Grŵp gwneud penderfyniadau", fa: "۵. گروه تصمیم‌گیری", zh: "5. 决策小组" },
  history: { en: "6. Relationship history", ru: "6. История отношений", lt: "6. Santykių istorija", cy: "6. Hanes y berthynas", fa: "۶. تاریخچه رابطه", zh: "6. 合作历史" },
  competitors: { en: "7. Competitor profile", ru: "7. Профиль конкурентов", lt: "7. Konkurentų profilis", cy: "7. Proffil y cystadleuwyr", fa: "۷. نیم‌رخ رقبا", zh: "7. 竞争对手概况" },
  contacts: { en: "8. Contacts", ru: "8. Контакты", lt: "8. Kontaktai", cy: "8. Cysylltiadau", fa: "۸. تماس‌ها", zh: "8. 联系记录" },
  position: { en: "9. Position and satisfaction", ru: "9. Позиция и удовлетворённость", lt: "9. Padėtis ir pasitenkinimas", cy: "9. Safle a bodlonrwydd", fa: "۹. جایگاه و رضایت", zh: "9. 定位与满意度" },
  review: { en: "10. Review", ru: "10. Пересмотр досье", lt: "10. Peržiūra", cy: "10. Adolygiad", fa: "۱۰. بازبینی", zh: "10. 复核" },
} satisfies Record<string, Translations>;

export const DOSSIER_TEXT = {
  title: { en: "Dossier: {client}", ru: "Досье клиента: {client}", lt: "Kliento dokumentacija: {client}", cy: "Cofnod y cleient: {client}", fa: "پرونده مشتری: {client}", zh: "客户档案：{client}" },
  hint: {
    en: "Yellow cells are yours to fill in. Section 1 is rewritten on every analysis run; everything else is kept. To add a row to a table, insert a row inside it.",
    ru: "Жёлтые ячейки заполняете вы. Раздел 1 пересчитывается при каждом запуске анализа, всё остальное сохраняется. Чтобы добавить строку в таблицу, вставьте строку внутри неё.",
    lt: "Geltonus langelius pildote jūs. 1 skyrius perrašomas per kiekvieną analizę, visa kita išsaugoma. Norėdami pridėti eilutę į lentelę, įterpkite eilutę jos viduje.",
    cy: "Chi sy'n llenwi'r celloedd melyn. Caiff adran 1 ei hailysgrifennu bob tro y rhedir y dadansoddiad; cedwir popeth arall. I ychwanegu rhes at dabl, mewnosodwch res y tu mewn iddo.",
    fa: "خانه‌های زرد را شما پر می‌کنید. بخش ۱ در هر اجرای تحلیل از نو نوشته می‌شود و بقیه حفظ می‌شود. برای افزودن ردیف به یک جدول، ردیفی درون آن درج کنید.",
    zh: "黄色单元格由您填写。第1部分在每次分析时重写，其余内容均保留。要给表格添加行，请在表格内部插入行。",
  },
  noLongerKey: { en: "No longer key", ru: "Больше не ключевой", lt: "Nebe pagrindinis", cy: "Dim yn allweddol mwyach", fa: "دیگر کلیدی نیست", zh: "已不再是大客户" },
  notInData: { en: "Not in the current data", ru: "Нет в текущих данных", lt: "Nėra dabartiniuose duomenyse", cy: "Ddim yn y data presennol", fa: "در داده‌های فعلی نیست", zh: "不在当前数据中" },
} satisfies Record<string, Translations>;

/** Labels of the computed Figures section that the result sheets (src/i18n/sheets.ts) do not already have. */
export const FIGURE_LABELS = {
  rfm: { en: "RFM scores (R-F-M)", ru: "Баллы RFM (R-F-M)", lt: "RFM balai (R-F-M)", cy: "Sgoriau RFM (R-F-M)", fa: "امتیازهای RFM (R-F-M)", zh: "RFM 评分（R-F-M）" },
  salesByPeriod: { en: "Sales by period", ru: "Продажи по периодам", lt: "Pardavimai pagal laikotarpius", cy: "Gwerthiant fesul cyfnod", fa: "فروش بر حسب دوره", zh: "各期销售额" },
} satisfies Record<string, Translations>;


/** Field labels of the free-text sections 2-4, in sheet order. */
export const GENERAL_FIELDS = {
  description: { en: "Description of the company", ru: "Описание компании", lt: "Įmonės aprašymas", cy: "Disgrifiad cyffredinol o'r cwmni", fa: "شرح شرکت", zh: "公司简介" },
  companyHistory: { en: "History", ru: "История компании", lt: "Įmonės istorija", cy: "Hanes datblygu", fa: "تاریخچه شرکت", zh: "发展历史" },
  employees: { en: "Number of employees", ru: "Численность сотрудников", lt: "Darbuotojų skaičius", cy: "Nifer y gweithwyr", fa: "تعداد کارکنان", zh: "员工人数" },
  structure: {
    en: "Structure (divisions, branches, subsidiaries)",
    ru: "Структура (подразделения, филиалы, дочерние компании)",
    lt: "Organizacinė struktūra (padaliniai, filialai, dukterinės įmonės)",
    cy: "Strwythur trefniadol (adrannau, canghennau, is-gwmnïau)",
    fa: "ساختار (واحدها، شعبه‌ها، شرکت‌های تابعه)",
    zh: "组织结构（部门、分支机构、子公司）",
  },
  mission: { en: "Mission and positioning", ru: "Миссия и позиционирование", lt: "Misija ir pozicionavimas", cy: "Cenhadaeth a lleoliad yn y farchnad", fa: "مأموریت و جایگاه‌یابی", zh: "使命与定位" },
  trends: { en: "Industry trends", ru: "Тенденции отрасли", lt: "Pramonės plėtros tendencijos", cy: "Tueddiadau'r diwydiant", fa: "روندهای صنعت", zh: "行业趋势" },
  culture: { en: "Culture", ru: "Корпоративная культура", lt: "Kultūrinė aplinka", cy: "Diwylliant", fa: "فرهنگ سازمانی", zh: "企业文化" },
  financials: { en: "Known financial figures", ru: "Известные финансовые показатели", lt: "Žinomi finansiniai rodikliai", cy: "Ffigurau ariannol hysbys", fa: "ارقام مالی شناخته‌شده", zh: "已知财务数据" },
} satisfies Record<string, Translations>;

export const ENVIRONMENT_FIELDS = {
  itsClients: { en: "Its clients", ru: "Его клиенты", lt: "Jo klientai", cy: "Ei gleientiaid", fa: "مشتریان آن", zh: "其客户" },
  itsCompetitors: { en: "Its competitors", ru: "Его конкуренты", lt: "Jo konkurentai", cy: "Ei gystadleuwyr", fa: "رقبای آن", zh: "其竞争对手" },
  suppliers: { en: "Main suppliers", ru: "Основные поставщики", lt: "Pagrindiniai tiekėjai", cy: "Prif gyflenwyr", fa: "تأمین‌کنندگان اصلی", zh: "主要供应商" },
  bank: { en: "Bank", ru: "Банк", lt: "Bankas", cy: "Banc", fa: "بانک", zh: "开户银行" },
  auditor: { en: "Auditor", ru: "Аудитор", lt: "Auditorius", cy: "Archwilydd", fa: "حسابرس", zh: "审计机构" },
  consultants: { en: "Consultants", ru: "Консультанты", lt: "Konsultantai", cy: "Ymgynghorwyr", fa: "مشاوران", zh: "咨询顾问" },
} satisfies Record<string, Translations>;

export const OUR_VIEW_FIELDS = {
  ourPeople: {
    en: "Our people who worked with the client",
    ru: "Наши сотрудники, работавшие с клиентом",
    lt: "Mūsų darbuotojai, dirbę su klientu",
    cy: "Ein pobl a weithiodd gyda'r cleient",
    fa: "همکاران ما که با مشتری کار کرده‌اند",
    zh: "与该客户合作过的我方人员",
  },
  relationshipNow: { en: "Relationship now", ru: "Отношения сейчас", lt: "Santykiai dabar", cy: "Y berthynas nawr", fa: "رابطه کنونی", zh: "当前关系" },
  relationshipPlanned: { en: "Relationship planned", ru: "Планируемые отношения", lt: "Planuojami santykiai", cy: "Y berthynas a gynllunnir", fa: "رابطه برنامه‌ریزی‌شده", zh: "计划中的关系" },
  budget: {
    en: "Client's estimated budget for what we sell",
    ru: "Оценка бюджета клиента на то, что мы продаём",
    lt: "Apytikslis kliento biudžetas mūsų prekėms",
    cy: "Amcangyfrif o gyllideb y cleient ar gyfer yr hyn a werthwn",
    fa: "بودجه تخمینی مشتری برای آنچه ما می‌فروشیم",
    zh: "客户对我方产品的预估预算",
  },
  previousSuppliers: { en: "Previous suppliers", ru: "Прежние поставщики", lt: "Ankstesni tiekėjai", cy: "Cyflenwyr blaenorol", fa: "تأمین‌کنندگان قبلی", zh: "以往供应商" },
  decisionProcess: { en: "How decisions are made", ru: "Как принимаются решения", lt: "Kaip priimami sprendimai", cy: "Sut y gwneir penderfyniadau", fa: "نحوه تصمیم‌گیری", zh: "决策方式" },
} satisfies Record<string, Translations>;

/** Column headers of the tables (sections 5-8). */
export const TABLE_COLUMNS = {
  personName: { en: "Name", ru: "Имя", lt: "Vardas, pavardė", cy: "Enw", fa: "نام", zh: "姓名" },
  position: { en: "Position", ru: "Должность", lt: "Pareigos", cy: "Swydd", fa: "سمت", zh: "职位" },
  role: { en: "Role", ru: "Роль", lt: "Vaidmuo", cy: "Rôl", fa: "نقش", zh: "角色" },
  attitude: { en: "Attitude to us", ru: "Отношение к нам", lt: "Požiūris į mus", cy: "Agwedd tuag atom", fa: "نگرش به ما", zh: "对我方态度" },
  influence: { en: "Influence (1-5)", ru: "Влияние (1-5)", lt: "Įtaka (1-5)", cy: "Dylanwad (1-5)", fa: "نفوذ (۱ تا ۵)", zh: "影响力（1-5）" },
  lastContact: { en: "Last contact", ru: "Последний контакт", lt: "Paskutinis kontaktas", cy: "Cysylltiad diwethaf", fa: "آخرین تماس", zh: "最近联系" },
  date: { en: "Date", ru: "Дата", lt: "Data", cy: "Dyddiad", fa: "تاریخ", zh: "日期" },
  offered: { en: "What was offered", ru: "Что предлагали", lt: "Kas buvo pasiūlyta", cy: "Beth a gynigiwyd", fa: "چه پیشنهاد شد", zh: "提供的方案" },
  participants: { en: "Who took part", ru: "Кто участвовал", lt: "Kas dalyvavo", cy: "Pwy a gymerodd ran", fa: "چه کسانی شرکت داشتند", zh: "参与人员" },
  outcome: { en: "Outcome", ru: "Итог", lt: "Rezultatas", cy: "Canlyniad", fa: "نتیجه", zh: "结果" },
  why: {
    en: "Why (reasons for winning or losing)",
    ru: "Почему (причины побед и поражений)",
    lt: "Kodėl (laimėjimo ar pralaimėjimo priežastys)",
    cy: "Pam (rhesymau dros ennill neu golli)",
    fa: "چرا (دلایل برد یا باخت)",
    zh: "原因（成败缘由）",
  },
  competitor: { en: "Competitor", ru: "Конкурент", lt: "Konkurentas", cy: "Cystadleuydd", fa: "رقیب", zh: "竞争对手" },
  theirOffer: { en: "What they offer", ru: "Что предлагает", lt: "Ką siūlo", cy: "Beth maen nhw'n ei gynnig", fa: "چه پیشنهادی می‌دهد", zh: "其提供的产品或服务" },
  strengths: { en: "Strengths", ru: "Сильные стороны", lt: "Stipriosios pusės", cy: "Cryfderau", fa: "نقاط قوت", zh: "优势" },
  weaknesses: { en: "Weaknesses", ru: "Слабые стороны", lt: "Silpnosios pusės", cy: "Gwendidau", fa: "نقاط ضعف", zh: "劣势" },
  channel: { en: "Channel", ru: "Канал", lt: "Kanalas", cy: "Sianel", fa: "کانال", zh: "渠道" },
  nextContactDue: { en: "Next contact due", ru: "Следующий контакт до", lt: "Kitas kontaktas iki", cy: "Cysylltiad nesaf erbyn", fa: "موعد تماس بعدی", zh: "下次联系截止日" },
} satisfies Record<string, Translations>;

/** Typical roles in the buying centre (Lithuanian article, section 3). */
export const ROLE_VALUES = {
  decisionMaker: { en: "Decision maker", ru: "Лицо, принимающее решение", lt: "Sprendimų priėmėjas", cy: "Gwneuthurwr penderfyniadau", fa: "تصمیم‌گیرنده", zh: "决策者" },
  gatekeeper: { en: "Gatekeeper", ru: "Привратник", lt: "Vartininkas", cy: "Porthor", fa: "دروازه‌بان", zh: "把关人" },
  technical: { en: "Technical specialist", ru: "Технический специалист", lt: "Technikos specialistas", cy: "Arbenigwr technegol", fa: "متخصص فنی", zh: "技术专家" },
  economic: { en: "Economic specialist", ru: "Экономический специалист", lt: "Ekonomikos specialistas", cy: "Arbenigwr economaidd", fa: "متخصص اقتصادی", zh: "经济专家" },
  user: { en: "User", ru: "Пользователь", lt: "Vartotojas", cy: "Defnyddiwr", fa: "کاربر", zh: "使用者" },
  sponsor: { en: "Sponsor", ru: "Спонсор", lt: "Rėmėjas", cy: "Noddwr", fa: "پشتیبان", zh: "赞助人" },
  opponent: { en: "Opponent", ru: "Оппонент", lt: "Oponentas", cy: "Gwrthwynebydd", fa: "مخالف", zh: "反对者" },
  advisor: { en: "Advisor", ru: "Советник", lt: "Patarėjas", cy: "Cynghorydd", fa: "مشاور", zh: "顾问" },
  informant: { en: "Informant", ru: "Информатор", lt: "Informantas", cy: "Hysbysydd", fa: "خبررسان", zh: "信息提供者" },
} satisfies Record<string, Translations>;

export const ATTITUDE_VALUES = {
  supporter: { en: "Supporter", ru: "Сторонник", lt: "Šalininkas", cy: "Cefnogwr", fa: "طرفدار", zh: "支持" },
  neutral: { en: "Neutral", ru: "Нейтрален", lt: "Neutralus", cy: "Niwtral", fa: "بی‌طرف", zh: "中立" },
  opponent: { en: "Opponent", ru: "Противник", lt: "Priešininkas", cy: "Gwrthwynebus", fa: "مخالف", zh: "反对" },
} satisfies Record<string, Translations>;

export const HISTORY_OUTCOME_VALUES = {
  won: { en: "Won", ru: "Выиграли", lt: "Laimėta", cy: "Wedi ennill", fa: "برنده شدیم", zh: "赢得" },
  lost: { en: "Lost", ru: "Проиграли", lt: "Pralaimėta", cy: "Wedi colli", fa: "باختیم", zh: "失去" },
  pending: { en: "Pending", ru: "Ожидает решения", lt: "Laukiama", cy: "Yn yr arfaeth", fa: "در انتظار", zh: "待定" },
} satisfies Record<string, Translations>;

export const CHANNEL_VALUES = {
  meeting: { en: "Meeting", ru: "Встреча", lt: "Susitikimas", cy: "Cyfarfod", fa: "جلسه حضوری", zh: "会面" },
  phone: { en: "Phone call", ru: "Телефонный звонок", lt: "Skambutis", cy: "Galwad ffôn", fa: "تماس تلفنی", zh: "电话" },
  video: { en: "Video call", ru: "Видеозвонок", lt: "Vaizdo skambutis", cy: "Galwad fideo", fa: "تماس تصویری", zh: "视频通话" },
  email: { en: "E-mail", ru: "Электронная почта", lt: "El. paštas", cy: "E-bost", fa: "ایمیل", zh: "电子邮件" },
  message: { en: "Message (chat)", ru: "Сообщение в мессенджере", lt: "Žinutė", cy: "Neges", fa: "پیام", zh: "即时消息" },
  event: { en: "Event or exhibition", ru: "Мероприятие или выставка", lt: "Renginys ar paroda", cy: "Digwyddiad neu arddangosfa", fa: "رویداد یا نمایشگاه", zh: "活动或展会" },
} satisfies Record<string, Translations>;

/** Contact outcomes; the order matters: the third is the negative one that earns the 2-week pause. */
export const CONTACT_OUTCOME_VALUES = {
  positive: { en: "Positive", ru: "Положительный", lt: "Teigiamas", cy: "Cadarnhaol", fa: "مثبت", zh: "积极" },
  neutral: { en: "Neutral", ru: "Нейтральный", lt: "Neutralus", cy: "Niwtral", fa: "خنثی", zh: "中性" },
  negative: { en: "Negative", ru: "Отрицательный", lt: "Neigiamas", cy: "Negyddol", fa: "منفی", zh: "消极" },
} satisfies Record<string, Translations>;

/** The four rungs of the customer perception ladder (Persian article), lowest first. */
export const LADDER_VALUES = {
  ordinary: { en: "1 Ordinary supplier", ru: "1 Обычный поставщик", lt: "1 Paprastas tiekėjas", cy: "1 Cyflenwr cyffredin", fa: "۱ تأمین‌کننده معمولی", zh: "1 普通供应商" },
  preferred: { en: "2 Preferred supplier", ru: "2 Предпочтительный поставщик", lt: "2 Pageidaujamas tiekėjas", cy: "2 Cyflenwr dewisol", fa: "۲ تأمین‌کننده برتر", zh: "2 优选供应商" },
  partner: { en: "3 Business partner", ru: "3 Деловой партнёр", lt: "3 Verslo partneris", cy: "3 Partner busnes", fa: "۳ شریک تجاری", zh: "3 业务伙伴" },
  trusted: { en: "4 Trusted business partner", ru: "4 Доверенный деловой партнёр", lt: "4 Patikimas verslo partneris", cy: "4 Partner busnes dibynadwy", fa: "۴ شریک تجاری مورد اعتماد", zh: "4 值得信赖的业务伙伴" },
} satisfies Record<string, Translations>;

/** The 5-point satisfaction scale of the Chinese article, best first. */
export const SATISFACTION_VALUES = {
  verySatisfied: { en: "5 Very satisfied", ru: "5 Полностью удовлетворён", lt: "5 Labai patenkintas", cy: "5 Bodlon iawn", fa: "۵ بسیار راضی", zh: "5 高度满意" },
  satisfied: { en: "4 Satisfied", ru: "4 В целом удовлетворён", lt: "4 Patenkintas", cy: "4 Bodlon", fa: "۴ راضی", zh: "4 一般满意" },
  noOpinion: { en: "3 No opinion", ru: "3 Нет мнения", lt: "3 Neturi nuomonės", cy: "3 Dim barn", fa: "۳ بدون نظر", zh: "3 无意见" },
  somewhatDissatisfied: { en: "2 Somewhat dissatisfied", ru: "2 Скорее не удовлетворён", lt: "2 Šiek tiek nepatenkintas", cy: "2 Braidd yn anfodlon", fa: "۲ تا حدی ناراضی", zh: "2 有些不满意" },
  veryDissatisfied: { en: "1 Very dissatisfied", ru: "1 Совсем не удовлетворён", lt: "1 Labai nepatenkintas", cy: "1 Anfodlon iawn", fa: "۱ بسیار ناراضی", zh: "1 极不满意" },
} satisfies Record<string, Translations>;

/** Labels of sections 9 and 10 and the rule notes under the tables. */
export const FOLLOW_UP_TEXT = {
  ladder: {
    en: "Where the client puts us (perception ladder)",
    ru: "Где нас видит клиент (лестница восприятия)",
    lt: "Kur klientas mus mato (suvokimo kopėčios)",
    cy: "Ble mae'r cleient yn ein gosod (ysgol ganfyddiad)",
    fa: "جایگاه ما در نردبان ادراک مشتری",
    zh: "客户对我方的认知阶梯",
  },
  satisfaction: { en: "Satisfaction (5-point scale)", ru: "Удовлетворённость (5-балльная шкала)", lt: "Pasitenkinimas (5 balų skalė)", cy: "Bodlonrwydd (graddfa 5 pwynt)", fa: "رضایت (مقیاس ۵ درجه‌ای)", zh: "满意度（5级量表）" },
  complaints: { en: "Complaints", ru: "Жалобы", lt: "Skundai", cy: "Cwynion", fa: "شکایت‌ها", zh: "投诉" },
  lastReviewed: { en: "Last reviewed (date)", ru: "Последний пересмотр (дата)", lt: "Paskutinė peržiūra (data)", cy: "Adolygwyd ddiwethaf (dyddiad)", fa: "آخرین بازبینی (تاریخ)", zh: "上次复核（日期）" },
  nextReview: { en: "Next review", ru: "Следующий пересмотр", lt: "Kita peržiūra", cy: "Adolygiad nesaf", fa: "بازبینی بعدی", zh: "下次复核" },
  reviewRule: {
    en: "Review at least every 3 months (counted from the dossier's creation until the first review); red when overdue.",
    ru: "Пересматривать не реже раза в 3 месяца (до первого пересмотра — от даты создания досье); красным, если просрочено.",
    lt: "Peržiūrėti bent kartą per 3 mėnesius (iki pirmosios peržiūros skaičiuojama nuo dokumentacijos sukūrimo); raudona, jei vėluojama.",
    cy: "Adolygu o leiaf bob 3 mis (o ddyddiad creu'r cofnod hyd yr adolygiad cyntaf); coch pan fydd yn hwyr.",
    fa: "دست‌کم هر ۳ ماه بازبینی شود (تا نخستین بازبینی، از تاریخ ایجاد پرونده)؛ در صورت تأخیر قرمز می‌شود.",
    zh: "至少每3个月复核一次（首次复核前从档案创建日算起）；逾期显示为红色。",
  },
  contactRule: {
    en: "Next contact: 10 days after a positive or neutral contact, 14 days after a negative one (a pause in personal contact).",
    ru: "Следующий контакт: через 10 дней после положительного или нейтрального, через 14 дней после отрицательного (пауза в личном общении).",
    lt: "Kitas kontaktas: po 10 dienų po teigiamo ar neutralaus kontakto, po 14 dienų po neigiamo (pauzė asmeniniame bendravime).",
    cy: "Cysylltiad nesaf: 10 diwrnod ar ôl cysylltiad cadarnhaol neu niwtral, 14 diwrnod ar ôl un negyddol (saib mewn cysylltiad personol).",
    fa: "تماس بعدی: ۱۰ روز پس از تماس مثبت یا خنثی، ۱۴ روز پس از تماس منفی (مکث در تماس حضوری).",
    zh: "下次联系：积极或中性联系后10天，消极联系后14天（暂停当面接触）。",
  },
} satisfies Record<string, Translations>;

/** Error alerts of the data validations. */
export const VALIDATION_TEXT = {
  listTitle: { en: "Choose from the list", ru: "Выберите из списка", lt: "Pasirinkite iš sąrašo", cy: "Dewiswch o'r rhestr", fa: "از فهرست انتخاب کنید", zh: "请从列表中选择" },
  listMessage: {
    en: "Pick one of the values offered in the drop-down list.",
    ru: "Выберите одно из значений в раскрывающемся списке.",
    lt: "Pasirinkite vieną iš išskleidžiamojo sąrašo reikšmių.",
    cy: "Dewiswch un o'r gwerthoedd yn y gwymplen.",
    fa: "یکی از مقادیر فهرست کشویی را انتخاب کنید.",
    zh: "请选择下拉列表中的一个值。",
  },
  influenceMessage: { en: "Enter a whole number from 1 to 5.", ru: "Введите целое число от 1 до 5.", lt: "Įveskite sveikąjį skaičių nuo 1 iki 5.", cy: "Rhowch rif cyfan o 1 i 5.", fa: "یک عدد صحیح از ۱ تا ۵ وارد کنید.", zh: "请输入1到5之间的整数。" },
  dateTitle: { en: "Date", ru: "Дата", lt: "Data", cy: "Dyddiad", fa: "تاریخ", zh: "日期" },
  dateMessage: { en: "Enter a date.", ru: "Введите дату.", lt: "Įveskite datą.", cy: "Rhowch ddyddiad.", fa: "یک تاریخ وارد کنید.", zh: "请输入日期。" },
} satisfies Record<string, Translations>;

/** The "KAM Dossiers" index sheet. */
export const INDEX_TEXT = {
  sheetName: { en: "KAM Dossiers", ru: "KAM Досье", lt: "KAM Dokumentacija", cy: "KAM Cofnodion", fa: "KAM پرونده‌ها", zh: "KAM 客户档案" },
  dossier: { en: "Dossier", ru: "Досье", lt: "Dokumentacija", cy: "Cofnod", fa: "پرونده", zh: "档案" },
} satisfies Record<string, Translations>;
