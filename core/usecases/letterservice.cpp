// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "letterservice.h"

#include "classify/letterlabeller.h"
#include "classify/lexicon.h"
#include "complaints/complainthandlingmeasures.h"
#include "letters/letterchanges.h"
#include "letters/letterimporter.h"
#include "storage/editconflict.h"
#include "storage/propertyrepository.h"
#include "storage/transaction.h"
#include "usecases/importtrail.h"
#include "workbench/workbench.h"

#include <QElapsedTimer>
#include <QJsonDocument>

#include <algorithm>

namespace Yardstick {

namespace {

// The workbench property holding the last letters mapping remembered (JSON).
constexpr QLatin1String kColumnsKey("import.letters.columns");

} // namespace

LetterService::LetterService(Workbench &workbench, QObject *parent)
    : QObject(parent)
    , m_workbench(workbench)
{}

LetterService::~LetterService() = default;

QList<ComplaintLetter> LetterService::letters() const
{
    return m_workbench.letters().all();
}

std::optional<ComplaintLetter> LetterService::letter(qint64 id) const
{
    return m_workbench.letters().find(id);
}

QList<LetterLink> LetterService::linksOf(qint64 letterId) const
{
    return m_workbench.letters().linksOf(letterId);
}

std::optional<LetterLink> LetterService::linkTo(qint64 letterId, qint64 standardId) const
{
    std::optional<LetterLink> found;
    for (const LetterLink &link : m_workbench.letters().linksOf(letterId)) {
        if (link.standardId == standardId)
            found = link;
    }
    return found;
}

QList<LexiconTerm> LetterService::lexiconTerms() const
{
    QList<LexiconTerm> terms = m_workbench.lexicon().all();
    if (terms.isEmpty())
        terms = Lexicon::defaultTerms();
    return terms;
}

const LetterLabeller &LetterService::labeller()
{
    if (!m_labeller && m_background) {
        // The lexicon alone, at once; the trained model follows.
        m_labeller = std::make_unique<LetterLabeller>(
            LetterLabeller::load(m_workbench, LetterLabeller::Training::Later));
        emit retrainingWanted();
    }
    if (!m_labeller) {
        QElapsedTimer timer;
        timer.start();
        m_labeller = std::make_unique<LetterLabeller>(LetterLabeller::load(m_workbench));
        m_lastRetrainMs = timer.elapsed();
    }
    return *m_labeller;
}

Classification LetterService::classify(const ComplaintLetter &letter)
{
    return labeller().classify(letter);
}

ComplaintLetter LetterService::withSuggestion(const ComplaintLetter &stored)
{
    ComplaintLetter shown = stored;
    if (shown.labelStatus != LabelStatus::Confirmed)
        labeller().suggest(shown);
    return shown;
}

void LetterService::setRetrainInBackground(bool background)
{
    m_background = background;
}

void LetterService::adoptLabeller(LetterLabeller labeller, qint64 milliseconds)
{
    m_labeller = std::make_unique<LetterLabeller>(std::move(labeller));
    m_lastRetrainMs = milliseconds;
    emit labellerChanged();
}

void LetterService::retrain()
{
    if (m_background) {
        emit retrainingWanted();
        return;
    }
    if (!m_labeller) {
        labeller(); // loading trains on the confirmed letters as they now are
        return;
    }
    // A few hundred confirmed letters train in milliseconds (measured on the
    // demo), so the model follows each correction at once.
    QElapsedTimer timer;
    timer.start();
    m_labeller->retrain(m_workbench);
    m_lastRetrainMs = timer.elapsed();
}

ImportSummary LetterService::importLetters(const QStringList &paths, const QString &encoding,
                                           const ImportOptions &options,
                                           const LetterColumns &columns,
                                           const QHash<QString, LetterColumns> &tableColumns)
{
    // Loaded (and trained on the confirmed letters) once for the whole
    // import, on the connection the import writes through.
    const LetterLabeller &suggester = labeller();
    LetterImportOptions letterOptions;
    static_cast<ImportOptions &>(letterOptions) = options;
    letterOptions.encoding = encoding;
    letterOptions.columns = columns;
    letterOptions.tableColumns = tableColumns;
    letterOptions.suggestLabels = [&suggester](ComplaintLetter &letter) {
        suggester.suggest(letter);
    };
    letterOptions.afterStore = [this] {
        return recomputeMeasurements();
    };
    const ImportSummary summary = LetterImporter(m_workbench).run(paths, letterOptions);
    recordImport(m_workbench, tr("letters"), summary);
    if (summary.committed)
        announceImport();
    return summary;
}

std::optional<LetterColumns> LetterService::rememberedColumns() const
{
    const QString text = m_workbench.properties().value(kColumnsKey);
    const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8());
    if (!json.isObject())
        return std::nullopt;
    return LetterColumns::fromJson(json.object());
}

std::optional<LetterColumns> LetterService::rememberedColumnsFor(const QStringList &header) const
{
    std::optional<LetterColumns> columns = rememberedColumns();
    if (columns && !columns->fitsHeader(header))
        return std::nullopt;
    return columns;
}

StorageResult LetterService::rememberColumns(const LetterColumns &columns)
{
    const QByteArray json = QJsonDocument(columns.toJson()).toJson(QJsonDocument::Compact);
    return m_workbench.properties().setValue(kColumnsKey, QString::fromUtf8(json));
}

void LetterService::announceImport()
{
    // The import may have brought confirmed letters to learn from; the
    // labeller reloads when next asked, not here, so a worker's service
    // does not train a model nobody reads. In the background, the model
    // so far keeps suggesting until the retrained one arrives.
    if (m_background && m_labeller)
        emit retrainingWanted();
    else
        m_labeller.reset();
    emit lettersChanged();
    emit labellerChanged();
    emit measurementsChanged();
}

ComplaintLetter LetterService::confirmed(ComplaintLetter letter)
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

ComplaintLetter LetterService::withPrimaryDimension(const ComplaintLetter &shown,
                                                    qint64 dimensionId)
{
    ComplaintLetter after = shown;
    after.dimensions = {{dimensionId, 1.0}};
    // An analyst's further dimensions stay; a suggestion's guesses go.
    if (shown.labelStatus == LabelStatus::Confirmed) {
        for (const DimensionLabel &d : shown.dimensions) {
            if (d.dimensionId != dimensionId)
                after.dimensions.append(d);
        }
    }
    return confirmed(after);
}

std::optional<ComplaintLetter> LetterService::withDimensionToggled(const ComplaintLetter &shown,
                                                                   qint64 dimensionId)
{
    ComplaintLetter after = shown;
    const auto it =
        std::find_if(after.dimensions.begin(), after.dimensions.end(),
                     [&](const DimensionLabel &d) { return d.dimensionId == dimensionId; });
    if (it != after.dimensions.end()) {
        if (after.dimensions.size() == 1)
            return std::nullopt;
        after.dimensions.erase(it);
    } else {
        after.dimensions.append({dimensionId, 1.0});
    }
    return confirmed(after);
}

ComplaintLetter LetterService::withService(const ComplaintLetter &shown, qint64 serviceId)
{
    ComplaintLetter after = shown;
    after.serviceId = serviceId;
    return confirmed(after);
}

ComplaintLetter LetterService::withStatus(const ComplaintLetter &stored, LetterStatus status,
                                          const QDateTime &now)
{
    ComplaintLetter after = stored;
    after.status = status;
    switch (status) {
    case LetterStatus::New:
        // Back to new: nobody has answered it after all.
        after.firstResponseAt = QDateTime();
        after.resolvedAt = QDateTime();
        break;
    case LetterStatus::InProgress:
        if (!after.firstResponseAt.isValid())
            after.firstResponseAt = now;
        after.resolvedAt = QDateTime();
        break;
    case LetterStatus::Resolved:
        after.resolvedAt = now;
        // Resolving answers the customer, if nothing did before.
        if (!after.firstResponseAt.isValid())
            after.firstResponseAt = now;
        break;
    }
    return after;
}

void LetterService::copyLabels(ComplaintLetter &to, const ComplaintLetter &from)
{
    to.serviceId = from.serviceId;
    to.serviceConfidence = from.serviceConfidence;
    to.primaryDimensionId = from.primaryDimensionId;
    to.dimensions = from.dimensions;
    to.severity = from.severity;
    to.labelStatus = from.labelStatus;
}

void LetterService::copyHandling(ComplaintLetter &to, const ComplaintLetter &from)
{
    to.status = from.status;
    to.firstResponseAt = from.firstResponseAt;
    to.resolvedAt = from.resolvedAt;
}

StorageResult LetterService::writeLabels(const ComplaintLetter &letter)
{
    return writePart(Part::Labels, letter, nullptr);
}

StorageResult LetterService::writeLabels(const ComplaintLetter &letter,
                                         const ComplaintLetter &expected)
{
    return writePart(Part::Labels, letter, &expected);
}

StorageResult LetterService::writeHandling(const ComplaintLetter &letter)
{
    return writePart(Part::Handling, letter, nullptr);
}

StorageResult LetterService::writeHandling(const ComplaintLetter &letter,
                                           const ComplaintLetter &expected)
{
    return writePart(Part::Handling, letter, &expected);
}

QString LetterService::conflictMessage(const ComplaintLetter &letter) const
{
    return EditConflict::message(m_workbench.database(), ChangeSubject::Letter, letter.id,
                                 tr("letter %1").arg(letter.reference));
}

StorageResult LetterService::writePart(Part part, const ComplaintLetter &letter,
                                       const ComplaintLetter *expected)
{
    const bool labels = part == Part::Labels;
    const StorageResult done = Transaction::run(m_workbench.database().connection(), [&] {
        const std::optional<ComplaintLetter> stored =
            m_workbench.letters().findForUpdate(letter.id);
        if (!stored)
            return StorageResult::failure(
                tr("Letter %1 is no longer in the workbench.").arg(letter.reference));
        if (expected && !(labels ? LetterChanges::sameLabels(*stored, *expected)
                                 : LetterChanges::sameHandling(*stored, *expected)))
            return StorageResult::failure(conflictMessage(*stored));
        if (labels) {
            if (StorageResult written = m_workbench.letters().updateLabels(letter); !written.ok())
                return written;
        } else {
            if (StorageResult written = m_workbench.letters().updateHandling(letter); !written.ok())
                return written;
            if (StorageResult refreshed = recomputeMeasurements(); !refreshed.ok())
                return StorageResult::failure(
                    tr("The complaint-handling measurements could not be recomputed: %1")
                        .arg(refreshed.error()));
        }
        const auto serviceName = [this](qint64 id) {
            const std::optional<Service> found = m_workbench.services().byId(id);
            return found ? found->name : QString();
        };
        const auto dimensionName = [this](qint64 id) {
            const std::optional<Dimension> found = m_workbench.dimensions().byId(id);
            return found ? found->name : QString();
        };
        const QStringList changes =
            labels ? LetterChanges::labels(*stored, letter, serviceName, dimensionName)
                   : LetterChanges::handling(*stored, letter);
        return m_workbench.changeLog().record(ChangeSubject::Letter, letter.id, stored->reference,
                                              labels ? QStringLiteral("labelled")
                                                     : QStringLiteral("handled"),
                                              changes.join(QStringLiteral("; ")));
    });
    if (!done.ok())
        return done;
    if (labels) {
        retrain();
        emit labelsChanged(letter.id);
        emit letterChanged(letter.id);
        emit labellerChanged();
    } else {
        emit handlingChanged(letter.id);
        emit letterChanged(letter.id);
        emit measurementsChanged();
    }
    return StorageResult::success();
}

StorageResult LetterService::addLink(LetterLink &link)
{
    if (StorageResult added = m_workbench.letters().addLink(link); !added.ok())
        return added;
    emit linksChanged(link.letterId);
    return StorageResult::success();
}

StorageResult LetterService::removeLink(const LetterLink &link)
{
    if (StorageResult removed = m_workbench.letters().removeLink(link.id); !removed.ok())
        return removed;
    emit linksChanged(link.letterId);
    return StorageResult::success();
}

QList<LexiconTerm> LetterService::storedLexicon() const
{
    return m_workbench.lexicon().all();
}

StorageResult LetterService::replaceLexicon(QList<LexiconTerm> &terms,
                                            const std::optional<QList<LexiconTerm>> &expected)
{
    if (StorageResult stored = m_workbench.lexicon().replaceAll(terms, expected); !stored.ok())
        return stored;
    m_labeller.reset();
    emit lexiconChanged();
    emit labellerChanged();
    return StorageResult::success();
}

StorageResult LetterService::refreshMeasurements()
{
    const StorageResult done = Transaction::run(m_workbench.database().connection(),
                                                [this] { return recomputeMeasurements(); });
    if (done.ok())
        emit measurementsChanged();
    return done;
}

StorageResult LetterService::recomputeMeasurements()
{
    return refreshComplaintHandlingMeasurements(m_workbench);
}

} // namespace Yardstick
