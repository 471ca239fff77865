// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "charts/chartplot.h"
#include "charts/qcustomplotshim.h"
#include "demoworkbench.h"
#include "dialogs/servqualweightsdialog.h"
#include "dialogs/surveydialog.h"
#include "dialogs/surveyimportdialog.h"
#include "export/chartexporter.h"
#include "itemmodels/itemroles.h"
#include "mainwindow/mainwindow.h"
#include "views/auditsview.h"
#include "views/chartcanvas.h"
#include "views/servqualpanel.h"
#include "views/surveysview.h"
#include "workbench/workbench.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Yardstick;

namespace {

// A hand-made survey of three questions on a 1..7 scale: reliability
// (REL1, REL2) weighs 0.6, tangibles (TAN1) 0.4; the questions' own
// importance is 6, 5 and 3. Two waves:
//
//   W1  D: REL1 7/3  REL2 7/5  TAN1 5/5      E: REL1 6/4  REL2 6/6  TAN1 4/5
//   W2  A: REL1 7/4  REL2 6/5  TAN1 5/6      (expectation/perception)
//       B: REL1 6/5  REL2 6/6  TAN1 5/5
//       C: REL1 7/7  REL2 5/4  TAN1 5/7
//
// W2 by hand: respondents' reliability gaps A (-3 - 1) / 2 = -2, B (-1 + 0)
// / 2 = -0.5, C (0 - 1) / 2 = -0.5, so reliability's gap is -1.00 (sd
// 0.866; expectation (6.5 + 6 + 6) / 3 = 6.17, perception 5.17);
// tangibles' gaps 1, 0, 2 give 1.00. Weighted: 0.6 × -1 + 0.4 × 1 = -0.20.
// W1: reliability (-3 - 1) / 2 = -2.00, tangibles 0.5, weighted -1.00.
struct SmallSurvey
{
    std::unique_ptr<Workbench> workbench;
    qint64 reliability = 0;
    qint64 tangibles = 0;
    qint64 surveyId = 0;
};

SurveyResponse answer(const char *wave, const char *respondent, const char *item, qint64 dimension,
                      double e, double p, const char *ref = "")
{
    SurveyResponse r;
    r.wave = QLatin1String(wave);
    r.respondent = QLatin1String(respondent);
    r.item = QLatin1String(item);
    r.dimensionId = dimension;
    r.expectation = e;
    r.perception = p;
    r.customerRef = QLatin1String(ref);
    return r;
}

SmallSurvey smallSurvey()
{
    SmallSurvey s;
    Workbench::OpenResult made = Workbench::createInMemory();
    REQUIRE(made.workbench);
    s.workbench = std::move(made.workbench);
    Workbench &wb = *s.workbench;
    Dimension reliability{0, QStringLiteral("reliability"), QStringLiteral("Reliability"), false,
                          0.6};
    Dimension tangibles{0, QStringLiteral("tangibles"), QStringLiteral("Tangibles"), false, 0.4};
    REQUIRE(wb.dimensions().insert(reliability).ok());
    REQUIRE(wb.dimensions().insert(tangibles).ok());
    s.reliability = reliability.id;
    s.tangibles = tangibles.id;

    Survey survey;
    survey.name = QStringLiteral("Card survey");
    survey.items = {
        {0, 0, QStringLiteral("REL1"), QStringLiteral("The card arrived when promised"),
         reliability.id, 6.0, 0},
        {0, 0, QStringLiteral("REL2"), QStringLiteral("The letter was right first time"),
         reliability.id, 5.0, 1},
        {0, 0, QStringLiteral("TAN1"), QStringLiteral("The branch looks tidy"), tangibles.id, 3.0,
         2},
    };
    survey.waves = {
        {0, 0, QStringLiteral("W1"), QDate(2025, 1, 1), QDate(2025, 3, 31), SurveyChannel::Mail},
        {0, 0, QStringLiteral("W2"), QDate(2025, 4, 1), QDate(2025, 6, 30), SurveyChannel::Phone},
    };
    REQUIRE(wb.surveys().insert(survey).ok());
    s.surveyId = survey.id;

    const qint64 r = reliability.id;
    const qint64 t = tangibles.id;
    QList<SurveyResponse> answers = {
        answer("W1", "D", "REL1", r, 7, 3),        answer("W1", "D", "REL2", r, 7, 5),
        answer("W1", "D", "TAN1", t, 5, 5),        answer("W1", "E", "REL1", r, 6, 4),
        answer("W1", "E", "REL2", r, 6, 6),        answer("W1", "E", "TAN1", t, 4, 5),
        answer("W2", "A", "REL1", r, 7, 4, "C-1"), answer("W2", "A", "REL2", r, 6, 5, "C-1"),
        answer("W2", "A", "TAN1", t, 5, 6, "C-1"), answer("W2", "B", "REL1", r, 6, 5, "C-2"),
        answer("W2", "B", "REL2", r, 6, 6, "C-2"), answer("W2", "B", "TAN1", t, 5, 5, "C-2"),
        answer("W2", "C", "REL1", r, 7, 7),        answer("W2", "C", "REL2", r, 5, 4),
        answer("W2", "C", "TAN1", t, 5, 7),
    };
    REQUIRE(wb.surveyResponses().insertMany(answers).ok());

    // Customer C-1 wrote a letter; C-2 never did.
    ComplaintLetter letter;
    letter.reference = QStringLiteral("L-1");
    letter.receivedAt = QDateTime(QDate(2025, 5, 2), QTime(9, 0), Qt::UTC);
    letter.customerRef = QStringLiteral("C-1");
    letter.language = QStringLiteral("en");
    letter.text = QStringLiteral("My card is late again.");
    QList<ComplaintLetter> letters = {letter};
    REQUIRE(wb.letters().insertMany(letters).ok());
    return s;
}

QString cell(const QTableView *table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

int rowOf(const QTableView *table, const QString &first)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (cell(table, row, 0) == first)
            return row;
    }
    FAIL("no row " << first.toStdString());
    return -1;
}

struct Page
{
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    QUndoStack undo;
    std::unique_ptr<SurveysView> view;

    Page()
    {
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("s.ini")),
                                               QSettings::IniFormat);
    }

    // The page is made for one workbench, as the window makes it.
    void open(Workbench &workbench)
    {
        view.reset();
        view = std::make_unique<SurveysView>(workbench, *settings, undo);
        view->resize(1200, 800);
    }
};

} // namespace

TEST_CASE("the Surveys page shows the latest wave's hand-computed gaps", "[ui][surveys]")
{
    SmallSurvey s = smallSurvey();
    Page page;
    page.open(*s.workbench);
    CHECK_FALSE(page.view->showsEmptyState());
    CHECK(page.view->currentWave() == QLatin1String("W2"));

    const QTableView *dimensions = page.view->dimensionsTable();
    const int rel = rowOf(dimensions, QStringLiteral("Reliability"));
    CHECK(cell(dimensions, rel, 1) == QLatin1String("3"));
    CHECK(cell(dimensions, rel, 2) == QLatin1String("6.17"));
    CHECK(cell(dimensions, rel, 3) == QLatin1String("5.17"));
    CHECK(cell(dimensions, rel, 4) == QLatin1String("-1.00"));
    CHECK(cell(dimensions, rel, 5) == QLatin1String("0.87"));
    // t(0.975, 2) = 4.303: -1 ± 4.303 × 0.866 / √3 = -1 ± 2.15.
    CHECK(cell(dimensions, rel, 6) == QLatin1String("-3.15 to 1.15"));
    CHECK(cell(dimensions, rel, 7) == QLatin1String("60%"));
    const int tan = rowOf(dimensions, QStringLiteral("Tangibles"));
    CHECK(cell(dimensions, tan, 4) == QLatin1String("1.00"));
    CHECK(cell(dimensions, rowOf(dimensions, QStringLiteral("Weighted")), 4) ==
          QLatin1String("-0.20"));

    // Against W1 (-1.00): better by 0.80. Welch on the respondents'
    // weighted gaps, W2 -0.8, -0.3, 0.5 (variance 0.43) against W1 -1.8,
    // -0.2 (variance 1.28): se = √(0.43 / 3 + 1.28 / 2) = 0.885, t = 0.90,
    // df = 0.7833² / ((0.1433² / 2) + 0.64²) = 1.46.
    const QString headline = page.view->weightedGapLabel()->text();
    CHECK(headline.contains(QLatin1String("-0.20")));
    CHECK(headline.contains(
        QLatin1String("better by 0.80 than W1's -1.00 (t = 0.9, df = 1.5, p = ")));
    CHECK(page.view->respondentsLabel()->text().contains(QLatin1String("3 respondents")));
    // A (-0.8, ref C-1) and B (-0.3, ref C-2) are dissatisfied; only C-1
    // wrote a letter.
    CHECK(page.view->silentLabel()->text() ==
          QLatin1String("1 of 2 dissatisfied respondents (50.0%) never complained"));
}

TEST_CASE("the Surveys page lists the items to improve first", "[ui][surveys]")
{
    SmallSurvey s = smallSurvey();
    Page page;
    page.open(*s.workbench);
    // W2 performance: REL1 (4 + 5 + 7) / 3 = 5.33, REL2 5.00, TAN1 6.00;
    // means over the items: importance (6 + 5 + 3) / 3 = 4.67, performance
    // 5.44. REL1 and REL2 are important and below the mean: concentrate
    // here, the more important first; TAN1 is possible overkill.
    const QTableView *items = page.view->itemsTable();
    REQUIRE(items->model()->rowCount() == 3);
    CHECK(cell(items, 0, 0) == QLatin1String("REL1"));
    CHECK(cell(items, 1, 0) == QLatin1String("REL2"));
    CHECK(cell(items, 2, 0) == QLatin1String("TAN1"));
    CHECK(cell(items, 0, 4) == QLatin1String("-1.33"));
    CHECK(cell(items, 0, 6) == QLatin1String("5.33"));
    CHECK(items->model()->index(0, 7).data(QuadrantRole).toString() ==
          QLatin1String("concentrate_here"));
    CHECK(cell(items, 0, 7).startsWith(QStringLiteral("▲")));
    CHECK(items->model()->index(2, 7).data(QuadrantRole).toString() ==
          QLatin1String("possible_overkill"));

    // Both charts are drawn and exportable.
    REQUIRE(page.view->chart(SurveysView::Chart::Gaps));
    REQUIRE(page.view->chart(SurveysView::Chart::Quadrant));
    const std::optional<AnyChart> shown = page.view->chart(SurveysView::Chart::Quadrant);
    const auto *quadrant = std::get_if<QuadrantChart>(&*shown);
    REQUIRE(quadrant);
    CHECK(quadrant->performanceMean == Approx(49.0 / 9));
    CHECK(page.view->exportQuadrantAction()->isEnabled());
}

TEST_CASE("the wave picker switches the Surveys page to another wave", "[ui][surveys]")
{
    SmallSurvey s = smallSurvey();
    Page page;
    page.open(*s.workbench);
    QComboBox *waves = page.view->waveBox();
    REQUIRE(waves->count() == 2);
    waves->setCurrentIndex(waves->findData(QStringLiteral("W1")));
    CHECK(page.view->currentWave() == QLatin1String("W1"));
    const QTableView *dimensions = page.view->dimensionsTable();
    CHECK(cell(dimensions, rowOf(dimensions, QStringLiteral("Reliability")), 4) ==
          QLatin1String("-2.00"));
    CHECK(cell(dimensions, rowOf(dimensions, QStringLiteral("Weighted")), 4) ==
          QLatin1String("-1.00"));
    CHECK(page.view->respondentsLabel()->text().contains(QLatin1String("2 respondents")));
    CHECK(page.view->weightedGapLabel()->text().contains(QLatin1String("first wave")));
}

TEST_CASE("new SERVQUAL weights change the weighted gap", "[ui][surveys]")
{
    SmallSurvey s = smallSurvey();
    Page page;
    page.open(*s.workbench);

    ServqualWeightsDialog dialog(s.workbench->dimensions().all());
    // The stored 0.6 shows as 60 points.
    CHECK(dialog.spinBox(QStringLiteral("reliability"))->value() == Approx(60));
    dialog.restoreDefaults();
    CHECK(dialog.spinBox(QStringLiteral("reliability"))->value() == Approx(32));
    CHECK(dialog.spinBox(QStringLiteral("tangibles"))->value() == Approx(11));
    dialog.spinBox(QStringLiteral("reliability"))->setValue(50);
    dialog.spinBox(QStringLiteral("tangibles"))->setValue(50);
    QSignalSpy changed(page.view.get(), &SurveysView::measurementsChanged);
    REQUIRE(page.view->applyWeights(dialog.weights(), dialog.weightsRead()));
    CHECK(changed.count() == 1);

    // 0.5 × -1 + 0.5 × 1 = 0.
    const QTableView *dimensions = page.view->dimensionsTable();
    CHECK(cell(dimensions, rowOf(dimensions, QStringLiteral("Weighted")), 4) ==
          QLatin1String("0.00"));
    CHECK(cell(dimensions, rowOf(dimensions, QStringLiteral("Reliability")), 7) ==
          QLatin1String("50%"));
}

TEST_CASE("answers imported through the dialog make a new wave with its dates", "[ui][surveys]")
{
    SmallSurvey s = smallSurvey();
    Page page;
    page.open(*s.workbench);

    const QString path = page.dir.filePath(QStringLiteral("w3.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("respondent,item,dimension,expectation,perception\n"
               "F,REL1,reliability,6,6\n"
               "F,TAN1,tangibles,5,4\n");
    file.close();

    QList<Survey> surveys = s.workbench->surveys().all();
    SurveyImportDialog dialog(surveys, QStringLiteral("W2"), page.dir.path());
    dialog.fileEdit()->setText(path);
    dialog.newButton()->setChecked(true);
    dialog.newWaveEdit()->setText(QStringLiteral("W3"));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const SurveyImportRequest request = dialog.request();
    CHECK(request.survey == QLatin1String("Card survey"));

    QSignalSpy changed(page.view.get(), &SurveysView::measurementsChanged);
    page.view->startImport(request); // in memory: runs in place
    CHECK_FALSE(page.view->isImporting());
    CHECK(changed.count() == 1);
    CHECK(page.view->currentWave() == QLatin1String("W3"));
    // F alone: reliability 0, tangibles -1; weighted 0.6 × 0 + 0.4 × -1.
    const QTableView *dimensions = page.view->dimensionsTable();
    CHECK(cell(dimensions, rowOf(dimensions, QStringLiteral("Weighted")), 4) ==
          QLatin1String("-0.40"));
    const std::optional<Survey> stored = s.workbench->surveys().findByWave(QStringLiteral("W3"));
    REQUIRE(stored);
    CHECK(stored->wave(u"W3")->startsOn == request.newWave->startsOn);
}

TEST_CASE("answers imported into a workbench file arrive from the worker and the page follows",
          "[ui][surveys]")
{
    Page page;
    const QString path = page.dir.filePath(QStringLiteral("surveys.yardstick"));
    Workbench::OpenResult made = Workbench::create(path);
    REQUIRE(made.workbench);
    Workbench &wb = *made.workbench;
    Dimension reliability{0, QStringLiteral("reliability"), QStringLiteral("Reliability"), false,
                          1.0};
    REQUIRE(wb.dimensions().insert(reliability).ok());
    page.open(wb);
    REQUIRE(page.view->showsEmptyState());

    const QString answers = page.dir.filePath(QStringLiteral("answers.csv"));
    QFile file(answers);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("respondent,item,dimension,expectation,perception\n"
               "A,REL1,reliability,7,5\n"
               "B,REL1,reliability,6,5\n");
    file.close();
    SurveyImportRequest request;
    request.file = answers;
    request.wave = QStringLiteral("Spring");
    request.survey = QStringLiteral("Branch survey");
    request.newWave = SurveyWave{0,
                                 0,
                                 QStringLiteral("Spring"),
                                 QDate(2025, 3, 1),
                                 QDate(2025, 5, 31),
                                 SurveyChannel::InBranch};

    // A file: the import runs on the worker's own connection and services;
    // the window's service announces the change when it is back.
    QSignalSpy changed(page.view.get(), &SurveysView::measurementsChanged);
    page.view->startImport(request);
    REQUIRE(changed.wait(20000));
    CHECK(changed.count() == 1);
    CHECK_FALSE(page.view->isImporting());
    CHECK_FALSE(page.view->showsEmptyState());
    CHECK(page.view->currentWave() == QLatin1String("Spring"));
    // A 7 -> 5 (-2), B 6 -> 5 (-1): reliability's gap (-2 + -1) / 2 = -1.50.
    const QTableView *dimensions = page.view->dimensionsTable();
    CHECK(cell(dimensions, rowOf(dimensions, QStringLiteral("Reliability")), 4) ==
          QLocale().toString(-1.5, 'f', 2));
    const std::optional<Survey> stored = wb.surveys().findByWave(QStringLiteral("Spring"));
    REQUIRE(stored);
    CHECK(stored->name == QLatin1String("Branch survey"));
    CHECK(stored->wave(u"Spring")->startsOn == QDate(2025, 3, 1));
    CHECK(stored->wave(u"Spring")->channel == SurveyChannel::InBranch);
}

TEST_CASE("an empty workbench shows the Surveys page's empty state", "[ui][surveys]")
{
    Workbench::OpenResult made = Workbench::createInMemory();
    REQUIRE(made.workbench);
    Page page;
    page.open(*made.workbench);
    CHECK(page.view->showsEmptyState());
    CHECK(page.view->importAction()->isEnabled());
    CHECK_FALSE(page.view->exportGapsAction()->isEnabled());
}

TEST_CASE("the survey charts export to PNG and PDF", "[ui][surveys]")
{
    SmallSurvey s = smallSurvey();
    Page page;
    page.open(*s.workbench);
    for (const auto which : {SurveysView::Chart::Gaps, SurveysView::Chart::Quadrant}) {
        const std::optional<AnyChart> chart = page.view->chart(which);
        REQUIRE(chart);
        ChartExportOptions options = ChartExporter::optionsFor(*chart, QString());
        for (const char *suffix : {"png", "pdf"}) {
            options.format = QLatin1String(suffix) == QLatin1String("png")
                                 ? ChartExportOptions::Format::Png
                                 : ChartExportOptions::Format::Pdf;
            const QString out = page.dir.filePath(
                QStringLiteral("chart%1.%2").arg(int(which)).arg(QLatin1String(suffix)));
            CHECK(page.view->exportChartTo(which, options, out).ok());
            CHECK(QFileInfo(out).size() > 1000);
        }
    }
}

TEST_CASE("the window's Surveys page is the SERVQUAL page and follows the open workbench",
          "[ui][surveys]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    const QString path = dir.filePath(QStringLiteral("w.yardstick"));
    MainWindow window(settings);
    CHECK_FALSE(window.surveysView()); // the pages come with a workbench
    REQUIRE(window.createWorkbench(path));
    REQUIRE(window.surveysView());
    window.showSection(MainWindow::Section::Surveys);
    CHECK(window.currentSection() == MainWindow::Section::Surveys);
    CHECK(window.surveysView()->isVisibleTo(&window));
    CHECK(window.surveysView()->showsEmptyState());
    CHECK(window.surveysView()->importAction()->isEnabled());
    CHECK(window.findChild<QMenu *>(QStringLiteral("surveysMenu")));
}

TEST_CASE("the window's Surveys page has a Staff audits tab on the open workbench's checklists",
          "[ui][surveys][audits]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    MainWindow window(settings);
    CHECK_FALSE(window.auditsView()); // the pages come with a workbench
    REQUIRE(window.createWorkbench(dir.filePath(QStringLiteral("w.yardstick"))));
    REQUIRE(window.auditsView());
    QTabWidget *tabs = window.surveysView()->tabs();
    const int at = tabs->indexOf(window.auditsView());
    REQUIRE(at >= 0);
    CHECK(tabs->tabText(at) == QStringLiteral("Staff audits"));
    // A fresh workbench has no checklist: recording needs one first.
    CHECK(window.auditsView()->templateBox()->count() == 0);
    CHECK_FALSE(window.auditsView()->recordButton()->isEnabled());

    // The demo workbench's checklists reach the tab when it is opened.
    REQUIRE(window.openWorkbench(YardstickTests::copyOfDemoWorkbench(dir.path())));
    CHECK(window.auditsView()->templateBox()->count() > 0);
    CHECK(window.auditsView()->recordButton()->isEnabled());
    CHECK(window.auditsView()->scoresTable()->model()->rowCount() > 0);
}

// Hidden: run by hand ("[.screenshot]") to look at the page and the charts
// on the demo workbench; writes /tmp/h5_*.png and .pdf.
TEST_CASE("screenshots of the Surveys page on the demo workbench", "[.screenshot]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    MainWindow window(settings);
    REQUIRE(window.openWorkbench(YardstickTests::copyOfDemoWorkbench(dir.path())));
    window.resize(1400, 900);
    window.showSection(MainWindow::Section::Surveys);
    window.show();
    QTest::qWait(600);
    window.grab().save(QStringLiteral("/tmp/h5_surveys.png"));
    SurveysView *view = window.surveysView();
    const QStringList waves = [&] {
        QStringList names;
        for (int i = 0; i < view->waveBox()->count(); ++i)
            names << view->waveBox()->itemData(i).toString();
        return names;
    }();
    WARN("waves: " << waves.join(QStringLiteral(", ")).toStdString());
    WARN("headline: " << view->weightedGapLabel()->text().toStdString());
    WARN("silent: " << view->silentLabel()->text().toStdString());
    for (const auto which : {SurveysView::Chart::Gaps, SurveysView::Chart::Quadrant}) {
        const std::optional<AnyChart> chart = view->chart(which);
        REQUIRE(chart);
        ChartExportOptions options = ChartExporter::optionsFor(*chart, QStringLiteral("Demo"));
        const QString name =
            which == SurveysView::Chart::Gaps ? QStringLiteral("gaps") : QStringLiteral("quadrant");
        options.format = ChartExportOptions::Format::Png;
        CHECK(view->exportChartTo(which, options, QStringLiteral("/tmp/h5_%1.png").arg(name)).ok());
        options.format = ChartExportOptions::Format::Pdf;
        CHECK(view->exportChartTo(which, options, QStringLiteral("/tmp/h5_%1.pdf").arg(name)).ok());
    }
}

TEST_CASE("the survey dialog edits items and waves, refuses clashes and the page saves them",
          "[ui][surveys]")
{
    SmallSurvey s = smallSurvey();
    Workbench &wb = *s.workbench;
    const std::optional<Survey> stored = wb.surveys().find(s.surveyId);
    REQUIRE(stored);
    // A new survey starts on the default 1-7 scale.
    CHECK(Survey().scaleMin == 1);
    CHECK(Survey().scaleMax == 7);

    SurveyDialog dialog(*stored, wb.services().all(), wb.dimensions().all());
    REQUIRE(dialog.itemsTable()->rowCount() == 3);
    REQUIRE(dialog.wavesTable()->rowCount() == 2);
    CHECK(dialog.problem().isEmpty());

    // TAN1's own importance goes from 3 to 4.5; a third wave, an in-branch
    // card, is added.
    dialog.itemsTable()->item(2, 3)->setText(QStringLiteral("4.5"));
    dialog.addWaveRow({0, 0, QStringLiteral("W3"), QDate(2025, 7, 1), QDate(2025, 9, 30),
                       SurveyChannel::InBranch});
    Survey edited = dialog.survey();
    REQUIRE(edited.items.size() == 3);
    REQUIRE(edited.items.at(2).importance);
    CHECK(*edited.items.at(2).importance == Approx(4.5));
    REQUIRE(edited.waves.size() == 3);
    CHECK(edited.waves.at(2).channel == SurveyChannel::InBranch);
    CHECK(edited.waves.at(1).channel == SurveyChannel::Phone);

    // A wave that ends before it starts and a repeated code are refused,
    // and the dialog stays open.
    dialog.wavesTable()->item(2, 2)->setText(QStringLiteral("2025-06-30"));
    CHECK(dialog.problem().contains(QStringLiteral("W3")));
    dialog.show();
    dialog.accept();
    CHECK(dialog.isVisible());
    dialog.wavesTable()->item(2, 2)->setText(QStringLiteral("2025-09-30"));
    dialog.itemsTable()->item(1, 0)->setText(QStringLiteral("REL1"));
    CHECK(dialog.problem().contains(QStringLiteral("REL1")));
    dialog.itemsTable()->item(1, 0)->setText(QStringLiteral("REL2"));
    CHECK(dialog.problem().isEmpty());

    // The page writes the edit at once.
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    QUndoStack undo;
    SurveysView view(wb, settings, undo);
    REQUIRE(view.saveSurvey(dialog.survey(), dialog.original()));
    const std::optional<Survey> saved = wb.surveys().find(s.surveyId);
    REQUIRE(saved);
    REQUIRE(saved->waves.size() == 3);
    CHECK(saved->wave(QStringLiteral("W3"))->channel == SurveyChannel::InBranch);
    CHECK(*saved->item(QStringLiteral("TAN1"))->importance == Approx(4.5));
}

TEST_CASE("the survey headline's word and amount agree with the gaps it shows",
          "[ui][surveys][valueformat]")
{
    QLocale::setDefault(QLocale::c());
    ServqualResult result;
    result.wave = QStringLiteral("W2");
    WaveComparison before;
    before.wave = QStringLiteral("W1");
    // -0.3251 shows as -0.33 and -0.3449 as -0.34: the reader sees a change
    // of 0.01, though the unrounded gaps differ by 0.0198 (once "0.02").
    result.weightedGap = -0.3251;
    before.weightedGap = -0.3449;
    result.previous = before;
    CHECK(ServqualPanel::changeText(result) ==
          QStringLiteral("better by 0.01 than W1's -0.34 (too few respondents to test)"));
    // -0.3349 and -0.3351 both show -0.33 and -0.34: worse by 0.01, not "the
    // same" for a change of 0.0002.
    result.weightedGap = -0.3351;
    result.previous->weightedGap = -0.3349;
    CHECK(ServqualPanel::changeText(result) ==
          QStringLiteral("worse by 0.01 than W1's -0.33 (too few respondents to test)"));
    // Both show -0.33: the same.
    result.weightedGap = -0.331;
    result.previous->weightedGap = -0.3349;
    CHECK(ServqualPanel::changeText(result) ==
          QStringLiteral("the same as W1's -0.33 (too few respondents to test)"));
    QLocale::setDefault(QLocale::system());
}
