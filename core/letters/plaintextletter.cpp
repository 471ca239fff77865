// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "letterreaders.h"
#include "textdecoding.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Yardstick {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::LetterReader)
};

} // namespace

QDateTime fileReceivedTime(const QFileInfo &file)
{
    return file.lastModified().toUTC();
}

QString normalisedLetterText(const QString &text)
{
    QString result = text;
    result.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    result.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return result.trimmed();
}

// A .txt or .md file is one letter, its whole text (Markdown kept as
// written: the analyst reads what the customer sent).
void readPlainTextLetter(const QFileInfo &file, const QByteArray &bytes, const QString &encoding,
                         LetterReadResult &result)
{
    result.rowsRead = 1;
    const DecodedText decoded = decodeText(bytes, encoding);
    if (!decoded.ok) {
        result.rejections.append({result.file, lineOfOffset(bytes, decoded.errorOffset),
                                  QStringLiteral("encoding"), decoded.error});
        result.rowsRejected = 1;
        result.fileRejected = true;
        return;
    }
    ComplaintLetter letter;
    letter.text = normalisedLetterText(decoded.text);
    if (letter.text.isEmpty()) {
        result.rejections.append(
            {result.file, 1, QStringLiteral("text"), Tr::tr("the letter is empty")});
        result.rowsRejected = 1;
        return;
    }
    letter.reference = file.completeBaseName();
    letter.receivedAt = fileReceivedTime(file);
    letter.receivedSource = ReceivedSource::FileTime;
    letter.channel = LetterChannel::Letter;
    letter.sourceFile = file.fileName();
    letter.encoding = decoded.encoding;
    result.letters.append(ReadLetter{letter, 1, {}, {}});
}

} // namespace Yardstick
