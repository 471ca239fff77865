// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagechooser.h"

#include "i18n/translators.h"

#include <QActionGroup>
#include <QMenu>
#include <QSettings>

namespace Yardstick {

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");

} // namespace

LanguageChooser::LanguageChooser(QSettings &settings, Translators &translators, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_translators(translators)
{}

QString LanguageChooser::chosen() const
{
    const QString code = m_settings.value(kLanguageKey).toString();
    return Translators::codes().contains(code) ? code : QString();
}

void LanguageChooser::applyChosen()
{
    m_translators.install(Translators::localeFor(chosen()));
}

void LanguageChooser::choose(const QString &code)
{
    const QString before = Translators::codeFor(m_translators.installed());
    if (code.isEmpty())
        m_settings.remove(kLanguageKey);
    else
        m_settings.setValue(kLanguageKey, code);
    m_settings.sync();
    applyChosen();
    if (Translators::codeFor(m_translators.installed()) != before)
        emit languageChanged();
}

QMenu *LanguageChooser::createMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("&Language"), parent);
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    // Each language is named in itself, so a reader who cannot read the
    // current one still finds their own.
    const QList<std::pair<QString, QString>> entries = {
        {QString(), tr("System Language")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
    const QString current = chosen();
    for (const auto &[code, name] : entries) {
        QAction *action = menu->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] { choose(code); });
    }
    return menu;
}

} // namespace Yardstick
