// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "notbuiltview.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Yardstick {

NotBuiltView::NotBuiltView(const QString &section, const QString &plan, QWidget *parent)
    : QWidget(parent)
{
    auto *heading = new QLabel(tr("<h2>%1: not built yet</h2>").arg(section.toHtmlEscaped()), this);
    auto *text = new QLabel(plan, this);
    text->setObjectName(QStringLiteral("notBuiltText"));
    text->setWordWrap(true);
    text->setMaximumWidth(640);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(heading, 0, Qt::AlignHCenter);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

} // namespace Yardstick
