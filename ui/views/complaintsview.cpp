// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "complaintsview.h"

#include "classify/letterlabeller.h"
#include "complaintactions.h"
#include "complainteditor.h"
#include "complaintfilterbar.h"
#include "complaintkeylegend.h"
#include "complaints/linksuggestion.h"
#include "complainttable.h"
#include "dialogs/handlingdatesdialog.h"
#include "dialogs/historydialog.h"
#include "dialogs/linkstandarddialog.h"
#include "itemmodels/complaintfilterproxymodel.h"
#include "itemmodels/complaintlistmodel.h"
#include "letterreaderpane.h"
#include "servicepicker.h"
#include "storage/teamroles.h"
#include "usecases/letterservice.h"
#include "workbench/workbench.h"

#include <QAction>
#include <QListWidget>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

namespace Yardstick {

namespace {
const QString kSplitterKey = QStringLiteral("complaints/splitter");
const QString kReaderSplitterKey = QStringLiteral("complaints/readerSplitter");
} // namespace

ComplaintsView::ComplaintsView(Workbench &workbench, QSettings &settings, QUndoStack &undoStack,
                               QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_workbench(workbench)
    , m_letters(workbench.letterService())
    , m_writable(workbench.access().data)
{
    m_filters = new ComplaintFilterBar(this);
    m_model = new ComplaintListModel(this);
    m_proxy = new ComplaintFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);

    m_table = new ComplaintTable(m_settings, this);
    m_table->setModel(m_proxy);
    // The working order (key customers, then the newest) until the analyst
    // sorts by another column.
    m_table->sortByColumn(ComplaintListModel::FlagColumn, Qt::AscendingOrder);
    connect(m_table, &ComplaintTable::confirmPressed, this, &ComplaintsView::confirmAndNext);
    connect(m_table, &ComplaintTable::dimensionPressed, this, [this](int number, bool shifted) {
        if (shifted)
            toggleDimension(number);
        else
            setPrimaryDimension(number);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ComplaintsView::showCurrent);

    m_legend = new ComplaintKeyLegend(this);
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
    m_actions = new ComplaintActions(m_table);
    connectActions();
    m_editor = new ComplaintEditor(undoStack, this);
    connect(m_editor, &ComplaintEditor::errorOccurred, this, &ComplaintsView::errorOccurred);
    m_editor->setService(&m_letters);
    followService();
    loadReference();
    reloadLetters();
    m_table->restoreColumns();
    if (m_proxy->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    showCurrent();
}

ComplaintsView::~ComplaintsView() = default;

void ComplaintsView::connectActions()
{
    connect(m_actions->confirm(), &QAction::triggered, this, &ComplaintsView::confirmAndNext);
    connect(m_actions->correctService(), &QAction::triggered, this, &ComplaintsView::chooseService);
    connect(m_actions->markNew(), &QAction::triggered, this,
            [this] { setStatus(LetterStatus::New); });
    connect(m_actions->markInProgress(), &QAction::triggered, this,
            [this] { setStatus(LetterStatus::InProgress); });
    connect(m_actions->markResolved(), &QAction::triggered, this,
            [this] { setStatus(LetterStatus::Resolved); });
    connect(m_actions->editDates(), &QAction::triggered, this, &ComplaintsView::editDates);
    connect(m_actions->link(), &QAction::triggered, this, &ComplaintsView::chooseStandard);
    connect(m_actions->unlink(), &QAction::triggered, this, &ComplaintsView::unlinkChosen);
    connect(m_actions->history(), &QAction::triggered, this, &ComplaintsView::showHistory);
    m_reader->setLinkActions(m_actions->link(), m_actions->unlink());
}

// Whoever changed the letters (this page, an undo, an import, the lexicon
// dialog), the service says so and the page follows.
void ComplaintsView::followService()
{
    connect(&m_letters, &LetterService::lettersChanged, this, &ComplaintsView::reloadLetters);
    connect(&m_letters, &LetterService::letterChanged, this, &ComplaintsView::letterChanged);
    connect(&m_letters, &LetterService::labellerChanged, this, &ComplaintsView::suggestionsChanged);
    connect(&m_letters, &LetterService::linksChanged, this, &ComplaintsView::showCurrent);
    connect(&m_letters, &LetterService::labelsChanged, this, &ComplaintsView::labelsChanged);
    connect(&m_letters, &LetterService::handlingChanged, this, &ComplaintsView::handlingChanged);
}

void ComplaintsView::refresh()
{
    loadReference();
    reloadLetters();
}

void ComplaintsView::loadReference()
{
    m_reference = ReferenceData::load(m_workbench);
    m_filters->setReference(m_reference);
    m_reader->setReference(m_reference);
    // A letter is not given a retired service; letters that have one keep it.
    QList<Service> active;
    for (const Service &s : std::as_const(m_reference.services)) {
        if (!s.retired)
            active.append(s);
    }
    m_picker->setServices(active);
    m_legend->setDimensions(m_reference.dimensions);
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
    const QList<ComplaintLetter> letters = m_letters.letters();
    shown.reserve(letters.size());
    for (const ComplaintLetter &letter : letters) {
        m_stored.insert(letter.id, letter);
        shown.append(m_letters.withSuggestion(letter));
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

void ComplaintsView::letterChanged(qint64 letterId)
{
    if (!m_stored.contains(letterId))
        return;
    const std::optional<ComplaintLetter> now = m_letters.letter(letterId);
    if (!now)
        return;
    m_stored.insert(letterId, *now);
    m_model->setLetter(m_letters.withSuggestion(*now));
    updateCount(); // a confirmed label is no longer counted as a suggestion
    showCurrent();
}

// The classifier was retrained or reloaded: every letter still to confirm
// shows what it now says.
void ComplaintsView::suggestionsChanged()
{
    for (const ComplaintLetter &s : std::as_const(m_stored)) {
        if (s.labelStatus != LabelStatus::Confirmed)
            m_model->setLetter(m_letters.withSuggestion(s));
    }
    updateCount();
    showCurrent();
}

void ComplaintsView::updateCount()
{
    m_filters->setCount(m_proxy->rowCount(), m_model->rowCount(), m_proxy->unconfirmedShown());
}

void ComplaintsView::updateActions()
{
    m_actions->setAvailable(m_writable && currentLetter().has_value(),
                            m_reader->chosenLinkId().has_value());
}

int ComplaintsView::viewRowOf(qint64 letterId) const
{
    const int row = m_model->rowOf(letterId);
    if (row < 0)
        return -1;
    return m_proxy->mapFromSource(m_model->index(row, 0)).row();
}

void ComplaintsView::showHistory()
{
    const std::optional<ComplaintLetter> letter = currentLetter();
    if (!letter)
        return;
    ChangeLogRepository::Filter filter;
    filter.subject = ChangeSubject::Letter;
    filter.subjectId = letter->id;
    auto *dialog = new HistoryDialog(
        tr("History of Letter %1").arg(letter->reference),
        tr("Every change to the labels and handling of %1, newest first, with who made it.")
            .arg(letter->reference),
        m_workbench.changeLog().entries(filter), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
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
    if (!letter) {
        m_reader->showNothing(m_model->rowCount() == 0
                                  ? tr("This workbench has no letters yet. Import them with File "
                                       "› Import › Letters.")
                                  : tr("No letter matches the filters."));
        updateActions();
        return;
    }
    LetterReaderPane::Content content;
    content.letter = *letter;
    content.why = m_letters.classify(*letter);
    content.trainedOn = m_letters.labeller().classifier().trainedOn();
    content.links = m_letters.linksOf(letter->id);
    for (const LetterLink &link : std::as_const(content.links)) {
        if (const std::optional<Standard> s = m_workbench.catalogue().standard(link.standardId))
            content.standardNames.insert(s->id, tr("%1 — %2").arg(s->code, s->title));
    }
    m_reader->showLetter(content);
    updateActions();
}

// The dimension a digit key stands for, or a word in the status bar on why
// the key did nothing.
std::optional<qint64> ComplaintsView::dimensionForKey(int number)
{
    const QStringList keys = ComplaintKeyLegend::dimensionKeysByNumber();
    if (number >= 1 && number <= keys.size()) {
        for (const Dimension &d : m_reference.dimensions) {
            if (d.key == keys.at(number - 1))
                return d.id;
        }
    }
    emit statusMessage(tr("This workbench has no dimension for the key %1.").arg(number));
    return std::nullopt;
}

void ComplaintsView::confirmAndNext()
{
    const std::optional<ComplaintLetter> letter = currentLetter();
    if (!letter)
        return;
    const std::optional<qint64> next = m_proxy->nextUnconfirmedAfter(m_table->currentIndex().row());
    if (letter->labelStatus != LabelStatus::Confirmed) {
        if (!letter->serviceId && letter->dimensions.isEmpty()) {
            emit statusMessage(tr("Nothing to confirm for %1: press 1–7 to give it a dimension.")
                                   .arg(letter->reference));
            return;
        }
        const std::optional<ComplaintLetter> before = stored(letter->id);
        if (!before ||
            !m_editor->writeLabels(*before, LetterService::confirmed(*letter),
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
    const ComplaintLetter after = LetterService::withPrimaryDimension(*letter, *dimension);
    const std::optional<ComplaintLetter> before = stored(letter->id);
    if (before && LetterService::confirmed(*before) != after) {
        m_editor->writeLabels(*before, after,
                              tr("set the dimension of %1 to %2")
                                  .arg(letter->reference, m_reference.dimensionName(*dimension)));
    } else if (before && before->labelStatus != LabelStatus::Confirmed) {
        m_editor->writeLabels(*before, after,
                              tr("confirm the labels of %1").arg(letter->reference));
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
    const std::optional<ComplaintLetter> after =
        LetterService::withDimensionToggled(*letter, *dimension);
    if (!after) {
        emit statusMessage(tr("A letter keeps at least one dimension: press 1–7 to change it."));
        return;
    }
    const bool added = after->dimensions.size() > letter->dimensions.size();
    const QString text = added ? tr("add %2 to %1") : tr("remove %2 from %1");
    if (const std::optional<ComplaintLetter> before = stored(letter->id))
        m_editor->writeLabels(*before, *after,
                              text.arg(letter->reference, m_reference.dimensionName(*dimension)));
}

void ComplaintsView::setService(qint64 serviceId)
{
    const std::optional<ComplaintLetter> letter = currentLetter();
    if (!letter)
        return;
    if (const std::optional<ComplaintLetter> before = stored(letter->id)) {
        m_editor->writeLabels(*before, LetterService::withService(*letter, serviceId),
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
    QString text;
    switch (status) {
    case LetterStatus::New:
        text = tr("mark %1 new");
        break;
    case LetterStatus::InProgress:
        text = tr("mark %1 in progress");
        break;
    case LetterStatus::Resolved:
        text = tr("mark %1 resolved");
        break;
    }
    m_editor->writeHandling(
        *before, LetterService::withStatus(*before, status, QDateTime::currentDateTime()),
        text.arg(letter->reference));
}

void ComplaintsView::linkToStandard(qint64 standardId, const QString &caseId)
{
    const std::optional<ComplaintLetter> letter = currentLetter();
    if (!letter)
        return;
    const std::optional<Standard> standard = m_workbench.catalogue().standard(standardId);
    m_editor->link(*letter, standardId, standard ? standard->code : QString(), caseId);
}

void ComplaintsView::removeLink(qint64 linkId)
{
    if (const std::optional<ComplaintLetter> letter = currentLetter())
        m_editor->unlink(*letter, linkId);
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
    if (!letter)
        return;
    const QList<Standard> standards = m_workbench.catalogue().standards();
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
            m_editor->writeHandling(*now, after,
                                    tr("edit the handling dates of %1").arg(after.reference));
    });
    dialog->open();
}

} // namespace Yardstick
