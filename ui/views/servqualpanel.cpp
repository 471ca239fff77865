// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servqualpanel.h"

#include "chartcanvas.h"
#include "itemmodels/servqualdimensionmodel.h"
#include "itemmodels/servqualitemmodel.h"
#include "model/valueformat.h"
#include "proxies/servqualtableproxymodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace Yardstick {

namespace {

const QString kSplitterKey = QStringLiteral("surveys/splitter");
const QString kChartSplitterKey = QStringLiteral("surveys/chartSplitter");
const QString kTableSplitterKey = QStringLiteral("surveys/tableSplitter");

QString number(double value, int decimals = 2)
{
    return QLocale().toString(value, 'f', decimals);
}

QTableView *makeTable(QAbstractItemModel *model, const QString &objectName, QWidget *parent)
{
    auto *proxy = new ServqualTableProxyModel(parent);
    proxy->setSourceModel(model);
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(proxy);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    return table;
}

} // namespace

ServqualPanel::ServqualPanel(QSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
{
    m_gapCanvas = new ChartCanvas(this);
    m_gapCanvas->setObjectName(QStringLiteral("gapCanvas"));
    m_quadrantCanvas = new ChartCanvas(this);
    m_quadrantCanvas->setObjectName(QStringLiteral("quadrantCanvas"));
    m_chartSplitter = new QSplitter(Qt::Horizontal, this);
    m_chartSplitter->setObjectName(QStringLiteral("chartSplitter"));
    m_chartSplitter->addWidget(m_gapCanvas);
    m_chartSplitter->addWidget(m_quadrantCanvas);

    m_dimensions = new ServqualDimensionModel(this);
    m_items = new ServqualItemModel(this);
    m_dimensionsTable = makeTable(m_dimensions, QStringLiteral("dimensionsTable"), this);
    m_itemsTable = makeTable(m_items, QStringLiteral("itemsTable"), this);
    m_tableSplitter = new QSplitter(Qt::Horizontal, this);
    m_tableSplitter->setObjectName(QStringLiteral("tableSplitter"));
    m_tableSplitter->addWidget(m_dimensionsTable);
    m_tableSplitter->addWidget(m_itemsTable);
    m_tableSplitter->setStretchFactor(1, 1);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("surveySplitter"));
    m_splitter->addWidget(m_chartSplitter);
    m_splitter->addWidget(m_tableSplitter);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->restoreState(m_settings.value(kSplitterKey).toByteArray());
    m_chartSplitter->restoreState(m_settings.value(kChartSplitterKey).toByteArray());
    m_tableSplitter->restoreState(m_settings.value(kTableSplitterKey).toByteArray());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildHeadline());
    layout->addWidget(m_splitter, 1);
}

ServqualPanel::~ServqualPanel()
{
    m_settings.setValue(kSplitterKey, m_splitter->saveState());
    m_settings.setValue(kChartSplitterKey, m_chartSplitter->saveState());
    m_settings.setValue(kTableSplitterKey, m_tableSplitter->saveState());
}

QWidget *ServqualPanel::buildHeadline()
{
    // The headline figures, in words an analyst can read out in a meeting.
    auto *headline = new QWidget(this);
    m_respondents = new QLabel(headline);
    m_respondents->setObjectName(QStringLiteral("respondents"));
    m_weightedGap = new QLabel(headline);
    m_weightedGap->setObjectName(QStringLiteral("weightedGap"));
    m_silent = new QLabel(headline);
    m_silent->setObjectName(QStringLiteral("silentDissatisfied"));
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_weightedGap->setFont(big);
    for (QLabel *label : {m_respondents, m_weightedGap, m_silent}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    auto *layout = new QVBoxLayout(headline);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setSpacing(2);
    layout->addWidget(m_weightedGap);
    layout->addWidget(m_respondents);
    layout->addWidget(m_silent);
    return headline;
}

std::optional<ServqualGapChart> ServqualPanel::gapChart() const
{
    return m_gapCanvas->hasChart() ? m_gapChart : std::nullopt;
}

std::optional<QuadrantChart> ServqualPanel::quadrantChart() const
{
    return m_quadrantCanvas->hasChart() ? m_quadrantChart : std::nullopt;
}

void ServqualPanel::clear()
{
    m_gapChart.reset();
    m_quadrantChart.reset();
    m_dimensions->clear();
    m_items->clear();
    m_gapCanvas->showMessage(QString());
    m_quadrantCanvas->showMessage(QString());
}

QString ServqualPanel::changeText(const ServqualResult &result)
{
    if (!result.previous)
        return tr("the first wave: nothing to compare with");
    const WaveComparison &before = *result.previous;
    if (!result.weightedGap || !before.weightedGap)
        return tr("no weighted gap to compare with %1").arg(before.wave);
    // The words agree with the numbers on screen: the change is the
    // difference of the two gaps as shown, so -0.33 against -0.34 reads
    // "better by 0.01" even when the unrounded gaps differ by 0.0198. The
    // t-test below judges the unrounded respondents' gaps.
    const QString points = QStringLiteral("points");
    const double change = ValueFormat::rounded(*result.weightedGap, points) -
                          ValueFormat::rounded(*before.weightedGap, points);
    const QString then = ValueFormat::number(*before.weightedGap, points);
    QString test;
    if (before.t && before.df && before.p) {
        const double df = *before.df;
        const QString p =
            *before.p < 0.001 ? tr("p < 0.001") : tr("p = %1").arg(number(*before.p, 3));
        test = tr("t = %1, df = %2, %3").arg(number(*before.t, 1), number(df, df >= 10 ? 0 : 1), p);
    } else {
        test = tr("too few respondents to test");
    }
    // A larger gap is better: perception closer to (or above) expectation.
    if (ValueFormat::number(change, points) == ValueFormat::number(0, points))
        //: %1 the previous wave, %2 its weighted gap, %3 the test
        return tr("the same as %1's %2 (%3)").arg(before.wave, then, test);
    if (change > 0)
        //: %1 the change, %2 the previous wave, %3 its weighted gap, %4 the test
        return tr("better by %1 than %2's %3 (%4)")
            .arg(ValueFormat::number(change, points), before.wave, then, test);
    return tr("worse by %1 than %2's %3 (%4)")
        .arg(ValueFormat::number(-change, points), before.wave, then, test);
}

QString ServqualPanel::silentText(const SilentDissatisfied &silent)
{
    if (silent.dissatisfied == 0)
        return tr("No dissatisfied respondent with a customer reference: nobody to look for "
                  "among the complaint letters.");
    // Whole sentences for one and for many: without an English plural
    // translation, %n would print "respondent(s)".
    const QString text = silent.dissatisfied == 1
                             ? tr("%1 of %3 dissatisfied respondent (%2) never complained")
                             : tr("%1 of %3 dissatisfied respondents (%2) never complained");
    return text.arg(ValueFormat::count(silent.neverComplained),
                    ValueFormat::value(silent.share.value_or(0) * 100, QStringLiteral("%")),
                    ValueFormat::count(silent.dissatisfied));
}

void ServqualPanel::showAnalysis(const WaveAnalysis &analysis)
{
    const ServqualResult &result = analysis.result;
    if (result.weightedGap) {
        m_weightedGap->setText(
            tr("Weighted SERVQUAL gap %1, %2")
                .arg(ValueFormat::number(*result.weightedGap, QStringLiteral("points")),
                     changeText(result)));
    } else {
        m_weightedGap->setText(tr("No weighted SERVQUAL gap: no dimension of this survey has a "
                                  "weight (SERVQUAL Weights…)."));
    }
    m_respondents->setText(
        (result.respondents == 1 ? tr("%2 respondent in wave %1") : tr("%2 respondents in wave %1"))
            .arg(result.wave)
            .arg(result.respondents));
    m_silent->setText(silentText(result.silentDissatisfied));

    m_gapChart = servqualGapChart(result, analysis.previous ? &*analysis.previous : nullptr);
    m_quadrantChart = Yardstick::quadrantChart(result);
    if (result.dimensions.isEmpty())
        m_gapCanvas->showMessage(tr("No dimension was answered in this wave."));
    else
        m_gapCanvas->showChart(*m_gapChart);
    if (m_quadrantChart->points.isEmpty())
        m_quadrantCanvas->showMessage(
            tr("No item has an importance, so the items cannot be placed by importance and "
               "performance. Give the questions an importance in Edit Survey…, or import "
               "answers with an importance column."));
    else
        m_quadrantCanvas->showChart(*m_quadrantChart);

    m_dimensions->setResult(result);
    m_dimensionsTable->resizeColumnsToContents();
    m_items->setResult(result);
    m_itemsTable->resizeColumnsToContents();
    m_itemsTable->setColumnWidth(ServqualItemModel::QuestionColumn,
                                 std::min(m_itemsTable->columnWidth(1), 320));
}

} // namespace Yardstick
