<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>SurveyRepository</name>
    <message>
        <source>The survey no longer exists.</source>
        <translation>该调查已不存在。</translation>
    </message>
</context>
<context>
    <name>Yardstick</name>
    <message>
        <source>Complaint letters per month by dimension</source>
        <translation>各维度每月投诉信数</translation>
    </message>
    <message>
        <source>Not yet labelled</source>
        <translation>尚未加标签</translation>
    </message>
    <message>
        <source>%1 (suggested, not confirmed)</source>
        <translation>%1（建议，未确认）</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) received, stacked by the dimension the customer cared about most</source>
        <translation>
            <numerusform>共收到 %n 封投诉信，按客户最关心的维度堆叠</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) are suggestions only, not confirmed: hatched, above the confirmed ones.</source>
        <translation>
            <numerusform>%n 封投诉信仅为建议、未经确认：以阴影显示在已确认部分之上。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>subtitle: what the chart shows, then the note on suggested labels</comment>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>Source: complaint letters received %1 to %2</source>
        <translation>来源：%1 至 %2 收到的投诉信</translation>
    </message>
    <message>
        <source>US$ a year at stake</source>
        <translation>每年涉及金额（美元）</translation>
    </message>
    <message>
        <source>Dollars at stake</source>
        <translation>涉及金额</translation>
    </message>
    <message>
        <source>No standard with a value model misses its target</source>
        <translation>没有设有价值模型的标准未达目标值</translation>
    </message>
    <message>
        <source>What missing the target costs a year, %1 in all: days over target × value of a day × cases a year</source>
        <translation>未达目标值每年的成本，合计 %1：超出目标的天数 × 每天的价值 × 每年案件数</translation>
    </message>
    <message>
        <source>Source: scorecard for %1 and the standards&apos; value models</source>
        <translation>来源：%1 的计分卡及各标准的价值模型</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Not yet classified</source>
        <translation>尚未分类</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>投诉信</translation>
    </message>
    <message>
        <source>Complaint letters by service</source>
        <translation>各服务的投诉信</translation>
    </message>
    <message>
        <source>Complaint letters by dimension</source>
        <translation>各维度的投诉信</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) confirmed or not yet classified; the vital few reach 80%</source>
        <translation>
            <numerusform>%n 封投诉信已确认或尚未分类；关键少数累计达 80%</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) are suggestions only, not confirmed: hatched on top of their service, not ranked.</source>
        <translation>
            <numerusform>%n 封投诉信仅为建议、未经确认：以阴影叠在其服务之上，不参与排序。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) are suggestions only, not confirmed: hatched on top of their dimension, not ranked.</source>
        <translation>
            <numerusform>%n 封投诉信仅为建议、未经确认：以阴影叠在其维度之上，不参与排序。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>subtitle: what the chart ranks, then the note on suggested labels</comment>
        <translation>%1。%2</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s); the vital few reach 80%</source>
        <translation>
            <numerusform>%n 封投诉信；关键少数累计达 80%</numerusform>
        </translation>
    </message>
    <message>
        <source>Periods breached</source>
        <translation>未达标期间数</translation>
    </message>
    <message>
        <source>Where standards are breached</source>
        <translation>哪些标准未达标</translation>
    </message>
    <message numerus="yes">
        <source>Breached periods per standard over the last %n period(s)</source>
        <translation>
            <numerusform>各标准在最近 %n 个期间中未达标的期间数</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: scorecard up to %1</source>
        <translation>来源：截至 %1 的计分卡</translation>
    </message>
    <message>
        <source>Gap (perception − expectation)</source>
        <translation>差距（感知 − 期望）</translation>
    </message>
    <message>
        <source>SERVQUAL gap by dimension, %1</source>
        <translation>各维度的 SERVQUAL 差距，%1</translation>
    </message>
    <message>
        <source>%1 respondent</source>
        <translation>%1 名受访者</translation>
    </message>
    <message>
        <source>%1 respondents</source>
        <translation>%1 名受访者</translation>
    </message>
    <message>
        <source>%1; no dimension carries a weight, so there is no weighted gap. Whiskers: 95% confidence interval.</source>
        <translation>%1；没有维度设定权重，因此没有加权差距。误差线：95% 置信区间。</translation>
    </message>
    <message>
        <source>Weighted gap %1 (%2 in %3), %4. Below zero the service falls short of expectations; whiskers: 95% confidence interval.</source>
        <translation>加权差距 %1（%3 为 %2），%4。低于零表示服务未达客户期望；误差线：95% 置信区间。</translation>
    </message>
    <message>
        <source>Weighted gap %1, %2. Below zero the service falls short of expectations; whiskers: 95% confidence interval.</source>
        <translation>加权差距 %1，%2。低于零表示服务未达客户期望；误差线：95% 置信区间。</translation>
    </message>
    <message>
        <source>Source: survey answers of wave %1 in the workbench</source>
        <translation>来源：工作台中第 %1 轮次的调查答卷</translation>
    </message>
    <message>
        <source>Concentrate here</source>
        <translation>重点改进</translation>
    </message>
    <message>
        <source>Keep up the good work</source>
        <translation>继续保持</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>次要改进</translation>
    </message>
    <message>
        <source>Possible overkill</source>
        <translation>可能过度</translation>
    </message>
    <message>
        <source>Performance (mean perception)</source>
        <translation>表现（感知均值）</translation>
    </message>
    <message>
        <source>Importance (mean stated importance)</source>
        <translation>重要性（所述重要性均值）</translation>
    </message>
    <message>
        <source>Importance and performance, %1</source>
        <translation>重要性与表现，%1</translation>
    </message>
    <message>
        <source>Each item at its mean importance and mean perception; the lines cross at the means over the items (%1, %2).</source>
        <translation>每个题项位于其重要性均值与感知均值处；两条线交于所有题项的均值（%1，%2）。</translation>
    </message>
    <message>
        <source>%1 item without an importance is not shown.</source>
        <translation>%1 个题项没有重要性，未显示。</translation>
    </message>
    <message>
        <source>%1 items without an importance are not shown.</source>
        <translation>%1 个题项没有重要性，未显示。</translation>
    </message>
    <message>
        <source>Individuals and moving range</source>
        <translation>单值-移动极差</translation>
    </message>
    <message>
        <source>X-bar and range</source>
        <translation>均值-极差</translation>
    </message>
    <message>
        <source>X-bar and standard deviation</source>
        <translation>均值-标准差</translation>
    </message>
    <message>
        <source>p (proportion)</source>
        <translation>p（比例）</translation>
    </message>
    <message>
        <source>np (number)</source>
        <translation>np（数量）</translation>
    </message>
    <message>
        <source>c (count)</source>
        <translation>c（计数）</translation>
    </message>
    <message>
        <source>u (rate per unit)</source>
        <translation>u（单位比率）</translation>
    </message>
    <message>
        <source>A %1 chart charts shares of cases; %2 is not one.</source>
        <translation>%1 图描绘的是案件比例；%2 不是比例。</translation>
    </message>
    <message>
        <source>A %1 chart needs the number of cases behind each value; %2 has a period without it (%3).</source>
        <translation>%1 图需要每个值背后的案件数；%2 有一个期间缺少该数（%3）。</translation>
    </message>
    <message>
        <source>X-bar charts need the individual cases of a turnaround standard; %1 has none. Chart its period values as individuals instead.</source>
        <translation>均值图需要处理时长标准的单个案件；%1 没有案件。请改用单值图描绘其期间值。</translation>
    </message>
    <message>
        <source>An X-bar and range chart suits subgroups of at most 25; a period holds more cases than that. Use X-bar and standard deviation.</source>
        <translation>均值-极差图适用于不超过 25 的子组；有期间的案件数超过此数。请使用均值-标准差图。</translation>
    </message>
    <message>
        <source>A %1 chart needs the number of units behind each rate; %2 has a period without it (%3).</source>
        <translation>%1 图需要每个比率背后的单位数；%2 有一个期间缺少该数（%3）。</translation>
    </message>
    <message>
        <source>A %1 chart needs counts of events, which %2 does not record.</source>
        <translation>%1 图需要事件计数，而 %2 没有记录计数。</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>%1 (on the %2 chart)</source>
        <translation>%1（在 %2 图上）</translation>
    </message>
    <message>
        <source>The standard is not in the workbench.</source>
        <translation>工作台中没有该标准。</translation>
    </message>
    <message>
        <source>The workbench holds no data yet.</source>
        <translation>工作台中尚无数据。</translation>
    </message>
    <message>
        <source>The chart&apos;s range ends before it starts.</source>
        <translation>图表范围的结束早于开始。</translation>
    </message>
    <message>
        <source>%1 has no values in the chosen range.</source>
        <translation>%1 在所选范围内没有数值。</translation>
    </message>
    <message>
        <source>proportion</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>per 1,000</source>
        <translation>每千件</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 chart of %2, %3 to %4</source>
        <translation>%2 的 %1图，%3 至 %4</translation>
    </message>
    <message>
        <source>Source: case records</source>
        <translation>来源：案件记录</translation>
    </message>
    <message>
        <source>Source: measurements</source>
        <translation>来源：测量值</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <source>Worth %1 a year: %2 days sooner on %3 cases at %4 a day</source>
        <extracomment>%1 money a year, %2 days, %3 cases a year, %4 money per case and day</extracomment>
        <translation>每年价值 %1：%3 件案件每件提前 %2 天，按每件每天 %4 计</translation>
    </message>
    <message>
        <source>Costs %1 a year: %2 days later on %3 cases at %4 a day</source>
        <extracomment>%1 money a year (a loss), %2 days, %3 cases a year, %4 money per case and day</extracomment>
        <translation>每年成本 %1：%3 件案件每件延后 %2 天，按每件每天 %4 计</translation>
    </message>
    <message>
        <source>case records and measurements</source>
        <translation>案件记录和测量值</translation>
    </message>
    <message>
        <source>case records</source>
        <translation>案件记录</translation>
    </message>
    <message>
        <source>measurements</source>
        <translation>测量值</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>The headline of a trend chart, e.g. &quot;35.2 → 15.0 days&quot;</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3); target %4, threshold %5</source>
        <translation>%2（%1，%3）；目标值 %4，最低可接受值 %5</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>The trend chart&apos;s subtitle followed by what the change is worth</extracomment>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>%1 standards compared</source>
        <translation>比较 %1 个标准</translation>
    </message>
    <message>
        <source>%1 values of %2</source>
        <translation>%2 的%1值</translation>
    </message>
    <message>
        <source>Source: %1, %2 to %3</source>
        <translation>来源：%1，%2 至 %3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>the sheet is empty</source>
        <translation>工作表为空</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>is not an Excel workbook, so it has no sheet &quot;%1&quot;</source>
        <translation>不是 Excel 工作簿，因此没有工作表“%1”</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>the workbook has no sheet &quot;%1&quot;; its sheets are %2</source>
        <translation>工作簿中没有工作表“%1”；其工作表为 %2</translation>
    </message>
    <message>
        <source>Service quality report</source>
        <translation>服务质量报告</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>计分卡</translation>
    </message>
    <message>
        <source>Headline trends</source>
        <translation>主要趋势</translation>
    </message>
    <message>
        <source>Breached standards with their control charts</source>
        <translation>未达标的标准及其控制图</translation>
    </message>
    <message>
        <source>Pareto of complaints</source>
        <translation>投诉帕累托图</translation>
    </message>
    <message>
        <source>Complaints per month by dimension</source>
        <translation>各维度每月投诉数</translation>
    </message>
    <message>
        <source>Compliance heat map</source>
        <translation>达标率热力图</translation>
    </message>
    <message>
        <source>Department comparison</source>
        <translation>部门比较</translation>
    </message>
    <message>
        <source>the limits need at least %1 points to be estimated from; phase I has %2 after exclusions</source>
        <translation>估计控制限至少需要 %1 个点；剔除后阶段 I 只有 %2 个</translation>
    </message>
    <message>
        <source>no two neighbouring points are both in phase I and not excluded, so there is no moving range to estimate sigma from</source>
        <translation>阶段 I 中没有两个相邻且未被剔除的点，因此没有可用于估计 sigma 的移动极差</translation>
    </message>
    <message>
        <source>there is no data to chart</source>
        <translation>没有可绘制的数据</translation>
    </message>
    <message>
        <source>an observation in this subgroup is not a finite number</source>
        <translation>该子组中有一个观测值不是有限数</translation>
    </message>
    <message>
        <source>a subgroup needs at least 2 observations, this one has %1</source>
        <translation>子组至少需要 2 个观测值，该子组只有 %1 个</translation>
    </message>
    <message>
        <source>an X-bar R chart takes subgroups of at most 25 observations, this one has %1; use an X-bar S chart</source>
        <translation>均值-极差图的子组最多 25 个观测值，该子组有 %1 个；请使用均值-标准差图</translation>
    </message>
    <message>
        <source>there are more sample sizes (%1) than points (%2)</source>
        <translation>样本量的个数（%1）多于点数（%2）</translation>
    </message>
    <message>
        <source>the value is not a finite number</source>
        <translation>该值不是有限数</translation>
    </message>
    <message>
        <source>the number of defectives cannot be negative</source>
        <translation>不合格品数不能为负</translation>
    </message>
    <message>
        <source>the count cannot be negative</source>
        <translation>计数不能为负</translation>
    </message>
    <message>
        <source>the sample size is missing</source>
        <translation>缺少样本量</translation>
    </message>
    <message>
        <source>the sample size must be a number greater than 0</source>
        <translation>样本量必须是大于 0 的数</translation>
    </message>
    <message>
        <source>there are more defectives (%1) than items in the sample (%2)</source>
        <translation>不合格品数（%1）多于样本中的单位数（%2）</translation>
    </message>
    <message>
        <source>the known centre must be a finite number</source>
        <translation>已知中心值必须是有限数</translation>
    </message>
    <message>
        <source>the known sigma must be a number greater than 0</source>
        <translation>已知 sigma 必须是大于 0 的数</translation>
    </message>
    <message>
        <source>the known proportion must lie between 0 and 1</source>
        <translation>已知比例必须介于 0 和 1 之间</translation>
    </message>
    <message>
        <source>the known count per unit cannot be negative</source>
        <translation>已知单位计数不能为负</translation>
    </message>
    <message>
        <source>phase I (points %1 to %2) must lie within points 1 to %3, its first point not after its last</source>
        <translation>阶段 I（第 %1 至 %2 点）必须位于第 1 至 %3 点之内，且首点不晚于末点</translation>
    </message>
    <message>
        <source>cannot exclude point %1: the chart has points 1 to %2</source>
        <translation>无法剔除第 %1 点：该图只有第 1 至 %2 点</translation>
    </message>
    <message>
        <source>a phased chart needs at least one phase</source>
        <translation>分阶段的图至少需要一个阶段</translation>
    </message>
    <message>
        <source>the first phase must start at point 1, not %1</source>
        <translation>第一阶段必须从第 1 点开始，而不是第 %1 点</translation>
    </message>
    <message>
        <source>phase %1 starts at point %2, after the last point (%3)</source>
        <translation>阶段 %1 从第 %2 点开始，晚于最后一点（%3）</translation>
    </message>
    <message>
        <source>phase %1 starts at point %2, which is not after the start of phase %3 (point %4)</source>
        <translation>阶段 %1 从第 %2 点开始，不晚于阶段 %3 的开始（第 %4 点）</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Control chart</source>
        <translation>控制图</translation>
    </message>
    <message>
        <source>Pareto of complaints by service</source>
        <translation>各服务的投诉帕累托图</translation>
    </message>
    <message>
        <source>Pareto of complaints by dimension</source>
        <translation>各维度的投诉帕累托图</translation>
    </message>
    <message>
        <source>Pareto of breached standards</source>
        <translation>未达标标准的帕累托图</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>热力图</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>SERVQUAL gaps by dimension</source>
        <translation>各维度的 SERVQUAL 差距</translation>
    </message>
    <message>
        <source>SERVQUAL importance and performance</source>
        <translation>SERVQUAL 重要性与表现</translation>
    </message>
</context>
<context>
    <name>Yardstick::AuditImport</name>
    <message numerus="yes">
        <source>%n audit(s) recorded in &quot;%1&quot;</source>
        <translation>
            <numerusform>已在“%1”中记录 %n 次稽核</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Yardstick::AuditImporter</name>
    <message>
        <source>the audit checklist does not exist</source>
        <translation>该稽核清单不存在</translation>
    </message>
    <message>
        <source>empty value</source>
        <translation>值为空</translation>
    </message>
    <message>
        <source>unknown department %1</source>
        <translation>未知部门 %1</translation>
    </message>
    <message>
        <source>cannot read %1 as a date (%2)</source>
        <translation>无法将 %1 读作日期（%2）</translation>
    </message>
    <message>
        <source>unknown item %1 (not in the checklist &quot;%2&quot;)</source>
        <translation>未知检查项 %1（不在稽核清单“%2”中）</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 不是数字</translation>
    </message>
    <message>
        <source>%1 lies outside the item&apos;s scale 0 to %2</source>
        <translation>%1 超出该检查项的评分范围 0 至 %2</translation>
    </message>
    <message>
        <source>audit %1 was given another department on line %2</source>
        <translation>稽核 %1 在第 %2 行被赋予了另一个部门</translation>
    </message>
    <message>
        <source>audit %1 was given another date on line %2</source>
        <translation>稽核 %1 在第 %2 行被赋予了另一个日期</translation>
    </message>
    <message>
        <source>audit %1 rates %2 more than once</source>
        <translation>稽核 %1 对 %2 评分多于一次</translation>
    </message>
    <message>
        <source>cannot write to the workbench: %1</source>
        <translation>无法写入工作台：%1</translation>
    </message>
</context>
<context>
    <name>Yardstick::AuditItemModel</name>
    <message>
        <source>▼ Slipping</source>
        <translation>▼ 下滑</translation>
    </message>
    <message>
        <source>Holding</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>行为</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Mean %</source>
        <translation>均值 %</translation>
    </message>
    <message>
        <source>Previous %</source>
        <translation>上期 %</translation>
    </message>
    <message>
        <source>12-month average %</source>
        <translation>12 个月平均 %</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>下降</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>Yardstick::AuditListModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>稽核员</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>稽核对象</translation>
    </message>
    <message>
        <source>Score %</source>
        <translation>得分 %</translation>
    </message>
</context>
<context>
    <name>Yardstick::AuditRepository</name>
    <message>
        <source>No audit checklist with id %1.</source>
        <translation>没有 ID 为 %1 的稽核清单。</translation>
    </message>
    <message>
        <source>Item %1 is not part of this checklist.</source>
        <translation>检查项 %1 不属于该稽核清单。</translation>
    </message>
    <message>
        <source>No audit with id %1.</source>
        <translation>没有 ID 为 %1 的稽核。</translation>
    </message>
    <message>
        <source>Item %1 is not part of the audit&apos;s checklist.</source>
        <translation>检查项 %1 不属于该稽核的稽核清单。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 个检查项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Yardstick::AuditScoreModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
</context>
<context>
    <name>Yardstick::AuditService</name>
    <message>
        <source>audits</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>the checklist %1</source>
        <translation>稽核清单“%1”</translation>
    </message>
    <message>
        <source>the checklist feeding standard %1</source>
        <translation>为标准 %1 提供数据的稽核清单</translation>
    </message>
    <message>
        <source>from the checklist %1, weekly</source>
        <translation>来自稽核清单“%1”，按周</translation>
    </message>
    <message>
        <source>from the checklist %1, quarterly</source>
        <translation>来自稽核清单“%1”，按季度</translation>
    </message>
    <message>
        <source>from the checklist %1, monthly</source>
        <translation>来自稽核清单“%1”，按月</translation>
    </message>
</context>
<context>
    <name>Yardstick::AuditsCommand</name>
    <message>
        <source>Show staff-audit scores per period and department and which behaviours slip.</source>
        <translation>按期间和部门显示员工稽核得分，以及哪些行为在下滑。</translation>
    </message>
    <message>
        <source>Shows, for each audit checklist (or the one named), the mean audit score per period for all departments together and for each department, with the number of audits; then, for the latest period, each item&apos;s mean rating in percent of its scale, the previous period&apos;s and the item&apos;s own average elsewhere, and whether the behaviour slipped (fell %1 points or more against either). An audit&apos;s score is 100 × the weighted mean of rating / scale maximum over the items it rated.</source>
        <translation>对每个稽核清单（或指定的那一个），按期间显示所有部门合计及各部门的平均稽核得分和稽核次数；然后对最近一个期间，显示每个检查项的平均评分（占其评分满分的百分比）、上一期间的值及该检查项在其他期间的平均值，以及该行为是否下滑（比其中任一值下降 %1 个百分点或更多）。一次稽核的得分为 100 × 其所评各检查项的“评分 / 评分满分”的加权平均。</translation>
    </message>
    <message>
        <source>Only the checklist with this name.</source>
        <translation>仅显示该名称的稽核清单。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The period: week, month (the default) or quarter.</source>
        <translation>期间：week、month（默认）或 quarter。</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PERIOD</translation>
    </message>
    <message>
        <source>The workbench file to read.</source>
        <translation>要读取的工作台文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The period &quot;%1&quot; is not known; use week, month or quarter.</source>
        <translation>期间“%1”未知；请使用 week、month 或 quarter。</translation>
    </message>
    <message>
        <source>Give one workbench file whose audits to show.</source>
        <translation>请给出一个工作台文件，以显示其中的稽核。</translation>
    </message>
    <message>
        <source>The workbench has no audit checklist called &quot;%1&quot;.</source>
        <translation>工作台中没有名为“%1”的稽核清单。</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Checklist &quot;%1&quot;</source>
        <translation>稽核清单“%1”</translation>
    </message>
    <message>
        <source>No scored audits.</source>
        <translation>没有已评分的稽核。</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Audits</source>
        <translation>稽核次数</translation>
    </message>
    <message>
        <source>Score %</source>
        <translation>得分 %</translation>
    </message>
    <message>
        <source>Items in %1</source>
        <translation>%1 中的检查项</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>行为</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Mean %</source>
        <translation>均值 %</translation>
    </message>
    <message>
        <source>Previous %</source>
        <translation>上期 %</translation>
    </message>
    <message>
        <source>Average %</source>
        <translation>平均 %</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>下降</translation>
    </message>
    <message>
        <source>Slipping</source>
        <translation>下滑</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>The workbench has no audit checklists.</source>
        <translation>工作台中没有稽核清单。</translation>
    </message>
    <message>
        <source>The output format: table (the default), csv, json or xlsx (an Excel workbook, with --out).</source>
        <translation>输出格式：table（默认）、csv、json 或 xlsx（Excel 工作簿，需配合 --out）。</translation>
    </message>
</context>
<context>
    <name>Yardstick::Basis</name>
    <message>
        <source>Customer expectation</source>
        <translation>客户期望</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>竞争</translation>
    </message>
    <message>
        <source>Processing capability</source>
        <translation>处理能力</translation>
    </message>
    <message>
        <source>Economics</source>
        <translation>经济性</translation>
    </message>
</context>
<context>
    <name>Yardstick::BusyError</name>
    <message>
        <source>The workbench is busy: another Yardstick window or yardstick-cli is writing to it. Nothing was changed. Try again when it has finished.</source>
        <translation>工作台正忙：另一个 Yardstick 窗口或 yardstick-cli 正在写入。未做任何更改。请在其完成后重试。</translation>
    </message>
    <message>
        <source>The team workbench&apos;s server refused this change (%1): your role does not allow it. Nothing was changed. Ask the workbench&apos;s owner for a role that does.</source>
        <translation>团队工作台的服务器拒绝了此更改（%1）：您的角色不允许此操作。未作任何更改。请向工作台的所有者申请具有此权限的角色。</translation>
    </message>
</context>
<context>
    <name>Yardstick::CaseImportService</name>
    <message>
        <source>cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>measurements</source>
        <translation>测量值</translation>
    </message>
    <message>
        <source>standards</source>
        <translation>标准</translation>
    </message>
</context>
<context>
    <name>Yardstick::CaseImporter</name>
    <message>
        <source>the mapping reads %1 from column &quot;%2&quot;, which the header does not have</source>
        <translation>映射从列“%2”读取 %1，但表头中没有该列</translation>
    </message>
    <message>
        <source>no column for completed: name a column &quot;completed&quot; or map one to it (--map completed=COLUMN); for an export of open cases only, say --map completed=none</source>
        <translation>没有 completed 列：请将一列命名为“completed”或映射到它（--map completed=COLUMN）；如果导出的只有未结案件，请使用 --map completed=none</translation>
    </message>
    <message>
        <source>no column for %1: name a column &quot;%1&quot; or map one to it (--map %1=COLUMN)</source>
        <translation>没有 %1 列：请将一列命名为“%1”或映射到它（--map %1=COLUMN）</translation>
    </message>
    <message>
        <source>unknown service %1</source>
        <translation>未知服务 %1</translation>
    </message>
    <message>
        <source>completed before received</source>
        <translation>完成早于受理</translation>
    </message>
    <message>
        <source>unknown department %1</source>
        <translation>未知部门 %1</translation>
    </message>
    <message>
        <source>empty value</source>
        <translation>值为空</translation>
    </message>
    <message>
        <source>%1 is not yes/no, true/false, 1/0 or Y/N</source>
        <translation>%1 不是 yes/no、true/false、1/0 或 Y/N</translation>
    </message>
    <message>
        <source>no value (%1 means none)</source>
        <translation>无值（%1 表示无）</translation>
    </message>
    <message>
        <source>cannot read %1 as a date (%2)</source>
        <translation>无法将 %1 读作日期（%2）</translation>
    </message>
    <message>
        <source>cannot create service %1: %2</source>
        <translation>无法创建服务 %1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Created %n service(s): %1.</source>
        <translation>
            <numerusform>已创建 %n 个服务：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot create department %1: %2</source>
        <translation>无法创建部门 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Created %n department(s): %1.</source>
        <translation>
            <numerusform>已创建 %n 个部门：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>the date pattern %1 is not one Yardstick reads</source>
        <translation>Yardstick 无法读取日期格式 %1</translation>
    </message>
    <message>
        <source>cannot write to the workbench: %1</source>
        <translation>无法写入工作台：%1</translation>
    </message>
    <message>
        <source>case %1 is already in the workbench with different values</source>
        <translation>案件 %1 已在工作台中，但值不同</translation>
    </message>
    <message>
        <source>case id %1 is held by more than one service; with ids global it cannot tell which to update</source>
        <translation>案件 ID %1 属于多个服务；ID 为全局时无法判断要更新哪一个</translation>
    </message>
    <message>
        <source>case id %1 appears more than once in this file with different values (--latest-by keeps the latest row)</source>
        <translation>案件 ID %1 在此文件中出现多次且值不同（--latest-by 会保留最新的一行）</translation>
    </message>
    <message>
        <source>a date outside the years 1 to 9999 cannot be stored</source>
        <translation>无法存储 1 至 9999 年以外的日期</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were left out for a later row of the same case (latest by %1).</source>
        <translation>
            <numerusform>%n 行因同一案件有更晚的行而被略过（按 %1 取最新）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n case(s) (%1 completed since the last import).</source>
        <translation>
            <numerusform>已更新 %n 件案件（自上次导入以来 %1 件已完成）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) matched cases already in the workbench and were skipped.</source>
        <translation>
            <numerusform>%n 行与工作台中已有的案件相同，已跳过。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Yardstick::CaseRecordBulkWriter</name>
    <message>
        <source>The workbench is not open.</source>
        <translation>工作台未打开。</translation>
    </message>
    <message>
        <source>A case date must fall in the years 1 to 9999.</source>
        <translation>案件日期必须在 1 至 9999 年之间。</translation>
    </message>
    <message>
        <source>No import is in progress.</source>
        <translation>没有正在进行的导入。</translation>
    </message>
    <message>
        <source>A changed case could not be read again from the workbench.</source>
        <translation>无法从工作台再次读取已变更的案件。</translation>
    </message>
</context>
<context>
    <name>Yardstick::CaseRecordRepository</name>
    <message>
        <source>Case %1: a case date must fall in the years 1 to 9999.</source>
        <translation>案件 %1：案件日期必须在 1 至 9999 年之间。</translation>
    </message>
</context>
<context>
    <name>Yardstick::CasesCommand</name>
    <message>
        <source>Show a case&apos;s stored values and the history of its changes by re-imports.</source>
        <translation>显示案件的存储值，以及重新导入对其所做更改的历史。</translation>
    </message>
    <message>
        <source>With --history CASE_ID, prints the case&apos;s stored values and every change a re-import made to it (old and new value, the file it came from and when), oldest first. Case ids repeat across services in some workbenches: all cases with the id are shown unless --service names one (by code or name). csv lists the changes (service,case_id,imported_at,file,field,old_value,new_value); json holds both the stored values and the changes. Exits 1 when no case has the id.</source>
        <translation>使用 --history CASE_ID 时，输出该案件的存储值以及每次重新导入对其所做的更改（旧值和新值、来源文件及时间），按时间从早到晚排列。在某些工作台中，不同服务的案件 ID 会重复：除非用 --service 指定一个服务（按代码或名称），否则显示所有具有该 ID 的案件。csv 列出更改（service,case_id,imported_at,file,field,old_value,new_value）；json 同时包含存储值和更改。没有案件具有该 ID 时退出码为 1。</translation>
    </message>
    <message>
        <source>The case whose history to show.</source>
        <translation>要显示其历史的案件。</translation>
    </message>
    <message>
        <source>CASE_ID</source>
        <translation>CASE_ID</translation>
    </message>
    <message>
        <source>Only the case in this service (code or name).</source>
        <translation>仅该服务中的案件（代码或名称）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>The output format: table (the default), csv or json.</source>
        <translation>输出格式：table（默认）、csv 或 json。</translation>
    </message>
    <message>
        <source>The workbench file.</source>
        <translation>工作台文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Give one workbench file.</source>
        <translation>请给出一个工作台文件。</translation>
    </message>
    <message>
        <source>Name the case with --history CASE_ID.</source>
        <translation>请用 --history CASE_ID 指定案件。</translation>
    </message>
    <message>
        <source>The workbench has no service &quot;%1&quot;.</source>
        <translation>工作台中没有服务“%1”。</translation>
    </message>
    <message>
        <source>The workbench has no case &quot;%1&quot; in service &quot;%2&quot;.</source>
        <translation>工作台中服务“%2”下没有案件“%1”。</translation>
    </message>
    <message>
        <source>The workbench has no case &quot;%1&quot;.</source>
        <translation>工作台中没有案件“%1”。</translation>
    </message>
    <message>
        <source>Case %1 in %2
</source>
        <translation>案件 %1（%2）
</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>存储值</translation>
    </message>
    <message>
        <source>(open)</source>
        <translation>（未结）</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>No changes since it was first imported.
</source>
        <translation>自首次导入以来没有更改。
</translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>旧值</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新值</translation>
    </message>
</context>
<context>
    <name>Yardstick::CatalogueTerms</name>
    <message>
        <source>%1 is not a basis; use one or more of: %2 (separated by ;)</source>
        <translation>%1 不是依据；请使用以下一项或多项：%2（以 ; 分隔）</translation>
    </message>
    <message>
        <source>%1 is not a metric; use one of: %2</source>
        <translation>%1 不是指标；请使用以下之一：%2</translation>
    </message>
    <message>
        <source>%1 is not a statistic; use one of: mean, median, p90 (a percentile from 1 to 99), % within 5 days (any number of days above 0)</source>
        <translation>%1 不是统计量；请使用以下之一：mean、median、p90（1 至 99 的百分位数）、% within 5 days（天数为大于 0 的任意数）</translation>
    </message>
    <message>
        <source>%1 is not a direction; use one of: %2, %3</source>
        <translation>%1 不是方向；请使用以下之一：%2、%3</translation>
    </message>
</context>
<context>
    <name>Yardstick::ChangeLogModel</name>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Merge undone</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信件</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Value model</source>
        <translation>价值模型</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Lexicon</source>
        <translation>词典</translation>
    </message>
    <message>
        <source>SERVQUAL weight</source>
        <translation>SERVQUAL 权重</translation>
    </message>
    <message>
        <source>Survey feed</source>
        <translation>调查数据来源</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>调查</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>稽核清单</translation>
    </message>
    <message>
        <source>Audit feed</source>
        <translation>稽核数据来源</translation>
    </message>
</context>
<context>
    <name>Yardstick::ChartCommand</name>
    <message>
        <source>Draw a trend, control, Pareto, heat-map, department or complaints-per-month chart to PNG, SVG or PDF.</source>
        <translation>将趋势图、控制图、帕累托图、热力图、部门图或每月投诉图绘制为 PNG、SVG 或 PDF。</translation>
    </message>
    <message>
        <source>A standard&apos;s code; repeat to overlay trends.</source>
        <translation>标准的代码；重复使用可叠加多条趋势。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>trend, control, pareto, heatmap, departments, complaints-per-month, dollars-at-stake, servqual-gaps or servqual-quadrant.</source>
        <translation>trend、control、pareto、heatmap、departments、complaints-per-month、dollars-at-stake、servqual-gaps 或 servqual-quadrant。</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>slide (16:9, 1920x1080, the default), slide-4:3 (1440x1080), a4 (landscape), a4-portrait or WxH in pixels.</source>
        <translation>slide（16:9，1920x1080，默认）、slide-4:3（1440x1080）、a4（横向）、a4-portrait 或以像素表示的 WxH。</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>Resolution, 96 to 600 (default 150).</source>
        <translation>分辨率，96 至 600（默认 150）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The title over the chart.</source>
        <translation>图表上方的标题。</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>The line under the title.</source>
        <translation>标题下方的一行文字。</translation>
    </message>
    <message>
        <source>The source line at the bottom.</source>
        <translation>底部的来源行。</translation>
    </message>
    <message>
        <source>week, month (the default) or quarter.</source>
        <translation>week、month（默认）或 quarter。</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PERIOD</translation>
    </message>
    <message>
        <source>First day to chart (YYYY-MM-DD).</source>
        <translation>图表的第一天（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Last day to chart (YYYY-MM-DD).</source>
        <translation>图表的最后一天（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>For control charts: imr, xbar-s, p, np, c or u (default: p for shares of cases with known counts, u for rates per 1,000 with known units, imr otherwise).</source>
        <translation>用于控制图：imr、xbar-s、p、np、c 或 u（默认：已知案件数的比例用 p，已知单位数的每千件比率用 u，其他用 imr）。</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>For control charts: nelson (the default), western-electric or none.</source>
        <translation>用于控制图：nelson（默认）、western-electric 或 none。</translation>
    </message>
    <message>
        <source>RULES</source>
        <translation>RULES</translation>
    </message>
    <message>
        <source>For Pareto charts: complaints-by-service (the default), complaints-by-dimension or breaches.</source>
        <translation>用于帕累托图：complaints-by-service（默认）、complaints-by-dimension 或 breaches。</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>SUBJECT</translation>
    </message>
    <message>
        <source>The survey wave of a servqual-gaps or servqual-quadrant chart (default: the latest).</source>
        <translation>servqual-gaps 或 servqual-quadrant 图的调查轮次（默认：最近一轮）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The workbench file to read.</source>
        <translation>要读取的工作台文件。</translation>
    </message>
    <message>
        <source>Give --kind: trend, control, pareto, heatmap, departments, complaints-per-month, dollars-at-stake, servqual-gaps or servqual-quadrant.</source>
        <translation>请给出 --kind：trend、control、pareto、heatmap、departments、complaints-per-month、dollars-at-stake、servqual-gaps 或 servqual-quadrant。</translation>
    </message>
    <message>
        <source>A %1 chart needs --standard CODE.</source>
        <translation>%1 图需要 --standard CODE。</translation>
    </message>
    <message>
        <source>A control chart shows one standard; give one --standard.</source>
        <translation>控制图只显示一个标准；请给出一个 --standard。</translation>
    </message>
    <message>
        <source>The period &quot;%1&quot; is not known; use week, month or quarter.</source>
        <translation>期间“%1”未知；请使用 week、month 或 quarter。</translation>
    </message>
    <message>
        <source>--from and --to take dates written YYYY-MM-DD.</source>
        <translation>--from 和 --to 的日期格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>The chart type &quot;%1&quot; is not known.</source>
        <translation>控制图类型“%1”未知。</translation>
    </message>
    <message>
        <source>The rules &quot;%1&quot; are not known; use nelson, western-electric or none.</source>
        <translation>规则“%1”未知；请使用 nelson、western-electric 或 none。</translation>
    </message>
    <message>
        <source>--pareto takes complaints-by-service, complaints-by-dimension or breaches.</source>
        <translation>--pareto 可取 complaints-by-service、complaints-by-dimension 或 breaches。</translation>
    </message>
    <message>
        <source>Give the file to write with --out.</source>
        <translation>请用 --out 给出要写入的文件。</translation>
    </message>
    <message>
        <source>Give one workbench file.</source>
        <translation>请给出一个工作台文件。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Wrote %1.
</source>
        <translation>已写入 %1。
</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 x %3 px at %4 dpi).
</source>
        <translation>已写入 %1（%2 x %3 像素，%4 dpi）。
</translation>
    </message>
    <message>
        <source>The file to write: .png, .svg or .pdf; .pptx for one 16:9 PowerPoint slide (the chart as a picture, its numbers in the speaker notes); or .json for the numbers of a Pareto or complaints-per-month chart (confirmed and suggested labels apart).</source>
        <translation>要写入的文件：.png、.svg 或 .pdf；.pptx 表示一张 16:9 的 PowerPoint 幻灯片（图表为图片，其数据放在演讲者备注中）；或 .json，用于帕累托图或每月投诉图的数据（已确认和建议的标签分开）。</translation>
    </message>
    <message>
        <source>The --out file must end in .png, .svg, .pdf, .pptx or .json.</source>
        <translation>--out 文件必须以 .png、.svg、.pdf、.pptx 或 .json 结尾。</translation>
    </message>
    <message>
        <source>JSON is written for the Pareto and complaints-per-month charts; write this one as .png, .svg, .pdf or .pptx.</source>
        <translation>只有帕累托图和每月投诉图可写为 JSON；请将此图写为 .png、.svg、.pdf 或 .pptx。</translation>
    </message>
    <message>
        <source>Wrote %1 (one 16:9 slide).
</source>
        <translation>已写入 %1（一张 16:9 幻灯片）。
</translation>
    </message>
    <message>
        <source>Draws a chart from the workbench exactly as the GUI does and exports it with its title, subtitle, source line and the workbench&apos;s organisation. trend: one or more standards over time with target, threshold, phases and the headline; control: one standard&apos;s control chart with run rules, rebased at its recorded phases; pareto: complaint letters by service or dimension, or standards by breached periods; heatmap: standards by period coloured by status (the given standards, or all; more standards than a page holds go on further pages: FILE-2.png, FILE-3.png … for PNG and SVG, further pages or slides in one PDF or deck); departments: the share of standards each department met; complaints-per-month: complaint letters received each month, stacked by primary dimension; dollars-at-stake: the standards missed in the period ranked by what missing the target costs a year, from their value models; servqual-gaps: a survey wave&apos;s SERVQUAL gap by dimension beside the wave before; servqual-quadrant: its items&apos; importance against performance. The format follows the --out file&apos;s suffix.</source>
        <translation>按与图形界面完全相同的方式从工作台绘制图表，并连同标题、副标题、来源行和工作台的组织名称一起导出。trend：一个或多个标准随时间的变化，含目标值、最低可接受值、阶段和主要结论；control：一个标准的控制图，含判异规则，并在其记录的阶段处重新计算控制限；pareto：按服务或维度统计的投诉信，或按未达标期间数排列的标准；heatmap：按期间、以状态着色的标准（所给标准或全部；一页放不下的标准续在后面各页：PNG 和 SVG 为 FILE-2.png、FILE-3.png …，PDF 或演示文稿则为同一文件中的后续页面或幻灯片）；departments：各部门达标的标准所占比例；complaints-per-month：每月收到的投诉信，按主要维度堆叠；dollars-at-stake：该期间未达标的标准，按其价值模型计算的每年未达目标值的成本排序；servqual-gaps：某轮次调查各维度的 SERVQUAL 差距，与上一轮次并列；servqual-quadrant：其题项的重要性与表现对比。格式由 --out 文件的后缀决定。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n 16:9 slides).
</source>
        <translation>
            <numerusform>已写入 %1（%n 张 16:9 幻灯片）。
</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 (%2 x %3 px at %4 dpi): the chart is too long for one page, one file a page.
</source>
        <translation>已写入 %1（%2 x %3 像素，%4 dpi）：图表一页放不下，每页一个文件。
</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n pages of %2 x %3 px at %4 dpi).
</source>
        <translation>
            <numerusform>已写入 %1（共 %n 页，每页 %2 x %3 像素，%4 dpi）。
</numerusform>
        </translation>
    </message>
    <message>
        <source>--master takes a PowerPoint deck&apos;s master: write the chart with --out CHART.pptx.</source>
        <translation>--master 用于指定 PowerPoint 演示文稿的母版：请用 --out CHART.pptx 输出图表。</translation>
    </message>
    <message>
        <source>Wrote %1 (one slide on the master of %2).
</source>
        <translation>已写入 %1（一张幻灯片，使用 %2 的母版）。
</translation>
    </message>
</context>
<context>
    <name>Yardstick::ChartService</name>
    <message>
        <source>The workbench holds no data yet.</source>
        <translation>工作台中尚无数据。</translation>
    </message>
    <message>
        <source>This workbench holds no complaint letters yet.</source>
        <translation>此工作台中尚无投诉信。</translation>
    </message>
    <message>
        <source>Choose a standard to chart.</source>
        <translation>请选择要绘图的标准。</translation>
    </message>
    <message>
        <source>There is no data to chart for these standards.</source>
        <translation>这些标准没有可绘制的数据。</translation>
    </message>
    <message>
        <source>There is nothing to rank: no letters or breaches in the range.</source>
        <translation>没有可排序的内容：该范围内没有投诉信或未达标。</translation>
    </message>
    <message>
        <source>There are no complaint letters in the range.</source>
        <translation>该范围内没有投诉信。</translation>
    </message>
    <message numerus="yes">
        <source>No standard was breached in the last %n period(s).</source>
        <translation>
            <numerusform>最近 %n 个期间中没有标准未达标。</numerusform>
        </translation>
    </message>
    <message>
        <source>No standard has a value model yet: give one with Value Model… on the Standards page.</source>
        <translation>尚无标准设有价值模型：请在“标准”页面用“价值模型…”设置。</translation>
    </message>
    <message>
        <source>Nothing is at stake: no standard with a value model misses its target in the period.</source>
        <translation>没有涉及的金额：该期间没有设有价值模型的标准未达目标值。</translation>
    </message>
    <message>
        <source>Every standard met its target in each recent period; tick two or more standards to see them anyway.</source>
        <translation>每个标准在最近各期间均达到目标值；勾选两个或更多标准仍可查看。</translation>
    </message>
    <message>
        <source>No department has standards with data in the period.</source>
        <translation>该期间没有部门拥有有数据的标准。</translation>
    </message>
    <message>
        <source>The workbench has no survey answers to chart.</source>
        <translation>工作台中没有可绘图的调查答卷。</translation>
    </message>
    <message>
        <source>The workbench has no answers for the wave &quot;%1&quot;.</source>
        <translation>工作台中没有轮次“%1”的答卷。</translation>
    </message>
    <message>
        <source>The wave&apos;s items have no importance to place them by.</source>
        <translation>该轮次的题项没有可用于定位的重要性。</translation>
    </message>
</context>
<context>
    <name>Yardstick::ChartSlideText</name>
    <message>
        <source>Period: %1</source>
        <translation>期间：%1</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>值：%1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>目标值：%1</translation>
    </message>
    <message>
        <source>Threshold: %1</source>
        <translation>最低可接受值：%1</translation>
    </message>
    <message>
        <source>n: %1</source>
        <translation>样本量 n：%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Chart: %1 to %2</source>
        <translation>图表：%1 至 %2</translation>
    </message>
    <message>
        <source>Headline: %1</source>
        <translation>主要结论：%1</translation>
    </message>
    <message>
        <source>%1 against a target of %2</source>
        <translation>%1，目标值为 %2</translation>
    </message>
    <message>
        <source>Centre line %1, control limits %2 to %3</source>
        <translation>中心线 %1，控制限 %2 至 %3</translation>
    </message>
    <message>
        <source>Chart: %1 to %2, points: %3</source>
        <translation>图表：%1 至 %2，数据点：%3</translation>
    </message>
    <message>
        <source>Points flagged by the run rules: %1</source>
        <translation>判异规则标出的数据点：%1</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>The first %1 make up %2% of the total</source>
        <translation>前 %1 项占总数的 %2%</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <source>%1: %2 (cumulative %3%)</source>
        <translation>%1：%2（累计 %3%）</translation>
    </message>
    <message>
        <source>Letters from %1 to %2: %3</source>
        <translation>%1 至 %2 的投诉信：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Breached in %1: %2 of these %3 standards</source>
        <translation>%1 未达标：这 %3 项标准中有 %2 项</translation>
    </message>
    <message>
        <source>%1: %2 of %3 standards met (%4%)</source>
        <translation>%1：%3 项标准中有 %2 项达标（%4%）</translation>
    </message>
    <message>
        <source>From %1% (%2) to %3% (%4) of standards met</source>
        <translation>达标的标准从 %1%（%2）变为 %3%（%4）</translation>
    </message>
</context>
<context>
    <name>Yardstick::ClassifyCommand</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Conf.</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>需查看</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>needs a look</source>
        <translation>需人工查看</translation>
    </message>
    <message>
        <source>Label letter files with the workbench&apos;s classifier, without storing them.</source>
        <translation>用工作台的分类器为投诉信文件加标签，不存储。</translation>
    </message>
    <message>
        <source>Reads each letter file (.txt, .md, .eml, or .csv with one letter per row; a folder is read for all of them) and prints the labels the workbench&apos;s classifier gives it: the service with its confidence (marked &quot;needs a look&quot; below %1, where the service is only a guess), the dimensions (most likely first) with theirs, the severity, and the terms that drove them. The classifier is the workbench&apos;s lexicon and a model trained on its confirmed letters. Nothing is stored. Letters that cannot be read are reported on stderr as file:line: column: reason, and the exit code is 1.</source>
        <translation>读取每个投诉信文件（.txt、.md、.eml，或每行一封信的 .csv；文件夹则读取其中全部文件），并输出工作台分类器给出的标签：服务及其置信度（低于 %1 时标记为“需人工查看”，此时服务仅为猜测）、维度（可能性最高的在前）及其置信度、严重程度，以及决定这些标签的关键词。分类器由工作台的词典和用其已确认投诉信训练的模型组成。不存储任何内容。无法读取的投诉信以 file:line: column: reason 的形式报告到 stderr，退出码为 1。</translation>
    </message>
    <message>
        <source>table (the default) or json; UTF-8.</source>
        <translation>table（默认）或 json；UTF-8。</translation>
    </message>
    <message>
        <source>Read the letters in this encoding (UTF-8, GB18030, Windows-1252...) instead of detecting it.</source>
        <translation>按此编码读取投诉信（UTF-8、GB18030、Windows-1252...），而不是自动检测。</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>The workbench.</source>
        <translation>工作台。</translation>
    </message>
    <message>
        <source>FILE.yardstick</source>
        <translation>FILE.yardstick</translation>
    </message>
    <message>
        <source>The letter files or folders.</source>
        <translation>投诉信文件或文件夹。</translation>
    </message>
    <message>
        <source>LETTER...</source>
        <translation>LETTER...</translation>
    </message>
    <message>
        <source>Give the workbench and at least one letter file.</source>
        <translation>请给出工作台和至少一个投诉信文件。</translation>
    </message>
</context>
<context>
    <name>Yardstick::ClassifyEvalCommand</name>
    <message>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>macro-F1 %1
accuracy %2 (%3 letters)
</source>
        <translation>macro-F1 %1
准确率 %2（%3 封投诉信）
</translation>
    </message>
    <message>
        <source>Confidence floor %1: %2 letters above it, their service right %3; %4 marked &quot;needs a look&quot;, their best guess right %5
</source>
        <translation>置信度下限 %1：%2 封投诉信高于该值，其服务正确率 %3；%4 封标记为“需人工查看”，其最佳猜测正确率 %5
</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>投诉信</translation>
    </message>
    <message>
        <source>Service accuracy</source>
        <translation>服务准确率</translation>
    </message>
    <message>
        <source>Service macro-F1</source>
        <translation>服务 macro-F1</translation>
    </message>
    <message>
        <source>Dimension accuracy</source>
        <translation>维度准确率</translation>
    </message>
    <message>
        <source>Dimension macro-F1</source>
        <translation>维度 macro-F1</translation>
    </message>
    <message>
        <source>Learning curve (trained on the first N letters of the other folds, in the seeded shuffle&apos;s order)
</source>
        <translation>学习曲线（用其他折中按固定随机顺序排列的前 N 封投诉信训练）
</translation>
    </message>
    <message>
        <source>Not enough letters for %1: each fold trains on at most %2.
</source>
        <translation>投诉信不足以计算 %1：每折最多用 %2 封训练。
</translation>
    </message>
    <message>
        <source>Cross-validate the letter classifier on the workbench&apos;s confirmed letters.</source>
        <translation>用工作台中已确认的投诉信对投诉信分类器做交叉验证。</translation>
    </message>
    <message>
        <source>Runs k-fold cross-validation over the workbench&apos;s confirmed letters: they are shuffled (the same way every time) and dealt into K folds, each (service, dimension) combination spread evenly; each fold is classified by the lexicon and a model trained on the other folds only. Prints precision, recall, F1 and support per service and per primary dimension, with the macro-F1 (the unweighted mean of the labels&apos; F1) and the accuracy. A label never predicted has precision 0.</source>
        <translation>对工作台中已确认的投诉信进行 k 折交叉验证：将其打乱（每次方式相同）并分到 K 折中，每种（服务，维度）组合均匀分布；每折由词典和仅用其他折训练的模型分类。输出每个服务和每个主要维度的精确率、召回率、F1 和样本数，以及 macro-F1（各标签 F1 的未加权平均）和准确率。从未被预测的标签精确率为 0。</translation>
    </message>
    <message>
        <source>The number of folds (default 5).</source>
        <translation>折数（默认 5）。</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Classify with the lexicon alone, without the trained model.</source>
        <translation>仅用词典分类，不用训练的模型。</translation>
    </message>
    <message>
        <source>table (the default) or json; UTF-8.</source>
        <translation>table（默认）或 json；UTF-8。</translation>
    </message>
    <message>
        <source>Add a learning curve: accuracy and macro-F1 of service and primary dimension after 25, 50, 100 and 200 confirmed letters. For each fold the classifier is trained on the first N letters of the other folds, taken in the seeded shuffle&apos;s order (so the smaller sets lie inside the larger), and classifies the fold; sizes above what each fold can train on are left out.</source>
        <translation>添加学习曲线：在 25、50、100 和 200 封已确认投诉信之后，服务和主要维度的准确率与 macro-F1。每折的分类器用其他折中按固定随机顺序排列的前 N 封投诉信训练（因此较小的集合包含在较大的集合中），然后对该折分类；超过每折可训练数量的规模不计。</translation>
    </message>
    <message>
        <source>The model to evaluate: linear (the default; softmax regression) or naive-bayes (the model before it, to compare).</source>
        <translation>要评估的模型：linear（默认；softmax 回归）或 naive-bayes（之前的模型，用于比较）。</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>The workbench.</source>
        <translation>工作台。</translation>
    </message>
    <message>
        <source>FILE.yardstick</source>
        <translation>FILE.yardstick</translation>
    </message>
    <message>
        <source>--folds %1: give a whole number from 2 to %2.</source>
        <translation>--folds %1：请给出 2 至 %2 的整数。</translation>
    </message>
    <message>
        <source>--model %1: give linear or naive-bayes.</source>
        <translation>--model %1：请给出 linear 或 naive-bayes。</translation>
    </message>
    <message>
        <source>Give one workbench.</source>
        <translation>请给出一个工作台。</translation>
    </message>
    <message>
        <source>%1 has %2 confirmed letters; cross-validation with %3 folds needs at least %4. Confirm the labels of more letters first.</source>
        <translation>%1 有 %2 封已确认的投诉信；%3 折交叉验证至少需要 %4 封。请先确认更多投诉信的标签。</translation>
    </message>
    <message>
        <source>lexicon only</source>
        <translation>仅词典</translation>
    </message>
    <message>
        <source>lexicon and naive Bayes</source>
        <translation>词典和朴素贝叶斯</translation>
    </message>
    <message>
        <source>lexicon and linear model</source>
        <translation>词典和线性模型</translation>
    </message>
    <message>
        <source>%1-fold cross-validation over %2 confirmed letters (%3)

</source>
        <translation>对 %2 封已确认投诉信的 %1 折交叉验证（%3）

</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
</context>
<context>
    <name>Yardstick::Command</name>
    <message>
        <source>The workbench has no standard &quot;%1&quot;.</source>
        <translation>工作台中没有标准“%1”。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <source>Run &quot;%1 %2 --help&quot; to see how to use it.</source>
        <translation>运行“%1 %2 --help”查看用法。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <source>The format &quot;%1&quot; is not known; use %2.</source>
        <translation>格式“%1”未知；请使用 %2。</translation>
    </message>
    <message>
        <source>week (ISO), month (the default) or quarter.</source>
        <translation>week（ISO）、month（默认）或 quarter。</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PERIOD</translation>
    </message>
    <message>
        <source>The workbench has no department &quot;%1&quot;.</source>
        <translation>工作台中没有部门“%1”。</translation>
    </message>
    <message>
        <source>The Excel workbook to write with --format xlsx (replaced if it exists).</source>
        <translation>使用 --format xlsx 时要写入的 Excel 工作簿（如已存在则替换）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>--format xlsx writes a workbook to a file; name it with --out FILE.xlsx.</source>
        <translation>--format xlsx 将工作簿写入文件；请用 --out FILE.xlsx 指定文件名。</translation>
    </message>
    <message>
        <source>--out is for --format xlsx; the other formats go to standard output.</source>
        <translation>--out 用于 --format xlsx；其他格式输出到标准输出。</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>计分卡</translation>
    </message>
    <message>
        <source>A PowerPoint deck or template (.pptx, .potx) whose slide master, layouts and theme the slides use (only with a .pptx --out file).</source>
        <translation>一个 PowerPoint 演示文稿或模板（.pptx、.potx），幻灯片使用其母版、版式和主题（仅当 --out 为 .pptx 文件时）。</translation>
    </message>
    <message>
        <source>DECK</source>
        <translation>演示文稿</translation>
    </message>
    <message>
        <source>Cannot use %1 as the master: %2</source>
        <translation>无法将 %1 用作母版：%2</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
</context>
<context>
    <name>Yardstick::CommandDispatcher</name>
    <message>
        <source>Creates and reads Yardstick workbench files without the desktop application.</source>
        <translation>无需桌面应用即可创建和读取 Yardstick 工作台文件。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run &quot;%1 COMMAND --help&quot; to see the options of a command.</source>
        <translation>运行“%1 COMMAND --help”查看命令的选项。</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; to see the commands.</source>
        <translation>运行“%1 --help”查看命令列表。</translation>
    </message>
    <message>
        <source>Show this help, with the list of commands, and exit.</source>
        <translation>显示此帮助及命令列表，然后退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本并退出。</translation>
    </message>
    <message>
        <source>One of the commands listed above, followed by its own options and arguments.</source>
        <translation>上面列出的命令之一，后接其自己的选项和参数。</translation>
    </message>
    <message>
        <source>COMMAND [ARGUMENTS]</source>
        <translation>COMMAND [ARGUMENTS]</translation>
    </message>
    <message>
        <source>No command was given.</source>
        <translation>未给出命令。</translation>
    </message>
    <message>
        <source>There is no command called &quot;%1&quot;.</source>
        <translation>没有名为“%1”的命令。</translation>
    </message>
    <message>
        <source>%1 is a team workbench on a server: &quot;%2 %3&quot; is not yet supported on a server workbench.</source>
        <translation>%1 是服务器上的团队工作台：服务器工作台尚不支持“%2 %3”。</translation>
    </message>
    <message>
        <source>The language of help, messages, charts, report packs and the demo: zh_CN (Simplified Chinese) or en. By default the system&apos;s. It may stand anywhere on the line; CSV and JSON keys stay English.</source>
        <translation>帮助、消息、图表、报告包和演示工作台所用的语言：zh_CN（简体中文）或 en。默认跟随系统语言。可放在命令行的任何位置；CSV 和 JSON 的键始终为英文。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
</context>
<context>
    <name>Yardstick::ComplaintListModel</name>
    <message>
        <source>%1 (+ %2)</source>
        <extracomment>The primary dimension, then the others in brackets: &quot;Timeliness (+ Accuracy)&quot;</extracomment>
        <translation>%1（+ %2）</translation>
    </message>
    <message>
        <source>Key</source>
        <extracomment>The key-customer flag column: kept narrow</extracomment>
        <translation>重点</translation>
    </message>
    <message>
        <source>Needs a look</source>
        <translation>需人工查看</translation>
    </message>
    <message>
        <source>Key customer: the red channel, worked first</source>
        <translation>重点客户：红色通道，优先处理</translation>
    </message>
    <message>
        <source>No service was suggested with %1% confidence or more: choose it (S).</source>
        <translation>没有服务的建议置信度达到 %1% 或以上：请选择服务（S）。</translation>
    </message>
    <message>
        <source>Key customers (the red channel)</source>
        <translation>重点客户（红色通道）</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
</context>
<context>
    <name>Yardstick::ComplianceText</name>
    <message>
        <source>Met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Improving</source>
        <translation>改善</translation>
    </message>
    <message>
        <source>Worsening</source>
        <translation>恶化</translation>
    </message>
    <message>
        <source>Too few periods</source>
        <translation>期间太少</translation>
    </message>
    <message>
        <source>Steady</source>
        <translation>平稳</translation>
    </message>
    <message>
        <source>Thin week: %1 cases against a usual %2</source>
        <translation>案件偏少的周：%1 件，通常为 %2 件</translation>
    </message>
    <message>
        <source>Thin quarter: %1 cases against a usual %2</source>
        <translation>案件偏少的季度：%1 件，通常为 %2 件</translation>
    </message>
    <message>
        <source>Thin month: %1 cases against a usual %2</source>
        <translation>案件偏少的月：%1 件，通常为 %2 件</translation>
    </message>
    <message numerus="yes">
        <source>%n of the last 6 weeks</source>
        <translation>
            <numerusform>最近 6 周中有 %n 周</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the last 6 quarters</source>
        <translation>
            <numerusform>最近 6 个季度中有 %n 个季度</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the last 6 months</source>
        <translation>
            <numerusform>最近 6 个月中有 %n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>Too few periods: a trend is called from %1 periods with values; %2 had one (thin periods left out: %3).</source>
        <translation>期间太少：趋势需要 %1 个有数值的期间才能判断；%2 只有一个（已略去案件偏少的期间：%3）。</translation>
    </message>
    <message>
        <source>Too few periods: a trend is called from %1 periods with values; %2 had one.</source>
        <translation>期间太少：趋势需要 %1 个有数值的期间才能判断；%2 只有一个。</translation>
    </message>
</context>
<context>
    <name>Yardstick::Console</name>
    <message>
        <source>Could not write to the standard output.</source>
        <translation>无法写入标准输出。</translation>
    </message>
</context>
<context>
    <name>Yardstick::ControlChartTable</name>
    <message>
        <source>Chart: %1</source>
        <translation>控制图：%1</translation>
    </message>
    <message>
        <source>Rules: %1</source>
        <translation>规则：%1</translation>
    </message>
    <message>
        <source>Sigma: %1</source>
        <translation>Sigma：%1</translation>
    </message>
    <message>
        <source>Dispersion chart: %1</source>
        <translation>离散度图：%1</translation>
    </message>
    <message>
        <source>Phase I (limits from): subgroups %1 to %2</source>
        <translation>阶段 I（计算控制限）：子组 %1 至 %2</translation>
    </message>
    <message>
        <source>Phase I (limits from): points %1 to %2</source>
        <translation>阶段 I（计算控制限）：点 %1 至 %2</translation>
    </message>
    <message>
        <source>Phase I (limits from): subgroups %1 to %2; phase II: %3 to %4</source>
        <translation>阶段 I（计算控制限）：子组 %1 至 %2；阶段 II：%3 至 %4</translation>
    </message>
    <message>
        <source>Phase I (limits from): points %1 to %2; phase II: %3 to %4</source>
        <translation>阶段 I（计算控制限）：点 %1 至 %2；阶段 II：%3 至 %4</translation>
    </message>
    <message>
        <source>Left out of the limits: %1</source>
        <translation>不参与计算控制限：%1</translation>
    </message>
    <message>
        <source>Center, LCL and UCL: vary by point</source>
        <translation>中心线、LCL 和 UCL：逐点变化</translation>
    </message>
    <message>
        <source>Center: %1  LCL and UCL: vary by point</source>
        <translation>中心线：%1  LCL 和 UCL：逐点变化</translation>
    </message>
    <message>
        <source>Center: %1  LCL: %2  UCL: %3</source>
        <translation>中心线：%1  LCL：%2  UCL：%3</translation>
    </message>
    <message>
        <source>I (excluded)</source>
        <translation>I（已剔除）</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>II (excluded)</source>
        <translation>II（已剔除）</translation>
    </message>
    <message>
        <source>II</source>
        <translation>II</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>中心线</translation>
    </message>
    <message>
        <source>LCL</source>
        <translation>LCL</translation>
    </message>
    <message>
        <source>UCL</source>
        <translation>UCL</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>异常信号</translation>
    </message>
    <message>
        <source>No rule signalled.</source>
        <translation>没有规则发出异常信号。</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Rules that signalled:</source>
        <translation>发出异常信号的规则：</translation>
    </message>
</context>
<context>
    <name>Yardstick::CopyCommand</name>
    <message>
        <source>Copy a whole workbench: a file to a team workbench on a server, or back.</source>
        <translation>复制整个工作台：从文件复制到服务器上的团队工作台，或反向复制。</translation>
    </message>
    <message>
        <source>Could not copy into %1: %2</source>
        <translation>无法复制到 %1：%2</translation>
    </message>
    <message>
        <source>Copies every standard, measurement, case, letter, survey, audit and setting of a workbench into a new one, exactly: a workbench file to a team workbench on a PostgreSQL server, a team workbench to a file, or a file to a file. The copy is made in one transaction: it is whole or not there.</source>
        <translation>将工作台的全部服务标准、测量值、个案、投诉信、调查、稽核和设置原样复制到一个新的工作台：工作台文件到 PostgreSQL 服务器上的团队工作台、团队工作台到文件，或文件到文件。复制在一个事务中完成：要么完整，要么不存在。</translation>
    </message>
    <message>
        <source>The workbench to copy: a file or a postgresql:// address.</source>
        <translation>要复制的工作台：文件或 postgresql:// 地址。</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>The new workbench: a file that does not exist yet, or the postgresql:// address of an empty database.</source>
        <translation>新工作台：尚不存在的文件，或空数据库的 postgresql:// 地址。</translation>
    </message>
    <message>
        <source>DEST</source>
        <translation>DEST</translation>
    </message>
    <message>
        <source>Give the workbench to copy and the new workbench to copy it to.</source>
        <translation>请给出要复制的工作台和复制到的新工作台。</translation>
    </message>
    <message>
        <source>Copied %1 to %2: %3 standards, %4 measurements, %5 case records and %6 complaint letters.</source>
        <translation>已将 %1 复制到 %2：%3 项服务标准、%4 个测量值、%5 条个案记录和 %6 封投诉信。</translation>
    </message>
</context>
<context>
    <name>Yardstick::CsvImportRun</name>
    <message>
        <source>the sheet is empty</source>
        <translation>工作表为空</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the header has no column &quot;%1&quot;</source>
        <translation>表头中没有列“%1”</translation>
    </message>
    <message>
        <source>wrong number of fields: expected %1, found %2</source>
        <translation>字段数错误：应为 %1，实际为 %2</translation>
    </message>
    <message>
        <source>the file has a header but no data rows</source>
        <translation>文件有表头但没有数据行</translation>
    </message>
    <message>
        <source>The dates are not all in one format Yardstick knows (ISO 8601, DD/MM/YYYY or MM/DD/YYYY); they were read as ISO 8601.</source>
        <translation>日期并非全部采用 Yardstick 识别的同一种格式（ISO 8601、DD/MM/YYYY 或 MM/DD/YYYY）；已按 ISO 8601 读取。</translation>
    </message>
    <message>
        <source>Every date could be day-first or month-first; they were read as DD/MM/YYYY. Choose the format if that is wrong.</source>
        <translation>所有日期都既可能是日在前也可能是月在前；已按 DD/MM/YYYY 读取。如有误，请选择格式。</translation>
    </message>
</context>
<context>
    <name>Yardstick::CsvLetters</name>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the header has no column %1 (mapped to %2)</source>
        <translation>表头中没有列 %1（映射到 %2）</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 取自 %2</translation>
    </message>
    <message>
        <source>the header has no column &quot;%1&quot; (name one with --map %1=COLUMN)</source>
        <translation>表头中没有列“%1”（可用 --map %1=COLUMN 指定一列）</translation>
    </message>
    <message>
        <source>the header has no column %1 to read labels from</source>
        <translation>表头中没有可读取标签的列 %1</translation>
    </message>
    <message>
        <source>%1: read %2.</source>
        <translation>%1：读取了 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n other column(s) kept with each letter: %2.</source>
        <translation>
            <numerusform>%1：每封投诉信另保留 %n 列：%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>wrong number of fields: expected %1, found %2</source>
        <translation>字段数错误：应为 %1，实际为 %2</translation>
    </message>
    <message>
        <source>the file has a header but no data rows</source>
        <translation>文件有表头但没有数据行</translation>
    </message>
    <message numerus="yes">
        <source>%1: channel %2 read as %3 (%n letter(s)).</source>
        <translation>
            <numerusform>%1：渠道 %2 读作 %3（%n 封投诉信）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: channel %2 is not one Yardstick knows; recorded as other (%n letter(s)).</source>
        <translation>
            <numerusform>%1：Yardstick 不认识渠道 %2；记录为“其他”（%n 封投诉信）。</numerusform>
        </translation>
    </message>
    <message>
        <source>empty value</source>
        <translation>值为空</translation>
    </message>
    <message>
        <source>cannot read %1 as a date (%2)</source>
        <translation>无法将 %1 读作日期（%2）</translation>
    </message>
    <message>
        <source>%1 is not yes/no, true/false, 1/0 or Y/N</source>
        <translation>%1 不是 yes/no、true/false、1/0 或 Y/N</translation>
    </message>
    <message>
        <source>the letter&apos;s text is empty</source>
        <translation>投诉信正文为空</translation>
    </message>
    <message>
        <source>is not an Excel workbook, so it has no sheet %1</source>
        <translation>不是 Excel 工作簿，因此没有工作表 %1</translation>
    </message>
</context>
<context>
    <name>Yardstick::CsvReader</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>无法读取该文件：%1</translation>
    </message>
    <message>
        <source>A quoted field opens here but its closing quote is missing.</source>
        <translation>此处有一个带引号的字段开始，但缺少结束引号。</translation>
    </message>
    <message>
        <source>This record is longer than %L1 characters; a closing quote is probably missing.</source>
        <translation>这条记录超过 %L1 个字符；可能缺少结束引号。</translation>
    </message>
    <message>
        <source>This line holds bytes that are not valid %1 text. Save the file as UTF-8 and import it again.</source>
        <translation>这一行含有不是有效 %1 文本的字节。请将文件另存为 UTF-8 后重新导入。</translation>
    </message>
</context>
<context>
    <name>Yardstick::Database</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a Yardstick workbench (it is not a SQLite database).</source>
        <translation>%1 不是 Yardstick 工作台（不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <source>%1 is read-only. Yardstick saves every edit as you make it, so it needs permission to write the file. Copy it somewhere writable and open the copy.</source>
        <translation>%1 是只读的。Yardstick 会随时保存每次编辑，因此需要写入该文件的权限。请将其复制到可写的位置并打开副本。</translation>
    </message>
    <message>
        <source>The folder of %1 is read-only. Yardstick keeps a journal beside the workbench, so it needs to write in that folder. Copy the file somewhere writable and open the copy.</source>
        <translation>%1 所在的文件夹是只读的。Yardstick 会在工作台旁保存日志文件，因此需要在该文件夹中写入。请将文件复制到可写的位置并打开副本。</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>%1 is locked by another program. Close it there, or wait until it has finished, and try again.</source>
        <translation>%1 被另一个程序锁定。请在该程序中关闭它，或等其完成后重试。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Yardstick workbench (%2).</source>
        <translation>%1 不是 Yardstick 工作台（%2）。</translation>
    </message>
    <message>
        <source>%1 is a SQLite database, but not a Yardstick workbench.</source>
        <translation>%1 是 SQLite 数据库，但不是 Yardstick 工作台。</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Yardstick (workbench format %2; this version reads up to %3). Update Yardstick to open it.</source>
        <translation>%1 由更新版本的 Yardstick 保存（工作台格式 %2；此版本最高可读 %3）。请更新 Yardstick 后打开。</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened safely (integrity check failed).</source>
        <translation>%1 已损坏，无法安全打开（完整性检查失败）。</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>无法准备 %1：%2</translation>
    </message>
    <message>
        <source>Copying a server workbench is not yet supported.</source>
        <translation>尚不支持复制服务器工作台。</translation>
    </message>
    <message>
        <source>Cannot open %1: Qt&apos;s PostgreSQL driver is not installed (on Debian: libqt6sql6-psql).</source>
        <translation>无法打开 %1：未安装 Qt 的 PostgreSQL 驱动（Debian 软件包：libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 already holds a Yardstick workbench.</source>
        <translation>%1 中已有一个 Yardstick 工作台。</translation>
    </message>
    <message>
        <source>%1 already holds %2 other tables. A team workbench is created only in an empty database: create one for it (createdb) and give its address.</source>
        <translation>%1 中已有 %2 个其他表。团队工作台只能在空数据库中创建：请为它新建一个数据库（createdb），并给出其地址。</translation>
    </message>
    <message>
        <source>Cannot create a workbench in %1: %2</source>
        <translation>无法在 %1 中创建工作台：%2</translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL database, but not a Yardstick workbench.</source>
        <translation>%1 是 PostgreSQL 数据库，但不是 Yardstick 工作台。</translation>
    </message>
</context>
<context>
    <name>Yardstick::DemoAudits</name>
    <message>
        <source>Application desk behaviour</source>
        <translation>申请柜台服务行为</translation>
    </message>
    <message>
        <source>Supervisors observe the application desk and rate each visit.</source>
        <translation>主管观察申请柜台并为每次接待评分。</translation>
    </message>
    <message>
        <source>Greets the customer</source>
        <translation>问候客户</translation>
    </message>
    <message>
        <source>Answers promptly</source>
        <translation>及时回应</translation>
    </message>
    <message>
        <source>Gives correct information</source>
        <translation>提供正确信息</translation>
    </message>
    <message>
        <source>Friendly, helpful attitude</source>
        <translation>态度友好、乐于助人</translation>
    </message>
    <message>
        <source>Explains the next steps</source>
        <translation>说明后续步骤</translation>
    </message>
    <message>
        <source>Telephone service behaviour</source>
        <translation>电话服务行为</translation>
    </message>
    <message>
        <source>Supervisors rate recorded calls to the service lines.</source>
        <translation>主管为服务热线的通话录音评分。</translation>
    </message>
    <message>
        <source>Gives own name</source>
        <translation>报出自己的姓名</translation>
    </message>
    <message>
        <source>Checks the question is answered before ending</source>
        <translation>结束前确认问题已解答</translation>
    </message>
    <message>
        <source>Call line %1</source>
        <translation>热线 %1</translation>
    </message>
    <message>
        <source>Desk %1</source>
        <translation>柜台 %1</translation>
    </message>
</context>
<context>
    <name>Yardstick::DemoWorkbenchGenerator</name>
    <message>
        <source>Creating the demo workbench was cancelled.</source>
        <translation>已取消创建演示工作台。</translation>
    </message>
    <message>
        <source>The demo can only be written into an empty workbench.</source>
        <translation>演示数据只能写入空工作台。</translation>
    </message>
    <message>
        <source>Card division – quality programme (demo)</source>
        <translation>信用卡部 – 质量计划（演示）</translation>
    </message>
    <message>
        <source>Card Division, Quality Assurance</source>
        <translation>信用卡部质量保证处</translation>
    </message>
    <message>
        <source>Quality programme</source>
        <translation>质量计划</translation>
    </message>
    <message>
        <source>Service standards set from customer needs; performance measured weekly and reviewed with management</source>
        <translation>依据客户需求制定服务标准；每周测量表现，并与管理层一起评审</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <source>The demo workbench could not be completed at %1.</source>
        <translation>无法在 %1 完成演示工作台。</translation>
    </message>
    <message>
        <source>Cannot move the finished demo workbench into place at %1.</source>
        <translation>无法将完成的演示工作台移动到 %1。</translation>
    </message>
</context>
<context>
    <name>Yardstick::DepartmentChart</name>
    <message>
        <source>Standards met by department</source>
        <translation>各部门达标的标准</translation>
    </message>
    <message>
        <source>Share of each department&apos;s standards met in %1</source>
        <translation>%1 各部门达标的标准所占比例</translation>
    </message>
    <message>
        <source>Source: the workbench&apos;s scorecard</source>
        <translation>来源：工作台的计分卡</translation>
    </message>
</context>
<context>
    <name>Yardstick::DepartmentSummaryModel</name>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>%1 of %2 standards met</source>
        <translation>%2 个标准中 %1 个达标</translation>
    </message>
    <message>
        <source>Standards met as a share of all the department&apos;s standards on the scorecard (one without data is not met)</source>
        <translation>达标的标准占该部门计分卡上全部标准的比例（没有数据的标准计为未达标）</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Share met</source>
        <translation>达标比例</translation>
    </message>
</context>
<context>
    <name>Yardstick::Direction</name>
    <message>
        <source>Lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>越高越好</translation>
    </message>
</context>
<context>
    <name>Yardstick::EditConflict</name>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>merge undone</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>SERVQUAL weight set</source>
        <translation>设置 SERVQUAL 权重</translation>
    </message>
    <message>
        <source>survey feed set</source>
        <translation>设置调查数据来源</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a trail line&apos;s action, then what it changed</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Another Yardstick window, yardstick-cli or another analyst changed %1 after you started. Nothing was saved over their change; it is shown now. Make your change again if it is still needed.</source>
        <translation>在您开始编辑后，另一个 Yardstick 窗口、yardstick-cli 或其他分析员修改了%1。未保存任何内容覆盖其修改；现已显示该修改。如仍需要，请重新进行您的修改。</translation>
    </message>
    <message>
        <source>%1 changed %2 at %3 (%4) after you started. Nothing was saved over their change; it is shown now. Make your change again if it is still needed.</source>
        <translation>在您开始编辑后，%1 于 %3 修改了%2（%4）。未保存任何内容覆盖其修改；现已显示该修改。如仍需要，请重新进行您的修改。</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>其他人</translation>
    </message>
</context>
<context>
    <name>Yardstick::EmailLetter</name>
    <message>
        <source>the e-mail&apos;s text is not valid base64</source>
        <translation>该电子邮件的正文不是有效的 base64</translation>
    </message>
    <message>
        <source>the e-mail&apos;s text cannot be decoded: %1</source>
        <translation>无法解码该电子邮件的正文：%1</translation>
    </message>
    <message>
        <source>not an e-mail: it does not start with header lines such as &quot;From:&quot; and &quot;Subject:&quot;</source>
        <translation>不是电子邮件：开头没有“From:”和“Subject:”等标头行</translation>
    </message>
    <message>
        <source>the e-mail ends inside its body (the closing boundary &quot;--%1--&quot; is missing): the file looks cut off</source>
        <translation>该电子邮件在正文中途结束（缺少结束分隔线“--%1--”）：文件似乎被截断</translation>
    </message>
    <message>
        <source>the e-mail has no text part (only attachments or other content)</source>
        <translation>该电子邮件没有文本部分（只有附件或其他内容）</translation>
    </message>
    <message>
        <source>the e-mail&apos;s text is empty</source>
        <translation>该电子邮件的正文为空</translation>
    </message>
    <message>
        <source>%1: the Date header &quot;%2&quot; cannot be read; the file&apos;s time is used as the received time</source>
        <translation>%1：无法读取 Date 标头“%2”；改用文件时间作为收到时间</translation>
    </message>
</context>
<context>
    <name>Yardstick::ExportPresets</name>
    <message>
        <source>ServiceNow request export</source>
        <translation>ServiceNow 请求导出</translation>
    </message>
    <message>
        <source>ServiceNow writes yyyy-MM-dd HH:mm:ss unless the exporting user chose another format; the whole file decides (Auto).</source>
        <translation>除非导出用户选择了其他格式，ServiceNow 写为 yyyy-MM-dd HH:mm:ss；由整个文件决定（自动）。</translation>
    </message>
    <message>
        <source>ServiceNow incident export</source>
        <translation>ServiceNow 事件导出</translation>
    </message>
    <message>
        <source>Zendesk ticket export</source>
        <translation>Zendesk 工单导出</translation>
    </message>
    <message>
        <source>Zendesk writes dates as the exporting account is set up; the whole file decides (Auto).</source>
        <translation>Zendesk 按导出账户的设置写日期；由整个文件决定（自动）。</translation>
    </message>
    <message>
        <source>Jira Service Management export</source>
        <translation>Jira Service Management 导出</translation>
    </message>
    <message>
        <source>Jira writes its default d/MMM/yy h:mm AM/PM (13/Feb/25 9:30 AM); read with that pattern.</source>
        <translation>Jira 写为其默认格式 d/MMM/yy h:mm AM/PM（13/Feb/25 9:30 AM）；按该格式读取。</translation>
    </message>
    <message>
        <source>Salesforce Service Cloud case export</source>
        <translation>Salesforce Service Cloud 案件导出</translation>
    </message>
    <message>
        <source>Salesforce writes dates in the exporting user&apos;s locale (such as 13/02/2025 9:30 AM); the whole file decides (Auto).</source>
        <translation>Salesforce 按导出用户的区域设置写日期（如 13/02/2025 9:30 AM）；由整个文件决定（自动）。</translation>
    </message>
    <message>
        <source>Freshdesk ticket export</source>
        <translation>Freshdesk 工单导出</translation>
    </message>
    <message>
        <source>Freshdesk writes dates as the exporting account is set up; the whole file decides (Auto).</source>
        <translation>Freshdesk 按导出账户的设置写日期；由整个文件决定（自动）。</translation>
    </message>
    <message>
        <source>regulator-style complaint register</source>
        <translation>监管机构式投诉登记表</translation>
    </message>
    <message>
        <source>Registers write yyyy-MM-dd or MM/DD/YYYY; the whole file decides (Auto).</source>
        <translation>登记表写为 yyyy-MM-dd 或 MM/DD/YYYY；由整个文件决定（自动）。</translation>
    </message>
</context>
<context>
    <name>Yardstick::GivenLabels</name>
    <message numerus="yes">
        <source>%1: label &quot;%2&quot; is no service of the workbench (%n letter(s)); their service is suggested instead.</source>
        <translation>
            <numerusform>%1：标签“%2”不是工作台中的服务（%n 封投诉信）；改为给出其服务的建议。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: label &quot;%2&quot; is no dimension of the workbench (%n letter(s)); their dimensions are suggested instead.</source>
        <translation>
            <numerusform>%1：标签“%2”不是工作台中的维度（%n 封投诉信）；改为给出其维度的建议。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Yardstick::HeadlineBaseline</name>
    <message>
        <source>%1 to %2</source>
        <extracomment>A run of periods, e.g. &quot;2024-01 to 2025-02&quot;</extracomment>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>Yardstick::HeatmapChart</name>
    <message>
        <source>Compliance by standard and period</source>
        <translation>各标准各期间的达标情况</translation>
    </message>
    <message numerus="yes">
        <source>%n standard(s), %1 to %2</source>
        <translation>
            <numerusform>%n 个标准，%1 至 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: the workbench&apos;s scorecard</source>
        <translation>来源：工作台的计分卡</translation>
    </message>
    <message>
        <source>Standards %1–%2 of %3</source>
        <translation>第 %1–%2 个标准，共 %3 个</translation>
    </message>
</context>
<context>
    <name>Yardstick::HistoryCommand</name>
    <message>
        <source>Show the audit trail: who changed what and when.</source>
        <translation>显示审计轨迹：谁在何时修改了什么。</translation>
    </message>
    <message>
        <source>Only changes on or after DATE (YYYY-MM-DD, local time).</source>
        <translation>只显示 DATE 当天及之后的修改（YYYY-MM-DD，本地时间）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Only the changes of the standard with this code.</source>
        <translation>只显示此代码标准的修改。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Only the changes of the letter with this reference.</source>
        <translation>只显示此编号信件的修改。</translation>
    </message>
    <message>
        <source>REFERENCE</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Output format: table (default), csv (at,user,kind,subject,action,detail) or json.</source>
        <translation>输出格式：table（默认）、csv（at,user,kind,subject,action,detail）或 json。</translation>
    </message>
    <message>
        <source>The workbench file or postgresql:// address.</source>
        <translation>工作台文件或 postgresql:// 地址。</translation>
    </message>
    <message>
        <source>WORKBENCH</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Give one workbench.</source>
        <translation>请给出一个工作台。</translation>
    </message>
    <message>
        <source>--since: the date must be written YYYY-MM-DD.</source>
        <translation>--since：日期必须写成 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Give --standard or --letter, not both.</source>
        <translation>请指定 --standard 或 --letter，不能同时指定。</translation>
    </message>
    <message>
        <source>No standard has the code %1.</source>
        <translation>没有代码为 %1 的标准。</translation>
    </message>
    <message>
        <source>No letter has the reference %1.</source>
        <translation>没有编号为 %1 的信件。</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>尚无修改记录。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Prints the workbench&apos;s audit trail, oldest first: every change to the standards (targets included), letters&apos; labels and handling, services, departments, dimensions, surveys, SERVQUAL weights and survey feeds, phases, value models and holidays, and every import, with who made it and when. On a team workbench the server records who and when. Times are in UTC in CSV and JSON, local in the table.</source>
        <translation>按时间先后输出工作台的审计轨迹：标准（含目标值）、信件的标注与处理、服务、部门、维度、调查、SERVQUAL 权重和调查数据来源、阶段、价值模型和节假日的每一次修改，以及每一次导入，并注明操作人和时间。在团队工作台上，操作人和时间由服务器记录。CSV 和 JSON 中的时间为 UTC，表格中为本地时间。</translation>
    </message>
</context>
<context>
    <name>Yardstick::HolidaysCommand</name>
    <message>
        <source>List, add or remove the holidays business-day standards skip.</source>
        <translation>列出、添加或删除按工作日计算的标准所跳过的节假日。</translation>
    </message>
    <message>
        <source>Standards that count business days skip weekends and the workbench&apos;s holidays. Without options, lists the holidays as CSV (day,name). --add and --remove may be repeated; all changes are made together, then the list is printed.</source>
        <translation>按工作日计算的标准跳过周末和工作台的节假日。不带选项时，以 CSV（day,name）列出节假日列表。--add 和 --remove 可重复使用；所有更改一并完成，然后输出列表。</translation>
    </message>
    <message>
        <source>Add (or rename) a holiday, e.g. --add 2025-12-25=Christmas.</source>
        <translation>添加（或重命名）节假日，例如 --add 2025-12-25=Christmas。</translation>
    </message>
    <message>
        <source>DATE[=NAME]</source>
        <translation>DATE[=NAME]</translation>
    </message>
    <message>
        <source>Remove the holiday on DATE.</source>
        <translation>删除 DATE 这一天的节假日。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>The workbench file.</source>
        <translation>工作台文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Give one workbench file.</source>
        <translation>请给出一个工作台文件。</translation>
    </message>
    <message>
        <source>--add %1: the date must be written YYYY-MM-DD.</source>
        <translation>--add %1：日期必须写为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>--remove %1: the date must be written YYYY-MM-DD.</source>
        <translation>--remove %1：日期必须写为 YYYY-MM-DD。</translation>
    </message>
</context>
<context>
    <name>Yardstick::ImportCommand</name>
    <message>
        <source>%1: %2% read
</source>
        <translation>%1：已读取 %2%
</translation>
    </message>
    <message>
        <source>Import case records, measurements or the standards catalogue from CSV or Excel, or complaint letters.</source>
        <translation>从 CSV 或 Excel 导入案件记录、测量值或标准目录，或导入投诉信。</translation>
    </message>
    <message>
        <source>Imports a CSV file or an Excel workbook (.xlsx: the first sheet, or --sheet) into a workbench as one transaction: either every row goes in or, if any row is rejected, none does (unless --skip-bad). Rejected rows are printed on stderr as file:line: column: reason, the header being line 1. Rows already in the workbench are skipped as duplicates; for cases, a case already there with other values (next week&apos;s export of a case that was open) is updated and the change kept in its history (see cases --history), unless --strict. Exits 1 when any row was rejected.

cases: columns service,case_id,received,completed,right_first_time,department,key_customer (service and department by code or name; yes/no, true/false, 1/0, Y/N). A file without a completed column is refused unless --map completed=none says it holds open cases only. Other headers can be mapped with --map; without --map, the mapping remembered in the workbench by File &gt; Import &gt; Case Records is used when the file has the columns it names; without either, the export of a service-desk system Yardstick recognises (ServiceNow, Zendesk, Jira Service Management, Salesforce Service Cloud, Freshdesk, a regulator&apos;s complaint register) is read as proposed for it, and the line on stderr says how. Dates may be ISO 8601, d/m/yyyy, m/d/yyyy, yyyy/m/d, d-Mon-yyyy or d Mon yyyy, each with an optional time h:mm[:ss] [AM/PM]; which of day or month comes first is decided over the whole file (day-first, with a note, when no day is above 12) unless --date-format says. Empty cells and ?, NULL, null, N/A, n/a, NA, - and -- mean no value (--missing adds more).
measurements: columns standard,period_start,period_end,value,sample_size.
standards: columns code,title,service,dimension,metric,statistic,direction,target,threshold,unit,department,basis,rationale,effective_from.
letters: one or more .txt, .md or .eml files, folders of them, or CSV files and Excel workbooks with columns id,received,channel,customer_ref,key_customer,subject,text (only received and text needed; other names with --map; a regulator&apos;s complaint export such as Complaint ID, Date received, Submitted via, Consumer complaint narrative is read as it is). Every other column is kept with the letter as an attribute. Channels are read generously (Web, Postal mail, Fax, branch, chat...; an unknown word is recorded as other, with a note). Card numbers are masked before anything is stored, and each new letter gets suggested labels, or the labels of --label-service and --label-dimension. A letter with an id is a duplicate of a letter with the same id and text (the same id with another text is rejected); one without an id of any letter with its text.
audits: with --template NAME, columns audit,department,audited_on,auditor,subject,item,rating, one row per rating; rows with the same audit id make one audit (department by code or name, item by its code in the checklist, an empty rating leaves the item unrated).
survey: with --wave NAME, survey answers in the long layout (respondent,item,dimension,expectation,perception[,importance][,customer_ref], one row per answer) or the wide one (respondent[,customer_ref],E_&lt;item&gt;,P_&lt;item&gt;[,I_&lt;item&gt;], one row per respondent); values on the survey&apos;s scale, an empty cell a missing answer. A wave no survey has goes to the survey --survey names (created if needed), else to the only survey, else to a new survey named after the file; with several surveys --survey must say which. A wide item the survey lacks is added when its code begins with a dimension (E_tangibles_1). The measurements of survey-fed standards are recomputed afterwards.</source>
        <translation>将 CSV 文件或 Excel 工作簿（.xlsx：第一个工作表，或 --sheet 指定的工作表）作为一个事务导入工作台：要么所有行都导入，要么只要有一行被拒绝就全部不导入（除非使用 --skip-bad）。被拒绝的行以 file:line: column: reason 的形式输出到 stderr，表头为第 1 行。工作台中已有的行作为重复项跳过；对于案件，工作台中已有但值不同的案件（例如下周导出的、之前未结的案件）会被更新，更改保存在其历史中（见 cases --history），除非使用 --strict。有任何行被拒绝时退出码为 1。

cases：列为 service,case_id,received,completed,right_first_time,department,key_customer（service 和 department 用代码或名称；yes/no、true/false、1/0、Y/N）。没有 completed 列的文件会被拒绝，除非用 --map completed=none 说明其中只有未结案件。其他表头可用 --map 映射；不用 --map 时，如果文件含有工作台中通过“文件 &gt; 导入 &gt; 案件记录”记住的映射所列的列，则使用该映射；两者都没有时，Yardstick 识别的服务台系统导出（ServiceNow、Zendesk、Jira Service Management、Salesforce Service Cloud、Freshdesk、监管机构的投诉登记表）按为其建议的方式读取，stderr 上的一行说明读取方式。日期可以是 ISO 8601、d/m/yyyy、m/d/yyyy、yyyy/m/d、d-Mon-yyyy 或 d Mon yyyy，均可带可选时间 h:mm[:ss] [AM/PM]；日和月哪个在前由整个文件决定（没有大于 12 的日时按日在前，并给出提示），除非用 --date-format 指定。空单元格以及 ?、NULL、null、N/A、n/a、NA、- 和 -- 表示无值（--missing 可添加更多）。
measurements：列为 standard,period_start,period_end,value,sample_size。
standards：列为 code,title,service,dimension,metric,statistic,direction,target,threshold,unit,department,basis,rationale,effective_from。
letters：一个或多个 .txt、.md 或 .eml 文件、包含这些文件的文件夹，或含列 id,received,channel,customer_ref,key_customer,subject,text 的 CSV 文件和 Excel 工作簿（只需 received 和 text；其他列名用 --map 映射；监管机构的投诉导出，如 Complaint ID、Date received、Submitted via、Consumer complaint narrative，按原样读取）。其他每一列都作为属性随投诉信保留。渠道的识别较宽松（Web、Postal mail、Fax、branch、chat...；不认识的词记录为 other，并给出提示）。卡号在存储前会被遮盖，每封新投诉信会得到建议的标签，或 --label-service 和 --label-dimension 给出的标签。有 id 的投诉信若与另一封投诉信的 id 和正文都相同，则为重复项（id 相同但正文不同则被拒绝）；没有 id 的投诉信若与任一投诉信正文相同，则为重复项。
audits：使用 --template NAME，列为 audit,department,audited_on,auditor,subject,item,rating，每个评分一行；稽核 id 相同的行组成一次稽核（department 用代码或名称，item 用其在稽核清单中的代码，评分为空则该检查项不评分）。
survey：使用 --wave NAME，调查答卷采用长格式（respondent,item,dimension,expectation,perception[,importance][,customer_ref]，每个答案一行）或宽格式（respondent[,customer_ref],E_&lt;item&gt;,P_&lt;item&gt;[,I_&lt;item&gt;]，每个受访者一行）；数值按调查的量表，空单元格表示缺答。尚无调查包含的轮次会加入 --survey 指定的调查（必要时创建），否则加入唯一的调查，否则加入以文件命名的新调查；有多个调查时必须用 --survey 指定。调查中没有的宽格式题项，若其代码以维度开头（E_tangibles_1），则会被添加。之后会重新计算由调查提供数据的标准的测量值。</translation>
    </message>
    <message>
        <source>For cases and letters: read FIELD from the column named COLUMN (repeatable). Cases: service, case_id, received, completed, right_first_time, department, key_customer. Letters: id, received, channel, customer_ref, key_customer, subject, text.</source>
        <translation>用于案件和投诉信：从名为 COLUMN 的列读取 FIELD（可重复）。案件：service、case_id、received、completed、right_first_time、department、key_customer。投诉信：id、received、channel、customer_ref、key_customer、subject、text。</translation>
    </message>
    <message>
        <source>FIELD=COLUMN</source>
        <translation>FIELD=COLUMN</translation>
    </message>
    <message>
        <source>For cases and letters: give every row this VALUE for FIELD, whatever the file holds; the field needs no column (repeatable). Cases: service, department, right_first_time, key_customer. Letters: channel, customer_ref, key_customer, subject. The value is checked as one read from the file.</source>
        <translation>用于案件和投诉信：无论文件内容如何，都给每一行的 FIELD 赋值 VALUE；该字段无需对应列（可重复）。案件：service、department、right_first_time、key_customer。投诉信：channel、customer_ref、key_customer、subject。该值按从文件读取的值进行检查。</translation>
    </message>
    <message>
        <source>FIELD=VALUE</source>
        <translation>FIELD=VALUE</translation>
    </message>
    <message>
        <source>For cases: create the services and departments the file names that the workbench lacks (codes made from their names), instead of rejecting their rows.</source>
        <translation>用于案件：创建文件中提到但工作台中没有的服务和部门（代码由其名称生成），而不是拒绝这些行。</translation>
    </message>
    <message>
        <source>How dates are written: auto (the default, decided over the whole file), iso, dd/mm/yyyy or mm/dd/yyyy; for cases also a pattern in Qt&apos;s notation, such as &quot;d/M/yyyy H:mm&quot; (which may read two-digit years: &quot;d/M/yy&quot;).</source>
        <translation>日期的写法：auto（默认，由整个文件决定）、iso、dd/mm/yyyy 或 mm/dd/yyyy；对于案件，也可用 Qt 表示法的格式，如“d/M/yyyy H:mm”（可读取两位数年份：“d/M/yy”）。</translation>
    </message>
    <message>
        <source>FMT</source>
        <translation>FMT</translation>
    </message>
    <message>
        <source>For cases: read TOKEN as &quot;no value&quot; too (repeatable). An empty cell, ?, NULL, null, N/A, n/a, NA, - and -- always are; a missing completed date is an open case.</source>
        <translation>用于案件：也将 TOKEN 读作“无值”（可重复）。空单元格、?、NULL、null、N/A、n/a、NA、- 和 -- 始终表示无值；缺少完成日期的是未结案件。</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>Import the good rows and skip (and report) the bad ones.</source>
        <translation>导入正确的行，跳过（并报告）错误的行。</translation>
    </message>
    <message>
        <source>For letters: read the files in this encoding (UTF-8, GB18030, Windows-1252, ...) instead of detecting it; an e-mail part that names its charset keeps it.</source>
        <translation>用于投诉信：按此编码读取文件（UTF-8、GB18030、Windows-1252 等），而不是自动检测；电子邮件中注明字符集的部分仍按其字符集读取。</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>For audits: the checklist the audits fill in.</source>
        <translation>用于稽核：稽核所填写的稽核清单。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>For cases with several rows per case (an event log, one row per update): keep, for each case, the row with the greatest value in COLUMN (a number such as an update counter, or a date-time such as an updated-at stamp; the later row on a tie), or with &quot;row&quot; the last row in the file. Without it, a case repeated with other values is an error.</source>
        <translation>用于每件案件有多行的文件（事件日志，每次更新一行）：每件案件保留 COLUMN 值最大的一行（数字如更新计数器，或日期时间如更新时间戳；相同时取较后的行），或用“row”保留文件中的最后一行。不使用此选项时，重复出现且值不同的案件为错误。</translation>
    </message>
    <message>
        <source>COLUMN|row</source>
        <translation>COLUMN|row</translation>
    </message>
    <message>
        <source>For cases: per-service (the default: a case is its id within its service) or global (a case is its id alone, as in systems with unique ids such as ServiceNow; a case whose service changed moves, with history).</source>
        <translation>用于案件：per-service（默认：案件由其在所属服务中的 id 确定）或 global（案件仅由 id 确定，如 ServiceNow 等 id 唯一的系统；服务发生变化的案件会连同历史一起移动）。</translation>
    </message>
    <message>
        <source>per-service|global</source>
        <translation>per-service|global</translation>
    </message>
    <message>
        <source>For cases: refuse a case already in the workbench with other values as a conflict, instead of updating it (and keeping the change in its history).</source>
        <translation>用于案件：将工作台中已有但值不同的案件作为冲突拒绝，而不是更新它（并在其历史中保留更改）。</translation>
    </message>
    <message>
        <source>For survey: the wave the answers belong to.</source>
        <translation>用于调查：答卷所属的轮次。</translation>
    </message>
    <message>
        <source>For survey: the survey to add the wave to when no survey has it yet (created if needed; without it the only survey, or one named after the file).</source>
        <translation>用于调查：当尚无调查包含该轮次时，要将轮次加入的调查（必要时创建；不指定时加入唯一的调查，或以文件命名的调查）。</translation>
    </message>
    <message>
        <source>For an Excel workbook (.xlsx): the sheet to read (the first when not given).</source>
        <translation>用于 Excel 工作簿（.xlsx）：要读取的工作表（未指定时为第一个）。</translation>
    </message>
    <message>
        <source>For letters: the column holding the service another team or system already assigned (by code or name); read as given, and the model learns from it.</source>
        <translation>用于投诉信：包含其他团队或系统已指定的服务的列（按代码或名称）；按原样读取，模型会从中学习。</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>COLUMN</translation>
    </message>
    <message>
        <source>For letters: the column holding the dimension already assigned (by key or name); read as confirmed.</source>
        <translation>用于投诉信：包含已指定维度的列（按键或名称）；读作已确认。</translation>
    </message>
    <message>
        <source>What the file holds: cases, measurements, standards, letters, audits or survey.</source>
        <translation>文件内容：cases、measurements、standards、letters、audits 或 survey。</translation>
    </message>
    <message>
        <source>cases|measurements|standards|letters|audits|survey</source>
        <translation>cases|measurements|standards|letters|audits|survey</translation>
    </message>
    <message>
        <source>The workbench to import into.</source>
        <translation>要导入的工作台。</translation>
    </message>
    <message>
        <source>The CSV file or Excel workbook (.xlsx) to read; for letters, one or more files or folders.</source>
        <translation>要读取的 CSV 文件或 Excel 工作簿（.xlsx）；对于投诉信，可为一个或多个文件或文件夹。</translation>
    </message>
    <message>
        <source>DATA...</source>
        <translation>DATA...</translation>
    </message>
    <message>
        <source>Give what to import, the workbench and the CSV file, e.g. import cases work.yardstick cases.csv.</source>
        <translation>请给出导入内容、工作台和 CSV 文件，例如 import cases work.yardstick cases.csv。</translation>
    </message>
    <message>
        <source>Name the wave the answers belong to with --wave NAME.</source>
        <translation>请用 --wave NAME 指定答卷所属的轮次。</translation>
    </message>
    <message>
        <source>--map, --date-format and --encoding do not apply to survey.</source>
        <translation>--map、--date-format 和 --encoding 不适用于 survey。</translation>
    </message>
    <message>
        <source>--wave and --survey apply to survey only.</source>
        <translation>--wave 和 --survey 仅适用于 survey。</translation>
    </message>
    <message>
        <source>--set applies to case records and letters only.</source>
        <translation>--set 仅适用于案件记录和投诉信。</translation>
    </message>
    <message>
        <source>--create-missing, --latest-by, --ids and --strict apply to case records only.</source>
        <translation>--create-missing、--latest-by、--ids 和 --strict 仅适用于案件记录。</translation>
    </message>
    <message>
        <source>--label-service and --label-dimension apply to letters only.</source>
        <translation>--label-service 和 --label-dimension 仅适用于投诉信。</translation>
    </message>
    <message>
        <source>--ids %1: use per-service or global.</source>
        <translation>--ids %1：请使用 per-service 或 global。</translation>
    </message>
    <message>
        <source>--latest-by needs a column name, or row.</source>
        <translation>--latest-by 需要列名或 row。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something to import; use cases, measurements, standards, letters, audits or survey.</source>
        <translation>“%1”不是可导入的内容；请使用 cases、measurements、standards、letters、audits 或 survey。</translation>
    </message>
    <message>
        <source>--date-format does not apply to letters.</source>
        <translation>--date-format 不适用于投诉信。</translation>
    </message>
    <message>
        <source>The encoding &quot;%1&quot; is not known; use for example UTF-8, GB18030 or Windows-1252.</source>
        <translation>编码“%1”未知；请使用 UTF-8、GB18030 或 Windows-1252 等。</translation>
    </message>
    <message>
        <source>--map %1: write FIELD=COLUMN with FIELD one of %2.</source>
        <translation>--map %1：请写为 FIELD=COLUMN，FIELD 为 %2 之一。</translation>
    </message>
    <message>
        <source>--set %1: write FIELD=VALUE with FIELD one of channel, customer_ref, key_customer, subject.</source>
        <translation>--set %1：请写为 FIELD=VALUE，FIELD 为 channel、customer_ref、key_customer、subject 之一。</translation>
    </message>
    <message>
        <source>--set %1: key_customer is yes/no, true/false, 1/0 or Y/N.</source>
        <translation>--set %1：key_customer 为 yes/no、true/false、1/0 或 Y/N。</translation>
    </message>
    <message>
        <source>--encoding applies to letters only.</source>
        <translation>--encoding 仅适用于投诉信。</translation>
    </message>
    <message>
        <source>Name the checklist the audits fill in with --template NAME.</source>
        <translation>请用 --template NAME 指定稽核所填写的稽核清单。</translation>
    </message>
    <message>
        <source>--template applies to audits only.</source>
        <translation>--template 仅适用于稽核。</translation>
    </message>
    <message>
        <source>The date format &quot;%1&quot; is not known; use auto, iso, dd/mm/yyyy or mm/dd/yyyy.</source>
        <translation>日期格式“%1”未知；请使用 auto、iso、dd/mm/yyyy 或 mm/dd/yyyy。</translation>
    </message>
    <message>
        <source> A pattern needs a day, a month and a year, as in d/M/yyyy H:mm.</source>
        <translation> 格式需要包含日、月和年，如 d/M/yyyy H:mm。</translation>
    </message>
    <message>
        <source>Standards files always use ISO dates; --date-format does not apply.</source>
        <translation>标准文件始终使用 ISO 日期；--date-format 不适用。</translation>
    </message>
    <message>
        <source>--missing applies to case records only.</source>
        <translation>--missing 仅适用于案件记录。</translation>
    </message>
    <message>
        <source>--map applies to case records only.</source>
        <translation>--map 仅适用于案件记录。</translation>
    </message>
    <message>
        <source>--map %1: write FIELD=COLUMN with FIELD one of service, case_id, received, completed, right_first_time, department, key_customer.</source>
        <translation>--map %1：请写为 FIELD=COLUMN，FIELD 为 service、case_id、received、completed、right_first_time、department、key_customer 之一。</translation>
    </message>
    <message>
        <source>--set %1: write FIELD=VALUE with FIELD one of service, department, right_first_time, key_customer.</source>
        <translation>--set %1：请写为 FIELD=VALUE，FIELD 为 service、department、right_first_time、key_customer 之一。</translation>
    </message>
    <message>
        <source>Reading the columns as the mapping remembered in this workbench says.
</source>
        <translation>按此工作台记住的映射读取各列。
</translation>
    </message>
    <message>
        <source>The workbench has no audit checklist called &quot;%1&quot;.</source>
        <translation>工作台中没有名为“%1”的稽核清单。</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>No survey has the wave &quot;%1&quot; and the workbench has %2 surveys: %3. Name the one to add it to with --survey.</source>
        <translation>没有调查包含轮次“%1”，而工作台中有 %2 个调查：%3。请用 --survey 指定要加入的调查。</translation>
    </message>
</context>
<context>
    <name>Yardstick::ImportSummary</name>
    <message>
        <source>%1: %2 rows read, %3 imported, %4 updated, %5 skipped as duplicates, %6 rejected</source>
        <translation>%1：读取 %2 行，导入 %3 行，更新 %4 行，作为重复项跳过 %5 行，拒绝 %6 行</translation>
    </message>
    <message>
        <source> (cancelled: the workbench is unchanged)</source>
        <translation>（已取消：工作台未更改）</translation>
    </message>
    <message>
        <source> (nothing imported: the file itself has a problem, which skipping rows cannot fix)</source>
        <translation>（未导入任何内容：文件本身有问题，跳过行无法解决）</translation>
    </message>
    <message>
        <source> (nothing imported: fix the rejected rows or skip them)</source>
        <translation>（未导入任何内容：请修正被拒绝的行或跳过它们）</translation>
    </message>
</context>
<context>
    <name>Yardstick::ImportTrail</name>
    <message>
        <source>%1: %2 rows read, %3 imported, %4 updated, %5 rejected</source>
        <translation>%1：读取 %2 行，导入 %3 行，更新 %4 行，拒绝 %5 行</translation>
    </message>
</context>
<context>
    <name>Yardstick::ImportanceQuadrant</name>
    <message>
        <source>Concentrate here</source>
        <translation>重点改进</translation>
    </message>
    <message>
        <source>Keep up the good work</source>
        <translation>继续保持</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>次要改进</translation>
    </message>
    <message>
        <source>Possible overkill</source>
        <translation>可能过度</translation>
    </message>
</context>
<context>
    <name>Yardstick::InitCommand</name>
    <message>
        <source>Create a new workbench file, ready for your own data or filled with the demo.</source>
        <translation>创建新的工作台文件，可用于录入您自己的数据，或填入演示数据。</translation>
    </message>
    <message>
        <source>Creates a new workbench file. Without --demo the workbench holds only the reference dimensions (timeliness, accuracy and the five SERVQUAL dimensions with their weights), ready for your own catalogue, cases, letters and surveys; with --demo it holds the card-division demo: more than 180 standards, three years of weekly measurements, the case records behind them, a few hundred complaint letters, quarterly SERVQUAL follow-up surveys, monthly staff audits and the value of a day sooner. An existing file is never overwritten.</source>
        <translation>创建新的工作台文件。不使用 --demo 时，工作台只包含参考维度（及时性、准确性以及 SERVQUAL 的五个维度及其权重），可用于录入您自己的标准目录、案件、投诉信和调查；使用 --demo 时，工作台包含信用卡部演示数据：180 多个服务标准、三年的每周测量值、其背后的案件记录、几百封投诉信、每季度的 SERVQUAL 回访调查、每月的员工稽核以及提前一天的价值。不会覆盖已有文件。</translation>
    </message>
    <message>
        <source>Fill the new workbench with the demo data.</source>
        <translation>在新工作台中填入演示数据。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Give the name of the workbench file to create.</source>
        <translation>请给出要创建的工作台文件名。</translation>
    </message>
    <message>
        <source>Give one workbench file only; &quot;%1&quot; is one too many.</source>
        <translation>只能给出一个工作台文件；“%1”是多余的。</translation>
    </message>
    <message>
        <source>%1 already exists. %2 never overwrites a file: choose another name, or move the existing file away first.</source>
        <translation>%1 已存在。%2 从不覆盖文件：请另选名称，或先将现有文件移走。</translation>
    </message>
    <message>
        <source>Writing the demo workbench: %1%</source>
        <translation>正在写入演示工作台：%1%</translation>
    </message>
    <message>
        <source>Could not write the demo workbench %1: %2</source>
        <translation>无法写入演示工作台 %1：%2</translation>
    </message>
    <message>
        <source>Created %1: %2 standards, %3 measurements, %4 case records and %5 complaint letters.</source>
        <translation>已创建 %1：%2 个标准、%3 个测量值、%4 条案件记录和 %5 封投诉信。</translation>
    </message>
    <message>
        <source>The workbench file to create. It must not exist yet. A team workbench is created on a PostgreSQL server by giving the address of an empty database instead: postgresql://user@host:port/dbname (libpq&apos;s conventions; a password is asked of .pgpass, never stored).</source>
        <translation>要创建的工作台文件，不能已经存在。若要在 PostgreSQL 服务器上创建团队工作台，请改为给出一个空数据库的地址：postgresql://user@host:port/dbname（遵循 libpq 的约定；密码从 .pgpass 获取，绝不保存）。</translation>
    </message>
    <message>
        <source>Could not make a temporary folder for the demo: %1</source>
        <translation>无法为演示数据创建临时文件夹：%1</translation>
    </message>
</context>
<context>
    <name>Yardstick::LatestValueReader</name>
    <message>
        <source>cannot read the file</source>
        <translation>无法读取该文件</translation>
    </message>
    <message>
        <source>the latest row is chosen by column &quot;%1&quot;, which the header does not have</source>
        <translation>按列“%1”选择最新的行，但表头中没有该列</translation>
    </message>
    <message>
        <source>no value to tell which row of the case is the latest</source>
        <translation>没有可判断该案件哪一行最新的值</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a date (%2)</source>
        <translation>无法将“%1”读作日期（%2）</translation>
    </message>
</context>
<context>
    <name>Yardstick::LetterChanges</name>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>dimensions</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>first response</source>
        <translation>首次答复</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>解决时间</translation>
    </message>
</context>
<context>
    <name>Yardstick::LetterImport</name>
    <message>
        <source>the folder holds no .txt, .md, .eml, .csv or .xlsx files</source>
        <translation>该文件夹中没有 .txt、.md、.eml、.csv 或 .xlsx 文件</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>没有该文件或文件夹</translation>
    </message>
    <message>
        <source>in the workbench</source>
        <translation>在工作台中</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2: the letter %3 is already in the workbench or earlier in this import; skipped</source>
        <translation>%1:%2：投诉信 %3 已在工作台中或在本次导入的前面出现过；已跳过</translation>
    </message>
    <message>
        <source>%1:%2: the same text is already in the workbench or earlier in this import; skipped</source>
        <translation>%1:%2：相同的正文已在工作台中或在本次导入的前面出现过；已跳过</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used %2 by a letter with another text</source>
        <translation>id“%1”已被另一封正文不同的投诉信使用（%2）</translation>
    </message>
    <message>
        <source>%1:%2: same text as %3; kept as a letter of its own, its id differs</source>
        <translation>%1:%2：正文与 %3 相同；因 id 不同，作为单独的投诉信保留</translation>
    </message>
    <message>
        <source>a letter without an id</source>
        <translation>一封没有 id 的投诉信</translation>
    </message>
    <message>
        <source>on line %1 of %2</source>
        <translation>在 %2 的第 %1 行</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more duplicates</source>
        <translation>
            <numerusform>……另有 %n 个重复项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more letters with the same text as another</source>
        <translation>
            <numerusform>……另有 %n 封投诉信与其他投诉信正文相同</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card number(s) masked: only the last four digits are kept</source>
        <translation>
            <numerusform>已遮盖 %n 个卡号：只保留最后四位数字</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) labelled from the file&apos;s label columns.</source>
        <translation>
            <numerusform>%n 封投诉信已按文件中的标签列加标签。</numerusform>
        </translation>
    </message>
    <message>
        <source>the letters could not be stored: %1</source>
        <translation>无法存储投诉信：%1</translation>
    </message>
</context>
<context>
    <name>Yardstick::LetterReader</name>
    <message>
        <source>letters are read from .txt, .md, .eml, .csv and .xlsx files, not &quot;%1&quot; files</source>
        <translation>投诉信从 .txt、.md、.eml、.csv 和 .xlsx 文件读取，不支持“%1”文件</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB, too large to read</source>
        <translation>文件大于 %1 MiB，太大无法读取</translation>
    </message>
    <message>
        <source>the letter is empty</source>
        <translation>投诉信为空</translation>
    </message>
</context>
<context>
    <name>Yardstick::LetterService</name>
    <message>
        <source>The complaint-handling measurements could not be recomputed: %1</source>
        <translation>无法重新计算投诉处理的测量值：%1</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>信件</translation>
    </message>
    <message>
        <source>Letter %1 is no longer in the workbench.</source>
        <translation>信件 %1 已不在工作台中。</translation>
    </message>
    <message>
        <source>letter %1</source>
        <translation>信件 %1</translation>
    </message>
</context>
<context>
    <name>Yardstick::LetterText</name>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Complaint card</source>
        <translation>投诉卡</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>在线聊天</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation>未加标签</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>the e-mail&apos;s Date header</source>
        <translation>电子邮件的 Date 标头</translation>
    </message>
    <message>
        <source>the CSV&apos;s received column</source>
        <translation>CSV 的 received 列</translation>
    </message>
    <message>
        <source>the file&apos;s modification time</source>
        <translation>文件的修改时间</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>手动输入</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
</context>
<context>
    <name>Yardstick::LettersCommand</name>
    <message>
        <source>List the complaint letters of a workbench with their labels as CSV or JSON.</source>
        <translation>以 CSV 或 JSON 列出工作台中的投诉信及其标签。</translation>
    </message>
    <message>
        <source>Lists the complaint letters stored in a workbench, key customers&apos; first, then by received time: reference, received time and where it came from, channel, customer, language, the service and dimensions with their confidences, severity, label status, handling status and times, and the text with card numbers masked.</source>
        <translation>列出工作台中存储的投诉信，重点客户在前，然后按收到时间排序：编号、收到时间及其来源、渠道、客户、语言、服务和维度及其置信度、严重程度、标签状态、处理情况和时间，以及遮盖卡号后的正文。</translation>
    </message>
    <message>
        <source>The workbench file to read.</source>
        <translation>要读取的工作台文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Give the workbench file whose letters to list.</source>
        <translation>请给出要列出其投诉信的工作台文件。</translation>
    </message>
    <message>
        <source>Give one workbench file only; &quot;%1&quot; is one too many.</source>
        <translation>只能给出一个工作台文件；“%1”是多余的。</translation>
    </message>
    <message>
        <source>The output format: csv (the default), json (both UTF-8) or xlsx (an Excel workbook, with --out).</source>
        <translation>输出格式：csv（默认）、json（两者均为 UTF-8）或 xlsx（Excel 工作簿，需配合 --out）。</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>投诉信</translation>
    </message>
</context>
<context>
    <name>Yardstick::LexiconRepository</name>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n 个词条</numerusform>
        </translation>
    </message>
    <message>
        <source>the lexicon</source>
        <translation>词典</translation>
    </message>
</context>
<context>
    <name>Yardstick::MeasurementImporter</name>
    <message>
        <source>cannot write to the workbench: %1</source>
        <translation>无法写入工作台：%1</translation>
    </message>
    <message>
        <source>empty value</source>
        <translation>值为空</translation>
    </message>
    <message>
        <source>unknown standard %1</source>
        <translation>未知标准 %1</translation>
    </message>
    <message>
        <source>cannot read %1 as a date (%2)</source>
        <translation>无法将 %1 读作日期（%2）</translation>
    </message>
    <message>
        <source>period ends before it starts</source>
        <translation>期间的结束早于开始</translation>
    </message>
    <message>
        <source>%1 is a percentage and must be between 0 and 100</source>
        <translation>%1 是百分比，必须在 0 到 100 之间</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 不是数字</translation>
    </message>
    <message>
        <source>%1 is not a whole number of cases</source>
        <translation>%1 不是整数个案件</translation>
    </message>
    <message>
        <source>%1 has this period more than once in this file</source>
        <translation>%1 在此文件中包含该期间多于一次</translation>
    </message>
    <message>
        <source>%1 already has a different value (%2) for this period</source>
        <translation>%1 在该期间已有不同的值（%2）</translation>
    </message>
</context>
<context>
    <name>Yardstick::MeasurementTableModel</name>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>期间开始</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>期间结束</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Sample size</source>
        <translation>样本量</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>Yardstick::Metric</name>
    <message>
        <source>Turnaround (days)</source>
        <translation>处理时长（天）</translation>
    </message>
    <message>
        <source>Turnaround (hours)</source>
        <translation>处理时长（小时）</translation>
    </message>
    <message>
        <source>Right first time (%)</source>
        <translation>一次做对率（%）</translation>
    </message>
    <message>
        <source>Error rate (%)</source>
        <translation>差错率（%）</translation>
    </message>
    <message>
        <source>Count per 1,000 cases</source>
        <translation>每千件案件的数量</translation>
    </message>
    <message>
        <source>Survey score</source>
        <translation>调查得分</translation>
    </message>
    <message>
        <source>Audit score (%)</source>
        <translation>稽核得分（%）</translation>
    </message>
</context>
<context>
    <name>Yardstick::Migrations</name>
    <message>
        <source>the file says schema version %1, which no version of Yardstick writes</source>
        <translation>文件注明的架构版本为 %1，没有任何版本的 Yardstick 会写入该版本</translation>
    </message>
    <message>
        <source>Upgrading to schema version %1 failed: %2</source>
        <translation>升级到架构版本 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>Yardstick::Money</name>
    <message>
        <source>US$%1B</source>
        <extracomment>Billions of US dollars, e.g. &quot;US$1.20B&quot;</extracomment>
        <translation>US$%1B</translation>
    </message>
    <message>
        <source>US$%1M</source>
        <extracomment>Millions of US dollars, e.g. &quot;US$17.5M&quot;</extracomment>
        <translation>US$%1M</translation>
    </message>
    <message>
        <source>US$%1k</source>
        <extracomment>Thousands of US dollars, e.g. &quot;US$350k&quot;</extracomment>
        <translation>US$%1k</translation>
    </message>
    <message>
        <source>US$%1</source>
        <extracomment>Plain US dollars, e.g. &quot;US$0.33&quot;</extracomment>
        <translation>US$%1</translation>
    </message>
    <message>
        <source>−%1</source>
        <extracomment>A negative amount of money (a loss), e.g. &quot;−US$2.00M&quot;</extracomment>
        <translation>−%1</translation>
    </message>
</context>
<context>
    <name>Yardstick::OpcPackageReader</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not an Office Open XML file (it is not a ZIP package).</source>
        <translation>%1 不是 Office Open XML 文件（不是 ZIP 包）。</translation>
    </message>
    <message>
        <source>%1: the part %2 cannot be read.</source>
        <translation>%1：无法读取部件 %2。</translation>
    </message>
    <message>
        <source>%1 is not an Office Open XML file (it has no [Content_Types].xml).</source>
        <translation>%1 不是 Office Open XML 文件（缺少 [Content_Types].xml）。</translation>
    </message>
    <message>
        <source>%1: [Content_Types].xml is not well-formed XML: %2</source>
        <translation>%1：[Content_Types].xml 不是格式正确的 XML：%2</translation>
    </message>
</context>
<context>
    <name>Yardstick::OpcPackageWriter</name>
    <message>
        <source>Cannot write %1: the ZIP container could not be started.</source>
        <translation>无法写入 %1：无法开始创建 ZIP 容器。</translation>
    </message>
    <message>
        <source>Cannot write %1: the part %2 could not be stored.</source>
        <translation>无法写入 %1：无法存储部件 %2。</translation>
    </message>
    <message>
        <source>Cannot write %1: the ZIP container could not be finished.</source>
        <translation>无法写入 %1：无法完成 ZIP 容器。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Yardstick::OrganisationService</name>
    <message>
        <source>A service needs a name.</source>
        <translation>服务需要名称。</translation>
    </message>
    <message>
        <source>A service needs a code.</source>
        <translation>服务需要代码。</translation>
    </message>
    <message>
        <source>The code %1 has a space; a code is one word (imports and exports name it).</source>
        <translation>代码 %1 含有空格；代码必须是一个词（导入和导出会用到它）。</translation>
    </message>
    <message>
        <source>The service %1 already has the code %2; codes must be unique.</source>
        <translation>服务 %1 已使用代码 %2；代码必须唯一。</translation>
    </message>
    <message>
        <source>Another service is already called %1 (%2).</source>
        <translation>已有另一个服务名为 %1（%2）。</translation>
    </message>
    <message>
        <source>A department needs a name.</source>
        <translation>部门需要名称。</translation>
    </message>
    <message>
        <source>A department needs a code.</source>
        <translation>部门需要代码。</translation>
    </message>
    <message>
        <source>The department %1 already has the code %2; codes must be unique.</source>
        <translation>部门 %1 已使用代码 %2；代码必须唯一。</translation>
    </message>
    <message>
        <source>Another department is already called %1 (%2).</source>
        <translation>已有另一个部门名为 %1（%2）。</translation>
    </message>
    <message>
        <source>A dimension needs a name.</source>
        <translation>维度需要名称。</translation>
    </message>
    <message>
        <source>A dimension needs a key.</source>
        <translation>维度需要键。</translation>
    </message>
    <message>
        <source>The key %1 has a space; a key is one word (imports and the lexicon name it).</source>
        <translation>键 %1 含有空格；键必须是一个词（导入和词典会用到它）。</translation>
    </message>
    <message>
        <source>The dimension %1 already has the key %2; keys must be unique.</source>
        <translation>维度 %1 已使用键 %2；键必须唯一。</translation>
    </message>
    <message>
        <source>Another dimension is already called %1 (%2).</source>
        <translation>已有另一个维度名为 %1（%2）。</translation>
    </message>
    <message>
        <source>A dimension keeps its key (%1): imports and the lexicon name it by the key.</source>
        <translation>维度保留其键（%1）：导入和词典通过键引用它。</translation>
    </message>
    <message>
        <source>Dimensions are not retired; a dimension nothing names can be left unused.</source>
        <translation>维度不能停用；没有被引用的维度可以闲置不用。</translation>
    </message>
    <message>
        <source>The service %1 is in use; merge it into another or retire it.</source>
        <translation>服务 %1 正在使用中；请将其合并到另一个服务或停用。</translation>
    </message>
    <message>
        <source>The department %1 is in use; merge it into another or retire it.</source>
        <translation>部门 %1 正在使用中；请将其合并到另一个部门或停用。</translation>
    </message>
    <message>
        <source>The dimension %1 is in use.</source>
        <translation>维度 %1 正在使用中。</translation>
    </message>
    <message>
        <source>Choose another one to merge %1 into.</source>
        <translation>请选择另一个要将 %1 合并入的对象。</translation>
    </message>
    <message>
        <source>%1 or %2 is no longer in the workbench.</source>
        <translation>%1 或 %2 已不在工作台中。</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 both hold case %3: merged, two cases would become one. %n case id(s) are shared; re-import the cases of one of them under new ids first.</source>
        <translation>
            <numerusform>%1 和 %2 都有案件 %3：合并后两件案件会变成一件。共有 %n 个案件 ID 重复；请先用新 ID 重新导入其中一方的案件。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is no longer in the workbench.</source>
        <translation>%1 已不在工作台中。</translation>
    </message>
    <message>
        <source>name %1 → %2</source>
        <translation>名称 %1 → %2</translation>
    </message>
    <message>
        <source>code %1 → %2</source>
        <translation>代码 %1 → %2</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>back in use</source>
        <translation>恢复使用</translation>
    </message>
    <message>
        <source>into %1</source>
        <translation>并入 %1</translation>
    </message>
    <message>
        <source>out of %1</source>
        <translation>从 %1 拆出</translation>
    </message>
    <message>
        <source>the service %1</source>
        <translation>服务 %1</translation>
    </message>
    <message>
        <source>the department %1</source>
        <translation>部门 %1</translation>
    </message>
    <message>
        <source>the dimension %1</source>
        <translation>维度 %1</translation>
    </message>
</context>
<context>
    <name>Yardstick::PlannedRevisions</name>
    <message>
        <source>last week, %1 cases</source>
        <translation>上周，%1 件案件</translation>
    </message>
    <message numerus="yes">
        <source>last %n weeks, %1 cases</source>
        <translation>
            <numerusform>最近 %n 周，%1 件案件</numerusform>
        </translation>
    </message>
    <message>
        <source>last month, %1 cases</source>
        <translation>上月，%1 件案件</translation>
    </message>
    <message numerus="yes">
        <source>last %n months, %1 cases</source>
        <translation>
            <numerusform>最近 %n 个月，%1 件案件</numerusform>
        </translation>
    </message>
    <message>
        <source>last quarter, %1 cases</source>
        <translation>上季度，%1 件案件</translation>
    </message>
    <message numerus="yes">
        <source>last %n quarters, %1 cases</source>
        <translation>
            <numerusform>最近 %n 个季度，%1 件案件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Yardstick::PlannerCurve</name>
    <message>
        <source>%1: share of cases meeting each target</source>
        <translation>%1：达到各目标值的案件比例</translation>
    </message>
    <message>
        <source>Completed cases, %1</source>
        <translation>已完成案件，%1</translation>
    </message>
    <message>
        <source>Turnaround (hours)</source>
        <translation>处理时长（小时）</translation>
    </message>
    <message>
        <source>Turnaround (days)</source>
        <translation>处理时长（天）</translation>
    </message>
</context>
<context>
    <name>Yardstick::PptxMaster</name>
    <message>
        <source>%1 is not a PowerPoint deck or template.</source>
        <translation>%1 不是 PowerPoint 演示文稿或模板。</translation>
    </message>
    <message>
        <source>%1: %2 is not well-formed XML: %3</source>
        <translation>%1：%2 不是格式正确的 XML：%3</translation>
    </message>
    <message>
        <source>%1 has no slide master.</source>
        <translation>%1 没有幻灯片母版。</translation>
    </message>
    <message>
        <source>%1: the part %2 has no content type.</source>
        <translation>%1：部件 %2 没有内容类型。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the slide master is missing.</source>
        <translation>缺少幻灯片母版。</translation>
    </message>
    <message>
        <source>the slide master has no layouts.</source>
        <translation>幻灯片母版没有版式。</translation>
    </message>
</context>
<context>
    <name>Yardstick::PptxWriter</name>
    <message>
        <source>Creating the deck was cancelled.</source>
        <translation>演示文稿的生成已取消。</translation>
    </message>
</context>
<context>
    <name>Yardstick::ProcessPhaseRepository</name>
    <message>
        <source>A phase needs the date it starts on.</source>
        <translation>阶段需要开始日期。</translation>
    </message>
    <message>
        <source>A phase needs a label.</source>
        <translation>阶段需要标签。</translation>
    </message>
    <message>
        <source>A fixed sigma must be greater than zero.</source>
        <translation>固定 sigma 必须大于零。</translation>
    </message>
    <message>
        <source>A fixed sigma needs a fixed centre line too.</source>
        <translation>固定 sigma 还需要固定的中心线。</translation>
    </message>
    <message>
        <source>The phase no longer exists.</source>
        <translation>该阶段已不存在。</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>the phase %1</source>
        <translation>阶段 %1</translation>
    </message>
</context>
<context>
    <name>Yardstick::ReportCommand</name>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>First day the trend charts show (YYYY-MM-DD).</source>
        <translation>趋势图显示的第一天（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD): the scorecard shows the period holding it.</source>
        <translation>最后一天（YYYY-MM-DD）：计分卡显示包含这一天的期间。</translation>
    </message>
    <message>
        <source>A report template saved in the workbench.</source>
        <translation>保存在工作台中的报告模板。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The workbench file to read.</source>
        <translation>要读取的工作台文件。</translation>
    </message>
    <message>
        <source>--from and --to take dates written YYYY-MM-DD.</source>
        <translation>--from 和 --to 的日期格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation>--to 早于 --from。</translation>
    </message>
    <message>
        <source>Give one workbench file.</source>
        <translation>请给出一个工作台文件。</translation>
    </message>
    <message>
        <source>The workbench has no report template &quot;%1&quot; (it has none saved).</source>
        <translation>工作台中没有报告模板“%1”（尚未保存任何模板）。</translation>
    </message>
    <message>
        <source>The workbench has no report template &quot;%1&quot;; it has: %2.</source>
        <translation>工作台中没有报告模板“%1”；已有模板：%2。</translation>
    </message>
    <message>
        <source><byte value="xd"/>Page %1 of %2</source>
        <translation><byte value="xd"/>第 %1 页，共 %2 页</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n page(s).
</source>
        <translation>
            <numerusform>已写入 %1：共 %n 页。
</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the report pack (cover, scorecard, trends, control charts, Pareto) as a PDF or a PowerPoint deck.</source>
        <translation>将报告包（封面、计分卡、趋势、控制图、帕累托图）写为 PDF 或 PowerPoint 演示文稿。</translation>
    </message>
    <message>
        <source>Writes one A4-landscape PDF for a management meeting: a cover with the period and organisation, the scorecard, the headline standards&apos; trend charts, each breached standard with its control chart, the Pareto of complaint letters, the compliance heat map and the department comparison. A template saved in the workbench (the GUI&apos;s Reports page) picks the sections; without one, the pack has them all. With --out PACK.pptx the pack is a PowerPoint deck instead: a title slide, the scorecard as a table, a slide per chart with its takeaway as text and the numbers behind it in the speaker notes.</source>
        <translation>为管理层会议写出一份 A4 横向 PDF：含期间和组织名称的封面、计分卡、主要标准的趋势图、每个未达标的标准及其控制图、投诉信帕累托图、达标率热力图和部门比较。保存在工作台中的模板（图形界面的“报告”页面）决定包含哪些部分；没有模板时，报告包包含全部部分。使用 --out PACK.pptx 时，报告包改为 PowerPoint 演示文稿：一张标题幻灯片、以表格呈现的计分卡、每张图表一张幻灯片，其主要结论以文字显示，背后的数据放在演讲者备注中。</translation>
    </message>
    <message>
        <source>The file to write: PACK.pdf or PACK.pptx.</source>
        <translation>要写入的文件：PACK.pdf 或 PACK.pptx。</translation>
    </message>
    <message>
        <source>Give the file to write with --out PACK.pdf or --out PACK.pptx.</source>
        <translation>请用 --out PACK.pdf 或 --out PACK.pptx 给出要写入的文件。</translation>
    </message>
    <message>
        <source>--master takes a PowerPoint deck&apos;s master: write the pack with --out PACK.pptx.</source>
        <translation>--master 使用 PowerPoint 演示文稿的母版：请用 --out PACK.pptx 写出报告包。</translation>
    </message>
    <message>
        <source><byte value="xd"/>Chart %1 of %2</source>
        <translation><byte value="xd"/>图表 %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n slide(s).
</source>
        <translation>
            <numerusform>已写入 %1：共 %n 张幻灯片。
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Yardstick::ReportTemplate</name>
    <message>
        <source>Monthly pack</source>
        <translation>月度报告包</translation>
    </message>
    <message>
        <source>A report template needs a name.</source>
        <translation>报告模板需要名称。</translation>
    </message>
    <message>
        <source>Unknown report section &quot;%1&quot;.</source>
        <translation>未知的报告部分“%1”。</translation>
    </message>
    <message>
        <source>Unknown period &quot;%1&quot;.</source>
        <translation>未知的期间“%1”。</translation>
    </message>
    <message>
        <source>The number of control charts cannot be negative.</source>
        <translation>控制图的数量不能为负。</translation>
    </message>
</context>
<context>
    <name>Yardstick::ScorecardCommand</name>
    <message>
        <source>Show every standard&apos;s status (met, at risk, breached) for one period.</source>
        <translation>显示每个标准在某一期间的状态（达标、有风险、未达标）。</translation>
    </message>
    <message>
        <source>Judges every standard in force against its target for one period: the value (from the standard&apos;s measurements, or else computed from the completed cases of its service), the target and threshold then in force, the status (met, at_risk, breached, no_data), the trend over the last 6 periods and how many of the last 12 periods met the target. Without --at, the period is the latest complete one: the one holding the latest day with data if that day reaches the period&apos;s last week (for weeks, its Sunday), otherwise the one before.</source>
        <translation>对照目标值评判每个现行标准在某一期间的表现：值（来自该标准的测量值，否则根据其服务的已完成案件计算）、当时有效的目标值和最低可接受值、状态（met、at_risk、breached、no_data）、最近 6 个期间的趋势，以及最近 12 个期间中有几个达到目标值。不使用 --at 时，期间为最近一个完整的期间：若有数据的最后一天落在某期间的最后一周（按周时为其星期日），则取包含这一天的期间，否则取前一个期间。</translation>
    </message>
    <message>
        <source>A day (YYYY-MM-DD) in the period to show.</source>
        <translation>要显示的期间中的某一天（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Only the standards this department owns (code or name).</source>
        <translation>仅该部门负责的标准（代码或名称）。</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>The workbench file to read.</source>
        <translation>要读取的工作台文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The period &quot;%1&quot; is not known; use week, month or quarter.</source>
        <translation>期间“%1”未知；请使用 week、month 或 quarter。</translation>
    </message>
    <message>
        <source>--at %1 is not a date; write YYYY-MM-DD.</source>
        <translation>--at %1 不是日期；请写为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Give one workbench file.</source>
        <translation>请给出一个工作台文件。</translation>
    </message>
    <message>
        <source>table (the default), csv, json (UTF-8) or xlsx (an Excel workbook, with --out).</source>
        <translation>table（默认）、csv、json（UTF-8）或 xlsx（Excel 工作簿，需配合 --out）。</translation>
    </message>
    <message>
        <source>With --format xlsx: after the whole scorecard, one sheet per department holding the standards it owns.</source>
        <translation>使用 --format xlsx 时：在完整的计分卡之后，每个部门一个工作表，列出该部门负责的标准。</translation>
    </message>
    <message>
        <source>--sheet-per-department is for --format xlsx.</source>
        <translation>--sheet-per-department 用于 --format xlsx。</translation>
    </message>
</context>
<context>
    <name>Yardstick::ScorecardExporter</name>
    <message>
        <source>Code</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>最低可接受值</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Met of 12</source>
        <translation>12 期中达标</translation>
    </message>
    <message>
        <source>Complaints per 1,000</source>
        <translation>每千件案件投诉数</translation>
    </message>
    <message>
        <source>no letters</source>
        <translation>无投诉信</translation>
    </message>
</context>
<context>
    <name>Yardstick::ScorecardModel</name>
    <message>
        <source>the last %1 weeks</source>
        <translation>最近 %1 周</translation>
    </message>
    <message>
        <source>the last %1 months</source>
        <translation>最近 %1 个月</translation>
    </message>
    <message>
        <source>the last %1 quarters</source>
        <translation>最近 %1 个季度</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 met</source>
        <translation>%1 — %3 个中 %2 个达标</translation>
    </message>
    <message>
        <source>%1: %2 of %3 standards met, %4 at risk, %5 breached, %6 without data</source>
        <translation>%1：%3 个标准中 %2 个达标，%4 个有风险，%5 个未达标，%6 个无数据</translation>
    </message>
    <message>
        <source>%1 (thin)</source>
        <translation>%1（案件少）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>no letters</source>
        <translation>无投诉信</translation>
    </message>
    <message>
        <source>%1. A status from so few cases says little about the service.</source>
        <translation>%1。案件这么少，其状态很难说明服务水平。</translation>
    </message>
    <message>
        <source>%1: no target was in force in %2.</source>
        <translation>%1：%2 没有有效的目标值。</translation>
    </message>
    <message>
        <source>%1: nothing was measured in %2.</source>
        <translation>%1：%2 没有任何测量。</translation>
    </message>
    <message>
        <source>%1 in %2: %3 reaches the target (%4).</source>
        <translation>%1 在 %2：%3 达到目标值（%4）。</translation>
    </message>
    <message>
        <source>%1 in %2: %3 misses the target (%4) but is within the threshold (%5).</source>
        <translation>%1 在 %2：%3 未达到目标值（%4），但在最低可接受值（%5）以内。</translation>
    </message>
    <message>
        <source>%1 in %2: %3 is worse than the threshold (%4).</source>
        <translation>%1 在 %2：%3 差于最低可接受值（%4）。</translation>
    </message>
    <message>
        <source>Nothing was measured in %1.</source>
        <translation>%1 没有任何测量。</translation>
    </message>
    <message>
        <source>%1, computed from %2 completed cases in %3.</source>
        <translation>%1，根据 %3 的 %2 件已完成案件计算。</translation>
    </message>
    <message>
        <source>%1, from the measurements of %2 (%3 cases).</source>
        <translation>%1，来自 %2 的测量值（%3 件案件）。</translation>
    </message>
    <message>
        <source>%1, from the measurements of %2.</source>
        <translation>%1，来自 %2 的测量值。</translation>
    </message>
    <message>
        <source>down %1</source>
        <translation>下降 %1</translation>
    </message>
    <message>
        <source>up %1</source>
        <translation>上升 %1</translation>
    </message>
    <message>
        <source>%1: %2 over %3 (fitted line).</source>
        <translation>%1：%3%2（拟合线）。</translation>
    </message>
    <message>
        <source>Target met in %1 of %2.</source>
        <translation>%2中有 %1 期达到目标值。</translation>
    </message>
    <message>
        <source>No complaint letter is linked to any standard of this workbench, so there is nothing to count.</source>
        <translation>没有投诉信关联到此工作台的任何标准，因此无可计数。</translation>
    </message>
    <message>
        <source>No value: no case of the service was completed in %1 (cases are counted only for services with complaints linked to their standards).</source>
        <translation>无值：%1 没有完成该服务的案件（只对有投诉信关联到其标准的服务统计案件）。</translation>
    </message>
    <message>
        <source>%1 complaints linked to this standard, received in %2, over %3 cases of the service completed in it.</source>
        <translation>%2 收到的与此标准关联的投诉 %1 件，对应当期完成的该服务案件 %3 件。</translation>
    </message>
    <message>
        <source>Met, at risk (between target and threshold), breached (worse than the threshold) or no data, in the period shown</source>
        <translation>所示期间的状态：达标、有风险（介于目标值和最低可接受值之间）、未达标（差于最低可接受值）或无数据</translation>
    </message>
    <message>
        <source>The direction of a line fitted through the last %1 periods</source>
        <translation>对最近 %1 个期间拟合直线的方向</translation>
    </message>
    <message>
        <source>The last %1 periods, oldest first; the faint line is the target</source>
        <translation>最近 %1 个期间，从早到晚；浅色线为目标值</translation>
    </message>
    <message>
        <source>How many of the last %1 periods met the target</source>
        <translation>最近 %1 个期间中达到目标值的期间数</translation>
    </message>
    <message>
        <source>Complaint letters linked to the standard per 1,000 cases of its service completed in the period shown</source>
        <translation>所示期间内，与该标准关联的投诉信数（每千件该服务已完成案件）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>最低可接受值</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>近期</translation>
    </message>
    <message>
        <source>Complaints per 1,000</source>
        <translation>每千件案件投诉数</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>No target was in force in %1.</source>
        <translation>%1 没有生效的目标值。</translation>
    </message>
    <message>
        <source>Target %1, threshold %2: worse than the target is at risk, worse than the threshold breached.</source>
        <translation>目标值 %1，最低可接受值 %2：差于目标值为有风险，差于最低可接受值为未达标。</translation>
    </message>
    <message>
        <source>The target in force in the period shown and, in brackets, the threshold</source>
        <translation>所显示期间生效的目标值，括号内为最低可接受值</translation>
    </message>
    <message>
        <source>Target (threshold)</source>
        <translation>目标值（最低可接受值）</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>达标</translation>
    </message>
</context>
<context>
    <name>Yardstick::SeriesCommand</name>
    <message>
        <source>Show one standard period by period, as the scorecard judges it.</source>
        <translation>按期间逐一显示一个标准，评判方式与计分卡相同。</translation>
    </message>
    <message>
        <source>Prints one standard period by period from the first to the last period with data in the workbench, with the same columns as the scorecard.</source>
        <translation>从工作台中第一个有数据的期间到最后一个，逐期输出一个标准，各列与计分卡相同。</translation>
    </message>
    <message>
        <source>The standard&apos;s code.</source>
        <translation>标准的代码。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Compute from this department&apos;s cases only (code or name): its own service record. Standards valued from measurements have no per-department figures.</source>
        <translation>仅根据该部门的案件计算（代码或名称）：该部门自己的服务记录。根据测量值取值的标准没有按部门的数据。</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>The workbench file to read.</source>
        <translation>要读取的工作台文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The period &quot;%1&quot; is not known; use week, month or quarter.</source>
        <translation>期间“%1”未知；请使用 week、month 或 quarter。</translation>
    </message>
    <message>
        <source>Name the standard with --standard CODE.</source>
        <translation>请用 --standard CODE 指定标准。</translation>
    </message>
    <message>
        <source>Give one workbench file.</source>
        <translation>请给出一个工作台文件。</translation>
    </message>
    <message>
        <source>The workbench has no standard &quot;%1&quot;.</source>
        <translation>工作台中没有标准“%1”。</translation>
    </message>
    <message>
        <source>table (the default), csv, json (UTF-8) or xlsx (an Excel workbook, with --out).</source>
        <translation>table（默认）、csv、json（UTF-8）或 xlsx（Excel 工作簿，需配合 --out）。</translation>
    </message>
</context>
<context>
    <name>Yardstick::ServerAddress</name>
    <message>
        <source>%1 is not a PostgreSQL connection address: %2</source>
        <translation>%1 不是 PostgreSQL 连接地址：%2</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not a number</source>
        <translation>端口“%1”不是数字</translation>
    </message>
    <message>
        <source>the option %1 contains a semicolon</source>
        <translation>选项 %1 含有分号</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2.</source>
        <translation>无法使用 %1：%2。</translation>
    </message>
</context>
<context>
    <name>Yardstick::ServqualCommand</name>
    <message>
        <source>Show a survey wave&apos;s SERVQUAL gaps, importance-performance quadrants and silent dissatisfied customers.</source>
        <translation>显示某轮次调查的 SERVQUAL 差距、重要性-表现象限以及沉默的不满意客户。</translation>
    </message>
    <message>
        <source>Analyses one wave of survey answers: per dimension the gap (perception minus expectation, averaged per respondent, then over respondents) with n, standard deviation and a 95% Student-t interval, and its normalised weight; the weighted SERVQUAL gap; per item the gap, importance, performance and importance-performance quadrant; the dissatisfied respondents who never wrote a complaint letter; and the change from the survey&apos;s previous wave with Welch&apos;s t-test on the respondents&apos; weighted gaps. Without --wave, the latest wave.</source>
        <translation>分析一个轮次的调查答卷：每个维度的差距（感知减期望，先按受访者平均，再对受访者平均），含 n、标准差和 95% 学生 t 区间，以及归一化权重；加权 SERVQUAL 差距；每个题项的差距、重要性、表现及重要性-表现象限；从未写过投诉信的不满意受访者；以及与该调查上一轮次相比的变化，对受访者的加权差距做 Welch t 检验。不使用 --wave 时，分析最近一轮次。</translation>
    </message>
    <message>
        <source>The wave to analyse, by name.</source>
        <translation>要分析的轮次（按名称）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The workbench file to read.</source>
        <translation>要读取的工作台文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>--wave needs the name of a wave.</source>
        <translation>--wave 需要轮次名称。</translation>
    </message>
    <message>
        <source>Give one workbench file.</source>
        <translation>请给出一个工作台文件。</translation>
    </message>
    <message>
        <source>The workbench has no survey answers to analyse.</source>
        <translation>工作台中没有可分析的调查答卷。</translation>
    </message>
    <message>
        <source>The workbench has no answers for the wave &quot;%1&quot;; its waves are: %2.</source>
        <translation>工作台中没有轮次“%1”的答卷；已有轮次：%2。</translation>
    </message>
    <message>
        <source>table (the default), csv, json (UTF-8) or xlsx (an Excel workbook, with --out).</source>
        <translation>table（默认）、csv、json（UTF-8）或 xlsx（Excel 工作簿，需配合 --out）。</translation>
    </message>
    <message>
        <source>SERVQUAL %1</source>
        <translation>SERVQUAL %1</translation>
    </message>
</context>
<context>
    <name>Yardstick::ServqualDimensionModel</name>
    <message>
        <source>%1 to %2</source>
        <comment>confidence interval</comment>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加权</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation>期望</translation>
    </message>
    <message>
        <source>Perception</source>
        <translation>感知</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>标准差</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95% 置信区间</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
</context>
<context>
    <name>Yardstick::ServqualItemModel</name>
    <message>
        <source>no importance</source>
        <translation>无重要性</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要性</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>表现</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>象限</translation>
    </message>
</context>
<context>
    <name>Yardstick::ServqualTable</name>
    <message numerus="yes">
        <source>Wave %1: %n respondent(s)</source>
        <translation>
            <numerusform>轮次 %1：%n 名受访者</numerusform>
        </translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation>期望</translation>
    </message>
    <message>
        <source>Perception</source>
        <translation>感知</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>标准差</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95% 置信区间</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Weighted SERVQUAL gap: none (no weighted dimension was answered)</source>
        <translation>加权 SERVQUAL 差距：无（没有回答任何加权维度）</translation>
    </message>
    <message>
        <source>Weighted SERVQUAL gap: %1</source>
        <translation>加权 SERVQUAL 差距：%1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要性</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>表现</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>象限</translation>
    </message>
    <message>
        <source>Silent dissatisfied: no dissatisfied respondent with a customer reference</source>
        <translation>沉默的不满意客户：没有带客户编号的不满意受访者</translation>
    </message>
    <message>
        <source>Silent dissatisfied: %1 of %2 dissatisfied respondents with a customer reference never complained (%3%)</source>
        <translation>沉默的不满意客户：%2 名带客户编号的不满意受访者中有 %1 名从未投诉（%3%）</translation>
    </message>
    <message>
        <source>Previous wave: none</source>
        <translation>上一轮次：无</translation>
    </message>
    <message>
        <source>Previous wave %1: weighted gap %2; too few respondents or no spread for Welch&apos;s test</source>
        <translation>上一轮次 %1：加权差距 %2；受访者太少或没有离散，无法做 Welch 检验</translation>
    </message>
    <message>
        <source>Previous wave %1: weighted gap %2; Welch&apos;s t = %3, df = %4, p = %5</source>
        <translation>上一轮次 %1：加权差距 %2；Welch t = %3，df = %4，p = %5</translation>
    </message>
</context>
<context>
    <name>Yardstick::SignalListModel</name>
    <message>
        <source>Nelson %1</source>
        <comment>Nelson rule number</comment>
        <translation>Nelson %1</translation>
    </message>
    <message>
        <source>Western Electric %1</source>
        <comment>Western Electric rule number</comment>
        <translation>Western Electric %1</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <comment>period, rule, meaning</comment>
        <translation>%1 — %2：%3</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
</context>
<context>
    <name>Yardstick::Spc</name>
    <message>
        <source>phase %1: %2</source>
        <translation>阶段 %1：%2</translation>
    </message>
    <message>
        <source>One point more than 3 standard errors from the centre line</source>
        <translation>一个点距中心线超过 3 个标准误</translation>
    </message>
    <message>
        <source>Two out of three points in a row more than 2 standard errors from the centre line, on the same side</source>
        <translation>连续三个点中有两个点距中心线超过 2 个标准误，且在同一侧</translation>
    </message>
    <message>
        <source>Four out of five points in a row more than 1 standard error from the centre line, on the same side</source>
        <translation>连续五个点中有四个点距中心线超过 1 个标准误，且在同一侧</translation>
    </message>
    <message>
        <source>Nine points in a row on the same side of the centre line</source>
        <translation>连续九个点落在中心线同一侧</translation>
    </message>
    <message>
        <source>Six points in a row steadily increasing or steadily decreasing</source>
        <translation>连续六个点持续上升或持续下降</translation>
    </message>
    <message>
        <source>Fourteen points in a row alternating up and down</source>
        <translation>连续十四个点交替上下</translation>
    </message>
    <message>
        <source>Fifteen points in a row within 1 standard error of the centre line, on either side</source>
        <translation>连续十五个点落在中心线两侧 1 个标准误以内</translation>
    </message>
    <message>
        <source>Eight points in a row more than 1 standard error from the centre line, on both sides of it</source>
        <translation>连续八个点落在中心线两侧，且距中心线均超过 1 个标准误</translation>
    </message>
    <message>
        <source>Eight points in a row on the same side of the centre line</source>
        <translation>连续八个点落在中心线同一侧</translation>
    </message>
</context>
<context>
    <name>Yardstick::SpcCommand</name>
    <message>
        <source>Draw up a control chart (limits and run-rule signals) from a CSV file.</source>
        <translation>根据 CSV 文件绘制控制图（控制限和判异规则的异常信号）。</translation>
    </message>
    <message>
        <source>Computes a control chart from a CSV file with a header row: the centre line, the control limits, sigma (the estimated standard deviation of single observations) and the points that break the run rules. Columns (by name, any case; others are ignored):
imr: value
xbar-r, xbar-s: subgroup,value (one row per observation; subgroups in the order they first appear)
p, np: defectives,size
c: count, optionally size
u: count,size (units inspected)

Points are numbered from 1 (subgroups for X-bar charts). Problems with the data are printed on stderr as file:line: column: reason and exit 1.</source>
        <translation>根据带表头行的 CSV 文件计算控制图：中心线、控制限、sigma（单个观测值的估计标准差）以及违反判异规则的点。列（按名称，不区分大小写；其他列忽略）：
imr：value
xbar-r、xbar-s：subgroup,value（每个观测值一行；子组按首次出现的顺序）
p、np：defectives,size
c：count，可选 size
u：count,size（检查的单位数）

点从 1 开始编号（均值图按子组编号）。数据问题以 file:line: column: reason 的形式输出到 stderr，退出码为 1。</translation>
    </message>
    <message>
        <source>The chart: imr (individuals and moving range), xbar-r, xbar-s, p, np, c or u.</source>
        <translation>控制图：imr（单值-移动极差）、xbar-r、xbar-s、p、np、c 或 u。</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>The points whose data set the limits (default: all); later points are phase II, judged against those limits.</source>
        <translation>用其数据计算控制限的点（默认：全部）；之后的点为阶段 II，按这些控制限判断。</translation>
    </message>
    <message>
        <source>FIRST-LAST</source>
        <translation>FIRST-LAST</translation>
    </message>
    <message>
        <source>Points kept on the chart but left out of the limits (repeatable).</source>
        <translation>保留在图上但不参与计算控制限的点（可重复）。</translation>
    </message>
    <message>
        <source>I,J,...</source>
        <translation>I,J,...</translation>
    </message>
    <message>
        <source>Chart against this known process mean instead of estimating it (for p and np the proportion defective, for c defects per sample, for u defects per unit).</source>
        <translation>按此已知过程均值绘图，而不是估计它（p 和 np 为不合格品率，c 为每个样本的缺陷数，u 为每单位缺陷数）。</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>The known standard deviation of single observations; needs --center. Attribute charts take it from --center when it is not given.</source>
        <translation>单个观测值的已知标准差；需要 --center。未给出时，计数型控制图从 --center 推得。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>The run rules: nelson (the default), western-electric or none.</source>
        <translation>判异规则：nelson（默认）、western-electric 或 none。</translation>
    </message>
    <message>
        <source>RULES</source>
        <translation>RULES</translation>
    </message>
    <message>
        <source>table (the default) or json; UTF-8.</source>
        <translation>table（默认）或 json；UTF-8。</translation>
    </message>
    <message>
        <source>The CSV file to read.</source>
        <translation>要读取的 CSV 文件。</translation>
    </message>
    <message>
        <source>DATA.csv</source>
        <translation>DATA.csv</translation>
    </message>
    <message>
        <source>Name the chart with --chart: imr, xbar-r, xbar-s, p, np, c or u.</source>
        <translation>请用 --chart 指定控制图：imr、xbar-r、xbar-s、p、np、c 或 u。</translation>
    </message>
    <message>
        <source>The chart &quot;%1&quot; is not known; use imr, xbar-r, xbar-s, p, np, c or u.</source>
        <translation>控制图“%1”未知；请使用 imr、xbar-r、xbar-s、p、np、c 或 u。</translation>
    </message>
    <message>
        <source>The rules &quot;%1&quot; are not known; use nelson, western-electric or none.</source>
        <translation>规则“%1”未知；请使用 nelson、western-electric 或 none。</translation>
    </message>
    <message>
        <source>--phase1 %1: write FIRST-LAST, two point numbers from 1 with the first not after the last, e.g. 1-20.</source>
        <translation>--phase1 %1：请写为 FIRST-LAST，即两个从 1 开始的点号，前者不大于后者，例如 1-20。</translation>
    </message>
    <message>
        <source>--exclude %1: write point numbers from 1 separated by commas, e.g. 4,9.</source>
        <translation>--exclude %1：请写出从 1 开始、以逗号分隔的点号，例如 4,9。</translation>
    </message>
    <message>
        <source>--sigma needs --center: give the known mean with it.</source>
        <translation>--sigma 需要 --center：请同时给出已知均值。</translation>
    </message>
    <message>
        <source>--center %1 is not a number.</source>
        <translation>--center %1 不是数字。</translation>
    </message>
    <message>
        <source>--center %1: for a p or np chart give the proportion defective, more than 0 and less than 1.</source>
        <translation>--center %1：p 或 np 图请给出不合格品率，大于 0 且小于 1。</translation>
    </message>
    <message>
        <source>--center %1: for a c or u chart give the mean count, more than 0.</source>
        <translation>--center %1：c 或 u 图请给出平均计数，大于 0。</translation>
    </message>
    <message>
        <source>--sigma %1 is not a number more than 0.</source>
        <translation>--sigma %1 不是大于 0 的数。</translation>
    </message>
    <message>
        <source>--center needs --sigma for the %1 chart: give the known standard deviation of single observations with it.</source>
        <translation>%1 图的 --center 需要 --sigma：请同时给出单个观测值的已知标准差。</translation>
    </message>
    <message>
        <source>Give one CSV file.</source>
        <translation>请给出一个 CSV 文件。</translation>
    </message>
    <message>
        <source>--phase1 %1 goes past the last point: %2 has %3.</source>
        <translation>--phase1 %1 超出最后一点：%2 只有 %3 个点。</translation>
    </message>
    <message>
        <source>--exclude %1 is past the last point: %2 has %3.</source>
        <translation>--exclude %1 超出最后一点：%2 只有 %3 个点。</translation>
    </message>
    <message>
        <source>Cannot compute the limits: %1.</source>
        <translation>无法计算控制限：%1。</translation>
    </message>
</context>
<context>
    <name>Yardstick::SpcDataReader</name>
    <message>
        <source>stopped after %1 problems; the rest of the file was not checked</source>
        <translation>发现 %1 个问题后停止；文件其余部分未检查</translation>
    </message>
    <message>
        <source>empty value</source>
        <translation>值为空</translation>
    </message>
    <message>
        <source>%1 defectives is more than the sample size %2</source>
        <translation>不合格品数 %1 大于样本量 %2</translation>
    </message>
    <message>
        <source>the %1 chart needs at least %2 subgroups and the file has %3</source>
        <translation>%1 图至少需要 %2 个子组，而文件中只有 %3 个</translation>
    </message>
    <message>
        <source>the %1 chart needs at least %2 points and the file has %3</source>
        <translation>%1 图至少需要 %2 个点，而文件中只有 %3 个</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 不是数字</translation>
    </message>
    <message>
        <source>%1 is not a count (a whole number, 0 or more)</source>
        <translation>%1 不是计数（0 或更大的整数）</translation>
    </message>
    <message>
        <source>the size must be more than 0, not %1</source>
        <translation>样本量必须大于 0，而不是 %1</translation>
    </message>
    <message>
        <source>%1 is not a whole number of items</source>
        <translation>%1 不是整数个单位</translation>
    </message>
</context>
<context>
    <name>Yardstick::Standard</name>
    <message>
        <source>Active</source>
        <translation>现行</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>Yardstick::StandardCatalogue</name>
    <message>
        <source>Another standard already has the code %1; codes must be unique.</source>
        <translation>已有另一个标准使用代码 %1；代码必须唯一。</translation>
    </message>
    <message>
        <source>standard %1</source>
        <translation>标准 %1</translation>
    </message>
</context>
<context>
    <name>Yardstick::StandardCatalogueExporter</name>
    <message>
        <source>Code</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>最低可接受值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>Yardstick::StandardChanges</name>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>statistic</source>
        <translation>统计量</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>retired on</source>
        <translation>停用日期</translation>
    </message>
    <message>
        <source>day basis</source>
        <translation>天数口径</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>reason %1</source>
        <translation>原因 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n target revision(s)</source>
        <translation>
            <numerusform>%n 次目标修订</numerusform>
        </translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>目标值 %1</translation>
    </message>
</context>
<context>
    <name>Yardstick::StandardImporter</name>
    <message>
        <source>standard %1 appears more than once in this file</source>
        <translation>标准 %1 在此文件中出现多于一次</translation>
    </message>
    <message>
        <source>empty value</source>
        <translation>值为空</translation>
    </message>
    <message>
        <source>%1 is not active or retired</source>
        <translation>%1 不是 active 或 retired</translation>
    </message>
    <message>
        <source>%1 is not calendar or business</source>
        <translation>%1 不是 calendar 或 business</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>从 %1 导入</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 不是数字</translation>
    </message>
    <message>
        <source>cannot read %1 as an ISO date (YYYY-MM-DD)</source>
        <translation>无法将 %1 读作 ISO 日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Created service &quot;%1&quot; (%2).</source>
        <translation>已创建服务“%1”（%2）。</translation>
    </message>
    <message>
        <source>Created department &quot;%1&quot; (%2).</source>
        <translation>已创建部门“%1”（%2）。</translation>
    </message>
    <message>
        <source>%1 does not name a dimension</source>
        <translation>%1 不是维度名称</translation>
    </message>
    <message>
        <source>Created dimension &quot;%1&quot;.</source>
        <translation>已创建维度“%1”。</translation>
    </message>
    <message>
        <source>%1: target %2 → %3, threshold %4 → %5 from %6.</source>
        <translation>%1：自 %6 起，目标值 %2 → %3，最低可接受值 %4 → %5。</translation>
    </message>
    <message>
        <source>cannot write to the workbench: %1</source>
        <translation>无法写入工作台：%1</translation>
    </message>
</context>
<context>
    <name>Yardstick::StandardRepository</name>
    <message>
        <source>Standard %1 is no longer in the workbench.</source>
        <translation>标准 %1 已不在工作台中。</translation>
    </message>
    <message>
        <source>This standard has measurements, so it cannot be deleted. Retire it instead.</source>
        <translation>此标准已有测量值，因此不能删除。请改为停用。</translation>
    </message>
</context>
<context>
    <name>Yardstick::StandardTableModel</name>
    <message>
        <source>Retired %1</source>
        <translation>已停用 %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>统计量</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>最低可接受值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>In force since</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>Yardstick::StandardValidator</name>
    <message>
        <source>Give the standard a code, for example APP-T-01.</source>
        <translation>请为标准指定代码，例如 APP-T-01。</translation>
    </message>
    <message>
        <source>A code is up to 32 letters and digits, in groups joined by a dash, dot or underscore, for example APP-T-01.</source>
        <translation>代码最多 32 个字母和数字，分组之间用短横线、点或下划线连接，例如 APP-T-01。</translation>
    </message>
    <message>
        <source>Give the standard a title that says what is measured.</source>
        <translation>请为标准指定一个说明测量内容的标题。</translation>
    </message>
    <message>
        <source>Choose the service the standard covers.</source>
        <translation>请选择标准所覆盖的服务。</translation>
    </message>
    <message>
        <source>Choose the quality dimension the standard measures.</source>
        <translation>请选择标准所测量的质量维度。</translation>
    </message>
    <message>
        <source>Choose the department that owns the standard.</source>
        <translation>请选择负责该标准的部门。</translation>
    </message>
    <message>
        <source>The statistic is not valid: a percentile runs from 1 to 99 and &quot;within N days&quot; needs N above zero.</source>
        <translation>统计量无效：百分位数须在 1 至 99 之间，“N 天内”需要 N 大于零。</translation>
    </message>
    <message>
        <source>Give the unit the values are in, for example days or %.</source>
        <translation>请给出数值的单位，例如天或 %。</translation>
    </message>
    <message>
        <source>Give the standard a target and a threshold.</source>
        <translation>请为标准指定目标值和最低可接受值。</translation>
    </message>
    <message>
        <source>Give the date from which the target applies.</source>
        <translation>请给出目标值开始适用的日期。</translation>
    </message>
    <message>
        <source>A revision must take effect after the one before it (%1).</source>
        <translation>修订必须在前一次修订（%1）之后生效。</translation>
    </message>
    <message>
        <source>The target must be a number.</source>
        <translation>目标值必须是数字。</translation>
    </message>
    <message>
        <source>The target is a percentage and must lie between 0 and 100.</source>
        <translation>目标值是百分比，必须在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>The target cannot be negative.</source>
        <translation>目标值不能为负。</translation>
    </message>
    <message>
        <source>The threshold must be a number.</source>
        <translation>最低可接受值必须是数字。</translation>
    </message>
    <message>
        <source>The threshold is a percentage and must lie between 0 and 100.</source>
        <translation>最低可接受值是百分比，必须在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>The threshold cannot be negative.</source>
        <translation>最低可接受值不能为负。</translation>
    </message>
    <message>
        <source>Lower is better here, so the threshold (the least acceptable value) must be at or above the target (the goal).</source>
        <translation>此处越低越好，因此最低可接受值必须不低于目标值。</translation>
    </message>
    <message>
        <source>Higher is better here, so the threshold (the least acceptable value) must be at or below the target (the goal).</source>
        <translation>此处越高越好，因此最低可接受值必须不高于目标值。</translation>
    </message>
    <message>
        <source>Give the date the standard was retired.</source>
        <translation>请给出标准停用的日期。</translation>
    </message>
    <message>
        <source>A standard cannot be retired before it took effect.</source>
        <translation>标准不能在生效之前停用。</translation>
    </message>
</context>
<context>
    <name>Yardstick::StandardsCommand</name>
    <message>
        <source>List the standards of a workbench as a table, CSV or JSON.</source>
        <translation>以表格、CSV 或 JSON 列出工作台中的标准。</translation>
    </message>
    <message>
        <source>Lists the standards catalogue of a workbench, ordered by code. The table is for reading; CSV and JSON are for other programs and give each standard&apos;s current target and threshold, JSON with every earlier revision as well.</source>
        <translation>按代码顺序列出工作台的标准目录。表格供阅读；CSV 和 JSON 供其他程序使用，给出每个标准当前的目标值和最低可接受值，JSON 还包含以前的每次修订。</translation>
    </message>
    <message>
        <source>The workbench file to read.</source>
        <translation>要读取的工作台文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Give the workbench file whose standards to list.</source>
        <translation>请给出要列出其标准的工作台文件。</translation>
    </message>
    <message>
        <source>Give one workbench file only; &quot;%1&quot; is one too many.</source>
        <translation>只能给出一个工作台文件；“%1”是多余的。</translation>
    </message>
    <message>
        <source>The output format: table (the default), csv, json (CSV and JSON are UTF-8) or xlsx (an Excel workbook, with --out).</source>
        <translation>输出格式：table（默认）、csv、json（CSV 和 JSON 均为 UTF-8）或 xlsx（Excel 工作簿，需配合 --out）。</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>标准</translation>
    </message>
</context>
<context>
    <name>Yardstick::Statistic</name>
    <message>
        <source>Mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>%1th percentile</source>
        <translation>第 %1 百分位数</translation>
    </message>
    <message>
        <source>Share within 1 day</source>
        <translation>1 天内占比</translation>
    </message>
    <message>
        <source>Share within %1 days</source>
        <translation>%1 天内占比</translation>
    </message>
</context>
<context>
    <name>Yardstick::SurveyChannel</name>
    <message>
        <source>Mail questionnaire</source>
        <translation>邮寄问卷</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>回访电话</translation>
    </message>
    <message>
        <source>In-branch card</source>
        <translation>网点意见卡</translation>
    </message>
</context>
<context>
    <name>Yardstick::SurveyImport</name>
    <message>
        <source>no survey has a wave %1 and the workbench has several surveys (%2); name the survey to add it to</source>
        <translation>没有调查包含轮次 %1，而工作台中有多个调查（%2）；请指定要加入的调查</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>调查</translation>
    </message>
    <message>
        <source>The survey %1 was created; edit its scale and items if they differ.</source>
        <translation>已创建调查 %1；如量表和题项不同，请编辑。</translation>
    </message>
    <message>
        <source>no wave was named for the answers</source>
        <translation>没有为答卷指定轮次</translation>
    </message>
    <message>
        <source>the wave %1 belongs to the survey %2, not %3</source>
        <translation>轮次 %1 属于调查 %2，而不是 %3</translation>
    </message>
    <message>
        <source>The wave %1 was added to the survey %2.</source>
        <translation>已将轮次 %1 加入调查 %2。</translation>
    </message>
    <message>
        <source>The wave %1 was added to the survey %2, dated %3; edit its dates and channel.</source>
        <translation>已将轮次 %1 加入调查 %2，日期为 %3；请编辑其日期和渠道。</translation>
    </message>
    <message>
        <source>The item %1 was added to the survey %2 in the dimension %3.</source>
        <translation>已将题项 %1 加入调查 %2 的维度 %3。</translation>
    </message>
    <message>
        <source>the header is neither the long layout (respondent,item,dimension,expectation,perception) nor the wide layout (respondent,E_&lt;item&gt;,P_&lt;item&gt;)</source>
        <translation>表头既不是长格式（respondent,item,dimension,expectation,perception），也不是宽格式（respondent,E_&lt;item&gt;,P_&lt;item&gt;）</translation>
    </message>
    <message>
        <source>The column %1 is not an answer column and was ignored.</source>
        <translation>列 %1 不是答案列，已忽略。</translation>
    </message>
    <message>
        <source>unknown item %1: the survey %2 has no such item</source>
        <translation>未知题项 %1：调查 %2 中没有该题项</translation>
    </message>
    <message>
        <source>the column %1 appears twice</source>
        <translation>列 %1 出现了两次</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 不是数字</translation>
    </message>
    <message>
        <source>%1 is outside the scale %2–%3</source>
        <translation>%1 超出量表范围 %2–%3</translation>
    </message>
    <message>
        <source>respondent %1 answered item %2 more than once in this file (first on line %3)</source>
        <translation>受访者 %1 在此文件中对题项 %2 回答了多次（首次在第 %3 行）</translation>
    </message>
    <message>
        <source>respondent %1 already has a different answer to item %2 in wave %3</source>
        <translation>受访者 %1 在轮次 %3 中对题项 %2 已有不同的回答</translation>
    </message>
    <message>
        <source>the respondent is empty</source>
        <translation>受访者为空</translation>
    </message>
    <message>
        <source>the dimension is empty</source>
        <translation>维度为空</translation>
    </message>
    <message>
        <source>unknown dimension %1</source>
        <translation>未知维度 %1</translation>
    </message>
    <message>
        <source>the item is empty</source>
        <translation>题项为空</translation>
    </message>
    <message>
        <source>item %1 is in the dimension %2, not %3</source>
        <translation>题项 %1 属于维度 %2，而不是 %3</translation>
    </message>
    <message>
        <source>respondent %1 has more than one row in this file (first on line %2)</source>
        <translation>受访者 %1 在此文件中有多于一行（首次在第 %2 行）</translation>
    </message>
    <message>
        <source>cannot write to the workbench: %1</source>
        <translation>无法写入工作台：%1</translation>
    </message>
</context>
<context>
    <name>Yardstick::SurveyService</name>
    <message>
        <source>survey answers</source>
        <translation>调查答卷</translation>
    </message>
    <message>
        <source>answers of wave %1 from %2</source>
        <translation>从 %2 导入轮次 %1 的答卷</translation>
    </message>
    <message>
        <source>name %1 → %2</source>
        <translation>名称 %1 → %2</translation>
    </message>
    <message>
        <source>service %1 → %2</source>
        <translation>服务 %1 → %2</translation>
    </message>
    <message>
        <source>scale %1–%2 → %3–%4</source>
        <translation>量表 %1–%2 → %3–%4</translation>
    </message>
    <message>
        <source>description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>items: %1 → %2</source>
        <translation>题目：%1 → %2</translation>
    </message>
    <message>
        <source>waves: %1 → %2</source>
        <translation>轮次：%1 → %2</translation>
    </message>
    <message>
        <source>The survey %1 is no longer in the workbench.</source>
        <translation>调查 %1 已不在工作台中。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 个题目</numerusform>
        </translation>
    </message>
    <message>
        <source>the survey %1</source>
        <translation>调查 %1</translation>
    </message>
    <message>
        <source>the SERVQUAL weight of %1</source>
        <translation>%1 的 SERVQUAL 权重</translation>
    </message>
    <message>
        <source>SERVQUAL weight %1 → %2</source>
        <translation>SERVQUAL 权重 %1 → %2</translation>
    </message>
    <message>
        <source>the survey feeding standard %1</source>
        <translation>为标准 %1 提供数据的调查</translation>
    </message>
    <message>
        <source>survey %1 → %2</source>
        <translation>调查 %1 → %2</translation>
    </message>
</context>
<context>
    <name>Yardstick::TeamCommand</name>
    <message>
        <source>%1 is now a viewer of %2: reads everything, changes nothing.</source>
        <translation>%1 现为 %2 的查看者：可查看全部内容，不能更改任何内容。</translation>
    </message>
    <message>
        <source>%1 is now an analyst of %2: imports and edits the data, reads the catalogue.</source>
        <translation>%1 现为 %2 的分析员：可导入和编辑数据，可查看标准目录。</translation>
    </message>
    <message>
        <source>%1 is now an owner of %2: edits everything, the catalogue included, and may grant these roles to others.</source>
        <translation>%1 现为 %2 的所有者：可编辑全部内容（包括标准目录），并可将这些角色授予他人。</translation>
    </message>
    <message>
        <source>Grant the viewer, analyst or owner role of a team workbench, or list who has which.</source>
        <translation>授予团队工作台的查看者、分析员或所有者角色，或列出各用户的角色。</translation>
    </message>
    <message>
        <source>Who may do what on a team workbench on a PostgreSQL server. A viewer reads everything and changes nothing; an analyst also imports and edits the data (cases, letters and their labels, surveys, audits, measurements, phases, value models); an owner also edits the catalogue (standards, targets, holidays, dimensions) and grants the roles. The server enforces them: they hold for every program that connects.

&quot;team grant URI --user NAME --role ROLE&quot; makes NAME a member of that role of the workbench&apos;s database and of no other, creating the roles and the user (a login role without a password) if needed. The first grant, and a grant to a new user, need a superuser or a role with CREATEROLE, usually whoever created the workbench; after that an owner grants the roles to existing users. Run as the owner of the workbench&apos;s tables, it also grants the table privileges again (after an upgrade added tables).

&quot;team list URI&quot; prints the users with a role, as CSV (user,role).</source>
        <translation>规定 PostgreSQL 服务器上的团队工作台中谁可以做什么。查看者可查看全部内容，不能更改任何内容；分析员还可导入和编辑数据（案件、投诉信及其标签、调查、稽核、测量值、阶段、价值模型）；所有者还可编辑标准目录（标准、目标值、节假日、维度）并授予角色。这些角色由服务器强制执行：对每个连接的程序都有效。

“team grant URI --user NAME --role ROLE”使 NAME 成为该工作台数据库中此角色的成员，并退出其他角色；如有需要，会创建这些角色和该用户（不带密码的登录角色）。首次授予以及授予新用户需要超级用户或具有 CREATEROLE 的角色，通常是创建工作台的人；此后所有者可将角色授予现有用户。以工作台各表的所有者身份运行时，还会重新授予表权限（升级新增了表之后）。

“team list URI”以 CSV（user,role）列出拥有角色的用户。</translation>
    </message>
    <message>
        <source>The PostgreSQL user (login role).</source>
        <translation>PostgreSQL 用户（登录角色）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The role to grant: viewer, analyst or owner.</source>
        <translation>要授予的角色：viewer（查看者）、analyst（分析员）或 owner（所有者）。</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>Only the cases of this department (not supported yet: refused).</source>
        <translation>仅限该部门的案件（尚不支持：会被拒绝）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>grant or list.</source>
        <translation>grant（授予）或 list（列出）。</translation>
    </message>
    <message>
        <source>grant|list</source>
        <translation>grant|list</translation>
    </message>
    <message>
        <source>The team workbench: a postgresql:// address.</source>
        <translation>团队工作台：postgresql:// 地址。</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Give the action (grant or list) and the team workbench&apos;s address.</source>
        <translation>请给出操作（grant 或 list）和团队工作台的地址。</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use grant or list.</source>
        <translation>未知操作“%1”：请使用 grant 或 list。</translation>
    </message>
    <message>
        <source>%1 is a workbench file. Roles belong to a team workbench on a PostgreSQL server (a postgresql:// address); a file has one user, who may do everything.</source>
        <translation>%1 是工作台文件。角色属于 PostgreSQL 服务器上的团队工作台（postgresql:// 地址）；文件只有一个用户，可以做任何操作。</translation>
    </message>
    <message>
        <source>Give the user to grant the role to: --user NAME.</source>
        <translation>请给出要授予角色的用户：--user NAME。</translation>
    </message>
    <message>
        <source>Give the role: --role viewer, analyst or owner.</source>
        <translation>请给出角色：--role viewer、analyst 或 owner。</translation>
    </message>
    <message>
        <source>--role %1: use viewer, analyst or owner.</source>
        <translation>--role %1：请使用 viewer、analyst 或 owner。</translation>
    </message>
    <message>
        <source>--department is not supported yet: a role reaches every department&apos;s cases. Grant the role without it, or wait for a version that limits a department head to their own department&apos;s cases.</source>
        <translation>尚不支持 --department：角色可访问所有部门的案件。请不带此选项授予角色，或等待能将部门负责人限制在本部门案件的版本。</translation>
    </message>
    <message>
        <source>team list takes no --user, --role or --department.</source>
        <translation>team list 不接受 --user、--role 或 --department。</translation>
    </message>
    <message>
        <source>Cannot read the roles of %1: %2</source>
        <translation>无法读取 %1 的角色：%2</translation>
    </message>
    <message>
        <source>Cannot grant the %1 role of %2 to %3: %4</source>
        <translation>无法将 %2 的 %1 角色授予 %3：%4</translation>
    </message>
    <message>
        <source>Created the user %1 (a login role) without a password. To give it one, a superuser runs: ALTER ROLE &quot;%1&quot; PASSWORD &apos;…&apos;; %1 can then keep it in ~/.pgpass (host:port:database:%1:password), so no program asks for it.</source>
        <translation>已创建用户 %1（登录角色），未设密码。如需设置密码，请由超级用户运行：ALTER ROLE &quot;%1&quot; PASSWORD &apos;…&apos;；之后 %1 可将密码保存在 ~/.pgpass（host:port:database:%1:password）中，程序便不会再询问。</translation>
    </message>
    <message>
        <source>%1 is no longer in %2.</source>
        <translation>%1 已不再属于 %2。</translation>
    </message>
</context>
<context>
    <name>Yardstick::TeamRoles</name>
    <message>
        <source>The database name &quot;%1&quot; is too long to name its roles: PostgreSQL allows role names of %2 bytes, and &quot;%3&quot; would have %4. Give the database a shorter name (ALTER DATABASE … RENAME TO …).</source>
        <translation>数据库名“%1”过长，无法用于命名其角色：PostgreSQL 的角色名最多 %2 字节，而“%3”将有 %4 字节。请为数据库改用较短的名称（ALTER DATABASE … RENAME TO …）。</translation>
    </message>
    <message>
        <source>The server refused: %1. Granting the roles of a team workbench needs its owner role; creating the roles the first time, or a new user, needs a superuser or a role with CREATEROLE.</source>
        <translation>服务器拒绝：%1。授予团队工作台的角色需要其所有者角色；首次创建这些角色或创建新用户需要超级用户或具有 CREATEROLE 的角色。</translation>
    </message>
    <message>
        <source>The roles of this team workbench were made, but their table privileges can be granted only by the owner of its tables (who created the workbench) or a superuser. Run the same command as that user.</source>
        <translation>已创建此团队工作台的角色，但其表权限只能由这些表的所有者（创建工作台的人）或超级用户授予。请以该用户身份运行同一命令。</translation>
    </message>
    <message>
        <source>The database holds no workbench tables to grant.</source>
        <translation>该数据库中没有可授权的工作台表。</translation>
    </message>
    <message>
        <source>Give the name of the user to grant the role to.</source>
        <translation>请给出要授予角色的用户名。</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is too long: PostgreSQL allows role names of %2 bytes.</source>
        <translation>用户名“%1”过长：PostgreSQL 的角色名最多 %2 字节。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is one of the workbench&apos;s own roles, not a user.</source>
        <translation>“%1”是工作台自身的角色，不是用户。</translation>
    </message>
</context>
<context>
    <name>Yardstick::TextDecoding</name>
    <message>
        <source>byte %1 (%2) is not defined in Windows-1252</source>
        <translation>字节 %1（%2）在 Windows-1252 中没有定义</translation>
    </message>
    <message>
        <source>this looks like a binary file, not text (it holds NUL or other control characters)</source>
        <translation>这似乎是二进制文件，而不是文本（含有 NUL 或其他控制字符）</translation>
    </message>
    <message>
        <source>the encoding &quot;%1&quot; is not known</source>
        <translation>编码“%1”未知</translation>
    </message>
    <message>
        <source>not valid %1 at byte %2 (%3)</source>
        <translation>第 %2 字节处不是有效的 %1（%3）</translation>
    </message>
    <message>
        <source>cannot decode as UTF-8, GB18030 or Windows-1252: byte %1 (%2) is not valid in any of them; give the encoding if you know it</source>
        <translation>无法按 UTF-8、GB18030 或 Windows-1252 解码：字节 %1（%2）在这些编码中都无效；如知道编码，请指定</translation>
    </message>
</context>
<context>
    <name>Yardstick::ValueFormat</name>
    <message>
        <source>%1%</source>
        <extracomment>A percentage, e.g. &quot;96.0%&quot;</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A value and its unit, e.g. &quot;15.0 days&quot;, &quot;1.1 per 1,000 letters&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <extracomment>A target: lower is better, e.g. &quot;≤ 15 days&quot;</extracomment>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <extracomment>A target: higher is better, e.g. &quot;≥ 99%&quot;</extracomment>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>–</source>
        <extracomment>An empty cell: there is no value</extracomment>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A target and, in brackets, its threshold, each with its unit: &quot;≥ 99% (≥ 97%)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2) %3</source>
        <extracomment>A target, in brackets its threshold, then their one unit: &quot;≤ 15 (≤ 20) days&quot;</extracomment>
        <translation>%1（%2）%3</translation>
    </message>
</context>
<context>
    <name>Yardstick::ValueModelRepository</name>
    <message>
        <source>A value model needs a standard.</source>
        <translation>价值模型需要一个标准。</translation>
    </message>
    <message>
        <source>The value of a day must be zero or more.</source>
        <translation>每天的价值必须为零或以上。</translation>
    </message>
    <message>
        <source>The cases a year must be zero or more.</source>
        <translation>每年案件数必须为零或以上。</translation>
    </message>
    <message>
        <source>The cost a year must be zero or more.</source>
        <translation>每年成本必须为零或以上。</translation>
    </message>
    <message>
        <source>%1 a day for each of %2 cases a year</source>
        <translation>每年 %2 个案件，每个每天 %1</translation>
    </message>
    <message>
        <source>the value model of %1</source>
        <translation>%1 的价值模型</translation>
    </message>
</context>
<context>
    <name>Yardstick::Workbench</name>
    <message>
        <source>Cannot write the new workbench %1: %2</source>
        <translation>无法写入新工作台 %1：%2</translation>
    </message>
</context>
<context>
    <name>Yardstick::WorkbenchCopier</name>
    <message>
        <source>The two workbenches have different schema versions (%1 and %2).</source>
        <translation>两个工作台的结构版本不同（%1 和 %2）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Yardstick::XlsxTableSource</name>
    <message>
        <source>it has no %1</source>
        <translation>其中没有 %1</translation>
    </message>
    <message>
        <source>%1 cannot be unpacked, error %2</source>
        <translation>%1 无法解压，错误 %2</translation>
    </message>
    <message>
        <source>checksum error %1</source>
        <translation>校验和错误 %1</translation>
    </message>
    <message>
        <source>the sheet ends inside a row</source>
        <translation>工作表在一行中途结束</translation>
    </message>
    <message>
        <source>the cell reference %1 names no column</source>
        <translation>单元格引用 %1 没有指明列</translation>
    </message>
    <message>
        <source>the row has more than %1 cells</source>
        <translation>该行多于 %1 个单元格</translation>
    </message>
    <message>
        <source>a value holds an element &lt;%1&gt;</source>
        <translation>某个值含有元素 &lt;%1&gt;</translation>
    </message>
    <message>
        <source>a cell refers to shared string %1, which the workbook does not have</source>
        <translation>某个单元格引用了共享字符串 %1，而工作簿中没有该字符串</translation>
    </message>
    <message>
        <source>the workbook is damaged here (%1)</source>
        <translation>工作簿在此处损坏（%1）</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
</context>
<context>
    <name>Yardstick::XlsxTableWriter</name>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: &quot;%2&quot; has more rows than an Excel sheet holds.</source>
        <translation>无法写入 %1：“%2”的行数超过 Excel 工作表的容量。</translation>
    </message>
    <message>
        <source>Cannot write %1: the workbook could not be started</source>
        <translation>无法写入 %1：无法开始创建工作簿</translation>
    </message>
    <message>
        <source>Cannot write %1: the finished workbook could not replace it</source>
        <translation>无法写入 %1：完成的工作簿无法替换原文件</translation>
    </message>
</context>
<context>
    <name>Yardstick::XlsxWorkbook</name>
    <message>
        <source>is not a readable Excel workbook (%1)</source>
        <translation>不是可读取的 Excel 工作簿（%1）</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>is password-protected (encrypted); save it without a password or as CSV</source>
        <translation>受密码保护（已加密）；请不设密码另存或另存为 CSV</translation>
    </message>
    <message>
        <source>is an Excel 97-2003 workbook (.xls), which Yardstick does not read; save it as .xlsx or as CSV</source>
        <translation>是 Excel 97-2003 工作簿（.xls），Yardstick 不读取此格式；请另存为 .xlsx 或 CSV</translation>
    </message>
    <message>
        <source>it is not a ZIP archive</source>
        <translation>不是 ZIP 压缩文件</translation>
    </message>
    <message>
        <source>the ZIP archive is damaged, error %1</source>
        <translation>ZIP 压缩文件已损坏，错误 %1</translation>
    </message>
    <message>
        <source>it has no worksheet</source>
        <translation>其中没有工作表</translation>
    </message>
    <message>
        <source>it has no %1</source>
        <translation>其中没有 %1</translation>
    </message>
    <message>
        <source>%1 cannot be unpacked, error %2</source>
        <translation>%1 无法解压，错误 %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 is damaged, error %2</source>
        <translation>%1 已损坏，错误 %2</translation>
    </message>
</context>
</TS>
