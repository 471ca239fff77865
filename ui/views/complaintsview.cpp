// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "complaintsview.h"

#include "classify/letterlabeller.h"
#include "commands/lettercommands.h"
#include "complaintfilterbar.h"
#include "complaints/complainthandlingmeasures.h"
#include "complaints/linksuggestion.h"
#include "delegates/keycustomerdelegate.h"
#include "dialogs/handlingdatesdialog.h"
#include "dialogs/linkstandarddialog.h"
#include "itemmodels/complaintfilterproxymodel.h"
#include "itemmodels/complaintlistmodel.h"
#include "letterreaderpane.h"
#include "servicepicker.h"
#include "workbench/workbench.h"

#include <QAction>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace Yardstick {

namespace {

const QString kSplitterKey = QStringLiteral("complaints/splitter");
const QString kReaderSplitterKey = QStringLiteral("complaints/readerSplitter");
const QString kHeaderKey = QStringLiteral("complaints/header");

// The shifted digits of a US keyboard, for Shift+1..7 where the platform
// reports the symbol rather than the digit.
constexpr char kShiftedDigits[] = "!@#$%^&";

// 1..7 from a key press on the list: the digit row or the keypad; 0 when
// the key is no dimension key. `shifted` tells whether Shift was held.
int dimensionNumber(const QKeyEvent *event, bool *shifted)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers();
    if (modifiers.testAnyFlags(Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return 0;
    *shifted = modifiers.testFlag(Qt::ShiftModifier);
    const int key = event->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_7)
        return key - Qt::Key_1 + 1;
    if (*shifted) {
        for (int i = 0; i < 7; ++i) {
            if (key == kShiftedDigits[i])
                return i + 1;
        }
        // Other layouts shift the digit row to other symbols: the X11 key
        // codes of the digit row (10 is "1") name the key itself.
        if (QGuiApplication::platformName() == QLatin1String("xcb") &&
            event->nativeScanCode() >= 10 && event->nativeScanCode() <= 16)
            return int(event->nativeScanCode()) - 9;
    }
    return 0;
}

// The labels as an analyst's: confirmed, every confidence 1.
ComplaintLetter confirmed(ComplaintLetter letter)
{
    letter.labelStatus = LabelStatus::Confirmed;
    letter.serviceConfidence.reset();
    for (DimensionLabel &d : letter.dimensions)
        d.confidence = 1.0;
    letter.primaryDimensionId =
        letter.dimensions.isEmpty()
            ? std::nullopt
            : std::optional<qint64>(letter.dimensions.constFirst().dimensionId);
    return letter;
}

void copyLabels(ComplaintLetter &to, const ComplaintLetter &from)
{
    to.serviceId = from.serviceId;
    to.serviceConfidence = from.serviceConfidence;
    to.primaryDimensionId = from.primaryDimensionId;
    to.dimensions = from.dimensions;
    to.severity = from.severity;
    to.labelStatus = from.labelStatus;
}

void copyHandling(ComplaintLetter &to, const ComplaintLetter &from)
{
    to.status = from.status;
    to.firstResponseAt = from.firstResponseAt;
    to.resolvedAt = from.resolvedAt;
}

} // namespace

ComplaintsView::ComplaintsView(QSettings &settings, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_undoStack(undoStack)
{
    m_filters = new ComplaintFilterBar(this);
    m_model = new ComplaintListModel(this);
    m_proxy = new ComplaintFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("complaintsTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new KeyCustomerDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The working order (key customers, then the newest) until the analyst
    // sorts by another column.
    m_table->sortByColumn(ComplaintListModel::FlagColumn, Qt::AscendingOrder);
    m_table->installEventFilter(this);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ComplaintsView::showCurrent);

    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("complaintKeyLegend"));
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);

    m_reader = new LetterReaderPane(this);
    connect(m_reader->linkList(), &QListWidget::currentRowChanged, this,
            &ComplaintsView::updateActions);
    m_picker = new ServicePicker(this);
    connect(m_picker, &ServicePicker::chosen, this, [this](qint64 id) {
        setService(id);
        m_table->setFocus();
    });

    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_legend);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("complaintsSplitter"));
    m_splitter->addWidget(listSide);
    m_splitter->addWidget(m_reader);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->restoreState(m_settings.value(kSplitterKey).toByteArray());
    m_reader->splitter()->restoreState(m_settings.value(kReaderSplitterKey).toByteArray());
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { m_settings.setValue(kSplitterKey, m_splitter->saveState()); });
    connect(m_reader->splitter(), &QSplitter::splitterMoved, this,
            [this] { m_settings.setValue(kReaderSplitterKey, m_reader->splitter()->saveState()); });
    const auto saveHeader = [this] {
        m_settings.setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
    };
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, saveHeader);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionMoved, this, saveHeader);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(m_splitter, 1);

    connect(m_filters, &ComplaintFilterBar::filterChanged, this,
            [this](const ComplaintFilter &filter) {
                const std::optional<ComplaintLetter> before = currentLetter();
                m_proxy->setFilter(filter);
                updateCount();
                if (before && viewRowOf(before->id) >= 0)
                    selectLetter(before->id);
                else if (m_proxy->rowCount() > 0)
                    m_table->setCurrentIndex(m_proxy->index(0, 0));
                showCurrent();
            });
    buildActions();
    updateLegend();
    setWorkbench(nullptr);
}

ComplaintsView::~ComplaintsView() = default;

void ComplaintsView::buildActions()
{
    const auto action = [this](const QString &text, const char *name,
                               const QList<QKeySequence> &keys) {
        auto *a = new QAction(text, this);
        a->setObjectName(QLatin1String(name));
        a->setShortcuts(keys);
        // Plain keys belong to the list: typing in the search field or a
        // dialog must not confirm or resolve a letter.
        a->setShortcutContext(Qt::WidgetShortcut);
        m_table->addAction(a);
        return a;
    };
    m_confirmAction = action(
        tr("&Confirm Labels and Next"), "confirmLabelsAction",
        {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter), QKeySequence(Qt::Key_Space)});
    m_serviceAction =
        action(tr("Correct &Service…"), "correctServiceAction", {QKeySequence(Qt::Key_S)});
    m_newAction = action(tr("Mark &New"), "markNewAction", {QKeySequence(Qt::Key_N)});
    m_inProgressAction =
        action(tr("Mark In &Progress"), "markInProgressAction", {QKeySequence(Qt::Key_P)});
    m_resolvedAction =
        action(tr("Mark &Resolved"), "markResolvedAction", {QKeySequence(Qt::Key_R)});
    m_datesAction =
        action(tr("Edit Handling &Dates…"), "editHandlingDatesAction", {QKeySequence(Qt::Key_D)});
    m_linkAction =
        action(tr("&Link to Standard…"), "linkStandardAction", {QKeySequence(Qt::Key_L)});
    m_unlinkAction =
        action(tr("Remove Lin&k"), "removeLinkAction", {QKeySequence(Qt::SHIFT | Qt::Key_L)});
    m_inProgressAction->setStatusTip(tr("Stamps the first response now if the letter has none"));
    m_resolvedAction->setStatusTip(
        tr("Stamps the resolution now; Edit Handling Dates corrects it"));
    connect(m_confirmAction, &QAction::triggered, this, &ComplaintsView::confirmAndNext);
    connect(m_serviceAction, &QAction::triggered, this, &ComplaintsView::chooseService);
    connect(m_newAction, &QAction::triggered, this, [this] { setStatus(LetterStatus::New); });
    connect(m_inProgressAction, &QAction::triggered, this,
            [this] { setStatus(LetterStatus::InProgress); });
    connect(m_resolvedAction, &QAction::triggered, this,
            [this] { setStatus(LetterStatus::Resolved); });
    connect(m_datesAction, &QAction::triggered, this, &ComplaintsView::editDates);
    connect(m_linkAction, &QAction::triggered, this, &ComplaintsView::chooseStandard);
    connect(m_unlinkAction, &QAction::triggered, this, &ComplaintsView::unlinkChosen);
    m_reader->setLinkActions(m_linkAction, m_unlinkAction);
}

QList<QAction *> ComplaintsView::letterActions() const
{
    return {m_confirmAction,  m_serviceAction, m_newAction,  m_inProgressAction,
            m_resolvedAction, m_datesAction,   m_linkAction, m_unlinkAction};
}

QStringList ComplaintsView::dimensionKeysByNumber()
{
    return {QStringLiteral("timeliness"),     QStringLiteral("accuracy"),
            QStringLiteral("responsiveness"), QStringLiteral("reliability"),
            QStringLiteral("assurance"),      QStringLiteral("empathy"),
            QStringLiteral("tangibles")};
}

void ComplaintsView::setWorkbench(Workbench *workbench)
{
    m_workbench = workbench;
    m_reference = workbench ? ReferenceData::load(*workbench) : ReferenceData();
    m_filters->setReference(m_reference);
    m_reader->setReference(m_reference);
    m_picker->setServices(m_reference.services);
    loadLabeller();
    reloadLetters();
    if (!m_settings.contains(kHeaderKey) ||
        !m_table->horizontalHeader()->restoreState(m_settings.value(kHeaderKey).toByteArray()))
        sizeColumns();
    updateLegend();
    if (m_proxy->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    showCurrent();
}

void ComplaintsView::refresh()
{
    if (!m_workbench)
        return;
    m_reference = ReferenceData::load(*m_workbench);
    m_filters->setReference(m_reference);
    m_reader->setReference(m_reference);
    m_picker->setServices(m_reference.services);
    m_model->setReference(m_reference);
    // An import may have brought confirmed letters to learn from.
    loadLabeller();
    reloadLetters();
    updateLegend();
}

void ComplaintsView::reloadLabeller()
{
    loadLabeller();
    reloadLetters();
}

void ComplaintsView::loadLabeller()
{
    m_labeller.reset();
    if (!m_workbench)
        return;
    QElapsedTimer timer;
    timer.start();
    m_labeller = std::make_unique<LetterLabeller>(LetterLabeller::load(*m_workbench));
    m_lastRetrainMs = timer.elapsed();
}

void ComplaintsView::retrain()
{
    if (!m_labeller || !m_workbench)
        return;
    // A few hundred confirmed letters train in milliseconds (measured on the
    // demo), so the model follows each correction at once, on this thread.
    QElapsedTimer timer;
    timer.start();
    m_labeller->retrain(*m_workbench);
    m_lastRetrainMs = timer.elapsed();
}

ComplaintLetter ComplaintsView::displayed(const ComplaintLetter &stored) const
{
    ComplaintLetter shown = stored;
    if (m_labeller && shown.labelStatus != LabelStatus::Confirmed)
        m_labeller->suggest(shown);
    return shown;
}

std::optional<ComplaintLetter> ComplaintsView::stored(qint64 letterId) const
{
    const auto it = m_stored.constFind(letterId);
    if (it == m_stored.cend())
        return std::nullopt;
    return *it;
}

void ComplaintsView::reloadLetters()
{
    const std::optional<ComplaintLetter> current = currentLetter();
    m_stored.clear();
    QList<ComplaintLetter> shown;
    if (m_workbench) {
        const QList<ComplaintLetter> letters = m_workbench->letters().all();
        shown.reserve(letters.size());
        for (const ComplaintLetter &letter : letters) {
            m_stored.insert(letter.id, letter);
            shown.append(displayed(letter));
        }
    }
    m_model->setReference(m_reference);
    m_model->setLetters(shown);
    updateCount();
    if (current && viewRowOf(current->id) >= 0)
        selectLetter(current->id);
    else if (m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    showCurrent();
}

void ComplaintsView::sizeColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto fit = [&](int column, const QString &sample) {
        m_table->setColumnWidth(column, metrics.horizontalAdvance(sample) + 24);
    };
    fit(ComplaintListModel::FlagColumn, tr("Key"));
    fit(ComplaintListModel::ReceivedColumn,
        m_model->rowCount() > 0
            ? m_model->index(0, ComplaintListModel::ReceivedColumn).data().toString()
            : QStringLiteral("28 Dec 2024 23:59"));
    fit(ComplaintListModel::ReferenceColumn, QStringLiteral("L-2024-0000"));
    fit(ComplaintListModel::ChannelColumn, tr("Complaint card"));
    m_table->setColumnWidth(ComplaintListModel::ServiceColumn,
                            metrics.horizontalAdvance(QLatin1Char('x')) * 22);
    m_table->setColumnWidth(ComplaintListModel::DimensionColumn,
                            metrics.horizontalAdvance(QLatin1Char('x')) * 18);
    fit(ComplaintListModel::SeverityColumn, tr("Severity"));
    fit(ComplaintListModel::LabelStatusColumn, tr("Unlabelled"));
    fit(ComplaintListModel::StatusColumn, tr("In progress"));
    header->setSectionResizeMode(QHeaderView::Interactive);
    // What the analyst works on (labels, status) before what describes the
    // letter, so it stays in sight beside the reader pane.
    const int order[] = {ComplaintListModel::FlagColumn,      ComplaintListModel::ReceivedColumn,
                         ComplaintListModel::ReferenceColumn, ComplaintListModel::LabelStatusColumn,
                         ComplaintListModel::StatusColumn,    ComplaintListModel::DimensionColumn,
                         ComplaintListModel::ServiceColumn,   ComplaintListModel::SeverityColumn,
                         ComplaintListModel::ChannelColumn,   ComplaintListModel::TextColumn};
    for (int visual = 0; visual < int(std::size(order)); ++visual)
        header->moveSection(header->visualIndex(order[visual]), visual);
    m_settings.setValue(kHeaderKey, header->saveState());
}

void ComplaintsView::updateLegend()
{
    QStringList dimensions;
    const QStringList keys = dimensionKeysByNumber();
    for (int i = 0; i < keys.size(); ++i) {
        QString name = keys.at(i);
        for (const Dimension &d : m_reference.dimensions) {
            if (d.key == name)
                name = d.name;
        }
        dimensions.append(tr("<b>%1</b>&nbsp;%2").arg(i + 1).arg(name.toHtmlEscaped()));
    }
    m_legend->setText(
        tr("<b>Return</b> confirm and next · %1 set the dimension (<b>Shift</b>+digit adds "
           "or removes another) · <b>S</b> service · <b>N</b>/<b>P</b>/<b>R</b> new, in "
           "progress, resolved · <b>D</b> dates · <b>L</b> link")
            .arg(dimensions.join(QStringLiteral(" "))));
}

void ComplaintsView::updateCount()
{
    m_filters->setCount(m_proxy->rowCount(), m_model->rowCount());
}

void ComplaintsView::updateActions()
{
    const bool has = m_workbench && currentLetter().has_value();
    for (QAction *a : letterActions())
        a->setEnabled(has);
    if (has)
        m_unlinkAction->setEnabled(m_reader->chosenLinkId().has_value());
}

int ComplaintsView::viewRowOf(qint64 letterId) const
{
    const int row = m_model->rowOf(letterId);
    if (row < 0)
        return -1;
    return m_proxy->mapFromSource(m_model->index(row, 0)).row();
}

std::optional<ComplaintLetter> ComplaintsView::currentLetter() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const QModelIndex source = m_proxy->mapToSource(current);
    if (!source.isValid())
        return std::nullopt;
    return m_model->letterAt(source.row());
}

void ComplaintsView::selectLetter(qint64 letterId)
{
    const int row = viewRowOf(letterId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void ComplaintsView::showCurrent()
{
    const std::optional<ComplaintLetter> letter = currentLetter();
    if (!letter || !m_workbench) {
        m_reader->showNothing(m_workbench ? (m_model->rowCount() == 0
                                                 ? tr("This workbench has no letters yet. Import "
                                                      "them with File › Import › Letters.")
                                                 : tr("No letter matches the filters."))
                                          : tr("Open a workbench to read its letters."));
        updateActions();
        return;
    }
    LetterReaderPane::Content content;
    content.letter = *letter;
    if (m_labeller) {
        content.why = m_labeller->classify(*letter);
        content.trainedOn = m_labeller->classifier().trainedOn();
    }
    content.links = m_workbench->letters().linksOf(letter->id);
    for (const LetterLink &link : std::as_const(content.links)) {
        if (const std::optional<Standard> s = m_workbench->catalogue().standard(link.standardId))
            content.standardNames.insert(s->id, tr("%1 — %2").arg(s->code, s->title));
    }
    m_reader->showLetter(content);
    updateActions();
}

std::optional<qint64> ComplaintsView::nextUnconfirmedAfter(int viewRow) const
{
    const int rows = m_proxy->rowCount();
    for (int step = 1; step < rows; ++step) {
        const QModelIndex index = m_proxy->index((viewRow + step) % rows, 0);
        if (index.data(LabelStatusRole).toInt() != int(LabelStatus::Confirmed))
            return index.data(LetterIdRole).toLongLong();
    }
    return std::nullopt;
}

std::optional<qint64> ComplaintsView::dimensionIdByNumber(int number) const
{
    const QStringList keys = dimensionKeysByNumber();
    if (number < 1 || number > keys.size())
        return std::nullopt;
    for (const Dimension &d : m_reference.dimensions) {
        if (d.key == keys.at(number - 1))
            return d.id;
    }
    return std::nullopt;
}

// The dimension a digit key stands for, or a word in the status bar on why
// the key did nothing.
std::optional<qint64> ComplaintsView::dimensionForKey(int number)
{
    const std::optional<qint64> dimension = dimensionIdByNumber(number);
    if (!dimension)
        emit statusMessage(tr("This workbench has no dimension for the key %1.").arg(number));
    return dimension;
}

void ComplaintsView::reportError(const QString &message)
{
    emit errorOccurred(message);
}

// Writes the edit at once and pushes its undo command; the command's own
// redo does nothing the first time, as the edit is already stored.
bool ComplaintsView::commitEdit(LetterEditCommand::Part part, const ComplaintLetter &before,
                                const ComplaintLetter &after, const QString &text)
{
    if (!m_workbench)
        return false;
    const bool labels = part == LetterEditCommand::Part::Labels;
    ComplaintLetterRepository &letters = m_workbench->letters();
    if (const StorageResult written =
            labels ? letters.updateLabels(after) : letters.updateHandling(after);
        !written.ok()) {
        reportError(written.error());
        return false;
    }
    const auto shown = [this, labels](const ComplaintLetter &letter) {
        if (labels)
            labelsWritten(letter);
        else
            handlingWritten(letter);
    };
    m_undoStack.push(
        new LetterEditCommand(letters, part, before, after, text, shown,
                              [this](const QString &message) { reportError(message); }));
    shown(after);
    return true;
}

bool ComplaintsView::commitLabels(const ComplaintLetter &before, const ComplaintLetter &after,
                                  const QString &text)
{
    return commitEdit(LetterEditCommand::Part::Labels, before, after, text);
}

bool ComplaintsView::commitHandling(const ComplaintLetter &before, const ComplaintLetter &after,
                                    const QString &text)
{
    return commitEdit(LetterEditCommand::Part::Handling, before, after, text);
}

void ComplaintsView::labelsWritten(const ComplaintLetter &letter)
{
    auto it = m_stored.find(letter.id);
    if (it == m_stored.end())
        return;
    copyLabels(*it, letter);
    retrain();
    // Every letter still to confirm shows what the retrained model now says.
    for (const ComplaintLetter &s : std::as_const(m_stored)) {
        if (s.labelStatus != LabelStatus::Confirmed || s.id == letter.id)
            m_model->setLetter(displayed(s));
    }
    showCurrent();
    emit labelsChanged();
}

void ComplaintsView::handlingWritten(const ComplaintLetter &letter)
{
    auto it = m_stored.find(letter.id);
    if (it == m_stored.end())
        return;
    copyHandling(*it, letter);
    const int row = m_model->rowOf(letter.id);
    if (row >= 0) {
        ComplaintLetter shown = m_model->letterAt(row);
        copyHandling(shown, letter);
        m_model->setLetter(shown);
    }
    if (m_workbench) {
        if (const StorageResult refreshed = refreshComplaintHandlingMeasurements(*m_workbench);
            !refreshed.ok())
            reportError(tr("The complaint-handling measurements could not be recomputed: %1")
                            .arg(refreshed.error()));
    }
    showCurrent();
    emit handlingChanged();
}

void ComplaintsView::confirmAndNext()
{
    const std::optional<ComplaintLetter> letter = currentLetter();
    if (!letter)
        return;
    const std::optional<qint64> next = nextUnconfirmedAfter(m_table->currentIndex().row());
    if (letter->labelStatus != LabelStatus::Confirmed) {
        if (!letter->serviceId && letter->dimensions.isEmpty()) {
            emit statusMessage(tr("Nothing to confirm for %1: press 1–7 to give it a dimension.")
                                   .arg(letter->reference));
            return;
        }
        const std::optional<ComplaintLetter> before = stored(letter->id);
        if (!before || !commitLabels(*before, confirmed(*letter),
                                     tr("confirm the labels of %1").arg(letter->reference)))
            return;
    }
    if (next)
        selectLetter(*next);
    else
        emit statusMessage(tr("Every letter in the list is confirmed."));
}

void ComplaintsView::setPrimaryDimension(int number)
{
    const std::optional<ComplaintLetter> letter = currentLetter();
    if (!letter)
        return;
    const std::optional<qint64> dimension = dimensionForKey(number);
    if (!dimension)
        return;
    ComplaintLetter after = *letter;
    after.dimensions = {{*dimension, 1.0}};
    // An analyst's further dimensions stay; a suggestion's guesses go.
    if (letter->labelStatus == LabelStatus::Confirmed) {
        for (const DimensionLabel &d : letter->dimensions) {
            if (d.dimensionId != *dimension)
                after.dimensions.append(d);
        }
    }
    after = confirmed(after);
    const std::optional<ComplaintLetter> before = stored(letter->id);
    if (before && confirmed(*before) != after) {
        commitLabels(*before, after,
                     tr("set the dimension of %1 to %2")
                         .arg(letter->reference, m_reference.dimensionName(*dimension)));
    } else if (before && before->labelStatus != LabelStatus::Confirmed) {
        commitLabels(*before, after, tr("confirm the labels of %1").arg(letter->reference));
    }
}

void ComplaintsView::toggleDimension(int number)
{
    const std::optional<ComplaintLetter> letter = currentLetter();
    if (!letter)
        return;
    const std::optional<qint64> dimension = dimensionForKey(number);
    if (!dimension)
        return;
    ComplaintLetter after = *letter;
    const auto it =
        std::find_if(after.dimensions.begin(), after.dimensions.end(),
                     [&](const DimensionLabel &d) { return d.dimensionId == *dimension; });
    QString text;
    if (it != after.dimensions.end()) {
        if (after.dimensions.size() == 1) {
            emit statusMessage(
                tr("A letter keeps at least one dimension: press 1–7 to change it."));
            return;
        }
        after.dimensions.erase(it);
        text = tr("remove %2 from %1");
    } else {
        after.dimensions.append({*dimension, 1.0});
        text = tr("add %2 to %1");
    }
    const std::optional<ComplaintLetter> before = stored(letter->id);
    if (before) {
        commitLabels(*before, confirmed(after),
                     text.arg(letter->reference, m_reference.dimensionName(*dimension)));
    }
}

void ComplaintsView::setService(qint64 serviceId)
{
    const std::optional<ComplaintLetter> letter = currentLetter();
    if (!letter)
        return;
    ComplaintLetter after = *letter;
    after.serviceId = serviceId;
    const std::optional<ComplaintLetter> before = stored(letter->id);
    if (before) {
        commitLabels(*before, confirmed(after),
                     tr("set the service of %1 to %2")
                         .arg(letter->reference, m_reference.serviceName(serviceId)));
    }
}

void ComplaintsView::setStatus(LetterStatus status)
{
    const std::optional<ComplaintLetter> letter = currentLetter();
    if (!letter)
        return;
    const std::optional<ComplaintLetter> before = stored(letter->id);
    if (!before || before->status == status)
        return;
    ComplaintLetter after = *before;
    after.status = status;
    const QDateTime now = QDateTime::currentDateTime();
    QString text;
    switch (status) {
    case LetterStatus::New:
        // Back to new: nobody has answered it after all.
        after.firstResponseAt = QDateTime();
        after.resolvedAt = QDateTime();
        text = tr("mark %1 new");
        break;
    case LetterStatus::InProgress:
        if (!after.firstResponseAt.isValid())
            after.firstResponseAt = now;
        after.resolvedAt = QDateTime();
        text = tr("mark %1 in progress");
        break;
    case LetterStatus::Resolved:
        after.resolvedAt = now;
        // Resolving answers the customer, if nothing did before.
        if (!after.firstResponseAt.isValid())
            after.firstResponseAt = now;
        text = tr("mark %1 resolved");
        break;
    }
    commitHandling(*before, after, text.arg(letter->reference));
}

void ComplaintsView::linkToStandard(qint64 standardId, const QString &caseId)
{
    const std::optional<ComplaintLetter> letter = currentLetter();
    if (!letter || !m_workbench)
        return;
    ComplaintLetterRepository &letters = m_workbench->letters();
    std::optional<LetterLink> replaced;
    for (const LetterLink &existing : letters.linksOf(letter->id)) {
        if (existing.standardId == standardId)
            replaced = existing;
    }
    if (replaced && replaced->caseId == caseId.trimmed())
        return; // already linked just so
    LetterLink link{0, letter->id, standardId, caseId};
    if (const StorageResult added = letters.addLink(link); !added.ok()) {
        reportError(added.error());
        return;
    }
    const std::optional<Standard> standard = m_workbench->catalogue().standard(standardId);
    m_undoStack.push(new AddLetterLinkCommand(
        letters, link, replaced,
        tr("link %1 to %2").arg(letter->reference, standard ? standard->code : QString()),
        [this](qint64) { showCurrent(); },
        [this](const QString &message) { reportError(message); }));
    showCurrent();
}

void ComplaintsView::removeLink(qint64 linkId)
{
    const std::optional<ComplaintLetter> letter = currentLetter();
    if (!letter || !m_workbench)
        return;
    ComplaintLetterRepository &letters = m_workbench->letters();
    for (const LetterLink &link : letters.linksOf(letter->id)) {
        if (link.id != linkId)
            continue;
        if (const StorageResult removed = letters.removeLink(linkId); !removed.ok()) {
            reportError(removed.error());
            return;
        }
        m_undoStack.push(new RemoveLetterLinkCommand(
            letters, link, tr("remove a link of %1").arg(letter->reference),
            [this](qint64) { showCurrent(); },
            [this](const QString &message) { reportError(message); }));
        showCurrent();
        return;
    }
}

void ComplaintsView::chooseService()
{
    if (!currentLetter())
        return;
    m_picker->popUp(m_table);
}

void ComplaintsView::chooseStandard()
{
    const std::optional<ComplaintLetter> letter = currentLetter();
    if (!letter || !m_workbench)
        return;
    const QList<Standard> standards = m_workbench->catalogue().standards();
    auto *dialog =
        new LinkStandardDialog(standards, suggestedStandardIds(*letter, standards), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 letterId = letter->id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, letterId] {
        const std::optional<qint64> standard = dialog->standardId();
        if (!standard)
            return;
        selectLetter(letterId);
        linkToStandard(*standard, dialog->caseId());
    });
    dialog->open();
}

void ComplaintsView::unlinkChosen()
{
    if (const std::optional<qint64> link = m_reader->chosenLinkId())
        removeLink(*link);
}

void ComplaintsView::editDates()
{
    const std::optional<ComplaintLetter> letter = currentLetter();
    if (!letter)
        return;
    const std::optional<ComplaintLetter> before = stored(letter->id);
    if (!before)
        return;
    auto *dialog = new HandlingDatesDialog(*before, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ComplaintLetter after = dialog->letter();
        const std::optional<ComplaintLetter> now = stored(after.id);
        if (now &&
            (now->firstResponseAt != after.firstResponseAt || now->resolvedAt != after.resolvedAt))
            commitHandling(*now, after, tr("edit the handling dates of %1").arg(after.reference));
    });
    dialog->open();
}

bool ComplaintsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // Where a style or platform lets the list take Return for itself
        // before the shortcut sees it, the key still confirms.
        const bool plain =
            (key->modifiers() & ~Qt::KeyboardModifiers(Qt::KeypadModifier)) == Qt::NoModifier;
        if (plain && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter ||
                      key->key() == Qt::Key_Space)) {
            confirmAndNext();
            return true;
        }
        bool shifted = false;
        if (const int number = dimensionNumber(key, &shifted); number > 0) {
            if (shifted)
                toggleDimension(number);
            else
                setPrimaryDimension(number);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Yardstick
