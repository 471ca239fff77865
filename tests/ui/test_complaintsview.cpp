// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "classify/letterlabeller.h"
#include "classify/lexicon.h"
#include "demoworkbench.h"
#include "dialogs/lexicondialog.h"
#include "itemmodels/complaintfilterproxymodel.h"
#include "itemmodels/complaintlistmodel.h"
#include "jobs/labellertrainer.h"
#include "mainwindow/letterimportcontroller.h"
#include "mainwindow/mainwindow.h"
#include "usecases/letterservice.h"
#include "views/complaintfilterbar.h"
#include "views/complaintsview.h"
#include "views/letterhighlighter.h"
#include "views/letterreaderpane.h"
#include "views/servicepicker.h"
#include "workbench/workbench.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QUndoStack>

#include <algorithm>

using namespace Yardstick;

namespace {

qint64 dimensionId(Workbench &workbench, const QString &key)
{
    for (const Dimension &d : workbench.dimensions().all()) {
        if (d.key == key)
            return d.id;
    }
    FAIL("no dimension " << key.toStdString());
    return 0;
}

qint64 serviceId(Workbench &workbench, const QString &code)
{
    for (const Service &s : workbench.services().all()) {
        if (s.code == code)
            return s.id;
    }
    FAIL("no service " << code.toStdString());
    return 0;
}

// The demo's letters all come confirmed. These are taken back to
// "suggested" (as an import would leave them) before the window opens:
// two ordinary customers' letters, the newest ones, labelled timeliness.
QList<qint64> unconfirmSome(const QString &path, int count)
{
    Workbench::OpenResult opened = Workbench::open(path);
    REQUIRE(opened.workbench);
    Workbench &wb = *opened.workbench;
    QList<ComplaintLetter> letters = wb.letters().all();
    std::sort(letters.begin(), letters.end(), &ComplaintListModel::worksBefore);
    QList<qint64> ids;
    const qint64 timeliness = dimensionId(wb, QStringLiteral("timeliness"));
    for (ComplaintLetter letter : letters) {
        if (letter.keyCustomer || ids.size() == count)
            continue;
        letter.labelStatus = LabelStatus::Suggested;
        letter.dimensions = {{timeliness, 0.6}};
        letter.serviceConfidence = 0.7;
        REQUIRE(wb.letters().updateLabels(letter).ok());
        ids.append(letter.id);
    }
    REQUIRE(ids.size() == count);
    return ids;
}

struct Fixture
{
    QTemporaryDir dir;
    QString path = YardstickTests::copyOfDemoWorkbench(dir.path());
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    std::unique_ptr<MainWindow> window;

    void open()
    {
        window = std::make_unique<MainWindow>(settings);
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        REQUIRE(window->openWorkbench(path));
        window->showSection(MainWindow::Section::Complaints);
    }

    ComplaintsView *view() const { return window->complaintsView(); }
    Workbench &workbench() const { return *window->workbench(); }
    ComplaintLetter stored(qint64 id) const
    {
        const std::optional<ComplaintLetter> letter = window->workbench()->letters().find(id);
        REQUIRE(letter);
        return *letter;
    }

    // Keys go to the complaint list, as the analyst works it.
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        QTableView *table = view()->table();
        table->setFocus();
        QTest::keyClick(table, Qt::Key(key), modifiers);
    }
};

} // namespace

TEST_CASE("Return confirms a letter's suggested labels and moves to the next unconfirmed one",
          "[ui][complaints]")
{
    Fixture f;
    const QList<qint64> ids = unconfirmSome(f.path, 2);
    f.open();
    ComplaintsView *view = f.view();
    view->selectLetter(ids.at(0));
    const std::optional<ComplaintLetter> shown = view->currentLetter();
    REQUIRE(shown);
    REQUIRE(shown->labelStatus == LabelStatus::Suggested);
    REQUIRE_FALSE(shown->dimensions.isEmpty());

    f.press(Qt::Key_Return);
    const ComplaintLetter confirmed = f.stored(ids.at(0));
    CHECK(confirmed.labelStatus == LabelStatus::Confirmed);
    // What the pane suggested is what was stored, now with an analyst's certainty.
    REQUIRE_FALSE(confirmed.dimensions.isEmpty());
    CHECK(confirmed.dimensions.constFirst().dimensionId ==
          shown->dimensions.constFirst().dimensionId);
    CHECK(confirmed.dimensions.constFirst().confidence == 1.0);
    CHECK(confirmed.serviceId == shown->serviceId);
    // The other unconfirmed letter is next (the only one left).
    REQUIRE(view->currentLetter());
    CHECK(view->currentLetter()->id == ids.at(1));

    // Space does the same to that one.
    f.press(Qt::Key_Space);
    CHECK(f.stored(ids.at(1)).labelStatus == LabelStatus::Confirmed);
}

TEST_CASE("a digit key sets the primary dimension and confirms, and undo puts the labels back",
          "[ui][complaints]")
{
    Fixture f;
    const QList<qint64> ids = unconfirmSome(f.path, 1);
    f.open();
    ComplaintsView *view = f.view();
    const ComplaintLetter before = f.stored(ids.at(0));
    view->selectLetter(ids.at(0));

    // 2 is accuracy in the legend: 1 timeliness, 2 accuracy, 3 responsiveness...
    f.press(Qt::Key_2);
    const qint64 accuracy = dimensionId(f.workbench(), QStringLiteral("accuracy"));
    ComplaintLetter after = f.stored(ids.at(0));
    CHECK(after.labelStatus == LabelStatus::Confirmed);
    CHECK(after.primaryDimensionId == accuracy);
    REQUIRE(after.dimensions.size() == 1);
    CHECK(after.dimensions.constFirst().dimensionId == accuracy);
    CHECK(view->currentLetter()->id == ids.at(0)); // stays, for Shift+digit or S

    // Shift+3 adds responsiveness behind accuracy.
    f.press(Qt::Key_3, Qt::ShiftModifier);
    const qint64 responsiveness = dimensionId(f.workbench(), QStringLiteral("responsiveness"));
    after = f.stored(ids.at(0));
    REQUIRE(after.dimensions.size() == 2);
    CHECK(after.dimensions.at(0).dimensionId == accuracy);
    CHECK(after.dimensions.at(1).dimensionId == responsiveness);

    // Undo both: the workbench holds the suggestion it held before.
    f.press(Qt::Key_Z, Qt::ControlModifier);
    f.press(Qt::Key_Z, Qt::ControlModifier);
    const ComplaintLetter undone = f.stored(ids.at(0));
    CHECK(undone.labelStatus == LabelStatus::Suggested);
    CHECK(undone.dimensions == before.dimensions);
    CHECK(undone.serviceConfidence == before.serviceConfidence);
    CHECK(undone.primaryDimensionId == before.primaryDimensionId);

    // Redo brings accuracy back.
    f.press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(f.stored(ids.at(0)).primaryDimensionId == accuracy);
}

TEST_CASE("S and a service's first letters correct the service", "[ui][complaints]")
{
    Fixture f;
    const QList<qint64> ids = unconfirmSome(f.path, 1);
    f.open();
    f.view()->selectLetter(ids.at(0));
    f.press(Qt::Key_S);
    ServicePicker *picker = f.view()->servicePicker();
    REQUIRE(picker->isVisible());
    // "Bill" begins "Bill-inquiry response" and "Billing statement delivery";
    // "Billing" only the latter (BIL).
    QTest::keyClicks(picker->field(), QStringLiteral("Billing"));
    QTest::keyClick(picker->field(), Qt::Key_Return);
    CHECK_FALSE(picker->isVisible());
    const ComplaintLetter after = f.stored(ids.at(0));
    CHECK(after.serviceId == serviceId(f.workbench(), QStringLiteral("BIL")));
    CHECK(after.labelStatus == LabelStatus::Confirmed);
}

TEST_CASE("key customers' letters come first, then the newest", "[ui][complaints]")
{
    Fixture f;
    f.open();
    const QAbstractItemModel *shown = f.view()->table()->model();
    REQUIRE(shown->rowCount() > 10);
    bool sawOrdinary = false;
    int keyLetters = 0;
    QDateTime previous;
    bool previousKey = true;
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QModelIndex index = shown->index(row, 0);
        const bool key = index.data(KeyCustomerRole).toBool();
        const QDateTime received = index.data(ReceivedAtRole).toDateTime();
        if (key) {
            ++keyLetters;
            CHECK_FALSE(sawOrdinary);
        } else {
            sawOrdinary = true;
        }
        if (row > 0 && key == previousKey)
            CHECK(received <= previous);
        previous = received;
        previousKey = key;
    }
    // The demo's key customers (5% of them) wrote some letters.
    CHECK(keyLetters > 0);
    CHECK(sawOrdinary);
}

TEST_CASE("the complaint filters narrow the list", "[ui][complaints]")
{
    Fixture f;
    f.open();
    ComplaintFilterBar *bar = f.view()->filterBar();
    const QAbstractItemModel *shown = f.view()->table()->model();
    const int total = shown->rowCount();
    REQUIRE(total > 10);

    const qint64 bil = serviceId(f.workbench(), QStringLiteral("BIL"));
    bar->serviceCombo()->setCurrentIndex(bar->serviceCombo()->findData(bil));
    const int billing = shown->rowCount();
    CHECK(billing > 0);
    CHECK(billing < total);
    for (int row = 0; row < billing; ++row)
        CHECK(shown->index(row, 0).data(ServiceIdRole) == bil);

    bar->serviceCombo()->setCurrentIndex(0);
    bar->keyCustomersBox()->setChecked(true);
    const int key = shown->rowCount();
    CHECK(key > 0);
    CHECK(key < total);
    for (int row = 0; row < key; ++row)
        CHECK(shown->index(row, 0).data(KeyCustomerRole) == true);

    bar->keyCustomersBox()->setChecked(false);
    QTest::keyClicks(bar->searchField(), QStringLiteral("zzzz-no-letter-says-this"));
    CHECK(shown->rowCount() == 0);
    bar->searchField()->clear();
    CHECK(shown->rowCount() == total);
}

TEST_CASE("moving a complaint to resolved stamps its resolution, and undo takes it back",
          "[ui][complaints]")
{
    Fixture f;
    f.open();
    ComplaintsView *view = f.view();
    // The first new letter in the list.
    const QAbstractItemModel *shown = view->table()->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        if (shown->index(row, 0).data(StatusRole) == int(LetterStatus::New)) {
            view->selectLetter(shown->index(row, 0).data(LetterIdRole).toLongLong());
            break;
        }
    }
    // The demo's older letters are handled already; start from a new one.
    if (view->currentLetter() && view->currentLetter()->status != LetterStatus::New)
        view->setStatus(LetterStatus::New);
    const std::optional<ComplaintLetter> letter = view->currentLetter();
    REQUIRE(letter);
    REQUIRE(letter->status == LetterStatus::New);
    const ComplaintLetter before = f.stored(letter->id);
    const QDateTime start = QDateTime::currentDateTime().addSecs(-1);

    f.press(Qt::Key_P);
    ComplaintLetter after = f.stored(letter->id);
    CHECK(after.status == LetterStatus::InProgress);
    REQUIRE(after.firstResponseAt.isValid());
    CHECK(after.firstResponseAt >= start);
    CHECK_FALSE(after.resolvedAt.isValid());
    const QDateTime responded = after.firstResponseAt;

    f.press(Qt::Key_R);
    after = f.stored(letter->id);
    CHECK(after.status == LetterStatus::Resolved);
    REQUIRE(after.resolvedAt.isValid());
    CHECK(after.resolvedAt >= start);
    CHECK(after.resolvedAt <= QDateTime::currentDateTime().addSecs(1));
    CHECK(after.firstResponseAt == responded); // the first response stays as it was

    f.press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.stored(letter->id).status == LetterStatus::InProgress);
    CHECK_FALSE(f.stored(letter->id).resolvedAt.isValid());
    f.press(Qt::Key_Z, Qt::ControlModifier);
    const ComplaintLetter undone = f.stored(letter->id);
    CHECK(undone.status == before.status);
    CHECK(undone.firstResponseAt == before.firstResponseAt);
}

TEST_CASE("the reader pane marks the lexicon terms in the letter's text", "[ui][complaints]")
{
    Fixture f;
    f.open();
    ComplaintsView *view = f.view();
    const LetterLabeller labeller = LetterLabeller::load(f.workbench());
    // The first letter in the list with a counted (not negated) term.
    const QAbstractItemModel *shown = view->table()->model();
    std::optional<TermHit> hit;
    for (int row = 0; row < shown->rowCount() && !hit; ++row) {
        const qint64 id = shown->index(row, 0).data(LetterIdRole).toLongLong();
        const Classification why = labeller.classify(f.stored(id));
        for (const TermHit &h : why.terms) {
            if (!h.negated && h.weight > 0) {
                hit = h;
                view->selectLetter(id);
                break;
            }
        }
    }
    REQUIRE(hit);
    QTextDocument *document = view->reader()->textBrowser()->document();
    QTextCursor cursor(document);
    // A cursor's format is that of the character before it: inside the term.
    cursor.setPosition(int(hit->start + 1));
    CHECK(cursor.charFormat().background().color() == LetterHighlighter::termBackground());
    CHECK(cursor.charFormat().toolTip().contains(hit->term));
    // Outside any term the text is plain.
    cursor.setPosition(0);
    if (hit->start > 1)
        CHECK(cursor.charFormat().background().style() == Qt::NoBrush);
}

TEST_CASE("a link to a standard is stored and undone", "[ui][complaints]")
{
    Fixture f;
    f.open();
    ComplaintsView *view = f.view();
    const std::optional<ComplaintLetter> letter = view->currentLetter();
    REQUIRE(letter);
    const QList<Standard> standards = f.workbench().catalogue().standards();
    REQUIRE_FALSE(standards.isEmpty());
    const QList<LetterLink> existing = f.workbench().letters().linksOf(letter->id);
    const int linksBefore = int(existing.size());
    // A standard the letter is not linked to yet.
    const auto unlinked =
        std::find_if(standards.cbegin(), standards.cend(), [&](const Standard &s) {
            return std::none_of(existing.cbegin(), existing.cend(),
                                [&](const LetterLink &l) { return l.standardId == s.id; });
        });
    REQUIRE(unlinked != standards.cend());
    view->linkToStandard(unlinked->id, QStringLiteral("C-123"));
    QList<LetterLink> links = f.workbench().letters().linksOf(letter->id);
    REQUIRE(links.size() == linksBefore + 1);
    CHECK(links.constLast().caseId == QStringLiteral("C-123"));
    f.window->undoStack()->undo();
    CHECK(f.workbench().letters().linksOf(letter->id).size() == linksBefore);
    f.window->undoStack()->redo();
    CHECK(f.workbench().letters().linksOf(letter->id).size() == linksBefore + 1);
}

TEST_CASE("the lexicon dialog stores the whole list and stays open while a row is wrong",
          "[ui][complaints]")
{
    Fixture f;
    f.open();
    REQUIRE(f.workbench().lexicon().all().isEmpty()); // the demo uses the default terms
    f.window->lexiconAction()->trigger();
    QPointer<LexiconDialog> dialog = f.window->findChild<LexiconDialog *>();
    REQUIRE(dialog);
    const int defaults = int(Lexicon::defaultTerms().size());
    CHECK(dialog->table()->rowCount() == defaults);

    // A new row with no term: OK refuses, says which row, keeps the edit.
    dialog->addTerm();
    dialog->accept();
    CHECK(dialog->isVisible());
    CHECK(dialog->problemLabel()->text().contains(QString::number(defaults + 1)));
    CHECK(f.workbench().lexicon().all().isEmpty());

    const int row = dialog->table()->rowCount() - 1;
    dialog->table()->item(row, LexiconDialog::TermColumn)->setText(QStringLiteral("took forever"));
    dialog->table()->item(row, LexiconDialog::KeyColumn)->setText(QStringLiteral("timeliness"));
    dialog->accept();
    INFO(dialog->problemLabel()->text().toStdString());
    const QList<LexiconTerm> stored = f.workbench().lexicon().all();
    CHECK(stored.size() == defaults + 1);
    CHECK(std::any_of(stored.cbegin(), stored.cend(), [](const LexiconTerm &t) {
        return t.term == QStringLiteral("took forever") && t.key == QStringLiteral("timeliness") &&
               t.target == LexiconTarget::Dimension;
    }));
}

TEST_CASE("the lexicon dialog refuses to save over a lexicon saved elsewhere and shows it",
          "[ui][complaints]")
{
    Fixture f;
    f.open();
    f.window->lexiconAction()->trigger();
    QPointer<LexiconDialog> dialog = f.window->findChild<LexiconDialog *>();
    REQUIRE(dialog);
    // Meanwhile another program saves a lexicon of one term of its own.
    {
        Workbench::OpenResult other = Workbench::open(f.path);
        REQUIRE(other.workbench);
        QList<LexiconTerm> theirs{{0, QStringLiteral("en"), QStringLiteral("overcharged"),
                                   LexiconTarget::Dimension, QStringLiteral("accuracy"), 2.0}};
        REQUIRE(other.workbench->letterService().replaceLexicon(theirs, QList<LexiconTerm>()).ok());
    }
    dialog->accept();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->problemLabel()->text().contains(QStringLiteral("changed the lexicon at")));
    // Theirs is kept and shown; saved again, the analyst's list goes in.
    CHECK(f.workbench().lexicon().all().size() == 1);
    REQUIRE(dialog->table()->rowCount() == 1);
    CHECK(dialog->table()->item(0, LexiconDialog::TermColumn)->text() ==
          QStringLiteral("overcharged"));
    dialog->accept();
    CHECK(f.workbench().lexicon().all().size() == 1);
    CHECK_FALSE(dialog->isVisible());
}

TEST_CASE("imported letters arrive with suggested labels and show in the list", "[ui][complaints]")
{
    Fixture f;
    f.open();
    const int before = f.view()->model()->rowCount();
    const QString letterPath = f.dir.filePath(QStringLiteral("late-card.txt"));
    {
        QFile file(letterPath);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Dear Sir or Madam,\n\nI applied for a card five weeks ago and I still haven't "
                   "received it.\n");
    }
    QSignalSpy imported(f.window->letterImports(), &LetterImportController::imported);
    f.window->letterImports()->run({letterPath}, QString(), false);
    REQUIRE(QTest::qWaitFor([&] { return !f.window->letterImports()->isRunning(); }, 20000));
    REQUIRE(imported.count() == 1);
    CHECK(f.view()->model()->rowCount() == before + 1);
    const QList<ComplaintLetter> letters = f.workbench().letters().all();
    const auto letter =
        std::find_if(letters.cbegin(), letters.cend(), [](const ComplaintLetter &l) {
            return l.sourceFile == QStringLiteral("late-card.txt");
        });
    REQUIRE(letter != letters.cend());
    CHECK(letter->labelStatus == LabelStatus::Suggested);
    // "still haven't received" and "five weeks" are the lexicon's timeliness terms.
    REQUIRE_FALSE(letter->dimensions.isEmpty());
    CHECK(letter->dimensions.constFirst().dimensionId ==
          dimensionId(f.workbench(), QStringLiteral("timeliness")));
}

TEST_CASE("a service filter's count says how many letters are there by a suggestion only",
          "[ui][complaints][suggested]")
{
    Fixture f;
    const QList<qint64> ids = unconfirmSome(f.path, 2);
    f.open();
    ComplaintFilterBar *bar = f.view()->filterBar();
    auto *count = bar->findChild<QLabel *>(QStringLiteral("complaintCount"));
    REQUIRE(count);
    CHECK_FALSE(count->text().contains(QStringLiteral("suggestion")));

    // The first unconfirmed letter's service: its letters are the demo's
    // confirmed ones plus the unconfirmed letters that name it.
    const qint64 service = *f.stored(ids.at(0)).serviceId;
    int unconfirmed = 0;
    for (qint64 id : ids)
        unconfirmed += f.stored(id).serviceId == service ? 1 : 0;
    bar->serviceCombo()->setCurrentIndex(bar->serviceCombo()->findData(service));
    const int shown = f.view()->table()->model()->rowCount();
    CHECK(count->text().contains(QStringLiteral("Letters: %1 of").arg(shown)));
    CHECK(count->text().contains(
        QStringLiteral("%1 of them by a suggestion not yet confirmed").arg(unconfirmed)));

    // Confirming one takes it out of that number.
    f.view()->selectLetter(ids.at(0));
    f.press(Qt::Key_Return);
    REQUIRE(f.stored(ids.at(0)).labelStatus == LabelStatus::Confirmed);
    if (unconfirmed == 1)
        CHECK_FALSE(count->text().contains(QStringLiteral("suggestion")));
    else
        CHECK(count->text().contains(QStringLiteral("%1 of them by a suggestion").arg(1)));
}

TEST_CASE("the window retrains the classifier in the background after a correction",
          "[ui][complaints]")
{
    Fixture f;
    f.open();
    LabellerTrainer *trainer = f.window->labellerTrainer();
    REQUIRE(trainer);
    LetterService &letters = f.workbench().letterService();
    CHECK(letters.retrainsInBackground());
    // Opening trained the model on a worker: every demo letter is confirmed.
    REQUIRE(QTest::qWaitFor([&] { return !trainer->isRunning(); }, 30000));
    QCoreApplication::processEvents();
    int confirmed = 0;
    for (const ComplaintLetter &l : f.workbench().letters().all())
        confirmed += l.labelStatus == LabelStatus::Confirmed ? 1 : 0;
    const int before = letters.labeller().classifier().trainedOn();
    CHECK(before == confirmed);

    // Unconfirm one letter behind the window's back, then confirm it as the
    // analyst would: the correction asks the trainer, the window goes on
    // with the model it had, and the retrained one has learnt one more.
    const qint64 id = f.workbench().letters().all().constFirst().id;
    ComplaintLetter open = f.stored(id);
    open.labelStatus = LabelStatus::Suggested;
    REQUIRE(f.workbench().letters().updateLabels(open).ok());
    QSignalSpy trained(trainer, &LabellerTrainer::trained);
    REQUIRE(letters.writeLabels(LetterService::confirmed(open)).ok());
    CHECK(trainer->isRunning());
    CHECK(letters.labeller().classifier().trainedOn() == before);
    REQUIRE(QTest::qWaitFor([&] { return trained.count() >= 1; }, 30000));
    CHECK(trained.last().at(0).toInt() == confirmed);
    CHECK(letters.labeller().classifier().trainedOn() == confirmed);

    // An import asks for a retraining too (its letters may come confirmed).
    const QString letterPath = f.dir.filePath(QStringLiteral("fee.txt"));
    {
        QFile file(letterPath);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("The annual fee was charged twice on my statement.\n");
    }
    const int requests = int(trained.count());
    f.window->letterImports()->run({letterPath}, QString(), false);
    REQUIRE(QTest::qWaitFor([&] { return !f.window->letterImports()->isRunning(); }, 20000));
    REQUIRE(QTest::qWaitFor([&] { return trained.count() > requests; }, 30000));
    CHECK(letters.labeller().classifier().trainedOn() == confirmed);
}
