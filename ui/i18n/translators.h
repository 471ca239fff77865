// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include <memory>
#include <vector>

class QTranslator;

namespace Yardstick {

// The translations a program has installed: Yardstick's own catalogues (the
// ui's and the core's, built from resources/translations/ and embedded) and
// Qt's for its standard dialogs and command-line help. Made by main() and
// passed to whoever switches language; both programs use it.
class Translators final
{
public:
    Translators();
    ~Translators();
    Translators(const Translators &) = delete;
    Translators &operator=(const Translators &) = delete;

    // The locale a language code names: "zh_CN" for Simplified Chinese,
    // "en" for English, an empty code for the system's locale.
    static QLocale localeFor(const QString &code);
    // The language code of `locale` among those Yardstick speaks ("en" when
    // none matches), so a Chinese system chooses zh_CN, any other English.
    static QString codeFor(const QLocale &locale);
    // The codes Yardstick offers, English first.
    static QStringList codes();

    // Replaces the installed translators with those for `locale` and makes
    // it the default, so dates and numbers follow the language. Returns
    // false when no Yardstick catalogue for a non-English locale is
    // found (the program then stays in English).
    bool install(const QLocale &locale);
    QLocale installed() const { return m_locale; }

private:
    void removeAll();
    bool add(const QLocale &locale, const QString &name, const QString &folder);

    std::vector<std::unique_ptr<QTranslator>> m_translators;
    QLocale m_locale;
};

} // namespace Yardstick
