// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata/servqualcharts.h"
#include "surveys/servqual.h"

#include <QWidget>

#include <optional>

class QLabel;
class QSettings;
class QSplitter;
class QTableView;

namespace Yardstick {

class ChartCanvas;
class ServqualDimensionModel;
class ServqualItemModel;

// One wave's SERVQUAL analysis on the Surveys page: the headline figures in
// words (the weighted gap and its move since the wave before, the
// respondents, the silent dissatisfied), the gap and importance-performance
// charts, and the tables of dimensions and of items in the order to improve
// them.
class ServqualPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ServqualPanel(QSettings &settings, QWidget *parent = nullptr);
    ~ServqualPanel() override;

    void showAnalysis(const WaveAnalysis &analysis);
    void clear();

    QLabel *respondentsLabel() const { return m_respondents; }
    QLabel *weightedGapLabel() const { return m_weightedGap; }
    QLabel *silentLabel() const { return m_silent; }
    QTableView *dimensionsTable() const { return m_dimensionsTable; }
    QTableView *itemsTable() const { return m_itemsTable; }
    ChartCanvas *gapCanvas() const { return m_gapCanvas; }
    ChartCanvas *quadrantCanvas() const { return m_quadrantCanvas; }
    // The charts on show, if any.
    std::optional<ServqualGapChart> gapChart() const;
    std::optional<QuadrantChart> quadrantChart() const;

    // "better by 0.42 than 2025-Q1 (t = 3.1, df = 140, p = 0.002)".
    static QString changeText(const ServqualResult &result);
    // "38 of 61 dissatisfied respondents (62%) never complained".
    static QString silentText(const SilentDissatisfied &silent);

private:
    QWidget *buildHeadline();

    QSettings &m_settings;
    std::optional<ServqualGapChart> m_gapChart;
    std::optional<QuadrantChart> m_quadrantChart;
    QLabel *m_respondents = nullptr;
    QLabel *m_weightedGap = nullptr;
    QLabel *m_silent = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_chartSplitter = nullptr;
    QSplitter *m_tableSplitter = nullptr;
    ChartCanvas *m_gapCanvas = nullptr;
    ChartCanvas *m_quadrantCanvas = nullptr;
    QTableView *m_dimensionsTable = nullptr;
    QTableView *m_itemsTable = nullptr;
    ServqualDimensionModel *m_dimensions = nullptr;
    ServqualItemModel *m_items = nullptr;
};

} // namespace Yardstick
