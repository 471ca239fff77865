// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Yardstick {

// A plain-text table for a terminal: a header, a rule of dashes, one line per
// row, columns padded to their widest cell (East Asian wide characters count
// two columns), numbers right-aligned, no trailing blanks.
class TextTable final
{
public:
    struct Column
    {
        QString header;
        bool alignRight = false;
    };

    explicit TextTable(QList<Column> columns);
    void addRow(const QStringList &cells);
    QString text() const;

    // Shortens text to at most maxWidth columns, ending in an ellipsis, cut
    // at a space near the end so no word is left half-shown.
    static QString elide(const QString &text, qsizetype maxWidth);
    // Breaks each line of text into lines of at most maxWidth columns: at
    // spaces, and between Chinese characters, which have none (never before
    // a closing or after an opening punctuation mark). A word longer than
    // maxWidth keeps a line of its own.
    static QString wrap(const QString &text, qsizetype maxWidth);
    // How many terminal columns the text takes (East Asian wide ones two).
    static qsizetype displayWidth(const QString &text);

private:
    QList<Column> m_columns;
    QList<QStringList> m_rows;
};

} // namespace Yardstick
