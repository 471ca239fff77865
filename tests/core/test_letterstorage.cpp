// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "testsupport.h"

using namespace Yardstick;

namespace {

ComplaintLetter sampleLetter(const Testing::SmallCatalogue &c, const QString &text)
{
    ComplaintLetter l;
    l.reference = QStringLiteral("msg-1@example.com");
    l.receivedAt = QDateTime(QDate(2024, 3, 5), QTime(8, 14), Qt::UTC);
    l.receivedSource = ReceivedSource::EmailHeader;
    l.channel = LetterChannel::Email;
    l.customerRef = QStringLiteral("CM-100042");
    l.keyCustomer = true;
    l.language = QStringLiteral("en");
    l.subject = QStringLiteral("Card •••• •••• •••• 1111 still missing");
    l.text = text;
    l.sourceFile = QStringLiteral("complaint.eml");
    l.encoding = QStringLiteral("UTF-8");
    l.maskedCardNumbers = 2;
    l.serviceId = c.serviceId;
    l.serviceConfidence = 0.75;
    l.dimensions = {{c.dimensionId, 0.6}};
    l.severity = Severity::High;
    l.labelStatus = LabelStatus::Suggested;
    return l;
}

qint64 addDimension(Workbench &wb, const QString &key)
{
    Dimension d;
    d.key = key;
    d.name = key;
    REQUIRE(wb.dimensions().insert(d).ok());
    return d.id;
}

} // namespace

TEST_CASE("a letter keeps its provenance, labels and handling through the file",
          "[storage][letters]")
{
    Testing::SmallCatalogue c = Testing::smallCatalogue();
    Workbench &wb = *c.workbench;
    const qint64 accuracy = addDimension(wb, QStringLiteral("accuracy"));

    ComplaintLetter letter = sampleLetter(c, QStringLiteral("Still no card after three weeks."));
    letter.dimensions.append({accuracy, 0.3});
    letter.status = LetterStatus::Resolved;
    letter.firstResponseAt = QDateTime(QDate(2024, 3, 5), QTime(15, 0), Qt::UTC);
    letter.resolvedAt = QDateTime(QDate(2024, 3, 12), QTime(10, 30), Qt::UTC);
    QList<ComplaintLetter> letters = {letter};
    REQUIRE(wb.letters().insertMany(letters).ok());
    REQUIRE(letters.constFirst().id > 0);
    // The first dimension is the primary one.
    CHECK(letters.constFirst().primaryDimensionId == c.dimensionId);

    const std::optional<ComplaintLetter> stored = wb.letters().find(letters.constFirst().id);
    REQUIRE(stored);
    CHECK(*stored == letters.constFirst());
    CHECK(stored->dimensions == QList<DimensionLabel>{{c.dimensionId, 0.6}, {accuracy, 0.3}});
    CHECK(wb.letters().contentHashes().contains(letter.contentHash()));
    CHECK_FALSE(wb.letters().find(stored->id + 1));
}

TEST_CASE("correcting a letter's labels replaces its dimensions and primary", "[storage][letters]")
{
    Testing::SmallCatalogue c = Testing::smallCatalogue();
    Workbench &wb = *c.workbench;
    const qint64 accuracy = addDimension(wb, QStringLiteral("accuracy"));
    QList<ComplaintLetter> letters = {sampleLetter(c, QStringLiteral("My name is misspelt."))};
    REQUIRE(wb.letters().insertMany(letters).ok());

    ComplaintLetter corrected = letters.constFirst();
    corrected.dimensions = {{accuracy, 1.0}};
    corrected.serviceConfidence.reset(); // set by hand
    corrected.severity = Severity::Low;
    corrected.labelStatus = LabelStatus::Confirmed;
    REQUIRE(wb.letters().updateLabels(corrected).ok());

    const ComplaintLetter stored = *wb.letters().find(corrected.id);
    CHECK(stored.primaryDimensionId == accuracy);
    CHECK(stored.dimensions == QList<DimensionLabel>{{accuracy, 1.0}});
    CHECK_FALSE(stored.serviceConfidence);
    CHECK(stored.severity == Severity::Low);
    CHECK(stored.labelStatus == LabelStatus::Confirmed);

    // No labels at all: no primary either.
    corrected.dimensions.clear();
    corrected.primaryDimensionId.reset();
    corrected.serviceId.reset();
    corrected.labelStatus = LabelStatus::Unlabelled;
    REQUIRE(wb.letters().updateLabels(corrected).ok());
    const ComplaintLetter cleared = *wb.letters().find(corrected.id);
    CHECK_FALSE(cleared.primaryDimensionId);
    CHECK_FALSE(cleared.serviceId);
    CHECK(cleared.dimensions.isEmpty());

    ComplaintLetter missing = corrected;
    missing.id = corrected.id + 100;
    CHECK_FALSE(wb.letters().updateLabels(missing).ok());
}

TEST_CASE("a letter's handling status and times are stored", "[storage][letters]")
{
    Testing::SmallCatalogue c = Testing::smallCatalogue();
    Workbench &wb = *c.workbench;
    QList<ComplaintLetter> letters = {sampleLetter(c, QStringLiteral("Nobody called back."))};
    REQUIRE(wb.letters().insertMany(letters).ok());
    CHECK(wb.letters().find(letters.constFirst().id)->status == LetterStatus::New);

    ComplaintLetter worked = letters.constFirst();
    worked.status = LetterStatus::InProgress;
    worked.firstResponseAt = QDateTime(QDate(2024, 3, 6), QTime(9, 0), Qt::UTC);
    REQUIRE(wb.letters().updateHandling(worked).ok());
    ComplaintLetter stored = *wb.letters().find(worked.id);
    CHECK(stored.status == LetterStatus::InProgress);
    CHECK(stored.firstResponseAt == worked.firstResponseAt);
    CHECK_FALSE(stored.resolvedAt.isValid());

    worked.status = LetterStatus::Resolved;
    worked.resolvedAt = QDateTime(QDate(2024, 3, 9), QTime(17, 45), Qt::UTC);
    REQUIRE(wb.letters().updateHandling(worked).ok());
    stored = *wb.letters().find(worked.id);
    CHECK(stored.status == LetterStatus::Resolved);
    CHECK(stored.resolvedAt == worked.resolvedAt);
}

TEST_CASE("a letter links to a standard once, with an optional case", "[storage][letters]")
{
    Testing::SmallCatalogue c = Testing::smallCatalogue();
    Workbench &wb = *c.workbench;
    Standard s = Testing::turnaroundStandard(c, QStringLiteral("APP-T-01"));
    REQUIRE(wb.catalogue().add(s).isEmpty());
    QList<ComplaintLetter> letters = {sampleLetter(c, QStringLiteral("Five weeks for a card."))};
    REQUIRE(wb.letters().insertMany(letters).ok());
    const qint64 letterId = letters.constFirst().id;

    LetterLink link{0, letterId, s.id, QStringLiteral(" APP-2024-0153 ")};
    REQUIRE(wb.letters().addLink(link).ok());
    CHECK(link.id > 0);
    CHECK(link.caseId == QStringLiteral("APP-2024-0153"));
    CHECK(wb.letters().linksOf(letterId) == QList<LetterLink>{link});

    // Linking again updates the case instead of adding a second link.
    LetterLink again{0, letterId, s.id, QString()};
    const StorageResult upsert = wb.letters().addLink(again);
    INFO(upsert.error().toStdString());
    REQUIRE(upsert.ok());
    CHECK(again.id == link.id);
    REQUIRE(wb.letters().links().size() == 1);
    CHECK(wb.letters().links().constFirst().caseId.isEmpty());

    LetterLink dangling{0, letterId, s.id + 99, QString()};
    CHECK_FALSE(wb.letters().addLink(dangling).ok()); // no such standard

    REQUIRE(wb.letters().removeLink(link.id).ok());
    CHECK(wb.letters().links().isEmpty());
}

TEST_CASE("the lexicon is replaced whole and edited term by term", "[storage][letters]")
{
    std::unique_ptr<Workbench> wb = Testing::memoryWorkbench();
    CHECK(wb->lexicon().all().isEmpty());

    QList<LexiconTerm> terms = {
        {0, QStringLiteral("en"), QStringLiteral("nobody called back"), LexiconTarget::Dimension,
         QStringLiteral("responsiveness"), 2.0},
        {0, QStringLiteral("zh"), QStringLiteral("没有收到"), LexiconTarget::Dimension,
         QStringLiteral("timeliness"), 1.5},
        {0, QStringLiteral("en"), QStringLiteral("nobody called back"), LexiconTarget::Dimension,
         QStringLiteral("responsiveness"), 2.0}, // pasted twice: kept once
    };
    REQUIRE(wb->lexicon().replaceAll(terms).ok());
    QList<LexiconTerm> stored = wb->lexicon().all();
    REQUIRE(stored.size() == 2);
    CHECK(stored.at(0).term == QStringLiteral("nobody called back"));
    CHECK(stored.at(0).weight == 2.0);
    CHECK(stored.at(1).term == QStringLiteral("没有收到"));
    CHECK(stored.at(1).target == LexiconTarget::Dimension);

    LexiconTerm fee{0,
                    QStringLiteral("en"),
                    QStringLiteral("annual fee"),
                    LexiconTarget::Service,
                    QStringLiteral("FEE"),
                    1.0};
    REQUIRE(wb->lexicon().add(fee).ok());
    CHECK(wb->lexicon().all().size() == 3);
    CHECK_FALSE(wb->lexicon().add(fee).ok()); // the same term for the same key
    REQUIRE(wb->lexicon().remove(fee.id).ok());

    QList<LexiconTerm> none;
    REQUIRE(wb->lexicon().replaceAll(none).ok());
    CHECK(wb->lexicon().all().isEmpty());
}

TEST_CASE("complaint-handling rules and their measurements", "[storage][letters]")
{
    Testing::SmallCatalogue c = Testing::smallCatalogue();
    Workbench &wb = *c.workbench;
    Standard s = Testing::turnaroundStandard(c, QStringLiteral("CMP-R-01"));
    REQUIRE(wb.catalogue().add(s).isEmpty());

    REQUIRE(wb.complaintHandling().setRule({s.id, ComplaintEvent::FirstResponse, false}).ok());
    REQUIRE(wb.complaintHandling().setRule({s.id, ComplaintEvent::Resolution, true}).ok());
    CHECK(wb.complaintHandling().rules() ==
          QList<ComplaintHandlingRule>{{s.id, ComplaintEvent::Resolution, true}});

    // An imported measurement stays; those computed from letters are replaced.
    QList<Measurement> imported = {
        {0, s.id, QDate(2024, 1, 1), QDate(2024, 1, 31), 9.0, 20, QStringLiteral("ops.csv")}};
    REQUIRE(wb.measurements().insertMany(imported).ok());
    const QString source = QStringLiteral("complaint letters");
    QList<Measurement> first = {{0, 0, QDate(2024, 2, 1), QDate(2024, 2, 29), 7.5, 4, {}},
                                {0, 0, QDate(2024, 3, 1), QDate(2024, 3, 31), 6.0, 5, {}}};
    REQUIRE(wb.measurements().replaceDerived(s.id, source, first).ok());
    CHECK(wb.measurements().forStandard(s.id).size() == 3);
    QList<Measurement> second = {{0, 0, QDate(2024, 3, 1), QDate(2024, 3, 31), 5.5, 6, {}}};
    REQUIRE(wb.measurements().replaceDerived(s.id, source, second).ok());
    const QList<Measurement> now = wb.measurements().forStandard(s.id);
    REQUIRE(now.size() == 2);
    CHECK(now.contains(imported.constFirst()));
    CHECK(now.contains(second.constFirst()));
    CHECK(second.constFirst().source == source);

    REQUIRE(wb.complaintHandling().removeRule(s.id).ok());
    CHECK(wb.complaintHandling().rules().isEmpty());
}
