// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentpacksbox.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

namespace Yardstick {

namespace {

// One entry per pack: "workbench<TAB>pack<TAB>ISO time (UTC)", newest first,
// every workbench's in one list.
const QString kRecentKey = QStringLiteral("reports/recentPacks");
const QChar kSeparator = QLatin1Char('\t');

struct Entry
{
    QString workbench;
    RecentPacksBox::Pack pack;
};

QList<Entry> readEntries(const QSettings &settings)
{
    QList<Entry> entries;
    for (const QString &line : settings.value(kRecentKey).toStringList()) {
        const QStringList parts = line.split(kSeparator);
        if (parts.size() != 3)
            continue;
        entries.append(
            {parts.at(0), {parts.at(1), QDateTime::fromString(parts.at(2), Qt::ISODate)}});
    }
    return entries;
}

void writeEntries(QSettings &settings, const QList<Entry> &entries)
{
    QStringList lines;
    for (const Entry &e : entries) {
        lines.append(
            QStringList{e.workbench, e.pack.path, e.pack.made.toUTC().toString(Qt::ISODate)}.join(
                kSeparator));
    }
    settings.setValue(kRecentKey, lines);
}

} // namespace

RecentPacksBox::RecentPacksBox(QSettings &settings, const QString &workbench, QWidget *parent)
    : QGroupBox(tr("Recent packs"), parent)
    , m_settings(settings)
    , m_workbench(workbench)
{
    setObjectName(QStringLiteral("recentPacks"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("recentPacksList"));
    m_empty = new QLabel(tr("No pack has been made from this workbench yet. The packs you create "
                            "are listed here, newest first, to open again or to find in their "
                            "folder when next month's is compared with them."),
                         this);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    m_open = new QPushButton(tr("&Open"), this);
    m_folder = new QPushButton(tr("Show in &Folder"), this);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const QString path = selectedPath(); !path.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    });
    connect(m_folder, &QPushButton::clicked, this, [this] {
        if (const QString path = selectedPath(); !path.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
    });
    connect(m_list, &QListWidget::itemActivated, m_open, &QPushButton::click);
    connect(m_list, &QListWidget::currentRowChanged, this, &RecentPacksBox::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_folder);
    buttons->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    reload();
}

void RecentPacksBox::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QList<Entry> entries = readEntries(m_settings);
    entries.removeIf(
        [&](const Entry &e) { return e.workbench == m_workbench && e.pack.path == absolute; });
    entries.prepend({m_workbench, {absolute, QDateTime::currentDateTimeUtc()}});
    // At most kKept a workbench; the others' entries are kept as they are.
    int mine = 0;
    entries.removeIf([&](const Entry &e) { return e.workbench == m_workbench && ++mine > kKept; });
    writeEntries(m_settings, entries);
    reload();
    m_list->setCurrentRow(0);
}

QList<RecentPacksBox::Pack> RecentPacksBox::packs() const
{
    return m_packs;
}

void RecentPacksBox::reload()
{
    m_packs.clear();
    for (const Entry &e : readEntries(m_settings)) {
        if (e.workbench == m_workbench && QFileInfo::exists(e.pack.path))
            m_packs.append(e.pack);
    }
    m_list->clear();
    const QLocale locale;
    for (const Pack &pack : std::as_const(m_packs)) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2").arg(QFileInfo(pack.path).fileName(),
                              locale.toString(pack.made.toLocalTime(), QLocale::ShortFormat)),
            m_list);
        item->setToolTip(QDir::toNativeSeparators(pack.path));
        item->setData(Qt::UserRole, pack.path);
    }
    m_empty->setVisible(m_packs.isEmpty());
    m_list->setVisible(!m_packs.isEmpty());
    if (!m_packs.isEmpty() && m_list->currentRow() < 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

void RecentPacksBox::updateButtons()
{
    const bool chosen = !selectedPath().isEmpty();
    m_open->setEnabled(chosen);
    m_folder->setEnabled(chosen);
}

QString RecentPacksBox::selectedPath() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

} // namespace Yardstick
