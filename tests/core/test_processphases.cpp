// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Yardstick;

namespace {

ProcessPhase programme()
{
    ProcessPhase phase;
    phase.startsOn = QDate(2024, 3, 1);
    phase.label = QStringLiteral("Quality programme");
    phase.reason = QStringLiteral("Board approved the programme");
    return phase;
}

} // namespace

TEST_CASE("process phases are stored, read back in date order and stamped", "[storage][phases]")
{
    auto catalogue = Testing::smallCatalogue();
    Workbench &wb = *catalogue.workbench;
    Standard standard = Testing::turnaroundStandard(catalogue, QStringLiteral("APP-T-01"));
    REQUIRE(wb.catalogue().add(standard).isEmpty());

    ProcessPhase rebase;
    rebase.standardId = standard.id;
    rebase.startsOn = QDate(2025, 1, 6);
    rebase.label = QStringLiteral("New scanner");
    rebase.fixedCenter = 12.5;
    rebase.fixedSigma = 1.5;
    REQUIRE(wb.phases().add(rebase).ok());
    ProcessPhase wide = programme();
    REQUIRE(wb.phases().add(wide).ok());

    const QList<ProcessPhase> all = wb.phases().all();
    REQUIRE(all.size() == 2);
    CHECK(all.at(0).label == QStringLiteral("Quality programme"));
    CHECK_FALSE(all.at(0).standardId.has_value());
    CHECK(all.at(1).standardId == standard.id);
    CHECK(all.at(1).fixedCenter == 12.5);
    CHECK(all.at(1).fixedSigma == 1.5);
    CHECK(all.at(1).recordedAt.isValid());
}

TEST_CASE("every change to a phase is kept in the audit trail", "[storage][phases]")
{
    auto wb = Testing::memoryWorkbench();
    ProcessPhase phase = programme();
    REQUIRE(wb->phases().add(phase).ok());
    phase.reason = QStringLiteral("Moved after the pilot");
    phase.startsOn = QDate(2024, 4, 1);
    REQUIRE(wb->phases().update(phase).ok());
    REQUIRE(wb->phases().remove(phase.id).ok());

    CHECK(wb->phases().all().isEmpty());
    const QList<ProcessPhaseLogEntry> log = wb->phases().log();
    REQUIRE(log.size() == 3);
    CHECK(log.at(0).action == ProcessPhaseLogEntry::Action::Added);
    CHECK(log.at(0).phase.startsOn == QDate(2024, 3, 1));
    CHECK(log.at(1).action == ProcessPhaseLogEntry::Action::Changed);
    CHECK(log.at(1).phase.reason == QStringLiteral("Moved after the pilot"));
    CHECK(log.at(2).action == ProcessPhaseLogEntry::Action::Removed);
    CHECK(log.at(2).phase.startsOn == QDate(2024, 4, 1));
}

TEST_CASE("a phase without date or label, or with sigma but no centre, is refused",
          "[storage][phases]")
{
    auto wb = Testing::memoryWorkbench();
    ProcessPhase noLabel = programme();
    noLabel.label = QStringLiteral("  ");
    CHECK_FALSE(wb->phases().add(noLabel).ok());
    ProcessPhase noDate = programme();
    noDate.startsOn = QDate();
    CHECK_FALSE(wb->phases().add(noDate).ok());
    ProcessPhase sigmaOnly = programme();
    sigmaOnly.fixedSigma = 2;
    CHECK_FALSE(wb->phases().add(sigmaOnly).ok());
    ProcessPhase zeroSigma = programme();
    zeroSigma.fixedCenter = 1;
    zeroSigma.fixedSigma = 0;
    CHECK_FALSE(wb->phases().add(zeroSigma).ok());
    CHECK(wb->phases().all().isEmpty());
    CHECK(wb->phases().log().isEmpty());
}

TEST_CASE("report templates keep their sections and survive a round trip through the workbench",
          "[storage][report]")
{
    auto wb = Testing::memoryWorkbench();
    ReportTemplate board;
    board.name = QStringLiteral("Board");
    // Chosen out of order: stored and printed in the pack's order.
    board.sections = {ReportSection::ComplaintsPareto, ReportSection::Cover};
    board.periodKind = PeriodKind::Quarter;
    board.title = QStringLiteral("Quarterly review");
    board.maxControlCharts = 3;
    REQUIRE(wb->reportTemplates().save(board).ok());

    const std::optional<ReportTemplate> read = wb->reportTemplates().find(QStringLiteral("Board"));
    REQUIRE(read.has_value());
    CHECK(read->sections ==
          QList<ReportSection>{ReportSection::Cover, ReportSection::ComplaintsPareto});
    CHECK(read->periodKind == PeriodKind::Quarter);
    CHECK(read->title == QStringLiteral("Quarterly review"));
    CHECK(read->maxControlCharts == 3);

    board.sections = {ReportSection::Scorecard};
    REQUIRE(wb->reportTemplates().save(board).ok());
    REQUIRE(wb->reportTemplates().all().size() == 1);
    CHECK(wb->reportTemplates().all().first().sections ==
          QList<ReportSection>{ReportSection::Scorecard});
    REQUIRE(wb->reportTemplates().remove(QStringLiteral("Board")).ok());
    CHECK(wb->reportTemplates().all().isEmpty());
}

TEST_CASE("a report template naming an unknown section is refused, not trimmed", "[report]")
{
    QJsonObject json{{QStringLiteral("name"), QStringLiteral("x")},
                     {QStringLiteral("sections"),
                      QJsonArray{QStringLiteral("cover"), QStringLiteral("horoscope")}}};
    QString error;
    CHECK_FALSE(ReportTemplate::fromJson(json, &error).has_value());
    CHECK(error.contains(QStringLiteral("horoscope")));
}
