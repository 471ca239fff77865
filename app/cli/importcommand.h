// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"
#include "letters/lettercolumns.h"

namespace Yardstick {

struct ImportSummary;

// yardstick-cli import cases|measurements|standards FILE.yardstick DATA.csv,
// and import letters FILE.yardstick PATH... [--encoding E]:
// loads a CSV file (or letter files) into a workbench, prints every rejected row as
// "file:line: column: reason" on stderr and a summary line on stdout, and
// exits 1 when any row was rejected.
class ImportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::ImportCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;

private:
    static int importLetterFiles(const QString &workbenchPath, const QStringList &paths,
                                 const QString &encoding, bool skipBadRows,
                                 const LetterColumns &columns);
    // Not static: a wave that several surveys could take is a usage error.
    int importSurveyFile(const QString &workbenchPath, const QString &data, const QString &wave,
                         const QString &survey, bool skipBadRows, const QString &sheet) const;
    static int report(const ImportSummary &summary);
};

} // namespace Yardstick
