// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lettertext.h"

namespace Yardstick {

QString LetterText::channelName(LetterChannel channel)
{
    switch (channel) {
    case LetterChannel::Letter:
        return tr("Letter");
    case LetterChannel::Email:
        return tr("E-mail");
    case LetterChannel::Phone:
        return tr("Phone");
    case LetterChannel::ComplaintCard:
        return tr("Complaint card");
    case LetterChannel::Web:
        return tr("Web");
    case LetterChannel::Chat:
        return tr("Chat");
    case LetterChannel::Social:
        return tr("Social media");
    case LetterChannel::Other:
        return tr("Other");
    }
    return {};
}

QString LetterText::labelStatusName(LabelStatus status)
{
    switch (status) {
    case LabelStatus::Unlabelled:
        return tr("Unlabelled");
    case LabelStatus::Suggested:
        return tr("Suggested");
    case LabelStatus::Confirmed:
        return tr("Confirmed");
    }
    return {};
}

QString LetterText::statusName(LetterStatus status)
{
    switch (status) {
    case LetterStatus::New:
        return tr("New");
    case LetterStatus::InProgress:
        return tr("In progress");
    case LetterStatus::Resolved:
        return tr("Resolved");
    }
    return {};
}

QString LetterText::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Low:
        return tr("Low");
    case Severity::Medium:
        return tr("Medium");
    case Severity::High:
        return tr("High");
    }
    return {};
}

QString LetterText::receivedSourceName(ReceivedSource source)
{
    switch (source) {
    case ReceivedSource::EmailHeader:
        return tr("the e-mail's Date header");
    case ReceivedSource::Csv:
        return tr("the CSV's received column");
    case ReceivedSource::FileTime:
        return tr("the file's modification time");
    case ReceivedSource::Manual:
        return tr("entered by hand");
    case ReceivedSource::Unknown:
        break;
    }
    return tr("not recorded");
}

QString LetterText::firstLine(const QString &text)
{
    for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        const QStringView trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            return trimmed.toString();
    }
    return {};
}

} // namespace Yardstick
