// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/casechange.h"
#include "model/caserecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Yardstick {

// One stored case and every change re-imports made to it, oldest first: what
// `cases --history` prints and the Case History dialog shows. Values are
// display text: services and departments by name, moments in ISO form.
struct CaseHistory
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::CaseHistory)

public:
    struct Change
    {
        QDateTime importedAt; // UTC
        QString importFile;
        QString field;    // the canonical key: completed, service, ...
        QString oldValue; // empty for none
        QString newValue;
    };

    CaseRecord record;
    QString service;    // name
    QString department; // name, empty for none
    QList<Change> changes;

    // "2026-03-01T09:30:00", "yes", "no", "" for the stored values.
    QString receivedText() const;
    QString completedText() const;
    QString rightFirstTimeText() const;
    QString keyCustomerText() const;
};

// Builds the histories of the cases stored under one id from the stored
// records and the history rows, following a case that moved between services
// (global ids) back through the services it was in. Names come from the maps
// (id -> name); an unknown id stays as its number.
QList<CaseHistory> assembleCaseHistories(const QList<CaseRecord> &records,
                                         const QList<CaseChange> &changes,
                                         const QHash<qint64, QString> &serviceNames,
                                         const QHash<qint64, QString> &departmentNames);

} // namespace Yardstick
