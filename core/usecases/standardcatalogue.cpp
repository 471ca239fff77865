// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "standardcatalogue.h"

#include "catalogue/standardchanges.h"
#include "catalogue/standardvalidator.h"
#include "storage/editconflict.h"
#include "storage/standardrepository.h"
#include "storage/transaction.h"
#include "workbench/workbench.h"

namespace Yardstick {

namespace {
ValidationIssues storageFailure(const StorageResult &result)
{
    return {{QString(), result.error()}};
}

StandardChanges::Names namesOf(Workbench &workbench)
{
    StandardChanges::Names names;
    names.service = [&workbench](qint64 id) {
        const std::optional<Service> found = workbench.services().byId(id);
        return found ? found->name : QString();
    };
    names.department = [&workbench](qint64 id) {
        const std::optional<Department> found = workbench.departments().byId(id);
        return found ? found->name : QString();
    };
    names.dimension = [&workbench](qint64 id) {
        const std::optional<Dimension> found = workbench.dimensions().byId(id);
        return found ? found->name : QString();
    };
    return names;
}
} // namespace

StandardCatalogue::StandardCatalogue(Workbench &workbench, QObject *parent)
    : QObject(parent)
    , m_workbench(workbench)
    , m_repository(workbench.standardRepository())
{}

StorageResult StandardCatalogue::writeAndRecord(const std::function<StorageResult()> &write,
                                                qint64 id, const QString &code,
                                                const QString &action, const QString &detail)
{
    return Transaction::run(m_workbench.database().connection(), [&] {
        if (StorageResult written = write(); !written.ok())
            return written;
        return m_workbench.changeLog().record(ChangeSubject::Standard, id, code, action, detail);
    });
}

QString StandardCatalogue::describeChanges(const Standard &before, const Standard &after) const
{
    return StandardChanges::describe(before, after, namesOf(m_workbench))
        .join(QStringLiteral("; "));
}

QString StandardCatalogue::summary(const Standard &standard) const
{
    return StandardChanges::summary(standard, namesOf(m_workbench));
}

QString StandardCatalogue::conflictMessage(const Standard &expected) const
{
    return EditConflict::message(m_workbench.database(), ChangeSubject::Standard, expected.id,
                                 tr("standard %1").arg(expected.code));
}

QList<Standard> StandardCatalogue::standards() const
{
    return m_repository.all();
}

Standard StandardCatalogue::stored(const Standard &written) const
{
    return m_repository.byId(written.id).value_or(written);
}

std::optional<Standard> StandardCatalogue::standard(qint64 id) const
{
    return m_repository.byId(id);
}

bool StandardCatalogue::hasMeasurements(qint64 id) const
{
    return m_repository.measurementCount(id) > 0;
}

ValidationIssues StandardCatalogue::check(const Standard &standard) const
{
    ValidationIssues issues = StandardValidator::validate(standard);
    if (!standard.code.trimmed().isEmpty() && m_repository.codeInUse(standard.code, standard.id)) {
        issues.append({QStringLiteral("code"),
                       tr("Another standard already has the code %1; codes must be unique.")
                           .arg(standard.code)});
    }
    return issues;
}

ValidationIssues StandardCatalogue::add(Standard &standard)
{
    if (ValidationIssues issues = check(standard); !issues.isEmpty())
        return issues;
    const StorageResult result = Transaction::run(m_workbench.database().connection(), [&] {
        if (StorageResult inserted = m_repository.insert(standard); !inserted.ok())
            return inserted;
        return m_workbench.changeLog().record(ChangeSubject::Standard, standard.id, standard.code,
                                              QStringLiteral("added"), summary(standard));
    });
    if (!result.ok())
        return storageFailure(result);
    standard = stored(standard);
    emit standardAdded(standard);
    return {};
}

void StandardCatalogue::reload()
{
    emit catalogueReloaded();
}

ValidationIssues StandardCatalogue::update(const Standard &standard)
{
    if (ValidationIssues issues = check(standard); !issues.isEmpty())
        return issues;
    const std::optional<Standard> before = m_repository.byId(standard.id);
    const StorageResult result = writeAndRecord(
        [&] { return m_repository.update(standard); }, standard.id, standard.code,
        QStringLiteral("changed"), before ? describeChanges(*before, standard) : QString());
    if (!result.ok())
        return storageFailure(result);
    emit standardUpdated(stored(standard));
    return {};
}

ValidationIssues StandardCatalogue::update(const Standard &standard, const Standard &expected)
{
    if (ValidationIssues issues = check(standard); !issues.isEmpty())
        return issues;
    const StorageResult result = Transaction::run(m_workbench.database().connection(), [&] {
        const std::optional<Standard> current = m_repository.byIdForUpdate(standard.id);
        if (!current || *current != expected)
            return StorageResult::failure(conflictMessage(expected));
        if (StorageResult written = m_repository.update(standard); !written.ok())
            return written;
        return m_workbench.changeLog().record(ChangeSubject::Standard, standard.id, standard.code,
                                              QStringLiteral("changed"),
                                              describeChanges(expected, standard));
    });
    if (!result.ok())
        return storageFailure(result);
    emit standardUpdated(stored(standard));
    return {};
}

ValidationIssues StandardCatalogue::remove(qint64 id)
{
    const std::optional<Standard> removed = m_repository.byId(id);
    const StorageResult result = writeAndRecord(
        [&] { return m_repository.remove(id); }, id, removed ? removed->code : QString(),
        QStringLiteral("removed"), removed ? summary(*removed) : QString());
    if (!result.ok())
        return storageFailure(result);
    emit standardRemoved(id);
    return {};
}

} // namespace Yardstick
