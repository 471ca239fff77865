// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "surveyimporter.h"

#include "import/csvimportrun.h"
#include "import/valueparsers.h"
#include "storage/transaction.h"
#include "workbench/workbench.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace Yardstick {

namespace {

QString quoted(const QString &value)
{
    return QLatin1Char('"') + value + QLatin1Char('"');
}

// One answer's three values as read from a row; a field that is absent from
// the layout, or empty, is a missing value.
struct AnswerCells
{
    int expectation = -1;
    int perception = -1;
    int importance = -1;
};

// What the file's rows are checked against: the survey (perhaps made or
// grown by this import), the dimensions by key and name, and the answers
// already stored for the wave.
class SurveyImport final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::SurveyImport)
public:
    SurveyImport(Workbench &workbench, CsvImportRun &run, const QString &path,
                 const SurveyImportOptions &options, ImportSummary &summary)
        : m_workbench(workbench)
        , m_run(run)
        , m_path(path)
        , m_options(options)
        , m_summary(summary)
    {}

    bool prepareSurvey();
    bool readHeader();
    void readRows();
    bool write();

private:
    // Finds or makes the survey a wave no survey has goes into: the named
    // one, else the only one, else (none yet) one named after the file.
    bool chooseSurveyForNewWave(const QString &waveName);
    void readLongRow(const CsvRecord &row);
    void readWideRow(const CsvRecord &row);
    std::optional<double> value(const CsvRecord &row, int column);
    // Checks one answer against the file and the stored answers; true when it
    // is new and should be written.
    bool accept(const CsvRecord &row, int column, const SurveyResponse &answer);
    const SurveyItem *itemByCode(const QString &code) const;
    // The dimension a wide item's code begins with, by key or name.
    const Dimension *dimensionNamedBy(const QString &code) const;
    // Adds an item the survey lacks; the pointer lasts until the next one.
    const SurveyItem *addItem(const QString &code, const Dimension &dimension);
    QString cell(const CsvRecord &row, int column) const
    {
        return column >= 0 ? row.fields.at(column).trimmed() : QString();
    }

    Workbench &m_workbench;
    CsvImportRun &m_run;
    QString m_path;
    const SurveyImportOptions &m_options;
    ImportSummary &m_summary;

    Survey m_survey;
    bool m_newSurvey = false;
    bool m_surveyChanged = false;
    QHash<QString, const Dimension *> m_dimensions; // by folded key and name
    QList<Dimension> m_dimensionList;
    QHash<QString, SurveyResponse> m_stored;  // respondent|item
    QHash<QString, qint64> m_seen;            // respondent|item -> line
    QHash<QString, qint64> m_seenRespondents; // wide: respondent -> line
    QList<SurveyResponse> m_answers;          // to write
    QList<SurveyResponse> m_rowAnswers;       // of the row being read

    bool m_wide = false;
    int m_respondent = -1;
    int m_customerRef = -1;
    // Long layout.
    int m_item = -1;
    int m_dimension = -1;
    AnswerCells m_longCells;
    // Wide layout: the item codes and their cells, in header order.
    QList<std::pair<QString, AnswerCells>> m_wideItems;
    qint64 m_rowsWritten = 0;
};

bool SurveyImport::chooseSurveyForNewWave(const QString &waveName)
{
    const QList<Survey> surveys = m_workbench.surveys().all();
    QString surveyName = m_options.survey.trimmed();
    if (surveyName.isEmpty() && surveys.size() > 1) {
        QStringList names;
        for (const Survey &survey : surveys)
            names.append(quoted(survey.name));
        m_run.rejectFile(0, QStringLiteral("wave"),
                         tr("no survey has a wave %1 and the workbench has several surveys (%2); "
                            "name the survey to add it to")
                             .arg(quoted(waveName), names.join(QStringLiteral(", "))));
        return false;
    }
    if (surveyName.isEmpty() && surveys.size() == 1) {
        // The only survey is the only place the wave can go.
        m_survey = surveys.constFirst();
        return true;
    }
    // A new workbench's first survey is named after its answers' file.
    if (surveyName.isEmpty())
        surveyName = QFileInfo(m_path).completeBaseName();
    if (surveyName.isEmpty())
        surveyName = tr("Survey");
    for (const Survey &candidate : surveys) {
        if (candidate.name.compare(surveyName, Qt::CaseInsensitive) == 0) {
            m_survey = candidate;
            return true;
        }
    }
    m_survey.name = surveyName;
    m_newSurvey = true;
    m_summary.notes.append(tr("The survey %1 was created; edit its scale and items if they differ.")
                               .arg(quoted(surveyName)));
    return true;
}

bool SurveyImport::prepareSurvey()
{
    const QString waveName = m_options.wave.trimmed();
    if (waveName.isEmpty()) {
        m_run.rejectFile(0, QStringLiteral("wave"), tr("no wave was named for the answers"));
        return false;
    }
    if (std::optional<Survey> survey = m_workbench.surveys().findByWave(waveName)) {
        m_survey = *survey;
        if (!m_options.survey.trimmed().isEmpty() &&
            m_options.survey.trimmed().compare(m_survey.name, Qt::CaseInsensitive) != 0) {
            m_run.rejectFile(0, QStringLiteral("wave"),
                             tr("the wave %1 belongs to the survey %2, not %3")
                                 .arg(quoted(waveName), quoted(m_survey.name),
                                      quoted(m_options.survey.trimmed())));
            return false;
        }
        if (const std::optional<SurveyWave> &given = m_options.waveDefinition) {
            for (SurveyWave &wave : m_survey.waves) {
                if (wave.name == waveName) {
                    wave.startsOn = given->startsOn;
                    wave.endsOn = given->endsOn;
                    wave.channel = given->channel;
                }
            }
            m_surveyChanged = true;
        }
    } else if (!chooseSurveyForNewWave(waveName)) {
        return false;
    } else {
        if (const std::optional<SurveyWave> &given = m_options.waveDefinition) {
            m_survey.waves.append({0, 0, waveName, given->startsOn, given->endsOn, given->channel});
            m_summary.notes.append(tr("The wave %1 was added to the survey %2.")
                                       .arg(quoted(waveName), quoted(m_survey.name)));
        } else {
            // Dated today until the analyst says when the wave ran.
            m_survey.waves.append(
                {0, 0, waveName, m_options.today, m_options.today, SurveyChannel::Mail});
            m_summary.notes.append(tr("The wave %1 was added to the survey %2, dated %3; edit "
                                      "its dates and channel.")
                                       .arg(quoted(waveName), quoted(m_survey.name),
                                            m_options.today.toString(Qt::ISODate)));
        }
        m_surveyChanged = true;
    }
    m_dimensionList = m_workbench.dimensions().all();
    for (const Dimension &dimension : std::as_const(m_dimensionList)) {
        m_dimensions.insert(dimension.key.toCaseFolded(), &dimension);
        m_dimensions.insert(dimension.name.toCaseFolded(), &dimension);
    }
    for (const SurveyResponse &answer : m_workbench.surveyResponses().ofWave(waveName))
        m_stored.insert(answer.respondent + QLatin1Char('\x1f') + answer.item, answer);
    return true;
}

const SurveyItem *SurveyImport::itemByCode(const QString &code) const
{
    if (const SurveyItem *exact = m_survey.item(code))
        return exact;
    for (const SurveyItem &item : m_survey.items) {
        if (item.code.compare(code, Qt::CaseInsensitive) == 0)
            return &item;
    }
    return nullptr;
}

const Dimension *SurveyImport::dimensionNamedBy(const QString &code) const
{
    // "tangibles", "Tangibles_2", "reliability3"; not "tangiblesx". The
    // longest name wins should one dimension's name begin another's.
    const QString folded = code.toCaseFolded();
    const Dimension *found = nullptr;
    qsizetype foundLength = 0;
    for (auto it = m_dimensions.cbegin(); it != m_dimensions.cend(); ++it) {
        const QString &word = it.key();
        if (word.size() <= foundLength || !folded.startsWith(word))
            continue;
        if (folded.size() == word.size() || !folded.at(word.size()).isLetter()) {
            found = it.value();
            foundLength = word.size();
        }
    }
    return found;
}

const SurveyItem *SurveyImport::addItem(const QString &code, const Dimension &dimension)
{
    SurveyItem added;
    added.code = code;
    added.dimensionId = dimension.id;
    added.position = m_survey.items.isEmpty() ? 0 : m_survey.items.constLast().position + 1;
    m_survey.items.append(added);
    m_surveyChanged = true;
    m_summary.notes.append(tr("The item %1 was added to the survey %2 in the dimension %3.")
                               .arg(quoted(code), quoted(m_survey.name), dimension.name));
    return &m_survey.items.constLast();
}

bool SurveyImport::readHeader()
{
    const QStringList &header = m_run.header();
    m_respondent = m_run.columnIndex(u"respondent");
    m_customerRef = m_run.columnIndex(u"customer_ref");
    m_item = m_run.columnIndex(u"item");
    static const QRegularExpression widePattern(QStringLiteral("^([EPI])_(.+)$"),
                                                QRegularExpression::CaseInsensitiveOption);
    bool anyWide = false;
    for (const QString &name : header)
        anyWide = anyWide || widePattern.match(name.trimmed()).hasMatch();
    m_wide = m_item < 0 && anyWide;
    if (m_item < 0 && !anyWide) {
        m_run.rejectFile(1, QStringLiteral("row"),
                         tr("the header is neither the long layout (respondent,item,dimension,"
                            "expectation,perception) nor the wide layout (respondent,E_<item>,"
                            "P_<item>)"));
        return false;
    }
    m_run.requireColumns({{m_respondent, "respondent"}});
    if (!m_wide) {
        m_dimension = m_run.columnIndex(u"dimension");
        m_longCells.expectation = m_run.columnIndex(u"expectation");
        m_longCells.perception = m_run.columnIndex(u"perception");
        m_longCells.importance = m_run.columnIndex(u"importance");
        m_run.requireColumns({{m_dimension, "dimension"},
                              {m_longCells.expectation, "expectation"},
                              {m_longCells.perception, "perception"}});
        return !m_run.hasRejections();
    }

    QHash<QString, qsizetype> itemIndex; // folded code -> position in m_wideItems
    for (int column = 0; column < header.size(); ++column) {
        const QString name = header.at(column).trimmed();
        if (column == m_respondent || column == m_customerRef)
            continue;
        const QRegularExpressionMatch match = widePattern.match(name);
        if (!match.hasMatch()) {
            m_summary.notes.append(
                tr("The column %1 is not an answer column and was ignored.").arg(quoted(name)));
            continue;
        }
        const QString code = match.captured(2);
        const SurveyItem *item = itemByCode(code);
        if (!item) {
            // A wide file has no dimension column, so a new item can only
            // say its dimension in its code.
            if (const Dimension *dimension = dimensionNamedBy(code))
                item = addItem(code, *dimension);
        }
        if (!item) {
            m_run.rejectFile(1, name,
                             tr("unknown item %1: the survey %2 has no such item")
                                 .arg(quoted(code), quoted(m_survey.name)));
            continue;
        }
        const QString folded = item->code.toCaseFolded();
        qsizetype at = itemIndex.value(folded, -1);
        if (at < 0) {
            at = m_wideItems.size();
            itemIndex.insert(folded, at);
            m_wideItems.append({item->code, AnswerCells()});
        }
        AnswerCells &cells = m_wideItems[at].second;
        int &slot = match.captured(1).compare(u"E", Qt::CaseInsensitive) == 0   ? cells.expectation
                    : match.captured(1).compare(u"P", Qt::CaseInsensitive) == 0 ? cells.perception
                                                                                : cells.importance;
        if (slot >= 0)
            m_run.rejectFile(1, name, tr("the column %1 appears twice").arg(quoted(name)));
        slot = column;
    }
    return !m_run.hasRejections();
}

std::optional<double> SurveyImport::value(const CsvRecord &row, int column)
{
    if (column < 0)
        return std::nullopt;
    const QString text = row.fields.at(column).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const std::optional<double> number = parseNumber(text, m_run.separator());
    if (!number) {
        m_run.reject(row.line, m_run.header().at(column),
                     tr("%1 is not a number").arg(quoted(text)));
        return std::nullopt;
    }
    if (*number < m_survey.scaleMin || *number > m_survey.scaleMax) {
        m_run.reject(row.line, m_run.header().at(column),
                     tr("%1 is outside the scale %2\u2013%3")
                         .arg(quoted(text), QString::number(m_survey.scaleMin),
                              QString::number(m_survey.scaleMax)));
        return std::nullopt;
    }
    return number;
}

bool SurveyImport::accept(const CsvRecord &row, int column, const SurveyResponse &answer)
{
    const QString key = answer.respondent + QLatin1Char('\x1f') + answer.item;
    if (const qint64 first = m_seen.value(key, 0); first > 0) {
        m_run.reject(row.line, m_run.header().at(column),
                     tr("respondent %1 answered item %2 more than once in this file (first on "
                        "line %3)")
                         .arg(quoted(answer.respondent), quoted(answer.item))
                         .arg(first));
        return false;
    }
    m_seen.insert(key, row.line);
    const auto stored = m_stored.constFind(key);
    if (stored == m_stored.cend())
        return true;
    SurveyResponse comparable = answer;
    comparable.id = stored->id;
    if (comparable == *stored)
        return false; // a duplicate: already there
    m_run.reject(row.line, m_run.header().at(column),
                 tr("respondent %1 already has a different answer to item %2 in wave %3")
                     .arg(quoted(answer.respondent), quoted(answer.item), quoted(answer.wave)));
    return false;
}

void SurveyImport::readLongRow(const CsvRecord &row)
{
    SurveyResponse answer;
    answer.wave = m_options.wave.trimmed();
    answer.respondent = cell(row, m_respondent);
    answer.customerRef = cell(row, m_customerRef);
    if (answer.respondent.isEmpty())
        m_run.reject(row.line, m_run.header().at(m_respondent), tr("the respondent is empty"));
    const QString code = cell(row, m_item);
    const QString dimensionText = cell(row, m_dimension);
    const Dimension *dimension = m_dimensions.value(dimensionText.toCaseFolded(), nullptr);
    if (dimensionText.isEmpty())
        m_run.reject(row.line, m_run.header().at(m_dimension), tr("the dimension is empty"));
    else if (!dimension)
        m_run.reject(row.line, m_run.header().at(m_dimension),
                     tr("unknown dimension %1").arg(quoted(dimensionText)));
    const SurveyItem *item = code.isEmpty() ? nullptr : itemByCode(code);
    if (code.isEmpty()) {
        m_run.reject(row.line, m_run.header().at(m_item), tr("the item is empty"));
    } else if (item && dimension && item->dimensionId != dimension->id) {
        QString itemDimension;
        for (const Dimension &d : std::as_const(m_dimensionList)) {
            if (d.id == item->dimensionId)
                itemDimension = d.name;
        }
        m_run.reject(row.line, m_run.header().at(m_dimension),
                     tr("item %1 is in the dimension %2, not %3")
                         .arg(quoted(item->code), itemDimension, quoted(dimensionText)));
    }
    answer.expectation = value(row, m_longCells.expectation);
    answer.perception = value(row, m_longCells.perception);
    answer.importance = value(row, m_longCells.importance);
    if (m_run.rowRejected(row.line))
        return;
    if (!item) {
        // A new item joins the survey in the row's dimension; later rows of
        // the file are then checked against it.
        item = addItem(code, *dimension);
    }
    answer.item = item->code;
    answer.dimensionId = item->dimensionId;
    if (!answer.expectation && !answer.perception && !answer.importance)
        return; // nothing answered
    if (!accept(row, m_item, answer)) {
        if (!m_run.rowRejected(row.line))
            ++m_summary.duplicates;
        return;
    }
    m_answers.append(answer);
    ++m_rowsWritten;
}

void SurveyImport::readWideRow(const CsvRecord &row)
{
    const QString respondent = cell(row, m_respondent);
    if (respondent.isEmpty()) {
        m_run.reject(row.line, m_run.header().at(m_respondent), tr("the respondent is empty"));
    } else if (const qint64 first = m_seenRespondents.value(respondent, 0); first > 0) {
        m_run.reject(row.line, m_run.header().at(m_respondent),
                     tr("respondent %1 has more than one row in this file (first on line %2)")
                         .arg(quoted(respondent))
                         .arg(first));
    } else {
        m_seenRespondents.insert(respondent, row.line);
    }
    m_rowAnswers.clear();
    for (const auto &[code, cells] : std::as_const(m_wideItems)) {
        SurveyResponse answer;
        answer.wave = m_options.wave.trimmed();
        answer.respondent = respondent;
        answer.customerRef = cell(row, m_customerRef);
        answer.item = code;
        answer.dimensionId = m_survey.item(code)->dimensionId;
        answer.expectation = value(row, cells.expectation);
        answer.perception = value(row, cells.perception);
        answer.importance = value(row, cells.importance);
        if (answer.expectation || answer.perception || answer.importance)
            m_rowAnswers.append(answer);
    }
    if (m_run.rowRejected(row.line))
        return;
    int fresh = 0, known = 0;
    const int firstColumn = m_respondent;
    for (const SurveyResponse &answer : std::as_const(m_rowAnswers)) {
        if (accept(row, firstColumn, answer)) {
            ++fresh;
            m_answers.append(answer);
        } else if (m_run.rowRejected(row.line)) {
            // A conflict spoils the whole row: drop what it already added.
            m_answers.resize(m_answers.size() - fresh);
            return;
        } else {
            ++known;
        }
    }
    if (fresh > 0)
        ++m_rowsWritten;
    else if (known > 0)
        ++m_summary.duplicates;
}

void SurveyImport::readRows()
{
    while (const std::optional<CsvRecord> row = m_run.next()) {
        if (m_wide)
            readWideRow(*row);
        else
            readLongRow(*row);
    }
    m_run.finish();
}

bool SurveyImport::write()
{
    if (m_surveyChanged) {
        const StorageResult result = m_newSurvey ? m_workbench.surveys().insert(m_survey)
                                                 : m_workbench.surveys().update(m_survey);
        if (!result.ok()) {
            m_run.rejectFile(0, QStringLiteral("file"),
                             tr("cannot write to the workbench: %1").arg(result.error()));
            return false;
        }
    }
    if (const StorageResult result = m_workbench.surveyResponses().insertMany(m_answers);
        !result.ok()) {
        m_run.rejectFile(0, QStringLiteral("file"),
                         tr("cannot write to the workbench: %1").arg(result.error()));
        return false;
    }
    m_summary.imported = m_rowsWritten;
    return true;
}

} // namespace

SurveyImporter::SurveyImporter(Workbench &workbench)
    : m_workbench(workbench)
{}

ImportSummary SurveyImporter::run(const QString &path, const SurveyImportOptions &options,
                                  const AlsoWrite &alsoWrite)
{
    Workbench &workbench = m_workbench;
    ImportSummary summary;
    CsvImportRun run(path, options, summary);
    if (!run.start())
        return summary;
    SurveyImport import(workbench, run, path, options, summary);
    if (!import.prepareSurvey() || !import.readHeader())
        return summary;
    import.readRows();
    if (!run.shouldCommit())
        return summary;
    Transaction transaction(workbench.database().connection());
    if (!transaction.isActive()) {
        run.rejectFile(
            0, QStringLiteral("file"),
            SurveyImport::tr("cannot write to the workbench: %1").arg(transaction.beginError()));
        return summary;
    }
    if (!import.write())
        return summary;
    if (alsoWrite) {
        if (const StorageResult also = alsoWrite(); !also.ok()) {
            summary.imported = 0;
            run.rejectFile(0, QStringLiteral("file"),
                           SurveyImport::tr("cannot write to the workbench: %1").arg(also.error()));
            return summary;
        }
    }
    if (const QString error = transaction.commit(); !error.isEmpty()) {
        run.rejectFile(0, QStringLiteral("file"),
                       SurveyImport::tr("cannot write to the workbench: %1").arg(error));
        return summary;
    }
    summary.committed = true;
    return summary;
}

} // namespace Yardstick
