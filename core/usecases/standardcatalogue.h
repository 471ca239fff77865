// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/validationissue.h"
#include "model/standard.h"
#include "storage/storageresult.h"

#include <QObject>

#include <functional>

namespace Yardstick {

class StandardRepository;
class Workbench;

// The one way the standards catalogue is edited: each change is validated,
// committed to the workbench at once with its line in the audit trail, and
// announced so every view follows. Undo (in the ui) is built from these same
// operations.
class StandardCatalogue final : public QObject
{
    Q_OBJECT

public:
    explicit StandardCatalogue(Workbench &workbench, QObject *parent = nullptr);

    QList<Standard> standards() const;
    std::optional<Standard> standard(qint64 id) const;
    // Everything wrong with the standard, code uniqueness included.
    ValidationIssues check(const Standard &standard) const;
    bool hasMeasurements(qint64 id) const;

    // Each returns the problems that stopped it; empty means done and saved.
    // add() assigns a new id unless the standard carries one (undo of delete),
    // and leaves the standard as stored.
    ValidationIssues add(Standard &standard);
    ValidationIssues update(const Standard &standard);
    // update() only if the stored standard is still `expected`, the one the
    // edit started from: an edit made on a copy another window, program or
    // analyst has since changed is refused with a message saying who changed
    // it and when, never written over it.
    ValidationIssues update(const Standard &standard, const Standard &expected);
    ValidationIssues remove(qint64 id);
    // Tells views that many standards changed at once (an import).
    void reload();

signals:
    void standardAdded(const Yardstick::Standard &standard);
    void standardUpdated(const Yardstick::Standard &standard);
    void standardRemoved(qint64 id);
    void catalogueReloaded();

private:
    // The standard as the file holds it after a write (times to the second,
    // in UTC), so what views keep and undo expects compares equal to the
    // file later and is not taken for another program's change.
    Standard stored(const Standard &written) const;
    // Writes and adds the audit line in one transaction.
    StorageResult writeAndRecord(const std::function<StorageResult()> &write, qint64 id,
                                 const QString &code, const QString &action, const QString &detail);
    QString conflictMessage(const Standard &expected) const;
    QString describeChanges(const Standard &before, const Standard &after) const;
    QString summary(const Standard &standard) const;

    Workbench &m_workbench;
    StandardRepository &m_repository;
};

} // namespace Yardstick
