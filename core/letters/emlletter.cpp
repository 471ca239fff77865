// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltext.h"
#include "letterreaders.h"
#include "mimeentity.h"
#include "textdecoding.h"

#include <QCoreApplication>

namespace Yardstick {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::EmailLetter)
};

// Deeper nesting than this is a malformed or hostile message.
constexpr int kMaxDepth = 16;

struct TextParts
{
    QList<MimeEntity> plain;
    QList<MimeEntity> html;
    // A multipart body that ends before its closing delimiter, by its
    // boundary: the file was cut off.
    QByteArray unclosedBoundary;
};

// The text parts a reader sees: text/plain wherever it is (the plain
// alternative of a multipart/alternative), text/html only as a fallback;
// attachments and forwarded messages are not the letter.
void collectTextParts(const QByteArray &bytes, const MimeEntity &entity, int depth,
                      TextParts &parts)
{
    if (depth > kMaxDepth || entity.isAttachment())
        return;
    const MimeContentType type = entity.contentType();
    if (type.isMultipart()) {
        bool closed = true;
        for (const MimeEntity &part : mimeSubparts(bytes, entity, &closed))
            collectTextParts(bytes, part, depth + 1, parts);
        if (!closed && parts.unclosedBoundary.isEmpty())
            parts.unclosedBoundary = type.parameter("boundary");
    } else if (type.type == "text" && type.subtype == "plain") {
        parts.plain.append(entity);
    } else if (type.type == "text" && type.subtype == "html") {
        parts.html.append(entity);
    }
}

// "Jane Doe <jane@example.com>" -> "jane@example.com"; a bare address as it is.
QString senderAddress(const QString &from)
{
    const qsizetype open = from.lastIndexOf(QLatin1Char('<'));
    const qsizetype close = from.lastIndexOf(QLatin1Char('>'));
    if (open >= 0 && close > open)
        return from.mid(open + 1, close - open - 1).trimmed();
    return from.trimmed();
}

QString messageId(const QString &value)
{
    QString id = value.trimmed();
    if (id.startsWith(QLatin1Char('<')) && id.endsWith(QLatin1Char('>')))
        id = id.mid(1, id.size() - 2).trimmed();
    return id;
}

struct PartText
{
    QString text;
    QString encoding;
};

// One text part decoded, or a rejection located on the file's line where
// the trouble is: the bad byte's line for 8-bit text, the part's first body
// line when the bytes were base64 or quoted-printable.
std::optional<PartText> decodePart(const QByteArray &bytes, const MimeEntity &part, bool html,
                                   const QString &userEncoding, LetterReadResult &result)
{
    const QByteArray transfer = part.transferEncoding();
    const std::optional<QByteArray> body = decodeTransferEncoding(
        QByteArrayView(bytes).sliced(part.bodyBegin, part.bodyEnd - part.bodyBegin), transfer);
    if (!body) {
        result.rejections.append({result.file, lineOfOffset(bytes, part.bodyBegin),
                                  QStringLiteral("text"),
                                  Tr::tr("the e-mail's text is not valid base64")});
        return std::nullopt;
    }
    // A part's own charset is what its sender wrote it in; the user's choice
    // applies where none is declared.
    QString encoding = mimeCharsetEncoding(part.contentType().parameter("charset"));
    if (encoding.isEmpty())
        encoding = userEncoding;
    const DecodedText decoded = decodeText(*body, encoding);
    if (!decoded.ok) {
        const bool raw = transfer != "base64" && transfer != "quoted-printable";
        const qsizetype offset =
            raw && decoded.errorOffset >= 0 ? part.bodyBegin + decoded.errorOffset : part.bodyBegin;
        result.rejections.append(
            {result.file, lineOfOffset(bytes, offset), QStringLiteral("encoding"),
             Tr::tr("the e-mail's text cannot be decoded: %1").arg(decoded.error)});
        return std::nullopt;
    }
    return PartText{html ? htmlToText(decoded.text) : decoded.text, decoded.encoding};
}

} // namespace

void readEmailLetter(const QFileInfo &file, const QByteArray &bytes, const QString &encoding,
                     LetterReadResult &result)
{
    result.rowsRead = 1;
    const qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const std::optional<MimeEntity> message = parseMimeEntity(bytes, start, bytes.size());
    if (!message || message->headers.isEmpty()) {
        result.rejections.append({result.file, 1, QStringLiteral("headers"),
                                  Tr::tr("not an e-mail: it does not start with header lines "
                                         "such as \"From:\" and \"Subject:\"")});
        result.rowsRejected = 1;
        result.fileRejected = true;
        return;
    }

    TextParts parts;
    collectTextParts(bytes, *message, 0, parts);
    if (!parts.unclosedBoundary.isEmpty()) {
        // Half a complaint read as a whole one would mislead whoever reads
        // it; the sender's system can give the whole file again.
        result.rejections.append(
            {result.file, lineOfOffset(bytes, bytes.size()), QStringLiteral("text"),
             Tr::tr("the e-mail ends inside its body (the closing boundary \"--%1--\" is "
                    "missing): the file looks cut off")
                 .arg(QString::fromLatin1(parts.unclosedBoundary))});
        result.rowsRejected = 1;
        return;
    }
    const bool html = parts.plain.isEmpty();
    const QList<MimeEntity> &chosen = html ? parts.html : parts.plain;
    if (chosen.isEmpty()) {
        result.rejections.append({result.file, lineOfOffset(bytes, message->bodyBegin),
                                  QStringLiteral("text"),
                                  Tr::tr("the e-mail has no text part (only attachments or "
                                         "other content)")});
        result.rowsRejected = 1;
        return;
    }
    ComplaintLetter letter;
    QStringList texts;
    for (const MimeEntity &part : chosen) {
        const std::optional<PartText> text = decodePart(bytes, part, html, encoding, result);
        if (!text) {
            result.rowsRejected = 1;
            result.fileRejected = true;
            return;
        }
        if (letter.encoding.isEmpty())
            letter.encoding = text->encoding;
        const QString normalised = normalisedLetterText(text->text);
        if (!normalised.isEmpty())
            texts.append(normalised);
    }
    letter.text = texts.join(QLatin1String("\n\n"));
    if (letter.text.isEmpty()) {
        result.rejections.append({result.file, lineOfOffset(bytes, message->bodyBegin),
                                  QStringLiteral("text"), Tr::tr("the e-mail's text is empty")});
        result.rowsRejected = 1;
        return;
    }

    letter.channel = LetterChannel::Email;
    letter.sourceFile = file.fileName();
    letter.subject = decodeHeaderValue(message->header("Subject"), encoding).simplified();
    letter.reference = messageId(decodeHeaderValue(message->header("Message-ID"), encoding));
    letter.referenceIsSourceId = !letter.reference.isEmpty();
    if (letter.reference.isEmpty())
        letter.reference = file.completeBaseName();
    // A customer number the sending system put in the mail beats the
    // sender's address.
    letter.customerRef = decodeHeaderValue(message->header("X-Customer-Ref"), encoding).trimmed();
    if (letter.customerRef.isEmpty())
        letter.customerRef = senderAddress(decodeHeaderValue(message->header("From"), encoding));

    const QByteArray date = message->header("Date");
    letter.receivedAt = parseEmailDate(date);
    if (letter.receivedAt.isValid()) {
        letter.receivedSource = ReceivedSource::EmailHeader;
    } else {
        if (!date.isEmpty()) {
            result.notes.append(Tr::tr("%1: the Date header \"%2\" cannot be read; the file's "
                                       "time is used as the received time")
                                    .arg(result.file, QString::fromLatin1(date)));
        }
        letter.receivedAt = fileReceivedTime(file);
        letter.receivedSource = ReceivedSource::FileTime;
    }
    result.letters.append(ReadLetter{letter, 1, {}, {}});
}

} // namespace Yardstick
