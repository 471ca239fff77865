// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "missingnamesscan.h"

#include "csvimportrun.h"
#include "missingvalues.h"
#include "namelookup.h"

#include <QSet>

namespace Yardstick {

namespace {

// Gathers the unknown names of one field, each once whatever its case.
class UnknownNames
{
public:
    UnknownNames(const NameLookup &known, const MissingValues &missing)
        : m_known(known)
        , m_missing(missing)
    {}

    void see(const QString &text)
    {
        // A word for "no value" ("?", "N/A") names nothing to create.
        const QString name = text.trimmed();
        if (name.isEmpty() || m_known.find(text) || m_missing.isMissing(text))
            return;
        const QString folded = name.toCaseFolded();
        if (m_seen.contains(folded))
            return;
        m_seen.insert(folded);
        m_names.append(name);
    }

    QStringList names() const { return m_names; }

private:
    const NameLookup &m_known;
    const MissingValues &m_missing;
    QSet<QString> m_seen;
    QStringList m_names;
};

} // namespace

MissingNamesScan::MissingNamesScan(const NameLookup &services, const NameLookup &departments)
    : m_services(services)
    , m_departments(departments)
{}

MissingNames MissingNamesScan::run(const QString &path, const CaseImportSettings &settings,
                                   const ImportOptions &options) const
{
    const MissingValues noValue(settings.missingTokens);
    UnknownNames services(m_services, noValue);
    UnknownNames departments(m_departments, noValue);
    const auto result = [&](bool cancelled) {
        MissingNames missing;
        missing.services = services.names();
        missing.departments = departments.names();
        missing.cancelled = cancelled;
        return missing;
    };

    // A set value stands for every row, so it is read once, not per row.
    if (settings.setValues.contains(CaseField::Service))
        services.see(settings.setValues.value(CaseField::Service));
    if (settings.setValues.contains(CaseField::Department))
        departments.see(settings.setValues.value(CaseField::Department));
    const auto columnOf = [&](CsvImportRun &run, CaseField field) {
        return settings.setValues.contains(field) ? -1 : run.columnIndex(settings.columnFor(field));
    };

    // The run's rejections (rows of the wrong length) are the import's to
    // report, so they go in a summary of its own and are dropped.
    ImportSummary scratch;
    ImportOptions readOptions;
    readOptions.progress = options.progress;
    readOptions.sheet = options.sheet;
    CsvImportRun run(path, readOptions, scratch);
    if (!run.start())
        return result(false);
    const int serviceColumn = columnOf(run, CaseField::Service);
    const int departmentColumn = columnOf(run, CaseField::Department);
    if (serviceColumn < 0 && departmentColumn < 0)
        return result(false);
    // Through the value maps, as the import reads them: a mapped name is the
    // one to create, never the source values it stands for.
    while (const std::optional<CsvRecord> row = run.next()) {
        if (serviceColumn >= 0)
            services.see(settings.mappedValue(CaseField::Service, row->fields.at(serviceColumn)));
        if (departmentColumn >= 0)
            departments.see(
                settings.mappedValue(CaseField::Department, row->fields.at(departmentColumn)));
    }
    return result(scratch.cancelled);
}

} // namespace Yardstick
