// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shownmoment.h"

#include <QLocale>
#include <QTime>

namespace Yardstick {

QString shownMoment(const Moment &moment)
{
    const QLocale locale;
    QString text = locale.toString(moment.date, QStringLiteral("d MMM yyyy"));
    if (moment.secondOfDay) {
        text += QLatin1Char(' ') +
                locale.toString(QTime::fromMSecsSinceStartOfDay(*moment.secondOfDay * 1000),
                                QStringLiteral("HH:mm"));
    }
    return text;
}

} // namespace Yardstick
