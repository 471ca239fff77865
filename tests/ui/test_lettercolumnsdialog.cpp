// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "demoworkbench.h"
#include "dialogs/lettercolumnsbox.h"
#include "dialogs/letterimportdialog.h"
#include "mainwindow/letterimportcontroller.h"
#include "mainwindow/mainwindow.h"
#include "usecases/letterservice.h"
#include "views/complaintsview.h"
#include "views/letterreaderpane.h"
#include "workbench/workbench.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Yardstick;
using namespace Qt::StringLiterals;

namespace {

// A regulator-style export: its own header words, and a Product and an
// Issue Yardstick has no field for.
const char kExport[] =
    "Complaint ID,Date received,Submitted via,Consumer complaint narrative,Product,Issue\n"
    "7012345,2023-05-12,Web,\"They charged a late fee although I paid on time.\",Credit card,"
    "Fees or interest\n"
    "7012399,2023-05-14,Postal mail,\"The merchant never delivered the goods.\",Store card,"
    "Problem with a purchase\n";

struct Fixture
{
    QTemporaryDir dir;
    QString path = YardstickTests::copyOfDemoWorkbench(dir.path());
    QSettings settings{dir.filePath(u"settings.ini"_s), QSettings::IniFormat};
    std::unique_ptr<MainWindow> window;
    QString csv = dir.filePath(u"regulator.csv"_s);

    Fixture()
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(kExport);
        file.close();
        window = std::make_unique<MainWindow>(settings);
        window->show();
        REQUIRE(window->openWorkbench(path));
    }

    Workbench &workbench() const { return *window->workbench(); }

    LetterImportDialog *openDialog() const
    {
        window->letterImports()->importLetters({csv});
        auto *dialog = window->findChild<LetterImportDialog *>();
        REQUIRE(dialog);
        return dialog;
    }

    std::optional<ComplaintLetter> letter(const QString &reference) const
    {
        for (const ComplaintLetter &l : workbench().letters().all()) {
            if (l.reference == reference)
                return l;
        }
        return std::nullopt;
    }
};

QString picked(LetterColumnsBox *box, LetterField field)
{
    return box->fieldCombo(field)->currentData().toString();
}

} // namespace

TEST_CASE("the letters import shows a table's columns, pre-filled, and imports as chosen",
          "[ui][letters][mapping]")
{
    Fixture f;
    LetterImportDialog *dialog = f.openDialog();
    LetterColumnsBox *box = dialog->columnsBox();
    REQUIRE(box->isVisibleTo(dialog));
    // The preview: the six columns and both data rows.
    CHECK(box->previewTable()->columnCount() == 6);
    CHECK(box->previewTable()->rowCount() == 2);
    CHECK(box->previewTable()->item(0, 4)->text() == u"Credit card"_s);

    // What the reader would pick by itself: the regulator's words.
    CHECK(picked(box, LetterField::Id) == u"Complaint ID"_s);
    CHECK(picked(box, LetterField::Received) == u"Date received"_s);
    CHECK(picked(box, LetterField::Channel) == u"Submitted via"_s);
    CHECK(picked(box, LetterField::Text) == u"Consumer complaint narrative"_s);
    CHECK(picked(box, LetterField::CustomerRef).isEmpty());
    CHECK(picked(box, LetterField::KeyCustomer).isEmpty());
    CHECK(picked(box, LetterField::Subject).isEmpty());
    CHECK(box->serviceLabelCombo()->currentData().toString().isEmpty());
    CHECK(box->dimensionLabelCombo()->currentData().toString().isEmpty());

    // Without a text column nothing can be imported.
    QComboBox *text = box->fieldCombo(LetterField::Text);
    text->setCurrentIndex(0);
    CHECK_FALSE(box->isComplete());
    text->setCurrentIndex(text->findData(u"Consumer complaint narrative"_s));
    CHECK(box->isComplete());

    // The Issue becomes each letter's subject.
    QComboBox *subject = box->fieldCombo(LetterField::Subject);
    subject->setCurrentIndex(subject->findData(u"Issue"_s));
    dialog->accept();
    REQUIRE(QTest::qWaitFor([&] { return !f.window->letterImports()->isRunning(); }, 20000));

    const std::optional<ComplaintLetter> fee = f.letter(u"7012345"_s);
    REQUIRE(fee);
    CHECK(fee->subject == u"Fees or interest"_s);
    CHECK(fee->channel == LetterChannel::Web);
    CHECK(fee->receivedAt.date() == QDate(2023, 5, 12));
    CHECK(fee->text.contains(u"late fee"_s));
    // Issue is read as the subject, so only Product stays an attribute.
    CHECK(fee->attributes == QList<LetterAttribute>{{u"Product"_s, u"Credit card"_s}});
    const std::optional<ComplaintLetter> goods = f.letter(u"7012399"_s);
    REQUIRE(goods);
    CHECK(goods->subject == u"Problem with a purchase"_s);
    CHECK(goods->channel == LetterChannel::Letter);

    // The workbench remembers the mapping and offers it next time.
    const std::optional<LetterColumns> remembered =
        f.workbench().letterService().rememberedColumns();
    REQUIRE(remembered);
    CHECK(remembered->columns.value(LetterField::Subject) == u"Issue"_s);
    LetterImportDialog *again = f.openDialog();
    CHECK(picked(again->columnsBox(), LetterField::Subject) == u"Issue"_s);
    CHECK(picked(again->columnsBox(), LetterField::Id) == u"Complaint ID"_s);
    again->reject();
}

TEST_CASE("choosing no column for a field the reader would guess leaves it empty",
          "[ui][letters][mapping]")
{
    Fixture f;
    LetterImportDialog *dialog = f.openDialog();
    LetterColumnsBox *box = dialog->columnsBox();
    box->fieldCombo(LetterField::Channel)->setCurrentIndex(0); // (none)
    dialog->accept();
    REQUIRE(QTest::qWaitFor([&] { return !f.window->letterImports()->isRunning(); }, 20000));
    const std::optional<ComplaintLetter> fee = f.letter(u"7012345"_s);
    REQUIRE(fee);
    // Not read from "Submitted via" (Web): a letter's default, and the column is kept.
    CHECK(fee->channel == LetterChannel::Letter);
    CHECK(fee->attributes.contains(LetterAttribute{u"Submitted via"_s, u"Web"_s}));
}

TEST_CASE("the reader pane shows a letter's attributes under its header", "[ui][letters]")
{
    Fixture f;
    f.window->letterImports()->run({f.csv}, QString(), false);
    REQUIRE(QTest::qWaitFor([&] { return !f.window->letterImports()->isRunning(); }, 20000));
    const std::optional<ComplaintLetter> fee = f.letter(u"7012345"_s);
    REQUIRE(fee);
    f.window->showSection(MainWindow::Section::Complaints);
    ComplaintsView *view = f.window->complaintsView();
    view->selectLetter(fee->id);
    QLabel *attributes = view->reader()->attributesLabel();
    CHECK(attributes->isVisibleTo(view));
    CHECK(attributes->text() == u"Product: Credit card<br>Issue: Fees or interest"_s);

    // A demo letter has no attributes: the line is gone.
    const QList<ComplaintLetter> letters = f.workbench().letters().all();
    const auto plain = std::find_if(letters.cbegin(), letters.cend(), [](const ComplaintLetter &l) {
        return l.attributes.isEmpty();
    });
    REQUIRE(plain != letters.cend());
    view->selectLetter(plain->id);
    CHECK_FALSE(attributes->isVisibleTo(view));
}

TEST_CASE("a given-label column's value map reads an export's words as a service",
          "[ui][letters][mapping]")
{
    Fixture f;
    qint64 billing = 0;
    for (const Service &s : f.workbench().services().all()) {
        if (s.code == u"BIL"_s)
            billing = s.id;
    }
    REQUIRE(billing != 0);
    LetterImportDialog *dialog = f.openDialog();
    LetterColumnsBox *box = dialog->columnsBox();
    // Nothing to map before a column is chosen.
    CHECK_FALSE(box->serviceValuesButton()->isEnabled());
    box->serviceLabelCombo()->setCurrentIndex(box->serviceLabelCombo()->findData(u"Product"_s));
    CHECK(box->serviceValuesButton()->isEnabled());
    box->setValueMaps({{u"Credit card"_s, u"BIL"_s}}, {});
    CHECK(box->serviceValuesButton()->text() == u"Value map (1)…"_s);
    dialog->accept();
    REQUIRE(QTest::qWaitFor([&] { return !f.window->letterImports()->isRunning(); }, 20000));

    const std::optional<ComplaintLetter> fee = f.letter(u"7012345"_s);
    REQUIRE(fee);
    CHECK(fee->serviceId == billing);
    // The label column is read as a label, not kept as an attribute.
    CHECK(fee->attributes == QList<LetterAttribute>{{u"Issue"_s, u"Fees or interest"_s}});
    // The map is remembered with the mapping.
    const std::optional<LetterColumns> remembered =
        f.workbench().letterService().rememberedColumns();
    REQUIRE(remembered);
    CHECK(remembered->labelServiceColumn == u"Product"_s);
    CHECK(remembered->serviceValueMap.value(u"Credit card"_s) == u"BIL"_s);
}

TEST_CASE("tables of two exports listed together are mapped each on its own",
          "[ui][letters][mapping]")
{
    Fixture f;
    // The bank's own ticket export beside the regulator's, and next month's
    // regulator file, shaped like the first.
    const QString tickets = f.dir.filePath(u"tickets.csv"_s);
    const QString april = f.dir.filePath(u"regulator-april.csv"_s);
    for (const auto &[path, text] :
         {std::pair{tickets, QByteArray("Ticket,Opened,Body,Queue\n"
                                        "T-1,2024-03-01,A charge I never made.,Card disputes\n")},
          std::pair{april, QByteArray(kExport).replace("70123", "80123")}}) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    LetterImportDialog *dialog = f.openDialog();
    dialog->addPaths({tickets, april});
    QComboBox *tables = dialog->tableCombo();
    REQUIRE(tables->isVisibleTo(dialog));
    CHECK(tables->count() == 3);
    LetterColumnsBox *box = dialog->columnsBox();
    CHECK(box->table() == f.csv);
    QComboBox *subject = box->fieldCombo(LetterField::Subject);
    subject->setCurrentIndex(subject->findData(u"Issue"_s));

    // The tickets: their own header, their own choices.
    tables->setCurrentIndex(1);
    emit tables->activated(1);
    CHECK(box->table() == tickets);
    CHECK(box->previewTable()->columnCount() == 4);
    for (const auto &[field, column] :
         {std::pair{LetterField::Id, u"Ticket"_s}, std::pair{LetterField::Received, u"Opened"_s},
          std::pair{LetterField::Text, u"Body"_s}}) {
        QComboBox *combo = box->fieldCombo(field);
        combo->setCurrentIndex(combo->findData(column));
    }
    box->serviceLabelCombo()->setCurrentIndex(box->serviceLabelCombo()->findData(u"Queue"_s));
    box->setValueMaps({{u"Card disputes"_s, u"DSP"_s}}, {});

    // Back to the first: its choice is as it was left, without the tickets' map.
    tables->setCurrentIndex(0);
    emit tables->activated(0);
    CHECK(picked(box, LetterField::Subject) == u"Issue"_s);
    CHECK(box->serviceLabelCombo()->currentData().toString().isEmpty());

    const QHash<QString, LetterColumns> own = dialog->tableColumns();
    CHECK(own.value(tickets).columns.value(LetterField::Text) == u"Body"_s);
    CHECK(own.value(tickets).serviceValueMap.value(u"Card disputes"_s) == u"DSP"_s);
    // Next month's file fits the first's mapping and is read with it.
    CHECK(own.value(april).columns.value(LetterField::Subject) == u"Issue"_s);
    CHECK(dialog->columns().columns.value(LetterField::Subject) == u"Issue"_s);

    dialog->accept();
    REQUIRE(QTest::qWaitFor([&] { return !f.window->letterImports()->isRunning(); }, 20000));
    const std::optional<ComplaintLetter> ticket = f.letter(u"T-1"_s);
    REQUIRE(ticket);
    CHECK(ticket->text == u"A charge I never made."_s);
    std::optional<qint64> disputes;
    for (const Service &s : f.workbench().services().all()) {
        if (s.code == u"DSP"_s)
            disputes = s.id;
    }
    CHECK(ticket->serviceId == disputes);
    const std::optional<ComplaintLetter> aprilFee = f.letter(u"8012345"_s);
    REQUIRE(aprilFee);
    CHECK(aprilFee->subject == u"Fees or interest"_s);
}
