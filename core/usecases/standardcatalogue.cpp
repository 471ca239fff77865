// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "standardcatalogue.h"

#include "catalogue/standardvalidator.h"
#include "storage/standardrepository.h"

namespace Yardstick {

namespace {
ValidationIssues storageFailure(const StorageResult &result)
{
    return {{QString(), result.error()}};
}
} // namespace

StandardCatalogue::StandardCatalogue(StandardRepository &repository, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
{}

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
    if (StorageResult result = m_repository.insert(standard); !result.ok())
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
    if (StorageResult result = m_repository.update(standard); !result.ok())
        return storageFailure(result);
    emit standardUpdated(stored(standard));
    return {};
}

ValidationIssues StandardCatalogue::update(const Standard &standard, const Standard &expected)
{
    if (ValidationIssues issues = check(standard); !issues.isEmpty())
        return issues;
    if (StorageResult result = m_repository.updateIfUnchanged(standard, expected); !result.ok())
        return storageFailure(result);
    emit standardUpdated(stored(standard));
    return {};
}

ValidationIssues StandardCatalogue::remove(qint64 id)
{
    if (StorageResult result = m_repository.remove(id); !result.ok())
        return storageFailure(result);
    emit standardRemoved(id);
    return {};
}

} // namespace Yardstick
