// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace Yardstick {

struct CaseHistory;

// yardstick-cli cases FILE --history CASE_ID [--service S] [--format table|csv|json]:
// a case's stored values and every change re-imports made to it, each with
// the import (file and moment) it came from.
class CasesCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::CasesCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;

private:
    static QString asTable(const QList<CaseHistory> &histories);
    static QByteArray asCsv(const QList<CaseHistory> &histories);
    static QByteArray asJson(const QList<CaseHistory> &histories);
};

} // namespace Yardstick
