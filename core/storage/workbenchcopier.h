// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Yardstick {

class Database;

// Copies every row of one workbench into another, new and empty one of the
// same schema version, whichever engines the two are on (a file to a
// server, a server to a file, or file to file): yardstick-cli copy, and the
// demo on a server (made in a file first). Values go as the engines store
// them (64-bit integers, text, doubles to the last bit), in one transaction
// on the destination: all or nothing. Tables are written parents first, and
// a server's numbering continues after the copied ids.
class WorkbenchCopier final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::WorkbenchCopier)

public:
    // Empty on success; otherwise the reason, and the destination holds what
    // it held before.
    static QString copy(Database &source, Database &destination);
};

} // namespace Yardstick
