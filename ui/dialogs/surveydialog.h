// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/dimension.h"
#include "model/service.h"
#include "model/survey.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace Yardstick {

// Edits a survey's definition: name, service, scale, its items (code, text,
// dimension, the analyst's own importance) and its waves (name, dates,
// channel). Item and wave ids are kept, so the repository's update can tell
// an edited row from a new one; a removed wave goes with its answers.
class SurveyDialog final : public QDialog
{
    Q_OBJECT

public:
    SurveyDialog(const Survey &survey, const QList<Service> &services,
                 const QList<Dimension> &dimensions, QWidget *parent = nullptr);

    // The survey as edited; valid once accept() let the dialog close.
    Survey survey() const;
    // The survey as the dialog was opened with it: what the edit expects the
    // workbench still to hold when it is saved.
    const Survey &original() const { return m_original; }
    // What is wrong with the entries, empty when nothing.
    QString problem() const;

    QLineEdit *nameEdit() const { return m_name; }
    QTableWidget *itemsTable() const { return m_items; }
    QTableWidget *wavesTable() const { return m_waves; }
    void addItemRow(const SurveyItem &item);
    void addWaveRow(const SurveyWave &wave);

    void accept() override;

private:
    QComboBox *dimensionBox(qint64 dimensionId);
    QComboBox *channelBox(SurveyChannel channel);

    Survey m_original;
    QList<Dimension> m_dimensions;
    QLineEdit *m_name = nullptr;
    QComboBox *m_service = nullptr;
    QDoubleSpinBox *m_scaleMin = nullptr;
    QDoubleSpinBox *m_scaleMax = nullptr;
    QTableWidget *m_items = nullptr;
    QTableWidget *m_waves = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace Yardstick
