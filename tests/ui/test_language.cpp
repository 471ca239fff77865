// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "i18n/translators.h"
#include "mainwindow/languagechooser.h"
#include "mainwindow/mainwindow.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Yardstick;

namespace {

// The menu bar's titles, without the accelerator marks: "文件(&F)" reads 文件(F).
QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (const QAction *action : window.menuBar()->actions())
        titles.append(action->text().remove(QLatin1Char('&')));
    return titles;
}

QMenu *languageMenu(const MainWindow &window)
{
    return window.findChild<QMenu *>(QStringLiteral("languageMenu"));
}

// The chooser installs translators and sets the default locale for the
// whole test program: each test puts both back.
struct RestoreLocale
{
    QLocale before;
    ~RestoreLocale() { QLocale::setDefault(before); }
};

} // namespace

TEST_CASE("choosing 简体中文 translates the menus, Qt's own buttons and the locale, and is "
          "remembered",
          "[language]")
{
    const RestoreLocale restore;
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    Translators translators;
    LanguageChooser chooser(settings, translators);
    chooser.choose(QStringLiteral("en"));
    {
        MainWindow window(settings);
        window.setLanguageChooser(&chooser);
        const QStringList titles = menuTitles(window);
        CHECK(titles.contains(QStringLiteral("File")));
        CHECK(titles.contains(QStringLiteral("View")));
        REQUIRE(languageMenu(window));
        QStringList entries;
        for (const QAction *action : languageMenu(window)->actions())
            entries.append(action->text());
        // Each language named in itself, whatever the current one.
        CHECK(entries.contains(QStringLiteral("English")));
        CHECK(entries.contains(QStringLiteral("简体中文")));
    }

    QSignalSpy changed(&chooser, &LanguageChooser::languageChanged);
    // As the analyst does: View › Language › 简体中文 in the English window.
    {
        MainWindow window(settings);
        window.setLanguageChooser(&chooser);
        QAction *chinese = nullptr;
        for (QAction *action : languageMenu(window)->actions()) {
            if (action->text() == QStringLiteral("简体中文"))
                chinese = action;
        }
        REQUIRE(chinese);
        chinese->trigger();
    }
    CHECK(changed.count() == 1);
    CHECK(settings.value(QStringLiteral("ui/language")).toString() == QStringLiteral("zh_CN"));
    CHECK(QLocale().language() == QLocale::Chinese);
    CHECK(QLocale().script() == QLocale::SimplifiedHanScript);

    // The window main() builds next speaks Chinese.
    MainWindow window(settings);
    window.setLanguageChooser(&chooser);
    const QStringList titles = menuTitles(window);
    CHECK(titles.contains(QStringLiteral("文件(F)")));
    CHECK(titles.contains(QStringLiteral("编辑(E)")));
    CHECK(titles.contains(QStringLiteral("视图(V)")));
    CHECK(titles.contains(QStringLiteral("帮助(H)")));
    REQUIRE(languageMenu(window));
    CHECK(languageMenu(window)->title() == QStringLiteral("语言(&L)"));
    // Qt's standard dialog buttons come from qtbase_zh_CN.
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    CHECK(buttons.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')) ==
          QStringLiteral("取消"));
    // Dates follow the language: a long month name is Chinese.
    CHECK(QLocale().monthName(3) == QStringLiteral("三月"));

    // A new chooser on the same settings (the next launch) picks it up.
    Translators again;
    LanguageChooser next(settings, again);
    CHECK(next.chosen() == QStringLiteral("zh_CN"));

    // Back to English: the words and Qt's buttons are English again.
    chooser.choose(QStringLiteral("en"));
    CHECK(changed.count() == 2);
    MainWindow english(settings);
    CHECK(menuTitles(english).contains(QStringLiteral("File")));
    QDialogButtonBox englishButtons(QDialogButtonBox::Cancel);
    CHECK(englishButtons.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')) ==
          QStringLiteral("Cancel"));
}

TEST_CASE("the system language decides until the analyst chooses, and choosing it again changes "
          "nothing",
          "[language]")
{
    const RestoreLocale restore;
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    Translators translators;
    LanguageChooser chooser(settings, translators);
    CHECK(chooser.chosen().isEmpty());
    CHECK(Translators::codeFor(QLocale(QStringLiteral("zh_CN"))) == QStringLiteral("zh_CN"));
    CHECK(Translators::codeFor(QLocale(QStringLiteral("zh_TW"))) == QStringLiteral("en"));
    CHECK(Translators::codeFor(QLocale(QStringLiteral("de_DE"))) == QStringLiteral("en"));

    chooser.choose(QStringLiteral("zh_CN"));
    QSignalSpy changed(&chooser, &LanguageChooser::languageChanged);
    chooser.choose(QStringLiteral("zh_CN"));
    CHECK(changed.isEmpty());
    // Back to the system's language: the setting is gone.
    chooser.choose(QString());
    CHECK_FALSE(settings.contains(QStringLiteral("ui/language")));
    CHECK(Translators::codeFor(translators.installed()) == Translators::codeFor(QLocale::system()));
}
