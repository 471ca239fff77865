// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "demoworkbench.h"
#include "dialogs/valuemodeldialog.h"
#include "mainwindow/mainwindow.h"
#include "support/demovaluefigures.h"
#include "views/chartsview.h"
#include "views/dashboardview.h"
#include "views/standardsview.h"
#include "views/valuetile.h"
#include "workbench/workbench.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Yardstick;

namespace {

void waitFor(const std::function<bool()> &done, int ms = 60000)
{
    QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired())
        QTest::qWait(20);
    REQUIRE(done());
}

Standard cardStandard()
{
    Standard standard;
    standard.id = 7;
    standard.code = QStringLiteral("NEW-T-02");
    standard.title = QStringLiteral("Mean time for a new card to reach the holder");
    standard.metric = Metric::TurnaroundDays;
    standard.statistic = Statistic::mean();
    standard.unit = QStringLiteral("days");
    return standard;
}

// The demo standard with the title, by its code prefix.
Standard demoStandard(Workbench &workbench, const QString &prefix, const QString &title)
{
    for (const Standard &s : workbench.catalogue().standards()) {
        if (s.code.startsWith(prefix) && s.title == title)
            return s;
    }
    FAIL("no such demo standard");
    return {};
}

} // namespace

TEST_CASE("the value model dialog shows what a day sooner is worth a year", "[ui][value]")
{
    ValueModelDialog dialog(cardStandard(), std::nullopt);
    dialog.valuePerDayBox()->setValue(0.33);
    dialog.casesPerYearBox()->setValue(4'250'000);
    // 0.33 x 4,250,000 = 1,402,500 a year: US$1.40M.
    CHECK(dialog.annualValueText().contains(QLatin1String("US$1.40M")));
    CHECK_FALSE(dialog.costPerYearBox()->isEnabled());
    dialog.hasCostBox()->setChecked(true);
    CHECK(dialog.costPerYearBox()->isEnabled());
    dialog.costPerYearBox()->setValue(250'000);
    dialog.noteEdit()->setText(QStringLiteral("  finance, 2025  "));
    // Without a model yet there is nothing to remove.
    CHECK_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("removeModel")));

    const std::optional<ValueModel> model = dialog.model();
    REQUIRE(model);
    CHECK(model->standardId == 7);
    CHECK(model->valuePerDay == Approx(0.33));
    CHECK(model->casesPerYear == Approx(4'250'000));
    CHECK(model->costPerYear == 250'000);
    CHECK(model->note == QLatin1String("finance, 2025"));
}

TEST_CASE("the value model dialog starts from the standard's model and can remove it",
          "[ui][value]")
{
    ValueModel current;
    current.standardId = 7;
    current.valuePerDay = 0.5;
    current.casesPerYear = 1000;
    current.note = QStringLiteral("old");
    ValueModelDialog dialog(cardStandard(), current);
    CHECK(dialog.valuePerDayBox()->value() == Approx(0.5));
    CHECK_FALSE(dialog.hasCostBox()->isChecked());
    // 0.5 x 1,000 = US$500 a year.
    CHECK(dialog.annualValueText().contains(QLatin1String("US$500")));
    CHECK(dialog.model() == current);

    QPushButton *remove = dialog.findChild<QPushButton *>(QStringLiteral("removeModel"));
    REQUIRE(remove);
    remove->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(dialog.model());
}

TEST_CASE("a value model set from the Standards page is written at once and undone", "[ui][value]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    const QString path = YardstickTests::copyOfDemoWorkbench(dir.path());
    MainWindow window(settings);
    window.show();
    REQUIRE(window.openWorkbench(path));
    window.showSection(MainWindow::Section::Standards);
    StandardsView *view = window.standardsView();

    Workbench::OpenResult reader = Workbench::open(path);
    REQUIRE(reader.workbench);
    const Standard rep = demoStandard(*reader.workbench, QStringLiteral("REP-"),
                                      QStringLiteral("Mean card replacement time"));
    const std::optional<ValueModel> demoModel = reader.workbench->valueModels().find(rep.id);
    REQUIRE(demoModel);

    view->selectStandard(rep.id);
    REQUIRE(view->valueModelAction()->isEnabled());
    view->valueModelAction()->trigger();
    ValueModelDialog *dialog = nullptr;
    waitFor([&] {
        dialog = view->findChild<ValueModelDialog *>();
        return dialog && dialog->isVisible();
    });
    CHECK(dialog->valuePerDayBox()->value() == Approx(demoModel->valuePerDay));
    dialog->casesPerYearBox()->setValue(2'000'000);
    dialog->accept();

    // Another connection sees the change: it is in the file.
    const auto written = reader.workbench->valueModels().find(rep.id);
    REQUIRE(written);
    CHECK(written->casesPerYear == 2'000'000);
    CHECK(written->valuePerDay == Approx(demoModel->valuePerDay));

    QUndoStack *stack = window.undoStack();
    REQUIRE(stack);
    stack->undo();
    CHECK(reader.workbench->valueModels().find(rep.id) == demoModel);
    stack->redo();
    CHECK(reader.workbench->valueModels().find(rep.id)->casesPerYear == 2'000'000);

    // A rate has no value of a day.
    const Standard rate = demoStandard(*reader.workbench, QStringLiteral("APP-"),
                                       QStringLiteral("Applications processed right first time"));
    view->selectStandard(rate.id);
    CHECK_FALSE(view->valueModelAction()->isEnabled());
}

TEST_CASE("the Charts page ranks the demo's missed standards by dollars at stake",
          "[ui][value][charts]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    QUndoStack undoStack;
    Workbench::OpenResult opened = Workbench::open(YardstickTests::copyOfDemoWorkbench(dir.path()));
    REQUIRE(opened.workbench);
    ChartsView view(*opened.workbench, settings, undoStack);
    view.resize(1280, 800);
    QSignalSpy loaded(&view, &ChartsView::loaded);
    view.show();
    waitFor([&loaded] { return loaded.size() > 0; });

    QComboBox *box = view.kindBox();
    box->setCurrentIndex(box->findData(QStringLiteral("dollars-at-stake")));
    REQUIRE(view.chartKind() == ChartKind::DollarsAtStake);
    INFO(view.chartMessage().toStdString());
    REQUIRE(view.chart().has_value());
    const ParetoChart *chart = std::get_if<ParetoChart>(&*view.chart());
    REQUIRE(chart);
    // December 2025, the demo's latest complete month, worked out again from
    // the stored measurements (tests/support/demovaluefigures.cpp; the
    // hand calculation is in tests/core/test_demovalue.cpp): DSP-T-01
    // US$258,211.49, REP-T-01 US$25,431.25, APP-T-01 US$24,073.67 a year.
    const QList<Testing::DemoDollarsAtStake> expected = Testing::demoDollarsAtStake(
        opened.workbench->database().connection(), QDate(2025, 12, 1), QDate(2025, 12, 31));
    REQUIRE(expected.size() == 3);
    CHECK(expected.at(0).dollars == Approx(258'211.49).margin(0.5));
    REQUIRE(chart->bars.size() == 3);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        CHECK(chart->bars.at(i).label == expected.at(i).code);
        CHECK(chart->bars.at(i).weight == Approx(expected.at(i).dollars).epsilon(1e-9));
    }
    CHECK(chart->total == Approx(307'716.41).margin(1.0));
    CHECK(chart->weightIsMoney);
    CHECK(chart->weightLabel == QLatin1String("US$ a year at stake"));
}

TEST_CASE("the dashboard shows what the demo's faster service is worth a year",
          "[ui][value][dashboard]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    const QString path = YardstickTests::copyOfDemoWorkbench(dir.path());
    MainWindow window(settings);
    window.resize(1400, 900);
    window.showSection(MainWindow::Section::Dashboard);
    window.show();
    REQUIRE(window.openWorkbench(path));
    DashboardView *dashboard = window.dashboardView();
    waitFor([dashboard] { return !dashboard->isComputing(); });

    const QList<ValueTile *> tiles = dashboard->findChildren<ValueTile *>();
    REQUIRE(tiles.size() == 1);
    ValueTile *tile = tiles.constFirst();
    CHECK(tile->isVisible());
    // The baseline (the mean of the 14 months before the programme's start
    // on 2024-03-04) against December 2025, from the stored measurements
    // (tests/support/demovaluefigures.cpp; worked by hand in
    // tests/core/test_demovalue.cpp): APP-T-01 US$11,579,527.26 + REP-T-01
    // US$6,062,324.21 = US$17,641,851.47 a year, the README's US$17.6M.
    Workbench::OpenResult reader = Workbench::open(path);
    REQUIRE(reader.workbench);
    const double expected = Testing::demoHeadlineValue(reader.workbench->database().connection(),
                                                       QDate(2025, 12, 1), QDate(2025, 12, 31));
    CHECK(expected == Approx(17'641'851.47).margin(1.0));
    // The number, not its wording: how money is written may change.
    CHECK(tile->annualValue() == Approx(expected).epsilon(1e-9));
    // The tooltip gives each standard's share and how it was reached.
    CHECK(tile->toolTip().contains(QLatin1String("APP-")));
    CHECK(tile->toolTip().contains(QLatin1String("REP-")));
    CHECK(tile->toolTip().contains(QLatin1String("days sooner")));
    if (qEnvironmentVariableIsSet("YARDSTICK_GRAB"))
        dashboard->grab().save(QStringLiteral("/tmp/h4_dashboard.png"));
}
