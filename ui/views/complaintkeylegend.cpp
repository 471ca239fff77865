// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "complaintkeylegend.h"

#include <QGuiApplication>
#include <QKeyEvent>

namespace Yardstick {

namespace {

// The shifted digits of a US keyboard, for Shift+1..7 where the platform
// reports the symbol rather than the digit.
constexpr char kShiftedDigits[] = "!@#$%^&";

} // namespace

ComplaintKeyLegend::ComplaintKeyLegend(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("complaintKeyLegend"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setDimensions({});
}

void ComplaintKeyLegend::setDimensions(const QList<Dimension> &dimensions)
{
    QStringList named;
    const QStringList keys = dimensionKeysByNumber();
    for (int i = 0; i < keys.size(); ++i) {
        QString name = keys.at(i);
        for (const Dimension &d : dimensions) {
            if (d.key == name)
                name = d.name;
        }
        named.append(tr("<b>%1</b>&nbsp;%2").arg(i + 1).arg(name.toHtmlEscaped()));
    }
    setText(tr("<b>Return</b> confirm and next · %1 set the dimension (<b>Shift</b>+digit adds "
               "or removes another) · <b>S</b> service · <b>N</b>/<b>P</b>/<b>R</b> new, in "
               "progress, resolved · <b>D</b> dates · <b>L</b> link")
                .arg(named.join(QStringLiteral(" "))));
}

QStringList ComplaintKeyLegend::dimensionKeysByNumber()
{
    return {QStringLiteral("timeliness"),     QStringLiteral("accuracy"),
            QStringLiteral("responsiveness"), QStringLiteral("reliability"),
            QStringLiteral("assurance"),      QStringLiteral("empathy"),
            QStringLiteral("tangibles")};
}

int ComplaintKeyLegend::dimensionNumber(const QKeyEvent *event, bool *shifted)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers();
    if (modifiers.testAnyFlags(Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return 0;
    *shifted = modifiers.testFlag(Qt::ShiftModifier);
    const int key = event->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_7)
        return key - Qt::Key_1 + 1;
    if (*shifted) {
        for (int i = 0; i < 7; ++i) {
            if (key == kShiftedDigits[i])
                return i + 1;
        }
        // Other layouts shift the digit row to other symbols: the X11 key
        // codes of the digit row (10 is "1") name the key itself.
        if (QGuiApplication::platformName() == QLatin1String("xcb") &&
            event->nativeScanCode() >= 10 && event->nativeScanCode() <= 16)
            return int(event->nativeScanCode()) - 9;
    }
    return 0;
}

} // namespace Yardstick
