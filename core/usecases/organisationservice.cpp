// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "organisationservice.h"

#include "audits/auditmeasurements.h"
#include "auditservice.h"
#include "import/knownnames.h"
#include "letterservice.h"
#include "storage/dimensionmerger.h"
#include "storage/editconflict.h"
#include "storage/transaction.h"
#include "workbench/workbench.h"

#include <QRegularExpression>
#include <QSet>

namespace Yardstick {

namespace {

OrgUnit unitOf(const Service &s)
{
    return {OrgUnitKind::Service, s.id, s.code, s.name, s.description, s.retired};
}

OrgUnit unitOf(const Department &d)
{
    return {OrgUnitKind::Department, d.id, d.code, d.name, {}, d.retired};
}

Service serviceOf(const OrgUnit &u)
{
    return {u.id, u.code, u.name, u.description, u.retired};
}

Department departmentOf(const OrgUnit &u)
{
    return {u.id, u.code, u.name, u.retired};
}

OrgUnit unitOf(const Dimension &d)
{
    return {OrgUnitKind::Dimension, d.id, d.key, d.name, {}, false};
}

// A dimension's key: lower case, words joined by "_" ("Ease of access" ->
// "ease_of_access"), as the reference keys are written.
QString keyFor(const QString &name)
{
    QString key;
    for (const QChar c : name.trimmed().toLower()) {
        if (c.isLetterOrNumber())
            key.append(c);
        else if (!key.isEmpty() && !key.endsWith(QLatin1Char('_')))
            key.append(QLatin1Char('_'));
    }
    while (key.endsWith(QLatin1Char('_')))
        key.chop(1);
    return key.isEmpty() ? QStringLiteral("dimension") : key;
}

bool isService(const OrgUnit &unit)
{
    return unit.kind == OrgUnitKind::Service;
}

ChangeSubject subjectOf(OrgUnitKind kind)
{
    switch (kind) {
    case OrgUnitKind::Service:
        return ChangeSubject::Service;
    case OrgUnitKind::Department:
        return ChangeSubject::Department;
    case OrgUnitKind::Dimension:
        break;
    }
    return ChangeSubject::Dimension;
}

// What the analyst sees of a unit: a description only for services, and a
// dimension is never retired.
bool sameUnit(const OrgUnit &a, const OrgUnit &b)
{
    return a.kind == b.kind && a.id == b.id && a.code == b.code && a.name == b.name &&
           (a.kind != OrgUnitKind::Service || a.description == b.description) &&
           (a.kind == OrgUnitKind::Dimension || a.retired == b.retired);
}

} // namespace

OrganisationService::OrganisationService(Workbench &workbench, QObject *parent)
    : QObject(parent)
    , m_workbench(workbench)
{}

QList<OrgUnit> OrganisationService::units(OrgUnitKind kind) const
{
    QList<OrgUnit> result;
    switch (kind) {
    case OrgUnitKind::Service:
        for (const Service &s : m_workbench.services().all())
            result.append(unitOf(s));
        break;
    case OrgUnitKind::Department:
        for (const Department &d : m_workbench.departments().all())
            result.append(unitOf(d));
        break;
    case OrgUnitKind::Dimension:
        for (const Dimension &d : m_workbench.dimensions().all())
            result.append(unitOf(d));
        break;
    }
    return result;
}

std::optional<OrgUnit> OrganisationService::unit(OrgUnitKind kind, qint64 id) const
{
    switch (kind) {
    case OrgUnitKind::Service:
        if (const std::optional<Service> s = m_workbench.services().byId(id))
            return unitOf(*s);
        break;
    case OrgUnitKind::Department:
        if (const std::optional<Department> d = m_workbench.departments().byId(id))
            return unitOf(*d);
        break;
    case OrgUnitKind::Dimension:
        if (const std::optional<Dimension> d = m_workbench.dimensions().byId(id))
            return unitOf(*d);
        break;
    }
    return std::nullopt;
}

OrgUnitUsage OrganisationService::usage(const OrgUnit &unit) const
{
    switch (unit.kind) {
    case OrgUnitKind::Service:
        return m_workbench.services().usage(unit.id);
    case OrgUnitKind::Department:
        return m_workbench.departments().usage(unit.id);
    case OrgUnitKind::Dimension:
        break;
    }
    return m_workbench.dimensions().usage(unit.id);
}

QString OrganisationService::suggestedCode(OrgUnitKind kind, const QString &name) const
{
    if (kind == OrgUnitKind::Dimension) {
        QSet<QString> keys;
        for (const OrgUnit &u : units(kind))
            keys.insert(u.code);
        const QString base = keyFor(name);
        QString key = base;
        for (int n = 2; keys.contains(key); ++n)
            key = base + QLatin1Char('_') + QString::number(n);
        return key;
    }
    KnownNames known;
    for (const OrgUnit &u : units(kind))
        known.add(u.id, u.code, u.name);
    return known.codeForNew(name);
}

QStringList OrganisationService::check(const OrgUnit &unit) const
{
    // Whole sentences per kind, so each translates as a sentence.
    struct Messages
    {
        QString noName, noCode, spaced, codeTaken, nameTaken;
    };
    const QString code = unit.code.trimmed();
    const Messages messages = [&]() -> Messages {
        switch (unit.kind) {
        case OrgUnitKind::Service:
            return {tr("A service needs a name."), tr("A service needs a code."),
                    tr("The code %1 has a space; a code is one word (imports and exports "
                       "name it).")
                        .arg(code),
                    tr("The service %1 already has the code %2; codes must be unique."),
                    tr("Another service is already called %1 (%2).")};
        case OrgUnitKind::Department:
            return {tr("A department needs a name."), tr("A department needs a code."),
                    tr("The code %1 has a space; a code is one word (imports and exports "
                       "name it).")
                        .arg(code),
                    tr("The department %1 already has the code %2; codes must be unique."),
                    tr("Another department is already called %1 (%2).")};
        case OrgUnitKind::Dimension:
            break;
        }
        return {tr("A dimension needs a name."), tr("A dimension needs a key."),
                tr("The key %1 has a space; a key is one word (imports and the lexicon name "
                   "it).")
                    .arg(code),
                tr("The dimension %1 already has the key %2; keys must be unique."),
                tr("Another dimension is already called %1 (%2).")};
    }();
    QStringList problems;
    const QString name = unit.name.trimmed();
    if (name.isEmpty())
        problems.append(messages.noName);
    if (code.isEmpty())
        problems.append(messages.noCode);
    else if (code.contains(QRegularExpression(QStringLiteral("\\s"))))
        problems.append(messages.spaced);
    for (const OrgUnit &other : units(unit.kind)) {
        if (other.id == unit.id) {
            // Surveys, letters and the lexicon name a dimension by its key.
            if (unit.kind == OrgUnitKind::Dimension && other.code != code) {
                problems.append(tr("A dimension keeps its key (%1): imports and the lexicon "
                                   "name it by the key.")
                                    .arg(other.code));
            }
            continue;
        }
        if (!code.isEmpty() && other.code.compare(code, Qt::CaseInsensitive) == 0)
            problems.append(messages.codeTaken.arg(other.name, other.code));
        if (!name.isEmpty() && other.name.compare(name, Qt::CaseInsensitive) == 0)
            problems.append(messages.nameTaken.arg(other.name, other.code));
    }
    if (unit.kind == OrgUnitKind::Dimension && unit.retired)
        problems.append(tr("Dimensions are not retired; a dimension nothing names can be "
                           "left unused."));
    return problems;
}

StorageResult OrganisationService::recorded(const OrgUnit &unit, const QString &action,
                                            const QString &detail,
                                            const std::function<StorageResult()> &write)
{
    return Transaction::run(m_workbench.database().connection(), [&]() -> StorageResult {
        if (StorageResult written = write(); !written.ok())
            return written;
        return m_workbench.changeLog().record(subjectOf(unit.kind), unit.id, unit.name, action,
                                              detail);
    });
}

std::optional<OrgUnit> OrganisationService::lockedUnit(OrgUnitKind kind, qint64 id) const
{
    switch (kind) {
    case OrgUnitKind::Service:
        if (const std::optional<Service> s = m_workbench.services().byIdForUpdate(id))
            return unitOf(*s);
        break;
    case OrgUnitKind::Department:
        if (const std::optional<Department> d = m_workbench.departments().byIdForUpdate(id))
            return unitOf(*d);
        break;
    case OrgUnitKind::Dimension:
        if (const std::optional<Dimension> d = m_workbench.dimensions().byIdForUpdate(id))
            return unitOf(*d);
        break;
    }
    return std::nullopt;
}

StorageResult OrganisationService::expectStored(const OrgUnit &expected)
{
    const std::optional<OrgUnit> stored = lockedUnit(expected.kind, expected.id);
    if (stored && sameUnit(*stored, expected))
        return StorageResult::success();
    m_conflict = true;
    const QString subject =
        expected.kind == OrgUnitKind::Service      ? tr("the service %1").arg(expected.name)
        : expected.kind == OrgUnitKind::Department ? tr("the department %1").arg(expected.name)
                                                   : tr("the dimension %1").arg(expected.name);
    return StorageResult::failure(EditConflict::message(
        m_workbench.database(), subjectOf(expected.kind), expected.id, subject));
}

StorageResult OrganisationService::finish(OrgUnitKind kind, const StorageResult &result)
{
    if (!result.ok()) {
        // Refused over another's change: the views read it again.
        if (std::exchange(m_conflict, false))
            emit unitsChanged(kind);
        return result;
    }
    if (kind == OrgUnitKind::Service) {
        // The classifier names services by code and learns from the
        // letters' services: it reloads, and the letter views read again.
        m_workbench.letterService().announceImport();
    } else if (kind == OrgUnitKind::Department) {
        // Audit scores are pooled per department.
        m_workbench.auditService().announceChanges();
    }
    emit unitsChanged(kind);
    return result;
}

StorageResult OrganisationService::add(OrgUnit &unit)
{
    unit.name = unit.name.trimmed();
    unit.code = unit.code.trimmed();
    if (unit.code.isEmpty())
        unit.code = suggestedCode(unit.kind, unit.name);
    if (const QStringList problems = check(unit); !problems.isEmpty())
        return StorageResult::failure(problems.join(QLatin1Char('\n')));
    const StorageResult added = recorded(unit, QStringLiteral("added"), unit.code, [&] {
        if (isService(unit)) {
            Service s = serviceOf(unit);
            const StorageResult inserted = m_workbench.services().insert(s);
            unit.id = s.id;
            return inserted;
        }
        if (unit.kind == OrgUnitKind::Department) {
            Department d = departmentOf(unit);
            const StorageResult inserted = m_workbench.departments().insert(d);
            unit.id = d.id;
            return inserted;
        }
        // A dimension of the analyst's own: in neither the card case's
        // three nor SERVQUAL's weights until someone gives it one.
        Dimension d{unit.id, unit.code, unit.name, false, std::nullopt};
        const StorageResult inserted = m_workbench.dimensions().insert(d);
        unit.id = d.id;
        return inserted;
    });
    if (!added.ok())
        return added;
    emit unitsChanged(unit.kind); // nothing names a new one yet
    return added;
}

StorageResult OrganisationService::update(const OrgUnit &unit)
{
    const std::optional<OrgUnit> before = this->unit(unit.kind, unit.id);
    if (!before)
        return StorageResult::failure(tr("%1 is no longer in the workbench.").arg(unit.name));
    return update(unit, *before);
}

StorageResult OrganisationService::update(const OrgUnit &unit, const OrgUnit &expected)
{
    OrgUnit cleaned = unit;
    cleaned.name = unit.name.trimmed();
    cleaned.code = unit.code.trimmed();
    if (const QStringList problems = check(cleaned); !problems.isEmpty())
        return StorageResult::failure(problems.join(QLatin1Char('\n')));
    QStringList changes;
    if (expected.name != cleaned.name)
        changes.append(tr("name %1 → %2").arg(expected.name, cleaned.name));
    if (expected.code != cleaned.code)
        changes.append(tr("code %1 → %2").arg(expected.code, cleaned.code));
    if (expected.retired != cleaned.retired)
        changes.append(cleaned.retired ? tr("retired") : tr("back in use"));
    m_conflict = false;
    return finish(unit.kind,
                  recorded(cleaned, QStringLiteral("changed"), changes.join(QStringLiteral("; ")),
                           [&]() -> StorageResult {
                               if (StorageResult same = expectStored(expected); !same.ok())
                                   return same;
                               const StorageResult written =
                                   cleaned.kind == OrgUnitKind::Dimension
                                       ? m_workbench.dimensions().rename(cleaned.id, cleaned.name)
                                   : isService(cleaned)
                                       ? m_workbench.services().update(serviceOf(cleaned))
                                       : m_workbench.departments().update(departmentOf(cleaned));
                               if (!written.ok())
                                   return written;
                               return RememberedMappings(m_workbench).follow(expected, cleaned);
                           }));
}

StorageResult OrganisationService::remove(const OrgUnit &unit)
{
    if (usage(unit).total() > 0) {
        switch (unit.kind) {
        case OrgUnitKind::Service:
            return StorageResult::failure(
                tr("The service %1 is in use; merge it into another or retire it.").arg(unit.name));
        case OrgUnitKind::Department:
            return StorageResult::failure(
                tr("The department %1 is in use; merge it into another or retire it.")
                    .arg(unit.name));
        case OrgUnitKind::Dimension:
            break;
        }
        return StorageResult::failure(tr("The dimension %1 is in use.").arg(unit.name));
    }
    m_conflict = false;
    const StorageResult removed = recorded(unit, QStringLiteral("removed"), unit.code, [&] {
        if (StorageResult same = expectStored(unit); !same.ok())
            return same;
        switch (unit.kind) {
        case OrgUnitKind::Service:
            return m_workbench.services().remove(unit.id);
        case OrgUnitKind::Department:
            return m_workbench.departments().remove(unit.id);
        case OrgUnitKind::Dimension:
            break;
        }
        return m_workbench.dimensions().remove(unit.id);
    });
    if (removed.ok() || std::exchange(m_conflict, false))
        emit unitsChanged(unit.kind);
    return removed;
}

StorageResult OrganisationService::moveMergedRows(OrgUnitMerge &merge)
{
    if (merge.from.kind == OrgUnitKind::Dimension) {
        DimensionRepository &dimensions = m_workbench.dimensions();
        const std::optional<Dimension> fromDimension = dimensions.byId(merge.from.id);
        const std::optional<Dimension> intoDimension = dimensions.byId(merge.into.id);
        if (!fromDimension || !intoDimension)
            return StorageResult::failure(tr("%1 or %2 is no longer in the workbench.")
                                              .arg(merge.from.name, merge.into.name));
        DimensionMerger merger(m_workbench.database());
        merge.dimensionRows = merger.references(*fromDimension, *intoDimension);
        return merger.merge(*fromDimension, *intoDimension);
    }
    if (isService(merge.from)) {
        ServiceRepository &services = m_workbench.services();
        const QStringList shared = services.sharedCaseIds(merge.from.id, merge.into.id);
        if (!shared.isEmpty()) {
            return StorageResult::failure(
                tr("%1 and %2 both hold case %3: merged, two cases would become one. "
                   "%n case id(s) are shared; re-import the cases of one of them "
                   "under new ids first.",
                   nullptr, int(shared.size()))
                    .arg(merge.from.name, merge.into.name, shared.constFirst()));
        }
        merge.serviceRows = services.references(serviceOf(merge.from), serviceOf(merge.into));
        return services.merge(serviceOf(merge.from), serviceOf(merge.into), merge.serviceRows);
    }
    DepartmentRepository &departments = m_workbench.departments();
    merge.departmentRows = departments.references(merge.from.id);
    if (StorageResult moved = departments.merge(departmentOf(merge.from), departmentOf(merge.into));
        !moved.ok())
        return moved;
    return refreshAuditMeasurements(m_workbench);
}

StorageResult OrganisationService::merge(const OrgUnit &from, const OrgUnit &into,
                                         OrgUnitMerge *done)
{
    if (from.kind != into.kind || from.id == into.id)
        return StorageResult::failure(tr("Choose another one to merge %1 into.").arg(from.name));
    OrgUnitMerge merge{from, into, {}, {}, {}, {}, {}};
    m_conflict = false;
    const StorageResult merged = recorded(
        from, QStringLiteral("merged"), tr("into %1").arg(into.name), [&]() -> StorageResult {
            // Both rows locked in id order, so two analysts merging the same
            // two each way round wait for each other instead of deadlocking.
            const bool fromFirst = from.id < into.id;
            if (StorageResult same = expectStored(fromFirst ? from : into); !same.ok())
                return same;
            if (StorageResult same = expectStored(fromFirst ? into : from); !same.ok())
                return same;
            if (StorageResult moved = moveMergedRows(merge); !moved.ok())
                return moved;
            RememberedMappings mappings(m_workbench);
            merge.mappingsBefore = mappings.snapshot();
            if (StorageResult followed = mappings.follow(from, into); !followed.ok())
                return followed;
            merge.mappingsAfter = mappings.snapshot();
            return StorageResult::success();
        });
    if (merged.ok() && done)
        *done = merge;
    if (merged.ok() && from.kind == OrgUnitKind::Dimension)
        m_workbench.letterService().announceImport(); // labels and terms moved
    return finish(from.kind, merged);
}

StorageResult OrganisationService::unmerge(const OrgUnitMerge &merge)
{
    m_conflict = false;
    const auto rowsBack = [&]() -> StorageResult {
        if (merge.from.kind == OrgUnitKind::Dimension) {
            const std::optional<Dimension> into = m_workbench.dimensions().byId(merge.into.id);
            if (!into)
                return StorageResult::failure(
                    tr("%1 is no longer in the workbench.").arg(merge.into.name));
            return DimensionMerger(m_workbench.database()).unmerge(*into, merge.dimensionRows);
        }
        if (isService(merge.from)) {
            return m_workbench.services().unmerge(serviceOf(merge.from), serviceOf(merge.into),
                                                  merge.serviceRows);
        }
        if (StorageResult back =
                m_workbench.departments().unmerge(departmentOf(merge.from), merge.departmentRows);
            !back.ok())
            return back;
        return refreshAuditMeasurements(m_workbench);
    };
    const StorageResult restored =
        recorded(merge.from, QStringLiteral("unmerged"), tr("out of %1").arg(merge.into.name),
                 [&]() -> StorageResult {
                     // Gone since the merge (another analyst merged or
                     // removed it): refused naming them. Renamed or retired
                     // since: their change stays as it is, the merge's rows
                     // move back beside it.
                     if (!lockedUnit(merge.into.kind, merge.into.id))
                         return expectStored(merge.into);
                     if (StorageResult back = rowsBack(); !back.ok())
                         return back;
                     return RememberedMappings(m_workbench)
                         .restore(merge.mappingsBefore, merge.mappingsAfter);
                 });
    if (restored.ok() && merge.from.kind == OrgUnitKind::Dimension)
        m_workbench.letterService().announceImport();
    return finish(merge.from.kind, restored);
}

} // namespace Yardstick
