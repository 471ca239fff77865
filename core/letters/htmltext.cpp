// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltext.h"

#include <QRegularExpression>

namespace Yardstick {

namespace {

QString decodeEntities(const QString &text)
{
    static const QRegularExpression entity(
        QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});"));
    static const std::pair<const char *, char16_t> named[] = {
        {"amp", u'&'},     {"lt", u'<'},     {"gt", u'>'},    {"quot", u'"'},   {"apos", u'\''},
        {"nbsp", u'\xA0'}, {"euro", u'€'},   {"copy", u'©'},  {"eacute", u'é'}, {"egrave", u'è'},
        {"agrave", u'à'},  {"ccedil", u'ç'}, {"uuml", u'ü'},  {"ouml", u'ö'},   {"auml", u'ä'},
        {"szlig", u'ß'},   {"ndash", u'–'},  {"mdash", u'—'}, {"hellip", u'…'}, {"rsquo", u'’'},
        {"lsquo", u'‘'},   {"rdquo", u'”'},  {"ldquo", u'“'}, {"pound", u'£'},
    };
    QString result;
    qsizetype copied = 0;
    QRegularExpressionMatchIterator it = entity.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(1);
        char32_t code = 0;
        if (name.startsWith(QLatin1String("#x")) || name.startsWith(QLatin1String("#X")))
            code = name.mid(2).toUInt(nullptr, 16);
        else if (name.startsWith(QLatin1Char('#')))
            code = name.mid(1).toUInt();
        else {
            for (const auto &[key, value] : named) {
                if (name == QLatin1String(key))
                    code = value;
            }
        }
        if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            continue; // unknown: left as written
        result += QStringView(text).sliced(copied, match.capturedStart() - copied);
        result += QString::fromUcs4(&code, 1);
        copied = match.capturedEnd();
    }
    result += QStringView(text).sliced(copied);
    return result;
}

} // namespace

QString htmlToText(const QString &html)
{
    static const QRegularExpression hidden(
        QStringLiteral("<(script|style|head|title)\\b[^>]*>.*?</\\1\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression comment(QStringLiteral("<!--.*?-->"),
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression lineBreak(
        QStringLiteral("<(br|/p|/div|/tr|/li|/h[1-6]|/blockquote|p|div)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    // Not \s or \v: in PCRE both take in the line breaks made above.
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\r\\f]+"));
    static const QRegularExpression spaceAtLineEnds(QStringLiteral(" *\\n *"));
    static const QRegularExpression blankLines(QStringLiteral("\\n{3,}"));

    QString text = html;
    text.remove(comment);
    text.remove(hidden);
    // Line breaks in the source are only spacing in HTML.
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(lineBreak, QStringLiteral("\n"));
    text.remove(tag);
    text.replace(spaces, QStringLiteral(" "));
    text = decodeEntities(text);
    text.replace(QChar(u'\xA0'), QLatin1Char(' '));
    text.replace(spaceAtLineEnds, QStringLiteral("\n"));
    text.replace(blankLines, QStringLiteral("\n\n"));
    return text.trimmed();
}

} // namespace Yardstick
