// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "holidaysdialog.h"

#include "import/csvreader.h"
#include "import/dateparser.h"

#include <QAction>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Yardstick {

namespace {

enum Column
{
    DayColumn,
    NameColumn,
    ColumnCount,
};

QString dayText(QDate day)
{
    // The weekday shows at a glance which holidays fall on a weekend anyway.
    return QStringLiteral("%1  %2").arg(day.toString(Qt::ISODate),
                                        QLocale().dayName(day.dayOfWeek(), QLocale::ShortFormat));
}

} // namespace

HolidaysDialog::HolidaysDialog(HolidayRepository &holidays, QWidget *parent)
    : QDialog(parent)
    , m_holidays(holidays)
{
    setWindowTitle(tr("Holidays"));

    m_note = new QLabel(tr("Standards that count turnaround in business days leave out "
                           "Saturdays, Sundays and the days listed here. Each change is saved "
                           "at once; business-day standards are recomputed when you close "
                           "this window."),
                        this);
    m_note->setObjectName(QStringLiteral("holidaysNote"));
    m_note->setWordWrap(true);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("holidaysTable"));
    m_table->setHorizontalHeaderLabels({tr("Day"), tr("Name")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(DayColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);

    m_removeAction = new QAction(tr("Remove Holiday"), m_table);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(m_removeAction);
    connect(m_removeAction, &QAction::triggered, this, &HolidaysDialog::removeSelected);

    m_day = new QDateEdit(QDate::currentDate(), this);
    m_day->setObjectName(QStringLiteral("holidayDayEdit"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("holidayNameEdit"));
    m_name->setPlaceholderText(tr("Name, e.g. Christmas Day"));
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("addHolidayButton"));
    m_add->setDefault(true); // Enter in the name adds the holiday
    auto *addRow = new QHBoxLayout;
    auto *dayLabel = new QLabel(tr("&Day:"), this);
    dayLabel->setBuddy(m_day);
    addRow->addWidget(dayLabel);
    addRow->addWidget(m_day);
    addRow->addWidget(m_name, 1);
    addRow->addWidget(m_add);

    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeHolidayButton"));
    m_remove->setAutoDefault(false);
    m_remove->setToolTip(tr("Remove the selected holidays (Del)"));
    m_import = new QPushButton(tr("&Import from CSV…"), this);
    m_import->setObjectName(QStringLiteral("importHolidaysButton"));
    m_import->setAutoDefault(false);
    m_import->setToolTip(tr("Add the holidays of a CSV file with the columns day and name"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("holidaysMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    layout->addLayout(addRow);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(520, 460);

    connect(m_add, &QPushButton::clicked, this, &HolidaysDialog::addHoliday);
    connect(m_remove, &QPushButton::clicked, this, &HolidaysDialog::removeSelected);
    connect(m_import, &QPushButton::clicked, this, &HolidaysDialog::chooseAndImport);
    connect(m_name, &QLineEdit::textChanged, this, &HolidaysDialog::updateButtons);
    connect(m_day, &QDateEdit::dateChanged, this, &HolidaysDialog::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HolidaysDialog::updateButtons);

    reload({});
    m_name->setFocus();
}

QString HolidaysDialog::message() const
{
    return m_message->text();
}

void HolidaysDialog::reload(const QList<QDate> &select)
{
    const QList<Holiday> all = m_holidays.all(); // by day
    m_table->clearSelection();
    m_table->setRowCount(int(all.size()));
    for (int row = 0; row < all.size(); ++row) {
        const Holiday &holiday = all.at(row);
        auto *day = new QTableWidgetItem(dayText(holiday.day));
        day->setData(Qt::UserRole, holiday.day);
        m_table->setItem(row, DayColumn, day);
        m_table->setItem(row, NameColumn, new QTableWidgetItem(holiday.name));
    }
    // Selected once every row is filled: selecting updates the buttons.
    QItemSelection selection;
    for (int row = 0; row < all.size(); ++row) {
        if (select.contains(all.at(row).day)) {
            const QModelIndex index = m_table->model()->index(row, DayColumn);
            selection.select(index, index);
        }
    }
    if (!selection.isEmpty()) {
        const QModelIndex first = selection.constFirst().topLeft();
        m_table->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
        m_table->scrollTo(first);
    }
    updateButtons();
}

QList<QDate> HolidaysDialog::selectedDays() const
{
    QList<QDate> days;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows(DayColumn))
        days.append(index.data(Qt::UserRole).toDate());
    std::sort(days.begin(), days.end());
    return days;
}

void HolidaysDialog::updateButtons()
{
    const QDate day = m_day->date();
    bool exists = false;
    for (int row = 0; row < m_table->rowCount() && !exists; ++row) {
        const QTableWidgetItem *item = m_table->item(row, DayColumn);
        exists = item && item->data(Qt::UserRole).toDate() == day;
    }
    // Adding a day that is already listed renames it; say so on the button.
    m_add->setText(exists ? tr("Re&name") : tr("&Add"));
    m_add->setEnabled(!m_name->text().trimmed().isEmpty());
    const bool selected = m_table->selectionModel()->hasSelection();
    m_remove->setEnabled(selected);
    m_removeAction->setEnabled(selected);
}

void HolidaysDialog::report(const QString &text, bool failed)
{
    m_message->setText(text);
    m_message->setStyleSheet(failed ? QStringLiteral("color: #a4262c;") : QString());
    m_message->setVisible(!text.isEmpty());
}

void HolidaysDialog::markChanged()
{
    m_changed = true;
    emit holidaysChanged();
}

void HolidaysDialog::addHoliday()
{
    const Holiday holiday{m_day->date(), m_name->text().trimmed()};
    if (!holiday.day.isValid() || holiday.name.isEmpty())
        return;
    const StorageResult result = m_holidays.put(holiday);
    if (!result.ok()) {
        report(tr("Cannot save the holiday: %1").arg(result.error()), true);
        return;
    }
    markChanged();
    reload({holiday.day});
    report(tr("Saved %1, %2.").arg(holiday.day.toString(Qt::ISODate), holiday.name), false);
    m_name->clear();
    m_name->setFocus();
}

void HolidaysDialog::removeSelected()
{
    const QList<QDate> days = selectedDays();
    if (days.isEmpty())
        return;
    int removed = 0;
    QString error;
    for (const QDate &day : days) {
        const StorageResult result = m_holidays.remove(day);
        if (!result.ok()) {
            error = result.error();
            break;
        }
        ++removed;
    }
    if (removed > 0)
        markChanged();
    // Keep the place in the list: select the holiday after the last removed.
    const QDate last = days.constLast();
    QList<QDate> next;
    for (const Holiday &holiday : m_holidays.all()) {
        if (holiday.day > last) {
            next.append(holiday.day);
            break;
        }
    }
    reload(next);
    if (!error.isEmpty())
        report(tr("Cannot remove the holiday: %1").arg(error), true);
    else
        report(tr("Removed %n holiday(s).", nullptr, removed), false);
    m_table->setFocus();
}

void HolidaysDialog::chooseAndImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Holidays"), QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString error = importCsv(path);
    if (!error.isEmpty())
        report(error, true);
}

QString HolidaysDialog::importCsv(const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    QFile device(path);
    if (!device.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2").arg(file, device.errorString());
    CsvReader reader(device);
    const auto located = [&](qint64 line, const QString &why) {
        return tr("%1, line %2: %3").arg(file).arg(line).arg(why);
    };

    const std::optional<CsvRecord> header = reader.next();
    if (!header) {
        return reader.error() ? located(reader.error()->line, reader.error()->message)
                              : tr("%1 is empty.").arg(file);
    }
    qsizetype dayColumn = -1;
    qsizetype nameColumn = -1;
    for (qsizetype i = 0; i < header->fields.size(); ++i) {
        const QString name = header->fields.at(i).trimmed().toLower();
        if (name == QLatin1String("day") && dayColumn < 0)
            dayColumn = i;
        else if (name == QLatin1String("name") && nameColumn < 0)
            nameColumn = i;
    }
    if (dayColumn < 0 || nameColumn < 0)
        return tr("%1 needs a first line naming the columns day and name.").arg(file);

    struct Row
    {
        qint64 line;
        QString day;
        QString name;
    };
    QList<Row> rows;
    while (const std::optional<CsvRecord> record = reader.next()) {
        const auto field = [&](qsizetype column) {
            return column < record->fields.size() ? record->fields.at(column).trimmed() : QString();
        };
        Row row{record->line, field(dayColumn), field(nameColumn)};
        if (row.day.isEmpty() && row.name.isEmpty())
            continue;
        if (row.name.isEmpty())
            return located(row.line, tr("give the holiday a name."));
        rows.append(row);
    }
    if (reader.error())
        return located(reader.error()->line, reader.error()->message);
    if (rows.isEmpty())
        return tr("%1 lists no holidays.").arg(file);

    QStringList samples;
    for (const Row &row : std::as_const(rows))
        samples.append(row.day);
    const std::optional<DateFormatGuess> guess = detectDateFormat(samples);
    const DateFormat format = guess ? guess->format : DateFormat::Iso;
    QList<Holiday> holidays;
    for (const Row &row : std::as_const(rows)) {
        const std::optional<Moment> moment = parseDate(row.day, format);
        if (!moment) {
            return located(row.line,
                           tr("\"%1\" is not a date; write days as 2025-12-25.").arg(row.day));
        }
        holidays.append({moment->date, row.name});
    }

    // Everything was read; only now is anything written.
    QList<QDate> written;
    QString error;
    for (const Holiday &holiday : std::as_const(holidays)) {
        const StorageResult result = m_holidays.put(holiday);
        if (!result.ok()) {
            error = tr("Cannot save the holiday %1: %2")
                        .arg(holiday.day.toString(Qt::ISODate), result.error());
            break;
        }
        written.append(holiday.day);
    }
    if (!written.isEmpty())
        markChanged();
    reload(written);
    if (!error.isEmpty())
        return error;
    QString done = tr("Imported %n holiday(s) from %1.", nullptr, int(written.size())).arg(file);
    if (guess && guess->ambiguous)
        done += QLatin1Char(' ') + tr("The days were read as day/month/year.");
    report(done, false);
    return {};
}

} // namespace Yardstick
