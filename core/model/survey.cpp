// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "survey.h"

#include <QCoreApplication>

namespace Yardstick {

QString surveyChannelKey(SurveyChannel channel)
{
    switch (channel) {
    case SurveyChannel::Mail:
        return QStringLiteral("mail");
    case SurveyChannel::Phone:
        return QStringLiteral("phone");
    case SurveyChannel::InBranch:
        return QStringLiteral("in_branch");
    }
    return {};
}

std::optional<SurveyChannel> surveyChannelFromKey(QStringView key)
{
    for (SurveyChannel channel :
         {SurveyChannel::Mail, SurveyChannel::Phone, SurveyChannel::InBranch}) {
        if (key.compare(surveyChannelKey(channel), Qt::CaseInsensitive) == 0)
            return channel;
    }
    return std::nullopt;
}

QString surveyChannelDisplayName(SurveyChannel channel)
{
    switch (channel) {
    case SurveyChannel::Mail:
        return QCoreApplication::translate("Yardstick::SurveyChannel", "Mail questionnaire");
    case SurveyChannel::Phone:
        return QCoreApplication::translate("Yardstick::SurveyChannel", "Follow-up call");
    case SurveyChannel::InBranch:
        return QCoreApplication::translate("Yardstick::SurveyChannel", "In-branch card");
    }
    return {};
}

const SurveyItem *Survey::item(QStringView code) const
{
    for (const SurveyItem &candidate : items) {
        if (candidate.code == code)
            return &candidate;
    }
    return nullptr;
}

const SurveyWave *Survey::wave(QStringView waveName) const
{
    for (const SurveyWave &candidate : waves) {
        if (candidate.name == waveName)
            return &candidate;
    }
    return nullptr;
}

} // namespace Yardstick
