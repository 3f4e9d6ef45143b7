/**
 * Persian: every text of KAM for Excel in one file. The same keys in the same order as en.ts,
 * which defines the shape and says what each group is; keep every {placeholder} as it is. Domain
 * words follow the Persian article of docs/sources.md (the perception ladder, satisfaction):
 * "نردبان ادراک مشتری".
 */
import type { Dictionary } from "./en";

export const fa: Dictionary = {
  /** This language's own name, shown in the language picker whatever the pane's language is. */
  languageName: "فارسی",
  /** BCP 47 locale for numbers and dates in the pane. */
  locale: "fa-IR",

  /** The task pane and the playground. */
  ui: {
    appTitle: "KAM برای Excel",
    tagline: "مشتریان کلیدی خود را بر اساس فروش پیدا کنید: ABC، XYZ، RFM و مشتریان از دست رفته.",
    language: "زبان",
    classify: "طبقه‌بندی مشتریان",
    classifyHint: "داده‌های فروش را انتخاب کنید (یا «خودکار» را نگه دارید) و روی دکمه کلیک کنید. نتایج در برگه‌های جدید نوشته می‌شوند و داده‌های شما تغییر نمی‌کنند.",

    // Source
    source: "منبع",
    sourceAuto: "خودکار",
    sourceSelection: "محدوده انتخاب‌شده",
    sourceTable: "جدول",
    tablePlaceholder: "یک جدول انتخاب کنید",
    noTables: "این کارپوشه هیچ جدولی ندارد.",
    checkSource: "بررسی داده‌ها",
    detectedTransactions: "فهرست فروش در {address} پیدا شد: {rows} ردیف.",
    detectedWide: "جدولی با یک ستون برای هر دوره در {address} پیدا شد: {rows} مشتری، {periods} دوره.",

    // Column mapping
    columns: "ستون‌ها",
    columnsHint: "از روی سرستون‌ها شناسایی شد. اگر ستونی اشتباه تشخیص داده شده، ستون دیگری انتخاب کنید.",
    columnNotUsed: "(استفاده نمی‌شود)",
    resetColumns: "بازگشت به ستون‌های شناسایی‌شده",
    roleClient: "مشتری",
    roleDate: "تاریخ",
    roleAmount: "مبلغ",
    roleProfit: "سود",
    roleManager: "مدیر فروش",
    roleGroup: "گروه (هلدینگ)",
    roleOrder: "سفارش",
    roleCurrency: "ارز",
    roleKeyType: "نوع مشتری کلیدی",

    // Settings
    settings: "تنظیمات",
    settingsHint: "در همین کارپوشه ذخیره می‌شود تا هر کسی که آن را باز می‌کند همان تحلیل را ببیند.",
    measure: "شاخص",
    measureRevenue: "درآمد",
    measureProfit: "سود",
    abcRule: "قاعده ABC",
    abcRuleCrossing: "مشتری‌ای که از آستانه عبور می‌کند در A است",
    abcRuleClassic: "سهم تجمعی کلاسیک",
    thresholdA: "A تا (درصد از کل)",
    thresholdB: "B تا (درصد از کل)",
    xyzMode: "روش XYZ",
    xyzCv: "ضریب تغییرات فروش (CV)",
    xyzFrequency: "تناوب خرید",
    thresholdX: "X تا (CV، درصد)",
    thresholdY: "Y تا (CV، درصد)",
    coverageX: "X از (درصد دوره‌های دارای خرید)",
    coverageY: "Y از (درصد دوره‌های دارای خرید)",
    period: "دوره",
    periodMonth: "ماه",
    periodQuarter: "فصل",
    periodWeek: "هفته",
    asOf: "تاریخ مبنا",
    asOfHint: "خالی: آخرین تاریخ موجود در داده‌ها.",
    lostAfter: "از دست رفته پس از (روز بدون خرید)",
    skipBadRows: "رد کردن ردیف‌های نادرست و نمایش فهرست آن‌ها",
    saveSettings: "ذخیره در کارپوشه",
    settingsSaved: "تنظیمات در کارپوشه ذخیره شد.",
    restoreDefaults: "بازگرداندن پیش‌فرض‌ها",
    settingNotANumber: "یک عدد وارد کنید.",
    settingMustBeBelow: "باید کمتر از «{other}» باشد.",
    settingPercent: "درصدی بیشتر از ۰ و کمتر از ۱۰۰ وارد کنید.",
    settingPositive: "عددی بیشتر از ۰ وارد کنید.",
    settingWholeDays: "تعداد روز را به صورت عدد صحیح و حداقل ۱ وارد کنید.",
    settingInvalid: "این مقدار قابل استفاده نیست.",
    settingsNotLoaded: "تنظیمات ذخیره‌شده در این کارپوشه خوانده نشد، پس فعلاً چیزی اجرا نمی‌شود (تنظیمات تیم جایگزین نمی‌شود). ویرایش سلول را تمام کنید و دوباره امتحان کنید.",
    tryAgain: "تلاش دوباره",
    settingsNeedFixing: "ابتدا تنظیماتی را که با رنگ قرمز مشخص شده‌اند اصلاح کنید.",
    settingsReplaced: "تنظیمات ذخیره‌شده در این کارپوشه مقادیری داشت که قابل استفاده نبود: {fields}. مقادیر پیش‌فرض نمایش داده شده است؛ آن‌ها را بررسی و ذخیره کنید.",
    settingNoField: "«{field}» قابل استفاده نیست: {message}. مقادیر پیش‌فرض را بازگردانید یا دوباره تنظیم کنید.",

    // Progress
    progressStarting: "در حال خواندن داده‌ها…",
    progressReading: "خواندن ردیف‌ها: {n} از {total}",
    progressAnalysing: "در حال تحلیل مشتریان…",
    progressWriting: "در حال نوشتن برگه‌ها…",
    progressLabel: "پیشرفت",

    // Errors
    errorTitle: "طبقه‌بندی مشتریان انجام نشد",
    errorUnexpected: "مشکلی پیش آمد: {message}",
    errorBadRows: "{n} ردیف مشکل دارد. چیزی نوشته نشد. آن‌ها را اصلاح کنید یا در تنظیمات «رد کردن ردیف‌های نادرست» را روشن کنید.",
    rowProblem: "ردیف {row}: {reason}",
    moreProblems: "…و {n} مورد دیگر.",
    problemEmptyClient: "مشتری خالی است",
    problemClientErrorValue: "سلول مشتری مقدار خطا دارد: {value}",
    problemEmptyAmount: "مبلغ خالی است",
    problemAmountNotNumber: "مبلغ عدد نیست: {value}",
    problemProfitNotNumber: "سود عدد نیست: {value}",
    problemBadDate: "تاریخ معتبر نیست: {value}",
    problemOtherCurrency: "ارز متفاوت: {value}",
    errorMissingColumns: "ردیف سرستونی با ستون مشتری و ستون مبلغ پیدا نشد. ستون‌ها را در بخش «منبع» انتخاب کنید یا داده‌ها را همراه با ردیف سرستون انتخاب کنید.",
    errorNoProfitColumn: "شاخص «سود» انتخاب شده اما ستون سود وجود ندارد. آن را در بخش «منبع» انتخاب کنید یا درآمد را بسنجید.",
    errorSourceNotFound: "جدول یا محدوده انتخاب‌شده دیگر در کارپوشه نیست. منبع را دوباره انتخاب کنید.",
    errorEmptySource: "منبع خالی است.",
    errorSeveralCurrencies: "داده‌ها بیش از یک ارز دارند. ابتدا مبالغ را به یک ارز تبدیل کنید.",
    errorBadSettings: "تنظیمات تحلیل قابل استفاده نیست: {message}. آن‌ها را در بخش تنظیمات اصلاح کنید.",
    errorEmptyWindow: "هیچ فروشی در بازه تحلیل نیست ({message}). تاریخ تحلیل را در تنظیمات بررسی کنید.",
    errorCellsInTheWay: "خانه‌های شما {where} جایی هستند که نتایج این اجرا نوشته می‌شود. آن‌ها را از نتایج دور کنید یا حذف کنید و دوباره اجرا کنید؛ چیزی نوشته نشد.",
    errorRunInProgress: "تحلیل دیگری هنوز در حال نوشتن این کارپوشه است ({message}). صبر کنید تا تمام شود و دوباره اجرا کنید.",
    errorDoubtfulColumns: "یکی از ستون‌ها نادرست به نظر می‌رسد، بنابراین چیزی نوشته نشد:",
    doubtYears: "ستون مبلغ «{header}» در {share} ردیف‌ها عدد صحیح بین ۱۹۹۰ و ۲۱۰۰ دارد، مانند سال (مثلاً {example})",
    doubtDayNumbers: "ستون مبلغ «{header}» در {share} ردیف‌ها عدد صحیحی دارد که شبیه تاریخ به صورت شماره روز است (مثلاً {example})",
    doubtNotNames: "ستون مشتری «{header}» برای {share} مشتریان تاریخ یا عدد اعشاری دارد (مثلاً {example})، نه نام یا کد",
    doubtOutside: "در ستون تاریخ «{header}»، {share} تاریخ‌ها خارج از ۱۹۹۰ تا ۲۱۰۰ است (مثلاً {example})",
    trustColumns: "ستون‌ها درست‌اند: به هر حال اجرا کن",
    doubtHint: "ستون درست را در بخش ستون‌ها انتخاب کنید یا تأیید کنید که ستون‌ها درست‌اند.",
    errorNoData: "هیچ ردیف داده قابل تحلیلی وجود ندارد.",
    goTo: "رفتن",
    goToRow: "رفتن به ردیف {row}",
    skippedRows: "ردیف‌های ردشده: {n}",

    // Results
    results: "نتایج",
    resultsSummary: "{clients} مشتری، جمع کل {total}، تا تاریخ {asOf}.",
    resultsSummaryUndated: "{clients} مشتری، جمع کل {total}.",
    matrix: "ماتریس ABC-XYZ (تعداد مشتریان)",
    matrixCell: "{cell}: {n} مشتری",
    abcOnly: "کلاس‌های ABC (برای XYZ دست‌کم به تاریخ‌های دو دوره نیاز است)",
    keyClients: "مشتریان کلیدی",
    noKeyClients: "هیچ مشتری‌ای به {share} از کل نمی‌رسد.",
    shareOfTotal: "{share} از کل",
    dependencyMono: "وابستگی به یک مشتری",
    dependencyCritical: "وابستگی بحرانی",
    dependencyKey: "کلیدی",
    warnings: "هشدارها",
    warningMono: "{client} {share} از کل را می‌آورد: کسب‌وکار به یک مشتری وابسته است. از همین حالا جذب مشتریان دیگر را آغاز کنید.",
    warningOverloaded: "{manager} مسئول {n} مشتری کلیدی است (بیش از {max}).",
    warningNoDates: "داده‌ها تاریخ ندارند: XYZ، تازگی، بخش‌های RFM و مشتریان از دست رفته محاسبه نمی‌شوند.",
    warningFewPeriods: "داده‌ها کمتر از دو دوره را پوشش می‌دهند، بنابراین XYZ محاسبه نمی‌شود.",
    warningNoRows: "هیچ ردیفی در بازه تحلیل قرار نمی‌گیرد.",
    warningNoPositive: "هیچ مشتری‌ای جمع مثبت ندارد، بنابراین همه مشتریان C هستند.",
    statuses: "وضعیت مشتریان",
    statusActive: "فعال",
    statusAtRisk: "در معرض ریزش",
    statusLost: "از دست رفته",
    sheetsWritten: "برگه‌های نوشته‌شده",
    cellsMoved: "خانه‌های شما در برگه {sheet} از ردیف {row} به اندازه {n} ردیف پایین رفتند تا جا برای نتایج باز شود.",
    keptAway: "برای {n} مشتری که در داده‌های فعلی نیستند، آنچه نوشته شده در برگه {sheet} نگه داشته شد.",
    openSheet: "باز کردن برگه {sheet}",

    // Dossiers
    dossiers: "پرونده‌ها",
    dossiersHint: "یک برگه برای هر مشتری، برای مدیر مشتریان کلیدی: اطلاعات کلی، دیدگاه ما، سابقه، گروه تصمیم‌گیری و رقبا.",
    createAllDossiers: "ایجاد پرونده برای همه مشتریان کلیدی",
    pickClients: "مشتریان برای پرونده",
    pickClientsPlaceholder: "برای یافتن مشتری تایپ کنید",
    createPickedDossiers: "ایجاد پرونده برای مشتریان انتخاب‌شده ({n})",
    dossiersCreated: "پرونده‌های ایجادشده: {created}؛ به‌روزشده: {refreshed}.",
    dossiersLocked: "با گذرواژه محافظت شده‌اند و به‌روز نشدند: {sheets}.",
    sourceRange: "محدوده {address}",
    columnsSuggested: "از روی محتوا، این ستون‌ها به نظر می‌رسند: {list}. آن‌ها را بررسی کنید، سپس به کار ببرید یا ستون‌های دیگری انتخاب کنید.",
    useSuggestedColumns: "استفاده از این ستون‌ها",
    detectedNothing: "در {address} ردیف سرستونی با ستون مشتری و مبلغ شناسایی نشد. ستون‌ها را در پایین انتخاب کنید.",
    dossiersNeedResults: "ابتدا مشتریان را طبقه‌بندی کنید: پرونده‌ها برای مشتریان کلیدی یافت‌شده ساخته می‌شوند.",

    // Agenda
    agenda: "برنامه کاری",
    agendaHint: "بازبینی‌های عقب‌افتاده پرونده (هر ۳ ماه) و تماس‌های عقب‌افتاده (هر ۱۰ روز)، خوانده‌شده از برگه‌های پرونده.",
    refreshAgenda: "بررسی برنامه کاری",
    agendaEmpty: "هیچ کار عقب‌افتاده‌ای وجود ندارد.",
    agendaReview: "بازبینی پرونده {days} روز عقب افتاده است",
    agendaContact: "تماس {days} روز عقب افتاده است",
    agendaDue: "موعد {date}",
    notInExcel: "این صفحه پنل افزونه است و درون Excel کار می‌کند. برای امتحان بدون Excel، محیط آزمایشی را باز کنید.",
    openPlayground: "باز کردن محیط آزمایشی",

    // Playground
    playgroundTitle: "KAM برای Excel: محیط آزمایشی",
    playgroundNote: "یک کارپوشه نمونه بدون Excel در همین صفحه اجرا می‌شود و چیزی از مرورگر شما خارج نمی‌شود. در Excel همین پنل روی کارپوشه شما کار می‌کند.",
    preview: "پیش‌نمایش کارپوشه",
    sheets: "برگه‌ها",
    openFile: "باز کردن فایل (‎.xlsx، ‎.csv)",
    reloadSample: "بارگذاری دوباره نمونه",
    loadingWorkbook: "در حال بارگذاری کارپوشه…",
    rowsShown: "ردیف‌های {first} تا {last} از {total}",
    formulaNotCalculated: "فرمول: Excel آن را محاسبه می‌کند؛ محیط آزمایشی آن را همان‌طور که نوشته شده نشان می‌دهد.",
    emptySheet: "این برگه خالی است.",
    pasteRange: "چسباندن خانه‌ها",
    downloadWorkbook: "دانلود کارپوشه (‎.xlsx)",
    dropHint: "یک فایل ‎.xlsx یا ‎.csv را روی صفحه رها کنید، یا اینجا کلیک کنید و خانه‌هایی را که از Excel یا Google Sheets کپی کرده‌اید بچسبانید (Ctrl+V).",
    dropHere: "فایل را رها کنید تا باز شود",
    openedFile: "{file} باز شد.",
    openedPaste: "خانه‌های چسبانده‌شده به‌صورت برگه {sheet} باز شدند.",
    fileNotOpened: "{file} باز نشد: {message}",
    pasteNotOpened: "خانه‌های چسبانده‌شده باز نشدند: {message}",
    clipboardUnavailable: "مرورگر اجازه نداد صفحه کلیپ‌بورد را بخواند: روی کادر زیر کلیک کنید و Ctrl+V (در Mac ‏⌘V) را بزنید.",
    nameBox: "کادر نام",
    formulaBar: "نوار فرمول",
    undoEdit: "واگرد",
    cellEditor: "ویرایش خانه {address}",
    editFailed: "خانه تغییر نکرد: {message}",
    cellProtected: "خانه یا نموداری که می‌خواهید تغییر دهید در یک برگه محافظت‌شده است. برای ایجاد تغییر، محافظت برگه را بردارید. ممکن است از شما گذرواژه خواسته شود.",
    gridHint: "برای انتخاب، روی یک خانه کلیک کنید یا روی یک محدوده بکشید. برای پر کردن خانه تایپ کنید: Enter و Tab جلو می‌روند، Esc لغو می‌کند، Delete پاک می‌کند، Ctrl+Z واگرد می‌کند.",
  },

  /** The result sheets: KAM Clients, KAM Matrix, KAM Summary, KAM Win-back. */
  sheets: {
    /** Names of the result sheets. */
    sheetNames: {
      clients: "KAM مشتریان",
      matrix: "KAM ماتریس",
      summary: "KAM خلاصه",
      winback: "KAM بازگرداندن",
      kept: "KAM ورودی‌های نگه‌داشته",
      aliases: "KAM نام‌های دیگر",
      trends: "KAM روندها",
    },

    /** Column headers of KAM Clients and KAM Win-back. */
    columns: {
      rank: "رتبه",
      client: "مشتری",
      revenue: "درآمد",
      profit: "سود",
      share: "سهم",
      cumulativeShare: "سهم تجمعی",
      abc: "ABC",
      xyz: "XYZ",
      abcxyz: "ABC-XYZ",
      cv: "ضریب تغییرات",
      coverage: "دوره‌های دارای خرید",
      dependency: "وابستگی",
      keyType: "نوع مشتری کلیدی",
      status: "وضعیت",
      segment: "بخش RFM",
      r: "R",
      f: "F",
      m: "M",
      recencyDays: "روز از آخرین خرید",
      lastPurchase: "آخرین خرید",
      frequency: "تعداد خرید",
      manager: "مدیر فروش",
      group: "گروه / هلدینگ",
      change: "تغییر از اجرای قبلی",
      notes: "یادداشت‌ها",
      plannedOffer: "پیشنهاد برنامه‌ریزی‌شده",
      keptSince: "نگه‌داشته از",
      aliasName: "نام در داده‌ها",
      countsAs: "حساب شود به نام",
      duplicateOf: "تکراری احتمالی",
      keyTypeComputed: "نوع مشتری کلیدی (محاسبه‌شده)",
      margin: "حاشیه سود",
      statusWhy: "چرا این وضعیت",
    },

    /** Dependency levels (the Dependency column). */
    dependencies: {
      mono: "تک‌مشتری",
      critical: "بحرانی",
      key: "کلیدی",
      none: "ندارد",
    },

    /** Client statuses (the Status column). */
    statuses: {
      active: "فعال",
      "at-risk": "در معرض ریزش",
      lost: "از دست رفته",
    },

    /** RFM segments (the RFM segment column). */
    segments: {
      hibernating: "خواب‌رفته",
      "at-risk": "در خطر",
      "cannot-lose": "نباید از دست داد",
      "about-to-sleep": "در آستانه خواب",
      "need-attention": "نیازمند توجه",
      loyal: "وفادار",
      promising: "امیدوارکننده",
      new: "جدید",
      "potential-loyalist": "وفادار بالقوه",
      champions: "قهرمانان",
    },
    /** The "Change" column: a client new since the last run. */
    newClient: "جدید",
    /** KAM Kept input: what the sheet is, beside its table. */
    keptNote: "مشتریانی که در داده‌های فعلی نیستند، همراه با آنچه برایشان نوشته شده است. وقتی مشتری دوباره در داده‌ها باشد، این نوشته‌ها به KAM مشتریان و KAM بازگرداندن برمی‌گردند. برای کنار گذاشتن، ردیف را حذف کنید.",
    /** KAM Aliases: what the sheet is for, beside its table. */
    aliasesNote: "نام‌هایی که در داده‌ها به بیش از یک شکل نوشته شده‌اند. در «حساب شود به نام» مشتری صاحب این نام را بنویسید: اجرای بعدی فروش آن را برای همان مشتری حساب می‌کند (و اعلام می‌کند). برای جدا ماندن خالی بگذارید؛ برای فراموش کردن، ردیف را حذف کنید.",

    /** The legend on KAM Clients; {a}, {b}, {mono}, {critical}, {key} are percentages. */
    legend: {
      title: "راهنما",
      A: "A: بزرگ‌ترین مشتریان که {a} نخست مجموع را می‌سازند",
      B: "B: مشتریان متوسط، تا {b}",
      C: "C: مشتریان کوچک، باقی‌مانده",
      X: "X: خرید پایدار (تغییرات کم)",
      Y: "Y: خرید منظم با نوسان",
      Z: "Z: خرید نامنظم",
      mono: "تک‌مشتری: بیش از {mono} مجموع",
      critical: "بحرانی: بیش از {critical}",
      key: "کلیدی: {key} یا بیشتر",
      lost: "از دست رفته: بدون خرید بیش از تعداد روز تعیین‌شده",
      atRisk: "در معرض ریزش: سکوت بیش از دو برابر فاصله معمول",
      input: "ستون‌های زرد مال شماست: آنچه در آن‌ها می‌نویسید در هر اجرا حفظ می‌شود",
    },

    why: {
      lost: "از دست رفته: {days} روز از آخرین خرید، بیش از {limit} روز تعیین‌شده",
      atRisk: "در معرض ریزش: {days} روز از آخرین خرید، بیش از دو برابر فاصله معمول",
      atRiskGap: "در معرض ریزش: {days} روز از آخرین خرید، فاصله معمول {gap}",
      active: "فعال: {days} روز از آخرین خرید، کمتر از دو برابر فاصله معمول",
      activeGap: "فعال: {days} روز از آخرین خرید، فاصله معمول {gap}",
      segmentNote: "بخش RFM آن را با مشتریان دیگر مقایسه می‌کند",
    },

    /** A short recommended strategy per ABC-XYZ cell. */
    strategies: {
      AX: "هسته اصلی: به هر قیمتی حفظ شوند؛ مدیر اختصاصی، قرارداد بلندمدت، خدمات با اولویت.",
      AY: "بزرگ ولی نامنظم: برنامه‌ریزی مشترک تحویل، توافق بر زمان‌بندی، نگهداری موجودی اطمینان.",
      AZ: "بزرگ و بی‌قاعده: علت را بیابید؛ پیش‌بینی سفارش به سفارش، توجه شخصی نزدیک.",
      BX: "میانه پایدار: سهم خود از بودجه آن‌ها را بیشتر کنید؛ فروش مکمل، شرایط وفاداری.",
      BY: "میانه، نامنظم: شرایط استاندارد، تماس منظم، تشویق به سفارش منظم.",
      BZ: "میانه، بی‌قاعده: کار بر اساس سفارش؛ بررسی ظرفیت استفاده‌نشده.",
      CX: "کوچک ولی پایدار: خدمات را خودکار کنید، ارتقا پیشنهاد دهید.",
      CY: "کوچک، نامنظم: خدمات استاندارد با هزینه کم.",
      CZ: "کوچک و بی‌قاعده: کمترین تلاش؛ پیش‌پرداخت یا بازنگری در ادامه همکاری.",
    },

    /** The KAM Matrix sheet. */
    /** KAM Trends: the quarters, their columns, the migration table and the chart. */
    trends: {
      title: "هر فصل بر پایه دوازده ماه پیش از آن: چه کسی کلیدی است، تمرکز چقدر است، چه کسی از دست رفته یا به دست آمده",
      quarter: "فصل",
      keyShare: "سهم مشتریان کلیدی",
      topClient: "بزرگ‌ترین مشتری",
      top5: "پنج مشتری نخست",
      keyClients: "مشتریان کلیدی",
      clients: "مشتریان",
      herfindahl: "HHI",
      lost: "از دست رفته",
      newlyLost: "تازه از دست رفته",
      atRisk: "در معرض خطر",
      won: "به دست آمده",
      windowFrom: "بازه از",
      windowTo: "بازه تا",
      migration: "کلاس‌های ABC: فصل یکی مانده به آخر تا اکنون",
      fromTo: "از \\ به",
      gone: "رفته",
      chartTitle: "تمرکز در طول زمان",
    },
    matrix: {
      title: "ماتریس ABC-XYZ",
      clients: "تعداد مشتریان",
      shareOf: "سهم از {measure}",
      strategy: "راهبرد پیشنهادی",
      total: "جمع",
      noXyz: "XYZ محاسبه نشد (کمتر از ۲ دوره یا بدون تاریخ): ماتریس فقط ABC را نشان می‌دهد.",
    },

    /** The KAM Summary sheet. */
    summary: {
      title: "تحلیل مشتریان کلیدی: خلاصه",
      totals: "جمع‌ها",
      total: "جمع {measure}",
      clientCount: "تعداد مشتریان",
      keyClientCount: "مشتریان کلیدی ({key} یا بیشتر)",
      periodCount: "تعداد دوره‌ها",
      asOf: "تا تاریخ",
      rowsRead: "ردیف‌های خوانده‌شده",
      rowsSkipped: "ردیف‌های ردشده (نادرست)",
      concentration: "تمرکز",
      topClientShare: "سهم بزرگ‌ترین مشتری",
      top5Share: "سهم ۵ مشتری بزرگ",
      clientsFor80: "مشتریانی که ۸۰٪ مجموع را می‌سازند",
      herfindahl: "شاخص هرفیندال",
      warnings: "هشدارها",
      noWarnings: "هشدار وابستگی وجود ندارد.",
      monoWarning: "{client} سهم {share} از مجموع را دارد: تک‌مشتری. همین حالا جذب مشتریان دیگر را آغاز کنید.",
      criticalWarning: "{client} سهم {share} از مجموع را دارد: شرکت به‌شدت به آن وابسته می‌شود.",
      groupWarning: "گروه {client} سهم {share} از مجموع را دارد ({dependency}).",
      noDatesWarning: "تاریخی وجود ندارد: XYZ، تازگی، بخش‌های RFM و وضعیت مشتریان از دست رفته محاسبه نشد.",
      fewPeriodsWarning: "بازه کمتر از ۲ دوره دارد: XYZ محاسبه نشد.",
      noRowsWarning: "هیچ ردیفی در بازه تحلیل نیست.",
      noPositiveWarning: "هیچ مشتری جمع مثبت ندارد: همه مشتریان C با سهم ۰ هستند.",
      groups: "گروه‌ها و هلدینگ‌ها",
      managers: "بار کاری مدیران فروش",
      keyClients: "مشتریان کلیدی",
      keyShare: "سهم مشتریان کلیدی",
      overloaded: "بیش از {n} مشتری کلیدی",
      statusCounts: "مشتریان بر اساس وضعیت",
      cells: "مشتریان بر اساس خانه‌های ABC-XYZ",
      cell: "خانه",
      pareto: "منحنی پارتو",
      clientsPercent: "سهم مشتریان",
      cellsChart: "سهم {measure} بر اساس خانه‌های ABC-XYZ",
      movement: "تغییرات از اجرای قبلی",
      noPrevious: "این نخستین اجراست: هنوز چیزی برای مقایسه نیست.",
      fromTo: "از \\ به",
      gone: "در داده نیست",
      becameKey: "کلیدی شدند",
      stoppedKey: "دیگر کلیدی نیستند",
      nobody: "هیچ‌کس",
      run: "آنچه اجرا شد",
      source: "محدوده منبع",
      columns: "ستون‌های استفاده‌شده",
      measure: "معیار",
      abcRule: "قاعده و آستانه‌های ABC",
      xyzRule: "حالت و آستانه‌های XYZ",
      period: "دوره",
      window: "بازه تحلیل",
      lostAfter: "از دست رفته پس از (روز بدون خرید)",
      dependencyThresholds: "سهم‌های کلیدی / بحرانی / تک‌مشتری",
      runAt: "زمان اجرا",
      fromData: "از روی داده",
    },

    /** Labels of setting values shown in "What was run". */
    settingValues: {
      crossing: "مشتری عبورکننده در A",
      classic: "تجمعی کلاسیک",
      cv: "ضریب تغییرات",
      frequency: "تناوب خرید",
      month: "ماه",
      quarter: "فصل",
      week: "هفته ISO",
    },
  },

  /** The dossier sheets (one per key client) and the KAM Dossiers index. */
  dossier: {
    /** Section headings of a dossier. */
    sections: {
      figures: "۱. ارقام (محاسبه‌شده، در هر اجرا از نو نوشته می‌شود)",
      general: "۲. اطلاعات عمومی",
      environment: "۳. محیط کسب‌وکار مشتری",
      ourView: "۴. نگاه از سوی ما",
      decisionGroup: "۵. گروه تصمیم‌گیری",
      history: "۶. تاریخچه رابطه",
      competitors: "۷. نیم‌رخ رقبا",
      contacts: "۸. تماس‌ها",
      position: "۹. جایگاه و رضایت",
      review: "۱۰. بازبینی",
    },

    /** The top of a dossier sheet. */
    sheet: {
      title: "پرونده مشتری: {client}",
      hint: "خانه‌های زرد را شما پر می‌کنید. بخش ۱ در هر اجرای تحلیل از نو نوشته می‌شود و بقیه حفظ می‌شود. برای افزودن ردیف به یک جدول، ردیفی درون آن درج کنید.",
      noLongerKey: "دیگر کلیدی نیست",
      notInData: "در داده‌های فعلی نیست",
    },

    /** Labels of the computed Figures section that the result sheets (above) do not already have. */
    figureLabels: {
      rfm: "امتیازهای RFM (R-F-M)",
      salesByPeriod: "فروش بر حسب دوره",
    },

    /** Field labels of the free-text sections 2-4, in sheet order: section 2. */
    generalFields: {
      description: "شرح شرکت",
      companyHistory: "تاریخچه شرکت",
      employees: "تعداد کارکنان",
      structure: "ساختار (واحدها، شعبه‌ها، شرکت‌های تابعه)",
      mission: "مأموریت و جایگاه‌یابی",
      trends: "روندهای صنعت",
      culture: "فرهنگ سازمانی",
      financials: "ارقام مالی شناخته‌شده",
    },

    /** Section 3, the client's environment. */
    environmentFields: {
      itsClients: "مشتریان آن",
      itsCompetitors: "رقبای آن",
      suppliers: "تأمین‌کنندگان اصلی",
      bank: "بانک",
      auditor: "حسابرس",
      consultants: "مشاوران",
    },

    /** Section 4, the view from our side. */
    ourViewFields: {
      ourPeople: "همکاران ما که با مشتری کار کرده‌اند",
      relationshipNow: "رابطه کنونی",
      relationshipPlanned: "رابطه برنامه‌ریزی‌شده",
      budget: "بودجه تخمینی مشتری برای آنچه ما می‌فروشیم",
      previousSuppliers: "تأمین‌کنندگان قبلی",
      decisionProcess: "نحوه تصمیم‌گیری",
    },

    /** Column headers of the tables (sections 5-8). */
    tableColumns: {
      personName: "نام",
      position: "سمت",
      role: "نقش",
      attitude: "نگرش به ما",
      influence: "نفوذ (۱ تا ۵)",
      lastContact: "آخرین تماس",
      date: "تاریخ",
      offered: "چه پیشنهاد شد",
      participants: "چه کسانی شرکت داشتند",
      outcome: "نتیجه",
      why: "چرا (دلایل برد یا باخت)",
      competitor: "رقیب",
      theirOffer: "چه پیشنهادی می‌دهد",
      strengths: "نقاط قوت",
      weaknesses: "نقاط ضعف",
      channel: "کانال",
      nextContactDue: "موعد تماس بعدی",
    },

    /** Typical roles in the buying centre (Lithuanian article, section 3). */
    roles: {
      decisionMaker: "تصمیم‌گیرنده",
      gatekeeper: "دروازه‌بان",
      technical: "متخصص فنی",
      economic: "متخصص اقتصادی",
      user: "کاربر",
      sponsor: "پشتیبان",
      opponent: "مخالف",
      advisor: "مشاور",
      informant: "خبررسان",
    },

    attitudes: {
      supporter: "طرفدار",
      neutral: "بی‌طرف",
      opponent: "مخالف",
    },

    historyOutcomes: {
      won: "برنده شدیم",
      lost: "باختیم",
      pending: "در انتظار",
    },

    channels: {
      meeting: "جلسه حضوری",
      phone: "تماس تلفنی",
      video: "تماس تصویری",
      email: "ایمیل",
      message: "پیام",
      event: "رویداد یا نمایشگاه",
    },

    /** Contact outcomes; the order matters: the third is the negative one that earns the 2-week pause. */
    contactOutcomes: {
      positive: "مثبت",
      neutral: "خنثی",
      negative: "منفی",
    },

    /** The four rungs of the customer perception ladder (Persian article), lowest first. */
    ladder: {
      ordinary: "۱ تأمین‌کننده معمولی",
      preferred: "۲ تأمین‌کننده برتر",
      partner: "۳ شریک تجاری",
      trusted: "۴ شریک تجاری مورد اعتماد",
    },

    /** The 5-point satisfaction scale of the Chinese article, best first. */
    satisfaction: {
      verySatisfied: "۵ بسیار راضی",
      satisfied: "۴ راضی",
      noOpinion: "۳ بدون نظر",
      somewhatDissatisfied: "۲ تا حدی ناراضی",
      veryDissatisfied: "۱ بسیار ناراضی",
    },

    /** Labels of sections 9 and 10 and the rule notes under the tables. */
    followUp: {
      ladder: "جایگاه ما در نردبان ادراک مشتری",
      satisfaction: "رضایت (مقیاس ۵ درجه‌ای)",
      complaints: "شکایت‌ها",
      lastReviewed: "آخرین بازبینی (تاریخ)",
      nextReview: "بازبینی بعدی",
      reviewRule: "دست‌کم هر ۳ ماه بازبینی شود (تا نخستین بازبینی، از تاریخ ایجاد پرونده)؛ در صورت تأخیر قرمز می‌شود.",
      contactRule: "تماس بعدی: ۱۰ روز پس از تماس مثبت یا خنثی، ۱۴ روز پس از تماس منفی (مکث در تماس حضوری).",
    },

    /** Error alerts of the data validations. */
    validation: {
      listTitle: "از فهرست انتخاب کنید",
      listMessage: "یکی از مقادیر فهرست کشویی را انتخاب کنید.",
      influenceMessage: "یک عدد صحیح از ۱ تا ۵ وارد کنید.",
      dateTitle: "تاریخ",
      dateMessage: "یک تاریخ وارد کنید.",
    },

    /** The "KAM Dossiers" index sheet. */
    index: {
      sheetName: "KAM پرونده‌ها",
      dossier: "پرونده",
    },
  },
};
