// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "demoworkbench.h"
#include "export/chartexporter.h"
#include "report/reportpack.h"
#include "usecases/chartservice.h"
#include "views/chartsview.h"
#include "views/standardpicker.h"
#include "workbench/workbench.h"

#include <QComboBox>
#include <QDeadlineTimer>
#include <QImage>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Yardstick;

// One chart, three callers: the Charts page, the command line's chart command
// and the report pack all go through ChartService, so for the same choice
// they draw the same chart. "The same" is judged by what is drawn: both
// charts are rendered with the same options and compared pixel by pixel.

namespace {

QImage drawn(const AnyChart &chart)
{
    ChartExportOptions options = ChartExporter::optionsFor(chart, QStringLiteral("Parity"));
    options.preset = ChartExportOptions::SizePreset::Custom;
    options.customSize = QSize(640, 360);
    options.dpi = 96;
    return ChartExporter::renderImage(chart, options);
}

struct Fixture
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    QUndoStack undoStack;
    std::unique_ptr<Workbench> workbench;
    std::unique_ptr<ChartsView> view;
    QList<qint64> headlines; // the demo's headline standards, by id

    Fixture()
    {
        Workbench::OpenResult opened =
            Workbench::open(YardstickTests::copyOfDemoWorkbench(dir.path()));
        REQUIRE(opened.workbench);
        workbench = std::move(opened.workbench);
        const QStringList codes = workbench->properties()
                                      .value(QLatin1String(PropertyRepository::kHeadlineStandards))
                                      .split(QLatin1Char(';'));
        for (const QString &code : codes) {
            for (const Standard &s : workbench->catalogue().standards()) {
                if (s.code == code)
                    headlines << s.id;
            }
        }
        REQUIRE(headlines.size() >= 2);

        view = std::make_unique<ChartsView>(*workbench, settings, undoStack);
        view->resize(1280, 800);
        QSignalSpy loaded(view.get(), &ChartsView::loaded);
        view->show();
        QDeadlineTimer deadline(60000);
        while (loaded.isEmpty() && !deadline.hasExpired())
            QTest::qWait(20);
        REQUIRE_FALSE(loaded.isEmpty());
    }

    ~Fixture()
    {
        view.reset();
        undoStack.clear();
    }

    // What the page draws for this kind, with these standards ticked (the
    // first also current).
    const AnyChart &page(ChartKind kind, const QList<qint64> &ticked = {})
    {
        QComboBox *box = view->kindBox();
        box->setCurrentIndex(box->findData(chartKindKey(kind)));
        REQUIRE(view->chartKind() == kind);
        if (!ticked.isEmpty()) {
            view->standardPicker()->setCheckedStandards(ticked);
            view->standardPicker()->setCurrentStandard(ticked.constFirst(), false);
        }
        INFO("the page says: " << view->chartMessage().toStdString());
        REQUIRE(view->chart().has_value());
        return *view->chart();
    }

    // What the command line exports: the request its options make
    // (chart --kind … --standard …, no range, automatic type, Nelson rules).
    AnyChart commandLine(ChartKind kind, const QList<qint64> &standards = {}, QDate to = {})
    {
        ChartRequest request;
        request.kind = kind;
        request.standards = standards;
        request.to = to;
        const ChartResult result = workbench->charts().chart(request);
        INFO("the service says: " << result.emptyReason.toStdString());
        REQUIRE(result.drawable());
        return *result.drawable();
    }
};

} // namespace

TEST_CASE("each chart kind is the same on the Charts page and from the command line",
          "[charts][parity]")
{
    Fixture f;
    const qint64 first = f.headlines.at(0);
    const qint64 second = f.headlines.at(1);
    struct Case
    {
        ChartKind kind;
        QList<qint64> standards;
    };
    const QList<Case> cases = {
        {ChartKind::Trend, {first}},          {ChartKind::ControlChart, {first}},
        {ChartKind::ComplaintsByService, {}}, {ChartKind::ComplaintsByDimension, {}},
        {ChartKind::ComplaintsPerMonth, {}},  {ChartKind::BreachedStandards, {}},
        {ChartKind::DollarsAtStake, {}},      {ChartKind::Heatmap, {first, second}},
        {ChartKind::Departments, {}}};
    REQUIRE(cases.size() == chartsPageKinds().size());
    for (const Case &c : cases) {
        INFO(chartKindKey(c.kind).toStdString());
        const QImage onPage = drawn(f.page(c.kind, c.standards));
        const QImage exported = drawn(f.commandLine(c.kind, c.standards));
        CHECK_FALSE(onPage.isNull());
        CHECK(onPage == exported);
    }
}

TEST_CASE("the report pack's charts are the command line's for the pack's range",
          "[charts][parity][report]")
{
    Fixture f;
    Workbench &wb = *f.workbench;
    const std::optional<ReportPack> pack = buildReportPack(wb, ReportRequest());
    REQUIRE(pack.has_value());

    // A headline trend: chart --kind trend --standard CODE --to <the pack's last day>.
    REQUIRE_FALSE(pack->headlineTrends.isEmpty());
    const qint64 headline = pack->headlineTrends.first().series.first().standardId;
    CHECK(drawn(pack->headlineTrends.first()) ==
          drawn(f.commandLine(ChartKind::Trend, {headline}, pack->to)));

    // A breached standard's control chart: chart --kind control.
    REQUIRE_FALSE(pack->breached.isEmpty());
    const BreachedStandard &breached = pack->breached.first();
    REQUIRE(breached.controlChart.has_value());
    CHECK(drawn(*breached.controlChart) ==
          drawn(f.commandLine(ChartKind::ControlChart, {breached.row.standard.id}, pack->to)));

    // The summaries: chart --kind pareto, complaints-per-month, departments.
    REQUIRE(pack->complaints.has_value());
    CHECK(drawn(*pack->complaints) ==
          drawn(f.commandLine(ChartKind::ComplaintsByService, {}, pack->to)));
    REQUIRE(pack->complaintsPerMonth.has_value());
    CHECK(drawn(*pack->complaintsPerMonth) ==
          drawn(f.commandLine(ChartKind::ComplaintsPerMonth, {}, pack->to)));
    REQUIRE(pack->departments.has_value());
    CHECK(drawn(*pack->departments) == drawn(f.commandLine(ChartKind::Departments, {}, pack->to)));
    // The heat map of what slipped: chart --kind heatmap with those standards.
    REQUIRE(pack->heatmap.has_value());
    QList<qint64> rows;
    for (const HeatmapRow &row : pack->heatmap->rows)
        rows << row.standardId;
    CHECK(drawn(*pack->heatmap) == drawn(f.commandLine(ChartKind::Heatmap, rows, pack->to)));

    // And the page draws what the pack prints for the latest period.
    CHECK(drawn(f.page(ChartKind::Departments)) == drawn(*pack->departments));
}
