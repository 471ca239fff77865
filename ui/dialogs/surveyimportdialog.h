// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/survey.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace Yardstick {

// What the analyst asked to import.
struct SurveyImportRequest
{
    QString file;
    QString wave;
    QString survey;                    // for a new wave: the survey to add it to
    std::optional<SurveyWave> newWave; // its dates and channel, set after the import
    bool skipBadRows = false;
};

// Asks what to import survey answers from and into: the CSV file (long or
// wide layout), the wave (an existing one, or a new one with its survey,
// dates and channel) and whether to skip bad rows. A new survey is typed in
// when the workbench has none.
class SurveyImportDialog final : public QDialog
{
    Q_OBJECT

public:
    SurveyImportDialog(const QList<Survey> &surveys, const QString &currentWave,
                       const QString &startFolder, QWidget *parent = nullptr);

    QString filePath() const;
    bool isNewWave() const;
    QString wave() const; // the existing wave's name or the new one's
    QString surveyName() const;
    // The new wave's definition (name, dates, channel), when isNewWave().
    SurveyWave newWave() const;
    bool skipBadRows() const;
    SurveyImportRequest request() const;

    QLineEdit *fileEdit() const { return m_file; }
    QRadioButton *existingButton() const { return m_existing; }
    QRadioButton *newButton() const { return m_new; }
    QComboBox *waveBox() const { return m_waveBox; }
    QComboBox *surveyBox() const { return m_survey; }
    QLineEdit *newWaveEdit() const { return m_newWave; }
    QCheckBox *skipBox() const { return m_skip; }

    void accept() override;

private:
    void chooseFile();
    void updateControls();

    QString m_startFolder;
    QLineEdit *m_file = nullptr;
    QRadioButton *m_existing = nullptr;
    QRadioButton *m_new = nullptr;
    QComboBox *m_waveBox = nullptr;
    QComboBox *m_survey = nullptr;
    QLineEdit *m_newWave = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_channel = nullptr;
    QCheckBox *m_skip = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace Yardstick
