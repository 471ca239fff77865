// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Yardstick {

// The readable text of an HTML e-mail part: tags dropped (script and style
// with their content), block ends and <br> as line breaks, character
// references decoded, runs of blank lines collapsed. Core has no QtGui, so
// no QTextDocument: a small tag stripper is enough for a mail body.
QString htmlToText(const QString &html);

} // namespace Yardstick
