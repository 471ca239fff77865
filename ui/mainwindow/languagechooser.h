// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QMenu;
class QSettings;
class QWidget;

namespace Yardstick {

class Translators;

// View › Language: the system's language by default, English or 简体中文
// when the analyst chooses one, remembered in the settings. Choosing
// installs the translations at once and announces it; the GUI's main()
// then rebuilds the window on the same workbench, because widgets built
// with tr() keep the words they were built with.
class LanguageChooser final : public QObject
{
    Q_OBJECT

public:
    LanguageChooser(QSettings &settings, Translators &translators, QObject *parent = nullptr);

    // The remembered choice: "en", "zh_CN", or empty for the system's language.
    QString chosen() const;
    // Installs the translations of the remembered choice.
    void applyChosen();
    // Remembers `code` (empty for the system's language), installs its
    // translations and emits languageChanged() when the language changed.
    void choose(const QString &code);
    // A View › Language menu whose checked entry is the current choice.
    QMenu *createMenu(QWidget *parent);

signals:
    void languageChanged();

private:
    QSettings &m_settings;
    Translators &m_translators;
};

} // namespace Yardstick
