// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditimporter.h"

#include "import/csvimportrun.h"
#include "import/namelookup.h"
#include "import/valueparsers.h"
#include "storage/transaction.h"
#include "workbench/workbench.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace Yardstick {

namespace {

// The translation context of the import's messages.
struct AuditImport
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::AuditImport)
};

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Yardstick::AuditImporter", text, disambiguation, n);
}

QString quoted(const QString &value)
{
    return QLatin1Char('"') + value + QLatin1Char('"');
}

struct Columns
{
    int audit = -1;
    int department = -1;
    int auditedOn = -1;
    int auditor = -1;
    int subject = -1;
    int item = -1;
    int rating = -1;
};

// An audit being gathered from its rows, and the line that fixed its
// department and date (named when a later row contradicts them).
struct PendingAudit
{
    Audit audit;
    qint64 firstLine = 0;
};

} // namespace

AuditImporter::AuditImporter(Workbench &workbench)
    : m_workbench(workbench)
{}

ImportSummary AuditImporter::run(const QString &path, qint64 templateId,
                                 const ImportOptions &options, DateFormat requestedFormat,
                                 const AlsoWrite &alsoWrite)
{
    Workbench &workbench = m_workbench;
    ImportSummary summary;
    CsvImportRun run(path, options, summary);
    const std::optional<AuditTemplate> checklist = workbench.audits().findTemplate(templateId);
    if (!checklist) {
        run.rejectFile(0, QStringLiteral("file"), tr("the audit checklist does not exist"));
        return summary;
    }
    if (!run.start())
        return summary;
    Columns columns;
    columns.audit = run.columnIndex(u"audit");
    columns.department = run.columnIndex(u"department");
    columns.auditedOn = run.columnIndex(u"audited_on");
    columns.auditor = run.columnIndex(u"auditor");
    columns.subject = run.columnIndex(u"subject");
    columns.item = run.columnIndex(u"item");
    columns.rating = run.columnIndex(u"rating");
    if (!run.requireColumns({{columns.audit, "audit"},
                             {columns.department, "department"},
                             {columns.auditedOn, "audited_on"},
                             {columns.item, "item"},
                             {columns.rating, "rating"}}))
        return summary;

    const DateFormat dateFormat = chooseDateFormat(
        requestedFormat, CsvImportRun::sampleColumns(path, options.sheet, {columns.auditedOn}),
        summary.notes);
    NameLookup departments;
    for (const Department &d : workbench.departments().all())
        departments.add(d.id, d.code, d.name);
    QHash<QString, AuditItem> items;
    for (const AuditItem &item : checklist->items)
        items.insert(item.code.trimmed().toCaseFolded(), item);

    QHash<QString, PendingAudit> pending;
    QStringList order; // audits in the order the file first names them
    while (const std::optional<CsvRecord> row = run.next()) {
        const QStringList &fields = row->fields;
        const auto problem = [&](int column, const QString &reason) {
            run.reject(row->line, run.header().at(column), reason);
        };
        const QString auditKey = fields.at(columns.audit).trimmed();
        if (auditKey.isEmpty())
            problem(columns.audit, tr("empty value"));

        std::optional<qint64> departmentId;
        const QString departmentText = fields.at(columns.department).trimmed();
        if (departmentText.isEmpty()) {
            problem(columns.department, tr("empty value"));
        } else {
            departmentId = departments.find(departmentText);
            if (!departmentId)
                problem(columns.department,
                        tr("unknown department %1").arg(quoted(departmentText)));
        }

        QDate auditedOn;
        const QString dateText = fields.at(columns.auditedOn);
        if (dateText.trimmed().isEmpty()) {
            problem(columns.auditedOn, tr("empty value"));
        } else if (const std::optional<Moment> moment = parseDate(dateText, dateFormat)) {
            auditedOn = moment->date;
        } else {
            problem(columns.auditedOn,
                    tr("cannot read %1 as a date (%2)")
                        .arg(quoted(dateText), dateFormatKey(dateFormat).toUpper()));
        }

        const AuditItem *item = nullptr;
        const QString itemCode = fields.at(columns.item).trimmed();
        if (itemCode.isEmpty()) {
            problem(columns.item, tr("empty value"));
        } else if (auto it = items.constFind(itemCode.toCaseFolded()); it != items.cend()) {
            item = &*it;
        } else {
            problem(columns.item, tr("unknown item %1 (not in the checklist \"%2\")")
                                      .arg(quoted(itemCode), checklist->name));
        }

        std::optional<double> rating;
        const QString ratingText = fields.at(columns.rating).trimmed();
        if (!ratingText.isEmpty()) {
            rating = parseNumber(ratingText, run.separator());
            if (!rating)
                problem(columns.rating, tr("%1 is not a number").arg(quoted(ratingText)));
            else if (item && (*rating < 0 || *rating > item->scaleMax))
                problem(columns.rating,
                        tr("%1 lies outside the item's scale 0 to %2")
                            .arg(ratingText, QLocale::c().toString(item->scaleMax)));
        }

        // Department and date belong to the audit: every row must agree with
        // the audit's first good row.
        if (!run.rowRejected(row->line)) {
            auto found = pending.find(auditKey);
            if (found != pending.end()) {
                const Audit &audit = found->audit;
                if (audit.departmentId != *departmentId)
                    problem(columns.department,
                            tr("audit %1 was given another department on line %2")
                                .arg(auditKey)
                                .arg(found->firstLine));
                if (audit.auditedOn != auditedOn)
                    problem(columns.auditedOn, tr("audit %1 was given another date on line %2")
                                                   .arg(auditKey)
                                                   .arg(found->firstLine));
                if (rating)
                    for (const AuditRating &r : audit.ratings)
                        if (r.itemId == item->id) {
                            problem(
                                columns.item,
                                tr("audit %1 rates %2 more than once").arg(auditKey, item->code));
                            break;
                        }
            }
        }
        if (run.rowRejected(row->line))
            continue;

        auto found = pending.find(auditKey);
        if (found == pending.end()) {
            PendingAudit fresh;
            fresh.firstLine = row->line;
            fresh.audit.templateId = checklist->id;
            fresh.audit.departmentId = *departmentId;
            fresh.audit.auditedOn = auditedOn;
            found = pending.insert(auditKey, fresh);
            order.append(auditKey);
        }
        Audit &audit = found->audit;
        const auto optionalText = [&](int column) {
            return column >= 0 ? fields.at(column).trimmed() : QString();
        };
        if (audit.auditor.isEmpty())
            audit.auditor = optionalText(columns.auditor);
        if (audit.subject.isEmpty())
            audit.subject = optionalText(columns.subject);
        if (rating) {
            audit.ratings.append({item->id, *rating});
        }
    }
    run.finish();
    if (!run.shouldCommit())
        return summary;

    QList<Audit> audits;
    for (const QString &key : std::as_const(order))
        audits.append(pending.value(key).audit);
    Transaction transaction(workbench.database().connection());
    if (!transaction.isActive()) {
        run.rejectFile(0, QStringLiteral("file"),
                       tr("cannot write to the workbench: %1").arg(transaction.beginError()));
        return summary;
    }
    if (StorageResult r = workbench.audits().insertAudits(audits); !r.ok()) {
        run.rejectFile(0, QStringLiteral("file"),
                       tr("cannot write to the workbench: %1").arg(r.error()));
        return summary;
    }
    if (alsoWrite) {
        if (StorageResult r = alsoWrite(); !r.ok()) {
            run.rejectFile(0, QStringLiteral("file"),
                           tr("cannot write to the workbench: %1").arg(r.error()));
            return summary;
        }
    }
    if (const QString error = transaction.commit(); !error.isEmpty()) {
        run.rejectFile(0, QStringLiteral("file"),
                       tr("cannot write to the workbench: %1").arg(error));
        return summary;
    }
    summary.committed = true;
    summary.imported = run.rowsRead() - summary.rejected;
    summary.notes.append(
        AuditImport::tr("%n audit(s) recorded in \"%1\"", nullptr, int(audits.size()))
            .arg(checklist->name));
    return summary;
}

} // namespace Yardstick
