/**
 * Russian: every text of KAM for Excel in one file. The same keys in the same order as en.ts,
 * which defines the shape and says what each group is; keep every {placeholder} as it is. Domain
 * words follow the Russian article of docs/sources.md (dependency levels, the mono-client, lost
 * clients): "лицо, принимающее решение", "моноклиент".
 */
import type { Dictionary } from "./en";

export const ru: Dictionary = {
  /** This language's own name, shown in the language picker whatever the pane's language is. */
  languageName: "Русский",
  /** BCP 47 locale for numbers and dates in the pane. */
  locale: "ru-RU",

  /** The task pane and the playground. */
  ui: {
    appTitle: "KAM для Excel",
    tagline: "Найдите ключевых клиентов по данным продаж: ABC, XYZ, RFM и ушедшие клиенты.",
    language: "Язык",
    classify: "Классифицировать клиентов",
    classifyHint: "Выделите данные о продажах (или оставьте «Автоматически») и нажмите кнопку. Результаты появятся на новых листах; ваши данные не меняются.",

    // Source
    source: "Источник",
    sourceAuto: "Автоматически",
    sourceSelection: "Выделенный диапазон",
    sourceTable: "Таблица",
    tablePlaceholder: "Выберите таблицу",
    noTables: "В этой книге нет таблиц.",
    checkSource: "Проверить данные",
    detectedTransactions: "Найден список продаж в диапазоне {address}: строк — {rows}.",
    detectedWide: "Найдена таблица с отдельным столбцом на каждый период в диапазоне {address}: клиентов — {rows}, периодов — {periods}.",

    // Column mapping
    columns: "Столбцы",
    columnsHint: "Определены по заголовкам. Если столбец определён неверно, выберите другой.",
    columnNotUsed: "(не используется)",
    resetColumns: "Вернуть определённые столбцы",
    roleClient: "Клиент",
    roleDate: "Дата",
    roleAmount: "Сумма",
    roleProfit: "Прибыль",
    roleManager: "Менеджер",
    roleGroup: "Группа (холдинг)",
    roleOrder: "Заказ",
    roleCurrency: "Валюта",
    roleKeyType: "Тип ключевого клиента",

    // Settings
    settings: "Настройки",
    settingsHint: "Сохраняются в книге, поэтому все, кто её открывает, получают тот же анализ.",
    measure: "Показатель",
    measureRevenue: "Выручка",
    measureProfit: "Прибыль",
    abcRule: "Правило ABC",
    abcRuleCrossing: "Клиент, пересекающий порог, входит в A",
    abcRuleClassic: "Классическая накопленная доля",
    thresholdA: "A до (% от итога)",
    thresholdB: "B до (% от итога)",
    xyzMode: "Метод XYZ",
    xyzCv: "Коэффициент вариации продаж",
    xyzFrequency: "Частота покупок",
    thresholdX: "X до (CV, %)",
    thresholdY: "Y до (CV, %)",
    coverageX: "X от (% периодов с покупками)",
    coverageY: "Y от (% периодов с покупками)",
    period: "Период",
    periodMonth: "Месяц",
    periodQuarter: "Квартал",
    periodWeek: "Неделя",
    asOf: "Дата анализа",
    asOfHint: "Пусто — последняя дата в данных.",
    lostAfter: "Считать ушедшим через (дней без покупок)",
    skipBadRows: "Пропускать ошибочные строки и показывать их список",
    saveSettings: "Сохранить в книге",
    settingsSaved: "Настройки сохранены в книге.",
    restoreDefaults: "Восстановить по умолчанию",
    settingNotANumber: "Введите число.",
    settingMustBeBelow: "Должно быть меньше, чем «{other}».",
    settingPercent: "Введите процент больше 0 и меньше 100.",
    settingPositive: "Введите число больше 0.",
    settingWholeDays: "Введите целое число дней, не меньше 1.",
    settingInvalid: "Это значение использовать нельзя.",
    settingsNotLoaded: "Не удалось прочитать настройки, сохранённые в этой книге, поэтому пока ничего не запускается (настройки команды не заменяются). Завершите редактирование ячейки и повторите попытку.",
    tryAgain: "Повторить",
    settingsNeedFixing: "Сначала исправьте настройки, отмеченные красным.",
    settingsReplaced: "В сохранённых в этой книге настройках есть значения, которые нельзя использовать: {fields}. Показаны значения по умолчанию; проверьте их и сохраните.",
    settingNoField: "«{field}» нельзя использовать: {message}. Восстановите значения по умолчанию или задайте его заново.",

    // Progress
    progressStarting: "Чтение данных…",
    progressReading: "Чтение строк: {n} из {total}",
    progressAnalysing: "Анализ клиентов…",
    progressWriting: "Запись листов…",
    progressLabel: "Ход выполнения",

    // Errors
    errorTitle: "Не удалось классифицировать клиентов",
    errorUnexpected: "Что-то пошло не так: {message}",
    errorBadRows: "Строк с ошибками: {n}. Ничего не записано. Исправьте их или включите «Пропускать ошибочные строки» в настройках.",
    rowProblem: "Строка {row}: {reason}",
    moreProblems: "…и ещё {n}.",
    problemEmptyClient: "не указан клиент",
    problemClientErrorValue: "в ячейке клиента значение ошибки: {value}",
    problemEmptyAmount: "не указана сумма",
    problemAmountNotNumber: "сумма не является числом: {value}",
    problemProfitNotNumber: "прибыль не является числом: {value}",
    problemBadDate: "дата не распознана: {value}",
    problemOtherCurrency: "другая валюта: {value}",
    errorMissingColumns: "Не найдена строка заголовков со столбцами клиента и суммы. Выберите столбцы в разделе «Источник» или выделите данные вместе со строкой заголовков.",
    errorNoProfitColumn: "Выбран показатель «Прибыль», но столбца прибыли нет. Выберите его в разделе «Источник» или используйте выручку.",
    errorSourceNotFound: "Выбранной таблицы или диапазона больше нет в книге. Выберите источник заново.",
    errorEmptySource: "Источник пуст.",
    errorSeveralCurrencies: "В данных больше одной валюты. Сначала пересчитайте суммы в одну валюту.",
    errorBadSettings: "Настройки анализа нельзя использовать: {message}. Исправьте их в разделе «Настройки».",
    errorEmptyWindow: "В период анализа не попадает ни одной продажи ({message}). Проверьте дату анализа в разделе «Настройки».",
    errorCellsInTheWay: "Ваши ячейки {where} находятся там, куда записываются новые результаты. Перенесите их подальше от результатов или удалите и запустите снова; ничего не записано.",
    errorRunInProgress: "Другой анализ ещё записывает эту книгу ({message}). Дождитесь его окончания и запустите снова.",
    errorDoubtfulColumns: "Один из столбцов выглядит неверным, поэтому ничего не записано:",
    doubtYears: "в столбце суммы «{header}» в {share} строк целые числа от 1990 до 2100, похожие на годы (например, {example})",
    doubtDayNumbers: "в столбце суммы «{header}» в {share} строк целые числа, похожие на даты в виде номеров дней (например, {example})",
    doubtNotNames: "в столбце клиента «{header}» у {share} клиентов даты или дробные числа (например, {example}), а не названия или коды",
    doubtOutside: "в столбце даты «{header}» {share} дат вне 1990–2100 (например, {example})",
    trustColumns: "Столбцы верны: выполнить всё равно",
    doubtHint: "Выберите нужный столбец в разделе «Столбцы» или подтвердите, что столбцы верны.",
    errorNoData: "Нет строк данных, пригодных для анализа.",
    goTo: "Перейти",
    goToRow: "Перейти к строке {row}",
    skippedRows: "Пропущено строк: {n}",

    // Results
    results: "Результаты",
    resultsSummary: "Клиентов: {clients}, итого {total}, на {asOf}.",
    resultsSummaryUndated: "Клиентов: {clients}, итого {total}.",
    matrix: "Матрица ABC-XYZ (число клиентов)",
    matrixCell: "{cell}: клиентов — {n}",
    abcOnly: "Классы ABC (для XYZ нужны даты хотя бы за два периода)",
    keyClients: "Ключевые клиенты",
    noKeyClients: "Ни один клиент не достигает {share} от итога.",
    shareOfTotal: "{share} от итога",
    dependencyMono: "Моноклиент",
    dependencyCritical: "Критическая зависимость",
    dependencyKey: "Ключевой",
    warnings: "Предупреждения",
    warningMono: "{client} приносит {share} от итога: бизнес зависит от одного клиента. Начните привлекать других клиентов уже сейчас.",
    warningOverloaded: "У менеджера {manager} ключевых клиентов: {n} (больше {max}).",
    warningNoDates: "В данных нет дат: XYZ, давность, сегменты RFM и ушедшие клиенты не рассчитываются.",
    warningFewPeriods: "Данные охватывают меньше двух периодов, поэтому XYZ не рассчитывается.",
    warningNoRows: "Ни одна строка не попадает в период анализа.",
    warningNoPositive: "Ни у одного клиента нет положительного итога, поэтому все клиенты — C.",
    statuses: "Статус клиентов",
    statusActive: "Активные",
    statusAtRisk: "Под угрозой ухода",
    statusLost: "Ушедшие",
    sheetsWritten: "Записанные листы",
    cellsMoved: "Ваши ячейки на листе {sheet} начиная со строки {row} сдвинуты вниз на {n} строк, чтобы освободить место для результатов.",
    keptAway: "Для клиентов, которых нет в текущих данных ({n}), всё записанное о них сохранено на листе {sheet}.",
    openSheet: "Открыть лист {sheet}",

    // Dossiers
    dossiers: "Досье",
    dossiersHint: "Лист на каждого клиента для менеджера по ключевым клиентам: общая информация, наш взгляд, история, группа принятия решений, конкуренты.",
    createAllDossiers: "Создать досье на всех ключевых клиентов",
    pickClients: "Клиенты для досье",
    pickClientsPlaceholder: "Начните вводить имя клиента",
    createPickedDossiers: "Создать досье на выбранных клиентов ({n})",
    dossiersCreated: "Создано досье: {created}; обновлено: {refreshed}.",
    dossiersLocked: "Защищены паролем, не обновлены: {sheets}.",
    sourceRange: "Диапазон {address}",
    columnsSuggested: "По содержимому эти столбцы похожи на: {list}. Проверьте их, затем примените или выберите другие.",
    useSuggestedColumns: "Использовать эти столбцы",
    detectedNothing: "В диапазоне {address} не найдена строка заголовков со столбцами клиента и суммы. Выберите столбцы ниже.",
    dossiersNeedResults: "Сначала классифицируйте клиентов: досье создаются для найденных ключевых клиентов.",

    // Agenda
    agenda: "План работы",
    agendaHint: "Просроченные пересмотры досье (раз в 3 месяца) и контакты (раз в 10 дней) по листам досье.",
    refreshAgenda: "Проверить план",
    agendaEmpty: "Просроченных дел нет.",
    agendaReview: "Пересмотр досье просрочен на {days} дн.",
    agendaContact: "Контакт просрочен на {days} дн.",
    agendaDue: "срок {date}",
    notInExcel: "Эта страница — панель надстройки, она работает внутри Excel. Чтобы попробовать без Excel, откройте демо-режим.",
    openPlayground: "Открыть демо-режим",

    // Playground
    playgroundTitle: "KAM для Excel: демо-режим",
    playgroundNote: "Пример книги работает прямо на этой странице без Excel; данные не покидают браузер. В Excel та же панель работает с вашей книгой.",
    preview: "Просмотр книги",
    sheets: "Листы",
    openFile: "Открыть файл (.xlsx, .csv)",
    reloadSample: "Загрузить пример заново",
    loadingWorkbook: "Загрузка книги…",
    rowsShown: "Строки {first}–{last} из {total}",
    formulaNotCalculated: "Формула: Excel её вычисляет, а демо-режим показывает как есть.",
    emptySheet: "Этот лист пуст.",
    pasteRange: "Вставить ячейки",
    downloadWorkbook: "Скачать книгу (.xlsx)",
    dropHint: "Перетащите файл .xlsx или .csv на страницу или щёлкните здесь и вставьте ячейки, скопированные из Excel или Google Таблиц (Ctrl+V).",
    dropHere: "Отпустите файл, чтобы открыть его",
    openedFile: "Открыт файл {file}.",
    openedPaste: "Вставленные ячейки открыты как лист {sheet}.",
    fileNotOpened: "Файл {file} не открыт: {message}",
    pasteNotOpened: "Вставленные ячейки не открыты: {message}",
    clipboardUnavailable: "Браузер не дал странице прочитать буфер обмена: щёлкните поле ниже и нажмите Ctrl+V (⌘V на Mac).",
    nameBox: "Поле имени",
    formulaBar: "Строка формул",
    undoEdit: "Отменить",
    cellEditor: "Изменение ячейки {address}",
    editFailed: "Ячейка не изменена: {message}",
    cellProtected: "Ячейка или диаграмма, которую вы пытаетесь изменить, находится на защищенном листе. Чтобы внести изменения, снимите защиту листа. Возможно, потребуется ввести пароль.",
    gridHint: "Щёлкните ячейку или протяните по диапазону, чтобы выделить его. Печатайте, чтобы заполнить ячейку: Enter и Tab переходят дальше, Esc отменяет ввод, Delete очищает, Ctrl+Z отменяет правку.",
  },

  /** The result sheets: KAM Clients, KAM Matrix, KAM Summary, KAM Win-back. */
  sheets: {
    /** Names of the result sheets. */
    sheetNames: {
      clients: "KAM Клиенты",
      matrix: "KAM Матрица",
      summary: "KAM Сводка",
      winback: "KAM Возврат",
      kept: "KAM Сохранённое",
      aliases: "KAM Синонимы",
      trends: "KAM Динамика",
    },

    /** Column headers of KAM Clients and KAM Win-back. */
    columns: {
      rank: "Место",
      client: "Клиент",
      revenue: "Выручка",
      profit: "Прибыль",
      share: "Доля",
      cumulativeShare: "Накопленная доля",
      abc: "ABC",
      xyz: "XYZ",
      abcxyz: "ABC-XYZ",
      cv: "Коэф. вариации",
      coverage: "Доля периодов с покупками",
      dependency: "Зависимость",
      keyType: "Тип ключевого клиента",
      status: "Статус",
      segment: "RFM-сегмент",
      r: "R",
      f: "F",
      m: "M",
      recencyDays: "Дней с последней покупки",
      lastPurchase: "Последняя покупка",
      frequency: "Покупок",
      manager: "Менеджер",
      group: "Группа / холдинг",
      change: "Изменение с прошлого запуска",
      notes: "Заметки",
      plannedOffer: "Планируемое предложение",
      keptSince: "Сохранено с",
      aliasName: "Название в данных",
      countsAs: "Считать как",
      duplicateOf: "Возможный дубль",
      keyTypeComputed: "Тип ключевого клиента (расчётный)",
      margin: "Маржа",
      statusWhy: "Почему такой статус",
    },

    /** Dependency levels (the Dependency column). */
    dependencies: {
      mono: "моноклиент",
      critical: "критическая",
      key: "ключевой",
      none: "нет",
    },

    /** Client statuses (the Status column). */
    statuses: {
      active: "активный",
      "at-risk": "под угрозой",
      lost: "потерян",
    },

    /** RFM segments (the RFM segment column). */
    segments: {
      hibernating: "спящие",
      "at-risk": "в зоне риска",
      "cannot-lose": "нельзя потерять",
      "about-to-sleep": "засыпающие",
      "need-attention": "требуют внимания",
      loyal: "лояльные",
      promising: "перспективные",
      new: "новые",
      "potential-loyalist": "потенциально лояльные",
      champions: "чемпионы",
    },
    /** The "Change" column: a client new since the last run. */
    newClient: "новый",
    /** KAM Kept input: what the sheet is, beside its table. */
    keptNote: "Клиенты, которых нет в текущих данных, и то, что о них записали. Записи вернутся в KAM Клиенты и KAM Возврат, когда клиент снова появится в данных. Удалите строку, если она больше не нужна.",
    /** KAM Aliases: what the sheet is for, beside its table. */
    aliasesNote: "Названия, которые в данных записаны по-разному. Впишите в «Считать как» клиента, к которому относится название: следующий запуск учтёт его продажи у этого клиента (и сообщит об этом). Оставьте пустым, чтобы не объединять; удалите строку, чтобы забыть её.",

    /** The legend on KAM Clients; {a}, {b}, {mono}, {critical}, {key} are percentages. */
    legend: {
      title: "Условные обозначения",
      A: "A: крупнейшие клиенты, дающие первые {a} итога",
      B: "B: средние клиенты, до {b}",
      C: "C: мелкие клиенты, остальное",
      X: "X: покупает стабильно (низкая вариация)",
      Y: "Y: покупает регулярно, с колебаниями",
      Z: "Z: покупает нерегулярно",
      mono: "моноклиент: больше {mono} итога",
      critical: "критическая: больше {critical}",
      key: "ключевой: {key} и больше",
      lost: "потерян: нет покупок дольше заданного числа дней",
      atRisk: "под угрозой: молчит дольше двух обычных интервалов",
      input: "Жёлтые столбцы ваши: введённое в них сохраняется при каждом запуске",
    },

    why: {
      lost: "потерян: {days} дн. с последней покупки, больше заданных {limit} дн.",
      atRisk: "под угрозой: {days} дн. с последней покупки, больше двух обычных интервалов",
      atRiskGap: "под угрозой: {days} дн. с последней покупки, обычный интервал {gap}",
      active: "активный: {days} дн. с последней покупки, в пределах двух обычных интервалов",
      activeGap: "активный: {days} дн. с последней покупки, обычный интервал {gap}",
      segmentNote: "RFM-сегмент сравнивает его с другими клиентами",
    },

    /** A short recommended strategy per ABC-XYZ cell. */
    strategies: {
      AX: "Ядро: удерживать любой ценой; персональный менеджер, долгосрочные договоры, приоритетное обслуживание.",
      AY: "Крупные, но неровные: планировать поставки вместе, согласовывать графики, держать запас.",
      AZ: "Крупные и хаотичные: выяснить причины; прогноз по каждому заказу, личное внимание.",
      BX: "Стабильная середина: увеличивать долю в их бюджете; кросс-продажи, условия лояльности.",
      BY: "Середина, неровные: стандартные условия, регулярный контакт, стимулировать регулярные заказы.",
      BZ: "Середина, хаотичные: работать под заказ; проверить неиспользованный потенциал.",
      CX: "Мелкие, но стабильные: автоматизировать обслуживание, предлагать расширение.",
      CY: "Мелкие, неровные: стандартное обслуживание с низкими затратами.",
      CZ: "Мелкие и хаотичные: минимум усилий; предоплата или пересмотр работы с ними.",
    },

    /** The KAM Matrix sheet. */
    /** KAM Trends: the quarters, their columns, the migration table and the chart. */
    trends: {
      title: "Каждый квартал за предшествующие двенадцать месяцев: кто ключевой, насколько выручка сосредоточена, кто потерян и кто приобретён",
      quarter: "Квартал",
      keyShare: "Доля ключевых клиентов",
      topClient: "Крупнейший клиент",
      top5: "Топ-5",
      keyClients: "Ключевые клиенты",
      clients: "Клиенты",
      herfindahl: "HHI",
      lost: "Потеряны",
      newlyLost: "Потеряны впервые",
      atRisk: "Под угрозой",
      won: "Новые",
      windowFrom: "Окно с",
      windowTo: "Окно по",
      migration: "Классы ABC: предпоследний квартал → сейчас",
      fromTo: "Из \\ в",
      gone: "выбыл",
      chartTitle: "Концентрация во времени",
    },
    matrix: {
      title: "Матрица ABC-XYZ",
      clients: "Клиентов",
      shareOf: "Доля: {measure}",
      strategy: "Рекомендуемая стратегия",
      total: "Итого",
      noXyz: "XYZ не рассчитан (меньше 2 периодов или нет дат): матрица показывает только ABC.",
    },

    /** The KAM Summary sheet. */
    summary: {
      title: "Анализ ключевых клиентов: сводка",
      totals: "Итоги",
      total: "Итого: {measure}",
      clientCount: "Клиентов",
      keyClientCount: "Ключевых клиентов ({key} и больше)",
      periodCount: "Периодов",
      asOf: "На дату",
      rowsRead: "Прочитано строк",
      rowsSkipped: "Пропущено строк (ошибки)",
      concentration: "Концентрация",
      topClientShare: "Доля крупнейшего клиента",
      top5Share: "Доля 5 крупнейших клиентов",
      clientsFor80: "Клиентов, дающих 80% итога",
      herfindahl: "Индекс Херфиндаля",
      warnings: "Предупреждения",
      noWarnings: "Предупреждений о зависимости нет.",
      monoWarning: "{client} даёт {share} итога: моноклиент. Срочно привлекайте других клиентов.",
      criticalWarning: "{client} даёт {share} итога: компания становится критически зависимой от него.",
      groupWarning: "Группа {client} даёт {share} итога ({dependency}).",
      noDatesWarning: "Нет дат: XYZ, давность, RFM-сегменты и статус потерянных клиентов не рассчитаны.",
      fewPeriodsWarning: "В окне меньше 2 периодов: XYZ не рассчитан.",
      noRowsWarning: "Ни одна строка не попала в окно анализа.",
      noPositiveWarning: "Ни у одного клиента нет положительного итога: все клиенты C с долей 0.",
      groups: "Группы и холдинги",
      managers: "Нагрузка менеджеров",
      keyClients: "Ключевых клиентов",
      keyShare: "Доля ключевых клиентов",
      overloaded: "Больше {n} ключевых клиентов",
      statusCounts: "Клиенты по статусу",
      cells: "Клиенты по ячейкам ABC-XYZ",
      cell: "Ячейка",
      pareto: "Кривая Парето",
      clientsPercent: "Доля клиентов",
      cellsChart: "Доля ({measure}) по ячейкам ABC-XYZ",
      movement: "Изменения с прошлого запуска",
      noPrevious: "Это первый запуск: сравнивать пока не с чем.",
      fromTo: "Из \\ в",
      gone: "нет в данных",
      becameKey: "Стали ключевыми",
      stoppedKey: "Перестали быть ключевыми",
      nobody: "никто",
      run: "Параметры запуска",
      source: "Исходный диапазон",
      columns: "Использованные столбцы",
      measure: "Показатель",
      abcRule: "Правило ABC и пороги",
      xyzRule: "Режим XYZ и пороги",
      period: "Период",
      window: "Окно анализа",
      lostAfter: "Потерян после (дней без покупок)",
      dependencyThresholds: "Доли: ключевой / критическая / моноклиент",
      runAt: "Время запуска",
      fromData: "по данным",
    },

    /** Labels of setting values shown in "What was run". */
    settingValues: {
      crossing: "пересекающий клиент в A",
      classic: "классическое накопление",
      cv: "коэффициент вариации",
      frequency: "частота покупок",
      month: "месяц",
      quarter: "квартал",
      week: "неделя ISO",
    },
  },

  /** The dossier sheets (one per key client) and the KAM Dossiers index. */
  dossier: {
    /** Section headings of a dossier. */
    sections: {
      figures: "1. Показатели (рассчитываются заново при каждом запуске)",
      general: "2. Общая информация",
      environment: "3. Окружение клиента",
      ourView: "4. Взгляд с нашей стороны",
      decisionGroup: "5. Группа принятия решений",
      history: "6. История отношений",
      competitors: "7. Профиль конкурентов",
      contacts: "8. Контакты",
      position: "9. Позиция и удовлетворённость",
      review: "10. Пересмотр досье",
    },

    /** The top of a dossier sheet. */
    sheet: {
      title: "Досье клиента: {client}",
      hint: "Жёлтые ячейки заполняете вы. Раздел 1 пересчитывается при каждом запуске анализа, всё остальное сохраняется. Чтобы добавить строку в таблицу, вставьте строку внутри неё.",
      noLongerKey: "Больше не ключевой",
      notInData: "Нет в текущих данных",
    },

    /** Labels of the computed Figures section that the result sheets (above) do not already have. */
    figureLabels: {
      rfm: "Баллы RFM (R-F-M)",
      salesByPeriod: "Продажи по периодам",
    },

    /** Field labels of the free-text sections 2-4, in sheet order: section 2. */
    generalFields: {
      description: "Описание компании",
      companyHistory: "История компании",
      employees: "Численность сотрудников",
      structure: "Структура (подразделения, филиалы, дочерние компании)",
      mission: "Миссия и позиционирование",
      trends: "Тенденции отрасли",
      culture: "Корпоративная культура",
      financials: "Известные финансовые показатели",
    },

    /** Section 3, the client's environment. */
    environmentFields: {
      itsClients: "Его клиенты",
      itsCompetitors: "Его конкуренты",
      suppliers: "Основные поставщики",
      bank: "Банк",
      auditor: "Аудитор",
      consultants: "Консультанты",
    },

    /** Section 4, the view from our side. */
    ourViewFields: {
      ourPeople: "Наши сотрудники, работавшие с клиентом",
      relationshipNow: "Отношения сейчас",
      relationshipPlanned: "Планируемые отношения",
      budget: "Оценка бюджета клиента на то, что мы продаём",
      previousSuppliers: "Прежние поставщики",
      decisionProcess: "Как принимаются решения",
    },

    /** Column headers of the tables (sections 5-8). */
    tableColumns: {
      personName: "Имя",
      position: "Должность",
      role: "Роль",
      attitude: "Отношение к нам",
      influence: "Влияние (1-5)",
      lastContact: "Последний контакт",
      date: "Дата",
      offered: "Что предлагали",
      participants: "Кто участвовал",
      outcome: "Итог",
      why: "Почему (причины побед и поражений)",
      competitor: "Конкурент",
      theirOffer: "Что предлагает",
      strengths: "Сильные стороны",
      weaknesses: "Слабые стороны",
      channel: "Канал",
      nextContactDue: "Следующий контакт до",
    },

    /** Typical roles in the buying centre (Lithuanian article, section 3). */
    roles: {
      decisionMaker: "Лицо, принимающее решение",
      gatekeeper: "Привратник",
      technical: "Технический специалист",
      economic: "Экономический специалист",
      user: "Пользователь",
      sponsor: "Спонсор",
      opponent: "Оппонент",
      advisor: "Советник",
      informant: "Информатор",
    },

    attitudes: {
      supporter: "Сторонник",
      neutral: "Нейтрален",
      opponent: "Противник",
    },

    historyOutcomes: {
      won: "Выиграли",
      lost: "Проиграли",
      pending: "Ожидает решения",
    },

    channels: {
      meeting: "Встреча",
      phone: "Телефонный звонок",
      video: "Видеозвонок",
      email: "Электронная почта",
      message: "Сообщение в мессенджере",
      event: "Мероприятие или выставка",
    },

    /** Contact outcomes; the order matters: the third is the negative one that earns the 2-week pause. */
    contactOutcomes: {
      positive: "Положительный",
      neutral: "Нейтральный",
      negative: "Отрицательный",
    },

    /** The four rungs of the customer perception ladder (Persian article), lowest first. */
    ladder: {
      ordinary: "1 Обычный поставщик",
      preferred: "2 Предпочтительный поставщик",
      partner: "3 Деловой партнёр",
      trusted: "4 Доверенный деловой партнёр",
    },

    /** The 5-point satisfaction scale of the Chinese article, best first. */
    satisfaction: {
      verySatisfied: "5 Полностью удовлетворён",
      satisfied: "4 В целом удовлетворён",
      noOpinion: "3 Нет мнения",
      somewhatDissatisfied: "2 Скорее не удовлетворён",
      veryDissatisfied: "1 Совсем не удовлетворён",
    },

    /** Labels of sections 9 and 10 and the rule notes under the tables. */
    followUp: {
      ladder: "Где нас видит клиент (лестница восприятия)",
      satisfaction: "Удовлетворённость (5-балльная шкала)",
      complaints: "Жалобы",
      lastReviewed: "Последний пересмотр (дата)",
      nextReview: "Следующий пересмотр",
      reviewRule: "Пересматривать не реже раза в 3 месяца (до первого пересмотра — от даты создания досье); красным, если просрочено.",
      contactRule: "Следующий контакт: через 10 дней после положительного или нейтрального, через 14 дней после отрицательного (пауза в личном общении).",
    },

    /** Error alerts of the data validations. */
    validation: {
      listTitle: "Выберите из списка",
      listMessage: "Выберите одно из значений в раскрывающемся списке.",
      influenceMessage: "Введите целое число от 1 до 5.",
      dateTitle: "Дата",
      dateMessage: "Введите дату.",
    },

    /** The "KAM Dossiers" index sheet. */
    index: {
      sheetName: "KAM Досье",
      dossier: "Досье",
    },
  },
};
