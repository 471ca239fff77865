// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The audit trail (change_log) and the refusal of an edit made on what
// another analyst has changed since: on a file, and (in the ctest pass "on
// PostgreSQL: …") on the test server, where two connections are two
// analysts.
#include "catchqt.h"
#include "storage/sqlvalues.h"
#include "testsupport.h"
#include "usecases/caseimportservice.h"
#include "usecases/letterservice.h"
#include "usecases/organisationservice.h"
#include "workbench/externalchangewatcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Yardstick;
using namespace Yardstick::Testing;

namespace {

// The trail of one standard, letter, phase…, oldest first.
QList<ChangeEntry> trailOf(Workbench &workbench, ChangeSubject subject, qint64 id)
{
    ChangeLogRepository::Filter filter;
    filter.subject = subject;
    filter.subjectId = id;
    return workbench.changeLog().entries(filter);
}

} // namespace

TEST_CASE("Adding, revising and removing a standard each leave a line saying who and what",
          "[changelog]")
{
    SmallCatalogue c = smallCatalogue();
    Workbench &workbench = *c.workbench;
    Standard standard = turnaroundStandard(c, QStringLiteral("APP-T-01"));
    REQUIRE(workbench.catalogue().add(standard).isEmpty());

    Standard revised = standard;
    revised.revise(QDate(2024, 1, 1), 10, 12, QStringLiteral("Programme"));
    REQUIRE(workbench.catalogue().update(revised, standard).isEmpty());
    REQUIRE(workbench.catalogue().remove(standard.id).isEmpty());

    const QList<ChangeEntry> entries = workbench.changeLog().entries();
    REQUIRE(entries.size() == 3);
    const QString user = expectedTrailUser(workbench);
    REQUIRE_FALSE(user.isEmpty());
    for (const ChangeEntry &entry : entries) {
        CHECK(entry.user == user);
        CHECK(entry.subject == ChangeSubject::Standard);
        CHECK(entry.subjectId == standard.id);
        CHECK(entry.subjectName == QStringLiteral("APP-T-01"));
        // Stamped now, to the second.
        CHECK(qAbs(entry.at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }
    CHECK(entries.at(0).action == QStringLiteral("added"));
    CHECK(entries.at(0).detail.contains(QStringLiteral("target 15.0 days")));
    CHECK(entries.at(0).detail.contains(QStringLiteral("Application processing")));
    // The revision of 2024-01-01 amends the one rule in place: 15 → 10
    // days, threshold 20 → 12 days, nothing else.
    CHECK(entries.at(1).action == QStringLiteral("changed"));
    CHECK(entries.at(1).detail ==
          QStringLiteral("target 15.0 days → 10.0 days; threshold 20.0 days → 12.0 days"));
    CHECK(entries.at(2).action == QStringLiteral("removed"));

    // Filtered by subject and by time.
    ChangeLogRepository::Filter later;
    later.since = QDateTime::currentDateTimeUtc().addSecs(3600);
    CHECK(workbench.changeLog().entries(later).isEmpty());
    ChangeLogRepository::Filter other;
    other.subject = ChangeSubject::Standard;
    other.subjectId = standard.id + 1;
    CHECK(workbench.changeLog().entries(other).isEmpty());
    CHECK(workbench.changeLog().latest(ChangeSubject::Standard, standard.id)->action ==
          QStringLiteral("removed"));
}

TEST_CASE("A rolled-back edit leaves no line in the trail", "[changelog]")
{
    SmallCatalogue c = smallCatalogue();
    Workbench &workbench = *c.workbench;
    Standard first = turnaroundStandard(c, QStringLiteral("APP-T-01"));
    REQUIRE(workbench.catalogue().add(first).isEmpty());
    Standard second = turnaroundStandard(c, QStringLiteral("APP-T-02"));
    REQUIRE(workbench.catalogue().add(second).isEmpty());
    // Renaming the second to the first's code is refused before writing.
    Standard clash = second;
    clash.code = QStringLiteral("APP-T-01");
    CHECK_FALSE(workbench.catalogue().update(clash, second).isEmpty());
    CHECK(workbench.changeLog().entries().size() == 2);
}

TEST_CASE("An edit of a standard another analyst changed since is refused, naming who and when",
          "[changelog][concurrency]")
{
    TwoConnections analysts = twoConnections();
    const Standard original = standardOn(*analysts.first, QStringLiteral("APP-T-01"));

    // The second analyst opened the standard before the first changed it.
    const std::optional<Standard> seenBySecond = analysts.second->catalogue().standard(original.id);
    REQUIRE(seenBySecond);
    Standard byFirst = original;
    byFirst.title = QStringLiteral("Mean time to decide an application");
    REQUIRE(analysts.first->catalogue().update(byFirst, original).isEmpty());

    Standard bySecond = *seenBySecond;
    bySecond.rationale = QStringLiteral("Changed on an old copy");
    const ValidationIssues refused = analysts.second->catalogue().update(bySecond, *seenBySecond);
    REQUIRE(refused.size() == 1);
    const QString message = refused.constFirst().message;
    CHECK(message.contains(expectedTrailUser(*analysts.first) + QStringLiteral(" changed standard "
                                                                               "APP-T-01 at ")));
    CHECK(message.contains(QStringLiteral("title")));
    // Nothing was written over the first analyst's edit.
    const std::optional<Standard> stored = analysts.second->catalogue().standard(original.id);
    CHECK(stored->title == byFirst.title);
    CHECK(stored->rationale == original.rationale);
    // Made again on what is stored now, the edit goes through.
    Standard again = *stored;
    again.rationale = bySecond.rationale;
    CHECK(analysts.second->catalogue().update(again, *stored).isEmpty());
    CHECK(analysts.first->changeLog().entries().size() == 3);
}

TEST_CASE("Undoing a letter label another analyst has since changed is refused",
          "[changelog][concurrency][letters]")
{
    TwoConnections analysts = twoConnections();
    Workbench &first = *analysts.first;
    Service cards{0, QStringLiteral("CARD"), QStringLiteral("Card issuance"), {}};
    Service fees{0, QStringLiteral("FEES"), QStringLiteral("Fees and charges"), {}};
    REQUIRE(first.services().insert(cards).ok());
    REQUIRE(first.services().insert(fees).ok());
    Dimension timeliness{0, QStringLiteral("timeliness"), QStringLiteral("Timeliness"), true, {}};
    REQUIRE(first.dimensions().insert(timeliness).ok());
    ComplaintLetter letter;
    letter.reference = QStringLiteral("L-0153");
    letter.receivedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    letter.text = QStringLiteral("My card came three weeks late.");
    QList<ComplaintLetter> letters = {letter};
    REQUIRE(first.letters().insertMany(letters).ok());
    const qint64 id = letters.at(0).id;

    // The first analyst labels it Card issuance (the undo step remembers
    // before and after); the second then moves it to Fees and charges.
    const ComplaintLetter before = *first.letterService().letter(id);
    ComplaintLetter labelled = LetterService::withService(before, cards.id);
    labelled.dimensions = {{timeliness.id, 1.0}};
    labelled = LetterService::confirmed(labelled);
    REQUIRE(first.letterService().writeLabels(labelled, before).ok());
    const ComplaintLetter seenBySecond = *analysts.second->letterService().letter(id);
    const ComplaintLetter moved = LetterService::withService(seenBySecond, fees.id);
    REQUIRE(analysts.second->letterService().writeLabels(moved, seenBySecond).ok());

    // Undo of the first analyst's edit expects its own result: refused.
    const StorageResult undo = first.letterService().writeLabels(before, labelled);
    REQUIRE_FALSE(undo.ok());
    CHECK(undo.error().contains(QStringLiteral("changed letter L-0153 at")));
    CHECK(undo.error().contains(QStringLiteral("Card issuance → Fees and charges")));
    CHECK(first.letterService().letter(id)->serviceId == fees.id);

    // The trail: labelled twice, each naming the service change.
    const QList<ChangeEntry> entries = trailOf(first, ChangeSubject::Letter, id);
    REQUIRE(entries.size() == 2);
    CHECK(entries.at(0).action == QStringLiteral("labelled"));
    CHECK(entries.at(0).detail.contains(QStringLiteral("service – → Card issuance")));
    CHECK(entries.at(0).detail.contains(QStringLiteral("dimensions – → Timeliness")));
    CHECK(entries.at(1).detail == QStringLiteral("service Card issuance → Fees and charges"));
}

TEST_CASE("An import and an organisation change are in the trail", "[changelog]")
{
    const std::unique_ptr<Workbench> workbench = memoryWorkbench();
    OrgUnit unit{OrgUnitKind::Service,
                 0,
                 QStringLiteral("APP"),
                 QStringLiteral("Application processing"),
                 QString(),
                 false};
    REQUIRE(workbench->organisation().add(unit).ok());
    OrgUnit renamed = unit;
    renamed.name = QStringLiteral("Applications");
    REQUIRE(workbench->organisation().update(renamed).ok());

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("week-49.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("case_id,service,received,completed\n"
               "A1,APP,2026-11-30,2026-12-02\n"
               "A2,APP,2026-12-01,\n"
               "A3,APP,2026-12-01,2026-12-03\n");
    file.close();
    const ImportSummary summary =
        workbench->caseImports().importCases(path, CaseImportSettings(), ImportOptions());
    INFO(summary.summaryLine().toStdString());
    REQUIRE(summary.committed);

    const QList<ChangeEntry> entries = workbench->changeLog().entries();
    REQUIRE(entries.size() == 3);
    CHECK(entries.at(0).subject == ChangeSubject::Service);
    CHECK(entries.at(0).action == QStringLiteral("added"));
    CHECK(entries.at(1).detail == QStringLiteral("name Application processing → Applications"));
    CHECK(entries.at(2).subject == ChangeSubject::Import);
    CHECK(entries.at(2).subjectName == QStringLiteral("week-49.csv"));
    CHECK(entries.at(2).action == QStringLiteral("imported"));
    // Three rows, three new cases (one open), nothing updated or refused.
    CHECK(entries.at(2).detail == QStringLiteral("cases: 3 rows read, 3 imported, 0 updated, "
                                                 "0 rejected"));
}

TEST_CASE("On a server, who and when of a trail line come from the server", "[changelog]")
{
    if (!testsRunOnServer())
        return; // a file's trail is written by its one user
    const std::unique_ptr<Workbench> workbench = memoryWorkbench();
    QSqlQuery forged(workbench->database().connection());
    REQUIRE(forged.exec(QStringLiteral(
        "INSERT INTO change_log (changed_at, changed_by, subject_kind, subject_id, subject, "
        "action, detail) VALUES ('1999-01-01T00:00:00Z', 'mallory', 'standard', 1, 'X', "
        "'changed', '')")));
    const QList<ChangeEntry> entries = workbench->changeLog().entries();
    REQUIRE(entries.size() == 1);
    CHECK(entries.at(0).user == expectedTrailUser(*workbench));
    CHECK(entries.at(0).at.date().year() >= 2026);
}

TEST_CASE("Another analyst's commit is noticed within two seconds, one's own is not",
          "[changelog][concurrency]")
{
    // On a file SQLite's data_version says it; on a server the change notice
    // of the announcing triggers (LISTEN/NOTIFY).
    TwoConnections analysts = twoConnections();
    ExternalChangeWatcher watcher(analysts.first->database(), 100);
    QSignalSpy noticed(&watcher, &ExternalChangeWatcher::changedElsewhere);

    REQUIRE(
        analysts.first->holidays().put({QDate(2026, 12, 25), QStringLiteral("Christmas")}).ok());
    QElapsedTimer quiet;
    quiet.start();
    while (quiet.elapsed() < 500)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    CHECK(noticed.isEmpty());

    REQUIRE(
        analysts.second->holidays().put({QDate(2026, 12, 26), QStringLiteral("Boxing Day")}).ok());
    QElapsedTimer clock;
    clock.start();
    while (noticed.isEmpty() && clock.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    CHECK(noticed.size() == 1);
    CHECK(clock.elapsed() < 2000);
}

TEST_CASE("A phase edit on what another analyst changed since is refused, naming who",
          "[changelog][concurrency]")
{
    TwoConnections analysts = twoConnections();
    ProcessPhase phase;
    phase.startsOn = QDate(2024, 3, 4);
    phase.label = QStringLiteral("Quality programme");
    phase.reason = QStringLiteral("Standards set from customer needs");
    REQUIRE(analysts.first->phases().add(phase).ok());
    const ProcessPhase seenByFirst = *analysts.first->phases().find(phase.id);

    // The second analyst moves the start a week on.
    const ProcessPhase seenBySecond = *analysts.second->phases().find(phase.id);
    ProcessPhase moved = seenBySecond;
    moved.startsOn = QDate(2024, 3, 11);
    REQUIRE(analysts.second->phases().update(moved, seenBySecond).ok());

    // The first, on the copy read before, renames it: refused.
    ProcessPhase renamed = seenByFirst;
    renamed.label = QStringLiteral("After the programme");
    const StorageResult refused = analysts.first->phases().update(renamed, seenByFirst);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(expectedTrailUser(*analysts.second) +
                                   QStringLiteral(" changed the phase Quality programme at ")));
    const ProcessPhase stored = *analysts.first->phases().find(phase.id);
    CHECK(stored.startsOn == QDate(2024, 3, 11));
    CHECK(stored.label == QStringLiteral("Quality programme"));

    const QList<ChangeEntry> entries = trailOf(*analysts.first, ChangeSubject::Phase, phase.id);
    REQUIRE(entries.size() == 2);
    CHECK(entries.at(0).action == QStringLiteral("added"));
    CHECK(entries.at(1).action == QStringLiteral("changed"));
    CHECK(entries.at(1).detail == QStringLiteral("from 2024-03-11; Standards set from customer "
                                                 "needs"));
}

TEST_CASE("Undoing a value model another analyst has since changed is refused",
          "[changelog][concurrency]")
{
    TwoConnections analysts = twoConnections();
    const Standard standard = standardOn(*analysts.first, QStringLiteral("APP-T-01"));
    ValueModelRepository &first = analysts.first->valueModels();
    ValueModel model{standard.id, 0.33, 1'750'000, std::nullopt, QStringLiteral("Card case")};
    REQUIRE(first.replace(standard.id, model, std::nullopt).ok());

    // The second analyst raises the value of a day.
    const std::optional<ValueModel> seen = analysts.second->valueModels().find(standard.id);
    REQUIRE(seen == model);
    ValueModel raised = *seen;
    raised.valuePerDay = 0.40;
    REQUIRE(analysts.second->valueModels().replace(standard.id, raised, seen).ok());

    // The first analyst's undo (remove what it set) expects its own model.
    const StorageResult undo = first.replace(standard.id, std::nullopt, model);
    REQUIRE_FALSE(undo.ok());
    CHECK(undo.error().contains(expectedTrailUser(*analysts.second) +
                                QStringLiteral(" changed the value model of APP-T-01 at ")));
    CHECK(first.find(standard.id) == raised);

    // The trail: added by the first, changed by the second, in money and counts.
    const QList<ChangeEntry> entries =
        trailOf(*analysts.first, ChangeSubject::ValueModel, standard.id);
    REQUIRE(entries.size() == 2);
    CHECK(entries.at(0).action == QStringLiteral("added"));
    CHECK(entries.at(1).action == QStringLiteral("changed"));
    CHECK(entries.at(1).detail == QStringLiteral("US$0.40 a day for each of 1,750,000 cases a "
                                                 "year"));
}

TEST_CASE("Saving a lexicon another analyst saved since is refused, naming who",
          "[changelog][concurrency]")
{
    TwoConnections analysts = twoConnections();
    const LexiconTerm late{0,
                           QStringLiteral("en"),
                           QStringLiteral("late"),
                           LexiconTarget::Dimension,
                           QStringLiteral("timeliness"),
                           1.0};
    QList<LexiconTerm> first{late};
    REQUIRE(analysts.first->letterService().replaceLexicon(first, QList<LexiconTerm>()).ok());

    // Both editors open on the one term; the second saves a term of its own.
    const QList<LexiconTerm> seenByFirst = analysts.first->letterService().storedLexicon();
    const QList<LexiconTerm> seenBySecond = analysts.second->letterService().storedLexicon();
    REQUIRE(seenBySecond.size() == 1);
    LexiconTerm wrong{0,
                      QStringLiteral("en"),
                      QStringLiteral("wrong amount"),
                      LexiconTarget::Dimension,
                      QStringLiteral("accuracy"),
                      1.5};
    QList<LexiconTerm> second = seenBySecond + QList<LexiconTerm>{wrong};
    REQUIRE(analysts.second->letterService().replaceLexicon(second, seenBySecond).ok());

    // The first analyst's save, made on what it opened, would drop the
    // second's term: refused, and the second's lexicon stays.
    LexiconTerm slow = late;
    slow.term = QStringLiteral("slow");
    QList<LexiconTerm> overwriting{late, slow};
    const StorageResult refused =
        analysts.first->letterService().replaceLexicon(overwriting, seenByFirst);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(expectedTrailUser(*analysts.second) +
                                   QStringLiteral(" changed the lexicon at ")));
    QStringList stored;
    for (const LexiconTerm &term : analysts.first->letterService().storedLexicon())
        stored.append(term.term);
    stored.sort();
    CHECK(stored == QStringList{QStringLiteral("late"), QStringLiteral("wrong amount")});

    // The trail: both saves, with the number of terms each stored.
    const QList<ChangeEntry> entries = trailOf(*analysts.first, ChangeSubject::Lexicon, 0);
    REQUIRE(entries.size() == 2);
    CHECK(entries.at(1).detail == QStringLiteral("2 term(s)"));
    CHECK(changeSubjectKey(ChangeSubject::Lexicon) == QStringLiteral("lexicon"));
}
