/**
 * English, the language every other file in this folder follows: this object defines the keys
 * (`Dictionary` below), and ru.ts, lt.ts, cy.ts, fa.ts and zh.ts must have exactly these keys, in
 * this order, each a non-blank string (the compiler rejects a missing or extra key; test/i18n
 * checks the order and blanks). src/i18n/dictionaries.ts turns the six files back into the
 * per-text objects the code uses (UI, COLUMN_TEXTS, DOSSIER_TEXT, ...).
 *
 * Placeholders in braces ({n}, {row}, {client}...) are filled by translate(); every language keeps
 * the same placeholders (test/i18n checks it).
 *
 * Domain words follow the five source articles (docs/sources.md), one per language: breadwinner /
 * кормилец / maitintojas / enillydd bara / نان‌آور / 主要收入型, mono-client / моноклиент /
 * monoklientas...; the dossier's sections follow the Lithuanian article ("Sprendimų grupė",
 * "Vaizdas iš ... pusės"), the perception ladder the Persian one ("نردبان ادراک مشتری"), the
 * satisfaction scale the Chinese one (高度满意 ... 极不满意), the relationship history the Welsh one
 * ("hanes y berthynas"), the decision maker the Russian one ("лицо, принимающее решение"). The
 * key types' words (breadwinner, prospective...) live with the engine, in src/engine/key-types.ts.
 *
 * The dossier's list values (roles, attitudes, outcomes, channels, ladder rungs, satisfaction) are
 * written into each dossier once, in the dossier's language, and the sheet's formulas compare
 * against those written cells, never against these strings, so a later language switch breaks
 * nothing.
 */

export const en = {
  /** This language's own name, shown in the language picker whatever the pane's language is. */
  languageName: "English",
  /** BCP 47 locale for numbers and dates in the pane. */
  locale: "en-GB",

  /** The task pane and the playground. */
  ui: {
    appTitle: "KAM for Excel",
    tagline: "Find your key clients: ABC, XYZ, RFM and lost clients from your sales.",
    language: "Language",
    classify: "Classify clients",
    classifyHint: "Select your sales data (or leave Automatic) and click the button. The results go to new sheets; your data is not changed.",

    // Source
    source: "Source",
    sourceAuto: "Automatic",
    sourceSelection: "Current selection",
    sourceTable: "Table",
    tablePlaceholder: "Choose a table",
    noTables: "This workbook has no tables.",
    checkSource: "Check the data",
    detectedTransactions: "Found a list of sales in {address}: {rows} rows.",
    detectedWide: "Found a table with one column per period in {address}: {rows} clients, {periods} periods.",

    // Column mapping
    columns: "Columns",
    columnsHint: "Recognised from the headers. Pick another column where the guess is wrong.",
    columnNotUsed: "(not used)",
    resetColumns: "Use the recognised columns",
    roleClient: "Client",
    roleDate: "Date",
    roleAmount: "Amount",
    roleProfit: "Profit",
    roleManager: "Manager",
    roleGroup: "Group (holding)",
    roleOrder: "Order",
    roleCurrency: "Currency",
    roleKeyType: "Key type",

    // Settings
    settings: "Settings",
    settingsHint: "Saved in this workbook, so everyone who opens it gets the same analysis.",
    measure: "Measure",
    measureRevenue: "Revenue",
    measureProfit: "Profit",
    abcRule: "ABC rule",
    abcRuleCrossing: "The client that crosses the threshold is in A",
    abcRuleClassic: "Classic cumulative share",
    thresholdA: "A up to (% of total)",
    thresholdB: "B up to (% of total)",
    xyzMode: "XYZ method",
    xyzCv: "Variation of sales (CV)",
    xyzFrequency: "Purchase frequency",
    thresholdX: "X up to (CV, %)",
    thresholdY: "Y up to (CV, %)",
    coverageX: "X from (% of periods with purchases)",
    coverageY: "Y from (% of periods with purchases)",
    period: "Period",
    periodMonth: "Month",
    periodQuarter: "Quarter",
    periodWeek: "Week",
    asOf: "As-of date",
    asOfHint: "Empty: the latest date in the data.",
    lostAfter: "Lost after (days without a purchase)",
    keyShare: "Key client from (%)",
    criticalShare: "Critical above (%)",
    monoShare: "Mono-client above (%)",
    maxKeyClients: "Key clients per manager",
    skipBadRows: "Skip bad rows and list them",
    neutralResets: "A neutral contact keeps the 10-day contact rhythm too",
    quietDays: "Name decision-group members not contacted for more than (days)",
    quietDaysProblem: "Enter a whole number of days, 1 or more.",
    saveSettings: "Save in the workbook",
    settingsSaved: "Settings saved in the workbook.",
    restoreDefaults: "Restore defaults",
    settingNotANumber: "Enter a number.",
    settingMustBeBelow: "Must be below “{other}”.",
    settingPercent: "Enter a percentage above 0 and below 100.",
    settingPositive: "Enter a number above 0.",
    settingWholeDays: "Enter a whole number of days, at least 1.",
    settingWhole: "Enter a whole number, 0 or more.",
    settingInvalid: "This value cannot be used.",
    settingsNotLoaded: "The settings saved in this workbook could not be read, so nothing runs yet (the team's settings are not replaced). Finish editing any cell, then try again.",
    tryAgain: "Try again",
    settingsNeedFixing: "Fix the settings marked in red first.",
    settingsReplaced: "The settings saved in this workbook had values that could not be used for: {fields}. Their defaults are shown; check them and save.",
    settingNoField: "“{field}” cannot be used: {message}. Restore the defaults, or set it again.",

    // Progress
    progressStarting: "Reading the data…",
    progressReading: "Reading rows: {n} of {total}",
    progressAnalysing: "Analysing clients…",
    progressWriting: "Writing sheets…",
    progressLabel: "Progress",

    // Errors
    errorTitle: "The clients could not be classified",
    errorUnexpected: "Something went wrong: {message}",
    errorBadRows: "Rows with problems: {n}. Nothing was written. Fix them, or turn on “Skip bad rows” in Settings.",
    rowProblem: "Row {row}: {reason}",
    moreProblems: "…and {n} more.",
    problemEmptyClient: "the client is empty",
    problemClientErrorValue: "the client cell holds an error value: {value}",
    problemEmptyAmount: "the amount is empty",
    problemAmountNotNumber: "the amount is not a number: {value}",
    problemProfitNotNumber: "the profit is not a number: {value}",
    problemBadDate: "the date is not a date: {value}",
    problemOtherCurrency: "a different currency: {value}",
    errorMissingColumns: "No header row with a client column and an amount column was found. Pick the columns under Source, or select the data together with its header row.",
    errorNoProfitColumn: "The measure is profit, but there is no profit column. Pick it under Source, or measure revenue.",
    errorSourceNotFound: "The chosen table or range is not in the workbook any more. Choose the source again.",
    errorEmptySource: "The source is empty.",
    errorSeveralCurrencies: "The data has more than one currency. Convert the amounts to one currency first.",
    errorBadSettings: "The analysis settings cannot be used: {message}. Fix them in Settings.",
    errorEmptyWindow: "No sale falls in the analysis window ({message}). Check the as-of date in Settings.",
    errorCellsInTheWay: "Your cells {where} are where this run's results go. Move them away from the results, or delete them, and run again; nothing was written.",
    errorRunInProgress: "Another Classify is still writing this workbook ({message}). Wait for it to finish and run again.",
    errorDoubtfulColumns: "A column looks wrong, so nothing was written:",
    doubtYears: "the amount column “{header}” holds whole numbers between 1990 and 2100 in {share} of the rows, like years (such as {example})",
    doubtDayNumbers: "the amount column “{header}” holds whole numbers like dates stored as day numbers in {share} of the rows (such as {example})",
    doubtNotNames: "the client column “{header}” holds dates or decimal numbers for {share} of the clients (such as {example}), not names or ids",
    doubtOutside: "in the date column “{header}”, {share} of the dates fall outside 1990–2100 (such as {example})",
    trustColumns: "The columns are right: run anyway",
    doubtHint: "Pick the right column under Columns, or confirm the columns are right.",
    errorNoData: "There are no usable data rows to analyse.",
    goTo: "Go to",
    goToRow: "Go to row {row}",
    skippedRows: "Skipped rows: {n}",

    // Results
    results: "Results",
    resultsSummary: "{clients} clients, total {total}, as of {asOf}.",
    resultsSummaryUndated: "{clients} clients, total {total}.",
    matrix: "ABC-XYZ matrix (number of clients)",
    matrixCell: "{cell}: {n} clients",
    abcOnly: "ABC classes (XYZ needs at least two periods of dates)",
    keyClients: "Key clients",
    noKeyClients: "No client reaches {share} of the total.",
    shareOfTotal: "{share} of total",
    dependencyMono: "Mono-client",
    dependencyCritical: "Critical",
    dependencyKey: "Key",
    warnings: "Warnings",
    warningMono: "{client} brings {share} of the total: the business depends on one client. Start winning other clients now.",
    warningOverloaded: "{manager} handles {n} key clients (more than {max}).",
    warningNoDates: "There are no dates: XYZ, recency, RFM segments and lost clients are not computed.",
    warningFewPeriods: "The data covers fewer than two periods, so XYZ is not computed.",
    warningNoRows: "No rows fall in the analysis window.",
    warningNoPositive: "No client has a positive total, so every client is C.",
    statuses: "Client status",
    statusActive: "Active",
    statusAtRisk: "At risk",
    statusLost: "Lost",
    sheetsWritten: "Sheets written",
    warningDuplicates: "{names} may be one client: merge them on the KAM Aliases sheet, or leave them apart.",
    warningAliases: "Counted as one client (KAM Aliases): {list}.",
    warningMostlyZ: "{share} of the clients are Z, so the ABC-XYZ matrix says little. {alternatives}",
    alternativeQuarter: "By quarter: X {x}, Y {y}, Z {z}.",
    alternativeFrequency: "By purchase frequency: X {x}, Y {y}, Z {z}.",
    switchToQuarters: "Run again by quarter",
    switchToFrequency: "Run again by purchase frequency",
    ifItLeaves: "If it leaves",
    exposureLine: "{name}: {share} of the total lost; the top client would then have {top}{rising}. About {b} median B clients to replace it.",
    exposureRising: "; {clients} would rise",
    cellsMoved: "Your cells on {sheet} from row {row} moved down {n} rows to make room for the results.",
    keptAway: "{n} clients not in the current data keep what was typed for them on {sheet}.",
    openSheet: "Open sheet {sheet}",

    // Dossiers
    dossiers: "Dossiers",
    dossiersHint: "One sheet per client for the key-account manager: general information, our view, history, decision group, competitors.",
    createAllDossiers: "Create dossiers for all key clients",
    noKeyClientsForDossiers: "No client is key in this run, so there is no dossier to create for all key clients: pick clients below.",
    pickedClients: "Picked: {list}",
    pickClients: "Clients for a dossier",
    pickClientsPlaceholder: "Type to find a client",
    createPickedDossiers: "Create dossiers for the picked clients ({n})",
    dossiersCreated: "Dossiers created: {created}; updated: {refreshed}.",
    dossiersLocked: "Protected with a password, not updated: {sheets}.",
    sourceRange: "Range {address}",
    columnsSuggested: "From what they hold, these columns look like {list}. Check them, then use them or pick others.",
    useSuggestedColumns: "Use these columns",
    detectedNothing: "No header row with a client and an amount column was recognised in {address}. Pick the columns below.",
    dossiersNeedResults: "Classify the clients first: the dossiers are made for the key clients found.",

    // Agenda
    agenda: "Agenda",
    agendaHint: "Overdue dossier reviews (every 3 months), contacts (a positive one every 10 days; after a negative one, when the 14-day pause ends) and plan actions, by manager, read from the dossier sheets.",
    refreshAgenda: "Check the agenda",
    agendaEmpty: "Nothing is overdue.",
    agendaReview: "Dossier review overdue by {days} days",
    agendaContact: "Contact overdue by {days} days",
    agendaDue: "due {date}",
    agendaAction: "Action overdue by {days} days: {action}",
    agendaNoManager: "No manager",
    dossierPrivacy: "Everyone who can open this workbook can read every dossier: Excel cannot hide a sheet from some of its readers. Dossiers meant for a manager and their superior only belong in a workbook shared with just them.",
    notInExcel: "This page is the add-in's task pane and works inside Excel. To try it without Excel, open the playground.",
    openPlayground: "Open the playground",

    // Playground
    playgroundTitle: "KAM for Excel: playground",
    playgroundNote: "A sample workbook runs inside this page without Excel; nothing leaves your browser. Inside Excel the same task pane works on your workbook.",
    preview: "Workbook preview",
    sheets: "Sheets",
    openFile: "Open a file (.xlsx, .csv)",
    reloadSample: "Reload the sample",
    loadingWorkbook: "Loading the workbook…",
    rowsShown: "Rows {first}–{last} of {total}",
    formulaNotCalculated: "A formula: Excel calculates it; the playground shows it as written.",
    emptySheet: "This sheet is empty.",
    pasteRange: "Paste cells",
    downloadWorkbook: "Download the workbook (.xlsx)",
    dropHint: "Drop an .xlsx or .csv file anywhere on the page, or click here and paste cells copied from Excel or Google Sheets (Ctrl+V).",
    dropHere: "Drop the file to open it",
    openedFile: "Opened {file}.",
    openedPaste: "Opened the pasted cells as the sheet {sheet}.",
    fileNotOpened: "{file} was not opened: {message}",
    pasteNotOpened: "The pasted cells were not opened: {message}",
    clipboardUnavailable: "The browser did not let the page read the clipboard: click the box below and press Ctrl+V (⌘V on a Mac).",
    nameBox: "Name box",
    formulaBar: "Formula bar",
    undoEdit: "Undo",
    cellEditor: "Edit cell {address}",
    editFailed: "The cell was not changed: {message}",
    cellProtected: "The cell or chart you're trying to change is on a protected sheet. To make a change, unprotect the sheet. You might be requested to enter a password.",
    gridHint: "Click a cell or drag across a range to select it. Type to fill a cell: Enter and Tab move on, Esc cancels, Delete clears, Ctrl+Z undoes.",
  },

  /** The result sheets: KAM Clients, KAM Matrix, KAM Summary, KAM Win-back. */
  sheets: {
    /** Names of the result sheets. */
    sheetNames: {
      clients: "KAM Clients",
      matrix: "KAM Matrix",
      summary: "KAM Summary",
      winback: "KAM Win-back",
      kept: "KAM Kept input",
      aliases: "KAM Aliases",
      trends: "KAM Trends",
    },

    /** Column headers of KAM Clients and KAM Win-back. */
    columns: {
      rank: "Rank",
      client: "Client",
      revenue: "Revenue",
      profit: "Profit",
      share: "Share",
      cumulativeShare: "Cumulative share",
      abc: "ABC",
      xyz: "XYZ",
      abcxyz: "ABC-XYZ",
      classPath: "Class over the last quarters",
      cv: "Variation (CV)",
      coverage: "Periods with purchases",
      dependency: "Dependency",
      keyType: "Key type",
      status: "Status",
      segment: "RFM segment",
      r: "R",
      f: "F",
      m: "M",
      recencyDays: "Days since last purchase",
      lastPurchase: "Last purchase",
      frequency: "Purchases",
      manager: "Manager",
      group: "Group / holding",
      change: "Change since last run",
      notes: "Notes",
      plannedOffer: "Planned offer",
      lossCause: "Cause of loss",
      offerType: "Offer type",
      winbackResult: "Win-back result",
      winbackDate: "Win-back date",
      keptSince: "Kept since",
      aliasName: "Name in the data",
      countsAs: "Counts as",
      duplicateOf: "Possible duplicate of",
      keyTypeComputed: "Key type (computed)",
      margin: "Margin",
      statusWhy: "Why this status",
    },

    /** Dependency levels (the Dependency column). */
    dependencies: {
      mono: "mono-client",
      critical: "critical",
      key: "key",
      none: "none",
    },

    /** Client statuses (the Status column). */
    statuses: {
      active: "active",
      "at-risk": "at risk",
      lost: "lost",
    },

    /** RFM segments (the RFM segment column). */
    segments: {
      hibernating: "hibernating",
      "at-risk": "at risk",
      "cannot-lose": "cannot lose",
      "about-to-sleep": "about to sleep",
      "need-attention": "need attention",
      loyal: "loyal",
      promising: "promising",
      new: "new",
      "potential-loyalist": "potential loyalist",
      champions: "champions",
    },
    /** The "Change" column: a client new since the last run. */
    newClient: "new",
    /** KAM Kept input: what the sheet is, beside its table. */
    keptNote: "Clients that are not in the current data, with what people typed for them. It goes back to KAM Clients and KAM Win-back when the client is in the data again. Delete a row to let it go.",
    /** KAM Aliases: what the sheet is for, beside its table. */
    aliasesNote: "Names the data spells in more than one way. Type in “Counts as” the client a name belongs to: the next run counts its sales for that client (and says so). Leave it empty to keep the names apart; delete a row to forget it.",

    /** The legend on KAM Clients; {a}, {b}, {mono}, {critical}, {key} are percentages. */
    /** The input prompt of KAM Clients' Key type cells (Excel shows at most 255 characters). */
    keyTypeHelp: {
      title: "Key type",
      message: "Breadwinner: brings a large share of revenue. Prospective: a big budget, could become one. Image-maker: a known name that lends us reputation. Expert: demanding, keeps our standards up. Any type gives the client a dossier.",
    },

    legend: {
      title: "Legend",
      A: "A: the top clients making the first {a} of the total",
      B: "B: average clients, up to {b}",
      C: "C: small clients, the rest",
      X: "X: buys steadily (low variation)",
      Y: "Y: buys regularly with swings",
      Z: "Z: buys irregularly",
      mono: "mono-client: more than {mono} of the total",
      critical: "critical: more than {critical}",
      key: "key: {key} or more",
      lost: "lost: no purchase for longer than the set number of days",
      atRisk: "at risk: silent for more than twice its usual gap",
      input: "Yellow columns are yours: what you type there is kept on every run",
    },

    /** KAM Clients' "Why this status": where the status and the RFM segment seem to disagree. */
    why: {
      lost: "lost: {days} days since the last purchase, more than the {limit} days set",
      atRisk: "at risk: {days} days since the last purchase, more than twice its usual gap",
      atRiskGap: "at risk: {days} days since the last purchase, usual gap {gap}",
      active: "active: {days} days since the last purchase, within twice its usual gap",
      activeGap: "active: {days} days since the last purchase, usual gap {gap}",
      segmentNote: "the RFM segment ranks it against the other clients",
    },

    /** A short recommended strategy per ABC-XYZ cell. */
    strategies: {
      AX: "Core clients: keep at any cost; a personal key-account manager, long-term contracts, priority service.",
      AY: "Large but uneven: plan deliveries together, agree schedules, keep safety stock.",
      AZ: "Large and erratic: find out why; forecast order by order, close personal attention.",
      BX: "Steady middle: grow your share of their budget; cross-sell, loyalty terms.",
      BY: "Middle, uneven: standard terms, regular contact, encourage regular orders.",
      BZ: "Middle, erratic: work to order; check for untapped potential.",
      CX: "Small but steady: automate service, offer upgrades.",
      CY: "Small, uneven: standard service at low cost.",
      CZ: "Small and erratic: minimal effort; prepayment, or review whether to serve.",
    },

    /** The KAM Matrix sheet. */
    /** KAM Trends: the quarters, their columns, the migration table and the chart. */
    /** KAM Win-back: the lists of its loss workflow (causes from the articles) and its note. */
    winback: {
      causes: {
        lateness: "lateness",
        conflict: "conflict",
        notKnowingClient: "not knowing the client",
        poorPreparation: "poor preparation for negotiations",
        notKnowingProduct: "not knowing our own product",
        price: "price",
        competitor: "a competitor",
        other: "other",
      },
      offers: {
        special: "special offer",
        gift: "gift",
        discount: "discount",
        other: "other",
      },
      results: {
        wonBack: "won back",
        notWonBack: "not won back",
        pending: "pending",
      },
      note: "Revenue at risk on this list: {total}. Cause of loss, offer type and result are lists; everything typed here stays with its client, also after it leaves the list.",
    },
    trends: {
      byManager: "Key clients' share by manager (their key clients' share of each quarter's total)",
      byHolding: "Holdings' share of each quarter's total (the ten largest now)",
      title: "Each quarter analysed on its trailing twelve months: who is key, how concentrated, who was lost or won",
      quarter: "Quarter",
      keyShare: "Key clients' share",
      topClient: "Top client",
      top5: "Top 5",
      keyClients: "Key clients",
      clients: "Clients",
      herfindahl: "HHI",
      lost: "Lost",
      newlyLost: "Newly lost",
      atRisk: "At risk",
      won: "Won",
      windowFrom: "Window from",
      windowTo: "Window to",
      migration: "ABC classes, last quarter but one to now",
      fromTo: "From \\ to",
      gone: "gone",
      chartTitle: "Concentration over time",
    },
    matrix: {
      title: "ABC-XYZ matrix",
      clients: "Clients",
      shareOf: "Share of {measure}",
      strategy: "Recommended strategy",
      total: "Total",
      noXyz: "XYZ is not computed (fewer than 2 periods or no dates): the matrix shows ABC only.",
    },

    /** The KAM Summary sheet. */
    summary: {
      managerShare: "Share of all revenue handled",
      title: "Key-account analysis: summary",
      totals: "Totals",
      total: "Total {measure}",
      clientCount: "Clients",
      keyClientCount: "Key clients ({key} or more)",
      periodCount: "Periods",
      asOf: "As of",
      rowsRead: "Rows read",
      rowsSkipped: "Rows skipped (bad)",
      concentration: "Concentration",
      topClientShare: "Share of the top client",
      top5Share: "Share of the top 5 clients",
      clientsFor80: "Clients making 80% of the total",
      herfindahl: "Herfindahl index",
      warnings: "Warnings",
      noWarnings: "No dependency warnings.",
      monoWarning: "{client} brings {share} of the total: a mono-client. Start winning other clients now.",
      criticalWarning: "{client} brings {share} of the total: the company is becoming critically dependent on it.",
      groupWarning: "Group {client} brings {share} of the total ({dependency}).",
      noDatesWarning: "There are no dates: XYZ, recency, RFM segments and lost-client status are not computed.",
      fewPeriodsWarning: "The window has fewer than 2 periods: XYZ is not computed.",
      noRowsWarning: "No rows fall in the analysis window.",
      noPositiveWarning: "No client has a positive total: every client is C with share 0.",
      groups: "Groups and holdings",
      managers: "Manager load",
      keyClients: "Key clients",
      keyShare: "Share of key clients",
      overloaded: "More than {n} key clients",
      statusCounts: "Clients by status",
      cells: "Clients by ABC-XYZ cell",
      cell: "Cell",
      pareto: "Pareto curve",
      clientsPercent: "Share of clients",
      cellsChart: "Share of {measure} by ABC-XYZ cell",
      movement: "Movement since the last run",
      noPrevious: "This is the first run: nothing to compare with yet.",
      fromTo: "From \\ to",
      gone: "not in the data",
      becameKey: "Became key",
      stoppedKey: "Stopped being key",
      nobody: "nobody",
      run: "What was run",
      source: "Source range",
      columns: "Columns used",
      measure: "Measure",
      abcRule: "ABC rule and thresholds",
      xyzRule: "XYZ mode and thresholds",
      period: "Period",
      window: "Analysis window",
      lostAfter: "Lost after (days without purchase)",
      dependencyThresholds: "Key / critical / mono-client shares",
      runAt: "Run at",
      fromData: "from the data",
      headline: "At a glance",
      keyClientsShare: "Key clients' share of the total",
      typicalKeyShare: "typical: {low}–{high}",
      keyShareNone: "No client reaches {key} of the total: there are no key clients by share.",
      keyShareBelow: "{share} is below the typical {low}–{high}: sales are spread over many clients.",
      keyShareWithin: "{share} is within the typical {low}–{high}: a usual balance between key and other clients.",
      keyShareAbove: "{share} is above the typical {low}–{high}: a few clients carry the business, and losing one would hurt.",
    },

    /** Labels of setting values shown in "What was run". */
    settingValues: {
      crossing: "crossing client in A",
      classic: "classic cumulative",
      cv: "coefficient of variation",
      frequency: "purchase frequency",
      month: "month",
      quarter: "quarter",
      week: "ISO week",
    },
  },

  /** The dossier sheets (one per key client) and the KAM Dossiers index. */
  dossier: {
    /** Section headings of a dossier. */
    sections: {
      reviews: "13. Perception and satisfaction reviews",
      plan: "11. Account plan",
      actions: "12. Actions",
      figures: "1. Figures (computed, rewritten on every run)",
      general: "2. General information",
      environment: "3. Environment",
      ourView: "4. View from our side",
      decisionGroup: "5. Decision group",
      history: "6. Relationship history",
      competitors: "7. Competitor profile",
      contacts: "8. Contacts",
      position: "9. Position and satisfaction",
      review: "10. Review",
    },

    /** The top of a dossier sheet. */
    sheet: {
      title: "Dossier: {client}",
      hint: "Yellow cells are yours to fill in; grey cells are computed. Section 1 and the grey cells are rewritten on every analysis run; everything else is kept. To add a row to a table, insert a row inside it.",
      noLongerKey: "No longer key",
      notInData: "Not in the current data",
    },

    /** Labels of the computed Figures section that the result sheets (above) do not already have. */
    figureLabels: {
      companies: "Companies of the holding: {list}",
      influenceByAttitude: "Influence by attitude",
      yearEarlier: "A year earlier",
      pausedUntil: "Personal contact paused until",
      urgentVia: "Urgent matters meanwhile through",
      rfm: "RFM scores (R-F-M)",
      salesByPeriod: "Sales by period",
    },

    /** Field labels of the free-text sections 2-4, in sheet order: section 2. */
    generalFields: {
      description: "Description of the company",
      companyHistory: "History",
      employees: "Number of employees",
      structure: "Structure (divisions, branches, subsidiaries)",
      mission: "Mission and positioning",
      trends: "Industry trends",
      culture: "Culture",
      financials: "Known financial figures",
    },

    /** Section 3, the client's environment. */
    environmentFields: {
      itsClients: "Its clients",
      itsCompetitors: "Its competitors",
      suppliers: "Main suppliers",
      bank: "Bank",
      auditor: "Auditor",
      consultants: "Consultants",
    },

    /** Section 4, the view from our side. */
    ourViewFields: {
      ourPeople: "Our people who worked with the client",
      relationshipNow: "Relationship now",
      relationshipPlanned: "Relationship planned",
      budget: "Client's estimated budget for what we sell",
      previousSuppliers: "Previous suppliers",
      decisionProcess: "How decisions are made",
    },

    /** Column headers of the tables (sections 5-8). */
    tableColumns: {
      withWhom: "With whom",
      topic: "Topic",
      nextStep: "Next step",
      pauseCheck: "Pause / check",
      notes: "Notes",
      lastContactLog: "Last contact (from the contacts log)",
      action: "Action",
      owner: "Owner",
      due: "Due date",
      actionStatus: "Status",
      personName: "Name",
      position: "Position",
      role: "Role",
      attitude: "Attitude to us",
      influence: "Influence (1-5)",
      date: "Date",
      offered: "What was offered",
      participants: "Who took part",
      outcome: "Outcome",
      why: "Why (reasons for winning or losing)",
      competitor: "Competitor",
      theirOffer: "What they offer",
      strengths: "Strengths",
      weaknesses: "Weaknesses",
      channel: "Channel",
      nextContactDue: "Next contact due",
    },

    /** Typical roles in the buying centre (Lithuanian article, section 3). */
    roles: {
      decisionMaker: "Decision maker",
      gatekeeper: "Gatekeeper",
      technical: "Technical specialist",
      economic: "Economic specialist",
      user: "User",
      sponsor: "Sponsor",
      opponent: "Opponent",
      advisor: "Advisor",
      informant: "Informant",
    },

    attitudes: {
      supporter: "Supporter",
      neutral: "Neutral",
      opponent: "Opponent",
    },

    historyOutcomes: {
      won: "Won",
      lost: "Lost",
      pending: "Pending",
    },

    channels: {
      meeting: "Meeting",
      phone: "Phone call",
      video: "Video call",
      email: "E-mail",
      message: "Message (chat)",
      event: "Event or exhibition",
    },

    /** Contact outcomes; the order matters: the third is the negative one that earns the 2-week pause. */
    contactOutcomes: {
      positive: "Positive",
      neutral: "Neutral",
      negative: "Negative",
    },

    /** The four rungs of the customer perception ladder (Persian article), lowest first. */
    ladder: {
      ordinary: "1 Ordinary supplier",
      preferred: "2 Preferred supplier",
      partner: "3 Business partner",
      trusted: "4 Trusted business partner",
    },

    /** The 5-point satisfaction scale of the Chinese article, best first. */
    satisfaction: {
      verySatisfied: "5 Very satisfied",
      satisfied: "4 Satisfied",
      noOpinion: "3 No opinion",
      somewhatDissatisfied: "2 Somewhat dissatisfied",
      veryDissatisfied: "1 Very dissatisfied",
    },

    /** Labels of sections 9 and 10 and the rule notes under the tables. */
    followUp: {
      reviewsNote: "One column per review, the newest to the right: the answers suggest where the client puts us (the perception ladder).",
      reviewDate: "Date of the review",
      qCriticises: "Does the client criticise our products?",
      qEnjoys: "Does it enjoy discussing business with us?",
      qAnswers: "Does it answer our calls quickly?",
      qExpects: "Does it expect the best from us?",
      qCompetitors: "Does it deal with our competitors (rather than avoid them)?",
      qHelp: "Does it expect our help for its own success?",
      suggestedRung: "Rung the answers suggest",
      insidePause: "Inside a pause",
      planNote: "Targets are yours to set; the grey figures come from the sales data on every run.",
      planYear: "Year of the targets",
      revenueTarget: "Revenue target",
      marginTarget: "Margin target (%)",
      actualRevenue: "Revenue, year to date (from the data)",
      actualMargin: "Margin, analysis window (from the data)",
      revenueVsTarget: "Revenue year to date / target",
      actionsNote: "Open actions past their due date go to the agenda and to KAM Health.",
      ladder: "Where the client puts us (perception ladder)",
      satisfaction: "Satisfaction (5-point scale)",
      complaints: "Complaints",
      lastReviewed: "Last reviewed (date)",
      nextReview: "Next review",
      reviewRule: "Review at least every 3 months (counted from the dossier's creation until the first review); red when overdue.",
      contactRule: "A positive contact at least every 10 days (a neutral one counts only when the settings say so). After a negative contact, no personal contact for 14 days: urgent matters go through the sponsor, advisor or informant.",
    },

    /** Error alerts of the data validations. */
    validation: {
      listTitle: "Choose from the list",
      listMessage: "Pick one of the values offered in the drop-down list.",
      wholeMessage: "Enter a whole number from {min} to {max}.",
      dateTitle: "Date",
      dateMessage: "Enter a date.",
    },

    /** The "KAM Dossiers" index sheet. */
    actionStatuses: {
      open: "Open",
      inProgress: "In progress",
      done: "Done",
      dropped: "Dropped",
    },

    health: {
      trajectory: "Rungs over the reviews",
      sheetName: "KAM Health",
      status: "Health",
      reasons: "Why",
      contactOverdue: "Contact overdue (days)",
      reviewOverdue: "Review overdue (days)",
      actionsOverdue: "Overdue actions",
      decisionMaker: "Decision maker named",
      supportersOpponents: "Supporters / opponents",
      peopleWithoutRole: "People without a role",
      competitors: "Competitors known",
      lastDeal: "Last deal",
      notContacted: "Not contacted for {days}+ days",
      red: "Red",
      amber: "Amber",
      green: "Green",
      yes: "yes",
      no: "no",
      reasonContact: "contact overdue by {days} days",
      reasonReview: "review overdue by {days} days",
      reasonActions: "overdue actions: {count}",
      reasonNoDecisionMaker: "no decision maker named",
      reasonOpponents: "opponents outnumber supporters",
      reasonNoRole: "people without a role: {count}",
      reasonDissatisfied: "the client is dissatisfied",
      reasonComplaints: "open complaints",
      reasonPaused: "personal contact paused until {date}",
      reasonOrdinary: "the client sees us as an ordinary supplier",
      reasonNotContacted: "not contacted for {days}+ days: {names}",
      reasonLostDeal: "the last deal was lost",
      reasonNone: "nothing to act on",
      asOf: "As of {date}. Red: act now; amber: watch; the reasons say why.",
    },

    yesNo: {
      yes: "Yes",
      no: "No",
    },

    index: {
      sheetName: "KAM Dossiers",
      dossier: "Dossier",
      lastReview: "Last review",
    },
  },
} as const;

/** Every language file's type: English's keys, nested the same way, each a string. */
export type Dictionary = Strings<typeof en>;
type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
