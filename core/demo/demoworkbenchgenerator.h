// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demostandard.h"
#include "storage/storageresult.h"
#include "workbench/workbench.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

#include <functional>

namespace Yardstick {

// Builds the card-division demo workbench of DOMAIN.md from a fixed seed, so
// it is the same on every machine: 180+ standards, three years of weekly
// measurements in which application processing falls from about 35 to about
// 15 days (card replacement 15 -> 2, inquiry response 16 -> 10) after the
// quality programme starts, the case records those weekly values come from,
// and a few hundred complaint letters in English and Chinese.
class DemoWorkbenchGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::DemoWorkbenchGenerator)

public:
    // The words of the demo; the numbers are the same in every language.
    enum class Language
    {
        English,
        Chinese, // zh_CN: services, departments, standards and rationales in Chinese
    };

    explicit DemoWorkbenchGenerator(Language language = Language::English);
    // Chinese for a Chinese locale (not Traditional), English otherwise.
    static Language languageFor(const QLocale &locale);

    // Reports progress in percent; returning false cancels the work.
    using Progress = std::function<bool(int percent)>;

    // The dates the demo's story hangs on.
    static QDate firstWeekStart(); // a Monday; week 1 of the measurements
    static int weekCount();        // at least 156 (three years)
    static QDate programmeStart(); // the day the quality programme began

    // Fills an empty workbench. On failure or cancel the returned result
    // says why; the caller discards the workbench (see writeFile).
    StorageResult populate(Workbench &workbench, const Progress &progress = {}) const;

    // Writes the demo to a new file at path, atomically: it is built beside
    // the target under a temporary name and renamed into place only when
    // complete, so a cancel or failure leaves no file behind. Refuses if
    // path exists.
    StorageResult writeFile(const QString &path, const Progress &progress = {}) const;

private:
    Language m_language;
    static StorageResult writeHeadlineProperties(Workbench &workbench,
                                                 const QList<DemoStandard> &plan);
};

} // namespace Yardstick
