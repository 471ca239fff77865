// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "surveyimportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Yardstick {

SurveyImportDialog::SurveyImportDialog(const QList<Survey> &surveys, const QString &currentWave,
                                       const QString &startFolder, QWidget *parent)
    : QDialog(parent)
    , m_startFolder(startFolder)
{
    setWindowTitle(tr("Import Survey Answers"));
    auto *intro = new QLabel(
        tr("A CSV file in the long layout (respondent, item, dimension, expectation, perception, "
           "optionally importance and customer_ref: one row per answer) or the wide one "
           "(respondent, optionally customer_ref, then E_<item>, P_<item> and I_<item> columns "
           "for questions defined in the survey). An empty cell is a missing answer."),
        this);
    intro->setWordWrap(true);

    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("file"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &SurveyImportDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    m_existing = new QRadioButton(tr("Add to the &wave"), this);
    m_waveBox = new QComboBox(this);
    for (const Survey &survey : surveys) {
        for (const SurveyWave &wave : survey.waves)
            m_waveBox->addItem(tr("%1 (%2)", "wave, survey").arg(wave.name, survey.name),
                               wave.name);
    }
    m_waveBox->setCurrentIndex(std::max(0, m_waveBox->findData(currentWave)));
    m_new = new QRadioButton(tr("A &new wave"), this);
    m_newWave = new QLineEdit(this);
    m_newWave->setObjectName(QStringLiteral("newWave"));
    m_newWave->setPlaceholderText(tr("e.g. 2026-Q1"));
    m_survey = new QComboBox(this);
    m_survey->setEditable(surveys.isEmpty());
    for (const Survey &survey : surveys)
        m_survey->addItem(survey.name);
    if (surveys.isEmpty())
        m_survey->setEditText(tr("Customer survey"));
    m_from = new QDateEdit(QDate::currentDate().addMonths(-3), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit *date : {m_from, m_to}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_channel = new QComboBox(this);
    for (SurveyChannel c : {SurveyChannel::Mail, SurveyChannel::Phone, SurveyChannel::InBranch})
        m_channel->addItem(surveyChannelDisplayName(c), surveyChannelKey(c));

    auto *newForm = new QFormLayout;
    newForm->addRow(tr("Name:"), m_newWave);
    newForm->addRow(tr("Survey:"), m_survey);
    newForm->addRow(tr("From:"), m_from);
    newForm->addRow(tr("To:"), m_to);
    newForm->addRow(tr("Channel:"), m_channel);

    const bool anyWave = m_waveBox->count() > 0;
    m_existing->setEnabled(anyWave);
    (anyWave ? m_existing : m_new)->setChecked(true);
    connect(m_existing, &QRadioButton::toggled, this, &SurveyImportDialog::updateControls);

    m_skip = new QCheckBox(tr("&Skip bad rows and import the rest"), this);
    m_skip->setToolTip(tr("Otherwise one bad row stops the import and nothing is stored."));
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SurveyImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fileRow);
    layout->addWidget(m_existing);
    layout->addWidget(m_waveBox);
    layout->addWidget(m_new);
    layout->addLayout(newForm);
    layout->addWidget(m_skip);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    updateControls();
}

QString SurveyImportDialog::filePath() const
{
    return m_file->text().trimmed();
}

bool SurveyImportDialog::isNewWave() const
{
    return m_new->isChecked();
}

QString SurveyImportDialog::wave() const
{
    return isNewWave() ? m_newWave->text().trimmed() : m_waveBox->currentData().toString();
}

QString SurveyImportDialog::surveyName() const
{
    return isNewWave() ? m_survey->currentText().trimmed() : QString();
}

SurveyWave SurveyImportDialog::newWave() const
{
    SurveyWave wave;
    wave.name = m_newWave->text().trimmed();
    wave.startsOn = m_from->date();
    wave.endsOn = m_to->date();
    wave.channel =
        surveyChannelFromKey(m_channel->currentData().toString()).value_or(SurveyChannel::Mail);
    return wave;
}

bool SurveyImportDialog::skipBadRows() const
{
    return m_skip->isChecked();
}

SurveyImportRequest SurveyImportDialog::request() const
{
    SurveyImportRequest request;
    request.file = filePath();
    request.wave = wave();
    request.survey = surveyName();
    if (isNewWave())
        request.newWave = newWave();
    request.skipBadRows = skipBadRows();
    return request;
}

void SurveyImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Survey Answers"), m_startFolder, tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

void SurveyImportDialog::updateControls()
{
    const bool fresh = m_new->isChecked();
    m_waveBox->setEnabled(!fresh);
    for (QWidget *w : {static_cast<QWidget *>(m_newWave), static_cast<QWidget *>(m_survey),
                       static_cast<QWidget *>(m_from), static_cast<QWidget *>(m_to),
                       static_cast<QWidget *>(m_channel)})
        w->setEnabled(fresh);
}

void SurveyImportDialog::accept()
{
    QString problem;
    if (!QFileInfo(filePath()).isFile())
        problem = tr("Choose the CSV file to import.");
    else if (wave().isEmpty())
        problem = isNewWave() ? tr("Name the new wave.") : tr("Choose the wave.");
    else if (isNewWave() && surveyName().isEmpty())
        problem = tr("Name the survey the wave belongs to.");
    else if (isNewWave() && m_waveBox->findData(wave()) >= 0)
        problem = tr("A wave named %1 exists already; add to it instead.").arg(wave());
    else if (isNewWave() && m_to->date() < m_from->date())
        problem = tr("The wave ends before it starts.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        QDialog::accept();
}

} // namespace Yardstick
