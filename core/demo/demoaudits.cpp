// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoaudits.h"

#include "audits/auditmeasurements.h"
#include "demostory.h"
#include "seededrandom.h"
#include "workbench/workbench.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace Yardstick {

namespace {

struct ItemSpec
{
    const char *code;
    const char *text;
    double weight;
};

struct ChecklistSpec
{
    const char *name;
    const char *description;
    const char *standardTitle;           // the FromAudits standard it feeds
    QList<const char *> departmentCodes; // the first is the standard's own
    QList<ItemSpec> items;
};

// Correct information weighs most: a friendly wrong answer costs the
// customer another call.
const ChecklistSpec kChecklists[] = {
    {QT_TRANSLATE_NOOP("Yardstick::DemoAudits", "Application desk behaviour"),
     QT_TRANSLATE_NOOP("Yardstick::DemoAudits",
                       "Supervisors observe the application desk and rate each visit."),
     "Application desk behaviour checklist score",
     {"NAC", "CRD"},
     {{"GREET", QT_TRANSLATE_NOOP("Yardstick::DemoAudits", "Greets the customer"), 1},
      {"PROMPT", QT_TRANSLATE_NOOP("Yardstick::DemoAudits", "Answers promptly"), 2},
      {"INFO", QT_TRANSLATE_NOOP("Yardstick::DemoAudits", "Gives correct information"), 3},
      {"ATTITUDE", QT_TRANSLATE_NOOP("Yardstick::DemoAudits", "Friendly, helpful attitude"), 2},
      {"NEXT", QT_TRANSLATE_NOOP("Yardstick::DemoAudits", "Explains the next steps"), 1}}},
    {QT_TRANSLATE_NOOP("Yardstick::DemoAudits", "Telephone service behaviour"),
     QT_TRANSLATE_NOOP("Yardstick::DemoAudits",
                       "Supervisors rate recorded calls to the service lines."),
     "Telephone service behaviour checklist score",
     {"CSV", "CSE", "CRL"},
     {{"GREET", QT_TRANSLATE_NOOP("Yardstick::DemoAudits", "Greets the customer"), 1},
      {"PROMPT", QT_TRANSLATE_NOOP("Yardstick::DemoAudits", "Answers promptly"), 2},
      {"INFO", QT_TRANSLATE_NOOP("Yardstick::DemoAudits", "Gives correct information"), 3},
      {"ATTITUDE", QT_TRANSLATE_NOOP("Yardstick::DemoAudits", "Friendly, helpful attitude"), 2},
      {"NAME", QT_TRANSLATE_NOOP("Yardstick::DemoAudits", "Gives own name"), 1},
      {"CLOSE",
       QT_TRANSLATE_NOOP("Yardstick::DemoAudits", "Checks the question is answered before ending"),
       1}}},
};

const char *const kAuditors[] = {"R. Alvarez", "M. Chan", "S. Okafor", "L. Novak"};

// Mean rating (1..5) before the programme and once it has taken hold.
constexpr double kBefore = 3.7;
constexpr double kAfter = 4.8;
constexpr double kSpread = 0.55;
// The telephones' prompt answering slips over the last four months.
constexpr int kSlipWeeks = 17;
constexpr double kSlipTo = 3.8;

const ChecklistSpec *specOf(const AuditTemplate &checklist)
{
    for (const ChecklistSpec &spec : kChecklists)
        if (checklist.name == QCoreApplication::translate("Yardstick::DemoAudits", spec.name))
            return &spec;
    return nullptr;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("Yardstick::DemoAudits", text);
}

std::uint32_t seedFor(const QString &name, qint64 department)
{
    std::uint32_t hash = 2166136261u; // FNV-1a: stable, unlike qHash
    for (QChar c : name) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return hash ^ std::uint32_t(department * 2654435761u);
}

} // namespace

QList<AuditTemplate> DemoAudits::checklists()
{
    QList<AuditTemplate> result;
    for (const ChecklistSpec &spec : kChecklists) {
        AuditTemplate t;
        t.name = translated(spec.name);
        t.description = translated(spec.description);
        for (const ItemSpec &item : spec.items) {
            AuditItem i;
            i.code = QLatin1String(item.code);
            i.text = translated(item.text);
            i.scaleMax = 5;
            i.weight = item.weight;
            t.items.append(i);
        }
        result.append(t);
    }
    return result;
}

QList<Audit> DemoAudits::simulate(const AuditTemplate &checklist, const QList<qint64> &departments)
{
    const ChecklistSpec *spec = specOf(checklist);
    const bool telephone = spec == &kChecklists[1];
    // Seeded by the English name, so the Chinese demo (whose checklist names
    // are translated) draws the very same audits.
    const QString seedName = spec ? QString::fromLatin1(spec->name) : checklist.name;
    const QDate first = DemoStory::firstWeekStart();
    const QDate last = DemoStory::weekStart(DemoStory::weekCount() - 1).addDays(4);
    const int slipStart = DemoStory::weekCount() - kSlipWeeks;
    QList<Audit> result;
    for (qint64 department : departments) {
        SeededRandom random(seedFor(seedName, department));
        const double departmentOffset = random.normal(0, 0.08);
        for (QDate month(first.year(), first.month(), 1); month <= last;
             month = month.addMonths(1)) {
            // Supervisors audit on working days.
            QList<QDate> workingDays;
            for (QDate day = month; day.month() == month.month(); day = day.addDays(1))
                if (day.dayOfWeek() <= 5 && day >= first && day <= last)
                    workingDays.append(day);
            if (workingDays.isEmpty())
                continue;
            const int audits = random.between(3, 5);
            QList<QDate> days;
            for (int i = 0; i < audits; ++i)
                days.append(random.pick(workingDays));
            std::sort(days.begin(), days.end());
            for (const QDate &day : std::as_const(days)) {
                const int week = DemoStory::weekOf(day);
                Audit a;
                a.templateId = checklist.id;
                a.departmentId = department;
                a.auditedOn = day;
                a.auditor = QLatin1String(kAuditors[random.below(4)]);
                a.subject =
                    telephone ? QCoreApplication::translate("Yardstick::DemoAudits", "Call line %1")
                                    .arg(random.between(1, 8))
                              : QCoreApplication::translate("Yardstick::DemoAudits", "Desk %1")
                                    .arg(random.between(1, 4));
                for (const AuditItem &item : checklist.items) {
                    double mean = DemoStory::blend(kBefore, kAfter, week) + departmentOffset;
                    if (telephone && item.code == QLatin1String("PROMPT") && week >= slipStart) {
                        const double progress = std::min(1.0, double(week - slipStart) / 6.0);
                        mean += progress * (kSlipTo - mean);
                    }
                    // Now and then an item is not observed (no next steps to explain).
                    if (random.chance(0.03))
                        continue;
                    const double rating =
                        std::clamp(std::round(random.normal(mean, kSpread)), 1.0, 5.0);
                    a.ratings.append({item.id, rating});
                }
                result.append(a);
            }
        }
    }
    return result;
}

StorageResult DemoAudits::apply(Workbench &workbench, const QList<DemoStandard> &plan)
{
    QHash<QString, qint64> departmentIds;
    for (const Department &d : workbench.departments().all())
        departmentIds.insert(d.code, d.id);
    QList<AuditTemplate> templates = checklists();
    for (qsizetype i = 0; i < templates.size(); ++i) {
        AuditTemplate &checklist = templates[i];
        if (StorageResult r = workbench.audits().insertTemplate(checklist); !r.ok())
            return r;
        const ChecklistSpec &spec = kChecklists[i];
        QList<qint64> departments;
        for (const char *code : spec.departmentCodes)
            if (const qint64 id = departmentIds.value(QLatin1String(code)); id != 0)
                departments.append(id);
        QList<Audit> audits = simulate(checklist, departments);
        if (StorageResult r = workbench.audits().insertAudits(audits); !r.ok())
            return r;
        for (const DemoStandard &d : plan) {
            if (d.profile == DemoProfile::FromAudits &&
                d.standard.title == QLatin1String(spec.standardTitle)) {
                if (StorageResult r = workbench.audits().setFeed(
                        {d.standard.id, checklist.id, PeriodKind::Month});
                    !r.ok())
                    return r;
            }
        }
    }
    return refreshAuditMeasurements(workbench);
}

} // namespace Yardstick
