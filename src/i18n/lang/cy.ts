/**
 * Welsh: every text of KAM for Excel in one file. The same keys in the same order as en.ts, which
 * defines the shape and says what each group is; keep every {placeholder} as it is. Domain words
 * follow the Welsh article of docs/sources.md (key clients, kinds of key client, lost clients):
 * "hanes y berthynas".
 */
import type { Dictionary } from "./en";

export const cy: Dictionary = {
  /** This language's own name, shown in the language picker whatever the pane's language is. */
  languageName: "Cymraeg",
  /** BCP 47 locale for numbers and dates in the pane. */
  locale: "cy-GB",

  /** The task pane and the playground. */
  ui: {
    appTitle: "KAM ar gyfer Excel",
    tagline: "Dewch o hyd i'ch cleientiaid allweddol: ABC, XYZ, RFM a chleientiaid a gollwyd o'ch gwerthiannau.",
    language: "Iaith",
    classify: "Dosbarthu cleientiaid",
    classifyHint: "Dewiswch eich data gwerthu (neu gadewch Awtomatig) a chliciwch y botwm. Mae'r canlyniadau'n mynd i daflenni newydd; nid yw eich data'n newid.",

    // Source
    source: "Ffynhonnell",
    sourceAuto: "Awtomatig",
    sourceSelection: "Y dewis presennol",
    sourceTable: "Tabl",
    tablePlaceholder: "Dewiswch dabl",
    noTables: "Nid oes tablau yn y llyfr gwaith hwn.",
    checkSource: "Gwirio'r data",
    detectedTransactions: "Wedi dod o hyd i restr o werthiannau yn {address}: {rows} rhes.",
    detectedWide: "Wedi dod o hyd i dabl gydag un golofn i bob cyfnod yn {address}: {rows} cleient, {periods} cyfnod.",

    // Column mapping
    columns: "Colofnau",
    columnsHint: "Wedi'u hadnabod o'r penawdau. Dewiswch golofn arall lle mae'r dyfaliad yn anghywir.",
    columnNotUsed: "(heb ei ddefnyddio)",
    resetColumns: "Defnyddio'r colofnau a adnabuwyd",
    roleClient: "Cleient",
    roleDate: "Dyddiad",
    roleAmount: "Swm",
    roleProfit: "Elw",
    roleManager: "Rheolwr",
    roleGroup: "Grŵp (cwmni daliannol)",
    roleOrder: "Archeb",
    roleCurrency: "Arian cyfred",
    roleKeyType: "Math o gleient allweddol",

    // Settings
    settings: "Gosodiadau",
    settingsHint: "Wedi'u cadw yn y llyfr gwaith hwn, felly mae pawb sy'n ei agor yn cael yr un dadansoddiad.",
    measure: "Mesur",
    measureRevenue: "Refeniw",
    measureProfit: "Elw",
    abcRule: "Rheol ABC",
    abcRuleCrossing: "Mae'r cleient sy'n croesi'r trothwy yn A",
    abcRuleClassic: "Cyfran gronnus glasurol",
    thresholdA: "A hyd at (% o'r cyfanswm)",
    thresholdB: "B hyd at (% o'r cyfanswm)",
    xyzMode: "Dull XYZ",
    xyzCv: "Amrywiad gwerthiannau (CV)",
    xyzFrequency: "Amlder prynu",
    thresholdX: "X hyd at (CV, %)",
    thresholdY: "Y hyd at (CV, %)",
    coverageX: "X o (% o gyfnodau gyda phryniannau)",
    coverageY: "Y o (% o gyfnodau gyda phryniannau)",
    period: "Cyfnod",
    periodMonth: "Mis",
    periodQuarter: "Chwarter",
    periodWeek: "Wythnos",
    asOf: "Dyddiad y dadansoddiad",
    asOfHint: "Gwag: y dyddiad diweddaraf yn y data.",
    lostAfter: "Wedi'i golli ar ôl (diwrnodau heb bryniant)",
    skipBadRows: "Hepgor rhesi gwallus a'u rhestru",
    saveSettings: "Cadw yn y llyfr gwaith",
    settingsSaved: "Gosodiadau wedi'u cadw yn y llyfr gwaith.",
    restoreDefaults: "Adfer y rhagosodiadau",
    settingNotANumber: "Rhowch rif.",
    settingMustBeBelow: "Rhaid iddo fod yn is na “{other}”.",
    settingPercent: "Rhowch ganran uwchlaw 0 ac islaw 100.",
    settingPositive: "Rhowch rif uwchlaw 0.",
    settingWholeDays: "Rhowch nifer cyfan o ddiwrnodau, o leiaf 1.",
    settingInvalid: "Ni ellir defnyddio'r gwerth hwn.",
    settingsNotLoaded: "Ni ellid darllen y gosodiadau a gadwyd yn y llyfr gwaith hwn, felly nid oes dim yn rhedeg eto (ni chaiff gosodiadau'r tîm eu disodli). Gorffennwch olygu unrhyw gell, yna rhowch gynnig arall arni.",
    tryAgain: "Rhoi cynnig arall",
    settingsNeedFixing: "Cywirwch y gosodiadau sydd wedi'u marcio'n goch yn gyntaf.",
    settingsReplaced: "Roedd gan y gosodiadau a gadwyd yn y llyfr gwaith hwn werthoedd na ellid eu defnyddio ar gyfer: {fields}. Dangosir y rhagosodiadau; gwiriwch nhw a'u cadw.",
    settingNoField: "Ni ellir defnyddio “{field}”: {message}. Adferwch y rhagosodiadau, neu gosodwch ef eto.",

    // Progress
    progressStarting: "Darllen y data…",
    progressReading: "Darllen rhesi: {n} o {total}",
    progressAnalysing: "Dadansoddi cleientiaid…",
    progressWriting: "Ysgrifennu taflenni…",
    progressLabel: "Cynnydd",

    // Errors
    errorTitle: "Nid oedd modd dosbarthu'r cleientiaid",
    errorUnexpected: "Aeth rhywbeth o'i le: {message}",
    errorBadRows: "Rhesi â phroblemau: {n}. Ni ysgrifennwyd dim. Trwsiwch nhw, neu trowch “Hepgor rhesi gwallus” ymlaen yn y Gosodiadau.",
    rowProblem: "Rhes {row}: {reason}",
    moreProblems: "…a {n} arall.",
    problemEmptyClient: "mae'r cleient yn wag",
    problemClientErrorValue: "mae gwerth gwall yng nghell y cleient: {value}",
    problemEmptyAmount: "mae'r swm yn wag",
    problemAmountNotNumber: "nid yw'r swm yn rhif: {value}",
    problemProfitNotNumber: "nid yw'r elw yn rhif: {value}",
    problemBadDate: "nid yw'r dyddiad yn ddyddiad: {value}",
    problemOtherCurrency: "arian cyfred gwahanol: {value}",
    errorMissingColumns: "Ni chafwyd rhes benawdau gyda cholofn cleient a cholofn swm. Dewiswch y colofnau o dan Ffynhonnell, neu dewiswch y data ynghyd â'i res benawdau.",
    errorNoProfitColumn: "Elw yw'r mesur, ond nid oes colofn elw. Dewiswch hi o dan Ffynhonnell, neu mesurwch refeniw.",
    errorSourceNotFound: "Nid yw'r tabl neu'r ystod a ddewiswyd yn y llyfr gwaith mwyach. Dewiswch y ffynhonnell eto.",
    errorEmptySource: "Mae'r ffynhonnell yn wag.",
    errorSeveralCurrencies: "Mae mwy nag un arian cyfred yn y data. Troswch y symiau i un arian cyfred yn gyntaf.",
    errorBadSettings: "Ni ellir defnyddio gosodiadau'r dadansoddiad: {message}. Cywirwch nhw yn y Gosodiadau.",
    errorEmptyWindow: "Nid oes unrhyw werthiant yn ffenestr y dadansoddiad ({message}). Gwiriwch y dyddiad yn y Gosodiadau.",
    errorCellsInTheWay: "Mae eich celloedd {where} lle mae canlyniadau'r rhediad hwn yn mynd. Symudwch nhw oddi wrth y canlyniadau, neu dilëwch nhw, a rhedwch eto; ni ysgrifennwyd dim.",
    errorRunInProgress: "Mae dadansoddiad arall yn dal i ysgrifennu'r llyfr gwaith hwn ({message}). Arhoswch iddo orffen a rhedwch eto.",
    errorDoubtfulColumns: "Mae colofn yn edrych yn anghywir, felly ni ysgrifennwyd dim:",
    doubtYears: "mae colofn y swm “{header}” yn dal rhifau cyfan rhwng 1990 a 2100 mewn {share} o’r rhesi, fel blynyddoedd (er enghraifft {example})",
    doubtDayNumbers: "mae colofn y swm “{header}” yn dal rhifau cyfan fel dyddiadau wedi’u cadw fel rhifau dydd mewn {share} o’r rhesi (er enghraifft {example})",
    doubtNotNames: "mae colofn y cleient “{header}” yn dal dyddiadau neu rifau degol i {share} o’r cleientiaid (er enghraifft {example}), nid enwau neu godau",
    doubtOutside: "yng ngholofn y dyddiad “{header}”, mae {share} o’r dyddiadau y tu allan i 1990–2100 (er enghraifft {example})",
    trustColumns: "Mae’r colofnau’n gywir: rhedeg beth bynnag",
    doubtHint: "Dewiswch y golofn gywir o dan Colofnau, neu cadarnhewch fod y colofnau’n gywir.",
    errorNoData: "Nid oes rhesi data defnyddiadwy i'w dadansoddi.",
    goTo: "Mynd i",
    goToRow: "Mynd i res {row}",
    skippedRows: "Rhesi a hepgorwyd: {n}",

    // Results
    results: "Canlyniadau",
    resultsSummary: "{clients} cleient, cyfanswm {total}, ar {asOf}.",
    resultsSummaryUndated: "{clients} cleient, cyfanswm {total}.",
    matrix: "Matrics ABC-XYZ (nifer y cleientiaid)",
    matrixCell: "{cell}: {n} cleient",
    abcOnly: "Dosbarthiadau ABC (mae XYZ angen dyddiadau o ddau gyfnod o leiaf)",
    keyClients: "Cleientiaid allweddol",
    noKeyClients: "Nid oes unrhyw gleient yn cyrraedd {share} o'r cyfanswm.",
    shareOfTotal: "{share} o'r cyfanswm",
    dependencyMono: "Dibyniaeth ar un cleient",
    dependencyCritical: "Dibyniaeth gritigol",
    dependencyKey: "Allweddol",
    warnings: "Rhybuddion",
    warningMono: "Mae {client} yn dod â {share} o'r cyfanswm: mae'r busnes yn dibynnu ar un cleient. Dechreuwch ennill cleientiaid eraill nawr.",
    warningOverloaded: "Mae {manager} yn gofalu am {n} cleient allweddol (mwy na {max}).",
    warningNoDates: "Nid oes dyddiadau: ni chyfrifir XYZ, pa mor ddiweddar, segmentau RFM na chleientiaid a gollwyd.",
    warningFewPeriods: "Mae'r data'n cwmpasu llai na dau gyfnod, felly ni chyfrifir XYZ.",
    warningNoRows: "Nid oes unrhyw res yn ffenestr y dadansoddiad.",
    warningNoPositive: "Nid oes gan unrhyw gleient gyfanswm positif, felly mae pob cleient yn C.",
    statuses: "Statws cleientiaid",
    statusActive: "Gweithredol",
    statusAtRisk: "Mewn perygl",
    statusLost: "Wedi'u colli",
    sheetsWritten: "Taflenni a ysgrifennwyd",
    cellsMoved: "Symudwyd eich celloedd ar {sheet} o res {row} i lawr {n} rhes i wneud lle i'r canlyniadau.",
    keptAway: "Mae {n} cleient nad ydynt yn y data presennol yn cadw'r hyn a deipiwyd amdanynt ar {sheet}.",
    openSheet: "Agor taflen {sheet}",

    // Dossiers
    dossiers: "Coflenni",
    dossiersHint: "Un daflen i bob cleient ar gyfer y rheolwr cyfrifon allweddol: gwybodaeth gyffredinol, ein safbwynt ni, hanes, y grŵp penderfynu, cystadleuwyr.",
    createAllDossiers: "Creu coflenni ar gyfer pob cleient allweddol",
    pickClients: "Cleientiaid ar gyfer coflen",
    pickClientsPlaceholder: "Teipiwch i ddod o hyd i gleient",
    createPickedDossiers: "Creu coflenni ar gyfer y cleientiaid a ddewiswyd ({n})",
    dossiersCreated: "Coflenni a grëwyd: {created}; a ddiweddarwyd: {refreshed}.",
    dossiersLocked: "Wedi'u diogelu â chyfrinair, heb eu diweddaru: {sheets}.",
    sourceRange: "Ystod {address}",
    columnsSuggested: "O'r hyn sydd ynddynt, mae'r colofnau hyn yn edrych fel {list}. Gwiriwch nhw, yna defnyddiwch nhw neu dewiswch eraill.",
    useSuggestedColumns: "Defnyddio’r colofnau hyn",
    detectedNothing: "Ni adnabuwyd rhes benawdau gyda cholofn cleient a cholofn swm yn {address}. Dewiswch y colofnau isod.",
    dossiersNeedResults: "Dosbarthwch y cleientiaid yn gyntaf: caiff y coflenni eu creu ar gyfer y cleientiaid allweddol a ganfuwyd.",

    // Agenda
    agenda: "Agenda",
    agendaHint: "Adolygiadau coflen hwyr (bob 3 mis) a chysylltiadau hwyr (bob 10 diwrnod), wedi'u darllen o'r taflenni coflen.",
    refreshAgenda: "Gwirio'r agenda",
    agendaEmpty: "Does dim byd yn hwyr.",
    agendaReview: "Adolygiad coflen {days} diwrnod yn hwyr",
    agendaContact: "Cysylltiad {days} diwrnod yn hwyr",
    agendaDue: "yn ddyledus {date}",
    notInExcel: "Cwarel tasgau'r ychwanegyn yw'r dudalen hon, ac mae'n gweithio yn Excel. I roi cynnig arni heb Excel, agorwch y maes chwarae.",
    openPlayground: "Agor y maes chwarae",

    // Playground
    playgroundTitle: "KAM ar gyfer Excel: maes chwarae",
    playgroundNote: "Mae llyfr gwaith enghreifftiol yn rhedeg yn y dudalen hon heb Excel; nid oes dim yn gadael eich porwr. Yn Excel mae'r un cwarel tasgau'n gweithio ar eich llyfr gwaith.",
    preview: "Rhagolwg o'r llyfr gwaith",
    sheets: "Taflenni",
    openFile: "Agor ffeil (.xlsx, .csv)",
    reloadSample: "Ail-lwytho'r enghraifft",
    loadingWorkbook: "Llwytho'r llyfr gwaith…",
    rowsShown: "Rhesi {first}–{last} o {total}",
    formulaNotCalculated: "Fformiwla: mae Excel yn ei chyfrifo; mae'r maes chwarae yn ei dangos fel y'i hysgrifennwyd.",
    emptySheet: "Mae'r daflen hon yn wag.",
    pasteRange: "Gludo celloedd",
    downloadWorkbook: "Llwytho'r llyfr gwaith i lawr (.xlsx)",
    dropHint: "Llusgwch ffeil .xlsx neu .csv i unrhyw le ar y dudalen, neu cliciwch yma a gludo celloedd a gopïwyd o Excel neu Google Sheets (Ctrl+V).",
    dropHere: "Gollyngwch y ffeil i'w hagor",
    openedFile: "Agorwyd {file}.",
    openedPaste: "Agorwyd y celloedd a ludwyd fel y daflen {sheet}.",
    fileNotOpened: "Ni agorwyd {file}: {message}",
    pasteNotOpened: "Ni agorwyd y celloedd a ludwyd: {message}",
    clipboardUnavailable: "Ni adawodd y porwr i'r dudalen ddarllen y clipfwrdd: cliciwch y blwch isod a phwyso Ctrl+V (⌘V ar Mac).",
    nameBox: "Blwch enw",
    formulaBar: "Bar fformiwla",
    undoEdit: "Dadwneud",
    cellEditor: "Golygu cell {address}",
    editFailed: "Ni newidiwyd y gell: {message}",
    cellProtected: "Mae'r gell neu'r siart rydych chi'n ceisio'i newid ar daflen warchodedig. I wneud newid, dad-warchodwch y daflen. Efallai y gofynnir i chi roi cyfrinair.",
    gridHint: "Cliciwch gell neu lusgo ar draws ystod i'w dewis. Teipiwch i lenwi cell: mae Enter a Tab yn symud ymlaen, Esc yn canslo, Delete yn clirio, Ctrl+Z yn dadwneud.",
  },

  /** The result sheets: KAM Clients, KAM Matrix, KAM Summary, KAM Win-back. */
  sheets: {
    /** Names of the result sheets. */
    sheetNames: {
      clients: "KAM Cleientiaid",
      matrix: "KAM Matrics",
      summary: "KAM Crynodeb",
      winback: "KAM Adennill",
      kept: "KAM Cadwyd",
      aliases: "KAM Enwau eraill",
      trends: "KAM Tueddiadau",
    },

    /** Column headers of KAM Clients and KAM Win-back. */
    columns: {
      rank: "Safle",
      client: "Cwsmer",
      revenue: "Refeniw",
      profit: "Elw",
      share: "Cyfran",
      cumulativeShare: "Cyfran gronnus",
      abc: "ABC",
      xyz: "XYZ",
      abcxyz: "ABC-XYZ",
      cv: "Amrywiad (CV)",
      coverage: "Cyfnodau â phryniant",
      dependency: "Dibyniaeth",
      keyType: "Math o gwsmer allweddol",
      status: "Statws",
      segment: "Segment RFM",
      r: "R",
      f: "F",
      m: "M",
      recencyDays: "Dyddiau ers y pryniant olaf",
      lastPurchase: "Pryniant olaf",
      frequency: "Pryniannau",
      manager: "Rheolwr",
      group: "Grŵp / cwmni daliannol",
      change: "Newid ers y tro diwethaf",
      notes: "Nodiadau",
      plannedOffer: "Cynnig arfaethedig",
      keptSince: "Cadwyd ers",
      aliasName: "Enw yn y data",
      countsAs: "Cyfrif fel",
      duplicateOf: "Dyblyg posibl o",
      keyTypeComputed: "Math o gwsmer allweddol (wedi'i gyfrifo)",
      margin: "Maint yr elw",
      statusWhy: "Pam y statws hwn",
    },

    /** Dependency levels (the Dependency column). */
    dependencies: {
      mono: "unig gwsmer",
      critical: "critigol",
      key: "allweddol",
      none: "dim",
    },

    /** Client statuses (the Status column). */
    statuses: {
      active: "gweithredol",
      "at-risk": "mewn perygl",
      lost: "wedi'i golli",
    },

    /** RFM segments (the RFM segment column). */
    segments: {
      hibernating: "yn gaeafgysgu",
      "at-risk": "mewn perygl",
      "cannot-lose": "rhaid eu cadw",
      "about-to-sleep": "ar fin cysgu",
      "need-attention": "angen sylw",
      loyal: "ffyddlon",
      promising: "addawol",
      new: "newydd",
      "potential-loyalist": "ffyddlon posibl",
      champions: "pencampwyr",
    },
    /** The "Change" column: a client new since the last run. */
    newClient: "newydd",
    /** KAM Kept input: what the sheet is, beside its table. */
    keptNote: "Cleientiaid nad ydynt yn y data presennol, gyda'r hyn a deipiodd pobl amdanynt. Mae'n dychwelyd i KAM Cleientiaid a KAM Adennill pan fydd y cleient yn y data eto. Dilëwch res i'w gollwng.",
    /** KAM Aliases: what the sheet is for, beside its table. */
    aliasesNote: "Enwau y mae’r data’n eu sillafu mewn mwy nag un ffordd. Teipiwch yn “Cyfrif fel” y cleient y mae enw’n perthyn iddo: bydd y rhediad nesaf yn cyfrif ei werthiant i’r cleient hwnnw (ac yn dweud hynny). Gadewch yn wag i’w cadw ar wahân; dilëwch res i’w anghofio.",

    /** The legend on KAM Clients; {a}, {b}, {mono}, {critical}, {key} are percentages. */
    legend: {
      title: "Allwedd",
      A: "A: y prif gwsmeriaid sy'n gwneud yr {a} cyntaf o'r cyfanswm",
      B: "B: cwsmeriaid canolig, hyd at {b}",
      C: "C: cwsmeriaid bach, y gweddill",
      X: "X: yn prynu'n gyson (amrywiad isel)",
      Y: "Y: yn prynu'n rheolaidd gyda siglo",
      Z: "Z: yn prynu'n afreolaidd",
      mono: "unig gwsmer: mwy na {mono} o'r cyfanswm",
      critical: "critigol: mwy na {critical}",
      key: "allweddol: {key} neu fwy",
      lost: "wedi'i golli: dim pryniant am fwy na'r nifer o ddyddiau a osodwyd",
      atRisk: "mewn perygl: yn dawel am fwy na dwywaith ei fwlch arferol",
      input: "Eich colofnau chi yw'r rhai melyn: cedwir yr hyn a deipiwch ynddynt bob tro",
    },

    why: {
      lost: "wedi'i golli: {days} diwrnod ers y pryniant olaf, mwy na'r {limit} diwrnod a osodwyd",
      atRisk: "mewn perygl: {days} diwrnod ers y pryniant olaf, mwy na dwywaith ei fwlch arferol",
      atRiskGap: "mewn perygl: {days} diwrnod ers y pryniant olaf, bwlch arferol {gap}",
      active: "gweithredol: {days} diwrnod ers y pryniant olaf, o fewn dwywaith ei fwlch arferol",
      activeGap: "gweithredol: {days} diwrnod ers y pryniant olaf, bwlch arferol {gap}",
      segmentNote: "mae'r segment RFM yn ei gymharu â'r cwsmeriaid eraill",
    },

    /** A short recommended strategy per ABC-XYZ cell. */
    strategies: {
      AX: "Cwsmeriaid craidd: eu cadw ar bob cyfrif; rheolwr personol, contractau hirdymor, gwasanaeth blaenoriaeth.",
      AY: "Mawr ond anwastad: cynllunio cyflenwadau gyda'i gilydd, cytuno amserlenni, cadw stoc wrth gefn.",
      AZ: "Mawr ac ansefydlog: canfod pam; rhagweld fesul archeb, sylw personol agos.",
      BX: "Canol cyson: tyfu eich cyfran o'u cyllideb; traws-werthu, telerau teyrngarwch.",
      BY: "Canol, anwastad: telerau safonol, cyswllt rheolaidd, annog archebion rheolaidd.",
      BZ: "Canol, ansefydlog: gweithio i archeb; chwilio am botensial heb ei ddefnyddio.",
      CX: "Bach ond cyson: awtomeiddio'r gwasanaeth, cynnig uwchraddio.",
      CY: "Bach, anwastad: gwasanaeth safonol am gost isel.",
      CZ: "Bach ac ansefydlog: cyn lleied o ymdrech â phosib; rhagdaliad, neu ailystyried eu gwasanaethu.",
    },

    /** The KAM Matrix sheet. */
    /** KAM Trends: the quarters, their columns, the migration table and the chart. */
    trends: {
      title: "Pob chwarter wedi’i ddadansoddi ar y deuddeg mis cyn hynny: pwy sy’n allweddol, faint o grynhoi, pwy a gollwyd neu a enillwyd",
      quarter: "Chwarter",
      keyShare: "Cyfran y cleientiaid allweddol",
      topClient: "Prif gleient",
      top5: "5 uchaf",
      keyClients: "Cleientiaid allweddol",
      clients: "Cleientiaid",
      herfindahl: "HHI",
      lost: "Collwyd",
      newlyLost: "Newydd eu colli",
      atRisk: "Mewn perygl",
      won: "Enillwyd",
      windowFrom: "Ffenestr o",
      windowTo: "Ffenestr hyd",
      migration: "Dosbarthiadau ABC, y chwarter olaf ond un hyd nawr",
      fromTo: "O \\ i",
      gone: "wedi mynd",
      chartTitle: "Crynhoi dros amser",
    },
    matrix: {
      title: "Matrics ABC-XYZ",
      clients: "Cwsmeriaid",
      shareOf: "Cyfran o {measure}",
      strategy: "Strategaeth a argymhellir",
      total: "Cyfanswm",
      noXyz: "Ni chyfrifwyd XYZ (llai na 2 gyfnod neu ddim dyddiadau): mae'r matrics yn dangos ABC yn unig.",
    },

    /** The KAM Summary sheet. */
    summary: {
      title: "Dadansoddiad cwsmeriaid allweddol: crynodeb",
      totals: "Cyfansymiau",
      total: "Cyfanswm {measure}",
      clientCount: "Cwsmeriaid",
      keyClientCount: "Cwsmeriaid allweddol ({key} neu fwy)",
      periodCount: "Cyfnodau",
      asOf: "Ar ddyddiad",
      rowsRead: "Rhesi a ddarllenwyd",
      rowsSkipped: "Rhesi a hepgorwyd (gwallus)",
      concentration: "Crynhoad",
      topClientShare: "Cyfran y prif gwsmer",
      top5Share: "Cyfran y 5 prif gwsmer",
      clientsFor80: "Cwsmeriaid sy'n gwneud 80% o'r cyfanswm",
      herfindahl: "Mynegai Herfindahl",
      warnings: "Rhybuddion",
      noWarnings: "Dim rhybuddion dibyniaeth.",
      monoWarning: "Mae {client} yn dod â {share} o'r cyfanswm: unig gwsmer. Dechreuwch ennill cwsmeriaid eraill nawr.",
      criticalWarning: "Mae {client} yn dod â {share} o'r cyfanswm: mae'r cwmni'n mynd yn gritigol ddibynnol arno.",
      groupWarning: "Mae'r grŵp {client} yn dod â {share} o'r cyfanswm ({dependency}).",
      noDatesWarning: "Does dim dyddiadau: ni chyfrifwyd XYZ, pa mor ddiweddar, segmentau RFM na statws cwsmeriaid coll.",
      fewPeriodsWarning: "Mae llai na 2 gyfnod yn y ffenestr: ni chyfrifwyd XYZ.",
      noRowsWarning: "Nid oes unrhyw res yn ffenestr y dadansoddiad.",
      noPositiveWarning: "Does gan yr un cwsmer gyfanswm positif: mae pob cwsmer yn C gyda chyfran 0.",
      groups: "Grwpiau a chwmnïau daliannol",
      managers: "Llwyth y rheolwyr",
      keyClients: "Cwsmeriaid allweddol",
      keyShare: "Cyfran y cwsmeriaid allweddol",
      overloaded: "Mwy na {n} cwsmer allweddol",
      statusCounts: "Cwsmeriaid yn ôl statws",
      cells: "Cwsmeriaid yn ôl cell ABC-XYZ",
      cell: "Cell",
      pareto: "Cromlin Pareto",
      clientsPercent: "Cyfran y cwsmeriaid",
      cellsChart: "Cyfran o {measure} yn ôl cell ABC-XYZ",
      movement: "Symudiad ers y tro diwethaf",
      noPrevious: "Dyma'r tro cyntaf: does dim i'w gymharu eto.",
      fromTo: "O \\ i",
      gone: "ddim yn y data",
      becameKey: "Wedi dod yn allweddol",
      stoppedKey: "Wedi peidio â bod yn allweddol",
      nobody: "neb",
      run: "Beth a redwyd",
      source: "Ystod ffynhonnell",
      columns: "Colofnau a ddefnyddiwyd",
      measure: "Mesur",
      abcRule: "Rheol a throthwyon ABC",
      xyzRule: "Modd a throthwyon XYZ",
      period: "Cyfnod",
      window: "Ffenestr y dadansoddiad",
      lostAfter: "Wedi'i golli ar ôl (dyddiau heb bryniant)",
      dependencyThresholds: "Cyfrannau allweddol / critigol / unig gwsmer",
      runAt: "Amser rhedeg",
      fromData: "o'r data",
    },

    /** Labels of setting values shown in "What was run". */
    settingValues: {
      crossing: "y cwsmer sy'n croesi yn A",
      classic: "cronnus clasurol",
      cv: "cyfernod amrywiad",
      frequency: "amlder prynu",
      month: "mis",
      quarter: "chwarter",
      week: "wythnos ISO",
    },
  },

  /** The dossier sheets (one per key client) and the KAM Dossiers index. */
  dossier: {
    /** Section headings of a dossier. */
    sections: {
      figures: "1. Ffigurau (wedi'u cyfrifo, yn cael eu hailysgrifennu bob tro)",
      general: "2. Gwybodaeth gyffredinol",
      environment: "3. Amgylchedd y cleient",
      ourView: "4. Y darlun o'n hochr ni",
      decisionGroup: "5. Grŵp gwneud penderfyniadau",
      history: "6. Hanes y berthynas",
      competitors: "7. Proffil y cystadleuwyr",
      contacts: "8. Cysylltiadau",
      position: "9. Safle a bodlonrwydd",
      review: "10. Adolygiad",
    },

    /** The top of a dossier sheet. */
    sheet: {
      title: "Cofnod y cleient: {client}",
      hint: "Chi sy'n llenwi'r celloedd melyn. Caiff adran 1 ei hailysgrifennu bob tro y rhedir y dadansoddiad; cedwir popeth arall. I ychwanegu rhes at dabl, mewnosodwch res y tu mewn iddo.",
      noLongerKey: "Dim yn allweddol mwyach",
      notInData: "Ddim yn y data presennol",
    },

    /** Labels of the computed Figures section that the result sheets (above) do not already have. */
    figureLabels: {
      rfm: "Sgoriau RFM (R-F-M)",
      salesByPeriod: "Gwerthiant fesul cyfnod",
    },

    /** Field labels of the free-text sections 2-4, in sheet order: section 2. */
    generalFields: {
      description: "Disgrifiad cyffredinol o'r cwmni",
      companyHistory: "Hanes datblygu",
      employees: "Nifer y gweithwyr",
      structure: "Strwythur trefniadol (adrannau, canghennau, is-gwmnïau)",
      mission: "Cenhadaeth a lleoliad yn y farchnad",
      trends: "Tueddiadau'r diwydiant",
      culture: "Diwylliant",
      financials: "Ffigurau ariannol hysbys",
    },

    /** Section 3, the client's environment. */
    environmentFields: {
      itsClients: "Ei gleientiaid",
      itsCompetitors: "Ei gystadleuwyr",
      suppliers: "Prif gyflenwyr",
      bank: "Banc",
      auditor: "Archwilydd",
      consultants: "Ymgynghorwyr",
    },

    /** Section 4, the view from our side. */
    ourViewFields: {
      ourPeople: "Ein pobl a weithiodd gyda'r cleient",
      relationshipNow: "Y berthynas nawr",
      relationshipPlanned: "Y berthynas a gynllunnir",
      budget: "Amcangyfrif o gyllideb y cleient ar gyfer yr hyn a werthwn",
      previousSuppliers: "Cyflenwyr blaenorol",
      decisionProcess: "Sut y gwneir penderfyniadau",
    },

    /** Column headers of the tables (sections 5-8). */
    tableColumns: {
      personName: "Enw",
      position: "Swydd",
      role: "Rôl",
      attitude: "Agwedd tuag atom",
      influence: "Dylanwad (1-5)",
      lastContact: "Cysylltiad diwethaf",
      date: "Dyddiad",
      offered: "Beth a gynigiwyd",
      participants: "Pwy a gymerodd ran",
      outcome: "Canlyniad",
      why: "Pam (rhesymau dros ennill neu golli)",
      competitor: "Cystadleuydd",
      theirOffer: "Beth maen nhw'n ei gynnig",
      strengths: "Cryfderau",
      weaknesses: "Gwendidau",
      channel: "Sianel",
      nextContactDue: "Cysylltiad nesaf erbyn",
    },

    /** Typical roles in the buying centre (Lithuanian article, section 3). */
    roles: {
      decisionMaker: "Gwneuthurwr penderfyniadau",
      gatekeeper: "Porthor",
      technical: "Arbenigwr technegol",
      economic: "Arbenigwr economaidd",
      user: "Defnyddiwr",
      sponsor: "Noddwr",
      opponent: "Gwrthwynebydd",
      advisor: "Cynghorydd",
      informant: "Hysbysydd",
    },

    attitudes: {
      supporter: "Cefnogwr",
      neutral: "Niwtral",
      opponent: "Gwrthwynebus",
    },

    historyOutcomes: {
      won: "Wedi ennill",
      lost: "Wedi colli",
      pending: "Yn yr arfaeth",
    },

    channels: {
      meeting: "Cyfarfod",
      phone: "Galwad ffôn",
      video: "Galwad fideo",
      email: "E-bost",
      message: "Neges",
      event: "Digwyddiad neu arddangosfa",
    },

    /** Contact outcomes; the order matters: the third is the negative one that earns the 2-week pause. */
    contactOutcomes: {
      positive: "Cadarnhaol",
      neutral: "Niwtral",
      negative: "Negyddol",
    },

    /** The four rungs of the customer perception ladder (Persian article), lowest first. */
    ladder: {
      ordinary: "1 Cyflenwr cyffredin",
      preferred: "2 Cyflenwr dewisol",
      partner: "3 Partner busnes",
      trusted: "4 Partner busnes dibynadwy",
    },

    /** The 5-point satisfaction scale of the Chinese article, best first. */
    satisfaction: {
      verySatisfied: "5 Bodlon iawn",
      satisfied: "4 Bodlon",
      noOpinion: "3 Dim barn",
      somewhatDissatisfied: "2 Braidd yn anfodlon",
      veryDissatisfied: "1 Anfodlon iawn",
    },

    /** Labels of sections 9 and 10 and the rule notes under the tables. */
    followUp: {
      ladder: "Ble mae'r cleient yn ein gosod (ysgol ganfyddiad)",
      satisfaction: "Bodlonrwydd (graddfa 5 pwynt)",
      complaints: "Cwynion",
      lastReviewed: "Adolygwyd ddiwethaf (dyddiad)",
      nextReview: "Adolygiad nesaf",
      reviewRule: "Adolygu o leiaf bob 3 mis (o ddyddiad creu'r cofnod hyd yr adolygiad cyntaf); coch pan fydd yn hwyr.",
      contactRule: "Cysylltiad nesaf: 10 diwrnod ar ôl cysylltiad cadarnhaol neu niwtral, 14 diwrnod ar ôl un negyddol (saib mewn cysylltiad personol).",
    },

    /** Error alerts of the data validations. */
    validation: {
      listTitle: "Dewiswch o'r rhestr",
      listMessage: "Dewiswch un o'r gwerthoedd yn y gwymplen.",
      influenceMessage: "Rhowch rif cyfan o 1 i 5.",
      dateTitle: "Dyddiad",
      dateMessage: "Rhowch ddyddiad.",
    },

    /** The "KAM Dossiers" index sheet. */
    index: {
      sheetName: "KAM Cofnodion",
      dossier: "Cofnod",
    },
  },
};
