// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "translators.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Yardstick {

namespace {

// Where the build embeds the .qm files (resources/translations/CMakeLists.txt).
const QString kEmbedded = QStringLiteral(":/i18n");

} // namespace

Translators::Translators() = default;

Translators::~Translators()
{
    removeAll();
}

QLocale Translators::localeFor(const QString &code)
{
    if (code.isEmpty())
        return QLocale::system();
    if (code == QLatin1String("zh_CN"))
        return QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    // English keeps the system's formats when the system is English (en_GB
    // dates stay British), otherwise takes the US ones.
    if (QLocale::system().language() == QLocale::English)
        return QLocale::system();
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

QString Translators::codeFor(const QLocale &locale)
{
    // Traditional Chinese readers get English rather than the simplified script.
    if (locale.language() == QLocale::Chinese && locale.script() != QLocale::TraditionalHanScript)
        return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

QStringList Translators::codes()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

bool Translators::install(const QLocale &locale)
{
    removeAll();
    const bool english = codeFor(locale) == QLatin1String("en");
    const QLocale chosen = english ? locale : localeFor(codeFor(locale));
    bool complete = true;
    if (!english) {
        // Qt's own first, so Yardstick's catalogues (installed later, so
        // searched first) win where both translate a text.
        add(chosen, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        // Either catalogue alone is worth having (a build may carry only
        // one); with neither the program stays in English.
        const bool core = add(chosen, QStringLiteral("yardstick_core"), kEmbedded);
        const bool ui = add(chosen, QStringLiteral("yardstick_ui"), kEmbedded);
        complete = core || ui;
    }
    QLocale::setDefault(complete ? chosen : localeFor(QStringLiteral("en")));
    m_locale = complete ? chosen : localeFor(QStringLiteral("en"));
    if (!complete)
        removeAll();
    return complete;
}

void Translators::removeAll()
{
    for (const std::unique_ptr<QTranslator> &translator : m_translators)
        QCoreApplication::removeTranslator(translator.get());
    m_translators.clear();
}

bool Translators::add(const QLocale &locale, const QString &name, const QString &folder)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(locale, name, QStringLiteral("_"), folder))
        return false;
    QCoreApplication::installTranslator(translator.get());
    m_translators.push_back(std::move(translator));
    return true;
}

} // namespace Yardstick
