/**
 * Chinese (Simplified): every text of KAM for Excel in one file. The same keys in the same order
 * as en.ts, which defines the shape and says what each group is; keep every {placeholder} as it
 * is. Domain words follow the Chinese article of docs/sources.md (RFM, being key is dynamic): the
 * satisfaction scale 高度满意 ... 极不满意.
 */
import type { Dictionary } from "./en";

export const zh: Dictionary = {
  /** This language's own name, shown in the language picker whatever the pane's language is. */
  languageName: "中文（简体）",
  /** BCP 47 locale for numbers and dates in the pane. */
  locale: "zh-CN",

  /** The task pane and the playground. */
  ui: {
    appTitle: "KAM 大客户管理",
    tagline: "从销售数据中找出大客户：ABC、XYZ、RFM 分析和流失客户。",
    language: "语言",
    classify: "客户分类",
    classifyHint: "选择销售数据（或保留“自动”），然后单击按钮。结果写入新工作表，您的数据不会被更改。",

    // Source
    source: "数据来源",
    sourceAuto: "自动",
    sourceSelection: "当前选定区域",
    sourceTable: "表格",
    tablePlaceholder: "选择表格",
    noTables: "此工作簿中没有表格。",
    checkSource: "检查数据",
    detectedTransactions: "在 {address} 中找到销售清单：{rows} 行。",
    detectedWide: "在 {address} 中找到每个期间一列的表格：{rows} 个客户，{periods} 个期间。",

    // Column mapping
    columns: "列",
    columnsHint: "已根据标题识别。如有识别错误，请选择其他列。",
    columnNotUsed: "（不使用）",
    resetColumns: "恢复识别的列",
    roleClient: "客户",
    roleDate: "日期",
    roleAmount: "金额",
    roleProfit: "利润",
    roleManager: "客户经理",
    roleGroup: "集团（控股公司）",
    roleOrder: "订单",
    roleCurrency: "币种",
    roleKeyType: "大客户类型",

    // Settings
    settings: "设置",
    settingsHint: "保存在此工作簿中，打开它的每个人都会得到相同的分析。",
    measure: "指标",
    measureRevenue: "销售额",
    measureProfit: "利润",
    abcRule: "ABC 规则",
    abcRuleCrossing: "跨过阈值的客户归入 A",
    abcRuleClassic: "经典累计占比",
    thresholdA: "A 类上限（占总额 %）",
    thresholdB: "B 类上限（占总额 %）",
    xyzMode: "XYZ 方法",
    xyzCv: "销售变异系数（CV）",
    xyzFrequency: "购买频率",
    thresholdX: "X 类上限（CV，%）",
    thresholdY: "Y 类上限（CV，%）",
    coverageX: "X 类下限（有购买的期间 %）",
    coverageY: "Y 类下限（有购买的期间 %）",
    period: "期间",
    periodMonth: "月",
    periodQuarter: "季度",
    periodWeek: "周",
    asOf: "分析基准日",
    asOfHint: "留空：使用数据中的最新日期。",
    lostAfter: "流失判定（未购买天数）",
    skipBadRows: "跳过错误行并列出",
    saveSettings: "保存到工作簿",
    settingsSaved: "设置已保存到工作簿。",
    restoreDefaults: "恢复默认值",
    settingNotANumber: "请输入数字。",
    settingMustBeBelow: "必须小于“{other}”。",
    settingPercent: "请输入大于 0 且小于 100 的百分比。",
    settingPositive: "请输入大于 0 的数字。",
    settingWholeDays: "请输入整数天数，至少为 1。",
    settingInvalid: "此值无法使用。",
    settingsNotLoaded: "无法读取此工作簿中保存的设置，因此暂不运行任何操作（不会替换团队的设置）。请完成单元格编辑后重试。",
    tryAgain: "重试",
    settingsNeedFixing: "请先修正标红的设置。",
    settingsReplaced: "此工作簿中保存的设置有无法使用的值：{fields}。现显示默认值；请检查并保存。",
    settingNoField: "“{field}”无法使用：{message}。请恢复默认值，或重新设置。",

    // Progress
    progressStarting: "正在读取数据…",
    progressReading: "正在读取行：{n} / {total}",
    progressAnalysing: "正在分析客户…",
    progressWriting: "正在写入工作表…",
    progressLabel: "进度",

    // Errors
    errorTitle: "无法对客户进行分类",
    errorUnexpected: "出现错误：{message}",
    errorBadRows: "有 {n} 行存在问题，未写入任何内容。请修正这些行，或在设置中开启“跳过错误行”。",
    rowProblem: "第 {row} 行：{reason}",
    moreProblems: "……还有 {n} 个。",
    problemEmptyClient: "客户为空",
    problemClientErrorValue: "客户单元格为错误值：{value}",
    problemEmptyAmount: "金额为空",
    problemAmountNotNumber: "金额不是数字：{value}",
    problemProfitNotNumber: "利润不是数字：{value}",
    problemBadDate: "日期无法识别：{value}",
    problemOtherCurrency: "币种不同：{value}",
    errorMissingColumns: "未找到包含客户列和金额列的标题行。请在“数据来源”中选择列，或连同标题行一起选择数据。",
    errorNoProfitColumn: "指标为利润，但没有利润列。请在“数据来源”中选择该列，或改用销售额。",
    errorSourceNotFound: "所选表格或区域已不在工作簿中。请重新选择数据来源。",
    errorEmptySource: "数据来源为空。",
    errorSeveralCurrencies: "数据中有多种币种。请先将金额换算为同一币种。",
    errorBadSettings: "无法使用这些分析设置：{message}。请在“设置”中修正。",
    errorEmptyWindow: "分析期间内没有任何销售（{message}）。请在“设置”中检查分析日期。",
    errorCellsInTheWay: "您的单元格 {where} 位于本次结果要写入的位置。请将它们移离结果区域或删除,然后重新运行;未写入任何内容。",
    errorRunInProgress: "另一次分析仍在写入此工作簿({message})。请等待其完成后重新运行。",
    errorDoubtfulColumns: "有一列看起来不对,因此未写入任何内容:",
    doubtYears: "金额列“{header}”中 {share} 的行是 1990 到 2100 之间的整数,像年份(例如 {example})",
    doubtDayNumbers: "金额列“{header}”中 {share} 的行是像以天数表示的日期的整数(例如 {example})",
    doubtNotNames: "客户列“{header}”中 {share} 的客户是日期或小数(例如 {example}),而不是名称或编号",
    doubtOutside: "日期列“{header}”中 {share} 的日期不在 1990–2100 之间(例如 {example})",
    trustColumns: "列是正确的:仍然运行",
    doubtHint: "请在“列”中选择正确的列,或确认这些列是正确的。",
    errorNoData: "没有可供分析的数据行。",
    goTo: "转到",
    goToRow: "转到第 {row} 行",
    skippedRows: "已跳过的行：{n}",

    // Results
    results: "结果",
    resultsSummary: "共 {clients} 个客户，总额 {total}，截至 {asOf}。",
    resultsSummaryUndated: "共 {clients} 个客户，总额 {total}。",
    matrix: "ABC-XYZ 矩阵（客户数）",
    matrixCell: "{cell}：{n} 个客户",
    abcOnly: "ABC 分类（XYZ 至少需要两个期间的日期）",
    keyClients: "大客户",
    noKeyClients: "没有客户达到总额的 {share}。",
    shareOfTotal: "占总额 {share}",
    dependencyMono: "单一依赖客户",
    dependencyCritical: "严重依赖",
    dependencyKey: "关键",
    warnings: "警告",
    warningMono: "{client} 贡献了总额的 {share}：业务依赖单一客户。请立即开始开发其他客户。",
    warningOverloaded: "{manager} 负责 {n} 个大客户（超过 {max} 个）。",
    warningNoDates: "数据中没有日期：不计算 XYZ、最近购买、RFM 分群和流失客户。",
    warningFewPeriods: "数据覆盖不足两个期间，因此不计算 XYZ。",
    warningNoRows: "没有行落在分析时间范围内。",
    warningNoPositive: "没有客户的总额为正，因此所有客户均为 C 类。",
    statuses: "客户状态",
    statusActive: "活跃",
    statusAtRisk: "有流失风险",
    statusLost: "已流失",
    sheetsWritten: "已写入的工作表",
    cellsMoved: "为给结果腾出空间,您在 {sheet} 上从第 {row} 行起的单元格已下移 {n} 行。",
    keptAway: "当前数据中没有的 {n} 个客户,其填写的内容已保留在 {sheet} 上。",
    openSheet: "打开工作表 {sheet}",

    // Dossiers
    dossiers: "客户档案",
    dossiersHint: "每个客户一张工作表，供大客户经理填写：基本信息、我方视角、合作历史、决策小组、竞争对手。",
    createAllDossiers: "为所有大客户创建档案",
    pickClients: "要建立档案的客户",
    pickClientsPlaceholder: "输入以查找客户",
    createPickedDossiers: "为选中的客户创建档案（{n}）",
    dossiersCreated: "已创建档案：{created} 个；已更新：{refreshed} 个。",
    dossiersLocked: "受密码保护,未更新:{sheets}。",
    sourceRange: "区域 {address}",
    columnsSuggested: "根据内容，这些列看起来是：{list}。请检查后使用，或选择其他列。",
    useSuggestedColumns: "使用这些列",
    detectedNothing: "在 {address} 中未识别到包含客户列和金额列的标题行。请在下方选择列。",
    dossiersNeedResults: "请先进行客户分类：档案将为找到的大客户创建。",

    // Agenda
    agenda: "工作日程",
    agendaHint: "从档案工作表读取逾期的档案复核（每 3 个月）和客户联系（每 10 天）。",
    refreshAgenda: "查看日程",
    agendaEmpty: "没有逾期事项。",
    agendaReview: "档案复核已逾期 {days} 天",
    agendaContact: "联系已逾期 {days} 天",
    agendaDue: "截止 {date}",
    notInExcel: "此页面是加载项的任务窗格，需在 Excel 中使用。如需在没有 Excel 的情况下试用，请打开体验环境。",
    openPlayground: "打开体验环境",

    // Playground
    playgroundTitle: "KAM 大客户管理：体验环境",
    playgroundNote: "示例工作簿在本页面中运行，无需 Excel，数据不会离开浏览器。在 Excel 中，同一任务窗格处理您的工作簿。",
    preview: "工作簿预览",
    sheets: "工作表",
    openFile: "打开文件（.xlsx、.csv）",
    reloadSample: "重新加载示例",
    loadingWorkbook: "正在加载工作簿…",
    rowsShown: "第 {first}–{last} 行，共 {total} 行",
    formulaNotCalculated: "公式：Excel 会计算它；体验环境按原样显示。",
    emptySheet: "此工作表为空。",
    pasteRange: "粘贴单元格",
    downloadWorkbook: "下载工作簿（.xlsx）",
    dropHint: "将 .xlsx 或 .csv 文件拖放到页面任意位置，或单击此处并粘贴从 Excel 或 Google 表格复制的单元格（Ctrl+V）。",
    dropHere: "松开以打开文件",
    openedFile: "已打开 {file}。",
    openedPaste: "已将粘贴的单元格作为工作表 {sheet} 打开。",
    fileNotOpened: "未能打开 {file}：{message}",
    pasteNotOpened: "未能打开粘贴的单元格：{message}",
    clipboardUnavailable: "浏览器不允许页面读取剪贴板：请单击下方的框并按 Ctrl+V（Mac 上按 ⌘V）。",
    nameBox: "名称框",
    formulaBar: "编辑栏",
    undoEdit: "撤销",
    cellEditor: "编辑单元格 {address}",
    editFailed: "单元格未更改：{message}",
    cellProtected: "您试图更改的单元格或图表位于受保护的工作表中。若要进行更改，请取消工作表保护。您可能需要输入密码。",
    gridHint: "单击单元格或拖动选择区域。直接输入即可填写单元格：Enter 和 Tab 移到下一格，Esc 取消，Delete 清除，Ctrl+Z 撤销。",
  },

  /** The result sheets: KAM Clients, KAM Matrix, KAM Summary, KAM Win-back. */
  sheets: {
    /** Names of the result sheets. */
    sheetNames: {
      clients: "KAM 客户",
      matrix: "KAM 矩阵",
      summary: "KAM 汇总",
      winback: "KAM 挽回",
      kept: "KAM 保留的输入",
      aliases: "KAM 别名",
      trends: "KAM 趋势",
    },

    /** Column headers of KAM Clients and KAM Win-back. */
    columns: {
      rank: "排名",
      client: "客户",
      revenue: "销售收入",
      profit: "利润",
      share: "占比",
      cumulativeShare: "累计占比",
      abc: "ABC",
      xyz: "XYZ",
      abcxyz: "ABC-XYZ",
      cv: "变异系数",
      coverage: "有购买的期间占比",
      dependency: "依赖程度",
      keyType: "大客户类型",
      status: "状态",
      segment: "RFM 分群",
      r: "R",
      f: "F",
      m: "M",
      recencyDays: "距上次购买天数",
      lastPurchase: "最近购买日期",
      frequency: "购买次数",
      manager: "客户经理",
      group: "集团 / 控股",
      change: "较上次变化",
      notes: "备注",
      plannedOffer: "计划挽回方案",
      keptSince: "保留起始日期",
      aliasName: "数据中的名称",
      countsAs: "计为",
      duplicateOf: "可能重复于",
      keyTypeComputed: "大客户类型(计算)",
      margin: "利润率",
      statusWhy: "状态原因",
    },

    /** Dependency levels (the Dependency column). */
    dependencies: {
      mono: "单一客户依赖",
      critical: "严重依赖",
      key: "大客户",
      none: "无",
    },

    /** Client statuses (the Status column). */
    statuses: {
      active: "活跃",
      "at-risk": "有流失风险",
      lost: "已流失",
    },

    /** RFM segments (the RFM segment column). */
    segments: {
      hibernating: "休眠客户",
      "at-risk": "风险客户",
      "cannot-lose": "不能失去",
      "about-to-sleep": "即将沉睡",
      "need-attention": "需要关注",
      loyal: "忠诚客户",
      promising: "有潜力",
      new: "新客户",
      "potential-loyalist": "潜在忠诚",
      champions: "冠军客户",
    },
    /** The "Change" column: a client new since the last run. */
    newClient: "新增",
    /** KAM Kept input: what the sheet is, beside its table. */
    keptNote: "当前数据中没有的客户,以及大家为他们填写的内容。客户再次出现在数据中时,这些内容会回到 KAM 客户和 KAM 挽回。不再需要时删除该行即可。",
    /** KAM Aliases: what the sheet is for, beside its table. */
    aliasesNote: "数据中写法不止一种的名称。在“计为”中填写该名称所属的客户:下次运行会把它的销售额计入该客户(并给出说明)。留空则不合并;删除该行即可忘记它。",

    /** The legend on KAM Clients; {a}, {b}, {mono}, {critical}, {key} are percentages. */
    legend: {
      title: "图例",
      A: "A:贡献前 {a} 总额的最大客户",
      B: "B:中等客户,累计至 {b}",
      C: "C:小客户,其余部分",
      X: "X:购买稳定(波动小)",
      Y: "Y:定期购买但有波动",
      Z: "Z:购买不规律",
      mono: "单一客户依赖:超过总额的 {mono}",
      critical: "严重依赖:超过 {critical}",
      key: "大客户:{key} 及以上",
      lost: "已流失:超过设定天数未购买",
      atRisk: "有流失风险:沉默超过平常间隔的两倍",
      input: "黄色列供您填写:每次运行都会保留您输入的内容",
    },

    why: {
      lost: "已流失:距上次购买 {days} 天,超过设定的 {limit} 天",
      atRisk: "有流失风险:距上次购买 {days} 天,超过平常间隔的两倍",
      atRiskGap: "有流失风险:距上次购买 {days} 天,平常间隔 {gap} 天",
      active: "活跃:距上次购买 {days} 天,在平常间隔的两倍以内",
      activeGap: "活跃:距上次购买 {days} 天,平常间隔 {gap} 天",
      segmentNote: "RFM 分群是与其他客户相比的结果",
    },

    /** A short recommended strategy per ABC-XYZ cell. */
    strategies: {
      AX: "核心客户:不惜代价留住;专属客户经理、长期合同、优先服务。",
      AY: "大额但不均衡:共同计划交付,商定时间表,保留安全库存。",
      AZ: "大额且无规律:查明原因;逐单预测,密切的个人关注。",
      BX: "稳定的中间客户:提高在其预算中的份额;交叉销售,忠诚度条款。",
      BY: "中等且不均衡:标准条款,定期联系,鼓励定期下单。",
      BZ: "中等且无规律:按单处理;寻找未开发的潜力。",
      CX: "小额但稳定:自动化服务,推荐升级。",
      CY: "小额且不均衡:低成本标准服务。",
      CZ: "小额且无规律:最少投入;预付款,或重新考虑是否继续服务。",
    },

    /** The KAM Matrix sheet. */
    /** KAM Trends: the quarters, their columns, the migration table and the chart. */
    trends: {
      title: "每个季度按其之前十二个月分析:谁是关键客户、集中度如何、流失和新增了谁",
      quarter: "季度",
      keyShare: "关键客户占比",
      topClient: "最大客户",
      top5: "前 5 名",
      keyClients: "关键客户",
      clients: "客户",
      herfindahl: "HHI",
      lost: "流失",
      newlyLost: "新流失",
      atRisk: "有风险",
      won: "新增",
      windowFrom: "窗口起",
      windowTo: "窗口止",
      migration: "ABC 类别:倒数第二个季度 → 现在",
      fromTo: "从 \\ 到",
      gone: "离开",
      chartTitle: "集中度随时间变化",
    },
    matrix: {
      title: "ABC-XYZ 矩阵",
      clients: "客户数",
      shareOf: "{measure}占比",
      strategy: "建议策略",
      total: "合计",
      noXyz: "未计算 XYZ(少于 2 个期间或没有日期):矩阵仅显示 ABC。",
    },

    /** The KAM Summary sheet. */
    summary: {
      title: "大客户分析:汇总",
      totals: "总计",
      total: "{measure}总额",
      clientCount: "客户数",
      keyClientCount: "大客户({key} 及以上)",
      periodCount: "期间数",
      asOf: "截至日期",
      rowsRead: "读取行数",
      rowsSkipped: "跳过的错误行",
      concentration: "集中度",
      topClientShare: "最大客户占比",
      top5Share: "前 5 名客户占比",
      clientsFor80: "贡献 80% 总额的客户数",
      herfindahl: "赫芬达尔指数",
      warnings: "警告",
      noWarnings: "没有依赖警告。",
      monoWarning: "{client} 占总额的 {share}:单一客户依赖。请立即开拓其他客户。",
      criticalWarning: "{client} 占总额的 {share}:公司正变得严重依赖该客户。",
      groupWarning: "集团 {client} 占总额的 {share}({dependency})。",
      noDatesWarning: "没有日期:未计算 XYZ、最近购买、RFM 分群和流失状态。",
      fewPeriodsWarning: "分析窗口少于 2 个期间:未计算 XYZ。",
      noRowsWarning: "没有数据行落在分析窗口内。",
      noPositiveWarning: "没有客户的总额为正:所有客户均为 C,占比为 0。",
      groups: "集团与控股",
      managers: "客户经理负荷",
      keyClients: "大客户数",
      keyShare: "大客户占比",
      overloaded: "大客户超过 {n} 个",
      statusCounts: "按状态统计客户",
      cells: "按 ABC-XYZ 单元统计客户",
      cell: "单元",
      pareto: "帕累托曲线",
      clientsPercent: "客户占比",
      cellsChart: "各 ABC-XYZ 单元的{measure}占比",
      movement: "较上次运行的变化",
      noPrevious: "这是第一次运行:尚无可比较的数据。",
      fromTo: "从 \\ 到",
      gone: "不在数据中",
      becameKey: "新晋大客户",
      stoppedKey: "不再是大客户",
      nobody: "无",
      run: "运行参数",
      source: "数据源区域",
      columns: "使用的列",
      measure: "指标",
      abcRule: "ABC 规则与阈值",
      xyzRule: "XYZ 模式与阈值",
      period: "期间",
      window: "分析窗口",
      lostAfter: "流失判定(未购买天数)",
      dependencyThresholds: "大客户 / 严重依赖 / 单一客户 占比阈值",
      runAt: "运行时间",
      fromData: "根据数据",
    },

    /** Labels of setting values shown in "What was run". */
    settingValues: {
      crossing: "跨越阈值的客户归入 A",
      classic: "经典累计",
      cv: "变异系数",
      frequency: "购买频率",
      month: "月",
      quarter: "季度",
      week: "ISO 周",
    },
  },

  /** The dossier sheets (one per key client) and the KAM Dossiers index. */
  dossier: {
    /** Section headings of a dossier. */
    sections: {
      figures: "1. 数据（自动计算，每次运行时重写）",
      general: "2. 基本信息",
      environment: "3. 客户环境",
      ourView: "4. 我方视角",
      decisionGroup: "5. 决策小组",
      history: "6. 合作历史",
      competitors: "7. 竞争对手概况",
      contacts: "8. 联系记录",
      position: "9. 定位与满意度",
      review: "10. 复核",
    },

    /** The top of a dossier sheet. */
    sheet: {
      title: "客户档案：{client}",
      hint: "黄色单元格由您填写。第1部分在每次分析时重写，其余内容均保留。要给表格添加行，请在表格内部插入行。",
      noLongerKey: "已不再是大客户",
      notInData: "不在当前数据中",
    },

    /** Labels of the computed Figures section that the result sheets (above) do not already have. */
    figureLabels: {
      rfm: "RFM 评分（R-F-M）",
      salesByPeriod: "各期销售额",
    },

    /** Field labels of the free-text sections 2-4, in sheet order: section 2. */
    generalFields: {
      description: "公司简介",
      companyHistory: "发展历史",
      employees: "员工人数",
      structure: "组织结构（部门、分支机构、子公司）",
      mission: "使命与定位",
      trends: "行业趋势",
      culture: "企业文化",
      financials: "已知财务数据",
    },

    /** Section 3, the client's environment. */
    environmentFields: {
      itsClients: "其客户",
      itsCompetitors: "其竞争对手",
      suppliers: "主要供应商",
      bank: "开户银行",
      auditor: "审计机构",
      consultants: "咨询顾问",
    },

    /** Section 4, the view from our side. */
    ourViewFields: {
      ourPeople: "与该客户合作过的我方人员",
      relationshipNow: "当前关系",
      relationshipPlanned: "计划中的关系",
      budget: "客户对我方产品的预估预算",
      previousSuppliers: "以往供应商",
      decisionProcess: "决策方式",
    },

    /** Column headers of the tables (sections 5-8). */
    tableColumns: {
      personName: "姓名",
      position: "职位",
      role: "角色",
      attitude: "对我方态度",
      influence: "影响力（1-5）",
      lastContact: "最近联系",
      date: "日期",
      offered: "提供的方案",
      participants: "参与人员",
      outcome: "结果",
      why: "原因（成败缘由）",
      competitor: "竞争对手",
      theirOffer: "其提供的产品或服务",
      strengths: "优势",
      weaknesses: "劣势",
      channel: "渠道",
      nextContactDue: "下次联系截止日",
    },

    /** Typical roles in the buying centre (Lithuanian article, section 3). */
    roles: {
      decisionMaker: "决策者",
      gatekeeper: "把关人",
      technical: "技术专家",
      economic: "经济专家",
      user: "使用者",
      sponsor: "赞助人",
      opponent: "反对者",
      advisor: "顾问",
      informant: "信息提供者",
    },

    attitudes: {
      supporter: "支持",
      neutral: "中立",
      opponent: "反对",
    },

    historyOutcomes: {
      won: "赢得",
      lost: "失去",
      pending: "待定",
    },

    channels: {
      meeting: "会面",
      phone: "电话",
      video: "视频通话",
      email: "电子邮件",
      message: "即时消息",
      event: "活动或展会",
    },

    /** Contact outcomes; the order matters: the third is the negative one that earns the 2-week pause. */
    contactOutcomes: {
      positive: "积极",
      neutral: "中性",
      negative: "消极",
    },

    /** The four rungs of the customer perception ladder (Persian article), lowest first. */
    ladder: {
      ordinary: "1 普通供应商",
      preferred: "2 优选供应商",
      partner: "3 业务伙伴",
      trusted: "4 值得信赖的业务伙伴",
    },

    /** The 5-point satisfaction scale of the Chinese article, best first. */
    satisfaction: {
      verySatisfied: "5 高度满意",
      satisfied: "4 一般满意",
      noOpinion: "3 无意见",
      somewhatDissatisfied: "2 有些不满意",
      veryDissatisfied: "1 极不满意",
    },

    /** Labels of sections 9 and 10 and the rule notes under the tables. */
    followUp: {
      ladder: "客户对我方的认知阶梯",
      satisfaction: "满意度（5级量表）",
      complaints: "投诉",
      lastReviewed: "上次复核（日期）",
      nextReview: "下次复核",
      reviewRule: "至少每3个月复核一次（首次复核前从档案创建日算起）；逾期显示为红色。",
      contactRule: "下次联系：积极或中性联系后10天，消极联系后14天（暂停当面接触）。",
    },

    /** Error alerts of the data validations. */
    validation: {
      listTitle: "请从列表中选择",
      listMessage: "请选择下拉列表中的一个值。",
      influenceMessage: "请输入1到5之间的整数。",
      dateTitle: "日期",
      dateMessage: "请输入日期。",
    },

    /** The "KAM Dossiers" index sheet. */
    index: {
      sheetName: "KAM 客户档案",
      dossier: "档案",
    },
  },
};
