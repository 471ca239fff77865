// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoworkbenchgenerator.h"

#include "demoaudits.h"
#include "democasemeasurements.h"
#include "democasesimulator.h"
#include "democatalogue.h"
#include "demochinese.h"
#include "democomplainthandling.h"
#include "demoletterlinks.h"
#include "demoletterwriter.h"
#include "demomeasurementsimulator.h"
#include "demoreferencedata.h"
#include "demostory.h"
#include "demosurveys.h"
#include "demovaluemodels.h"
#include "surveys/surveymeasurements.h"
#include "workbench/periodvaluerefresher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QUuid>

namespace Yardstick {

namespace {

// A fresh name per attempt: a partial file left by a crash must not block
// the next attempt, and must not be mistaken for a finished workbench.
QString temporarySibling(const QString &path)
{
    return path + QLatin1Char('.') + QUuid::createUuid().toString(QUuid::Id128).left(12) +
           QStringLiteral(".partial");
}

void removeWithCompanions(const QString &databasePath)
{
    QFile::remove(databasePath);
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(databasePath + QLatin1String(suffix));
}

} // namespace

DemoWorkbenchGenerator::DemoWorkbenchGenerator(Language language)
    : m_language(language)
{}

DemoWorkbenchGenerator::Language DemoWorkbenchGenerator::languageFor(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese && locale.script() != QLocale::TraditionalHanScript
               ? Language::Chinese
               : Language::English;
}

QDate DemoWorkbenchGenerator::firstWeekStart()
{
    return DemoStory::firstWeekStart();
}

int DemoWorkbenchGenerator::weekCount()
{
    return DemoStory::weekCount();
}

QDate DemoWorkbenchGenerator::programmeStart()
{
    return DemoStory::programmeStart();
}

StorageResult DemoWorkbenchGenerator::populate(Workbench &workbench, const Progress &progress) const
{
    const auto proceed = [&progress](int percent) {
        return !progress || progress(percent);
    };
    const auto cancelled = [] {
        return StorageResult::failure(tr("Creating the demo workbench was cancelled."));
    };
    if (!proceed(0))
        return cancelled();
    // Codes and case ids would collide with what is there; the demo is a
    // workbench of its own.
    if (!workbench.services().all().isEmpty() || workbench.measurements().count() > 0)
        return StorageResult::failure(tr("The demo can only be written into an empty workbench."));

    DemoReferenceData reference;
    if (StorageResult r = reference.insertInto(workbench); !r.ok())
        return r;
    if (StorageResult r =
            workbench.properties().setValue(QLatin1String(PropertyRepository::kTitle),
                                            tr("Card division \u2013 quality programme (demo)"));
        !r.ok()) {
        return r;
    }
    if (StorageResult r =
            workbench.properties().setValue(QLatin1String(PropertyRepository::kCreatedBy),
                                            QStringLiteral("Yardstick demo generator"));
        !r.ok()) {
        return r;
    }

    QList<DemoStandard> plan = DemoCatalogue::build(reference);
    QList<Standard> standards;
    standards.reserve(plan.size());
    for (const DemoStandard &d : std::as_const(plan))
        standards.append(d.standard);
    if (StorageResult r = workbench.standardRepository().insertMany(standards); !r.ok())
        return r;
    for (qsizetype i = 0; i < plan.size(); ++i)
        plan[i].standard.id = standards.at(i).id;
    if (!proceed(5))
        return cancelled();

    // Cases first: the headline measurements are computed from them.
    QMap<QString, QList<CaseRecord>> casesByService;
    const DemoCaseSimulator simulator(reference);
    int percent = 5;
    for (const DemoStory::Headline &headline : DemoStory::headlines()) {
        QList<CaseRecord> cases = simulator.simulate(headline);
        if (StorageResult r = workbench.cases().insertMany(cases); !r.ok())
            return r;
        casesByService.insert(headline.serviceCode, cases);
        percent += 22;
        if (!proceed(percent))
            return cancelled();
    }

    QList<Measurement> measurements;
    for (const DemoStandard &d : std::as_const(plan)) {
        measurements.append(
            d.profile == DemoProfile::FromCases
                ? DemoCaseMeasurements::measure(d.standard, casesByService.value(d.serviceCode))
                : DemoMeasurementSimulator::simulate(d));
    }
    if (StorageResult r = workbench.measurements().insertMany(measurements); !r.ok())
        return r;
    if (StorageResult r = writeHeadlineProperties(workbench, plan); !r.ok())
        return r;
    if (!proceed(90))
        return cancelled();

    QList<ComplaintLetter> letters = DemoLetterWriter(reference).write();
    if (StorageResult r = workbench.letters().insertMany(letters); !r.ok())
        return r;
    if (StorageResult r = DemoComplaintHandling::apply(workbench, plan); !r.ok())
        return r;
    if (StorageResult r = DemoLetterLinks::apply(workbench); !r.ok())
        return r;
    if (StorageResult r = DemoAudits::apply(workbench, plan); !r.ok())
        return r;
    if (StorageResult r = DemoValueModels::apply(workbench, plan); !r.ok())
        return r;
    // After the letters: some respondents are customers who wrote one.
    if (StorageResult r = DemoSurveys::apply(workbench, reference, plan); !r.ok())
        return r;
    if (StorageResult r = refreshSurveyMeasurements(workbench); !r.ok())
        return r;
    // Last, and only names: whatever the words, the numbers are the same.
    if (m_language == Language::Chinese) {
        if (StorageResult r = DemoChinese::apply(workbench, plan); !r.ok())
            return r;
    }
    // The demo opens with its period values kept, as an imported file does.
    if (StorageResult r = PeriodValueRefresher(workbench).refreshStale(); !r.ok())
        return r;
    // Nothing is left to cancel: the answer to the last report is moot.
    if (progress)
        progress(100);
    return StorageResult::success();
}

StorageResult DemoWorkbenchGenerator::writeHeadlineProperties(Workbench &workbench,
                                                              const QList<DemoStandard> &plan)
{
    // The mean turnaround standard of each headline service, computed from
    // its cases: "application processing fell from 35 to 15 days".
    QStringList codes;
    for (const DemoStory::Headline &headline : DemoStory::headlines()) {
        for (const DemoStandard &d : plan) {
            if (d.serviceCode == headline.serviceCode && d.profile == DemoProfile::FromCases &&
                d.standard.metric == Metric::TurnaroundDays &&
                d.standard.statistic.kind == Statistic::Kind::Mean) {
                codes.append(d.standard.code);
                break;
            }
        }
    }
    PropertyRepository &properties = workbench.properties();
    if (StorageResult r = properties.setValue(QLatin1String(PropertyRepository::kProgrammeStart),
                                              DemoStory::programmeStart().toString(Qt::ISODate));
        !r.ok())
        return r;
    if (StorageResult r = properties.setValue(QLatin1String(PropertyRepository::kOrganisation),
                                              tr("Card Division, Quality Assurance"));
        !r.ok())
        return r;
    // The programme start as a process change every chart knows about: trend
    // charts show a mean before and after it, control charts rebase there.
    ProcessPhase programme;
    programme.startsOn = DemoStory::programmeStart();
    programme.label = tr("Quality programme");
    programme.reason = tr("Service standards set from customer needs; performance measured "
                          "weekly and reviewed with management");
    programme.recordedAt = QDateTime(DemoStory::programmeStart(), QTime(9, 0), Qt::UTC);
    if (StorageResult r = workbench.phases().add(programme); !r.ok())
        return r;
    return properties.setValue(QLatin1String(PropertyRepository::kHeadlineStandards),
                               codes.join(QLatin1Char(';')));
}

StorageResult DemoWorkbenchGenerator::writeFile(const QString &path, const Progress &progress) const
{
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo::exists(path))
        return StorageResult::failure(tr("%1 already exists.").arg(shown));

    const QString partial = temporarySibling(path);
    StorageResult result = StorageResult::success();
    {
        Workbench::OpenResult created = Workbench::create(partial);
        if (!created.workbench)
            return StorageResult::failure(created.error.message);
        result = populate(*created.workbench, progress);
    }
    // The workbench is closed now. Closing SQLite's last connection copies
    // the write-ahead log into the file and deletes it; a log still there
    // means the file alone is incomplete, so it must not be moved into place.
    if (result.ok() && QFileInfo::exists(partial + QLatin1String("-wal"))) {
        result = StorageResult::failure(
            tr("The demo workbench could not be completed at %1.").arg(shown));
    }
    // rename() refuses to overwrite, so a file that appeared at path in the
    // meantime is never clobbered.
    if (result.ok() && !QFile::rename(partial, path)) {
        result = StorageResult::failure(
            tr("Cannot move the finished demo workbench into place at %1.").arg(shown));
    }
    if (!result.ok())
        removeWithCompanions(partial);
    return result;
}

} // namespace Yardstick
