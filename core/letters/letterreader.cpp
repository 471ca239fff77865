// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "letterreader.h"

#include "cardmasking.h"
#include "letterreaders.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace Yardstick {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::LetterReader)
};

// Far beyond any letter or letters CSV; a bigger file is a mistake, and
// reading it whole would only exhaust memory.
constexpr qint64 kMaxFileBytes = qint64(512) * 1024 * 1024;

enum class Kind
{
    None,
    PlainText,
    Email,
    Csv,
    Workbook,
};

Kind kindOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("txt") || suffix == QLatin1String("md"))
        return Kind::PlainText;
    if (suffix == QLatin1String("eml"))
        return Kind::Email;
    if (suffix == QLatin1String("csv"))
        return Kind::Csv;
    if (suffix == QLatin1String("xlsx"))
        return Kind::Workbook;
    return Kind::None;
}

// Card numbers are masked in every field a person reads: the text and
// subject, and also the reference and customer reference, which a sending
// system may have filled with a card number.
void maskLetter(ComplaintLetter &letter)
{
    int masked = 0;
    QList<QString *> fields = {&letter.text, &letter.subject, &letter.reference,
                               &letter.customerRef};
    for (LetterAttribute &attribute : letter.attributes)
        fields.append(&attribute.value);
    for (QString *field : std::as_const(fields)) {
        MaskedText result = maskCardNumbers(*field);
        if (result.masked > 0) {
            *field = std::move(result.text);
            masked += result.masked;
        }
    }
    letter.maskedCardNumbers = masked;
}

} // namespace

bool isLetterFile(const QString &path)
{
    return kindOf(path) != Kind::None;
}

LetterReadResult readLetterFile(const QString &path, const QString &encoding,
                                const LetterColumns &columns)
{
    LetterReadResult result;
    const QFileInfo info(path);
    result.file = info.fileName();
    const Kind kind = kindOf(path);
    if (kind == Kind::None) {
        result.rejections.append(
            {result.file, 0, QStringLiteral("file"),
             Tr::tr("letters are read from .txt, .md, .eml, .csv and .xlsx files, not \"%1\" "
                    "files")
                 .arg(info.suffix())});
        result.fileRejected = true;
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.rejections.append({result.file, 0, QStringLiteral("file"),
                                  Tr::tr("cannot be read: %1").arg(file.errorString())});
        result.fileRejected = true;
        return result;
    }
    if (file.size() > kMaxFileBytes) {
        result.rejections.append({result.file, 0, QStringLiteral("file"),
                                  Tr::tr("the file is larger than %1 MiB, too large to read")
                                      .arg(kMaxFileBytes / (1024 * 1024))});
        result.fileRejected = true;
        return result;
    }
    if (kind == Kind::Workbook) {
        file.close();
        readWorkbookLetters(info, columns, result);
        for (ReadLetter &read : result.letters)
            maskLetter(read.letter);
        return result;
    }
    const QByteArray bytes = file.readAll();
    if (kind == Kind::PlainText)
        readPlainTextLetter(info, bytes, encoding, result);
    else if (kind == Kind::Email)
        readEmailLetter(info, bytes, encoding, result);
    else
        readCsvLetters(info, bytes, encoding, columns, result);
    for (ReadLetter &read : result.letters)
        maskLetter(read.letter);
    return result;
}

QStringList letterFilesIn(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (isLetterFile(path))
            files.append(path);
    }
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace Yardstick
