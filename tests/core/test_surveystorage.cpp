// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Yardstick;

namespace {

// A small catalogue plus a second (SERVQUAL) dimension.
struct SurveyFixture
{
    Testing::SmallCatalogue catalogue = Testing::smallCatalogue();
    qint64 reliabilityId = 0;

    SurveyFixture()
    {
        Dimension reliability{0, QStringLiteral("reliability"), QStringLiteral("Reliability"),
                              false, 0.32};
        REQUIRE(catalogue.workbench->dimensions().insert(reliability).ok());
        reliabilityId = reliability.id;
    }
    Workbench &wb() { return *catalogue.workbench; }

    Survey survey() const
    {
        Survey s;
        s.name = QStringLiteral("Card follow-up");
        s.serviceId = catalogue.serviceId;
        s.scaleMin = 1;
        s.scaleMax = 5;
        s.description = QStringLiteral("Calls a week after the card arrived");
        s.items = {{0, 0, QStringLiteral("REL1"), QStringLiteral("The card came when promised"),
                    reliabilityId, 6.5, 0},
                   {0, 0, QStringLiteral("TIM1"), QStringLiteral("The wait was short"),
                    catalogue.dimensionId, std::nullopt, 1}};
        s.waves = {{0, 0, QStringLiteral("2024-Q1"), QDate(2024, 1, 1), QDate(2024, 3, 31),
                    SurveyChannel::Phone},
                   {0, 0, QStringLiteral("2024-Q2"), QDate(2024, 4, 1), QDate(2024, 6, 30),
                    SurveyChannel::InBranch}};
        return s;
    }

    SurveyResponse answer(const QString &wave, const QString &respondent, const QString &item,
                          double e, double p) const
    {
        SurveyResponse r;
        r.wave = wave;
        r.respondent = respondent;
        r.item = item;
        r.dimensionId = item == QLatin1String("REL1") ? reliabilityId : catalogue.dimensionId;
        r.expectation = e;
        r.perception = p;
        return r;
    }
};

} // namespace

TEST_CASE("a survey round-trips with its items and waves", "[surveys][storage]")
{
    SurveyFixture f;
    Survey s = f.survey();
    REQUIRE(f.wb().surveys().insert(s).ok());
    CHECK(s.id > 0);
    CHECK(s.items[0].id > 0);
    CHECK(s.items[1].surveyId == s.id);
    CHECK(s.waves[1].id > 0);
    CHECK(s.waves[0].surveyId == s.id);

    const std::optional<Survey> found = f.wb().surveys().find(s.id);
    REQUIRE(found);
    CHECK(*found == s);
    CHECK(found->items[0].importance == 6.5);
    CHECK_FALSE(found->items[1].importance);
    CHECK(found->waves[1].channel == SurveyChannel::InBranch);

    const std::optional<Survey> byWave = f.wb().surveys().findByWave(QStringLiteral("2024-Q2"));
    REQUIRE(byWave);
    CHECK(byWave->id == s.id);
    CHECK_FALSE(f.wb().surveys().findByWave(QStringLiteral("2031-Q1")));
    CHECK(f.wb().surveys().all() == QList<Survey>{s});
}

TEST_CASE("surveys are listed by name and a survey without a service keeps none",
          "[surveys][storage]")
{
    SurveyFixture f;
    Survey b = f.survey();
    b.name = QStringLiteral("B survey");
    b.serviceId = 0;
    b.waves.clear();
    Survey a = f.survey();
    a.name = QStringLiteral("A survey");
    a.items.clear();
    REQUIRE(f.wb().surveys().insert(b).ok());
    REQUIRE(f.wb().surveys().insert(a).ok());
    const QList<Survey> all = f.wb().surveys().all();
    REQUIRE(all.size() == 2);
    CHECK(all[0].name == QStringLiteral("A survey"));
    CHECK(all[1].serviceId == 0);
    CHECK(all[1].waves.isEmpty());
    CHECK(all[0].items.isEmpty());
}

TEST_CASE("waves are ordered by start date whatever order they were given in", "[surveys][storage]")
{
    SurveyFixture f;
    Survey s = f.survey();
    std::swap(s.waves[0], s.waves[1]);
    REQUIRE(f.wb().surveys().insert(s).ok());
    const Survey found = *f.wb().surveys().find(s.id);
    CHECK(found.waves[0].name == QStringLiteral("2024-Q1"));
    CHECK(found.waves[1].name == QStringLiteral("2024-Q2"));
}

TEST_CASE("a wave name is unique across surveys", "[surveys][storage]")
{
    SurveyFixture f;
    Survey first = f.survey();
    REQUIRE(f.wb().surveys().insert(first).ok());
    Survey second = f.survey();
    second.name = QStringLiteral("Other");
    CHECK_FALSE(f.wb().surveys().insert(second).ok());
    // Nothing of the refused survey was kept.
    CHECK(f.wb().surveys().all().size() == 1);
}

TEST_CASE("updating a survey adds, edits and removes items and waves", "[surveys][storage]")
{
    SurveyFixture f;
    Survey s = f.survey();
    REQUIRE(f.wb().surveys().insert(s).ok());
    QList<SurveyResponse> answers = {
        f.answer(QStringLiteral("2024-Q1"), QStringLiteral("R1"), QStringLiteral("REL1"), 7, 5),
        f.answer(QStringLiteral("2024-Q2"), QStringLiteral("R1"), QStringLiteral("REL1"), 7, 6),
        f.answer(QStringLiteral("2024-Q2"), QStringLiteral("R1"), QStringLiteral("TIM1"), 6, 6),
    };
    REQUIRE(f.wb().surveyResponses().insertMany(answers).ok());

    s.name = QStringLiteral("Renamed");
    s.scaleMax = 7;
    s.items.removeAt(1); // TIM1
    s.items[0].code = QStringLiteral("REL01");
    s.items[0].importance.reset();
    s.items.append({0, 0, QStringLiteral("REL2"), QStringLiteral("Right first time"),
                    f.reliabilityId, 5.0, 2});
    s.waves.removeAt(0); // 2024-Q1 and its answer
    s.waves[0].name = QStringLiteral("2024-Q2b");
    s.waves[0].channel = SurveyChannel::Mail;
    s.waves.append({0, 0, QStringLiteral("2024-Q3"), QDate(2024, 7, 1), QDate(2024, 9, 30),
                    SurveyChannel::Phone});
    REQUIRE(f.wb().surveys().update(s).ok());
    CHECK(s.items[1].id > 0);
    CHECK(s.waves[1].id > 0);

    const Survey found = *f.wb().surveys().find(s.id);
    CHECK(found == s);
    CHECK(found.name == QStringLiteral("Renamed"));
    CHECK(found.scaleMax == 7);
    REQUIRE(found.items.size() == 2);
    CHECK(found.items[0].code == QStringLiteral("REL01"));
    CHECK_FALSE(found.items[0].importance);
    REQUIRE(found.waves.size() == 2);
    CHECK(found.waves[0].name == QStringLiteral("2024-Q2b"));

    // The removed wave took its answer along; the renamed wave and item carry theirs.
    CHECK(f.wb().surveyResponses().countOfWave(QStringLiteral("2024-Q1")) == 0);
    CHECK(f.wb().surveyResponses().waves() == QStringList{QStringLiteral("2024-Q2b")});
    const QList<SurveyResponse> kept = f.wb().surveyResponses().ofWave(QStringLiteral("2024-Q2b"));
    REQUIRE(kept.size() == 2);
    CHECK(kept[0].item == QStringLiteral("REL01"));
    CHECK(kept[0].perception == 6);
    CHECK(kept[1].item == QStringLiteral("TIM1"));
}

TEST_CASE("updating a survey that is gone fails", "[surveys][storage]")
{
    SurveyFixture f;
    Survey s = f.survey();
    s.id = 99;
    CHECK_FALSE(f.wb().surveys().update(s).ok());
}

TEST_CASE("removing a survey removes its waves' answers and its feeds", "[surveys][storage]")
{
    SurveyFixture f;
    Survey s = f.survey();
    REQUIRE(f.wb().surveys().insert(s).ok());
    Standard standard = Testing::turnaroundStandard(f.catalogue, QStringLiteral("APP-T-01"));
    REQUIRE(f.wb().catalogue().add(standard).isEmpty());
    REQUIRE(f.wb().surveys().setFeed({standard.id, s.id}).ok());
    QList<SurveyResponse> answers = {
        f.answer(QStringLiteral("2024-Q1"), QStringLiteral("R1"), QStringLiteral("REL1"), 7, 5),
        f.answer(QStringLiteral("2024-Q2"), QStringLiteral("R2"), QStringLiteral("REL1"), 7, 6),
        // An answer of a wave no survey defines stays.
        f.answer(QStringLiteral("loose"), QStringLiteral("R3"), QStringLiteral("REL1"), 4, 4),
    };
    REQUIRE(f.wb().surveyResponses().insertMany(answers).ok());

    REQUIRE(f.wb().surveys().remove(s.id).ok());
    CHECK_FALSE(f.wb().surveys().find(s.id));
    CHECK(f.wb().surveys().feeds().isEmpty());
    CHECK(f.wb().surveyResponses().count() == 1);
    CHECK(f.wb().surveyResponses().waves() == QStringList{QStringLiteral("loose")});
}

TEST_CASE("answers are read by wave and a wave's answers can be removed", "[surveys][storage]")
{
    SurveyFixture f;
    QList<SurveyResponse> answers = {
        f.answer(QStringLiteral("W2"), QStringLiteral("R2"), QStringLiteral("REL1"), 7, 5),
        f.answer(QStringLiteral("W1"), QStringLiteral("R1"), QStringLiteral("TIM1"), 6, 6),
        f.answer(QStringLiteral("W2"), QStringLiteral("R1"), QStringLiteral("REL1"), 5, 4),
    };
    answers[0].customerRef = QStringLiteral("CM-7");
    answers[0].importance = 6;
    REQUIRE(f.wb().surveyResponses().insertMany(answers).ok());
    CHECK(f.wb().surveyResponses().waves() ==
          QStringList{QStringLiteral("W1"), QStringLiteral("W2")});
    CHECK(f.wb().surveyResponses().countOfWave(QStringLiteral("W2")) == 2);
    const QList<SurveyResponse> w2 = f.wb().surveyResponses().ofWave(QStringLiteral("W2"));
    REQUIRE(w2.size() == 2);
    CHECK(w2[0] == answers[2]); // R1 before R2
    CHECK(w2[1] == answers[0]);
    REQUIRE(f.wb().surveyResponses().removeWave(QStringLiteral("W2")).ok());
    CHECK(f.wb().surveyResponses().count() == 1);
    CHECK(f.wb().surveyResponses().ofWave(QStringLiteral("W2")).isEmpty());
}

TEST_CASE("a standard is fed by at most one survey", "[surveys][storage]")
{
    SurveyFixture f;
    Survey a = f.survey();
    REQUIRE(f.wb().surveys().insert(a).ok());
    Survey b = f.survey();
    b.name = QStringLiteral("Second");
    b.waves.clear();
    REQUIRE(f.wb().surveys().insert(b).ok());
    Standard one = Testing::turnaroundStandard(f.catalogue, QStringLiteral("APP-T-01"));
    Standard two = Testing::turnaroundStandard(f.catalogue, QStringLiteral("APP-T-02"));
    REQUIRE(f.wb().catalogue().add(two).isEmpty());
    REQUIRE(f.wb().catalogue().add(one).isEmpty());

    REQUIRE(f.wb().surveys().setFeed({one.id, a.id}).ok());
    REQUIRE(f.wb().surveys().setFeed({two.id, a.id}).ok());
    REQUIRE(f.wb().surveys().setFeed({one.id, b.id}).ok()); // replaces
    // By standard id: "two" was added first.
    CHECK(f.wb().surveys().feeds() == QList<SurveyFeed>{{two.id, a.id}, {one.id, b.id}});
    REQUIRE(f.wb().surveys().removeFeed(two.id).ok());
    CHECK(f.wb().surveys().feeds() == QList<SurveyFeed>{{one.id, b.id}});
}

TEST_CASE("the customer references that wrote letters are known, blank ones left out",
          "[surveys][storage]")
{
    SurveyFixture f;
    QList<ComplaintLetter> letters;
    for (const QString &ref : {QStringLiteral("CM-1"), QStringLiteral(""), QStringLiteral("CM-2"),
                               QStringLiteral("CM-1")}) {
        ComplaintLetter l;
        l.reference = QStringLiteral("L-%1").arg(letters.size());
        l.receivedAt = QDateTime(QDate(2024, 1, 2), QTime(9, 0), Qt::UTC);
        l.customerRef = ref;
        l.text = QStringLiteral("Letter %1").arg(letters.size()); // distinct texts, distinct hashes
        letters.append(l);
    }
    REQUIRE(f.wb().letters().insertMany(letters).ok());
    CHECK(f.wb().letters().customerRefs() ==
          QSet<QString>{QStringLiteral("CM-1"), QStringLiteral("CM-2")});
}

TEST_CASE("answers stored before version 7 are gathered into an imported survey",
          "[surveys][storage][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.yardstick"));
    QFile script(Testing::dataPath(QStringLiteral("workbench-v1.sql")));
    REQUIRE(script.open(QIODevice::ReadOnly | QIODevice::Text));
    QStringList statements;
    while (!script.atEnd()) {
        const QString line = QString::fromUtf8(script.readLine()).trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1String("--")))
            statements.append(line);
    }
    // Answers as a pre-v7 file held them: no survey, only wave and item names.
    statements.insert(statements.size() - 1,
                      QStringLiteral("INSERT INTO survey_responses (wave, respondent, item, "
                                     "dimension_id, expectation, perception) VALUES "
                                     "('2023-H2', 'R1', 'TIM2', 1, 6, 4), "
                                     "('2023-H1', 'R1', 'TIM1', 1, 7, 5), "
                                     "('2023-H1', 'R2', 'TIM2', 1, 6, 6)"));
    Testing::execOutsideYardstick(path, statements);

    Workbench::OpenResult opened = Workbench::open(path);
    INFO(opened.error.message.toStdString());
    REQUIRE(opened.workbench);
    Workbench &wb = *opened.workbench;
    const QList<Survey> surveys = wb.surveys().all();
    REQUIRE(surveys.size() == 1);
    const Survey &imported = surveys.constFirst();
    CHECK(imported.name == QStringLiteral("Imported survey"));
    CHECK(imported.scaleMin == 1);
    CHECK(imported.scaleMax == 7);
    REQUIRE(imported.items.size() == 2);
    CHECK(imported.items[0].code == QStringLiteral("TIM1"));
    CHECK(imported.items[1].code == QStringLiteral("TIM2"));
    CHECK(imported.items[1].dimensionId == 1);
    REQUIRE(imported.waves.size() == 2);
    // Without dates the waves sort by name.
    CHECK(imported.waves[0].name == QStringLiteral("2023-H1"));
    CHECK(imported.waves[1].name == QStringLiteral("2023-H2"));
    CHECK_FALSE(imported.waves[0].startsOn.isValid());
    CHECK(wb.surveyResponses().count() == 3);
}

TEST_CASE("a file without answers gets no imported survey", "[surveys][storage][migrations]")
{
    std::unique_ptr<Workbench> wb = Testing::memoryWorkbench();
    CHECK(wb->surveys().all().isEmpty());
}
