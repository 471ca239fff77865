// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "surveydialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

namespace Yardstick {

namespace {

enum ItemColumn
{
    ItemCode,
    ItemText,
    ItemDimension,
    ItemImportance,
    ItemColumns
};

enum WaveColumn
{
    WaveName,
    WaveStart,
    WaveEnd,
    WaveChannel,
    WaveColumns
};

constexpr int kIdRole = Qt::UserRole + 1;
const QString kDateFormat = QStringLiteral("yyyy-MM-dd");

QTableWidgetItem *cell(const QString &text, qint64 id = 0)
{
    auto *item = new QTableWidgetItem(text);
    item->setData(kIdRole, id);
    return item;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QWidget *tableWithButtons(QTableWidget *table, const std::function<void()> &add, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *addButton = new QPushButton(SurveyDialog::tr("Add"), box);
    auto *removeButton = new QPushButton(SurveyDialog::tr("Remove"), box);
    QObject::connect(addButton, &QPushButton::clicked, box, add);
    QObject::connect(removeButton, &QPushButton::clicked, table, [table] {
        const int row = table->currentRow();
        if (row >= 0)
            table->removeRow(row);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(removeButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table);
    layout->addLayout(buttons);
    return box;
}

} // namespace

SurveyDialog::SurveyDialog(const Survey &survey, const QList<Service> &services,
                           const QList<Dimension> &dimensions, QWidget *parent)
    : QDialog(parent)
    , m_original(survey)
    , m_dimensions(dimensions)
{
    setWindowTitle(survey.id > 0 ? tr("Edit Survey") : tr("New Survey"));
    m_name = new QLineEdit(survey.name, this);
    m_service = new QComboBox(this);
    m_service->addItem(tr("(not about one service)"), qint64(0));
    for (const Service &service : services) {
        // Retired services are not offered, unless the survey already has one.
        if (!service.retired || service.id == survey.serviceId)
            m_service->addItem(service.name, service.id);
    }
    m_service->setCurrentIndex(std::max(0, m_service->findData(survey.serviceId)));
    m_scaleMin = new QDoubleSpinBox(this);
    m_scaleMax = new QDoubleSpinBox(this);
    for (QDoubleSpinBox *spin : {m_scaleMin, m_scaleMax}) {
        spin->setRange(-100, 100);
        spin->setDecimals(0);
    }
    m_scaleMin->setValue(survey.scaleMin);
    m_scaleMax->setValue(survey.scaleMax);
    auto *scale = new QHBoxLayout;
    scale->addWidget(m_scaleMin);
    scale->addWidget(new QLabel(tr("to"), this));
    scale->addWidget(m_scaleMax);
    scale->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Service:"), m_service);
    form->addRow(tr("S&cale:"), scale);

    m_items = new QTableWidget(0, ItemColumns, this);
    m_items->setObjectName(QStringLiteral("surveyItems"));
    m_items->setHorizontalHeaderLabels(
        {tr("Code"), tr("Question"), tr("Dimension"), tr("Importance")});
    m_items->horizontalHeader()->setSectionResizeMode(ItemText, QHeaderView::Stretch);
    m_waves = new QTableWidget(0, WaveColumns, this);
    m_waves->setObjectName(QStringLiteral("surveyWaves"));
    m_waves->setHorizontalHeaderLabels({tr("Wave"), tr("From"), tr("To"), tr("Channel")});
    m_waves->horizontalHeader()->setSectionResizeMode(WaveName, QHeaderView::Stretch);
    for (const SurveyItem &item : survey.items)
        addItemRow(item);
    for (const SurveyWave &wave : survey.waves)
        addWaveRow(wave);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, QColor(0xB0, 0x30, 0x00));
    m_problem->setPalette(warning);
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SurveyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Questions (importance: your own, 0 for none; answers' "
                                    "stated importance takes precedence)"),
                                 this));
    layout->addWidget(tableWithButtons(
                          m_items, [this] { addItemRow(SurveyItem{}); }, this),
                      3);
    layout->addWidget(new QLabel(tr("Waves (dates as YYYY-MM-DD; removing a wave deletes its "
                                    "answers)"),
                                 this));
    layout->addWidget(tableWithButtons(
                          m_waves,
                          [this] {
                              SurveyWave wave;
                              wave.startsOn = QDate::currentDate();
                              wave.endsOn = QDate::currentDate();
                              addWaveRow(wave);
                          },
                          this),
                      2);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(720, 560);
}

QComboBox *SurveyDialog::dimensionBox(qint64 dimensionId)
{
    auto *box = new QComboBox(m_items);
    for (const Dimension &dimension : std::as_const(m_dimensions))
        box->addItem(dimension.name, dimension.id);
    box->setCurrentIndex(std::max(0, box->findData(dimensionId)));
    return box;
}

QComboBox *SurveyDialog::channelBox(SurveyChannel channel)
{
    auto *box = new QComboBox(m_waves);
    for (SurveyChannel c : {SurveyChannel::Mail, SurveyChannel::Phone, SurveyChannel::InBranch})
        box->addItem(surveyChannelDisplayName(c), surveyChannelKey(c));
    box->setCurrentIndex(std::max(0, box->findData(surveyChannelKey(channel))));
    return box;
}

void SurveyDialog::addItemRow(const SurveyItem &item)
{
    const int row = m_items->rowCount();
    m_items->insertRow(row);
    m_items->setItem(row, ItemCode, cell(item.code, item.id));
    m_items->setItem(row, ItemText, cell(item.text));
    m_items->setCellWidget(row, ItemDimension, dimensionBox(item.dimensionId));
    m_items->setItem(row, ItemImportance,
                     cell(item.importance ? QLocale().toString(*item.importance) : QString()));
}

void SurveyDialog::addWaveRow(const SurveyWave &wave)
{
    const int row = m_waves->rowCount();
    m_waves->insertRow(row);
    m_waves->setItem(row, WaveName, cell(wave.name, wave.id));
    m_waves->setItem(row, WaveStart, cell(wave.startsOn.toString(kDateFormat)));
    m_waves->setItem(row, WaveEnd, cell(wave.endsOn.toString(kDateFormat)));
    m_waves->setCellWidget(row, WaveChannel, channelBox(wave.channel));
}

Survey SurveyDialog::survey() const
{
    Survey survey = m_original;
    survey.name = m_name->text().trimmed();
    survey.serviceId = m_service->currentData().toLongLong();
    survey.scaleMin = m_scaleMin->value();
    survey.scaleMax = m_scaleMax->value();
    survey.items.clear();
    for (int row = 0; row < m_items->rowCount(); ++row) {
        SurveyItem item;
        item.id = m_items->item(row, ItemCode)->data(kIdRole).toLongLong();
        item.surveyId = survey.id;
        item.code = cellText(m_items, row, ItemCode);
        item.text = cellText(m_items, row, ItemText);
        if (auto *box = qobject_cast<QComboBox *>(m_items->cellWidget(row, ItemDimension)))
            item.dimensionId = box->currentData().toLongLong();
        bool ok = false;
        const double importance = QLocale().toDouble(cellText(m_items, row, ItemImportance), &ok);
        if (ok && importance > 0)
            item.importance = importance;
        item.position = row;
        survey.items.append(item);
    }
    survey.waves.clear();
    for (int row = 0; row < m_waves->rowCount(); ++row) {
        SurveyWave wave;
        wave.id = m_waves->item(row, WaveName)->data(kIdRole).toLongLong();
        wave.surveyId = survey.id;
        wave.name = cellText(m_waves, row, WaveName);
        wave.startsOn = QDate::fromString(cellText(m_waves, row, WaveStart), kDateFormat);
        wave.endsOn = QDate::fromString(cellText(m_waves, row, WaveEnd), kDateFormat);
        if (auto *box = qobject_cast<QComboBox *>(m_waves->cellWidget(row, WaveChannel)))
            wave.channel =
                surveyChannelFromKey(box->currentData().toString()).value_or(SurveyChannel::Mail);
        survey.waves.append(wave);
    }
    return survey;
}

QString SurveyDialog::problem() const
{
    const Survey s = survey();
    if (s.name.isEmpty())
        return tr("The survey needs a name.");
    if (s.scaleMin >= s.scaleMax)
        return tr("The scale must run from a lower to a higher number.");
    QSet<QString> codes;
    for (const SurveyItem &item : s.items) {
        if (item.code.isEmpty())
            return tr("Every question needs a code (what import files call it).");
        if (codes.contains(item.code))
            return tr("Two questions share the code %1.").arg(item.code);
        codes.insert(item.code);
        if (item.dimensionId == 0)
            return tr("Question %1 needs a dimension.").arg(item.code);
    }
    QSet<QString> names;
    for (const SurveyWave &wave : s.waves) {
        if (wave.name.isEmpty())
            return tr("Every wave needs a name.");
        if (names.contains(wave.name))
            return tr("Two waves share the name %1.").arg(wave.name);
        names.insert(wave.name);
        if (!wave.startsOn.isValid() || !wave.endsOn.isValid())
            return tr("Wave %1 needs dates as YYYY-MM-DD.").arg(wave.name);
        if (wave.endsOn < wave.startsOn)
            return tr("Wave %1 ends before it starts.").arg(wave.name);
    }
    return {};
}

void SurveyDialog::accept()
{
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    if (text.isEmpty())
        QDialog::accept();
}

} // namespace Yardstick
