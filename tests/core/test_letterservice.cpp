// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "classify/letterlabeller.h"
#include "classify/lexicon.h"
#include "letterhandlingfixture.h"
#include "testsupport.h"
#include "usecases/letterservice.h"
#include "workbench/backgroundjob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Yardstick;
using namespace Yardstick::Testing;

// Every expected number below is worked out by hand in the comment next to it.

namespace {

std::unique_ptr<Workbench> createFile(const QString &path)
{
    Workbench::OpenResult created = Workbench::create(path);
    REQUIRE(created.workbench);
    return std::move(created.workbench);
}

void waitUntilIdle(const BackgroundJob &job)
{
    QElapsedTimer clock;
    clock.start();
    while (job.isRunning() && clock.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QCoreApplication::processEvents();
}

} // namespace

TEST_CASE("a letters import through the command line's path and the window's stores the same "
          "complaint-handling measurements",
          "[letters][letterservice]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QStringList paths = writeLetters(dir);

    // The command line: the service of the workbench it opened, on its thread.
    const std::unique_ptr<Workbench> cli = createFile(dir.filePath(QStringLiteral("cli.ystk")));
    const HandlingFixture cliFixture = prepare(*cli);
    REQUIRE(fromLetters(*cli, cliFixture.standardId).isEmpty());
    QSignalSpy cliMeasured(&cli->letterService(), &LetterService::measurementsChanged);
    const ImportSummary cliSummary =
        cli->letterService().importLetters(paths, QString(), ImportOptions());
    REQUIRE(cliSummary.committed);
    CHECK(cliSummary.imported == 2);
    CHECK(cliMeasured.count() == 1);
    checkSixLetterMeasurements(fromLetters(*cli, cliFixture.standardId));

    // The window: the import runs on a worker, in the service of the
    // worker's own workbench; the window's service then announces it.
    const std::unique_ptr<Workbench> gui = createFile(dir.filePath(QStringLiteral("gui.ystk")));
    const HandlingFixture guiFixture = prepare(*gui);
    QSignalSpy guiLetters(&gui->letterService(), &LetterService::lettersChanged);
    QSignalSpy guiMeasured(&gui->letterService(), &LetterService::measurementsChanged);
    BackgroundJob job;
    std::optional<ImportSummary> guiSummary;
    bool ranOnOwnWorkbench = false;
    Workbench *window = gui.get();
    job.runOnWorkbench<ImportSummary>(
        *gui,
        [paths, window, &ranOnOwnWorkbench](Workbench &own, const JobControl &) {
            ranOnOwnWorkbench = &own != window;
            return own.letterService().importLetters(paths, QString(), ImportOptions());
        },
        [&](ImportSummary summary) {
            guiSummary = summary;
            if (summary.committed)
                window->letterService().announceImport();
        },
        [](const QString &error) { FAIL(error.toStdString()); });
    waitUntilIdle(job);
    REQUIRE(guiSummary);
    REQUIRE(guiSummary->committed);
    CHECK(ranOnOwnWorkbench);
    CHECK(guiSummary->imported == 2);
    CHECK(guiLetters.count() == 1);
    CHECK(guiMeasured.count() == 1);
    checkSixLetterMeasurements(fromLetters(*gui, guiFixture.standardId));

    // Both paths stored the same measurements (ids apart: two files).
    QList<Measurement> a = fromLetters(*cli, cliFixture.standardId);
    QList<Measurement> b = fromLetters(*gui, guiFixture.standardId);
    REQUIRE(a.size() == b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        a[i].id = b[i].id = 0;
        CHECK(a.at(i) == b.at(i));
    }
    CHECK(cli->letters().count() == 8);
    CHECK(gui->letters().count() == 8);
}

TEST_CASE("a handling edit through the letter service recomputes the measurements and says so",
          "[letters][letterservice]")
{
    const std::unique_ptr<Workbench> workbench = Testing::memoryWorkbench();
    const HandlingFixture fixture = prepare(*workbench);
    LetterService &service = workbench->letterService();
    REQUIRE(service.refreshMeasurements().ok());
    checkSixLetterMeasurements(fromLetters(*workbench, fixture.standardId));

    // A new letter of 3 April, resolved on 10 April: 7 days, not within 3.
    QList<ComplaintLetter> fresh = {resolvedLetter(at(4, 3), at(4, 3), QStringLiteral("Seven"))};
    fresh[0].status = LetterStatus::New;
    fresh[0].firstResponseAt = QDateTime();
    fresh[0].resolvedAt = QDateTime();
    REQUIRE(workbench->letters().insertMany(fresh).ok());
    const ComplaintLetter before = *service.letter(fresh.at(0).id);
    const ComplaintLetter after =
        LetterService::withStatus(before, LetterStatus::Resolved, at(4, 10));

    QSignalSpy handling(&service, &LetterService::handlingChanged);
    QSignalSpy changed(&service, &LetterService::letterChanged);
    QSignalSpy measured(&service, &LetterService::measurementsChanged);
    REQUIRE(service.writeHandling(after).ok());
    CHECK(handling.count() == 1);
    CHECK(handling.at(0).at(0).toLongLong() == after.id);
    CHECK(changed.count() == 1);
    CHECK(measured.count() == 1);
    CHECK(service.letter(after.id)->resolvedAt == at(4, 10));

    // April: 1 day and 7 days, 1 of 2 within 3 days = 50 %. March unchanged.
    QList<Measurement> stored = fromLetters(*workbench, fixture.standardId);
    REQUIRE(stored.size() == 2);
    CHECK(stored.at(0).value == Approx(40));
    CHECK(stored.at(1).value == Approx(50));
    CHECK(stored.at(1).sampleSize == 2);

    // Undone (written back as it was): April is the one letter again.
    REQUIRE(service.writeHandling(before).ok());
    checkSixLetterMeasurements(fromLetters(*workbench, fixture.standardId));
    CHECK(measured.count() == 2);
}

TEST_CASE("the handling status rules stamp and clear the letter's times",
          "[letters][letterservice]")
{
    ComplaintLetter fresh;
    fresh.receivedAt = at(5, 1);
    fresh.status = LetterStatus::New;

    // In progress answers the customer now; resolving later keeps that answer.
    const ComplaintLetter started =
        LetterService::withStatus(fresh, LetterStatus::InProgress, at(5, 2));
    CHECK(started.status == LetterStatus::InProgress);
    CHECK(started.firstResponseAt == at(5, 2));
    CHECK_FALSE(started.resolvedAt.isValid());
    const ComplaintLetter done =
        LetterService::withStatus(started, LetterStatus::Resolved, at(5, 6));
    CHECK(done.firstResponseAt == at(5, 2));
    CHECK(done.resolvedAt == at(5, 6));

    // Resolving a letter nobody answered answers it at the same moment.
    const ComplaintLetter direct =
        LetterService::withStatus(fresh, LetterStatus::Resolved, at(5, 3));
    CHECK(direct.firstResponseAt == at(5, 3));
    CHECK(direct.resolvedAt == at(5, 3));

    // Back to in progress drops the resolution; back to new drops both.
    CHECK_FALSE(
        LetterService::withStatus(done, LetterStatus::InProgress, at(5, 7)).resolvedAt.isValid());
    CHECK(LetterService::withStatus(done, LetterStatus::InProgress, at(5, 7)).firstResponseAt ==
          at(5, 2));
    const ComplaintLetter reopened = LetterService::withStatus(done, LetterStatus::New, at(5, 8));
    CHECK_FALSE(reopened.firstResponseAt.isValid());
    CHECK_FALSE(reopened.resolvedAt.isValid());
}

TEST_CASE("the label rules confirm an analyst's choice", "[letters][letterservice]")
{
    ComplaintLetter suggested;
    suggested.labelStatus = LabelStatus::Suggested;
    suggested.serviceId = 4;
    suggested.serviceConfidence = 0.6;
    suggested.dimensions = {{11, 0.7}, {12, 0.2}};
    suggested.primaryDimensionId = 11;

    // A digit on a suggestion: only the chosen dimension stays, at confidence 1.
    const ComplaintLetter primary = LetterService::withPrimaryDimension(suggested, 13);
    CHECK(primary.labelStatus == LabelStatus::Confirmed);
    REQUIRE(primary.dimensions.size() == 1);
    CHECK(primary.dimensions.at(0).dimensionId == 13);
    CHECK(primary.primaryDimensionId == 13);
    CHECK_FALSE(primary.serviceConfidence.has_value());

    // On a confirmed letter the analyst's further dimensions stay, after it.
    const ComplaintLetter again = LetterService::withPrimaryDimension(
        LetterService::withDimensionToggled(primary, 14).value(), 14);
    REQUIRE(again.dimensions.size() == 2);
    CHECK(again.dimensions.at(0).dimensionId == 14);
    CHECK(again.dimensions.at(1).dimensionId == 13);

    // The last dimension cannot be taken away.
    CHECK_FALSE(LetterService::withDimensionToggled(primary, 13).has_value());
    const ComplaintLetter serviced = LetterService::withService(suggested, 9);
    CHECK(serviced.serviceId == 9);
    CHECK(serviced.labelStatus == LabelStatus::Confirmed);
}

TEST_CASE("a label correction through the letter service retrains the classifier at once",
          "[letters][letterservice]")
{
    const std::unique_ptr<Workbench> workbench = Testing::memoryWorkbench();
    Service app{0, QStringLiteral("APP"), QStringLiteral("Application processing"), {}};
    Service bil{0, QStringLiteral("BIL"), QStringLiteral("Billing"), {}};
    REQUIRE(workbench->services().insert(app).ok());
    REQUIRE(workbench->services().insert(bil).ok());
    Dimension timeliness{0, QStringLiteral("timeliness"), QStringLiteral("Timeliness"), true, {}};
    Dimension accuracy{0, QStringLiteral("accuracy"), QStringLiteral("Accuracy"), true, {}};
    REQUIRE(workbench->dimensions().insert(timeliness).ok());
    REQUIRE(workbench->dimensions().insert(accuracy).ok());

    // 10 + 10 confirmed letters: the model's minimum of 20, two labels each
    // with many examples, so it learns from all 20. One more is suggested.
    QList<ComplaintLetter> letters;
    for (int i = 0; i < 10; ++i) {
        for (const auto &[text, service, dimension] :
             {std::tuple{"slow application number %1", app.id, timeliness.id},
              std::tuple{"wrong bill number %1", bil.id, accuracy.id}}) {
            ComplaintLetter l;
            l.text = QString::fromLatin1(text).arg(i);
            l.serviceId = service;
            l.dimensions = {{dimension, 1.0}};
            l.primaryDimensionId = dimension;
            l.labelStatus = LabelStatus::Confirmed;
            letters.append(l);
        }
    }
    ComplaintLetter open;
    open.text = QStringLiteral("a wrong bill that was slow to come");
    open.labelStatus = LabelStatus::Suggested;
    letters.append(open);
    REQUIRE(workbench->letters().insertMany(letters).ok());

    LetterService &service = workbench->letterService();
    CHECK(service.labeller().classifier().trainedOn() == 20);

    QSignalSpy labels(&service, &LetterService::labelsChanged);
    QSignalSpy retrained(&service, &LetterService::labellerChanged);
    ComplaintLetter corrected = *service.letter(letters.last().id);
    corrected.serviceId = bil.id;
    corrected.dimensions = {{accuracy.id, 1.0}};
    REQUIRE(service.writeLabels(LetterService::confirmed(corrected)).ok());
    CHECK(labels.count() == 1);
    CHECK(retrained.count() == 1);
    // The corrected letter is the 21st the model learns from.
    CHECK(service.labeller().classifier().trainedOn() == 21);
    CHECK(service.letter(corrected.id)->labelStatus == LabelStatus::Confirmed);
}

TEST_CASE("links and lexicon edits through the letter service are stored and announced",
          "[letters][letterservice]")
{
    Testing::SmallCatalogue c = Testing::smallCatalogue();
    Workbench &workbench = *c.workbench;
    Standard standard = Testing::turnaroundStandard(c, QStringLiteral("APP-01"));
    REQUIRE(workbench.standardRepository().insert(standard).ok());
    QList<ComplaintLetter> letters = {resolvedLetter(at(6, 1), at(6, 2), QStringLiteral("Hi"))};
    REQUIRE(workbench.letters().insertMany(letters).ok());
    const qint64 letterId = letters.at(0).id;
    LetterService &service = workbench.letterService();

    QSignalSpy links(&service, &LetterService::linksChanged);
    LetterLink link{0, letterId, standard.id, QStringLiteral("C-1")};
    REQUIRE(service.addLink(link).ok());
    CHECK(links.count() == 1);
    CHECK(links.at(0).at(0).toLongLong() == letterId);
    REQUIRE(service.linkTo(letterId, standard.id));
    CHECK(service.linkTo(letterId, standard.id)->caseId == QStringLiteral("C-1"));
    REQUIRE(service.removeLink(link).ok());
    CHECK(links.count() == 2);
    CHECK_FALSE(service.linkTo(letterId, standard.id));

    // Until the analysts edit it, the lexicon is the default one.
    CHECK(service.lexiconTerms() == Lexicon::defaultTerms());
    QSignalSpy lexicon(&service, &LetterService::lexiconChanged);
    QSignalSpy retrained(&service, &LetterService::labellerChanged);
    QList<LexiconTerm> own = {{0, QStringLiteral("en"), QStringLiteral("took ages"),
                               LexiconTarget::Dimension, QStringLiteral("timeliness"), 1.0}};
    REQUIRE(service.replaceLexicon(own).ok());
    CHECK(lexicon.count() == 1);
    CHECK(retrained.count() == 1);
    REQUIRE(service.lexiconTerms().size() == 1);
    CHECK(service.lexiconTerms().at(0).term == QStringLiteral("took ages"));
    CHECK(service.labeller().classifier().lexicon().terms().size() == 1);
}

TEST_CASE("retraining in the background keeps the old model until the new one, which has "
          "learnt a newly confirmed label, is adopted",
          "[letters][letterservice]")
{
    const std::unique_ptr<Workbench> workbench = Testing::memoryWorkbench();
    QList<Service> services;
    for (const char *code : {"APP", "BIL", "ZRB"}) {
        Service s{0, QString::fromLatin1(code), QString::fromLatin1(code), {}};
        REQUIRE(workbench->services().insert(s).ok());
        services.append(s);
    }
    Dimension accuracy{0, QStringLiteral("accuracy"), QStringLiteral("Accuracy"), true, {}};
    REQUIRE(workbench->dimensions().insert(accuracy).ok());
    // 20 confirmed letters of APP and BIL in made-up words (the default
    // lexicon knows none of them), and two open letters about "zorbl".
    QList<ComplaintLetter> letters;
    for (int i = 0; i < 10; ++i) {
        for (const auto &[text, index] :
             {std::pair{"quibble form number %1", 0}, std::pair{"plonk sheet number %1", 1}}) {
            ComplaintLetter l;
            l.text = QString::fromLatin1(text).arg(i);
            l.serviceId = services[index].id;
            l.dimensions = {{accuracy.id, 1.0}};
            l.primaryDimensionId = accuracy.id;
            l.labelStatus = LabelStatus::Confirmed;
            letters.append(l);
        }
    }
    for (int i = 0; i < 2; ++i) {
        ComplaintLetter l;
        l.text = QStringLiteral("zorbl zorbl wibble %1").arg(i);
        l.labelStatus = LabelStatus::Suggested;
        letters.append(l);
    }
    REQUIRE(workbench->letters().insertMany(letters).ok());

    LetterService &service = workbench->letterService();
    service.setRetrainInBackground(true);
    QSignalSpy wanted(&service, &LetterService::retrainingWanted);
    // The first load is the lexicon alone, and asks for training.
    CHECK(service.labeller().classifier().trainedOn() == 0);
    CHECK(wanted.count() == 1);
    service.adoptLabeller(LetterLabeller::load(*workbench), 5);
    CHECK(service.labeller().classifier().trainedOn() == 20);
    CHECK(service.lastRetrainMilliseconds() == 5);
    // The model knows APP and BIL only: ZRB cannot be its answer.
    ComplaintLetter probe;
    probe.text = QStringLiteral("zorbl wibble");
    CHECK(service.classify(probe).serviceCode != QLatin1String("ZRB"));

    // The analyst files both zorbl letters under ZRB (a label needs two
    // letters to be learnt). Each correction asks for training but does
    // not train in place.
    for (int k = 20; k < 22; ++k) {
        ComplaintLetter corrected = *service.letter(letters[k].id);
        REQUIRE(
            service
                .writeLabels(LetterService::withService(
                    LetterService::withPrimaryDimension(corrected, accuracy.id), services[2].id))
                .ok());
    }
    CHECK(wanted.count() == 3);
    CHECK(service.labeller().classifier().trainedOn() == 20);
    // What the trainer's worker would hand back: 22 letters, ZRB learnt.
    QSignalSpy changed(&service, &LetterService::labellerChanged);
    service.adoptLabeller(LetterLabeller::load(*workbench), 5);
    CHECK(changed.count() == 1);
    CHECK(service.labeller().classifier().trainedOn() == 22);
    const Classification after = service.classify(probe);
    CHECK(after.serviceCode == QLatin1String("ZRB"));
    CHECK(after.serviceSource == LabelSource::Model);

    // Off again (the command line's way): a correction retrains at once.
    service.setRetrainInBackground(false);
    ComplaintLetter back = *service.letter(letters[0].id);
    REQUIRE(service.writeLabels(LetterService::withService(back, services[1].id)).ok());
    CHECK(wanted.count() == 3);
    CHECK(service.labeller().classifier().trainedOn() == 22);
}
