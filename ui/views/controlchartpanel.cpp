// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controlchartpanel.h"

#include "itemmodels/signallistmodel.h"
#include "phasepanel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Yardstick {

namespace {

const QString kAutomatic = QStringLiteral("auto");

} // namespace

ControlChartPanel::ControlChartPanel(Workbench &workbench, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent)
    , m_signalModel(new SignalListModel(this))
{
    m_chartType = new QComboBox(this);
    m_chartType->setObjectName(QStringLiteral("chartType"));
    m_chartType->setAccessibleName(tr("Control chart type"));
    m_chartType->addItem(tr("Automatic"), kAutomatic);
    for (ControlChartType kind :
         {ControlChartType::IndividualsMovingRange, ControlChartType::XbarS, ControlChartType::P,
          ControlChartType::Np, ControlChartType::C, ControlChartType::U})
        m_chartType->addItem(chartTypeName(kind), controlChartTypeKey(kind));
    m_chartType->setToolTip(tr("Automatic: a p chart for shares of cases with known counts, "
                               "a u chart for rates per 1,000 with known units, individuals "
                               "and moving range otherwise"));

    m_rules = new QComboBox(this);
    m_rules->setObjectName(QStringLiteral("runRules"));
    m_rules->setAccessibleName(tr("Run rules"));
    m_rules->addItem(tr("Nelson (8 rules)"), ruleSetKey(RuleSet::Nelson));
    m_rules->addItem(tr("Western Electric (4 rules)"), ruleSetKey(RuleSet::WesternElectric));
    m_rules->addItem(tr("None: limits only"), ruleSetKey(RuleSet::None));

    auto *options = new QFormLayout;
    options->setContentsMargins(0, 0, 0, 0);
    auto *typeLabel = new QLabel(tr("Chart &type:"), this);
    typeLabel->setBuddy(m_chartType);
    auto *rulesLabel = new QLabel(tr("R&un rules:"), this);
    rulesLabel->setBuddy(m_rules);
    options->addRow(typeLabel, m_chartType);
    options->addRow(rulesLabel, m_rules);

    auto *signalBox = new QWidget(this);
    m_signalHeading = new QLabel(signalBox);
    QFont bold = m_signalHeading->font();
    bold.setBold(true);
    m_signalHeading->setFont(bold);
    m_signalTable = new QTableView(signalBox);
    m_signalTable->setObjectName(QStringLiteral("signalTable"));
    m_signalTable->setAccessibleName(tr("Signals"));
    m_signalHeading->setBuddy(m_signalTable);
    m_signalTable->setModel(m_signalModel);
    m_signalTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_signalTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_signalTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_signalTable->setAlternatingRowColors(true);
    // The meanings are sentences: wrapped, so the narrow panel shows them whole.
    m_signalTable->setWordWrap(true);
    m_signalTable->verticalHeader()->hide();
    QHeaderView *header = m_signalTable->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(SignalListModel::PeriodColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SignalListModel::RuleColumn, QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    connect(header, &QHeaderView::sectionResized, m_signalTable, &QTableView::resizeRowsToContents);
    connect(m_signalModel, &QAbstractItemModel::modelReset, m_signalTable,
            &QTableView::resizeRowsToContents);
    auto *signalLayout = new QVBoxLayout(signalBox);
    signalLayout->setContentsMargins(0, 0, 0, 0);
    signalLayout->addWidget(m_signalHeading);
    signalLayout->addWidget(m_signalTable, 1);

    m_phases = new PhasePanel(workbench, undoStack, this);
    m_phases->setObjectName(QStringLiteral("phasePanel"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(signalBox);
    splitter->addWidget(m_phases);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    setChart(nullptr);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(options);
    layout->addWidget(splitter, 1);

    connect(m_chartType, &QComboBox::currentIndexChanged, this, &ControlChartPanel::optionsChanged);
    connect(m_rules, &QComboBox::currentIndexChanged, this, &ControlChartPanel::optionsChanged);
    connect(m_signalTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit pointSelected(selectedPoint()); });
}

QString ControlChartPanel::chartTypeName(ControlChartType kind)
{
    switch (kind) {
    case ControlChartType::IndividualsMovingRange:
        return tr("I-MR (individuals)");
    case ControlChartType::XbarR:
        return tr("X-bar R");
    case ControlChartType::XbarS:
        return tr("X-bar S");
    case ControlChartType::P:
        return tr("p (proportion)");
    case ControlChartType::Np:
        return tr("np (number)");
    case ControlChartType::C:
        return tr("c (count)");
    case ControlChartType::U:
        return tr("u (rate)");
    }
    return {};
}

std::optional<ControlChartType> ControlChartPanel::controlChartType() const
{
    return controlChartTypeFromKey(m_chartType->currentData().toString());
}

void ControlChartPanel::setControlChartType(std::optional<ControlChartType> kind)
{
    const int index = m_chartType->findData(kind ? controlChartTypeKey(*kind) : kAutomatic);
    m_chartType->setCurrentIndex(qMax(0, index));
}

RuleSet ControlChartPanel::rules() const
{
    return ruleSetFromKey(m_rules->currentData().toString()).value_or(RuleSet::Nelson);
}

void ControlChartPanel::setRules(RuleSet rules)
{
    m_rules->setCurrentIndex(qMax(0, m_rules->findData(ruleSetKey(rules))));
}

void ControlChartPanel::setSuggestedControlChartType(std::optional<ControlChartType> kind)
{
    m_chartType->setItemText(0, kind ? tr("Automatic: %1").arg(chartTypeName(*kind))
                                     : tr("Automatic"));
}

void ControlChartPanel::setChart(const StandardControlChart *chart)
{
    m_signalModel->setFlagged(chart ? chart->signalList : QList<ChartSignal>());
    m_signalHeading->setText(
        chart ? tr("Si&gnals: %n flagged by the run rules", nullptr, int(chart->signalList.size()))
              : tr("Si&gnals"));
}

int ControlChartPanel::selectedPoint() const
{
    const QModelIndex current = m_signalTable->selectionModel()->currentIndex();
    return current.isValid() ? current.data(SignalListModel::PointRole).toInt() : 0;
}

QString ControlChartPanel::selectedRule() const
{
    const QModelIndex current = m_signalTable->selectionModel()->currentIndex();
    return current.isValid() ? current.data(SignalListModel::RuleKeyRole).toString() : QString();
}

void ControlChartPanel::showPhasesOf(std::optional<qint64> standardId, const QString &code,
                                     const StandardControlChart *shown,
                                     const QList<ProcessPhase> &phases)
{
    if (!standardId) {
        m_phases->setStandard(0, QString(), std::nullopt, QDate());
        m_phases->setPhases({});
        return;
    }
    std::optional<ControlChartType> type;
    QDate suggested;
    if (shown) {
        type = shown->chart.kind;
        // A new rebase starts where the analyst is looking: the selected
        // signal's period, otherwise the latest one.
        const int point = selectedPoint();
        if (point >= 1 && point <= shown->periods.size())
            suggested = shown->periods.at(point - 1).start;
        else if (!shown->periods.isEmpty())
            suggested = shown->periods.constLast().start;
    }
    m_phases->setStandard(*standardId, code, type, suggested);
    m_phases->setPhases(phases);
}

} // namespace Yardstick
