/**
 * Lithuanian: every text of KAM for Excel in one file. The same keys in the same order as en.ts,
 * which defines the shape and says what each group is; keep every {placeholder} as it is. Domain
 * words follow the Lithuanian article of docs/sources.md (the dossier's sections, the decision
 * group, the contact rhythm): "Sprendimų grupė", "Vaizdas iš ... pusės".
 */
import type { Dictionary } from "./en";

export const lt: Dictionary = {
  /** This language's own name, shown in the language picker whatever the pane's language is. */
  languageName: "Lietuvių",
  /** BCP 47 locale for numbers and dates in the pane. */
  locale: "lt-LT",

  /** The task pane and the playground. */
  ui: {
    appTitle: "KAM programai Excel",
    tagline: "Raskite pagrindinius klientus pagal savo pardavimus: ABC, XYZ, RFM ir prarasti klientai.",
    language: "Kalba",
    classify: "Klasifikuoti klientus",
    classifyHint: "Pažymėkite pardavimų duomenis (arba palikite „Automatiškai“) ir spustelėkite mygtuką. Rezultatai įrašomi į naujus lapus; jūsų duomenys nekeičiami.",

    // Source
    source: "Šaltinis",
    sourceAuto: "Automatiškai",
    sourceSelection: "Pažymėta sritis",
    sourceTable: "Lentelė",
    tablePlaceholder: "Pasirinkite lentelę",
    noTables: "Šioje darbaknygėje nėra lentelių.",
    checkSource: "Patikrinti duomenis",
    detectedTransactions: "Srityje {address} rastas pardavimų sąrašas: eilučių – {rows}.",
    detectedWide: "Srityje {address} rasta lentelė su atskiru stulpeliu kiekvienam laikotarpiui: klientų – {rows}, laikotarpių – {periods}.",

    // Column mapping
    columns: "Stulpeliai",
    columnsHint: "Atpažinti pagal antraštes. Jei stulpelis atpažintas klaidingai, pasirinkite kitą.",
    columnNotUsed: "(nenaudojamas)",
    resetColumns: "Grąžinti atpažintus stulpelius",
    roleClient: "Klientas",
    roleDate: "Data",
    roleAmount: "Suma",
    roleProfit: "Pelnas",
    roleManager: "Vadybininkas",
    roleGroup: "Grupė (holdingas)",
    roleOrder: "Užsakymas",
    roleCurrency: "Valiuta",
    roleKeyType: "Pagrindinio kliento tipas",

    // Settings
    settings: "Nustatymai",
    settingsHint: "Išsaugomi šioje darbaknygėje, todėl visi, kas ją atidaro, gauna tą pačią analizę.",
    measure: "Rodiklis",
    measureRevenue: "Pajamos",
    measureProfit: "Pelnas",
    abcRule: "ABC taisyklė",
    abcRuleCrossing: "Klientas, peržengiantis ribą, priskiriamas A",
    abcRuleClassic: "Klasikinė sukaupta dalis",
    thresholdA: "A iki (% visos sumos)",
    thresholdB: "B iki (% visos sumos)",
    xyzMode: "XYZ metodas",
    xyzCv: "Pardavimų variacijos koeficientas",
    xyzFrequency: "Pirkimų dažnumas",
    thresholdX: "X iki (CV, %)",
    thresholdY: "Y iki (CV, %)",
    coverageX: "X nuo (% laikotarpių su pirkimais)",
    coverageY: "Y nuo (% laikotarpių su pirkimais)",
    period: "Laikotarpis",
    periodMonth: "Mėnuo",
    periodQuarter: "Ketvirtis",
    periodWeek: "Savaitė",
    asOf: "Analizės data",
    asOfHint: "Tuščia – naujausia data duomenyse.",
    lostAfter: "Prarastas po (dienų be pirkimo)",
    skipBadRows: "Praleisti klaidingas eilutes ir jas išvardyti",
    saveSettings: "Išsaugoti darbaknygėje",
    settingsSaved: "Nustatymai išsaugoti darbaknygėje.",
    restoreDefaults: "Atkurti numatytuosius",
    settingNotANumber: "Įveskite skaičių.",
    settingMustBeBelow: "Turi būti mažiau nei „{other}“.",
    settingPercent: "Įveskite procentą, didesnį nei 0 ir mažesnį nei 100.",
    settingPositive: "Įveskite skaičių, didesnį nei 0.",
    settingWholeDays: "Įveskite sveiką dienų skaičių, ne mažiau kaip 1.",
    settingInvalid: "Šios reikšmės naudoti negalima.",
    settingsNotLoaded: "Nepavyko nuskaityti šioje knygoje išsaugotų nustatymų, todėl kol kas niekas nevykdoma (komandos nustatymai nepakeičiami). Baikite redaguoti langelį ir bandykite dar kartą.",
    tryAgain: "Bandyti dar kartą",
    settingsNeedFixing: "Pirmiausia pataisykite raudonai pažymėtus nustatymus.",
    settingsReplaced: "Šioje knygoje išsaugotuose nustatymuose yra reikšmių, kurių negalima naudoti: {fields}. Rodomos numatytosios reikšmės; patikrinkite ir išsaugokite.",
    settingNoField: "„{field}“ negalima naudoti: {message}. Atkurkite numatytąsias reikšmes arba nustatykite iš naujo.",

    // Progress
    progressStarting: "Skaitomi duomenys…",
    progressReading: "Skaitomos eilutės: {n} iš {total}",
    progressAnalysing: "Analizuojami klientai…",
    progressWriting: "Rašomi lapai…",
    progressLabel: "Eiga",

    // Errors
    errorTitle: "Nepavyko suklasifikuoti klientų",
    errorUnexpected: "Kažkas nepavyko: {message}",
    errorBadRows: "Eilučių su klaidomis: {n}. Niekas neįrašyta. Ištaisykite jas arba nustatymuose įjunkite „Praleisti klaidingas eilutes“.",
    rowProblem: "{row} eilutė: {reason}",
    moreProblems: "…ir dar {n}.",
    problemEmptyClient: "nenurodytas klientas",
    problemClientErrorValue: "kliento langelyje yra klaidos reikšmė: {value}",
    problemEmptyAmount: "nenurodyta suma",
    problemAmountNotNumber: "suma nėra skaičius: {value}",
    problemProfitNotNumber: "pelnas nėra skaičius: {value}",
    problemBadDate: "data neatpažinta: {value}",
    problemOtherCurrency: "kita valiuta: {value}",
    errorMissingColumns: "Nerasta antraščių eilutė su kliento ir sumos stulpeliais. Pasirinkite stulpelius skiltyje „Šaltinis“ arba pažymėkite duomenis kartu su antraščių eilute.",
    errorNoProfitColumn: "Pasirinktas rodiklis – pelnas, bet pelno stulpelio nėra. Pasirinkite jį skiltyje „Šaltinis“ arba naudokite pajamas.",
    errorSourceNotFound: "Pasirinktos lentelės ar srities darbaknygėje nebėra. Pasirinkite šaltinį iš naujo.",
    errorEmptySource: "Šaltinis tuščias.",
    errorSeveralCurrencies: "Duomenyse yra daugiau nei viena valiuta. Pirmiausia perskaičiuokite sumas į vieną valiutą.",
    errorBadSettings: "Analizės nustatymų naudoti negalima: {message}. Pataisykite juos skiltyje „Nustatymai“.",
    errorEmptyWindow: "Į analizės laikotarpį nepatenka nė vienas pardavimas ({message}). Patikrinkite analizės datą skiltyje „Nustatymai“.",
    errorCellsInTheWay: "Jūsų langeliai {where} yra ten, kur rašomi nauji rezultatai. Perkelkite juos toliau nuo rezultatų arba ištrinkite ir paleiskite dar kartą; niekas neįrašyta.",
    errorRunInProgress: "Kita analizė dar rašo į šią knygą ({message}). Palaukite, kol ji baigsis, ir paleiskite dar kartą.",
    errorDoubtfulColumns: "Vienas stulpelis atrodo neteisingas, todėl niekas neįrašyta:",
    doubtYears: "sumos stulpelyje „{header}“ {share} eilučių yra sveikieji skaičiai nuo 1990 iki 2100, panašūs į metus (pvz., {example})",
    doubtDayNumbers: "sumos stulpelyje „{header}“ {share} eilučių yra sveikieji skaičiai, panašūs į datas dienų numeriais (pvz., {example})",
    doubtNotNames: "kliento stulpelyje „{header}“ {share} klientų yra datos arba trupmeniniai skaičiai (pvz., {example}), o ne pavadinimai ar kodai",
    doubtOutside: "datos stulpelyje „{header}“ {share} datų yra už 1990–2100 ribų (pvz., {example})",
    trustColumns: "Stulpeliai teisingi: vis tiek vykdyti",
    doubtHint: "Pasirinkite tinkamą stulpelį skiltyje „Stulpeliai“ arba patvirtinkite, kad stulpeliai teisingi.",
    errorNoData: "Nėra analizei tinkamų duomenų eilučių.",
    goTo: "Eiti",
    goToRow: "Eiti į {row} eilutę",
    skippedRows: "Praleista eilučių: {n}",

    // Results
    results: "Rezultatai",
    resultsSummary: "Klientų: {clients}, iš viso {total}, {asOf} dienai.",
    resultsSummaryUndated: "Klientų: {clients}, iš viso {total}.",
    matrix: "ABC-XYZ matrica (klientų skaičius)",
    matrixCell: "{cell}: klientų – {n}",
    abcOnly: "ABC klasės (XYZ reikia bent dviejų laikotarpių datų)",
    keyClients: "Pagrindiniai klientai",
    noKeyClients: "Nė vienas klientas nesiekia {share} visos sumos.",
    shareOfTotal: "{share} visos sumos",
    dependencyMono: "Monoklientas",
    dependencyCritical: "Kritinė priklausomybė",
    dependencyKey: "Pagrindinis",
    warnings: "Įspėjimai",
    warningMono: "{client} atneša {share} visos sumos: verslas priklauso nuo vieno kliento. Jau dabar pradėkite ieškoti kitų klientų.",
    warningOverloaded: "Vadybininkas {manager} aptarnauja pagrindinių klientų: {n} (daugiau nei {max}).",
    warningNoDates: "Duomenyse nėra datų: XYZ, senumas, RFM segmentai ir prarasti klientai neskaičiuojami.",
    warningFewPeriods: "Duomenys apima mažiau nei du laikotarpius, todėl XYZ neskaičiuojamas.",
    warningNoRows: "Nė viena eilutė nepatenka į analizės laikotarpį.",
    warningNoPositive: "Nė vieno kliento suma nėra teigiama, todėl visi klientai priskiriami C.",
    statuses: "Klientų būsena",
    statusActive: "Aktyvūs",
    statusAtRisk: "Rizikos grupėje",
    statusLost: "Prarasti",
    sheetsWritten: "Įrašyti lapai",
    cellsMoved: "Jūsų langeliai lape {sheet} nuo {row} eilutės pastumti žemyn per {n} eil., kad tilptų rezultatai.",
    keptAway: "Klientų, kurių nėra dabartiniuose duomenyse ({n}), įrašai išsaugoti lape {sheet}.",
    openSheet: "Atidaryti lapą {sheet}",

    // Dossiers
    dossiers: "Dosjė",
    dossiersHint: "Po lapą kiekvienam klientui pagrindinių klientų vadybininkui: bendra informacija, mūsų požiūris, istorija, sprendimų priėmimo grupė, konkurentai.",
    createAllDossiers: "Sukurti dosjė visiems pagrindiniams klientams",
    pickClients: "Klientai, kuriems kurti dosjė",
    pickClientsPlaceholder: "Įveskite kliento pavadinimą",
    createPickedDossiers: "Sukurti dosjė pasirinktiems klientams ({n})",
    dossiersCreated: "Sukurta dosjė: {created}; atnaujinta: {refreshed}.",
    dossiersLocked: "Apsaugoti slaptažodžiu, neatnaujinti: {sheets}.",
    sourceRange: "Sritis {address}",
    columnsSuggested: "Pagal turinį šie stulpeliai atrodo kaip {list}. Patikrinkite juos, tada naudokite arba pasirinkite kitus.",
    useSuggestedColumns: "Naudoti šiuos stulpelius",
    detectedNothing: "Srityje {address} neatpažinta antraščių eilutė su kliento ir sumos stulpeliais. Pasirinkite stulpelius žemiau.",
    dossiersNeedResults: "Pirmiausia suklasifikuokite klientus: dosjė kuriami rastiems pagrindiniams klientams.",

    // Agenda
    agenda: "Darbotvarkė",
    agendaHint: "Pavėluotos dosjė peržiūros (kas 3 mėnesius) ir kontaktai (kas 10 dienų) pagal dosjė lapus.",
    refreshAgenda: "Tikrinti darbotvarkę",
    agendaEmpty: "Vėluojančių darbų nėra.",
    agendaReview: "Dosjė peržiūra vėluoja {days} d.",
    agendaContact: "Kontaktas vėluoja {days} d.",
    agendaDue: "terminas {date}",
    notInExcel: "Šis puslapis yra papildinio užduočių sritis ir veikia Excel programoje. Norėdami išbandyti be Excel, atidarykite bandomąją aplinką.",
    openPlayground: "Atidaryti bandomąją aplinką",

    // Playground
    playgroundTitle: "KAM programai Excel: bandomoji aplinka",
    playgroundNote: "Pavyzdinė darbaknygė veikia šiame puslapyje be Excel; duomenys neišeina iš naršyklės. Excel programoje ta pati užduočių sritis dirba su jūsų darbaknyge.",
    preview: "Darbaknygės peržiūra",
    sheets: "Lapai",
    openFile: "Atidaryti failą (.xlsx, .csv)",
    reloadSample: "Iš naujo įkelti pavyzdį",
    loadingWorkbook: "Įkeliama darbaknygė…",
    rowsShown: "Eilutės {first}–{last} iš {total}",
    formulaNotCalculated: "Formulė: Excel ją apskaičiuoja, o bandomoji aplinka rodo ją taip, kaip parašyta.",
    emptySheet: "Šis lapas tuščias.",
    pasteRange: "Įklijuoti langelius",
    downloadWorkbook: "Atsisiųsti darbaknygę (.xlsx)",
    dropHint: "Nutempkite .xlsx arba .csv failą į puslapį arba spustelėkite čia ir įklijuokite langelius, nukopijuotus iš Excel ar Google Sheets (Ctrl+V).",
    dropHere: "Paleiskite failą, kad jis būtų atidarytas",
    openedFile: "Atidarytas {file}.",
    openedPaste: "Įklijuoti langeliai atidaryti kaip lapas {sheet}.",
    fileNotOpened: "{file} neatidarytas: {message}",
    pasteNotOpened: "Įklijuoti langeliai neatidaryti: {message}",
    clipboardUnavailable: "Naršyklė neleido puslapiui skaityti iškarpinės: spustelėkite laukelį žemiau ir paspauskite Ctrl+V (⌘V „Mac“ kompiuteryje).",
    nameBox: "Pavadinimo laukas",
    formulaBar: "Formulės juosta",
    undoEdit: "Anuliuoti",
    cellEditor: "Langelio {address} redagavimas",
    editFailed: "Langelis nepakeistas: {message}",
    cellProtected: "Langelis arba diagrama, kurį bandote keisti, yra apsaugotame lape. Norėdami atlikti keitimą, panaikinkite lapo apsaugą. Gali reikėti įvesti slaptažodį.",
    gridHint: "Spustelėkite langelį arba pažymėkite diapazoną tempdami. Rašykite, kad užpildytumėte langelį: Enter ir Tab pereina toliau, Esc atšaukia, Delete išvalo, Ctrl+Z anuliuoja.",
  },

  /** The result sheets: KAM Clients, KAM Matrix, KAM Summary, KAM Win-back. */
  sheets: {
    /** Names of the result sheets. */
    sheetNames: {
      clients: "KAM Klientai",
      matrix: "KAM Matrica",
      summary: "KAM Suvestinė",
      winback: "KAM Susigrąžinimas",
      kept: "KAM Išsaugota",
      aliases: "KAM Sinonimai",
      trends: "KAM Tendencijos",
    },

    /** Column headers of KAM Clients and KAM Win-back. */
    columns: {
      rank: "Vieta",
      client: "Klientas",
      revenue: "Pajamos",
      profit: "Pelnas",
      share: "Dalis",
      cumulativeShare: "Sukaupta dalis",
      abc: "ABC",
      xyz: "XYZ",
      abcxyz: "ABC-XYZ",
      cv: "Variacijos koef.",
      coverage: "Laikotarpiai su pirkimais",
      dependency: "Priklausomybė",
      keyType: "Pagrindinio kliento tipas",
      status: "Būsena",
      segment: "RFM segmentas",
      r: "R",
      f: "F",
      m: "M",
      recencyDays: "Dienos nuo paskutinio pirkimo",
      lastPurchase: "Paskutinis pirkimas",
      frequency: "Pirkimai",
      manager: "Vadybininkas",
      group: "Grupė / holdingas",
      change: "Pokytis nuo ankstesnio paleidimo",
      notes: "Pastabos",
      plannedOffer: "Planuojamas pasiūlymas",
      keptSince: "Išsaugota nuo",
      aliasName: "Pavadinimas duomenyse",
      countsAs: "Laikyti kaip",
      duplicateOf: "Galimas dublikatas",
      keyTypeComputed: "Pagrindinio kliento tipas (apskaičiuotas)",
      margin: "Marža",
      statusWhy: "Kodėl šis statusas",
    },

    /** Dependency levels (the Dependency column). */
    dependencies: {
      mono: "monoklientas",
      critical: "kritinė",
      key: "pagrindinis",
      none: "nėra",
    },

    /** Client statuses (the Status column). */
    statuses: {
      active: "aktyvus",
      "at-risk": "rizikingas",
      lost: "prarastas",
    },

    /** RFM segments (the RFM segment column). */
    segments: {
      hibernating: "užmigę",
      "at-risk": "rizikos zonoje",
      "cannot-lose": "negalima prarasti",
      "about-to-sleep": "užmiegantys",
      "need-attention": "reikia dėmesio",
      loyal: "lojalūs",
      promising: "perspektyvūs",
      new: "nauji",
      "potential-loyalist": "galimai lojalūs",
      champions: "čempionai",
    },
    /** The "Change" column: a client new since the last run. */
    newClient: "naujas",
    /** KAM Kept input: what the sheet is, beside its table. */
    keptNote: "Klientai, kurių nėra dabartiniuose duomenyse, ir tai, ką apie juos įrašėte. Įrašai grįš į KAM Klientai ir KAM Susigrąžinimas, kai klientas vėl bus duomenyse. Ištrinkite eilutę, jei jos nebereikia.",
    /** KAM Aliases: what the sheet is for, beside its table. */
    aliasesNote: "Pavadinimai, kurie duomenyse užrašyti keliais būdais. Į „Laikyti kaip“ įrašykite klientą, kuriam priklauso pavadinimas: kitas paleidimas jo pardavimus priskirs tam klientui (ir tai praneš). Palikite tuščią, kad jų nesujungtų; ištrinkite eilutę, kad ją pamirštų.",

    /** The legend on KAM Clients; {a}, {b}, {mono}, {critical}, {key} are percentages. */
    legend: {
      title: "Legenda",
      A: "A: didžiausi klientai, sudarantys pirmuosius {a} sumos",
      B: "B: vidutiniai klientai, iki {b}",
      C: "C: smulkūs klientai, likusieji",
      X: "X: perka stabiliai (maža variacija)",
      Y: "Y: perka reguliariai, su svyravimais",
      Z: "Z: perka nereguliariai",
      mono: "monoklientas: daugiau nei {mono} sumos",
      critical: "kritinė: daugiau nei {critical}",
      key: "pagrindinis: {key} ar daugiau",
      lost: "prarastas: nepirko ilgiau nei nustatytą dienų skaičių",
      atRisk: "rizikingas: tyli ilgiau nei du įprastus tarpus",
      input: "Geltoni stulpeliai jūsų: ką juose įrašote, išlieka po kiekvieno paleidimo",
    },

    why: {
      lost: "prarastas: {days} d. nuo paskutinio pirkimo, daugiau nei nustatytos {limit} d.",
      atRisk: "rizikingas: {days} d. nuo paskutinio pirkimo, daugiau nei du įprasti tarpai",
      atRiskGap: "rizikingas: {days} d. nuo paskutinio pirkimo, įprastas tarpas {gap}",
      active: "aktyvus: {days} d. nuo paskutinio pirkimo, neviršija dviejų įprastų tarpų",
      activeGap: "aktyvus: {days} d. nuo paskutinio pirkimo, įprastas tarpas {gap}",
      segmentNote: "RFM segmentas lygina jį su kitais klientais",
    },

    /** A short recommended strategy per ABC-XYZ cell. */
    strategies: {
      AX: "Branduolys: išlaikyti bet kokia kaina; asmeninis vadybininkas, ilgalaikės sutartys, prioritetinis aptarnavimas.",
      AY: "Dideli, bet netolygūs: planuoti tiekimą kartu, derinti grafikus, laikyti atsargų.",
      AZ: "Dideli ir chaotiški: išsiaiškinti priežastis; prognozė kiekvienam užsakymui, asmeninis dėmesys.",
      BX: "Stabilus vidurys: didinti savo dalį jų biudžete; kryžminiai pardavimai, lojalumo sąlygos.",
      BY: "Vidurys, netolygūs: standartinės sąlygos, reguliarus kontaktas, skatinti reguliarius užsakymus.",
      BZ: "Vidurys, chaotiški: dirbti pagal užsakymą; patikrinti neišnaudotą potencialą.",
      CX: "Maži, bet stabilūs: automatizuoti aptarnavimą, siūlyti daugiau.",
      CY: "Maži, netolygūs: standartinis aptarnavimas mažomis sąnaudomis.",
      CZ: "Maži ir chaotiški: minimalios pastangos; išankstinis mokėjimas arba peržiūrėti bendradarbiavimą.",
    },

    /** The KAM Matrix sheet. */
    /** KAM Trends: the quarters, their columns, the migration table and the chart. */
    trends: {
      title: "Kiekvienas ketvirtis per paskutinius dvylika mėnesių: kas pagrindinis, kokia koncentracija, kas prarasti ir kas laimėti",
      quarter: "Ketvirtis",
      keyShare: "Pagrindinių klientų dalis",
      topClient: "Didžiausias klientas",
      top5: "Top 5",
      keyClients: "Pagrindiniai klientai",
      clients: "Klientai",
      herfindahl: "HHI",
      lost: "Prarasti",
      newlyLost: "Naujai prarasti",
      atRisk: "Rizikoje",
      won: "Laimėti",
      windowFrom: "Laikotarpis nuo",
      windowTo: "Laikotarpis iki",
      migration: "ABC klasės: priešpaskutinis ketvirtis → dabar",
      fromTo: "Iš \\ į",
      gone: "išėjo",
      chartTitle: "Koncentracija laike",
    },
    matrix: {
      title: "ABC-XYZ matrica",
      clients: "Klientų",
      shareOf: "Dalis: {measure}",
      strategy: "Rekomenduojama strategija",
      total: "Iš viso",
      noXyz: "XYZ neapskaičiuotas (mažiau nei 2 laikotarpiai arba nėra datų): matrica rodo tik ABC.",
    },

    /** The KAM Summary sheet. */
    summary: {
      title: "Pagrindinių klientų analizė: suvestinė",
      totals: "Sumos",
      total: "Iš viso: {measure}",
      clientCount: "Klientų",
      keyClientCount: "Pagrindinių klientų ({key} ar daugiau)",
      periodCount: "Laikotarpių",
      asOf: "Datai",
      rowsRead: "Perskaityta eilučių",
      rowsSkipped: "Praleista eilučių (klaidos)",
      concentration: "Koncentracija",
      topClientShare: "Didžiausio kliento dalis",
      top5Share: "5 didžiausių klientų dalis",
      clientsFor80: "Klientų, sudarančių 80% sumos",
      herfindahl: "Herfindahlio indeksas",
      warnings: "Įspėjimai",
      noWarnings: "Įspėjimų dėl priklausomybės nėra.",
      monoWarning: "{client} sudaro {share} sumos: monoklientas. Nedelsdami pritraukite kitų klientų.",
      criticalWarning: "{client} sudaro {share} sumos: įmonė tampa kritiškai priklausoma nuo jo.",
      groupWarning: "Grupė {client} sudaro {share} sumos ({dependency}).",
      noDatesWarning: "Nėra datų: XYZ, senumas, RFM segmentai ir prarastų klientų būsena neapskaičiuoti.",
      fewPeriodsWarning: "Lange mažiau nei 2 laikotarpiai: XYZ neapskaičiuotas.",
      noRowsWarning: "Nė viena eilutė nepateko į analizės langą.",
      noPositiveWarning: "Nė vieno kliento suma nėra teigiama: visi klientai C su dalimi 0.",
      groups: "Grupės ir holdingai",
      managers: "Vadybininkų krūvis",
      keyClients: "Pagrindinių klientų",
      keyShare: "Pagrindinių klientų dalis",
      overloaded: "Daugiau nei {n} pagrindiniai klientai",
      statusCounts: "Klientai pagal būseną",
      cells: "Klientai pagal ABC-XYZ langelius",
      cell: "Langelis",
      pareto: "Pareto kreivė",
      clientsPercent: "Klientų dalis",
      cellsChart: "Dalis ({measure}) pagal ABC-XYZ langelius",
      movement: "Pokyčiai nuo ankstesnio paleidimo",
      noPrevious: "Tai pirmas paleidimas: kol kas nėra su kuo lyginti.",
      fromTo: "Iš \\ į",
      gone: "nėra duomenyse",
      becameKey: "Tapo pagrindiniais",
      stoppedKey: "Nebėra pagrindiniai",
      nobody: "niekas",
      run: "Kas buvo paleista",
      source: "Šaltinio diapazonas",
      columns: "Naudoti stulpeliai",
      measure: "Rodiklis",
      abcRule: "ABC taisyklė ir ribos",
      xyzRule: "XYZ režimas ir ribos",
      period: "Laikotarpis",
      window: "Analizės langas",
      lostAfter: "Prarastas po (dienų be pirkimų)",
      dependencyThresholds: "Dalys: pagrindinis / kritinė / monoklientas",
      runAt: "Paleista",
      fromData: "pagal duomenis",
    },

    /** Labels of setting values shown in "What was run". */
    settingValues: {
      crossing: "ribą kertantis klientas A grupėje",
      classic: "klasikinė sukaupta dalis",
      cv: "variacijos koeficientas",
      frequency: "pirkimų dažnis",
      month: "mėnuo",
      quarter: "ketvirtis",
      week: "ISO savaitė",
    },
  },

  /** The dossier sheets (one per key client) and the KAM Dossiers index. */
  dossier: {
    /** Section headings of a dossier. */
    sections: {
      figures: "1. Rodikliai (apskaičiuojami iš naujo kiekvieną kartą)",
      general: "2. Bendra informacija",
      environment: "3. Kliento aplinka",
      ourView: "4. Vaizdas iš mūsų pusės",
      decisionGroup: "5. Sprendimų grupė",
      history: "6. Santykių istorija",
      competitors: "7. Konkurentų profilis",
      contacts: "8. Kontaktai",
      position: "9. Padėtis ir pasitenkinimas",
      review: "10. Peržiūra",
    },

    /** The top of a dossier sheet. */
    sheet: {
      title: "Kliento dokumentacija: {client}",
      hint: "Geltonus langelius pildote jūs. 1 skyrius perrašomas per kiekvieną analizę, visa kita išsaugoma. Norėdami pridėti eilutę į lentelę, įterpkite eilutę jos viduje.",
      noLongerKey: "Nebe pagrindinis",
      notInData: "Nėra dabartiniuose duomenyse",
    },

    /** Labels of the computed Figures section that the result sheets (above) do not already have. */
    figureLabels: {
      rfm: "RFM balai (R-F-M)",
      salesByPeriod: "Pardavimai pagal laikotarpius",
    },

    /** Field labels of the free-text sections 2-4, in sheet order: section 2. */
    generalFields: {
      description: "Įmonės aprašymas",
      companyHistory: "Įmonės istorija",
      employees: "Darbuotojų skaičius",
      structure: "Organizacinė struktūra (padaliniai, filialai, dukterinės įmonės)",
      mission: "Misija ir pozicionavimas",
      trends: "Pramonės plėtros tendencijos",
      culture: "Kultūrinė aplinka",
      financials: "Žinomi finansiniai rodikliai",
    },

    /** Section 3, the client's environment. */
    environmentFields: {
      itsClients: "Jo klientai",
      itsCompetitors: "Jo konkurentai",
      suppliers: "Pagrindiniai tiekėjai",
      bank: "Bankas",
      auditor: "Auditorius",
      consultants: "Konsultantai",
    },

    /** Section 4, the view from our side. */
    ourViewFields: {
      ourPeople: "Mūsų darbuotojai, dirbę su klientu",
      relationshipNow: "Santykiai dabar",
      relationshipPlanned: "Planuojami santykiai",
      budget: "Apytikslis kliento biudžetas mūsų prekėms",
      previousSuppliers: "Ankstesni tiekėjai",
      decisionProcess: "Kaip priimami sprendimai",
    },

    /** Column headers of the tables (sections 5-8). */
    tableColumns: {
      personName: "Vardas, pavardė",
      position: "Pareigos",
      role: "Vaidmuo",
      attitude: "Požiūris į mus",
      influence: "Įtaka (1-5)",
      lastContact: "Paskutinis kontaktas",
      date: "Data",
      offered: "Kas buvo pasiūlyta",
      participants: "Kas dalyvavo",
      outcome: "Rezultatas",
      why: "Kodėl (laimėjimo ar pralaimėjimo priežastys)",
      competitor: "Konkurentas",
      theirOffer: "Ką siūlo",
      strengths: "Stipriosios pusės",
      weaknesses: "Silpnosios pusės",
      channel: "Kanalas",
      nextContactDue: "Kitas kontaktas iki",
    },

    /** Typical roles in the buying centre (Lithuanian article, section 3). */
    roles: {
      decisionMaker: "Sprendimų priėmėjas",
      gatekeeper: "Vartininkas",
      technical: "Technikos specialistas",
      economic: "Ekonomikos specialistas",
      user: "Vartotojas",
      sponsor: "Rėmėjas",
      opponent: "Oponentas",
      advisor: "Patarėjas",
      informant: "Informantas",
    },

    attitudes: {
      supporter: "Šalininkas",
      neutral: "Neutralus",
      opponent: "Priešininkas",
    },

    historyOutcomes: {
      won: "Laimėta",
      lost: "Pralaimėta",
      pending: "Laukiama",
    },

    channels: {
      meeting: "Susitikimas",
      phone: "Skambutis",
      video: "Vaizdo skambutis",
      email: "El. paštas",
      message: "Žinutė",
      event: "Renginys ar paroda",
    },

    /** Contact outcomes; the order matters: the third is the negative one that earns the 2-week pause. */
    contactOutcomes: {
      positive: "Teigiamas",
      neutral: "Neutralus",
      negative: "Neigiamas",
    },

    /** The four rungs of the customer perception ladder (Persian article), lowest first. */
    ladder: {
      ordinary: "1 Paprastas tiekėjas",
      preferred: "2 Pageidaujamas tiekėjas",
      partner: "3 Verslo partneris",
      trusted: "4 Patikimas verslo partneris",
    },

    /** The 5-point satisfaction scale of the Chinese article, best first. */
    satisfaction: {
      verySatisfied: "5 Labai patenkintas",
      satisfied: "4 Patenkintas",
      noOpinion: "3 Neturi nuomonės",
      somewhatDissatisfied: "2 Šiek tiek nepatenkintas",
      veryDissatisfied: "1 Labai nepatenkintas",
    },

    /** Labels of sections 9 and 10 and the rule notes under the tables. */
    followUp: {
      ladder: "Kur klientas mus mato (suvokimo kopėčios)",
      satisfaction: "Pasitenkinimas (5 balų skalė)",
      complaints: "Skundai",
      lastReviewed: "Paskutinė peržiūra (data)",
      nextReview: "Kita peržiūra",
      reviewRule: "Peržiūrėti bent kartą per 3 mėnesius (iki pirmosios peržiūros skaičiuojama nuo dokumentacijos sukūrimo); raudona, jei vėluojama.",
      contactRule: "Kitas kontaktas: po 10 dienų po teigiamo ar neutralaus kontakto, po 14 dienų po neigiamo (pauzė asmeniniame bendravime).",
    },

    /** Error alerts of the data validations. */
    validation: {
      listTitle: "Pasirinkite iš sąrašo",
      listMessage: "Pasirinkite vieną iš išskleidžiamojo sąrašo reikšmių.",
      influenceMessage: "Įveskite sveikąjį skaičių nuo 1 iki 5.",
      dateTitle: "Data",
      dateMessage: "Įveskite datą.",
    },

    /** The "KAM Dossiers" index sheet. */
    index: {
      sheetName: "KAM Dokumentacija",
      dossier: "Dokumentacija",
    },
  },
};
