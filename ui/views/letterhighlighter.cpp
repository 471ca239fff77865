// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "letterhighlighter.h"

#include <QColor>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>

namespace Yardstick {

QColor LetterHighlighter::termBackground()
{
    // Amber, light enough that black text on it keeps a contrast above 12:1.
    return QColor(0xff, 0xe0, 0x8a);
}

QColor LetterHighlighter::negatedForeground()
{
    return QColor(0x80, 0x80, 0x80);
}

void LetterHighlighter::fill(QTextDocument &document, const QString &text,
                             const QList<TermHit> &hits, const Describe &describe)
{
    document.setPlainText(text);
    const qsizetype size = text.size();
    for (const TermHit &hit : hits) {
        if (hit.start < 0 || hit.length <= 0 || hit.start + hit.length > size)
            continue; // a stale hit must not mark the wrong words
        if (hit.weight == 0)
            continue; // a name that only keeps a shorter term from matching ("late fee")
        const QString target = describe ? describe(hit) : hit.key;
        QTextCharFormat format;
        if (hit.negated) {
            format.setForeground(negatedForeground());
            format.setFontStrikeOut(true);
            format.setToolTip(
                tr("“%1” is negated here, so it does not count towards %2").arg(hit.term, target));
        } else if (hit.weight < 0) {
            // Praise pulls its label down: marked, but not as a complaint.
            format.setFontUnderline(true);
            format.setUnderlineColor(negatedForeground());
            format.setToolTip(tr("“%1” is praise: it counts against %2").arg(hit.term, target));
        } else {
            format.setBackground(termBackground());
            format.setForeground(QColor(Qt::black));
            format.setToolTip(tr("“%1” points to %2").arg(hit.term, target));
        }
        QTextCursor cursor(&document);
        cursor.setPosition(int(hit.start));
        cursor.setPosition(int(hit.start + hit.length), QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(format);
    }
}

} // namespace Yardstick
