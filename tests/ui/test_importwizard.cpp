// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "dialogs/caseimportwizard.h"
#include "dialogs/casemappingpage.h"
#include "dialogs/fileimportwizard.h"
#include "dialogs/importresultdialog.h"
#include "dialogs/valuemapdialog.h"
#include "import/caseimporter.h"
#include "io/standardcatalogueexporter.h"
#include "jobs/importrunner.h"
#include "mainwindow/importcontroller.h"
#include "mainwindow/mainwindow.h"
#include "support/xlsxwriting.h"
#include "usecases/caseimportservice.h"
#include "views/standardsview.h"
#include "workbench/workbench.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Yardstick;

namespace {

// Rows under headers no importer knows by name, so every column is mapped.
const QByteArray kHeader = "Ticket;Opened;Closed;Svc\n";

QByteArray caseRow(int number, const char *service = "APP")
{
    return "T" + QByteArray::number(number) + ";13/02/2025 09:30;14/02/2025;" + service + "\n";
}

struct Fixture
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("cases.yardstick"));
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    std::unique_ptr<MainWindow> window;

    Fixture()
    {
        Workbench::OpenResult made = Workbench::create(path);
        REQUIRE(made.workbench);
        Service service{0, QStringLiteral("APP"), QStringLiteral("Application processing"), {}};
        REQUIRE(made.workbench->services().insert(service).ok());
        Department department{0, QStringLiteral("NA"), QStringLiteral("New Accounts")};
        REQUIRE(made.workbench->departments().insert(department).ok());
        made.workbench.reset();

        window = std::make_unique<MainWindow>(settings);
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        REQUIRE(window->openWorkbench(path));
    }

    QString writeCsv(const QString &name, const QByteArray &bytes)
    {
        const QString file = dir.filePath(name);
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(bytes);
        return file;
    }

    template<typename Wizard>
    Wizard *wizard()
    {
        Wizard *found = nullptr;
        REQUIRE(QTest::qWaitFor([&] {
            found = window->findChild<Wizard *>();
            return found && found->isVisible();
        }));
        return found;
    }

    // Opens the case wizard on a file and moves on to the mapping page.
    CaseImportWizard *mappingFor(const QString &csv)
    {
        window->imports()->importCases(csv);
        CaseImportWizard *w = wizard<CaseImportWizard>();
        REQUIRE(w->button(QWizard::NextButton)->isEnabled());
        w->next();
        REQUIRE(w->currentPage() == w->mappingPage());
        return w;
    }

    int cases() const { return window->workbench()->cases().count(); }
    QString status() const { return window->statusBar()->currentMessage(); }
    ImportResultDialog *resultDialog() { return wizard<ImportResultDialog>(); }

    void finishAndWait(QWizard *w)
    {
        QAbstractButton *finish = w->button(QWizard::FinishButton);
        REQUIRE(finish->isVisible());
        REQUIRE(finish->isEnabled());
        QTest::mouseClick(finish, Qt::LeftButton);
        REQUIRE(QTest::qWaitFor([&] { return !window->imports()->isRunning(); }, 4000));
    }
};

QComboBox *combo(QWidget *wizard, const char *name)
{
    auto *found = wizard->findChild<QComboBox *>(QLatin1String(name));
    REQUIRE(found);
    return found;
}

void choose(QComboBox *box, const QString &text)
{
    const int index = box->findText(text);
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
}

QList<qint64> rejectedLines(ImportResultDialog *dialog)
{
    QList<qint64> lines;
    const QAbstractItemModel *model = dialog->rejectionsTable()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        lines.append(model->index(row, 1).data().toLongLong());
    return lines;
}

// Answers the question the next click raises with the given button, once it
// shows, after letting `look` see it; the box runs its own event loop, so
// this has to be set up before the click.
void answerQuestion(QMessageBox::StandardButton answer,
                    const std::function<void(QMessageBox *)> &look)
{
    QTimer::singleShot(0, [answer, look] {
        QMessageBox *box = nullptr;
        REQUIRE(QTest::qWaitFor([&] {
            box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            return box && box->isVisible();
        }));
        look(box);
        QTest::mouseClick(box->button(answer), Qt::LeftButton);
    });
}

} // namespace

TEST_CASE("the case wizard asks once before creating the services a file names",
          "[ui][import][createmissing]")
{
    Fixture f;
    const QString csv = f.writeCsv(QStringLiteral("export.csv"),
                                   kHeader + caseRow(1, "Category 26") + caseRow(2, "APP") +
                                       caseRow(3, "Category 27") + caseRow(4, "category 26"));
    CaseImportWizard *wizard = f.mappingFor(csv);
    choose(combo(wizard, "column_service"), QStringLiteral("Svc"));
    QComboBox *dates = combo(wizard, "dateFormatCombo");
    dates->setCurrentIndex(dates->findData(int(DateFormat::DayMonthYear)));
    const auto serviceNames = [&f] {
        QStringList names;
        for (const Service &service : f.window->workbench()->services().all())
            names.append(service.name);
        names.sort();
        return names;
    };

    SECTION("yes creates them and imports every row")
    {
        int asked = 0;
        answerQuestion(QMessageBox::Yes, [&asked](QMessageBox *box) {
            ++asked;
            CHECK(box->objectName() == QStringLiteral("createMissingQuestion"));
            CHECK(box->text() == QStringLiteral("Create these 2 service(s)?"));
            CHECK(box->detailedText() == QStringLiteral("Services:\nCategory 26\nCategory 27"));
        });
        f.finishAndWait(wizard);
        CHECK(asked == 1);
        CHECK(f.cases() == 4);
        CHECK(serviceNames() == QStringList{QStringLiteral("Application processing"),
                                            QStringLiteral("Category 26"),
                                            QStringLiteral("Category 27")});
        // The result dialog lists what was created.
        auto *notes = f.resultDialog()->findChild<QLabel *>(QStringLiteral("importNotes"));
        REQUIRE(notes);
        CHECK(notes->text().contains(QStringLiteral("Created 2 service(s): ")));
        CHECK(notes->text().contains(QStringLiteral("Category 26 (C2)")));
        CHECK(notes->text().contains(QStringLiteral("Category 27 (C22)")));
    }

    SECTION("no imports without them: their rows are rejected, nothing is created")
    {
        answerQuestion(QMessageBox::No, [](QMessageBox *) {});
        f.finishAndWait(wizard);
        CHECK(f.cases() == 0);
        CHECK(rejectedLines(f.resultDialog()) == QList<qint64>{2, 4, 5});
        CHECK(serviceNames() == QStringList{QStringLiteral("Application processing")});
    }

    SECTION("cancel goes back to the mapping with nothing done")
    {
        answerQuestion(QMessageBox::Cancel, [](QMessageBox *) {});
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        CHECK(wizard->isVisible());
        CHECK(wizard->currentPage() == wizard->mappingPage());
        CHECK_FALSE(f.window->imports()->isRunning());
        CHECK(f.cases() == 0);
        CHECK(serviceNames() == QStringList{QStringLiteral("Application processing")});
    }
}

TEST_CASE("the case wizard maps unfamiliar headers, imports, and presets the mapping next time",
          "[ui][import]")
{
    Fixture f;
    const QString csv =
        f.writeCsv(QStringLiteral("cases.csv"), kHeader + caseRow(1) + caseRow(2) + caseRow(3));

    // From the keyboard: Ctrl+I, type the path, Return goes on to the mapping.
    QTest::keyClick(f.window.get(), Qt::Key_I, Qt::ControlModifier);
    CaseImportWizard *wizard = f.wizard<CaseImportWizard>();
    auto *path = wizard->findChild<QLineEdit *>(QStringLiteral("importFilePath"));
    path->setFocus();
    QTest::keyClicks(path, csv);
    QTest::keyClick(path, Qt::Key_Return);
    REQUIRE(wizard->currentPage() == wizard->mappingPage());
    CHECK(wizard->findChild<QTableView *>(QStringLiteral("importPreviewTable"))
              ->model()
              ->rowCount() == 3);

    // Ticket, Opened and Closed are known synonyms; nothing says Svc is the service.
    CHECK(combo(wizard, "column_case_id")->currentText() == QStringLiteral("Ticket"));
    CHECK(combo(wizard, "column_received")->currentText() == QStringLiteral("Opened"));
    CHECK(combo(wizard, "column_completed")->currentText() == QStringLiteral("Closed"));
    CHECK(combo(wizard, "column_department")->currentText() ==
          QStringLiteral("(not in this file)"));
    CHECK_FALSE(wizard->button(QWizard::FinishButton)->isEnabled());
    auto *problem = wizard->findChild<QLabel *>(QStringLiteral("mappingProblem"));
    CHECK(problem->text().contains(QStringLiteral("Service")));
    CHECK(combo(wizard, "dateFormatCombo")->itemText(0).contains(QStringLiteral("DD/MM/YYYY")));

    choose(combo(wizard, "column_service"), QStringLiteral("Svc"));
    QComboBox *dates = combo(wizard, "dateFormatCombo");
    dates->setCurrentIndex(dates->findData(int(DateFormat::DayMonthYear)));
    CHECK(problem->text().isEmpty());
    CHECK(wizard->rememberMapping());
    f.finishAndWait(wizard);

    CHECK(f.cases() == 3);
    CHECK(f.status().contains(QStringLiteral("3 imported")));
    CHECK_FALSE(f.window->findChild<ImportResultDialog *>()); // clean: the status line says it
    const std::optional<CaseImportSettings> saved =
        f.window->workbench()->caseImports().rememberedMapping();
    REQUIRE(saved);
    CHECK(saved->columns.value(CaseField::Service) == QStringLiteral("Svc"));
    CHECK(saved->dateFormat == DateFormat::DayMonthYear);

    // Next week's file has the same header: the mapping is there already.
    const QString next = f.writeCsv(QStringLiteral("next.csv"), kHeader + caseRow(4));
    CaseImportWizard *again = f.mappingFor(next);
    CHECK(combo(again, "column_service")->currentText() == QStringLiteral("Svc"));
    CHECK(combo(again, "dateFormatCombo")->currentData().toInt() == int(DateFormat::DayMonthYear));
    CHECK(again->button(QWizard::FinishButton)->isEnabled());
    f.finishAndWait(again);
    CHECK(f.cases() == 4);
}

TEST_CASE("the case wizard shows the date format the whole file says and the import reads "
          "with it",
          "[ui][import][dateparser]")
{
    Fixture f;
    // 40 rows whose numbers never exceed 12, more than the preview shows;
    // then one whose second number is 25: the file is month-first. "?" is no
    // completed date (an open case), not a value that cannot be read.
    QByteArray text = kHeader;
    for (int i = 1; i <= 40; ++i)
        text += "T" + QByteArray::number(i) + ";02/03/2025 08:00;?;APP\n";
    text += "T41;01/25/2025 9:15 PM;01/26/2025;APP\n";
    CaseImportWizard *wizard = f.mappingFor(f.writeCsv(QStringLiteral("long.csv"), text));
    choose(combo(wizard, "column_service"), QStringLiteral("Svc"));

    QComboBox *dates = combo(wizard, "dateFormatCombo");
    CHECK(dates->currentData().toInt() == int(DateFormat::Auto));
    CHECK(dates->itemText(0).contains(QStringLiteral("MM/DD/YYYY")));
    const CaseImportSettings settings = wizard->settings();
    CHECK(settings.datesDetected);
    REQUIRE(settings.detectedDates);
    CHECK(settings.detectedDates->format == DateFormat::MonthDayYear);
    CHECK_FALSE(settings.detectedDates->ambiguous);
    // No cell of the preview is red: "?" is no value.
    CHECK_FALSE(wizard->findChild<QLabel *>(QStringLiteral("mappedPreviewNote"))
                    ->text()
                    .contains(QStringLiteral("rejected")));

    f.finishAndWait(wizard);
    REQUIRE(f.cases() == 41);
    const QList<CaseRecord> cases = f.window->workbench()->cases().forService(
        f.window->workbench()->services().all().constFirst().id);
    for (const CaseRecord &c : cases) {
        if (c.caseId == u"T1") {
            CHECK(c.receivedAt.date == QDate(2025, 2, 3)); // 3 February, month first
            CHECK_FALSE(c.completedAt);
        } else if (c.caseId == u"T41") {
            CHECK(c.receivedAt.date == QDate(2025, 1, 25));
            CHECK(c.receivedAt.secondOfDay == std::optional<int>(21 * 3600 + 15 * 60));
            REQUIRE(c.completedAt);
            CHECK(c.completedAt->date == QDate(2025, 1, 26));
        }
    }
}

TEST_CASE("yardstick-cli import cases reads next week's file with the mapping the wizard "
          "remembered",
          "[ui][import]")
{
    Fixture f;
    CaseImportWizard *wizard =
        f.mappingFor(f.writeCsv(QStringLiteral("cases.csv"), kHeader + caseRow(1)));
    choose(combo(wizard, "column_service"), QStringLiteral("Svc"));
    QComboBox *dates = combo(wizard, "dateFormatCombo");
    dates->setCurrentIndex(dates->findData(int(DateFormat::DayMonthYear)));
    f.finishAndWait(wizard);
    REQUIRE(f.cases() == 1);

    // Next week's export, under the same header no importer knows by name.
    // Its only dates have days of 12 or less, so only the remembered
    // day-first format can say that T2 arrived on 2 March, not 3 February.
    const QString next =
        f.writeCsv(QStringLiteral("next.csv"), kHeader + "T2;02/03/2025 08:00;04/03/2025;APP\n");
    auto runCli = [&](const QString &workbench) {
        QProcess cli;
        cli.start(QStringLiteral(YARDSTICK_CLI_PATH),
                  {QStringLiteral("import"), QStringLiteral("cases"), workbench, next});
        REQUIRE(cli.waitForFinished(60000));
        return std::pair{cli.exitCode(), QString::fromUtf8(cli.readAllStandardError())};
    };

    SECTION("the workbench that remembers it")
    {
        const auto [exitCode, errors] = runCli(f.path);
        CHECK(exitCode == 0);
        CHECK(errors.contains(QStringLiteral("mapping remembered")));
        REQUIRE(f.cases() == 2);
        const QList<CaseRecord> cases = f.window->workbench()->cases().forService(
            f.window->workbench()->services().all().constFirst().id);
        const auto t2 = std::find_if(cases.cbegin(), cases.cend(),
                                     [](const CaseRecord &c) { return c.caseId == u"T2"; });
        REQUIRE(t2 != cases.cend());
        CHECK(t2->receivedAt.date == QDate(2025, 3, 2));
    }
    SECTION("a workbench that remembers nothing refuses the same file")
    {
        Workbench::OpenResult other =
            Workbench::create(f.dir.filePath(QStringLiteral("o.yardstick")));
        REQUIRE(other.workbench);
        Service service{0, QStringLiteral("APP"), QStringLiteral("Application processing"), {}};
        REQUIRE(other.workbench->services().insert(service).ok());
        const QString otherPath = other.workbench->path();
        other.workbench.reset();
        const auto [exitCode, errors] = runCli(otherPath);
        CHECK(exitCode != 0);
        CHECK_FALSE(errors.contains(QStringLiteral("mapping remembered")));
    }
}

TEST_CASE("a bad row stops the import unless bad rows are skipped, and its line is shown",
          "[ui][import]")
{
    Fixture f;
    const QString csv = f.writeCsv(QStringLiteral("cases.csv"),
                                   kHeader + caseRow(1) + caseRow(2, "NOPE") + caseRow(3));

    SECTION("all or nothing")
    {
        CaseImportWizard *wizard = f.mappingFor(csv);
        choose(combo(wizard, "column_service"), QStringLiteral("Svc"));
        CHECK_FALSE(wizard->skipBadRows());
        // NOPE is no service: the analyst declines to create it.
        answerQuestion(QMessageBox::No, [](QMessageBox *) {});
        f.finishAndWait(wizard);

        CHECK(f.cases() == 0);
        ImportResultDialog *result = f.resultDialog();
        CHECK(rejectedLines(result) == QList<qint64>{3});
        CHECK(result->findChild<QLabel *>(QStringLiteral("importSummaryLabel"))
                  ->text()
                  .contains(QStringLiteral("nothing imported")));
        // The mapping is kept as the analyst left the wizard, whatever the
        // import's outcome: fixing the file and trying again starts from it.
        const std::optional<CaseImportSettings> kept =
            f.window->workbench()->caseImports().rememberedMapping();
        REQUIRE(kept);
        CHECK(kept->columns.value(CaseField::Service) == QStringLiteral("Svc"));

        const QString exported = f.dir.filePath(QStringLiteral("rejections.csv"));
        CHECK(result->exportRejections(exported).isEmpty());
        QFile file(exported);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        CHECK(text.startsWith("file,line,column,reason"));
        CHECK(text.contains("cases.csv,3,Svc,"));
    }
    SECTION("skipping the bad rows")
    {
        CaseImportWizard *wizard = f.mappingFor(csv);
        choose(combo(wizard, "column_service"), QStringLiteral("Svc"));
        wizard->findChild<QCheckBox *>(QStringLiteral("skipBadRowsCheck"))->setChecked(true);
        answerQuestion(QMessageBox::No, [](QMessageBox *) {});
        f.finishAndWait(wizard);

        CHECK(f.cases() == 2);
        CHECK(rejectedLines(f.resultDialog()) == QList<qint64>{3});
        CHECK(f.status().contains(QStringLiteral("2 imported")));
    }
}

TEST_CASE("cancelling a large import leaves the workbench unchanged", "[ui][import]")
{
    Fixture f;
    {
        const QString first = f.writeCsv(QStringLiteral("first.csv"), kHeader + caseRow(0));
        CaseImportWizard *wizard = f.mappingFor(first);
        choose(combo(wizard, "column_service"), QStringLiteral("Svc"));
        f.finishAndWait(wizard);
        REQUIRE(f.cases() == 1);
    }
    QByteArray bytes = kHeader;
    bytes.reserve(200'000 * 40);
    for (int i = 1; i <= 200'000; ++i)
        bytes += caseRow(i);
    const QString big = f.writeCsv(QStringLiteral("big.csv"), bytes);

    CaseImportWizard *wizard = f.mappingFor(big);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    REQUIRE(f.window->imports()->isRunning());
    // Imports are refused while one runs.
    CHECK_FALSE(f.window->imports()->importCasesAction()->isEnabled());

    // The progress dialog exists from the start and shows itself after a
    // moment; cancel it at once, as its Cancel button does, so the test does
    // not race an import that may be done within that moment on a fast
    // machine (the worker checks for cancel every 2,048 rows).
    auto *progress = f.window->findChild<QProgressDialog *>(QStringLiteral("importProgress"));
    REQUIRE(progress);
    QPushButton *cancel = progress->findChild<QPushButton *>();
    REQUIRE(cancel);
    cancel->click();
    REQUIRE(QTest::qWaitFor([&] { return !f.window->imports()->isRunning(); }, 10000));

    CHECK(f.cases() == 1);
    CHECK(f.status().contains(QStringLiteral("cancelled")));
    CHECK(f.window->imports()->importCasesAction()->isEnabled());
}

TEST_CASE("the standards catalogue imports from and exports to the same columns", "[ui][import]")
{
    Fixture f;
    QSignalSpy changed(f.window.get(), &MainWindow::workbenchContentChanged);
    const QString csv = f.writeCsv(
        QStringLiteral("standards.csv"),
        "code,title,service,dimension,metric,statistic,direction,target,threshold,unit,"
        "department,basis,rationale,effective_from\n"
        "APP-T-01,Mean time to decide an application,APP,timeliness,turnaround_days,mean,"
        "lower,15,20,days,NA,customer_expectation,Applicants compare us with the bank,"
        "2025-01-01\n");

    f.window->imports()->importStandards(csv);
    auto *wizard = f.wizard<FileImportWizard>();
    CHECK(wizard->findChild<QTableView *>(QStringLiteral("importPreviewTable"))
              ->model()
              ->rowCount() == 1);
    f.finishAndWait(wizard);

    REQUIRE(f.window->workbench()->catalogue().standards().size() == 1);
    CHECK(f.window->standardsView()->table()->model()->rowCount() == 1);
    CHECK(changed.count() == 1);

    const QString exported = f.dir.filePath(QStringLiteral("exported.csv"));
    CHECK(f.window->imports()->exportStandards(exported).isEmpty());
    QFile file(exported);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readLine()).trimmed() ==
          StandardCatalogueExporter::csvColumns().join(QLatin1Char(',')));
    CHECK(file.readLine().startsWith("APP-T-01,"));
}

TEST_CASE("imports are unavailable without a workbench", "[ui][import]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    MainWindow window(settings);
    const ImportController *imports = window.imports();
    for (QAction *action : {imports->importCasesAction(), imports->importMeasurementsAction(),
                            imports->importStandardsAction(), imports->exportStandardsAction()})
        CHECK_FALSE(action->isEnabled());
    CHECK(imports->importCasesAction()->shortcut() == QKeySequence(QStringLiteral("Ctrl+I")));
}

TEST_CASE("an in-memory workbench imports in place, with no thread to wait for", "[ui][import]")
{
    QTemporaryDir dir;
    Workbench::OpenResult made = Workbench::createInMemory();
    REQUIRE(made.workbench);
    Service service{0, QStringLiteral("APP"), QStringLiteral("Application processing"), {}};
    REQUIRE(made.workbench->services().insert(service).ok());
    const QString csv = dir.filePath(QStringLiteral("cases.csv"));
    {
        QFile out(csv);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(kHeader + caseRow(1) + caseRow(2));
    }
    CaseImportSettings settings = CaseImportSettings::suggestFor(
        {QStringLiteral("Ticket"), QStringLiteral("Opened"), QStringLiteral("Closed")});
    settings.columns.insert(CaseField::Service, QStringLiteral("Svc"));

    QWidget window;
    ImportRunner runner(*made.workbench, &window);
    QSignalSpy finished(&runner, &ImportRunner::finished);
    runner.start(QStringLiteral("cases.csv"), false,
                 [&](Workbench &workbench, const ImportOptions &options) {
                     CHECK(&workbench == made.workbench.get());
                     return CaseImporter(workbench).run(csv, settings, options);
                 });
    REQUIRE(finished.count() == 1);
    CHECK_FALSE(runner.isRunning());
    CHECK(made.workbench->cases().count() == 2);
}

TEST_CASE("the case wizard proposes the mapping of a recognised export, and a value map set on "
          "the page is imported with and remembered",
          "[ui][import][exportpresets]")
{
    Fixture f;
    const QString csv = f.writeCsv(
        QStringLiteral("incidents.csv"),
        "number,opened_at,short_description,priority,state,category,assignment_group,"
        "sys_updated_on,sys_mod_count,resolved_at,closed_at\n"
        "INC001,2025-02-13 09:30:00,Card lost,1 - Critical,Closed,Category 26,New Accounts,"
        "2025-02-15 10:00:00,5,2025-02-14 10:00:00,2025-02-15 10:00:00\n"
        "INC002,2025-02-13 11:00:00,Card stuck,3 - Moderate,In Progress,Category 42,"
        "New Accounts,2025-02-13 12:00:00,2,,\n"
        "INC003,2025-02-14 08:00:00,PIN reset,4 - Low,Resolved,category 26,New Accounts,"
        "2025-02-14 09:30:00,3,2025-02-14 09:00:00,\n");
    CaseImportWizard *wizard = f.mappingFor(csv);

    auto *note = wizard->findChild<QLabel *>(QStringLiteral("recognisedExportNote"));
    REQUIRE(note);
    CHECK(note->isVisible());
    CHECK(note->text().startsWith(QStringLiteral(
        "Recognised: ServiceNow incident export — mapping proposed; check it and continue.")));
    CHECK(combo(wizard, "column_case_id")->currentText() == QStringLiteral("number"));
    CHECK(combo(wizard, "column_received")->currentText() == QStringLiteral("opened_at"));
    // Resolved, not closed; the priority is no key customer.
    CHECK(combo(wizard, "column_completed")->currentText() == QStringLiteral("resolved_at"));
    CHECK(combo(wizard, "column_service")->currentText() == QStringLiteral("category"));
    CHECK(combo(wizard, "column_department")->currentText() == QStringLiteral("assignment_group"));
    CHECK(combo(wizard, "column_key_customer")->currentText() ==
          QStringLiteral("(not in this file)"));
    CHECK(combo(wizard, "latestByCombo")->currentText() == QStringLiteral("sys_mod_count"));
    CHECK(combo(wizard, "caseIdsCombo")->currentData().toInt() == int(CaseIdentity::Global));

    // Both categories onto the workbench's one service, from the dialog the
    // Service row's button opens.
    QStringList listed;
    QTimer::singleShot(0, [&listed] {
        ValueMapDialog *dialog = nullptr;
        REQUIRE(QTest::qWaitFor([&] {
            dialog = qobject_cast<ValueMapDialog *>(QApplication::activeModalWidget());
            return dialog && dialog->isVisible();
        }));
        for (int row = 0; row < dialog->table()->rowCount(); ++row)
            listed.append(dialog->table()->item(row, 0)->text() + QLatin1Char('/') +
                          dialog->table()->item(row, 1)->text());
        REQUIRE(dialog->targetFor(QStringLiteral("Category 26")));
        REQUIRE(dialog->targetFor(QStringLiteral("Category 42")));
        dialog->targetFor(QStringLiteral("Category 26"))
            ->setCurrentText(QStringLiteral("Application processing"));
        dialog->targetFor(QStringLiteral("Category 42"))
            ->setCurrentText(QStringLiteral("Application processing"));
        dialog->accept();
    });
    QPushButton *valueMap = wizard->mappingPage()->valueMapButton(CaseField::Service);
    REQUIRE(valueMap);
    QTest::mouseClick(valueMap, Qt::LeftButton);
    // The whole file's values, each once whatever its case, with their rows.
    CHECK(listed == QStringList{QStringLiteral("Category 26/2"), QStringLiteral("Category 42/1")});
    CHECK(valueMap->text() == QStringLiteral("Value map (2)…"));
    const QMap<QString, QString> expected{
        {QStringLiteral("Category 26"), QStringLiteral("Application processing")},
        {QStringLiteral("Category 42"), QStringLiteral("Application processing")}};
    const CaseImportSettings settings = wizard->settings();
    CHECK(settings.valueMaps.value(CaseField::Service) == expected);
    CHECK(settings.latestBy == QStringLiteral("sys_mod_count"));
    CHECK(settings.caseIds == CaseIdentity::Global);
    // The preview reads the categories as the service they are mapped onto.
    const QAbstractItemModel *preview =
        wizard->findChild<QTableView *>(QStringLiteral("mappedPreviewTable"))->model();
    CHECK(preview->index(0, 0).data().toString() ==
          QStringLiteral("Category 26 → Application processing"));

    // Nothing is missing any more, so no question: the rows go in.
    f.finishAndWait(wizard);
    CHECK(f.cases() == 3);
    const std::optional<CaseImportSettings> saved =
        f.window->workbench()->caseImports().rememberedMapping();
    REQUIRE(saved);
    CHECK(saved->valueMaps.value(CaseField::Service) == expected);
    CHECK(saved->latestBy == QStringLiteral("sys_mod_count"));
    CHECK(saved->caseIds == CaseIdentity::Global);

    // Next week the remembered mapping, value map and all, comes first.
    CaseImportWizard *again = f.mappingFor(csv);
    CHECK(again->settings().valueMaps.value(CaseField::Service) == expected);
    CHECK(again->findChild<QLabel *>(QStringLiteral("recognisedExportNote"))
              ->text()
              .contains(QStringLiteral("remembered")));
}

TEST_CASE("the case wizard offers a workbook's sheets, previews the one chosen and imports it",
          "[ui][import][xlsx]")
{
    using namespace Yardstick::Testing;
    Fixture f;
    // A cover sheet first, as exports often have, then the cases.
    XlsxTestWorkbook book;
    book.sheets = {
        xlsxSheet(QStringLiteral("Notes"), textRow(1, {QStringLiteral("Exported by")}) +
                                               textRow(2, {QStringLiteral("the case system")})),
        xlsxSheet(QStringLiteral("Cases"),
                  textRow(1, {QStringLiteral("Ticket"), QStringLiteral("Opened"),
                              QStringLiteral("Closed"), QStringLiteral("Svc")}) +
                      textRow(2, {QStringLiteral("T1"), QStringLiteral("13/02/2025 09:30"),
                                  QStringLiteral("14/02/2025"), QStringLiteral("APP")}) +
                      textRow(3, {QStringLiteral("T2"), QStringLiteral("17/02/2025 10:00"),
                                  QStringLiteral("20/02/2025"), QStringLiteral("APP")})),
    };
    const QString workbook = f.dir.filePath(QStringLiteral("cases.xlsx"));
    writeXlsx(workbook, book);

    f.window->imports()->importCases(workbook);
    CaseImportWizard *wizard = f.wizard<CaseImportWizard>();
    QComboBox *sheets = combo(wizard, "importSheet");
    CHECK(sheets->isVisible());
    REQUIRE(sheets->count() == 2);
    CHECK(sheets->itemText(0) == QStringLiteral("Notes"));
    CHECK(sheets->itemText(1) == QStringLiteral("Cases"));
    // The first sheet is read until another is chosen.
    CHECK(wizard->sheet() == QStringLiteral("Notes"));
    auto *info = wizard->findChild<QLabel *>(QStringLiteral("importFileInfo"));
    REQUIRE(info);
    CHECK(info->text().contains(QStringLiteral("sheet Notes: 1 columns")));

    // Choosing Cases, as a click on the list does, previews its rows.
    sheets->setCurrentIndex(1);
    emit sheets->activated(1);
    CHECK(wizard->sheet() == QStringLiteral("Cases"));
    CHECK(info->text().contains(QStringLiteral("sheet Cases: 4 columns")));
    const QAbstractItemModel *preview =
        wizard->findChild<QTableView *>(QStringLiteral("importPreviewTable"))->model();
    REQUIRE(preview->rowCount() == 2);
    CHECK(preview->headerData(0, Qt::Horizontal).toString() == QStringLiteral("Ticket"));
    CHECK(preview->index(0, 0).data().toString() == QStringLiteral("T1"));
    CHECK(preview->index(1, 3).data().toString() == QStringLiteral("APP"));

    // On to the mapping and the import: both cases of the chosen sheet.
    REQUIRE(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->next();
    REQUIRE(wizard->currentPage() == wizard->mappingPage());
    choose(combo(wizard, "column_service"), QStringLiteral("Svc"));
    QComboBox *dates = combo(wizard, "dateFormatCombo");
    dates->setCurrentIndex(dates->findData(int(DateFormat::DayMonthYear)));
    f.finishAndWait(wizard);
    CHECK(f.cases() == 2);
}
