// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "processphaserepository.h"

#include "changelogrepository.h"
#include "database.h"
#include "editconflict.h"
#include "sqldialect.h"
#include "sqlvalues.h"
#include "transaction.h"

#include <QCoreApplication>

namespace Yardstick {

namespace {

const auto kPhaseColumns =
    QStringLiteral("id, standard_id, starts_on, label, reason, fixed_center, fixed_sigma, "
                   "recorded_at");

ProcessPhase phaseFromQuery(const QSqlQuery &query, int first = 0)
{
    ProcessPhase phase;
    phase.id = query.value(first).toLongLong();
    phase.standardId = SqlValues::toOptionalId(query.value(first + 1));
    phase.startsOn = SqlValues::toDate(query.value(first + 2));
    phase.label = query.value(first + 3).toString();
    phase.reason = query.value(first + 4).toString();
    phase.fixedCenter = SqlValues::toOptionalDouble(query.value(first + 5));
    phase.fixedSigma = SqlValues::toOptionalDouble(query.value(first + 6));
    phase.recordedAt = SqlValues::toDateTime(query.value(first + 7));
    return phase;
}

std::optional<ProcessPhaseLogEntry::Action> actionFromKey(const QString &key)
{
    using Action = ProcessPhaseLogEntry::Action;
    for (Action action : {Action::Added, Action::Changed, Action::Removed}) {
        if (phaseLogActionKey(action) == key)
            return action;
    }
    return std::nullopt;
}

// Binds the columns a phase and its log entries share, in the order
// standard_id, starts_on, label, reason, fixed_center, fixed_sigma,
// recorded_at.
void bindPhase(QSqlQuery &query, const ProcessPhase &phase)
{
    query.addBindValue(SqlValues::optional(phase.standardId));
    query.addBindValue(SqlValues::date(phase.startsOn));
    query.addBindValue(SqlValues::text(phase.label));
    query.addBindValue(SqlValues::text(phase.reason));
    query.addBindValue(SqlValues::optional(phase.fixedCenter));
    query.addBindValue(SqlValues::optional(phase.fixedSigma));
    query.addBindValue(SqlValues::dateTime(phase.recordedAt));
}

QString invalidPhaseReason(const ProcessPhase &phase)
{
    if (!phase.startsOn.isValid())
        return QCoreApplication::translate("Yardstick::ProcessPhaseRepository",
                                           "A phase needs the date it starts on.");
    if (phase.label.trimmed().isEmpty())
        return QCoreApplication::translate("Yardstick::ProcessPhaseRepository",
                                           "A phase needs a label.");
    if (phase.fixedSigma && !(*phase.fixedSigma > 0))
        return QCoreApplication::translate("Yardstick::ProcessPhaseRepository",
                                           "A fixed sigma must be greater than zero.");
    if (phase.fixedSigma && !phase.fixedCenter)
        return QCoreApplication::translate("Yardstick::ProcessPhaseRepository",
                                           "A fixed sigma needs a fixed centre line too.");
    return {};
}

} // namespace

QString phaseLogActionKey(ProcessPhaseLogEntry::Action action)
{
    switch (action) {
    case ProcessPhaseLogEntry::Action::Added:
        return QStringLiteral("added");
    case ProcessPhaseLogEntry::Action::Changed:
        return QStringLiteral("changed");
    case ProcessPhaseLogEntry::Action::Removed:
        return QStringLiteral("removed");
    }
    return {};
}

ProcessPhaseRepository::ProcessPhaseRepository(Database &database)
    : m_database(database)
{}

QList<ProcessPhase> ProcessPhaseRepository::all() const
{
    QList<ProcessPhase> result;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT ") % kPhaseColumns %
                    QStringLiteral(" FROM process_phases "
                                   "ORDER BY starts_on, standard_id IS NOT NULL, id")))
        return result;
    while (query.next())
        result.append(phaseFromQuery(query));
    return result;
}

std::optional<ProcessPhase> ProcessPhaseRepository::find(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") % kPhaseColumns %
                  QStringLiteral(" FROM process_phases WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return phaseFromQuery(query);
}

StorageResult ProcessPhaseRepository::add(ProcessPhase &phase)
{
    if (const QString reason = invalidPhaseReason(phase); !reason.isEmpty())
        return StorageResult::failure(reason);
    if (!phase.recordedAt.isValid())
        phase.recordedAt = QDateTime::currentDateTimeUtc();
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return StorageResult::failure(transaction.beginError());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO process_phases (standard_id, starts_on, label, reason, fixed_center, "
        "fixed_sigma, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    bindPhase(query, phase);
    if (QString error = SqlValues::exec(query); !error.isEmpty())
        return StorageResult::failure(error);
    phase.id = query.lastInsertId().toLongLong();
    if (StorageResult logged = appendLog(ProcessPhaseLogEntry::Action::Added, phase); !logged.ok())
        return logged;
    if (QString error = transaction.commit(); !error.isEmpty())
        return StorageResult::failure(error);
    return StorageResult::success();
}

StorageResult ProcessPhaseRepository::update(ProcessPhase &phase)
{
    if (const QString reason = invalidPhaseReason(phase); !reason.isEmpty())
        return StorageResult::failure(reason);
    phase.recordedAt = QDateTime::currentDateTimeUtc();
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return StorageResult::failure(transaction.beginError());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "UPDATE process_phases SET standard_id = ?, starts_on = ?, label = ?, reason = ?, "
        "fixed_center = ?, fixed_sigma = ?, recorded_at = ? WHERE id = ?"));
    bindPhase(query, phase);
    query.addBindValue(phase.id);
    if (QString error = SqlValues::exec(query); !error.isEmpty())
        return StorageResult::failure(error);
    if (query.numRowsAffected() != 1)
        return StorageResult::failure(QCoreApplication::translate(
            "Yardstick::ProcessPhaseRepository", "The phase no longer exists."));
    if (StorageResult logged = appendLog(ProcessPhaseLogEntry::Action::Changed, phase);
        !logged.ok())
        return logged;
    if (QString error = transaction.commit(); !error.isEmpty())
        return StorageResult::failure(error);
    return StorageResult::success();
}

StorageResult ProcessPhaseRepository::update(ProcessPhase &phase, const ProcessPhase &expected)
{
    return Transaction::run(m_database.connection(), [&] {
        const QSqlDatabase db = m_database.connection();
        QSqlQuery lock(db);
        lock.prepare(QStringLiteral("SELECT id FROM process_phases WHERE id = ?") +
                     QString::fromLatin1(SqlDialect::of(db).lockingRead()));
        lock.addBindValue(phase.id);
        const std::optional<ProcessPhase> stored =
            lock.exec() && lock.next() ? find(phase.id) : std::nullopt;
        // What the analyst sees; when it was recorded is not part of it.
        const auto same = [](ProcessPhase a, ProcessPhase b) {
            a.recordedAt = b.recordedAt = QDateTime();
            a.id = b.id = 0;
            return a == b;
        };
        if (!stored || !same(*stored, expected))
            return StorageResult::failure(EditConflict::message(
                m_database, ChangeSubject::Phase, phase.id,
                QCoreApplication::translate("Yardstick::ProcessPhaseRepository", "the phase %1")
                    .arg(expected.label)));
        return update(phase);
    });
}

StorageResult ProcessPhaseRepository::remove(qint64 id)
{
    std::optional<ProcessPhase> phase = find(id);
    if (!phase)
        return StorageResult::failure(QCoreApplication::translate(
            "Yardstick::ProcessPhaseRepository", "The phase no longer exists."));
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return StorageResult::failure(transaction.beginError());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM process_phases WHERE id = ?"));
    query.addBindValue(id);
    if (QString error = SqlValues::exec(query); !error.isEmpty())
        return StorageResult::failure(error);
    phase->recordedAt = QDateTime::currentDateTimeUtc();
    if (StorageResult logged = appendLog(ProcessPhaseLogEntry::Action::Removed, *phase);
        !logged.ok())
        return logged;
    if (QString error = transaction.commit(); !error.isEmpty())
        return StorageResult::failure(error);
    return StorageResult::success();
}

QList<ProcessPhaseLogEntry> ProcessPhaseRepository::log(std::optional<qint64> standardId) const
{
    QList<ProcessPhaseLogEntry> result;
    QSqlQuery query(m_database.connection());
    const QString select = QStringLiteral(
        "SELECT action, phase_id, standard_id, starts_on, label, reason, fixed_center, "
        "fixed_sigma, recorded_at FROM process_phase_log");
    if (standardId) {
        query.prepare(select %
                      QStringLiteral(" WHERE standard_id IS NULL OR standard_id = ? ORDER BY id"));
        query.addBindValue(*standardId);
    } else {
        query.prepare(select % QStringLiteral(" ORDER BY id"));
    }
    if (!query.exec())
        return result;
    while (query.next()) {
        const auto action = actionFromKey(query.value(0).toString());
        if (!action)
            continue; // the CHECK constraint makes this unreachable
        result.append({*action, phaseFromQuery(query, 1)});
    }
    return result;
}

StorageResult ProcessPhaseRepository::appendLog(ProcessPhaseLogEntry::Action action,
                                                const ProcessPhase &phase)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO process_phase_log (phase_id, action, standard_id, starts_on, label, reason, "
        "fixed_center, fixed_sigma, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(phase.id);
    query.addBindValue(phaseLogActionKey(action));
    bindPhase(query, phase);
    if (QString error = SqlValues::exec(query); !error.isEmpty())
        return StorageResult::failure(error);
    // The workbench-wide trail says it too, with who.
    QString detail = QCoreApplication::translate("Yardstick::ProcessPhaseRepository", "from %1")
                         .arg(phase.startsOn.toString(Qt::ISODate));
    if (!phase.reason.isEmpty())
        detail += QStringLiteral("; ") + phase.reason;
    return ChangeLogRepository(m_database)
        .record(ChangeSubject::Phase, phase.id, phase.label, phaseLogActionKey(action), detail);
}

} // namespace Yardstick
