// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Yardstick {

// CSV cells a spreadsheet would run as a formula (OWASP "CSV injection"): a
// customer's letter beginning "=HYPERLINK(...)" must reach the reader as
// text. A cell beginning with =, +, -, @, a tab or a carriage return gets an
// apostrophe in front (which spreadsheets show as nothing more than a text
// marker), unless it is a plain number such as -3.5. A cell already
// beginning with an apostrophe before one of those gets one more, so reading
// back is exact.
QString guardedCell(const QString &cell);

// The reverse, for Yardstick's own readers: one leading apostrophe before a
// guarded character is dropped, so an exported catalogue or letter list
// imports back unchanged.
void unguardCell(QString &cell);

} // namespace Yardstick
