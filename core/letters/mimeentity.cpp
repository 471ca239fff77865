// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mimeentity.h"

#include "textdecoding.h"

#include <QRegularExpression>

namespace Yardstick {

namespace {

// One line of the bytes: [begin, end) without its line break, `next` after it.
struct Line
{
    qsizetype begin = 0;
    qsizetype end = 0;
    qsizetype next = 0;
};

Line lineAt(const QByteArray &bytes, qsizetype begin, qsizetype limit)
{
    qsizetype newline = bytes.indexOf('\n', begin);
    if (newline < 0 || newline >= limit)
        newline = limit;
    Line line{begin, newline, std::min(newline + 1, limit)};
    if (line.end > line.begin && bytes.at(line.end - 1) == '\r')
        --line.end;
    return line;
}

bool isFieldNameChar(char c)
{
    // RFC 5322 ftext: printable ASCII but the colon.
    return c > 32 && c < 127 && c != ':';
}

// "Name: value" with a name of ftext; -1 when the line is not a field.
qsizetype colonOfField(QByteArrayView line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return -1;
    for (qsizetype i = 0; i < colon; ++i) {
        if (!isFieldNameChar(line.at(i)))
            return -1;
    }
    return colon;
}

QByteArray unquoted(QByteArray value)
{
    value = value.trimmed();
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"')) {
        QByteArray inner;
        for (qsizetype i = 1; i + 1 < value.size(); ++i) {
            if (value.at(i) == '\\' && i + 2 < value.size())
                ++i;
            inner.append(value.at(i));
        }
        return inner;
    }
    return value;
}

// Splits on semicolons outside quotes.
QList<QByteArray> splitParameters(const QByteArray &value)
{
    QList<QByteArray> pieces;
    QByteArray current;
    bool quoted = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value.at(i);
        if (c == '"' && (i == 0 || value.at(i - 1) != '\\'))
            quoted = !quoted;
        if (c == ';' && !quoted) {
            pieces.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    pieces.append(current);
    return pieces;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

QString decodeRawHeaderText(const QByteArray &raw, const QString &fallbackEncoding)
{
    DecodedText utf8 = decodeText(raw, QStringLiteral("UTF-8"));
    if (utf8.ok)
        return utf8.text;
    DecodedText other = decodeText(raw, fallbackEncoding);
    return other.ok ? other.text : QString::fromLatin1(raw);
}

} // namespace

QByteArray MimeEntity::header(const char *name) const
{
    for (const MimeHeaderField &field : headers) {
        if (field.name.compare(name, Qt::CaseInsensitive) == 0)
            return field.value;
    }
    return QByteArray();
}

bool MimeEntity::hasHeader(const char *name) const
{
    for (const MimeHeaderField &field : headers) {
        if (field.name.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

MimeContentType MimeEntity::contentType() const
{
    return hasHeader("Content-Type") ? parseContentType(header("Content-Type")) : MimeContentType();
}

QByteArray MimeEntity::transferEncoding() const
{
    const QByteArray value = header("Content-Transfer-Encoding").trimmed().toLower();
    return value.isEmpty() ? QByteArray("7bit") : value;
}

bool MimeEntity::isAttachment() const
{
    const QByteArray disposition = header("Content-Disposition").trimmed().toLower();
    return disposition.startsWith("attachment");
}

std::optional<MimeEntity> parseMimeEntity(const QByteArray &bytes, qsizetype begin, qsizetype end)
{
    MimeEntity entity;
    qsizetype at = begin;
    // A body part may start with its empty line at once: no headers.
    bool sawBlank = false;
    while (at < end) {
        const Line line = lineAt(bytes, at, end);
        at = line.next;
        const QByteArrayView text = QByteArrayView(bytes).sliced(line.begin, line.end - line.begin);
        if (text.isEmpty()) {
            sawBlank = true;
            break;
        }
        if ((text.at(0) == ' ' || text.at(0) == '\t') && !entity.headers.isEmpty()) {
            // Unfolding (RFC 5322 2.2.3): the line break goes, the white
            // space stays.
            entity.headers.last().value.append(text.toByteArray());
            continue;
        }
        // An mbox "From " separator line before the headers is not a field.
        if (entity.headers.isEmpty() && line.begin == begin && text.startsWith("From "))
            continue;
        const qsizetype colon = colonOfField(text);
        if (colon < 0)
            return std::nullopt;
        entity.headers.append(
            {text.first(colon).toByteArray().trimmed(), text.sliced(colon + 1).toByteArray()});
    }
    for (MimeHeaderField &field : entity.headers)
        field.value = field.value.trimmed();
    entity.bodyBegin = sawBlank ? at : end;
    entity.bodyEnd = end;
    return entity;
}

QList<MimeEntity> mimeSubparts(const QByteArray &bytes, const MimeEntity &entity, bool *closed)
{
    if (closed)
        *closed = true;
    QList<MimeEntity> parts;
    const QByteArray boundary = entity.contentType().parameter("boundary");
    if (boundary.isEmpty())
        return parts;
    const QByteArray delimiter = "--" + boundary;
    qsizetype partBegin = -1;
    qsizetype previousLineEnd = entity.bodyBegin;
    qsizetype at = entity.bodyBegin;
    while (at < entity.bodyEnd) {
        const Line line = lineAt(bytes, at, entity.bodyEnd);
        const QByteArrayView text = QByteArrayView(bytes).sliced(line.begin, line.end - line.begin);
        if (text.startsWith(delimiter)) {
            const QByteArrayView rest = text.sliced(delimiter.size());
            const bool closing = rest.startsWith("--");
            if (closing || rest.trimmed().isEmpty()) {
                // The line break before a delimiter belongs to the delimiter.
                if (partBegin >= 0) {
                    if (std::optional<MimeEntity> part =
                            parseMimeEntity(bytes, partBegin, std::max(partBegin, previousLineEnd)))
                        parts.append(*part);
                }
                if (closing)
                    return parts;
                partBegin = line.next;
            }
        }
        previousLineEnd = line.end;
        at = line.next;
    }
    // No closing delimiter: take the last part to the end, as mail readers
    // do, and say so.
    if (closed)
        *closed = false;
    if (partBegin >= 0 && partBegin < entity.bodyEnd) {
        if (std::optional<MimeEntity> part = parseMimeEntity(bytes, partBegin, entity.bodyEnd))
            parts.append(*part);
    }
    return parts;
}

MimeContentType parseContentType(const QByteArray &value)
{
    MimeContentType result;
    const QList<QByteArray> pieces = splitParameters(value);
    const QByteArray mediaType = pieces.value(0).trimmed().toLower();
    const qsizetype slash = mediaType.indexOf('/');
    if (slash > 0) {
        result.type = mediaType.left(slash).trimmed();
        result.subtype = mediaType.mid(slash + 1).trimmed();
    }
    for (qsizetype i = 1; i < pieces.size(); ++i) {
        const qsizetype equals = pieces.at(i).indexOf('=');
        if (equals <= 0)
            continue;
        result.parameters.insert(pieces.at(i).left(equals).trimmed().toLower(),
                                 unquoted(pieces.at(i).mid(equals + 1)));
    }
    return result;
}

std::optional<QByteArray> decodeTransferEncoding(QByteArrayView body, const QByteArray &encoding)
{
    if (encoding == "base64") {
        QByteArray compact;
        compact.reserve(body.size());
        for (const char c : body) {
            if (c != '\r' && c != '\n' && c != ' ' && c != '\t')
                compact.append(c);
        }
        QByteArray::FromBase64Result decoded =
            QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return std::nullopt;
        return *decoded;
    }
    if (encoding == "quoted-printable")
        return decodeQuotedPrintable(body);
    return body.toByteArray();
}

QByteArray decodeQuotedPrintable(QByteArrayView text, bool encodedWord)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '_' && encodedWord) {
            out.append(' ');
        } else if (c == '=' && i + 1 < text.size() &&
                   (text.at(i + 1) == '\n' || text.at(i + 1) == '\r')) {
            // A soft line break: the line goes on.
            i += (text.at(i + 1) == '\r' && i + 2 < text.size() && text.at(i + 2) == '\n') ? 2 : 1;
        } else if (c == '=' && i + 2 < text.size() && hexValue(text.at(i + 1)) >= 0 &&
                   hexValue(text.at(i + 2)) >= 0) {
            out.append(char(hexValue(text.at(i + 1)) * 16 + hexValue(text.at(i + 2))));
            i += 2;
        } else if (c == '=' && i + 1 == text.size()) {
            // A soft break at the very end.
        } else {
            // A stray '=' is kept as written (RFC 2045 6.7, note 1).
            out.append(c);
        }
    }
    return out;
}

QString decodeHeaderValue(const QByteArray &value, const QString &fallbackEncoding)
{
    static const QRegularExpression encodedWord(
        QStringLiteral("=\\?([^?\\s]+)\\?([bBqQ])\\?([^?\\s]*)\\?="));
    // Work on the Latin-1 view so offsets match the bytes one to one.
    const QString latin = QString::fromLatin1(value);
    QString result;
    qsizetype copied = 0;
    bool previousWasWord = false;
    QRegularExpressionMatchIterator it = encodedWord.globalMatch(latin);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QByteArray between = value.mid(copied, match.capturedStart() - copied);
        // White space between two encoded-words is not part of the text
        // (RFC 2047 6.2).
        if (!(previousWasWord && between.trimmed().isEmpty()))
            result += decodeRawHeaderText(between, fallbackEncoding);
        QByteArray charset = match.captured(1).toLatin1();
        if (const qsizetype star = charset.indexOf('*'); star >= 0)
            charset.truncate(star); // RFC 2231 language suffix
        const QByteArray payload = match.captured(3).toLatin1();
        QByteArray bytes;
        bool ok = true;
        if (match.captured(2).compare(QLatin1String("B"), Qt::CaseInsensitive) == 0) {
            QByteArray::FromBase64Result decoded =
                QByteArray::fromBase64Encoding(payload, QByteArray::AbortOnBase64DecodingErrors);
            ok = bool(decoded);
            if (ok)
                bytes = *decoded;
        } else {
            bytes = decodeQuotedPrintable(payload, true);
        }
        const DecodedText decoded =
            ok ? decodeText(bytes, mimeCharsetEncoding(charset)) : DecodedText();
        // A word that cannot be decoded is kept as written: odd, but not
        // mangled.
        result += decoded.ok ? decoded.text : match.captured(0);
        copied = match.capturedEnd();
        previousWasWord = true;
    }
    result += decodeRawHeaderText(value.mid(copied), fallbackEncoding);
    return result;
}

QString mimeCharsetEncoding(const QByteArray &charset)
{
    const QByteArray name = charset.trimmed().toLower();
    if (name.isEmpty())
        return QString();
    if (name == "gb2312" || name == "gbk" || name == "x-gbk" || name == "cp936" ||
        name == "euc-cn" || name == "gb18030")
        return QStringLiteral("GB18030");
    if (name == "iso-8859-1" || name == "latin1" || name == "iso_8859-1" ||
        name == "windows-1252" || name == "cp1252")
        return QStringLiteral("Windows-1252");
    if (name == "us-ascii" || name == "ascii" || name == "utf8" || name == "utf-8")
        return QStringLiteral("UTF-8");
    return QString::fromLatin1(name);
}

QDateTime parseEmailDate(const QByteArray &value)
{
    // Comments (CFWS) such as "(CET)" carry nothing we need.
    QByteArray text;
    int depth = 0;
    for (const char c : value) {
        if (c == '(')
            ++depth;
        else if (c == ')' && depth > 0)
            --depth;
        else if (depth == 0)
            text.append(c);
    }
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(?:[A-Za-z]{3}\\s*,\\s*)?(\\d{1,2})\\s+([A-Za-z]{3})[a-z]*\\s+"
                       "(\\d{2,4})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([+-]\\d{4}|[A-Za-z]+)?"
                       "\\s*$"));
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(text));
    if (!match.hasMatch())
        return QDateTime();
    static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};
    int month = 0;
    for (int m = 0; m < 12; ++m) {
        if (match.captured(2).compare(QLatin1String(months[m]), Qt::CaseInsensitive) == 0)
            month = m + 1;
    }
    int year = match.captured(3).toInt();
    // RFC 5322 4.3: two-digit years up to 49 are 20xx, others 19xx;
    // three-digit years add 1900.
    if (match.captured(3).size() == 2)
        year += year < 50 ? 2000 : 1900;
    else if (match.captured(3).size() == 3)
        year += 1900;
    const QDate date(year, month, match.captured(1).toInt());
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(),
                     match.captured(6).isEmpty() ? 0 : match.captured(6).toInt());
    if (month == 0 || !date.isValid() || !time.isValid())
        return QDateTime();
    const QString zone = match.captured(7).toUpper();
    int offsetMinutes = 0;
    if (zone.startsWith(QLatin1Char('+')) || zone.startsWith(QLatin1Char('-'))) {
        const int hhmm = zone.mid(1).toInt();
        offsetMinutes = (hhmm / 100) * 60 + hhmm % 100;
        if (zone.startsWith(QLatin1Char('-')))
            offsetMinutes = -offsetMinutes;
    } else {
        // The obsolete names of RFC 5322 4.3; any other (military) zone means
        // "unknown", read as UTC.
        static const std::pair<const char *, int> zones[] = {
            {"EST", -5}, {"EDT", -4}, {"CST", -6}, {"CDT", -5},
            {"MST", -7}, {"MDT", -6}, {"PST", -8}, {"PDT", -7},
        };
        for (const auto &[name, hours] : zones) {
            if (zone == QLatin1String(name))
                offsetMinutes = hours * 60;
        }
    }
    return QDateTime(date, time, Qt::OffsetFromUTC, offsetMinutes * 60);
}

} // namespace Yardstick
