<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Yardstick</name>
    <message>
        <source>Tick several standards to overlay them. The dashed lines are the mean of each process phase; hover over a change to read why it happened.</source>
        <translation>勾选多个标准可叠加显示。虚线是每个流程阶段的均值；将鼠标悬停在变更处可查看原因。</translation>
    </message>
    <message>
        <source>Select a signal to ring its point on the chart. Record a process change with Add rebase: the limits start again from it. Double-click the chart to undo a zoom.</source>
        <translation>选择一个异常信号，即可在图上圈出对应的点。用“添加重新基准”记录流程变更：控制限将从该点重新计算。双击图表可撤销缩放。</translation>
    </message>
    <message>
        <source>Every complaint letter in the workbench, by the service it is about: confirmed labels are ranked, the classifier&apos;s unconfirmed suggestions sit hatched on top.</source>
        <translation>工作台中的全部投诉信，按所涉及的服务分组：已确认的标签参与排序，分类器尚未确认的建议以斜线填充叠加在上方。</translation>
    </message>
    <message>
        <source>Every complaint letter in the workbench, by what the customer cared about most: confirmed labels are ranked, the classifier&apos;s unconfirmed suggestions sit hatched on top.</source>
        <translation>工作台中的全部投诉信，按客户最在意的方面分组：已确认的标签参与排序，分类器尚未确认的建议以斜线填充叠加在上方。</translation>
    </message>
    <message>
        <source>Every complaint letter in the workbench, counted in the month it arrived and stacked by what the customer cared about most; the classifier&apos;s unconfirmed suggestions are hatched, above the confirmed letters.</source>
        <translation>工作台中的全部投诉信，按收到的月份计数，并按客户最在意的方面堆叠；分类器尚未确认的建议以斜线填充，位于已确认的投诉信之上。</translation>
    </message>
    <message numerus="yes">
        <source>How often each standard was breached in the last %n period(s); standards never breached are left out.</source>
        <translation>
            <numerusform>最近 %n 个期间内各标准未达标的次数；从未未达标的标准不列出。</numerusform>
        </translation>
    </message>
    <message>
        <source>What missing the target costs a year, for the standards breached or at risk in the latest period that have a value model.</source>
        <translation>在最近一个期间未达标或有风险、且有价值模型的标准，未达目标值每年造成的成本。</translation>
    </message>
    <message>
        <source>The standards ticked in the list, period by period.</source>
        <translation>列表中勾选的标准，逐期显示。</translation>
    </message>
    <message>
        <source>The standards that missed their target at least once lately; tick two or more standards in the list to choose your own.</source>
        <translation>最近至少一次未达目标值的标准；在列表中勾选两个或更多标准可自行选择。</translation>
    </message>
    <message>
        <source>The share of its standards each department met in the latest complete period.</source>
        <translation>各部门在最近一个完整期间内达标的标准所占比例。</translation>
    </message>
</context>
<context>
    <name>Yardstick::AuditDialog</name>
    <message>
        <source>Record Audit</source>
        <translation>记录稽核</translation>
    </message>
    <message>
        <source>Edit Audit</source>
        <translation>编辑稽核</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Audited on</source>
        <translation>稽核日期</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>稽核员</translation>
    </message>
    <message>
        <source>e.g. Desk 3, or the clerk&apos;s name</source>
        <translation>例如：3 号柜台，或柜员姓名</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>稽核对象</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>Audited &amp;on:</source>
        <translation>稽核日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Auditor:</source>
        <translation>稽核员(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>稽核对象(&amp;S)：</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Rating of %1</source>
        <translation>%1 的评分</translation>
    </message>
    <message>
        <source>of %1 (weight %2)</source>
        <translation>满分 %1（权重 %2）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Checklist: %1</source>
        <translation>稽核清单：%1</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>Yardstick::AuditFeedDialog</name>
    <message>
        <source>Feed Standard</source>
        <translation>为标准提供数据</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>The standard gets one measurement per period: the mean score of the audits of its department. Measurements it had from staff audits are replaced; others stay.</source>
        <translation>该标准每个期间获得一个测量值：其所在部门各次稽核的平均得分。原先来自员工稽核的测量值将被替换，其他测量值保留。</translation>
    </message>
    <message>
        <source>&amp;Standard:</source>
        <translation>标准(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>The catalogue has no audit-score standard.</source>
        <translation>标准目录中没有稽核得分类标准。</translation>
    </message>
</context>
<context>
    <name>Yardstick::AuditTemplateDialog</name>
    <message>
        <source>New Checklist</source>
        <translation>新建稽核清单</translation>
    </message>
    <message>
        <source>Edit Checklist</source>
        <translation>编辑稽核清单</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>行为</translation>
    </message>
    <message>
        <source>Scale 0 to</source>
        <translation>评分上限（0 至）</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>&amp;Add Item</source>
        <translation>添加检查项(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Item</source>
        <translation>删除检查项(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Rated items (a rating of 0 to the scale&apos;s top; the weight says how much the item counts in the score):</source>
        <translation>评分检查项（评分从 0 到量表上限；权重表示该检查项在得分中所占的分量）：</translation>
    </message>
    <message>
        <source>The checklist needs a name.</source>
        <translation>稽核清单需要一个名称。</translation>
    </message>
    <message>
        <source>The checklist needs at least one item.</source>
        <translation>稽核清单至少需要一个检查项。</translation>
    </message>
    <message>
        <source>Item %1 needs a code.</source>
        <translation>检查项 %1 需要一个代码。</translation>
    </message>
    <message>
        <source>The code %1 is used twice.</source>
        <translation>代码 %1 被使用了两次。</translation>
    </message>
    <message>
        <source>The scale of item %1 must be a number above 0.</source>
        <translation>检查项 %1 的评分上限必须是大于 0 的数字。</translation>
    </message>
    <message>
        <source>The weight of item %1 must be a number above 0.</source>
        <translation>检查项 %1 的权重必须是大于 0 的数字。</translation>
    </message>
</context>
<context>
    <name>Yardstick::AuditsView</name>
    <message>
        <source>Checklist</source>
        <translation>稽核清单</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>稽核清单(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Record Audit…</source>
        <translation>记录稽核(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Edit Checklist…</source>
        <translation>编辑稽核清单(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;New Checklist…</source>
        <translation>新建稽核清单(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import Audits…</source>
        <translation>导入稽核(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Feed Standard…</source>
        <translation>为标准提供数据(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Delete Audit</source>
        <translation>删除稽核(&amp;D)</translation>
    </message>
    <message>
        <source>Mean audit score in percent, with the number of audits in brackets. Select a month (and a department) to see its items.</source>
        <translation>稽核平均得分（百分比），括号内为稽核次数。选择一个月份（及部门）可查看各检查项。</translation>
    </message>
    <message>
        <source>Audits in the selection:</source>
        <translation>所选范围内的稽核：</translation>
    </message>
    <message>
        <source>%1 %2, weekly</source>
        <translation>%1 %2，每周</translation>
    </message>
    <message>
        <source>%1 %2, monthly</source>
        <translation>%1 %2，每月</translation>
    </message>
    <message>
        <source>%1 %2, quarterly</source>
        <translation>%1 %2，每季度</translation>
    </message>
    <message>
        <source>This checklist feeds no standard.</source>
        <translation>此稽核清单不为任何标准提供数据。</translation>
    </message>
    <message>
        <source>Feeds: %1</source>
        <translation>提供数据给：%1</translation>
    </message>
    <message>
        <source>No audits recorded with this checklist yet.</source>
        <translation>此稽核清单尚无稽核记录。</translation>
    </message>
    <message>
        <source>No checklist yet: create one with New Checklist.</source>
        <translation>尚无稽核清单：请用“新建稽核清单”创建。</translation>
    </message>
    <message>
        <source>all departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Behaviours in %1, %2: none slipped.</source>
        <translation>%1，%2 的行为：没有下滑。</translation>
    </message>
    <message numerus="yes">
        <source>Behaviours in %1, %2: %n slipped (▼) by %3 points or more against the month before or the 12-month average.</source>
        <translation>
            <numerusform>%1，%2 的行为：有 %n 项较上月或 12 个月平均值下滑（▼）%3 分或以上。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit could not be recorded: %1</source>
        <translation>无法记录稽核：%1</translation>
    </message>
    <message>
        <source>Record audit</source>
        <translation>记录稽核</translation>
    </message>
    <message>
        <source>Audit of %1 recorded.</source>
        <translation>已记录对 %1 的稽核。</translation>
    </message>
    <message>
        <source>The audit could not be deleted: %1</source>
        <translation>无法删除稽核：%1</translation>
    </message>
    <message>
        <source>Delete audit</source>
        <translation>删除稽核</translation>
    </message>
    <message>
        <source>Audit deleted.</source>
        <translation>稽核已删除。</translation>
    </message>
    <message>
        <source>The checklist could not be saved: %1</source>
        <translation>无法保存稽核清单：%1</translation>
    </message>
    <message>
        <source>Checklist &quot;%1&quot; saved.</source>
        <translation>稽核清单“%1”已保存。</translation>
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
        <source>Attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Checklist &quot;%1&quot; created.</source>
        <translation>稽核清单“%1”已创建。</translation>
    </message>
    <message>
        <source>Import Audits into &quot;%1&quot;</source>
        <translation>将稽核导入“%1”</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The feed could not be saved: %1</source>
        <translation>无法保存数据来源：%1</translation>
    </message>
    <message>
        <source>The standard is now fed from this checklist.</source>
        <translation>该标准现在由此稽核清单提供数据。</translation>
    </message>
</context>
<context>
    <name>Yardstick::CaseHistoryDialog</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Case History</source>
        <translation>案件历史</translation>
    </message>
    <message>
        <source>A case&apos;s stored values and every change a re-import made to it (next week&apos;s export of a case that was open, a corrected value), oldest first.</source>
        <translation>案件的已存储值，以及每次重新导入对其所做的每项更改（下周导出的仍未结案件、更正后的值），按时间从早到晚排列。</translation>
    </message>
    <message>
        <source>e.g. INC0010002</source>
        <translation>例如：INC0010002</translation>
    </message>
    <message>
        <source>Any service</source>
        <translation>任意服务</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Case &amp;id:</source>
        <translation>案件编号(&amp;I)：</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Right first time</source>
        <translation>一次做对</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Key customer</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <source>Stored values</source>
        <translation>已存储值</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>Became</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Changes by re-imports</source>
        <translation>重新导入所做的更改</translation>
    </message>
    <message>
        <source>Type a case id.</source>
        <translation>请输入案件编号。</translation>
    </message>
    <message>
        <source>No case &quot;%1&quot; in this workbench.</source>
        <translation>此工作台中没有案件“%1”。</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>No changes since the case was first imported.</source>
        <translation>自首次导入以来没有更改。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) by re-imports.</source>
        <translation>
            <numerusform>重新导入做了 %n 项更改。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Yardstick::CaseImportWizard</name>
    <message>
        <source>Import Case Records</source>
        <translation>导入案件记录</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message numerus="yes">
        <source>Create these %n service(s)?</source>
        <translation>
            <numerusform>创建这 %n 个服务？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create these %n department(s)?</source>
        <translation>
            <numerusform>创建这 %n 个部门？</numerusform>
        </translation>
    </message>
    <message>
        <source>Create these services and departments?</source>
        <translation>创建这些服务和部门？</translation>
    </message>
    <message numerus="yes">
        <source>The file names %n service(s) that the workbench does not have.</source>
        <translation>
            <numerusform>文件中有 %n 个服务是工作台中没有的。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file names %n department(s) that the workbench does not have.</source>
        <translation>
            <numerusform>文件中有 %n 个部门是工作台中没有的。</numerusform>
        </translation>
    </message>
    <message>
        <source>Each is created with a code made from its name. Without them, the rows that name them are rejected.</source>
        <translation>每一项都会以其名称生成代码后创建。若不创建，引用它们的行将被拒绝。</translation>
    </message>
    <message>
        <source>Services:</source>
        <translation>服务：</translation>
    </message>
    <message>
        <source>Departments:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Create Services and Departments</source>
        <translation>创建服务和部门</translation>
    </message>
    <message>
        <source>&amp;Create and Import</source>
        <translation>创建并导入(&amp;C)</translation>
    </message>
    <message>
        <source>Import &amp;Without Them</source>
        <translation>不创建，直接导入(&amp;W)</translation>
    </message>
</context>
<context>
    <name>Yardstick::CaseMappingPage</name>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>ISO 8601</source>
        <translation>ISO 8601</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>日/月/年</translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <translation>月/日/年</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>格式模式</translation>
    </message>
    <message>
        <source>Match the Columns</source>
        <translation>匹配列</translation>
    </message>
    <message>
        <source>Tell Yardstick which column holds each field of a case. The mapping can be remembered for next week&apos;s file.</source>
        <translation>告诉 Yardstick 每个案件字段在哪一列。此映射可以记住，供下周的文件使用。</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1（必填）：</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Value map…</source>
        <translation>值映射…</translation>
    </message>
    <message>
        <source>Read several values of this column as one name of the workbench (Category 26 and Category 42 as Card replacement).</source>
        <translation>将此列中的多个值读作工作台中的同一个名称（例如将 Category 26 和 Category 42 都读作“补卡”）。</translation>
    </message>
    <message>
        <source>When a case has several rows (an export of every update), the row to keep: the one with the greatest value in this column, or the file&apos;s last. With none, a case repeated with other values is an error.</source>
        <translation>当一个案件有多行时（每次更新都导出一行），保留哪一行：此列值最大的一行，或文件中的最后一行。若不选择，重复出现且值不同的案件将视为错误。</translation>
    </message>
    <message>
        <source>Unique within a service</source>
        <translation>在同一服务内唯一</translation>
    </message>
    <message>
        <source>Unique across services</source>
        <translation>跨服务唯一</translation>
    </message>
    <message>
        <source>Unique across services: a case whose service changed moves instead of being counted twice (ServiceNow&apos;s INC numbers, Zendesk&apos;s ids).</source>
        <translation>跨服务唯一：服务发生变化的案件会被移动，而不会被重复计算（ServiceNow 的 INC 编号、Zendesk 的编号）。</translation>
    </message>
    <message>
        <source>Import the good rows and &amp;skip the bad ones</source>
        <translation>导入正确的行，跳过有问题的行(&amp;S)</translation>
    </message>
    <message>
        <source>Otherwise nothing is imported while any row has a problem.</source>
        <translation>否则，只要有任何一行有问题，就不导入任何内容。</translation>
    </message>
    <message>
        <source>&amp;Remember this mapping for next time</source>
        <translation>记住此映射，下次使用(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Dates are written as:</source>
        <translation>日期格式(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Latest row by:</source>
        <translation>按此列取最新行(&amp;L)：</translation>
    </message>
    <message>
        <source>Case i&amp;ds are:</source>
        <translation>案件编号(&amp;D)：</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>（选择一列）</translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation>（此文件中没有）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Last row in the file</source>
        <translation>文件中的最后一行</translation>
    </message>
    <message>
        <source>Recognised: %1 — mapping proposed; check it and continue.</source>
        <translation>已识别：%1 — 已建议映射；请检查后继续。</translation>
    </message>
    <message>
        <source>Recognised: %1 — read with the mapping remembered in this workbench.</source>
        <translation>已识别：%1 — 按此工作台中记住的映射读取。</translation>
    </message>
    <message numerus="yes">
        <source>Value map (%n)…</source>
        <translation>
            <numerusform>值映射（%n）…</numerusform>
        </translation>
    </message>
    <message>
        <source>Pattern “%1”</source>
        <translation>格式模式“%1”</translation>
    </message>
    <message>
        <source>Choose the column that holds “%1”: every case needs one.</source>
        <translation>请选择包含“%1”的列：每个案件都需要此字段。</translation>
    </message>
    <message>
        <source>“%1” and “%2” both read the column “%3”; choose another column for one of them.</source>
        <translation>“%1”和“%2”都读取“%3”列；请为其中一个选择另一列。</translation>
    </message>
    <message>
        <source>Auto (detected %1)</source>
        <translation>自动（检测为 %1）</translation>
    </message>
    <message>
        <source>Auto (ambiguous: read as %1)</source>
        <translation>自动（有歧义：读作 %1）</translation>
    </message>
    <message>
        <source>Auto (no single format fits)</source>
        <translation>自动（没有单一格式适用）</translation>
    </message>
    <message>
        <source>⚠ Every date in the file could be day-first or month-first. They will be read as %1; choose the format if that is wrong.</source>
        <translation>⚠ 文件中的每个日期都既可能是日在前，也可能是月在前。将按 %1 读取；如有误，请选择格式。</translation>
    </message>
    <message>
        <source>⚠ The dates in the file are not all in one format Yardstick knows; choose the format to see which ones cannot be read.</source>
        <translation>⚠ 文件中的日期并非都是 Yardstick 识别的同一种格式；请选择格式，以查看哪些日期无法读取。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>The first rows as they will be read:</source>
        <translation>前几行的读取结果：</translation>
    </message>
    <message>
        <source>The first rows as they will be read. %1 of these %2 name a service or department the workbench does not have yet (in red); the import offers to create them:</source>
        <translation>前几行的读取结果。其中 %2 行中有 %1 行引用了工作台中尚不存在的服务或部门（红色）；导入时可以创建它们：</translation>
    </message>
    <message>
        <source>The first rows as they will be read. %1 of these %2 would be rejected; point at a red value to see why:</source>
        <translation>前几行的读取结果。其中 %2 行中有 %1 行将被拒绝；将鼠标指向红色的值可查看原因：</translation>
    </message>
    <message>
        <source>empty, but every case needs a value</source>
        <translation>为空，但每个案件都需要一个值</translation>
    </message>
    <message>
        <source>cannot read “%1” as a date (%2)</source>
        <translation>无法将“%1”读作日期（%2）</translation>
    </message>
    <message>
        <source>completed before received (a date without a time counts as midnight)</source>
        <translation>完成日期早于收到日期（没有时间的日期按零点计算）</translation>
    </message>
    <message>
        <source>no service “%1” in this workbench</source>
        <translation>此工作台中没有服务“%1”</translation>
    </message>
    <message>
        <source>no department “%1” in this workbench</source>
        <translation>此工作台中没有部门“%1”</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>“%1” is not yes/no, true/false, 1/0 or Y/N</source>
        <translation>“%1”不是 yes/no、true/false、1/0 或 Y/N</translation>
    </message>
</context>
<context>
    <name>Yardstick::ChartCanvas</name>
    <message>
        <source>‹ Previous standards</source>
        <translation>‹ 上一页标准</translation>
    </message>
    <message>
        <source>Next standards ›</source>
        <translation>下一页标准 ›</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>Yardstick::ChartExportActions</name>
    <message>
        <source>E&amp;xport Chart…</source>
        <translation>导出图表(&amp;X)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Save the chart as PNG, PDF or SVG for a slide or a page (%1)</source>
        <translation>将图表保存为 PNG、PDF 或 SVG，用于幻灯片或页面（%1）</translation>
    </message>
    <message>
        <source>C&amp;opy Chart</source>
        <translation>复制图表(&amp;O)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Put the chart on the clipboard as a slide-sized image (%1)</source>
        <translation>将图表以幻灯片大小的图片放到剪贴板（%1）</translation>
    </message>
    <message>
        <source>There is no chart to export.</source>
        <translation>没有可导出的图表。</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>图表已保存到 %1</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.

%2</source>
        <translation>无法将图表保存到 %1。

%2</translation>
    </message>
    <message>
        <source>The chart is on the clipboard, %1 × %2 pixels.</source>
        <translation>图表已复制到剪贴板，%1 × %2 像素。</translation>
    </message>
    <message>
        <source>Chart saved to %1, one page a file.</source>
        <translation>图表已保存到 %1，每页一个文件。</translation>
    </message>
    <message numerus="yes">
        <source>Chart saved to %1 (%n pages).</source>
        <translation>
            <numerusform>图表已保存到 %1（共 %n 页）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Yardstick::ChartExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <source>Slide 16:9 (1920 × 1080 pixels)</source>
        <translation>幻灯片 16:9（1920 × 1080 像素）</translation>
    </message>
    <message>
        <source>Slide 4:3 (1440 × 1080 pixels)</source>
        <translation>幻灯片 4:3（1440 × 1080 像素）</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 横向</translation>
    </message>
    <message>
        <source>A4 portrait</source>
        <translation>A4 纵向</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>自定义尺寸</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>宽度（像素）</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>高度（像素）</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>无徽标</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>尺寸(&amp;S)：</translation>
    </message>
    <message>
        <source>Custom si&amp;ze:</source>
        <translation>自定义尺寸(&amp;Z)：</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>分辨率(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation>副标题(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Footnote:</source>
        <translation>脚注(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>组织(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>徽标(&amp;L)：</translation>
    </message>
    <message>
        <source>Sa&amp;ve as:</source>
        <translation>另存为(&amp;V)：</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>%1 × %2 pixels at %3 dpi</source>
        <translation>%1 × %2 像素，%3 dpi</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation>选择徽标</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>PowerPoint slide</source>
        <translation>PowerPoint 幻灯片</translation>
    </message>
    <message>
        <source>One 16:9 slide: the chart as a picture, its numbers in the speaker notes</source>
        <translation>一张 16:9 幻灯片：图表为图片，其数据放在演讲者备注中</translation>
    </message>
    <message>
        <source>PowerPoint decks (*.pptx)</source>
        <translation>PowerPoint 演示文稿 (*.pptx)</translation>
    </message>
</context>
<context>
    <name>Yardstick::ChartExportOptions</name>
    <message>
        <source>Unknown size &quot;%1&quot;: use WIDTHxHEIGHT in pixels (1280x720), slide, slide-4:3, a4 or a4-portrait.</source>
        <translation>未知尺寸“%1”：请使用以像素为单位的 宽x高（1280x720）、slide、slide-4:3、a4 或 a4-portrait。</translation>
    </message>
    <message>
        <source>A size of %1 × %2 pixels is out of range: each side must be from 100 to %3.</source>
        <translation>%1 × %2 像素的尺寸超出范围：每边必须在 100 到 %3 之间。</translation>
    </message>
    <message>
        <source>The resolution must be a whole number of dots per inch from %1 to %2, not &quot;%3&quot;.</source>
        <translation>分辨率必须是 %1 到 %2 之间的整数（每英寸点数），而不是“%3”。</translation>
    </message>
    <message>
        <source>The resolution must be from %1 to %2 dots per inch.</source>
        <translation>分辨率必须在每英寸 %1 到 %2 点之间。</translation>
    </message>
</context>
<context>
    <name>Yardstick::ChartExporter</name>
    <message>
        <source>Cannot write the chart to %1: %2</source>
        <translation>无法将图表写入 %1：%2</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>无法开始生成 PDF</translation>
    </message>
    <message>
        <source>the SVG could not be started</source>
        <translation>无法开始生成 SVG</translation>
    </message>
    <message>
        <source>a new PDF page could not be started</source>
        <translation>无法开始新的 PDF 页面</translation>
    </message>
</context>
<context>
    <name>Yardstick::ChartsView</name>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Show head&amp;line</source>
        <translation>显示标题数字(&amp;L)</translation>
    </message>
    <message>
        <source>Print the change in large figures on the trend chart, e.g. “35.2 → 15.0 days”</source>
        <translation>在趋势图上以大号数字显示变化，例如“35.2 → 15.0 天”</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>图表(&amp;C)：</translation>
    </message>
    <message>
        <source>Pe&amp;riod:</source>
        <translation>期间(&amp;R)：</translation>
    </message>
    <message>
        <source>Reading the workbench…</source>
        <translation>正在读取工作台…</translation>
    </message>
    <message>
        <source>Reading the workbench</source>
        <translation>正在读取工作台</translation>
    </message>
    <message>
        <source>Cannot read the workbench: %1</source>
        <translation>无法读取工作台：%1</translation>
    </message>
    <message>
        <source>The Pareto counts every letter in the workbench</source>
        <translation>帕累托图统计工作台中的全部投诉信</translation>
    </message>
    <message>
        <source>Complaint letters are counted by calendar month</source>
        <translation>投诉信按日历月计数</translation>
    </message>
</context>
<context>
    <name>Yardstick::ColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>恢复默认列</translation>
    </message>
</context>
<context>
    <name>Yardstick::ComplaintActions</name>
    <message>
        <source>&amp;Confirm Labels and Next</source>
        <translation>确认标签并转到下一封(&amp;C)</translation>
    </message>
    <message>
        <source>Correct &amp;Service…</source>
        <translation>更正服务(&amp;S)…</translation>
    </message>
    <message>
        <source>Mark &amp;New</source>
        <translation>标为新建(&amp;N)</translation>
    </message>
    <message>
        <source>Mark In &amp;Progress</source>
        <translation>标为处理中(&amp;P)</translation>
    </message>
    <message>
        <source>Mark &amp;Resolved</source>
        <translation>标为已解决(&amp;R)</translation>
    </message>
    <message>
        <source>Edit Handling &amp;Dates…</source>
        <translation>编辑处理日期(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Link to Standard…</source>
        <translation>关联到标准(&amp;L)…</translation>
    </message>
    <message>
        <source>Remove Lin&amp;k</source>
        <translation>删除关联(&amp;K)</translation>
    </message>
    <message>
        <source>Stamps the first response now if the letter has none</source>
        <translation>如果投诉信尚无首次答复，则将当前时间记为首次答复</translation>
    </message>
    <message>
        <source>Stamps the resolution now; Edit Handling Dates corrects it</source>
        <translation>将当前时间记为解决时间；可用“编辑处理日期”更正</translation>
    </message>
    <message>
        <source>Letter &amp;History…</source>
        <translation>信件历史记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Who labelled and handled this letter, and when</source>
        <translation>谁在何时标注和处理了这封信件</translation>
    </message>
</context>
<context>
    <name>Yardstick::ComplaintEditor</name>
    <message>
        <source>link %1 to %2</source>
        <translation>将 %1 关联到 %2</translation>
    </message>
    <message>
        <source>remove a link of %1</source>
        <translation>删除 %1 的一个关联</translation>
    </message>
</context>
<context>
    <name>Yardstick::ComplaintFilterBar</name>
    <message>
        <source>Search reference, customer or text</source>
        <translation>搜索编号、客户或正文</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Any labels</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <source>Not yet confirmed</source>
        <translation>尚未确认</translation>
    </message>
    <message>
        <source>&amp;Key customers only</source>
        <translation>仅重点客户(&amp;K)</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>收到日期从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>任意日期</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>全部服务</translation>
    </message>
    <message>
        <source>All dimensions</source>
        <translation>全部维度</translation>
    </message>
    <message>
        <source>Letters: %1 of %2, %3 of them by a suggestion not yet confirmed</source>
        <translation>投诉信：%2 封中的 %1 封，其中 %3 封依据尚未确认的建议</translation>
    </message>
    <message>
        <source>Letters: %1</source>
        <translation>投诉信：%1</translation>
    </message>
    <message>
        <source>Letters: %1 of %2</source>
        <translation>投诉信：%2 封中的 %1 封</translation>
    </message>
</context>
<context>
    <name>Yardstick::ComplaintKeyLegend</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&amp;nbsp;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&amp;nbsp;%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Return&lt;/b&gt; confirm and next · %1 set the dimension (&lt;b&gt;Shift&lt;/b&gt;+digit adds or removes another) · &lt;b&gt;S&lt;/b&gt; service · &lt;b&gt;N&lt;/b&gt;/&lt;b&gt;P&lt;/b&gt;/&lt;b&gt;R&lt;/b&gt; new, in progress, resolved · &lt;b&gt;D&lt;/b&gt; dates · &lt;b&gt;L&lt;/b&gt; link</source>
        <translation>&lt;b&gt;Return&lt;/b&gt; 确认并转到下一封 · %1 设置维度（&lt;b&gt;Shift&lt;/b&gt;+数字 添加或移除另一个维度）· &lt;b&gt;S&lt;/b&gt; 服务 · &lt;b&gt;N&lt;/b&gt;/&lt;b&gt;P&lt;/b&gt;/&lt;b&gt;R&lt;/b&gt; 新建、处理中、已解决 · &lt;b&gt;D&lt;/b&gt; 日期 · &lt;b&gt;L&lt;/b&gt; 关联</translation>
    </message>
</context>
<context>
    <name>Yardstick::ComplaintTable</name>
    <message>
        <source>Key</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Complaint card</source>
        <translation>投诉卡片</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation>未加标签</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
</context>
<context>
    <name>Yardstick::ComplaintTrendPlot</name>
    <message>
        <source>Hatched: suggested, not confirmed</source>
        <translation>斜线填充：建议，尚未确认</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>annotation: date, label</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>annotation date: a QDate format</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Letters received</source>
        <translation>收到的投诉信</translation>
    </message>
</context>
<context>
    <name>Yardstick::ComplaintsView</name>
    <message>
        <source>This workbench has no letters yet. Import them with File › Import › Letters.</source>
        <translation>此工作台还没有投诉信。请通过“文件 › 导入 › 投诉信”导入。</translation>
    </message>
    <message>
        <source>No letter matches the filters.</source>
        <translation>没有符合筛选条件的投诉信。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>This workbench has no dimension for the key %1.</source>
        <translation>此工作台中没有对应按键 %1 的维度。</translation>
    </message>
    <message>
        <source>Nothing to confirm for %1: press 1–7 to give it a dimension.</source>
        <translation>%1 无需确认：按 1–7 为其指定维度。</translation>
    </message>
    <message>
        <source>confirm the labels of %1</source>
        <translation>确认 %1 的标签</translation>
    </message>
    <message>
        <source>Every letter in the list is confirmed.</source>
        <translation>列表中的每封投诉信都已确认。</translation>
    </message>
    <message>
        <source>set the dimension of %1 to %2</source>
        <translation>将 %1 的维度设为 %2</translation>
    </message>
    <message>
        <source>A letter keeps at least one dimension: press 1–7 to change it.</source>
        <translation>一封投诉信至少保留一个维度：按 1–7 更改。</translation>
    </message>
    <message>
        <source>add %2 to %1</source>
        <translation>为 %1 添加 %2</translation>
    </message>
    <message>
        <source>remove %2 from %1</source>
        <translation>从 %1 移除 %2</translation>
    </message>
    <message>
        <source>set the service of %1 to %2</source>
        <translation>将 %1 的服务设为 %2</translation>
    </message>
    <message>
        <source>mark %1 new</source>
        <translation>将 %1 标为新建</translation>
    </message>
    <message>
        <source>mark %1 in progress</source>
        <translation>将 %1 标为处理中</translation>
    </message>
    <message>
        <source>mark %1 resolved</source>
        <translation>将 %1 标为已解决</translation>
    </message>
    <message>
        <source>edit the handling dates of %1</source>
        <translation>编辑 %1 的处理日期</translation>
    </message>
    <message>
        <source>History of Letter %1</source>
        <translation>信件 %1 的历史记录</translation>
    </message>
    <message>
        <source>Every change to the labels and handling of %1, newest first, with who made it.</source>
        <translation>%1 的标注与处理的每一次修改，最新的在前，并注明操作人。</translation>
    </message>
</context>
<context>
    <name>Yardstick::ConnectDialog</name>
    <message>
        <source>Connect to Team Workbench</source>
        <translation>连接团队工作台</translation>
    </message>
    <message>
        <source>the team&apos;s database, e.g. qa_team</source>
        <translation>团队的数据库，例如 qa_team</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass or not needed</source>
        <translation>留空：从 ~/.pgpass 读取或无需密码</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>The password is used for this session only; Yardstick never stores it.</source>
        <translation>密码仅用于本次会话，Yardstick 从不保存密码。</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: a team workbench with %n standard(s).</source>
        <translation>
            <numerusform>已连接：团队工作台，含 %n 项服务标准。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Yardstick::ControlChartPanel</name>
    <message>
        <source>Control chart type</source>
        <translation>控制图类型</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Automatic: a p chart for shares of cases with known counts, a u chart for rates per 1,000 with known units, individuals and moving range otherwise</source>
        <translation>自动：已知数量的案件比例用 p 图，已知单位数的每千单位比率用 u 图，其他情况用单值-移动极差图</translation>
    </message>
    <message>
        <source>Run rules</source>
        <translation>判异规则</translation>
    </message>
    <message>
        <source>Nelson (8 rules)</source>
        <translation>Nelson（8 条规则）</translation>
    </message>
    <message>
        <source>Western Electric (4 rules)</source>
        <translation>Western Electric（4 条规则）</translation>
    </message>
    <message>
        <source>None: limits only</source>
        <translation>无：仅显示控制限</translation>
    </message>
    <message>
        <source>Chart &amp;type:</source>
        <translation>图表类型(&amp;T)：</translation>
    </message>
    <message>
        <source>R&amp;un rules:</source>
        <translation>判异规则(&amp;U)：</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>异常信号</translation>
    </message>
    <message>
        <source>I-MR (individuals)</source>
        <translation>I-MR（单值）</translation>
    </message>
    <message>
        <source>X-bar R</source>
        <translation>X-bar R（均值-极差）</translation>
    </message>
    <message>
        <source>X-bar S</source>
        <translation>X-bar S（均值-标准差）</translation>
    </message>
    <message>
        <source>p (proportion)</source>
        <translation>p（比例）</translation>
    </message>
    <message>
        <source>np (number)</source>
        <translation>np（不合格品数）</translation>
    </message>
    <message>
        <source>c (count)</source>
        <translation>c（缺陷数）</translation>
    </message>
    <message>
        <source>u (rate)</source>
        <translation>u（单位缺陷数）</translation>
    </message>
    <message>
        <source>Automatic: %1</source>
        <translation>自动：%1</translation>
    </message>
    <message numerus="yes">
        <source>Si&amp;gnals: %n flagged by the run rules</source>
        <translation>
            <numerusform>异常信号：%n 个被判异规则标出(&amp;G)</numerusform>
        </translation>
    </message>
    <message>
        <source>Si&amp;gnals</source>
        <translation>异常信号(&amp;G)</translation>
    </message>
</context>
<context>
    <name>Yardstick::ControlPlot</name>
    <message>
        <source>%1 (%2)</source>
        <comment>quantity, unit</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Subgroup mean</source>
        <translation>子组均值</translation>
    </message>
    <message>
        <source>Proportion (%)</source>
        <translation>比例 (%)</translation>
    </message>
    <message>
        <source>Number defective</source>
        <translation>不合格品数</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>计数</translation>
    </message>
    <message>
        <source>Count per unit</source>
        <translation>单位计数</translation>
    </message>
    <message>
        <source>Moving range</source>
        <translation>移动极差</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>极差</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>标准差</translation>
    </message>
    <message>
        <source>Centre line</source>
        <translation>中心线</translation>
    </message>
    <message>
        <source>Control limits</source>
        <translation>控制限</translation>
    </message>
    <message>
        <source>Lower control limit</source>
        <translation>下控制限</translation>
    </message>
    <message>
        <source>Excluded from the limits</source>
        <translation>不参与计算控制限</translation>
    </message>
    <message>
        <source>Signal: a run rule is broken</source>
        <translation>异常信号：违反判异规则</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>period, what the rule means</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Target (%1)</source>
        <comment>value</comment>
        <translation>目标值（%1）</translation>
    </message>
    <message>
        <source>Complaints linked to this standard, received in the period: %1</source>
        <translation>该期间内收到的、关联到此标准的投诉：%1</translation>
    </message>
    <message>
        <source>Complaints linked to the standard</source>
        <translation>关联到此标准的投诉</translation>
    </message>
</context>
<context>
    <name>Yardstick::CsvFilePage</name>
    <message>
        <source>semicolons</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>Choose the File</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>A CSV file with a header row (comma, semicolon and tab separated files are all read), or a sheet of an Excel workbook.</source>
        <translation>带标题行的 CSV 文件（逗号、分号和制表符分隔的文件都能读取），或 Excel 工作簿中的一个工作表。</translation>
    </message>
    <message>
        <source>Path of the CSV file or Excel workbook</source>
        <translation>CSV 文件或 Excel 工作簿的路径</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>Line in the file</source>
        <translation>文件中的行号</translation>
    </message>
    <message>
        <source>Choose a CSV File or Excel Workbook</source>
        <translation>选择 CSV 文件或 Excel 工作簿</translation>
    </message>
    <message>
        <source>CSV files and Excel workbooks (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>CSV 文件和 Excel 工作簿 (*.csv *.txt *.tsv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a file to see its first rows.</source>
        <translation>选择一个文件以查看其前几行。</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
    <message>
        <source>%1 has a header but no data rows.</source>
        <translation>%1 有标题行，但没有数据行。</translation>
    </message>
    <message>
        <source>%1, sheet %2: %3 columns. Its first rows as Yardstick reads them, by row number:</source>
        <translation>%1，工作表 %2：%3 列。Yardstick 读取的前几行，按行号排列：</translation>
    </message>
    <message>
        <source>%1: %2 columns, read as %3 with fields separated by %4. Its first rows as Yardstick reads them, by line number:</source>
        <translation>%1：%2 列，按 %3 读取，字段以%4分隔。Yardstick 读取的前几行，按行号排列：</translation>
    </message>
</context>
<context>
    <name>Yardstick::DashboardView</name>
    <message>
        <source>Computing the scorecard…</source>
        <translation>正在计算计分卡…</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>The period the tiles, the scorecard and the departments show. The latest complete period unless you pick another.</source>
        <translation>磁贴、计分卡和部门所显示的期间。默认为最近一个完整期间，也可选择其他期间。</translation>
    </message>
    <message>
        <source>Latest complete</source>
        <translation>最近完整期间</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
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
        <source>Breached only</source>
        <translation>仅未达标</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Show only the standards worse than their threshold (%1)</source>
        <translation>只显示差于最低可接受值的标准（%1）</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>截至(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>分组方式(&amp;G)：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Departments&lt;/b&gt; — select one to see only its standards</source>
        <translation>&lt;b&gt;部门&lt;/b&gt; — 选择一个部门只看其标准</translation>
    </message>
    <message>
        <source>Show in Standards</source>
        <translation>在标准中显示</translation>
    </message>
    <message>
        <source>Show Trend Chart</source>
        <translation>显示趋势图</translation>
    </message>
    <message>
        <source>Show Control Chart</source>
        <translation>显示控制图</translation>
    </message>
    <message>
        <source>Cannot compute the scorecard: %1</source>
        <translation>无法计算计分卡：%1</translation>
    </message>
    <message>
        <source>Period ending %1 (%2)</source>
        <translation>截至 %1 的期间（%2）</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Period ending: nothing measured yet</source>
        <translation>截至期间：尚无测量值</translation>
    </message>
    <message>
        <source>Latest complete (%1)</source>
        <translation>最近完整期间（%1）</translation>
    </message>
    <message>
        <source>This workbench has no standards yet. To start: File › Import › Standards Catalogue… (or Edit › New Standard…), then File › Import › Case Records… for what operations measured and File › Import › Letters… for complaint letters. File › Open Demo Workbench shows a complete example.</source>
        <translation>此工作台还没有标准。开始使用：文件 › 导入 › 标准目录…（或 编辑 › 新建标准…），然后用 文件 › 导入 › 案件记录… 导入运营部门的测量数据，用 文件 › 导入 › 投诉信… 导入投诉信。文件 › 打开演示工作台 展示了一个完整示例。</translation>
    </message>
    <message>
        <source>Nothing is measured yet: File › Import › Case Records… brings in what operations recorded (a ticketing system&apos;s export as it comes), File › Import › Measurements… values measured elsewhere.</source>
        <translation>尚无测量值：文件 › 导入 › 案件记录… 可导入运营部门记录的数据（工单系统原样导出的文件），文件 › 导入 › 测量值… 可导入在其他地方测得的值。</translation>
    </message>
    <message>
        <source>No headline standards are chosen yet: name them in Edit › Workbench Properties… to see them here as tiles. The scorecard below shows every standard.</source>
        <translation>尚未选择重点标准：在 编辑 › 工作台属性… 中指定后，它们会以磁贴显示在这里。下方的计分卡显示全部标准。</translation>
    </message>
    <message>
        <source>None of the headline standards (%1) is in the catalogue.</source>
        <translation>标准目录中没有任何重点标准（%1）。</translation>
    </message>
</context>
<context>
    <name>Yardstick::DepartmentPlot</name>
    <message>
        <source>No standard assessed</source>
        <translation>没有已评估的标准</translation>
    </message>
    <message>
        <source>Standards met (%)</source>
        <translation>达标的标准 (%)</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <comment>standards met, standards assessed, percentage</comment>
        <translation>%2 项中的 %1 项（%3）</translation>
    </message>
</context>
<context>
    <name>Yardstick::FileImportWizard</name>
    <message>
        <source>Import the good rows and &amp;skip the bad ones</source>
        <translation>导入正确的行，跳过有问题的行(&amp;S)</translation>
    </message>
    <message>
        <source>Otherwise nothing is imported while any row has a problem.</source>
        <translation>否则，只要有任何一行有问题，就不导入任何内容。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>Yardstick::GoalReviewDialog</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>尚无数据</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（%3 项中的 %2 项）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 项中的 %1 项</translation>
    </message>
    <message>
        <source>Goal Review of %1</source>
        <translation>%1 的目标回顾</translation>
    </message>
    <message>
        <source>Every target %1 has had, newest first. Where a revision was planned, its prediction stands next to what happened in the periods it governed.</source>
        <translation>%1 曾经设定的每个目标值，最新的在前。对于有计划的修订，其预测与其适用期间的实际结果并列显示。</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Judge &amp;outcomes by:</source>
        <translation>评判结果的单位(&amp;O)：</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>修订</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>生效日期</translation>
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
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>Predicted periods met</source>
        <translation>预测达标期间数</translation>
    </message>
    <message>
        <source>Periods met since</source>
        <translation>此后达标期间数</translation>
    </message>
    <message>
        <source>Predicted cases meeting it</source>
        <translation>预测达标案件数</translation>
    </message>
    <message>
        <source>Cases meeting it since</source>
        <translation>此后达标案件数</translation>
    </message>
    <message>
        <source>Prediction from</source>
        <translation>预测依据</translation>
    </message>
</context>
<context>
    <name>Yardstick::HandlingDatesDialog</name>
    <message>
        <source>Handling Dates of %1</source>
        <translation>%1 的处理日期</translation>
    </message>
    <message>
        <source>&amp;Answered</source>
        <translation>已答复(&amp;A)</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>收到：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>&amp;Resolved:</source>
        <translation>已解决(&amp;R)：</translation>
    </message>
    <message>
        <source>The first response cannot come before the letter arrived.</source>
        <translation>首次答复不能早于收到投诉信的时间。</translation>
    </message>
    <message>
        <source>The resolution cannot come before the letter arrived.</source>
        <translation>解决时间不能早于收到投诉信的时间。</translation>
    </message>
    <message>
        <source>The resolution cannot come before the first response.</source>
        <translation>解决时间不能早于首次答复时间。</translation>
    </message>
    <message>
        <source>A complaint in progress or resolved has been answered: give the date.</source>
        <translation>处理中或已解决的投诉已经答复过：请填写日期。</translation>
    </message>
</context>
<context>
    <name>Yardstick::HeadlineTile</name>
    <message>
        <source>→ no change</source>
        <translation>→ 无变化</translation>
    </message>
    <message>
        <source>↓ down %1</source>
        <translation>↓ 下降 %1</translation>
    </message>
    <message>
        <source>↑ up %1</source>
        <translation>↑ 上升 %1</translation>
    </message>
    <message>
        <source>%1, better</source>
        <translation>%1，改善</translation>
    </message>
    <message>
        <source>%1, worse</source>
        <translation>%1，恶化</translation>
    </message>
    <message>
        <source> (target %1)</source>
        <translation> （目标值 %1）</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Latest value %1 %2</source>
        <translation>最新值 %1 %2</translation>
    </message>
    <message>
        <source>No programme start is set to compare with.</source>
        <translation>未设置可供比较的质量改进计划开始日期。</translation>
    </message>
    <message>
        <source>As of %1, before the programme took effect: nothing to compare with yet.</source>
        <translation>截至 %1，质量改进计划尚未生效：暂无可比较的数据。</translation>
    </message>
    <message>
        <source>Nothing was measured before %1 to compare with.</source>
        <translation>%1 之前没有可供比较的测量值。</translation>
    </message>
    <message>
        <source>Nothing was measured in %1.</source>
        <translation>%1 没有测量值。</translation>
    </message>
    <message>
        <source>Mean of %1, before the programme → %2</source>
        <translation>计划前 %1 的均值 → %2</translation>
    </message>
    <message>
        <source>Trend: too few periods to call</source>
        <translation>趋势：期间太少，无法判断</translation>
    </message>
    <message>
        <source>Trend: %1</source>
        <translation>趋势：%1</translation>
    </message>
    <message>
        <source>%1 — judge it with care</source>
        <translation>%1 — 请谨慎判断</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>Yardstick::HeatmapPlot</name>
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
        <source>%1 %2, %3: %4</source>
        <comment>code, title, period, status</comment>
        <translation>%1 %2，%3：%4</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>status symbol, status name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 standards</source>
        <translation>显示 %2 个标准中的前 %1 个</translation>
    </message>
</context>
<context>
    <name>Yardstick::HistoryDialog</name>
    <message>
        <source>No changes are recorded yet.</source>
        <translation>尚无修改记录。</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
</context>
<context>
    <name>Yardstick::HolidaysDialog</name>
    <message>
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Standards that count turnaround in business days leave out Saturdays, Sundays and the days listed here. Each change is saved at once; business-day standards are recomputed when you close this window.</source>
        <translation>按工作日计算处理时长的标准不计周六、周日和此处列出的日期。每项更改立即保存；关闭此窗口时将重新计算按工作日计算的标准。</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Remove Holiday</source>
        <translation>删除节假日</translation>
    </message>
    <message>
        <source>Name, e.g. Christmas Day</source>
        <translation>名称，例如：国庆节</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected holidays (Del)</source>
        <translation>删除所选节假日（Del）</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>从 CSV 导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Add the holidays of a CSV file with the columns day and name</source>
        <translation>从含 day 和 name 两列的 CSV 文件添加节假日</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>重命名(&amp;N)</translation>
    </message>
    <message>
        <source>Cannot save the holiday: %1</source>
        <translation>无法保存节假日：%1</translation>
    </message>
    <message>
        <source>Saved %1, %2.</source>
        <translation>已保存 %1，%2。</translation>
    </message>
    <message>
        <source>Cannot remove the holiday: %1</source>
        <translation>无法删除节假日：%1</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n holiday(s).</source>
        <translation>
            <numerusform>已删除 %n 个节假日。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Holidays</source>
        <translation>导入节假日</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 为空。</translation>
    </message>
    <message>
        <source>%1 needs a first line naming the columns day and name.</source>
        <translation>%1 的第一行需要列名 day 和 name。</translation>
    </message>
    <message>
        <source>give the holiday a name.</source>
        <translation>请为节假日命名。</translation>
    </message>
    <message>
        <source>%1 lists no holidays.</source>
        <translation>%1 没有列出任何节假日。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write days as 2025-12-25.</source>
        <translation>“%1”不是日期；请按 2025-12-25 的格式书写。</translation>
    </message>
    <message>
        <source>Cannot save the holiday %1: %2</source>
        <translation>无法保存节假日 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n holiday(s) from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个节假日。</numerusform>
        </translation>
    </message>
    <message>
        <source>The days were read as day/month/year.</source>
        <translation>日期按 日/月/年 读取。</translation>
    </message>
</context>
<context>
    <name>Yardstick::ImportController</name>
    <message>
        <source>&amp;Case Records…</source>
        <translation>案件记录(&amp;C)…</translation>
    </message>
    <message>
        <source>Import case records from a CSV file, mapping its columns</source>
        <translation>从 CSV 文件导入案件记录，并映射其列</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Measurements…</source>
        <translation>测量值(&amp;M)…</translation>
    </message>
    <message>
        <source>Import measured values of standards from a CSV file</source>
        <translation>从 CSV 文件导入标准的测量值</translation>
    </message>
    <message>
        <source>&amp;Standards Catalogue…</source>
        <translation>标准目录(&amp;S)…</translation>
    </message>
    <message>
        <source>Add or update standards from a catalogue CSV file</source>
        <translation>从标准目录 CSV 文件添加或更新标准</translation>
    </message>
    <message>
        <source>E&amp;xport Standards Catalogue…</source>
        <translation>导出标准目录(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the catalogue as CSV, in the columns the import reads</source>
        <translation>将标准目录保存为 CSV，列与导入时读取的一致</translation>
    </message>
    <message>
        <source>Case &amp;History…</source>
        <translation>案件历史(&amp;H)…</translation>
    </message>
    <message>
        <source>Find a case and see what each re-import changed</source>
        <translation>查找案件，查看每次重新导入所做的更改</translation>
    </message>
    <message>
        <source>Cannot Remember the Mapping</source>
        <translation>无法记住映射</translation>
    </message>
    <message>
        <source>Import Standards Catalogue</source>
        <translation>导入标准目录</translation>
    </message>
    <message>
        <source>Import Measurements</source>
        <translation>导入测量值</translation>
    </message>
    <message>
        <source>The catalogue columns, as File › Export Standards Catalogue writes them: code, title, service, dimension, metric, statistic, direction, target, threshold, unit, department, basis, rationale, effective_from. Standards already in the catalogue are updated.</source>
        <translation>标准目录的列与“文件 › 导出标准目录”写出的一致：code, title, service, dimension, metric, statistic, direction, target, threshold, unit, department, basis, rationale, effective_from。已在目录中的标准将被更新。</translation>
    </message>
    <message>
        <source>The columns standard (its code), period_start, period_end and value, and optionally sample_size.</source>
        <translation>列为 standard（标准代码）、period_start、period_end 和 value，可选 sample_size。</translation>
    </message>
    <message>
        <source>No workbench is open.</source>
        <translation>没有打开的工作台。</translation>
    </message>
    <message>
        <source>Export Standards Catalogue</source>
        <translation>导出标准目录</translation>
    </message>
    <message>
        <source>standards.csv</source>
        <translation>standards.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n standard(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 个标准写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Standards Catalogue to Exce&amp;l…</source>
        <translation>导出标准目录到 Excel(&amp;L)…</translation>
    </message>
    <message>
        <source>Save the catalogue as an Excel workbook, in the same columns as the CSV</source>
        <translation>将标准目录保存为 Excel 工作簿，列与 CSV 相同</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Export Standards Catalogue to Excel</source>
        <translation>导出标准目录到 Excel</translation>
    </message>
    <message>
        <source>standards.xlsx</source>
        <translation>standards.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>Yardstick::ImportResultDialog</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>Nothing Imported</source>
        <translation>未导入任何内容</translation>
    </message>
    <message>
        <source>What was rejected, by the file&apos;s own line numbers (1 is the header, 0 the file as a whole):</source>
        <translation>被拒绝的内容，按文件自身的行号列出（1 为标题行，0 表示整个文件）：</translation>
    </message>
    <message>
        <source>&amp;Export Rejections as CSV…</source>
        <translation>将被拒绝的行导出为 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>%1-rejections.csv</source>
        <translation>%1-rejections.csv</translation>
    </message>
    <message>
        <source>Export Rejections</source>
        <translation>导出被拒绝的行</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot Export Rejections</source>
        <translation>无法导出被拒绝的行</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export Rejections to E&amp;xcel…</source>
        <translation>将被拒绝的行导出到 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>Rejections</source>
        <translation>被拒绝的行</translation>
    </message>
    <message>
        <source>%1-rejections.xlsx</source>
        <translation>%1-rejections.xlsx</translation>
    </message>
    <message>
        <source>Export Rejections to Excel</source>
        <translation>将被拒绝的行导出到 Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>Yardstick::ImportRunner</name>
    <message>
        <source>Importing %1…
Cancel leaves the workbench as it was.</source>
        <translation>正在导入 %1…
取消将使工作台保持原样。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>Yardstick::LanguageChooser</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>跟随系统语言</translation>
    </message>
</context>
<context>
    <name>Yardstick::LetterColumnsBox</name>
    <message>
        <source>Letter &amp;id:</source>
        <translation>投诉信编号(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>收到日期(&amp;R)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>C&amp;ustomer reference:</source>
        <translation>客户编号(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Key customer:</source>
        <translation>重点客户(&amp;K)：</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>主题(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>正文(&amp;T)：</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>工作表(&amp;H)：</translation>
    </message>
    <message>
        <source>A column with the service another team already gave each letter (its code or name): read as a confirmed label.</source>
        <translation>其他团队已为每封投诉信指定服务的列（代码或名称）：读作已确认的标签。</translation>
    </message>
    <message>
        <source>A column with the dimension another team already gave each letter (its key or name): read as a confirmed label.</source>
        <translation>其他团队已为每封投诉信指定维度的列（键或名称）：读作已确认的标签。</translation>
    </message>
    <message>
        <source>Given s&amp;ervice:</source>
        <translation>已指定服务(&amp;E)：</translation>
    </message>
    <message>
        <source>Given &amp;dimension:</source>
        <translation>已指定维度(&amp;D)：</translation>
    </message>
    <message>
        <source>Value map (99)…</source>
        <translation>值映射（99）…</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1, sheet %2: its first rows and the column read for each field:</source>
        <translation>%1，工作表 %2：前几行以及各字段读取的列：</translation>
    </message>
    <message>
        <source>%1: its first rows and the column read for each field:</source>
        <translation>%1：前几行以及各字段读取的列：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
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
        <source>Value map…</source>
        <translation>值映射…</translation>
    </message>
    <message numerus="yes">
        <source>Value map (%n)…</source>
        <translation>
            <numerusform>值映射（%n）…</numerusform>
        </translation>
    </message>
    <message>
        <source>Every other column is kept with each letter as a named attribute. Each table listed is read with its own columns; a table not shown is read like the first where its header is the same.</source>
        <translation>其他各列都作为命名属性随每封信件保留。所列的每个表格按各自的列读取；未显示的表格若表头与第一个相同，则按第一个的映射读取。</translation>
    </message>
</context>
<context>
    <name>Yardstick::LetterHighlighter</name>
    <message>
        <source>“%1” is negated here, so it does not count towards %2</source>
        <translation>“%1”在此处被否定，因此不计入 %2</translation>
    </message>
    <message>
        <source>“%1” is praise: it counts against %2</source>
        <translation>“%1”是表扬：抵减 %2</translation>
    </message>
    <message>
        <source>“%1” points to %2</source>
        <translation>“%1”指向 %2</translation>
    </message>
</context>
<context>
    <name>Yardstick::LetterImportController</name>
    <message>
        <source>&amp;Letters…</source>
        <translation>投诉信(&amp;L)…</translation>
    </message>
    <message>
        <source>Import complaint letters from files, folders or a CSV</source>
        <translation>从文件、文件夹或 CSV 导入投诉信</translation>
    </message>
    <message>
        <source>Cannot remember the letters mapping: %1</source>
        <translation>无法记住投诉信映射：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n letter source(s)</source>
        <translation>
            <numerusform>%n 个投诉信来源</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Yardstick::LetterImportDialog</name>
    <message>
        <source>Import Letters</source>
        <translation>导入投诉信</translation>
    </message>
    <message>
        <source>Letters as files (.txt, .md, .eml), folders of them, or a CSV with one letter per row (or an Excel workbook&apos;s sheet): its columns are chosen once it is listed. Card numbers are masked before anything is stored; letters already in the workbench are skipped.</source>
        <translation>投诉信可以是文件（.txt、.md、.eml）、包含这些文件的文件夹，或每行一封投诉信的 CSV（或 Excel 工作簿中的工作表）：列出后再选择其列。卡号在存储前即被遮蔽；工作台中已有的投诉信将被跳过。</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>添加文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Detect (BOM, UTF-8, then GB18030 or Windows-1252)</source>
        <translation>自动检测（BOM、UTF-8，然后 GB18030 或 Windows-1252）</translation>
    </message>
    <message>
        <source>Import the good letters and &amp;skip the bad ones</source>
        <translation>导入正确的投诉信，跳过有问题的(&amp;S)</translation>
    </message>
    <message>
        <source>Otherwise one bad letter stops the whole import and nothing is stored; the bad ones are listed either way.</source>
        <translation>否则，一封有问题的投诉信就会中止整个导入，且不存储任何内容；无论如何，有问题的投诉信都会列出。</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Letter Files</source>
        <translation>投诉信文件</translation>
    </message>
    <message>
        <source>Letters (*.txt *.md *.eml *.csv *.xlsx);;All files (*)</source>
        <translation>投诉信 (*.txt *.md *.eml *.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Folder of Letters</source>
        <translation>投诉信文件夹</translation>
    </message>
    <message>
        <source>&amp;Columns of:</source>
        <translation>各表的列(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>Yardstick::LetterReaderPane</name>
    <message>
        <source>&lt;b&gt;Linked standards&lt;/b&gt;</source>
        <translation>&lt;b&gt;关联的标准&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select a letter to read it.</source>
        <translation>选择一封投诉信进行阅读。</translation>
    </message>
    <message>
        <source>the service %1</source>
        <translation>服务 %1</translation>
    </message>
    <message>
        <source>%1 severity</source>
        <translation>严重程度：%1</translation>
    </message>
    <message>
        <source> · customer %1</source>
        <translation> · 客户 %1</translation>
    </message>
    <message>
        <source>key customer (red channel)</source>
        <translation>重点客户（红色渠道）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>standard %1</source>
        <translation>标准 %1</translation>
    </message>
    <message>
        <source>%1 — case %2</source>
        <translation>%1 — 案件 %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Labels&lt;/b&gt; — %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;标签&lt;/b&gt; — %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>suggested; Return confirms, 1–7 corrects</source>
        <translation>建议；按 Return 确认，按 1–7 更正</translation>
    </message>
    <message>
        <source>none yet; 1–7 sets the dimension</source>
        <translation>尚无；按 1–7 设置维度</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>&lt;b&gt;needs a look&lt;/b&gt; — best guess %1 (%2), below the %3 floor</source>
        <translation>&lt;b&gt;需要查看&lt;/b&gt; — 最佳猜测为 %1（%2），低于 %3 的下限</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>服务：</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Dimensions:</source>
        <translation>维度：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>严重程度：</translation>
    </message>
    <message>
        <source>%1 (the classifier&apos;s reading)</source>
        <translation>%1（分类器的判断）</translation>
    </message>
    <message>
        <source>the lexicon</source>
        <translation>词典</translation>
    </message>
    <message>
        <source>the model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why&lt;/b&gt; — the classifier reads: service %1 (from %2), dimensions from %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;依据&lt;/b&gt; — 分类器的判断：服务 %1（来自%2），维度来自%3。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;Dimensions now: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;当前维度：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;s&gt;%1&lt;/s&gt; (negated)</source>
        <translation>&lt;s&gt;%1&lt;/s&gt;（被否定）</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;Terms: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;词条：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>未找到</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Model tokens (trained on %n confirmed letter(s)): %1&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;模型词元（基于 %n 封已确认的投诉信训练）：%1&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Handling&lt;/b&gt; — %1</source>
        <translation>&lt;p&gt;&lt;b&gt;处理情况&lt;/b&gt; — %1</translation>
    </message>
    <message>
        <source>First response: %1</source>
        <translation>首次答复：%1</translation>
    </message>
    <message>
        <source>No response yet</source>
        <translation>尚未答复</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>已解决：%1</translation>
    </message>
    <message>
        <source>Received %1 by %2; where the date came from is not recorded</source>
        <translation>%1 经%2收到；日期来源未记录</translation>
    </message>
    <message>
        <source>Received %1 by %2, the date from %3</source>
        <translation>%1 经%2收到，日期来自 %3</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>编码：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n card number(s) masked</source>
        <translation>
            <numerusform>已遮蔽 %n 个卡号</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Provenance&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;来源&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Yardstick::LexiconDialog</name>
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
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Edit Lexicon</source>
        <translation>编辑词典</translation>
    </message>
    <message>
        <source>Where a term appears in a letter (and is not negated) the letter leans towards its key: a service code, a dimension key, or the severity medium or high. English terms match whole words (&quot;misspel*&quot; any ending, &quot;#&quot; any number); Chinese terms match anywhere. A negative weight marks praise; a weight of 0 claims the words without counting them (&quot;late fee&quot; is not lateness).</source>
        <translation>当投诉信中出现某个词条（且未被否定）时，该投诉信会倾向于该词条的键：服务代码、维度键，或严重程度 medium 或 high。英文词条按整词匹配（“misspel*”匹配任意词尾，“#”匹配任意数字）；中文词条在任意位置匹配。负权重表示表扬；权重为 0 表示占用这些词但不计数（“late fee”不表示迟延）。</translation>
    </message>
    <message>
        <source>Filter by term or key</source>
        <translation>按词条或键筛选</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>词条</translation>
    </message>
    <message>
        <source>Points to</source>
        <translation>指向</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>&amp;Add Term</source>
        <translation>添加词条(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Row %1: the term is empty.</source>
        <translation>第 %1 行：词条为空。</translation>
    </message>
    <message>
        <source>Row %1 (%2): the key is empty.</source>
        <translation>第 %1 行（%2）：键为空。</translation>
    </message>
    <message>
        <source>Row %1 (%2): the weight must be a number.</source>
        <translation>第 %1 行（%2）：权重必须是数字。</translation>
    </message>
    <message>
        <source>The lexicon could not be stored: %1</source>
        <translation>无法保存词典：%1</translation>
    </message>
</context>
<context>
    <name>Yardstick::LinkStandardDialog</name>
    <message>
        <source>Link to Standard</source>
        <translation>关联到标准</translation>
    </message>
    <message>
        <source>Filter by code or title</source>
        <translation>按代码或标题筛选</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1（建议）</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>关联(&amp;L)</translation>
    </message>
    <message>
        <source>The standard this complaint shows was broken. Suggested: the letter&apos;s service in its dimensions.</source>
        <translation>此投诉表明被违反的标准。建议：该投诉信所涉服务在其维度下的标准。</translation>
    </message>
    <message>
        <source>&amp;Case id:</source>
        <translation>案件编号(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>Yardstick::MainWindow</name>
    <message>
        <source>Every edit is written to the workbench file as you make it.</source>
        <translation>每项编辑都会在操作时立即写入工作台文件。</translation>
    </message>
    <message>
        <source>&amp;New Workbench…</source>
        <translation>新建工作台(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Workbench</source>
        <translation>打开演示工作台(&amp;D)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>&amp;Holidays…</source>
        <translation>节假日(&amp;H)…</translation>
    </message>
    <message>
        <source>Workbench &amp;Properties…</source>
        <translation>工作台属性(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Services &amp;&amp; Departments…</source>
        <translation>服务和部门(&amp;S)…</translation>
    </message>
    <message>
        <source>Edit &amp;Lexicon…</source>
        <translation>编辑词典(&amp;L)…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>测量值</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>调查</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>&amp;About Yardstick</source>
        <translation>关于 Yardstick(&amp;A)</translation>
    </message>
    <message>
        <source>About Yardstick</source>
        <translation>关于 Yardstick</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Yardstick %1&lt;/h3&gt;&lt;p&gt;A quality-control workbench for customer-service analysts: service standards, measurements, complaint letters and surveys.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Yardstick %1&lt;/h3&gt;&lt;p&gt;面向客户服务分析人员的质量控制工作台：服务标准、测量值、投诉信和调查。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No workbench is open. Use File › Open or File › New to start, or File › Open Demo Workbench to look around.</source>
        <translation>没有打开的工作台。请用 文件 › 打开 或 文件 › 新建 开始，或用 文件 › 打开演示工作台 先看看。</translation>
    </message>
    <message>
        <source>%1 — Yardstick</source>
        <translation>%1 — Yardstick</translation>
    </message>
    <message>
        <source>S&amp;urveys</source>
        <translation>调查(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Services &amp; Departments</source>
        <translation>服务和部门</translation>
    </message>
    <message>
        <source>&amp;Complaints</source>
        <translation>投诉(&amp;C)</translation>
    </message>
    <message>
        <source>No recent workbenches</source>
        <translation>没有最近打开的工作台</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>Yardstick</source>
        <translation>Yardstick</translation>
    </message>
    <message>
        <source>%1 — every edit is saved as you make it.</source>
        <translation>%1 — 每项编辑都会在操作时立即保存。</translation>
    </message>
    <message>
        <source>Upgrading %1 to this version of Yardstick…</source>
        <translation>正在将 %1 升级到此版本的 Yardstick…</translation>
    </message>
    <message>
        <source>Bringing the period values of %1 up to date…</source>
        <translation>正在更新 %1 的期间值…</translation>
    </message>
    <message>
        <source>Cannot Open Workbench</source>
        <translation>无法打开工作台</translation>
    </message>
    <message>
        <source>%1 was upgraded to this version of Yardstick; every edit is saved as you make it.</source>
        <translation>%1 已升级到此版本的 Yardstick；每项编辑都会在操作时立即保存。</translation>
    </message>
    <message>
        <source>Open Workbench</source>
        <translation>打开工作台</translation>
    </message>
    <message>
        <source>Cannot Create Workbench</source>
        <translation>无法创建工作台</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot Save Workbench</source>
        <translation>无法保存工作台</translation>
    </message>
    <message>
        <source>Building the demo workbench of the card division&apos;s quality programme…</source>
        <translation>正在构建信用卡事业部质量改进计划的演示工作台…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Demo Workbench</source>
        <translation>演示工作台</translation>
    </message>
    <message>
        <source>Cannot Build Demo</source>
        <translation>无法构建演示工作台</translation>
    </message>
    <message>
        <source>Yardstick workbenches (%1);;All files (*)</source>
        <translation>Yardstick 工作台 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Yardstick workbenches (%1)</source>
        <translation>Yardstick 工作台 (%1)</translation>
    </message>
    <message>
        <source>New Workbench</source>
        <translation>新建工作台</translation>
    </message>
    <message>
        <source>Save Workbench As</source>
        <translation>工作台另存为</translation>
    </message>
    <message>
        <source>&amp;Connect to Team Workbench…</source>
        <translation>连接团队工作台(&amp;C)…</translation>
    </message>
    <message>
        <source>Read-only: you are a viewer of this team workbench; ask its owner for the analyst role to edit.</source>
        <translation>只读：您是此团队工作台的查看者；如需编辑，请向其所有者申请分析员角色。</translation>
    </message>
    <message>
        <source>You are an analyst of this team workbench: you import and edit its data; its owners keep the catalogue (standards, targets, holidays).</source>
        <translation>您是此团队工作台的分析员：可导入和编辑其数据；标准目录（标准、目标值、节假日）由其所有者维护。</translation>
    </message>
    <message>
        <source>Workbench Hi&amp;story…</source>
        <translation>工作台历史记录(&amp;S)…</translation>
    </message>
    <message>
        <source>Who changed what in this workbench, and when</source>
        <translation>谁在何时修改了此工作台的什么内容</translation>
    </message>
    <message>
        <source>Workbench History</source>
        <translation>工作台历史记录</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>The server asks for the password of %1:</source>
        <translation>服务器要求输入 %1 的密码：</translation>
    </message>
    <message>
        <source>Recomputing the kept period values for the new business days: %1%</source>
        <translation>正在按新的工作日重新计算已保存的期间值：%1%</translation>
    </message>
    <message>
        <source>Some period values were left to compute: those services are computed from their cases until the workbench is next opened.</source>
        <translation>部分期间值留待以后计算：在下次打开工作台之前，这些服务的数值直接由案件计算。</translation>
    </message>
    <message>
        <source>Compute Later</source>
        <translation>稍后计算</translation>
    </message>
    <message>
        <source>Stopping after the service being computed…</source>
        <translation>正在计算的服务完成后停止…</translation>
    </message>
    <message>
        <source>Every change to the catalogue, letters, organisation, surveys, phases, value models and holidays, and every import, newest first, with who made it.</source>
        <translation>目录、信件、组织、调查、阶段、价值模型和节假日的每一次修改以及每一次导入，最新的在前，并注明操作人。</translation>
    </message>
</context>
<context>
    <name>Yardstick::MeasurementsView</name>
    <message>
        <source>Standard:</source>
        <translation>标准：</translation>
    </message>
    <message>
        <source>All standards</source>
        <translation>全部标准</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 of %2 measurements</source>
        <translation>%2 个测量值中的 %1 个</translation>
    </message>
</context>
<context>
    <name>Yardstick::OrgUnitCommands</name>
    <message>
        <source>add service %1</source>
        <translation>添加服务 %1</translation>
    </message>
    <message>
        <source>add department %1</source>
        <translation>添加部门 %1</translation>
    </message>
    <message>
        <source>add dimension %1</source>
        <translation>添加维度 %1</translation>
    </message>
    <message>
        <source>merge service %1 into %2</source>
        <translation>将服务 %1 合并到 %2</translation>
    </message>
    <message>
        <source>merge department %1 into %2</source>
        <translation>将部门 %1 合并到 %2</translation>
    </message>
    <message>
        <source>merge dimension %1 into %2</source>
        <translation>将维度 %1 合并到 %2</translation>
    </message>
</context>
<context>
    <name>Yardstick::OrgUnitDialog</name>
    <message>
        <source>made from the name</source>
        <translation>由名称生成</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>New Service</source>
        <translation>新建服务</translation>
    </message>
    <message>
        <source>Rename Service %1</source>
        <translation>重命名服务 %1</translation>
    </message>
    <message>
        <source>e.g. Card replacement</source>
        <translation>例如：补卡</translation>
    </message>
    <message>
        <source>New Department</source>
        <translation>新建部门</translation>
    </message>
    <message>
        <source>Rename Department %1</source>
        <translation>重命名部门 %1</translation>
    </message>
    <message>
        <source>e.g. Card Services</source>
        <translation>例如：信用卡服务部</translation>
    </message>
    <message>
        <source>New Dimension</source>
        <translation>新建维度</translation>
    </message>
    <message>
        <source>Rename Dimension %1</source>
        <translation>重命名维度 %1</translation>
    </message>
    <message>
        <source>e.g. Courtesy</source>
        <translation>例如：礼貌</translation>
    </message>
    <message>
        <source>The key imports and the lexicon name the dimension by: made from the name, it does not change once the dimension exists.</source>
        <translation>导入和词典用来指称该维度的键：由名称生成，维度创建后不再改变。</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>键(&amp;K)：</translation>
    </message>
    <message>
        <source>A short key that imports, exports and standard codes use. It is made from the name&apos;s initials until you write one.</source>
        <translation>导入、导出和标准代码使用的简短代码。在你自行填写之前，由名称的首字母生成。</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>Yardstick::OrgUnitMergeDialog</name>
    <message>
        <source>Merge Service %1</source>
        <translation>合并服务 %1</translation>
    </message>
    <message>
        <source>Merge Department %1</source>
        <translation>合并部门 %1</translation>
    </message>
    <message>
        <source>%1 (%2, retired)</source>
        <translation>%1（%2，已停用）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Merge &amp;into:</source>
        <translation>合并到(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>There is no other service to merge into.</source>
        <translation>没有其他服务可以合并。</translation>
    </message>
    <message>
        <source>There is no other department to merge into.</source>
        <translation>没有其他部门可以合并。</translation>
    </message>
    <message>
        <source>Nothing names %1 yet; it is removed and %2 stays. Edit › Undo brings it back.</source>
        <translation>尚无任何内容引用 %1；它将被删除，%2 保留。编辑 › 撤销 可以恢复。</translation>
    </message>
    <message>
        <source>%1 will then belong to %2, and %3 is removed. Edit › Undo puts everything back.</source>
        <translation>随后 %1 将归属 %2，%3 将被删除。编辑 › 撤销 可以全部恢复。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln standard(s)</source>
        <translation>
            <numerusform>%Ln 个标准</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln 个案件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln letter(s)</source>
        <translation>
            <numerusform>%Ln 封投诉信</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln survey(s)</source>
        <translation>
            <numerusform>%Ln 个调查</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit(s)</source>
        <translation>
            <numerusform>%Ln 次稽核</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge Dimension %1</source>
        <translation>合并维度 %1</translation>
    </message>
    <message>
        <source>There is no other dimension to merge into.</source>
        <translation>没有其他维度可以合并。</translation>
    </message>
</context>
<context>
    <name>Yardstick::OrganisationDialog</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>引用方</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Services &amp; Departments</source>
        <translation>服务和部门</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>服务(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Departments</source>
        <translation>部门(&amp;D)</translation>
    </message>
    <message>
        <source>D&amp;imensions</source>
        <translation>维度(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>合并到(&amp;M)…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>停用(&amp;T)</translation>
    </message>
    <message>
        <source>Retired ones are left out of the lists new standards, letters and surveys are given; what already names them keeps them. Edit › Undo takes back each change.</source>
        <translation>已停用的项不再出现在新标准、投诉信和调查可选的列表中；已引用它们的内容保持不变。编辑 › 撤销 可撤回每项更改。</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用中</translation>
    </message>
    <message>
        <source>&amp;Add Service…</source>
        <translation>添加服务(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Add Department…</source>
        <translation>添加部门(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Add Dimension…</source>
        <translation>添加维度(&amp;A)…</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>恢复(&amp;T)</translation>
    </message>
    <message>
        <source>rename service %1 to %2</source>
        <translation>将服务 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>rename department %1 to %2</source>
        <translation>将部门 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>rename dimension %1 to %2</source>
        <translation>将维度 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>retire service %1</source>
        <translation>停用服务 %1</translation>
    </message>
    <message>
        <source>retire department %1</source>
        <translation>停用部门 %1</translation>
    </message>
    <message>
        <source>restore service %1</source>
        <translation>恢复服务 %1</translation>
    </message>
    <message>
        <source>restore department %1</source>
        <translation>恢复部门 %1</translation>
    </message>
</context>
<context>
    <name>Yardstick::ParetoPlot</name>
    <message>
        <source>The vital few, to 80% of the total</source>
        <translation>关键少数，累计至总数的 80%</translation>
    </message>
    <message>
        <source>The rest</source>
        <translation>其余</translation>
    </message>
    <message>
        <source>Other (grouped)</source>
        <translation>其他（合并）</translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <comment>confirmed letters + letters only suggested</comment>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <source>80%</source>
        <translation>80%</translation>
    </message>
    <message>
        <source>Cumulative share (%)</source>
        <translation>累计占比 (%)</translation>
    </message>
    <message>
        <source>Hatched: suggested, not confirmed (not ranked)</source>
        <translation>斜线填充：建议，尚未确认（不参与排序）</translation>
    </message>
</context>
<context>
    <name>Yardstick::PeriodAxisTicker</name>
    <message>
        <source>W%1 %2</source>
        <comment>week tick: ISO week number, ISO year</comment>
        <translation>%2年第%1周</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>month tick: a QDate format</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>quarter tick: quarter number, year</comment>
        <translation>%2年第%1季度</translation>
    </message>
    <message>
        <source>W%1</source>
        <comment>short week label: ISO week number</comment>
        <translation>第%1周</translation>
    </message>
    <message>
        <source>MMM</source>
        <comment>short month label: a QDate format</comment>
        <translation>M月</translation>
    </message>
    <message>
        <source>Q%1</source>
        <comment>short quarter label: quarter number</comment>
        <translation>第%1季度</translation>
    </message>
</context>
<context>
    <name>Yardstick::PhaseCommands</name>
    <message>
        <source>add phase %1</source>
        <translation>添加阶段 %1</translation>
    </message>
    <message>
        <source>edit phase %1</source>
        <translation>编辑阶段 %1</translation>
    </message>
    <message>
        <source>remove phase %1</source>
        <translation>删除阶段 %1</translation>
    </message>
</context>
<context>
    <name>Yardstick::PhaseDialog</name>
    <message>
        <source>Add Rebase</source>
        <translation>添加重新基准</translation>
    </message>
    <message>
        <source>Edit Phase</source>
        <translation>编辑阶段</translation>
    </message>
    <message>
        <source>A process change starts a new phase: the control chart computes fresh limits from it on, and the trend chart shows the mean before and after.</source>
        <translation>流程变更开始一个新阶段：控制图从此处起重新计算控制限，趋势图显示变更前后的均值。</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>e.g. New scanning system</source>
        <translation>例如：新扫描系统</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>What changed in the process, and why the limits start again here</source>
        <translation>流程中发生了什么变化，以及控制限为何从此处重新开始</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;This standard (%1)</source>
        <translation>本标准（%1）(&amp;T)</translation>
    </message>
    <message>
        <source>E&amp;very standard</source>
        <translation>所有标准(&amp;V)</translation>
    </message>
    <message>
        <source>Enter limits by &amp;hand</source>
        <translation>手动输入控制限(&amp;H)</translation>
    </message>
    <message>
        <source>Centre line</source>
        <translation>中心线</translation>
    </message>
    <message>
        <source>Sigma</source>
        <translation>Sigma</translation>
    </message>
    <message>
        <source>estimated from the phase</source>
        <translation>根据该阶段估计</translation>
    </message>
    <message>
        <source>For this p or np chart the centre is the proportion of cases, from 0 to 1 (0.95 for 95%). Leave sigma empty to derive it from the centre.</source>
        <translation>对于 p 图或 np 图，中心为案件的比例，取值 0 到 1（95% 即 0.95）。Sigma 留空则由中心推算。</translation>
    </message>
    <message>
        <source>The centre in the standard&apos;s unit; sigma of a single value. Leave sigma empty to estimate it from the phase&apos;s points.</source>
        <translation>中心以标准的单位表示；sigma 为单个值的标准差。Sigma 留空则根据该阶段的数据点估计。</translation>
    </message>
    <message>
        <source>&amp;Centre line:</source>
        <translation>中心线(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Sigma:</source>
        <translation>Sigma(&amp;S)：</translation>
    </message>
    <message>
        <source>Starts &amp;on:</source>
        <translation>开始日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>标签(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation>适用于：</translation>
    </message>
    <message>
        <source>Give the phase a label; the charts print it at the change.</source>
        <translation>请为阶段填写标签；图表会在变更处标出。</translation>
    </message>
    <message>
        <source>Say why the process changed; the reason is kept in the audit trail.</source>
        <translation>请说明流程变更的原因；原因会保存在审计记录中。</translation>
    </message>
    <message>
        <source>Enter the centre line as a number, or untick “Enter limits by hand”.</source>
        <translation>请以数字输入中心线，或取消勾选“手动输入控制限”。</translation>
    </message>
    <message>
        <source>The centre of a p or np chart is a proportion from 0 to 1.</source>
        <translation>p 图或 np 图的中心是 0 到 1 之间的比例。</translation>
    </message>
    <message>
        <source>Sigma must be a number greater than zero, or left empty.</source>
        <translation>Sigma 必须是大于零的数字，或留空。</translation>
    </message>
</context>
<context>
    <name>Yardstick::PhaseHistoryDialog</name>
    <message>
        <source>Added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>估计值</translation>
    </message>
    <message>
        <source>centre %1</source>
        <translation>中心 %1</translation>
    </message>
    <message>
        <source>centre %1, sigma %2</source>
        <translation>中心 %1，sigma %2</translation>
    </message>
    <message>
        <source>Phase History of %1</source>
        <translation>%1 的阶段历史</translation>
    </message>
    <message>
        <source>Every process change recorded for %1 and for every standard, oldest first, as it read after each action.</source>
        <translation>为 %1 和所有标准记录的每次流程变更，按时间从早到晚，显示每次操作后的状态。</translation>
    </message>
    <message>
        <source>Phase history</source>
        <translation>阶段历史</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>适用于</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Fixed limits</source>
        <translation>固定控制限</translation>
    </message>
    <message>
        <source>Every standard</source>
        <translation>所有标准</translation>
    </message>
</context>
<context>
    <name>Yardstick::PhasePanel</name>
    <message>
        <source>Process &amp;phases</source>
        <translation>流程阶段(&amp;P)</translation>
    </message>
    <message>
        <source>Process phases</source>
        <translation>流程阶段</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>适用于</translation>
    </message>
    <message>
        <source>&amp;Add rebase…</source>
        <translation>添加重新基准(&amp;A)…</translation>
    </message>
    <message>
        <source>Record a process change for this standard: the control limits start again from it</source>
        <translation>为此标准记录一次流程变更：控制限从此处重新开始计算</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>历史(&amp;Y)…</translation>
    </message>
    <message>
        <source>Who changed which phase when: the audit trail</source>
        <translation>谁在何时更改了哪个阶段：审计记录</translation>
    </message>
    <message>
        <source>Every standard</source>
        <translation>所有标准</translation>
    </message>
    <message>
        <source>%1
Limits entered by hand.</source>
        <translation>%1
控制限为手动输入。</translation>
    </message>
</context>
<context>
    <name>Yardstick::PlannerPlot</name>
    <message>
        <source>Share of cases meeting the target</source>
        <translation>达到目标值的案件比例</translation>
    </message>
    <message>
        <source>Cases meeting it (%)</source>
        <translation>达标案件 (%)</translation>
    </message>
    <message>
        <source>Within %1</source>
        <translation>%1 内</translation>
    </message>
    <message>
        <source>Current %1%</source>
        <translation>当前 %1%</translation>
    </message>
    <message>
        <source>Proposed %1%</source>
        <translation>拟定 %1%</translation>
    </message>
    <message>
        <source>Current %1</source>
        <translation>当前 %1</translation>
    </message>
    <message>
        <source>Proposed %1</source>
        <translation>拟定 %1</translation>
    </message>
</context>
<context>
    <name>Yardstick::QuadrantPlot</name>
    <message>
        <source>%1 %2: importance %3, performance %4</source>
        <translation>%1 %2：重要性 %3，表现 %4</translation>
    </message>
</context>
<context>
    <name>Yardstick::RecentPacksBox</name>
    <message>
        <source>Recent packs</source>
        <translation>最近的报告包</translation>
    </message>
    <message>
        <source>No pack has been made from this workbench yet. The packs you create are listed here, newest first, to open again or to find in their folder when next month&apos;s is compared with them.</source>
        <translation>尚未从此工作台生成过报告包。您生成的报告包会按从新到旧列在这里，便于再次打开，或在与下个月的报告包对比时到所在文件夹中查找。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Yardstick::ReportDeckWriter</name>
    <message>
        <source>No control chart: %1</source>
        <translation>无控制图：%1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>期间：%1</translation>
    </message>
    <message>
        <source>Trends from %1 to %2</source>
        <translation>趋势期间：%1 至 %2</translation>
    </message>
    <message>
        <source>Prepared on %1</source>
        <translation>编制日期：%1</translation>
    </message>
    <message>
        <source>Workbench: %1</source>
        <translation>工作台：%1</translation>
    </message>
    <message>
        <source>Standards met: %1</source>
        <translation>达标的标准：%1</translation>
    </message>
    <message>
        <source>At risk: %1</source>
        <translation>有风险：%1</translation>
    </message>
    <message>
        <source>Breached: %1</source>
        <translation>未达标：%1</translation>
    </message>
    <message>
        <source>No data: %1</source>
        <translation>无数据：%1</translation>
    </message>
    <message>
        <source>Scorecard, %1</source>
        <translation>计分卡，%1</translation>
    </message>
    <message>
        <source>Scorecard, %1 (continued)</source>
        <translation>计分卡，%1（续）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
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
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Met, last 12</source>
        <translation>近 12 期达标</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 项中的 %1 项</translation>
    </message>
    <message>
        <source>The workbench holds no standards with data.</source>
        <translation>工作台中没有带数据的标准。</translation>
    </message>
    <message numerus="yes">
        <source>%n standard(s) on the scorecard</source>
        <translation>
            <numerusform>计分卡上共 %n 项标准</numerusform>
        </translation>
    </message>
    <message>
        <source>Met %1, at risk %2, breached %3, no data %4</source>
        <translation>达标 %1，有风险 %2，未达标 %3，无数据 %4</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>尚无数据</translation>
    </message>
    <message>
        <source>Breached in %1: %2</source>
        <translation>%1 未达标：%2</translation>
    </message>
    <message>
        <source>Creating the deck was cancelled.</source>
        <translation>演示文稿的生成已取消。</translation>
    </message>
</context>
<context>
    <name>Yardstick::ReportPackJob</name>
    <message>
        <source>Computing the report pack…</source>
        <translation>正在计算报告包…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Report Pack</source>
        <translation>报告包</translation>
    </message>
    <message>
        <source>The report pack was cancelled.</source>
        <translation>报告包已取消。</translation>
    </message>
    <message>
        <source>Printing page 1 of %1…</source>
        <translation>正在打印第 1 页，共 %1 页…</translation>
    </message>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation>正在打印第 %1 页，共 %2 页…</translation>
    </message>
    <message>
        <source>Drawing the slides…</source>
        <translation>正在绘制幻灯片…</translation>
    </message>
    <message>
        <source>Drawing chart %1 of %2…</source>
        <translation>正在绘制第 %1 张图表（共 %2 张）…</translation>
    </message>
</context>
<context>
    <name>Yardstick::ReportPackWriter</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
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
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Met, last 12</source>
        <translation>近 12 期达标</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 项中的 %1 项</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>尚无数据</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>期间：%1</translation>
    </message>
    <message>
        <source>Trends from %1 to %2</source>
        <translation>趋势期间：%1 至 %2</translation>
    </message>
    <message>
        <source>Workbench: %1</source>
        <translation>工作台：%1</translation>
    </message>
    <message>
        <source>Prepared on %1</source>
        <translation>编制日期：%1</translation>
    </message>
    <message>
        <source>Scorecard, %1</source>
        <translation>计分卡，%1</translation>
    </message>
    <message>
        <source>Scorecard, %1 (continued)</source>
        <translation>计分卡，%1（续）</translation>
    </message>
    <message>
        <source>The workbench holds no standards with data.</source>
        <translation>工作台中没有带数据的标准。</translation>
    </message>
    <message>
        <source>No control chart: %1</source>
        <translation>无控制图：%1</translation>
    </message>
    <message>
        <source>Breached in %1: %2 against a target of %3. %4</source>
        <translation>%1 未达标：%2，目标值为 %3。%4</translation>
    </message>
    <message>
        <source>No run rule flags a point: the process is stable around a level that misses the target.</source>
        <translation>没有数据点被判异规则标出：流程稳定，但其水平达不到目标值。</translation>
    </message>
    <message>
        <source>Points flagged by the run rules</source>
        <translation>被判异规则标出的数据点</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… 另有 %1 项</translation>
    </message>
    <message>
        <source>Cannot write the report pack to %1: %2</source>
        <translation>无法将报告包写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the report pack to %1: the PDF could not be started.</source>
        <translation>无法将报告包写入 %1：无法开始生成 PDF。</translation>
    </message>
    <message>
        <source>Creating the report pack was cancelled.</source>
        <translation>报告包的生成已取消。</translation>
    </message>
</context>
<context>
    <name>Yardstick::ReportsView</name>
    <message>
        <source>Title, period, organisation and how many standards were met, at risk and breached.</source>
        <translation>标题、期间、组织，以及达标、有风险和未达标的标准数量。</translation>
    </message>
    <message>
        <source>Every standard&apos;s value, target, status and trend, on as many pages as it takes; thin periods said in words.</source>
        <translation>每个标准的值、目标值、状态和趋势，需要几页就用几页；数据量少的期间用文字说明。</translation>
    </message>
    <message>
        <source>A trend chart for each headline standard, before and since the quality programme.</source>
        <translation>每个重点标准一张趋势图，显示质量改进计划前后的情况。</translation>
    </message>
    <message>
        <source>A control chart for each breached standard, most breached first, with the run rules it broke.</source>
        <translation>每个未达标标准一张控制图，未达标最多的在前，并列出其违反的判异规则。</translation>
    </message>
    <message>
        <source>Which services draw the complaint letters, largest first.</source>
        <translation>投诉信涉及哪些服务，从多到少。</translation>
    </message>
    <message>
        <source>Letters received each month, stacked by dimension.</source>
        <translation>每月收到的投诉信，按维度堆叠。</translation>
    </message>
    <message>
        <source>The standards that slipped in the last 12 periods, by period; continued on further pages when they are many.</source>
        <translation>最近 12 个期间内下滑的标准，逐期显示；数量多时在后续页面继续。</translation>
    </message>
    <message>
        <source>The share of its standards each department met.</source>
        <translation>各部门达标的标准所占比例。</translation>
    </message>
    <message>
        <source>Report packs</source>
        <translation>报告包</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Save Template…</source>
        <translation>保存模板(&amp;S)…</translation>
    </message>
    <message>
        <source>Keep these choices in the workbench under a name</source>
        <translation>以一个名称将这些选择保存在工作台中</translation>
    </message>
    <message>
        <source>&amp;Delete Template</source>
        <translation>删除模板(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Create Report Pack…</source>
        <translation>生成报告包(&amp;C)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Choose where to save the PDF and print the pack (%1)</source>
        <translation>选择 PDF 的保存位置并打印报告包（%1）</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>报告包</translation>
    </message>
    <message>
        <source>Service quality report</source>
        <translation>服务质量报告</translation>
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
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Most control charts</source>
        <translation>控制图数量上限</translation>
    </message>
    <message>
        <source>The most breached standards get a control chart each; the others are listed without one, so a bad month stays readable</source>
        <translation>未达标最多的标准各得一张控制图；其余的只列出不附图，这样即使情况糟糕的月份也依然易读</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>从(&amp;R)：</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>至(&amp;O)：</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Without dates the pack covers all the data, and its scorecard is the latest complete period.</source>
        <translation>不填日期时，报告包涵盖全部数据，计分卡为最近一个完整期间。</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>标题(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>Control charts, at &amp;most:</source>
        <translation>控制图数量上限(&amp;M)：</translation>
    </message>
    <message>
        <source>Standard pack: every section, monthly</source>
        <translation>标准报告包：全部章节，按月</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>模板需要一个名称。</translation>
    </message>
    <message>
        <source>The template could not be saved: %1</source>
        <translation>无法保存模板：%1</translation>
    </message>
    <message>
        <source>Template “%1” saved in the workbench.</source>
        <translation>模板“%1”已保存到工作台。</translation>
    </message>
    <message>
        <source>The template could not be deleted: %1</source>
        <translation>无法删除模板：%1</translation>
    </message>
    <message>
        <source>Template “%1” deleted.</source>
        <translation>模板“%1”已删除。</translation>
    </message>
    <message>
        <source>Save Template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>Template &amp;name:</source>
        <translation>模板名称(&amp;N)：</translation>
    </message>
    <message>
        <source>A template named “%1” exists. Replace it?</source>
        <translation>已存在名为“%1”的模板。是否替换？</translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <source>Delete the template “%1” from the workbench?</source>
        <translation>从工作台中删除模板“%1”？</translation>
    </message>
    <message>
        <source>%1 %2.pdf</source>
        <comment>title, date</comment>
        <translation>%1 %2.pdf</translation>
    </message>
    <message>
        <source>Create Report Pack</source>
        <translation>生成报告包</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>The report pack could not be created.

%1</source>
        <translation>无法生成报告包。

%1</translation>
    </message>
    <message>
        <source>Report pack saved to %1</source>
        <translation>报告包已保存到 %1</translation>
    </message>
    <message>
        <source>Report Pack</source>
        <translation>报告包</translation>
    </message>
    <message>
        <source>The report pack is saved as %1.</source>
        <translation>报告包已保存为 %1。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>A report pack is one A4-landscape PDF for the management meeting: the scorecard, the headline trends, each breached standard with its control chart, what customers complain about, the heat map and how each department stands. Choose what goes in, save the choice as a template for next month, and create the pack, or export it as a PowerPoint deck on your organisation&apos;s slide master.</source>
        <translation>报告包是一份供管理层会议使用的 A4 横向 PDF：计分卡、重点趋势、每个未达标标准及其控制图、客户投诉的内容、热力图以及各部门的情况。选择要包含的内容，将选择保存为模板供下月使用，然后生成报告包，或按贵组织的幻灯片母版将其导出为 PowerPoint 演示文稿。</translation>
    </message>
    <message>
        <source>Export as &amp;PowerPoint…</source>
        <translation>导出为 PowerPoint(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the pack as a PowerPoint deck: the scorecard as a table, a slide per chart, the numbers in the speaker notes</source>
        <translation>将报告包保存为 PowerPoint 演示文稿：计分卡为表格，每张图表一张幻灯片，数据放在演讲者备注中</translation>
    </message>
    <message>
        <source>Yardstick&apos;s own</source>
        <translation>Yardstick 自带</translation>
    </message>
    <message>
        <source>Slide master</source>
        <translation>幻灯片母版</translation>
    </message>
    <message>
        <source>A PowerPoint deck or template (.pptx, .potx): the exported deck uses its slide master, its Title and Content layout and its theme</source>
        <translation>PowerPoint 演示文稿或模板（.pptx、.potx）：导出的演示文稿使用其幻灯片母版、“标题和内容”版式及主题</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Slide &amp;master:</source>
        <translation>幻灯片母版(&amp;M)：</translation>
    </message>
    <message>
        <source>Choose a Slide Master</source>
        <translation>选择幻灯片母版</translation>
    </message>
    <message>
        <source>PowerPoint decks and templates (*.pptx *.potx)</source>
        <translation>PowerPoint 演示文稿和模板 (*.pptx *.potx)</translation>
    </message>
    <message>
        <source>%1 %2.pptx</source>
        <comment>title, date</comment>
        <translation>%1 %2.pptx</translation>
    </message>
    <message>
        <source>Export as PowerPoint</source>
        <translation>导出为 PowerPoint</translation>
    </message>
    <message>
        <source>PowerPoint decks (*.pptx)</source>
        <translation>PowerPoint 演示文稿 (*.pptx)</translation>
    </message>
    <message>
        <source>The slide master cannot be used.

%1</source>
        <translation>无法使用该幻灯片母版。

%1</translation>
    </message>
</context>
<context>
    <name>Yardstick::ScorecardLegend</name>
    <message>
        <source>&lt;b&gt;Reading the scorecard&lt;/b&gt;</source>
        <translation>&lt;b&gt;如何阅读计分卡&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Met: the target is reached</source>
        <translation>达标：达到目标值</translation>
    </message>
    <message>
        <source>At risk: short of the target, within the threshold</source>
        <translation>有风险：未达到目标值，但在最低可接受值以内</translation>
    </message>
    <message>
        <source>Breached: worse than the threshold</source>
        <translation>未达标：差于最低可接受值</translation>
    </message>
    <message>
        <source>No data: nothing measured in the period</source>
        <translation>无数据：该期间没有测量值</translation>
    </message>
    <message>
        <source>Improving, ↘ worsening, → steady: a line fitted through the last %1 periods</source>
        <translation>改善，↘ 恶化，→ 平稳：根据最近 %1 个期间拟合的直线</translation>
    </message>
    <message>
        <source>Too few periods: fewer than %1 periods with values, too few to call a trend</source>
        <translation>期间太少：有数值的期间少于 %1 个，无法判断趋势</translation>
    </message>
    <message>
        <source>&lt;p&gt;(thin): the period&apos;s cases are fewer than a quarter of the usual (the median of the %1 periods before it); its status rests on a handful of cases and it is left out of the trend.&lt;/p&gt;</source>
        <translation>&lt;p&gt;（案件少）：该期间的案件数不足通常水平（之前 %1 个期间的中位数）的四分之一；其状态仅取决于少数案件，不计入趋势。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Recent: the last %1 periods, oldest first; the dashed line is the target, the dot the period shown. Hover over a cell for the figures behind it; double-click a standard to open it in the catalogue.&lt;/p&gt;</source>
        <translation>&lt;p&gt;近期：最近 %1 个期间，从早到晚；虚线为目标值，圆点为当前显示的期间。将鼠标悬停在单元格上可查看背后的数字；双击标准可在标准目录中打开。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Yardstick::ServicePicker</name>
    <message>
        <source>Service: type its code or name</source>
        <translation>服务：输入其代码或名称</translation>
    </message>
    <message>
        <source>Correct the service (Return takes it, Esc cancels)</source>
        <translation>更正服务（Return 确认，Esc 取消）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Yardstick::ServqualGapPlot</name>
    <message>
        <source>%1
no weight</source>
        <comment>dimension name, then a line saying it has no weight</comment>
        <translation>%1
无权重</translation>
    </message>
    <message>
        <source>%1
weight %2%</source>
        <comment>dimension name, then its weight in percent</comment>
        <translation>%1
权重 %2%</translation>
    </message>
    <message>
        <source>%1: gap %2 from %3 respondent</source>
        <translation>%1：差距 %2，来自 %3 名受访者</translation>
    </message>
    <message>
        <source>%1: gap %2 from %3 respondents</source>
        <translation>%1：差距 %2，来自 %3 名受访者</translation>
    </message>
    <message>
        <source>Weighted gap %1</source>
        <translation>加权差距 %1</translation>
    </message>
</context>
<context>
    <name>Yardstick::ServqualPanel</name>
    <message>
        <source>the first wave: nothing to compare with</source>
        <translation>第一轮：没有可比较的</translation>
    </message>
    <message>
        <source>no weighted gap to compare with %1</source>
        <translation>没有可与 %1 比较的加权差距</translation>
    </message>
    <message>
        <source>p &lt; 0.001</source>
        <translation>p &lt; 0.001</translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <source>t = %1, df = %2, %3</source>
        <translation>t = %1，自由度 = %2，%3</translation>
    </message>
    <message>
        <source>too few respondents to test</source>
        <translation>受访者太少，无法检验</translation>
    </message>
    <message>
        <source>the same as %1&apos;s %2 (%3)</source>
        <extracomment>%1 the previous wave, %2 its weighted gap, %3 the test</extracomment>
        <translation>与 %1 的 %2（%3）相同</translation>
    </message>
    <message>
        <source>better by %1 than %2&apos;s %3 (%4)</source>
        <extracomment>%1 the change, %2 the previous wave, %3 its weighted gap, %4 the test</extracomment>
        <translation>比 %2 的 %3（%4）好 %1</translation>
    </message>
    <message>
        <source>worse by %1 than %2&apos;s %3 (%4)</source>
        <translation>比 %2 的 %3（%4）差 %1</translation>
    </message>
    <message>
        <source>No dissatisfied respondent with a customer reference: nobody to look for among the complaint letters.</source>
        <translation>没有带客户编号的不满意受访者：无法在投诉信中查找。</translation>
    </message>
    <message>
        <source>Weighted SERVQUAL gap %1, %2</source>
        <translation>加权 SERVQUAL 差距 %1，%2</translation>
    </message>
    <message>
        <source>No weighted SERVQUAL gap: no dimension of this survey has a weight (SERVQUAL Weights…).</source>
        <translation>无加权 SERVQUAL 差距：此调查没有任何维度设有权重（SERVQUAL 权重…）。</translation>
    </message>
    <message>
        <source>%2 respondent in wave %1</source>
        <translation>第 %1 轮有 %2 名受访者</translation>
    </message>
    <message>
        <source>%2 respondents in wave %1</source>
        <translation>第 %1 轮有 %2 名受访者</translation>
    </message>
    <message>
        <source>No dimension was answered in this wave.</source>
        <translation>本轮没有回答任何维度。</translation>
    </message>
    <message>
        <source>No item has an importance, so the items cannot be placed by importance and performance. Give the questions an importance in Edit Survey…, or import answers with an importance column.</source>
        <translation>没有任何题项设有重要性，因此无法按重要性和表现定位题项。请在“编辑调查…”中为问题设置重要性，或导入带有重要性列的答卷。</translation>
    </message>
    <message>
        <source>%1 of %3 dissatisfied respondent (%2) never complained</source>
        <translation>%3 名不满意受访者中有 %1 名（%2）从未投诉</translation>
    </message>
    <message>
        <source>%1 of %3 dissatisfied respondents (%2) never complained</source>
        <translation>%3 名不满意受访者中有 %1 名（%2）从未投诉</translation>
    </message>
</context>
<context>
    <name>Yardstick::ServqualTableProxyModel</name>
    <message>
        <source>%1 %2</source>
        <comment>symbol, quadrant name</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Yardstick::ServqualWeightsDialog</name>
    <message>
        <source>SERVQUAL Weights</source>
        <translation>SERVQUAL 权重</translation>
    </message>
    <message>
        <source>How much each dimension counts in the weighted gap, in points. Customers in the classic SERVQUAL study gave reliability 32, responsiveness 22, assurance 19, empathy 16 and tangibles 11. A weight of 0 leaves a dimension out; the weights are scaled to the dimensions a survey asks about.</source>
        <translation>每个维度在加权差距中所占的分量（分数）。经典 SERVQUAL 研究中，客户给出的权重为：可靠性 32、响应性 22、保证性 19、移情性 16、有形性 11。权重为 0 则不计该维度；权重会按调查所涉及的维度进行缩放。</translation>
    </message>
    <message>
        <source>Not weighted</source>
        <translation>未加权</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>Yardstick::SetValueModelCommand</name>
    <message>
        <source>set value model of %1</source>
        <translation>设置 %1 的价值模型</translation>
    </message>
    <message>
        <source>remove value model of %1</source>
        <translation>删除 %1 的价值模型</translation>
    </message>
</context>
<context>
    <name>Yardstick::StandardCommands</name>
    <message>
        <source>add standard %1</source>
        <translation>添加标准 %1</translation>
    </message>
    <message>
        <source>delete standard %1</source>
        <translation>删除标准 %1</translation>
    </message>
</context>
<context>
    <name>Yardstick::StandardDialog</name>
    <message>
        <source>New Standard</source>
        <translation>新建标准</translation>
    </message>
    <message>
        <source>Edit Standard %1</source>
        <translation>编辑标准 %1</translation>
    </message>
    <message>
        <source>e.g. APP-T-01</source>
        <translation>例如：APP-T-01</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>What is measured, e.g. Mean application processing time</source>
        <translation>测量的内容，例如：平均申请处理时长</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>Ne&amp;w service…</source>
        <translation>新建服务(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>服务(&amp;S)：</translation>
    </message>
    <message>
        <source>New dime&amp;nsion…</source>
        <translation>新建维度(&amp;N)…</translation>
    </message>
    <message>
        <source>D&amp;imension:</source>
        <translation>维度(&amp;I)：</translation>
    </message>
    <message>
        <source>New de&amp;partment…</source>
        <translation>新建部门(&amp;P)…</translation>
    </message>
    <message>
        <source>Owning d&amp;epartment:</source>
        <translation>所属部门(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>指标(&amp;M)：</translation>
    </message>
    <message>
        <source>Calendar days</source>
        <translation>日历日</translation>
    </message>
    <message>
        <source>Business days (Mon–Fri, less holidays)</source>
        <translation>工作日（周一至周五，不含节假日）</translation>
    </message>
    <message>
        <source>Count t&amp;urnaround in:</source>
        <translation>处理时长计算方式(&amp;U)：</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>Percentile</source>
        <translation>百分位数</translation>
    </message>
    <message>
        <source>Share done within N days</source>
        <translation>N 天内完成的比例</translation>
    </message>
    <message>
        <source>St&amp;atistic:</source>
        <translation>统计量(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>方向(&amp;D)：</translation>
    </message>
    <message>
        <source>threshold (least acceptable):</source>
        <translation>最低可接受值：</translation>
    </message>
    <message>
        <source>unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Tar&amp;get (goal):</source>
        <translation>目标值(&amp;G)：</translation>
    </message>
    <message>
        <source>Why the target is set or changed</source>
        <translation>设定或更改目标值的原因</translation>
    </message>
    <message>
        <source>In &amp;force from:</source>
        <translation>生效日期(&amp;F)：</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>依据：</translation>
    </message>
    <message>
        <source>Why this level: what customers expect, what competitors offer, what the process can do, what it is worth.</source>
        <translation>为何设定此水平：客户的期望、竞争对手的水平、流程的能力、其价值。</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Business days leave out Saturdays, Sundays and the workbench&apos;s holidays (Edit › Holidays…).</source>
        <translation>工作日不计周六、周日以及工作台的节假日（编辑 › 节假日…）。</translation>
    </message>
    <message>
        <source>Only turnaround is counted in days; %1 is not, so the day basis does not apply.</source>
        <translation>只有处理时长按天计算；%1 不是，因此不适用天数计算方式。</translation>
    </message>
</context>
<context>
    <name>Yardstick::StandardPicker</name>
    <message>
        <source>Filter standards</source>
        <translation>筛选标准</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>The highlighted standard is charted; tick several to overlay them on the trend chart</source>
        <translation>高亮的标准会绘制成图；勾选多个可在趋势图上叠加显示</translation>
    </message>
    <message>
        <source>Untick others</source>
        <translation>取消勾选其他</translation>
    </message>
    <message>
        <source>Keep only the highlighted standard ticked</source>
        <translation>只保留高亮的标准为勾选</translation>
    </message>
    <message>
        <source>&amp;Standards</source>
        <translation>标准(&amp;S)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>code, title</comment>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n standard(s)</source>
        <translation>
            <numerusform>%n 个标准中的 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 ticked</source>
        <comment>shown count, ticked count</comment>
        <translation>%1，已勾选 %2 个</translation>
    </message>
</context>
<context>
    <name>Yardstick::StandardsView</name>
    <message>
        <source>&amp;New Standard…</source>
        <translation>新建标准(&amp;N)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Add a standard to the catalogue</source>
        <translation>向标准目录添加一个标准</translation>
    </message>
    <message>
        <source>&amp;Edit Standard…</source>
        <translation>编辑标准(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Retire Standard</source>
        <translation>停用标准(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Delete Standard</source>
        <translation>删除标准(&amp;D)</translation>
    </message>
    <message>
        <source>Delete a standard that has no measurements (retire the others)</source>
        <translation>删除没有测量值的标准（其他的请停用）</translation>
    </message>
    <message>
        <source>&amp;Plan Target…</source>
        <translation>规划目标值(&amp;P)…</translation>
    </message>
    <message>
        <source>Predict from the last periods&apos; cases what share a proposed target would meet</source>
        <translation>根据最近各期间的案件，预测拟定目标值的达标比例</translation>
    </message>
    <message>
        <source>&amp;Goal Review…</source>
        <translation>目标回顾(&amp;G)…</translation>
    </message>
    <message>
        <source>The standard&apos;s revisions, with each prediction next to its outcome</source>
        <translation>标准的各次修订，每次预测与其结果并列</translation>
    </message>
    <message>
        <source>&amp;Value Model…</source>
        <translation>价值模型(&amp;V)…</translation>
    </message>
    <message>
        <source>What a day sooner is worth on this turnaround standard, in US$ a case</source>
        <translation>对此处理时长标准而言，提前一天的价值（每个案件多少美元）</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Filter by code or title</source>
        <translation>按代码或标题筛选</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>全部服务</translation>
    </message>
    <message>
        <source>All dimensions</source>
        <translation>全部维度</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Active and retired</source>
        <translation>启用中和已停用</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>仅启用中</translation>
    </message>
    <message>
        <source>Retired only</source>
        <translation>仅已停用</translation>
    </message>
    <message>
        <source>Standards: %1</source>
        <translation>标准：%1</translation>
    </message>
    <message>
        <source>Standards: %1 of %2</source>
        <translation>标准：%2 个中的 %1 个</translation>
    </message>
    <message>
        <source>&amp;Reinstate Standard</source>
        <translation>恢复标准(&amp;R)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a standard to see its rationale and history.&lt;/p&gt;</source>
        <translation>&lt;p&gt;选择一个标准，查看其理由和历史。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Basis:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;依据：&lt;/b&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Turnaround counted in:&lt;/b&gt; business days (Monday to Friday, less the workbench&apos;s holidays)&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;处理时长计算方式：&lt;/b&gt;工作日（周一至周五，不含工作台的节假日）&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Turnaround counted in:&lt;/b&gt; calendar days&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;处理时长计算方式：&lt;/b&gt;日历日&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Rationale:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;理由：&lt;/b&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Revisions&lt;/b&gt; (each governs the periods from its date until the next):&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;修订&lt;/b&gt;（每次修订适用于从其日期起到下一次修订之前的期间）：&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th align=left&gt;In force from&lt;/th&gt;&lt;th align=right&gt;Target&lt;/th&gt;&lt;th align=right&gt;Threshold&lt;/th&gt;&lt;th align=left&gt;Reason&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th align=left&gt;生效日期&lt;/th&gt;&lt;th align=right&gt;目标值&lt;/th&gt;&lt;th align=right&gt;最低可接受值&lt;/th&gt;&lt;th align=left&gt;原因&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>edit standard %1</source>
        <translation>编辑标准 %1</translation>
    </message>
    <message>
        <source>reinstate standard %1</source>
        <translation>恢复标准 %1</translation>
    </message>
    <message>
        <source>retire standard %1</source>
        <translation>停用标准 %1</translation>
    </message>
    <message>
        <source>%1 has measurements, so deleting it would lose their meaning. Retire it instead (Edit → Retire Standard): it stays in the history but no longer counts as in force.</source>
        <translation>%1 已有测量值，删除会使这些测量值失去意义。请改为停用（编辑 → 停用标准）：它仍保留在历史中，但不再计为生效。</translation>
    </message>
    <message>
        <source>Standard &amp;History…</source>
        <translation>标准历史记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Who changed this standard and its targets, and when</source>
        <translation>谁在何时修改了此标准及其目标值</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>%1 的历史记录</translation>
    </message>
    <message>
        <source>Every change to %1 and its targets, newest first, with who made it.</source>
        <translation>%1 及其目标值的每一次修改，最新的在前，并注明操作人。</translation>
    </message>
</context>
<context>
    <name>Yardstick::SurveyDialog</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Edit Survey</source>
        <translation>编辑调查</translation>
    </message>
    <message>
        <source>New Survey</source>
        <translation>新建调查</translation>
    </message>
    <message>
        <source>(not about one service)</source>
        <translation>（不针对单一服务）</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>服务(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>量表(&amp;C)：</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
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
        <source>Importance</source>
        <translation>重要性</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Questions (importance: your own, 0 for none; answers&apos; stated importance takes precedence)</source>
        <translation>问题（重要性：由你设定，0 表示无；答卷中填写的重要性优先）</translation>
    </message>
    <message>
        <source>Waves (dates as YYYY-MM-DD; removing a wave deletes its answers)</source>
        <translation>轮次（日期格式为 YYYY-MM-DD；删除轮次将删除其答卷）</translation>
    </message>
    <message>
        <source>The survey needs a name.</source>
        <translation>调查需要一个名称。</translation>
    </message>
    <message>
        <source>The scale must run from a lower to a higher number.</source>
        <translation>量表必须从较小的数字到较大的数字。</translation>
    </message>
    <message>
        <source>Every question needs a code (what import files call it).</source>
        <translation>每个问题都需要一个代码（导入文件中使用的名称）。</translation>
    </message>
    <message>
        <source>Two questions share the code %1.</source>
        <translation>有两个问题使用了相同的代码 %1。</translation>
    </message>
    <message>
        <source>Question %1 needs a dimension.</source>
        <translation>问题 %1 需要一个维度。</translation>
    </message>
    <message>
        <source>Every wave needs a name.</source>
        <translation>每个轮次都需要一个名称。</translation>
    </message>
    <message>
        <source>Two waves share the name %1.</source>
        <translation>有两个轮次使用了相同的名称 %1。</translation>
    </message>
    <message>
        <source>Wave %1 needs dates as YYYY-MM-DD.</source>
        <translation>轮次 %1 的日期格式须为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Wave %1 ends before it starts.</source>
        <translation>轮次 %1 的结束日期早于开始日期。</translation>
    </message>
</context>
<context>
    <name>Yardstick::SurveyImportDialog</name>
    <message>
        <source>Import Survey Answers</source>
        <translation>导入调查答卷</translation>
    </message>
    <message>
        <source>A CSV file in the long layout (respondent, item, dimension, expectation, perception, optionally importance and customer_ref: one row per answer) or the wide one (respondent, optionally customer_ref, then E_&lt;item&gt;, P_&lt;item&gt; and I_&lt;item&gt; columns for questions defined in the survey). An empty cell is a missing answer.</source>
        <translation>长格式的 CSV 文件（respondent、item、dimension、expectation、perception，可选 importance 和 customer_ref：每个回答一行），或宽格式（respondent，可选 customer_ref，然后是调查中所定义问题的 E_&lt;item&gt;、P_&lt;item&gt; 和 I_&lt;item&gt; 列）。空单元格表示缺失的回答。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Add to the &amp;wave</source>
        <translation>添加到轮次(&amp;W)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>wave, survey</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>A &amp;new wave</source>
        <translation>新轮次(&amp;N)</translation>
    </message>
    <message>
        <source>e.g. 2026-Q1</source>
        <translation>例如：2026-Q1</translation>
    </message>
    <message>
        <source>Customer survey</source>
        <translation>客户调查</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Survey:</source>
        <translation>调查：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>至：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <source>&amp;Skip bad rows and import the rest</source>
        <translation>跳过有问题的行，导入其余的行(&amp;S)</translation>
    </message>
    <message>
        <source>Otherwise one bad row stops the import and nothing is stored.</source>
        <translation>否则，一行有问题就会中止导入，且不存储任何内容。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the CSV file to import.</source>
        <translation>请选择要导入的 CSV 文件。</translation>
    </message>
    <message>
        <source>Name the new wave.</source>
        <translation>请为新轮次命名。</translation>
    </message>
    <message>
        <source>Choose the wave.</source>
        <translation>请选择轮次。</translation>
    </message>
    <message>
        <source>Name the survey the wave belongs to.</source>
        <translation>请填写该轮次所属的调查名称。</translation>
    </message>
    <message>
        <source>A wave named %1 exists already; add to it instead.</source>
        <translation>已存在名为 %1 的轮次；请改为添加到该轮次。</translation>
    </message>
    <message>
        <source>The wave ends before it starts.</source>
        <translation>轮次的结束日期早于开始日期。</translation>
    </message>
</context>
<context>
    <name>Yardstick::SurveyWavePicker</name>
    <message>
        <source>&amp;Survey:</source>
        <translation>调查(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Wave:</source>
        <translation>轮次(&amp;W)：</translation>
    </message>
    <message>
        <source>(waves of no survey)</source>
        <translation>（不属于任何调查的轮次）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>wave, channel</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>Yardstick::SurveysView</name>
    <message>
        <source>SERVQUAL</source>
        <translation>SERVQUAL</translation>
    </message>
    <message>
        <source>&amp;Import Survey Answers…</source>
        <translation>导入调查答卷(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;New Survey…</source>
        <translation>新建调查(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit Survey…</source>
        <translation>编辑调查(&amp;E)…</translation>
    </message>
    <message>
        <source>SERVQUAL &amp;Weights…</source>
        <translation>SERVQUAL 权重(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Feed Standard…</source>
        <translation>为标准提供数据(&amp;F)…</translation>
    </message>
    <message>
        <source>Let this survey&apos;s gaps be the measurements of a survey-score standard</source>
        <translation>将此调查的差距作为调查得分类标准的测量值</translation>
    </message>
    <message>
        <source>Export &amp;Gap Chart…</source>
        <translation>导出差距图(&amp;G)…</translation>
    </message>
    <message>
        <source>Export Importance–&amp;Performance Chart…</source>
        <translation>导出重要性–表现图(&amp;P)…</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>This workbench holds no survey answers yet. Import a CSV file of answers (expectation and perception per question) to see the SERVQUAL gaps, or define the survey&apos;s questions and waves first.</source>
        <translation>此工作台还没有调查答卷。导入答卷的 CSV 文件（每个问题的期望和感知）即可查看 SERVQUAL 差距，也可以先定义调查的问题和轮次。</translation>
    </message>
    <message>
        <source>No wave of the survey has answers yet. Import a CSV file of answers to see the SERVQUAL gaps.</source>
        <translation>此调查的各轮次都还没有答卷。导入答卷的 CSV 文件即可查看 SERVQUAL 差距。</translation>
    </message>
    <message>
        <source>The survey %1 could not be saved: %2</source>
        <translation>无法保存调查 %1：%2</translation>
    </message>
    <message>
        <source>Survey %1 created.</source>
        <translation>调查 %1 已创建。</translation>
    </message>
    <message>
        <source>Survey %1 saved.</source>
        <translation>调查 %1 已保存。</translation>
    </message>
    <message>
        <source>The SERVQUAL weights could not be saved: %1</source>
        <translation>无法保存 SERVQUAL 权重：%1</translation>
    </message>
    <message>
        <source>SERVQUAL weights saved.</source>
        <translation>SERVQUAL 权重已保存。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>standard code, title</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No standard measures a survey score yet. Add one on the Standards page with the metric “%1”, then let this survey feed it.</source>
        <translation>还没有衡量调查得分的标准。请在“标准”页面添加一个指标为“%1”的标准，再让此调查为其提供数据。</translation>
    </message>
    <message>
        <source>Feed Standard</source>
        <translation>为标准提供数据</translation>
    </message>
    <message>
        <source>The standard whose measurements come from %1 (a measurement per wave: the gap of the standard&apos;s dimension, or the weighted gap):</source>
        <translation>测量值来自 %1 的标准（每轮一个测量值：该标准所属维度的差距，或加权差距）：</translation>
    </message>
    <message>
        <source>The feed could not be saved: %1</source>
        <translation>无法保存数据来源：%1</translation>
    </message>
    <message>
        <source>%1 now feeds its standard; its measurements were recomputed.</source>
        <translation>%1 现在为其标准提供数据；测量值已重新计算。</translation>
    </message>
    <message>
        <source>There is no chart to export.</source>
        <translation>没有可导出的图表。</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>图表已保存到 %1</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.

%2</source>
        <translation>无法将图表保存到 %1。

%2</translation>
    </message>
</context>
<context>
    <name>Yardstick::TargetPlannerDialog</name>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Plan Target for %1</source>
        <translation>为 %1 规划目标值</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Why this target, e.g. what customers said they expect</source>
        <translation>设定此目标值的原因，例如客户表示期望的水平</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Judge on the last:</source>
        <translation>评判依据（最近）：</translation>
    </message>
    <message>
        <source>Current rule:</source>
        <translation>当前规则：</translation>
    </message>
    <message>
        <source>Proposed &amp;target:</source>
        <translation>拟定目标值(&amp;T)：</translation>
    </message>
    <message>
        <source>Proposed t&amp;hreshold:</source>
        <translation>拟定最低可接受值(&amp;H)：</translation>
    </message>
    <message>
        <source>In force &amp;from:</source>
        <translation>生效日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Recorded &amp;by:</source>
        <translation>记录人(&amp;B)：</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Cases meeting it:</source>
        <translation>达标案件：</translation>
    </message>
    <message>
        <source>Periods meeting it:</source>
        <translation>达标期间：</translation>
    </message>
    <message>
        <source>Annual value:</source>
        <translation>年度价值：</translation>
    </message>
    <message>
        <source>Cost a year:</source>
        <translation>年度成本：</translation>
    </message>
    <message>
        <source>Net a year:</source>
        <translation>年度净值：</translation>
    </message>
    <message>
        <source>Record as &amp;Revision</source>
        <translation>记录为修订(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;xport Chart…</source>
        <translation>导出图表(&amp;X)…</translation>
    </message>
    <message>
        <source>target %1, threshold %2 (%3)</source>
        <translation>目标值 %1，最低可接受值 %2（%3）</translation>
    </message>
    <message>
        <source>no completed cases</source>
        <translation>没有已完成的案件</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（%3 项中的 %2 项）</translation>
    </message>
    <message>
        <source>no period with cases</source>
        <translation>没有含案件的期间</translation>
    </message>
    <message>
        <source>%1 (%2 of %3; %4 breached)</source>
        <translation>%1（%3 个中的 %2 个；%4 个未达标）</translation>
    </message>
    <message>
        <source>not priced: the target is a share of cases</source>
        <translation>未计价：目标值是案件比例</translation>
    </message>
    <message>
        <source>no value model (Standards → Value Model…)</source>
        <translation>无价值模型（标准 → 价值模型…）</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>From the %1; the current value over them is %2.</source>
        <translation>依据%1；这些期间的当前值为 %2。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>plan target of %1</source>
        <translation>规划 %1 的目标值</translation>
    </message>
    <message>
        <source>Recorded: %1 from %2, with its prediction.</source>
        <translation>已记录：%1，自 %2 起生效，并附预测。</translation>
    </message>
    <message>
        <source>Chart exported to %1.</source>
        <translation>图表已导出到 %1。</translation>
    </message>
    <message>
        <source>Cannot export the chart to %1: %2</source>
        <translation>无法将图表导出到 %1：%2</translation>
    </message>
    <message>
        <source>%1 (%2 days sooner per case × %3 × %4 cases)</source>
        <translation>%1（每个案件提前 %2 天 × %3 × %4 个案件）</translation>
    </message>
</context>
<context>
    <name>Yardstick::TrendPlot</name>
    <message>
        <source>Weekly value</source>
        <translation>每周值</translation>
    </message>
    <message>
        <source>Monthly value</source>
        <translation>每月值</translation>
    </message>
    <message>
        <source>Quarterly value</source>
        <translation>每季度值</translation>
    </message>
    <message>
        <source>Mean %1</source>
        <comment>mean value with its unit</comment>
        <translation>均值 %1</translation>
    </message>
    <message>
        <source>%1: mean %2</source>
        <comment>phase label, mean value with its unit</comment>
        <translation>%1：均值 %2</translation>
    </message>
    <message>
        <source>Between target and threshold</source>
        <translation>介于目标值与最低可接受值之间</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>最低可接受值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>%1 target</source>
        <comment>standard code</comment>
        <translation>%1 目标值</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>annotation: date, label</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>annotation date: a QDate format</comment>
        <translation>yyyy年M月d日</translation>
    </message>
</context>
<context>
    <name>Yardstick::ValueMapDialog</name>
    <message>
        <source>Value Map: %1</source>
        <translation>值映射：%1</translation>
    </message>
    <message>
        <source>Choose what each value of the column “%1” is read as, so that several values can stand for one. A value left blank is read as it is. The map is kept with the mapping.</source>
        <translation>选择“%1”列的每个值应读作什么，使多个值可以代表同一个名称。留空的值按原样读取。此值映射随列映射一起保存。</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>文件中的值</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>读作</translation>
    </message>
    <message>
        <source>The column holds more than %1 different values; the first %1 found are listed.</source>
        <translation>此列包含超过 %1 个不同的值；仅列出找到的前 %1 个。</translation>
    </message>
    <message>
        <source>not in this file</source>
        <translation>此文件中没有</translation>
    </message>
    <message>
        <source>Read “%1” as</source>
        <translation>将“%1”读作</translation>
    </message>
</context>
<context>
    <name>Yardstick::ValueModelDialog</name>
    <message>
        <source>US$</source>
        <translation>US$</translation>
    </message>
    <message>
        <source>Value Model of %1</source>
        <translation>%1 的价值模型</translation>
    </message>
    <message>
        <source>What a day sooner is worth for “%1”: each case that is done a day earlier brings the value of a day, on the cases of a year.</source>
        <translation>“%1”提前一天的价值：每个提前一天完成的案件都带来一天的价值，按一年的案件数计算。</translation>
    </message>
    <message>
        <source>In the card case about US$0.33 a card and day</source>
        <translation>在信用卡案例中，约为每张卡每天 US$0.33</translation>
    </message>
    <message>
        <source>Reaching the target costs a year:</source>
        <translation>达到目标值的年度成本：</translation>
    </message>
    <message>
        <source>Where the figures come from</source>
        <translation>数字来源</translation>
    </message>
    <message>
        <source>Value of one day sooner, per case:</source>
        <translation>每个案件提前一天的价值：</translation>
    </message>
    <message>
        <source>Cases a year:</source>
        <translation>每年案件数：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Remove Model</source>
        <translation>删除模型</translation>
    </message>
    <message>
        <source>One day sooner is worth %1 a year</source>
        <translation>提前一天每年价值 %1</translation>
    </message>
</context>
<context>
    <name>Yardstick::ValueTile</name>
    <message>
        <source>%1 %2: %3 → %4, %5 days sooner × %6 cases a year × %7 a day = %8 a year</source>
        <translation>%1 %2：%3 → %4，提前 %5 天 × 每年 %6 个案件 × 每天 %7 = 每年 %8</translation>
    </message>
    <message>
        <source>(%1 → %2)</source>
        <translation>（%1 → %2）</translation>
    </message>
    <message>
        <source>%1 %2; it costs %3 a year, net %4</source>
        <translation>%1 %2；每年成本 %3，净值 %4</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Value of the faster service</source>
        <translation>服务提速的价值</translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation>每年 %1</translation>
    </message>
    <message>
        <source>%1 a year net of what it costs</source>
        <translation>扣除成本后每年 %1</translation>
    </message>
    <message>
        <source>No cost of the improvement is recorded</source>
        <translation>未记录改进的成本</translation>
    </message>
    <message>
        <source>Before the programme → %1</source>
        <translation>计划前 → %1</translation>
    </message>
    <message>
        <source>Days sooner × cases a year × value of a day, per headline standard:</source>
        <translation>每个重点标准：提前天数 × 每年案件数 × 每天价值：</translation>
    </message>
</context>
<context>
    <name>Yardstick::WorkbenchPages</name>
    <message>
        <source>Staff audits</source>
        <translation>员工稽核</translation>
    </message>
    <message>
        <source>Another Yardstick window or yardstick-cli changed this workbench; every page now shows the change.</source>
        <translation>另一个 Yardstick 窗口或 yardstick-cli 更改了此工作台；所有页面现已显示该更改。</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message numerus="yes">
        <source>The classifier was retrained on %n confirmed letter(s) in %1 ms.</source>
        <translation>
            <numerusform>分类器已基于 %n 封已确认的投诉信重新训练，用时 %1 毫秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>The classifier could not be retrained: %1</source>
        <translation>无法重新训练分类器：%1</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>调查</translation>
    </message>
</context>
<context>
    <name>Yardstick::WorkbenchPropertiesDialog</name>
    <message>
        <source>Workbench Properties</source>
        <translation>工作台属性</translation>
    </message>
    <message>
        <source>The file&apos;s name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>e.g. Card Division, Quality Assurance</source>
        <translation>例如：信用卡事业部 质量保证部</translation>
    </message>
    <message>
        <source>Standard codes, e.g. APP-T-01; CR-T-03</source>
        <translation>标准代码，例如：APP-T-01; CR-T-03</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>组织(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Headline standards:</source>
        <translation>重点标准(&amp;H)：</translation>
    </message>
    <message>
        <source>The organisation is printed at the foot of every exported chart and on the cover of report packs. The headline standards are shown as tiles on the dashboard and lead the report pack.</source>
        <translation>组织名称会打印在每张导出图表的底部和报告包的封面上。重点标准以磁贴显示在仪表板上，并排在报告包的最前面。</translation>
    </message>
    <message>
        <source>The properties could not be saved: %1</source>
        <translation>无法保存属性：%1</translation>
    </message>
    <message>
        <source>the workbench&apos;s title</source>
        <translation>工作台的标题</translation>
    </message>
    <message>
        <source>the workbench&apos;s organisation</source>
        <translation>工作台的组织</translation>
    </message>
    <message>
        <source>the headline standards</source>
        <translation>重点标准</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot open %1.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message>
        <source>Quality-control workbench for customer-service analysts.</source>
        <translation>面向客户服务分析人员的质量控制工作台。</translation>
    </message>
    <message>
        <source>Open the demo workbench (built on first use).</source>
        <translation>打开演示工作台（首次使用时构建）。</translation>
    </message>
    <message>
        <source>Open FILE, wait until the dashboard is filled, print the milliseconds since start and exit (for benchmarks).</source>
        <translation>打开 FILE，等待仪表板填满，打印自启动以来的毫秒数后退出（用于基准测试）。</translation>
    </message>
    <message>
        <source>A workbench to open.</source>
        <translation>工作台的路径。</translation>
    </message>
</context>
</TS>
