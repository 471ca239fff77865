// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "costofdelay/targetplanner.h"
#include "model/standard.h"
#include "model/valuemodel.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QCustomPlot;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSpinBox;
class QUndoStack;

namespace Yardstick {

class Workbench;

// Plan before setting: for a turnaround standard, what share of the last
// periods' cases and periods a proposed target would have met and what it
// is worth against its cost, with the curve "target -> share of cases
// meeting it". "Record as Revision" adds the target as a revision of the
// standard with its prediction and who recorded it, on the undo stack like
// any catalogue edit.
class TargetPlannerDialog final : public QDialog
{
    Q_OBJECT

public:
    // The settings remember the chart export's choices (size, format, folder).
    TargetPlannerDialog(Workbench &workbench, QUndoStack &undoStack, QSettings &settings,
                        const Standard &standard, const QString &analystName,
                        QWidget *parent = nullptr);

    // The analyst's name for "recorded by": the one set in the settings, or
    // the operating system's user name.
    static QString defaultAnalystName(const QString &configured);

    QSpinBox *periodCountBox() const { return m_periodCount; }
    QComboBox *periodKindBox() const { return m_periodKind; }
    QDoubleSpinBox *targetBox() const { return m_target; }
    QDoubleSpinBox *thresholdBox() const { return m_threshold; }
    QDateEdit *effectiveFromEdit() const { return m_from; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QLineEdit *recordedByEdit() const { return m_recordedBy; }
    QLabel *caseShareLabel() const { return m_caseShare; }
    QLabel *periodShareLabel() const { return m_periodShare; }
    QLabel *valueLabel() const { return m_value; }
    QLabel *netLabel() const { return m_net; }
    QPushButton *recordButton() const { return m_record; }
    QPushButton *exportButton() const { return m_export; }
    QLabel *statusLabel() const { return m_status; }
    QCustomPlot *plot() const { return m_plot; }
    const TargetPrediction &prediction() const { return m_prediction; }
    const PlannerInput &input() const { return m_input; }

    // Records the proposal as a revision; false (and errorOccurred) when the
    // catalogue refused it.
    bool recordRevision();

signals:
    void errorOccurred(const QString &message);
    void revisionRecorded(qint64 standardId);

private:
    void buildForm();
    void reload();
    void updatePrediction();
    void exportChart();
    QString money(std::optional<double> value) const;

    Workbench &m_workbench;
    QUndoStack &m_undoStack;
    QSettings &m_settings;
    Standard m_standard;
    std::optional<ValueModel> m_valueModel;
    PlannerInput m_input;
    TargetPrediction m_prediction;

    QSpinBox *m_periodCount = nullptr;
    QComboBox *m_periodKind = nullptr;
    QDoubleSpinBox *m_target = nullptr;
    QDoubleSpinBox *m_threshold = nullptr;
    QDateEdit *m_from = nullptr;
    QLineEdit *m_reason = nullptr;
    QLineEdit *m_recordedBy = nullptr;
    QLabel *m_current = nullptr;
    QLabel *m_caseShare = nullptr;
    QLabel *m_periodShare = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_cost = nullptr;
    QLabel *m_net = nullptr;
    QLabel *m_basis = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_export = nullptr;
    QCustomPlot *m_plot = nullptr;
    QPushButton *m_record = nullptr;
};

} // namespace Yardstick
