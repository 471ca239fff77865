// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demochinese.h"

#include "demochinesestandards.h"
#include "storage/transaction.h"
#include "workbench/workbench.h"

#include <QHash>

namespace Yardstick {

namespace {

// Service code → name and description (glossary: card application 信用卡申请).
const QHash<QString, std::pair<const char *, const char *>> &services()
{
    static const QHash<QString, std::pair<const char *, const char *>> names = {
        {QStringLiteral("APP"),
         {"信用卡申请处理", "审核新的信用卡申请，从收到申请到作出决定并开立账户。"}},
        {QStringLiteral("NEW"), {"新卡发行", "为新开立的账户压印并寄出第一张卡和密码。"}},
        {QStringLiteral("REP"), {"补卡", "补发遗失、被盗、损坏和到期的卡，从申请到卡片寄出。"}},
        {QStringLiteral("BIL"), {"账单寄送", "制作并寄送纸质和电子月结账单。"}},
        {QStringLiteral("INQ"), {"账单咨询答复", "通过信函、电子邮件和电话答复持卡人的账单问题。"}},
        {QStringLiteral("ADR"), {"地址变更", "在账户、卡片和账单上登记持卡人的新地址。"}},
        {QStringLiteral("CMP"), {"投诉处理", "确认、调查并解决持卡人的投诉。"}},
        {QStringLiteral("FEE"), {"账户服务费代理", "收取、解释、减免和退还账户服务费。"}},
        {QStringLiteral("PAY"), {"还款入账", "将持卡人的还款记入其账户。"}},
        {QStringLiteral("CLR"), {"信用额度审核", "审批提高信用额度的申请并进行定期审核。"}},
        {QStringLiteral("LST"), {"挂失", "受理遗失或被盗卡片的挂失，冻结卡片并处理欺诈索赔。"}},
        {QStringLiteral("DSP"), {"争议处理", "调查有争议的交易，为持卡人贷记并提交退单。"}},
    };
    return names;
}

const QHash<QString, const char *> &departments()
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("NAC"), "新账户部"},     {QStringLiteral("CPR"), "制卡部"},
        {QStringLiteral("BOP"), "账单运营部"},   {QStringLiteral("CSV"), "客户服务部"},
        {QStringLiteral("CMR"), "持卡人档案部"}, {QStringLiteral("CRL"), "客户关系部"},
        {QStringLiteral("FSV"), "费用服务部"},   {QStringLiteral("PPR"), "还款处理部"},
        {QStringLiteral("CRD"), "信贷审核部"},   {QStringLiteral("CSE"), "卡片安全部"},
        {QStringLiteral("DCB"), "争议与退单部"},
    };
    return names;
}

// The SERVQUAL and card-case dimensions, as the glossary names them.
const QHash<QString, const char *> &dimensions()
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("timeliness"), "及时性"},     {QStringLiteral("accuracy"), "准确性"},
        {QStringLiteral("responsiveness"), "响应性"}, {QStringLiteral("reliability"), "可靠性"},
        {QStringLiteral("assurance"), "保证性"},      {QStringLiteral("empathy"), "移情性"},
        {QStringLiteral("tangibles"), "有形性"},
    };
    return names;
}

// What a rate per 1,000 counts.
const QHash<QString, const char *> &countedNouns()
{
    static const QHash<QString, const char *> nouns = {
        {QStringLiteral("applications"), "份申请"},
        {QStringLiteral("cards"), "张卡"},
        {QStringLiteral("replacements"), "次补卡"},
        {QStringLiteral("statements"), "份账单"},
        {QStringLiteral("inquiries"), "件咨询"},
        {QStringLiteral("address changes"), "次地址变更"},
        {QStringLiteral("changes"), "次变更"},
        {QStringLiteral("complaints"), "件投诉"},
        {QStringLiteral("fee postings"), "笔费用入账"},
        {QStringLiteral("requests"), "件申请"},
        {QStringLiteral("payments"), "笔还款"},
        {QStringLiteral("refunds"), "笔退款"},
        {QStringLiteral("reports"), "次挂失"},
        {QStringLiteral("calls"), "次来电"},
        {QStringLiteral("disputes"), "件争议"},
        {QStringLiteral("limit requests"), "件提额申请"},
    };
    return nouns;
}

} // namespace

QString DemoChinese::unit(const QString &english)
{
    if (english == QLatin1String("days"))
        return QStringLiteral("天");
    if (english == QLatin1String("hours"))
        return QStringLiteral("小时");
    // ValueFormat knows 分 as points: two decimals, as before.
    if (english == QLatin1String("points"))
        return QStringLiteral("分");
    const QString per = QStringLiteral("per 1,000 ");
    if (english.startsWith(per)) {
        const auto noun = countedNouns().constFind(english.mid(per.size()));
        if (noun != countedNouns().constEnd())
            return QStringLiteral("每千") + QString::fromUtf8(*noun);
    }
    return english;
}

StorageResult DemoChinese::apply(Workbench &workbench, const QList<DemoStandard> &plan)
{
    return Transaction::run(workbench.database().connection(), [&] {
        for (Service service : workbench.services().all()) {
            const auto words = services().constFind(service.code);
            if (words == services().constEnd())
                continue;
            service.name = QString::fromUtf8(words->first);
            service.description = QString::fromUtf8(words->second);
            if (StorageResult r = workbench.services().update(service); !r.ok())
                return r;
        }
        for (Department department : workbench.departments().all()) {
            const auto name = departments().constFind(department.code);
            if (name == departments().constEnd())
                continue;
            department.name = QString::fromUtf8(*name);
            if (StorageResult r = workbench.departments().update(department); !r.ok())
                return r;
        }
        for (const Dimension &dimension : workbench.dimensions().all()) {
            const auto name = dimensions().constFind(dimension.key);
            if (name == dimensions().constEnd())
                continue;
            if (StorageResult r =
                    workbench.dimensions().rename(dimension.id, QString::fromUtf8(*name));
                !r.ok()) {
                return r;
            }
        }
        for (const DemoStandard &planned : plan) {
            std::optional<Standard> standard =
                workbench.standardRepository().byCode(planned.standard.code);
            const std::optional<DemoChineseStandards::Words> words =
                DemoChineseStandards::of(planned.standard.title);
            if (!standard || !words)
                continue;
            standard->title = words->title;
            standard->rationale = words->rationale;
            standard->unit = unit(standard->unit);
            if (StorageResult r = workbench.standardRepository().update(*standard); !r.ok())
                return r;
        }
        return workbench.properties().setValue(
            QLatin1String(PropertyRepository::kTitle),
            QStringLiteral("信用卡事业部 – 质量改进计划（演示）"));
    });
}

} // namespace Yardstick
