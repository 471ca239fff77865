// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Yardstick {

// A section of the workbench that is not built yet. It says so plainly and
// what the section will hold, instead of showing a pretend screen.
class NotBuiltView final : public QWidget
{
    Q_OBJECT

public:
    NotBuiltView(const QString &section, const QString &plan, QWidget *parent = nullptr);
};

} // namespace Yardstick
