// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Simplified Chinese catalogues (resources/translations/*_zh_CN.ts) read
// as Qt Linguist writes them: every message finished, and every translation
// keeping its source's placeholders, tags and line breaks, which the code
// fills in or a console and a table depend on.
#include "catchqt.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or the numerus forms
    bool finished = true;
    bool obsolete = false;
    bool numerus = false;
    qint64 line = 0;
};

// The element's text, with Linguist's <byte value="xd"/> for characters XML
// cannot hold put back.
QString elementText(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::Characters:
            text += xml.text();
            break;
        case QXmlStreamReader::StartElement:
            ++depth;
            if (xml.name() == u"byte")
                text += QChar(
                    xml.attributes().value(QLatin1String("value")).mid(1).toUInt(nullptr, 16));
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        default:
            break;
        }
    }
    return text;
}

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            Message message;
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            message.line = xml.lineNumber();
            while (xml.readNextStartElement()) {
                if (xml.name() == u"source") {
                    message.source = elementText(xml);
                } else if (xml.name() == u"translation") {
                    const QStringView type = xml.attributes().value(QLatin1String("type"));
                    message.finished = type.isEmpty();
                    message.obsolete = type == u"obsolete" || type == u"vanished";
                    if (message.numerus) {
                        while (xml.readNextStartElement())
                            message.translations.append(elementText(xml));
                    } else {
                        message.translations.append(elementText(xml));
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

// %1…%99, %L1 and %n/%Ln: what QString::arg and tr()'s count fill in.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.append(match.captured());
    std::sort(found.begin(), found.end());
    return found;
}

QStringList tags(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("</?[A-Za-z][^<>]*>"));
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.append(match.captured());
    std::sort(found.begin(), found.end());
    return found;
}

// The line breaks a console message starts and ends with, and how many it
// holds: the CLI prints its help and reports line by line.
QString breaks(const QString &text)
{
    qsizetype head = 0;
    while (head < text.size() && (text[head] == u'\n' || text[head] == u'\r'))
        ++head;
    qsizetype tail = 0;
    while (tail < text.size() - head && text[text.size() - 1 - tail] == u'\n')
        ++tail;
    return text.left(head) + QLatin1Char('|') + QString::number(text.count(u'\n')) +
           QLatin1Char('|') + text.right(tail);
}

QString where(const QString &file, const Message &message)
{
    return QStringLiteral("%1:%2 [%3] %4")
        .arg(file)
        .arg(message.line)
        .arg(message.context, message.source.left(60));
}

} // namespace

TEST_CASE("every zh_CN message is finished and keeps its placeholders, tags and line breaks",
          "[l10n]")
{
    const QDir dir(QStringLiteral(YARDSTICK_TRANSLATIONS_DIR));
    const QStringList files = dir.entryList({QStringLiteral("*_zh_CN.ts")}, QDir::Files);
    // The core and CLI catalogue at least; the GUI's is checked when present.
    REQUIRE(files.contains(QStringLiteral("yardstick_core_zh_CN.ts")));

    for (const QString &name : files) {
        QString error;
        const QList<Message> messages = readCatalogue(dir.filePath(name), &error);
        INFO(name.toStdString());
        INFO(error.toStdString());
        REQUIRE(error.isEmpty());
        // lupdate found more than a thousand strings in core and app/cli.
        if (name == u"yardstick_core_zh_CN.ts")
            CHECK(messages.size() > 1000);

        QStringList problems;
        for (const Message &message : messages) {
            if (message.obsolete)
                continue;
            const QString at = where(name, message);
            if (!message.finished)
                problems.append(at + QStringLiteral(": unfinished"));
            // Chinese has one plural form.
            if (message.numerus && message.translations.size() != 1)
                problems.append(
                    at +
                    QStringLiteral(": %1 plural forms, not 1").arg(message.translations.size()));
            for (const QString &translation : message.translations) {
                if (translation.trimmed().isEmpty() && !message.source.trimmed().isEmpty())
                    problems.append(at + QStringLiteral(": empty translation"));
                if (placeholders(translation) != placeholders(message.source))
                    problems.append(at + QStringLiteral(": placeholders %1 became %2")
                                             .arg(placeholders(message.source).join(u' '),
                                                  placeholders(translation).join(u' ')));
                if (tags(translation) != tags(message.source))
                    problems.append(at + QStringLiteral(": tags differ"));
                if (breaks(translation) != breaks(message.source))
                    problems.append(at + QStringLiteral(": line breaks differ"));
            }
        }
        CHECK(problems == QStringList());
    }
}

TEST_CASE("the placeholder check tells a dropped or renamed placeholder from a reordered one",
          "[l10n]")
{
    CHECK(placeholders(QStringLiteral("%1 of %2")) ==
          placeholders(QStringLiteral("%2 个中 %1 个")));
    CHECK(placeholders(QStringLiteral("%1 of %2")) != placeholders(QStringLiteral("%1 个")));
    CHECK(placeholders(QStringLiteral("%n letter(s)")) != placeholders(QStringLiteral("%1 封")));
    CHECK(placeholders(QStringLiteral("longer than %L1")) != placeholders(QStringLiteral("%1")));
    // A percent sign is not a placeholder.
    CHECK(placeholders(QStringLiteral("reach 80%")).isEmpty());
    CHECK(placeholders(QStringLiteral("%1%")) == QStringList{QStringLiteral("%1")});
    CHECK(tags(QStringLiteral("<b>%1</b>")) != tags(QStringLiteral("%1")));
    CHECK(tags(QStringLiteral("an element <%1>")).isEmpty());
    CHECK(breaks(QStringLiteral("Wrote %1.\n")) != breaks(QStringLiteral("已写入 %1。")));
}
