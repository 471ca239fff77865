// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "texttable.h"

#include <algorithm>

namespace Yardstick {

namespace {

constexpr char kColumnGap[] = "  ";

// East Asian wide characters take two terminal columns; without this a
// Chinese title or header would push every later column out of line.
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

qsizetype displayWidth(const QString &text)
{
    qsizetype width = 0;
    for (char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

QString padded(const QString &text, qsizetype width, bool alignRight)
{
    const QString fill(std::max<qsizetype>(0, width - displayWidth(text)), QLatin1Char(' '));
    return alignRight ? fill + text : text + fill;
}

// Chinese punctuation that must not start a line, and that must not end one
// (the line-breaking rules of Chinese typesetting).
bool closesText(char32_t c)
{
    return QStringView(u"，。、：；！？）》」』】〉”’…").contains(QChar(c));
}

bool opensText(char32_t c)
{
    return QStringView(u"（《「『【〈“‘").contains(QChar(c));
}

// What a line may break between: words, each wide character on its own, and
// punctuation glued to its neighbour; each remembers whether a space stood
// before it.
struct Piece
{
    QString text;
    qsizetype width = 0;
    bool spaceBefore = false;
};

QList<Piece> piecesOf(const QString &line)
{
    QList<Piece> pieces;
    bool space = false;
    bool inWord = false;
    bool glueNext = false;
    for (char32_t c : line.toUcs4()) {
        if (c == U' ') {
            space = true;
            inWord = false;
            glueNext = false;
            continue;
        }
        const bool wide = isWide(c);
        const QString text = QString::fromUcs4(&c, 1);
        const qsizetype width = wide ? 2 : 1;
        if (!pieces.isEmpty() && !space && (glueNext || closesText(c) || (inWord && !wide))) {
            pieces.last().text += text;
            pieces.last().width += width;
        } else {
            pieces.append({text, width, space});
        }
        space = false;
        inWord = !wide;
        glueNext = opensText(c);
    }
    return pieces;
}

} // namespace

qsizetype TextTable::displayWidth(const QString &text)
{
    return Yardstick::displayWidth(text);
}

TextTable::TextTable(QList<Column> columns)
    : m_columns(std::move(columns))
{}

void TextTable::addRow(const QStringList &cells)
{
    m_rows.append(cells);
}

QString TextTable::text() const
{
    QList<qsizetype> widths;
    for (const Column &column : m_columns)
        widths.append(displayWidth(column.header));
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < widths.size() && i < row.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row.at(i)));
    }
    // QString, not auto: with QT_USE_QSTRINGBUILDER the deduced type would be a
    // builder referring to the local text after it is gone.
    auto line = [&](const QStringList &cells) -> QString {
        QString text;
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            if (i > 0)
                text += QLatin1String(kColumnGap);
            const QString cell = i < cells.size() ? cells.at(i) : QString();
            const bool last = i == m_columns.size() - 1;
            // No trailing blanks: they show up as noise in diffs and pastes.
            text += last && !m_columns[i].alignRight
                        ? cell
                        : padded(cell, widths[i], m_columns[i].alignRight);
        }
        // An empty last cell would leave the padding of the one before it.
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        return text + QLatin1Char('\n');
    };
    QStringList headers;
    QStringList rules;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        headers.append(m_columns[i].header);
        rules.append(QString(widths[i], QLatin1Char('-')));
    }
    QString table = line(headers) + line(rules);
    for (const QStringList &row : m_rows)
        table += line(row);
    return table;
}

QString TextTable::elide(const QString &text, qsizetype maxWidth)
{
    const QString simplified = text.simplified(); // a newline in a title would break the row
    if (displayWidth(simplified) <= maxWidth)
        return simplified;
    const QList<uint> codePoints = simplified.toUcs4();
    QString kept;
    qsizetype width = 0;
    for (char32_t c : codePoints) {
        const qsizetype w = isWide(c) ? 2 : 1;
        if (width + w > maxWidth - 1) // room for the ellipsis
            break;
        kept += QString::fromUcs4(&c, 1);
        width += w;
    }
    const qsizetype space = kept.lastIndexOf(QLatin1Char(' '));
    if (space >= kept.size() * 2 / 3)
        kept.truncate(space);
    return kept.trimmed() + QChar(0x2026);
}

QString TextTable::wrap(const QString &text, qsizetype maxWidth)
{
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (displayWidth(line) <= maxWidth) {
            lines.append(line);
            continue;
        }
        QString current;
        qsizetype width = 0;
        for (const Piece &piece : piecesOf(line)) {
            const qsizetype gap = piece.spaceBefore && !current.isEmpty() ? 1 : 0;
            if (!current.isEmpty() && width + gap + piece.width > maxWidth) {
                lines.append(current);
                current.clear();
                width = 0;
            } else if (gap > 0) {
                current += QLatin1Char(' ');
                ++width;
            }
            current += piece.text;
            width += piece.width;
        }
        lines.append(current);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Yardstick
