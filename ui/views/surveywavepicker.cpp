// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "surveywavepicker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace Yardstick {

namespace {

// Survey box data for answers whose wave no survey defines.
constexpr qint64 kNoSurvey = -1;

} // namespace

SurveyWavePicker::SurveyWavePicker(QWidget *parent)
    : QWidget(parent)
    , m_surveyBox(new QComboBox(this))
    , m_waveBox(new QComboBox(this))
{
    m_surveyBox->setObjectName(QStringLiteral("surveyBox"));
    m_surveyBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_waveBox->setObjectName(QStringLiteral("waveBox"));
    m_waveBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_surveyBox, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        fillWaveBox();
        emit waveChosen();
    });
    connect(m_waveBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            emit waveChosen();
    });

    auto *surveyLabel = new QLabel(tr("&Survey:"), this);
    surveyLabel->setBuddy(m_surveyBox);
    auto *waveLabel = new QLabel(tr("&Wave:"), this);
    waveLabel->setBuddy(m_waveBox);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(surveyLabel);
    layout->addWidget(m_surveyBox);
    layout->addSpacing(12);
    layout->addWidget(waveLabel);
    layout->addWidget(m_waveBox);
    layout->addStretch();
}

void SurveyWavePicker::setSurveys(const QList<Survey> &surveys, const QStringList &answeredWaves)
{
    m_surveys = surveys;
    m_answeredWaves = answeredWaves;
    m_filling = true;
    const qint64 current = m_surveyBox->currentData().toLongLong();
    m_surveyBox->clear();
    bool orphans = false;
    for (const QString &wave : std::as_const(m_answeredWaves)) {
        orphans = orphans || std::none_of(m_surveys.cbegin(), m_surveys.cend(),
                                          [&wave](const Survey &s) { return s.wave(wave); });
    }
    for (const Survey &survey : std::as_const(m_surveys))
        m_surveyBox->addItem(survey.name, survey.id);
    if (orphans)
        m_surveyBox->addItem(tr("(waves of no survey)"), kNoSurvey);
    m_surveyBox->setCurrentIndex(std::max(0, m_surveyBox->findData(current)));
    m_filling = false;
    fillWaveBox();
}

void SurveyWavePicker::fillWaveBox()
{
    m_filling = true;
    const QString current = currentWave();
    m_waveBox->clear();
    const std::optional<Survey> survey = currentSurvey();
    // Only waves with answers: a wave without any has nothing to show.
    for (const QString &wave : std::as_const(m_answeredWaves)) {
        const bool mine = survey ? survey->wave(wave) != nullptr
                                 : std::none_of(m_surveys.cbegin(), m_surveys.cend(),
                                                [&wave](const Survey &s) { return s.wave(wave); });
        if (!mine)
            continue;
        const SurveyWave *defined = survey ? survey->wave(wave) : nullptr;
        const QString label = defined ? tr("%1 (%2)", "wave, channel")
                                            .arg(wave, surveyChannelDisplayName(defined->channel))
                                      : wave;
        m_waveBox->addItem(label, wave);
    }
    // The latest wave unless the analyst was looking at another one.
    const int index = m_waveBox->findData(current);
    m_waveBox->setCurrentIndex(index >= 0 ? index : m_waveBox->count() - 1);
    m_filling = false;
}

void SurveyWavePicker::selectWave(const QString &wave)
{
    m_filling = true;
    for (int i = 0; i < m_surveyBox->count(); ++i) {
        const qint64 id = m_surveyBox->itemData(i).toLongLong();
        const auto found = std::find_if(m_surveys.cbegin(), m_surveys.cend(),
                                        [id](const Survey &s) { return s.id == id; });
        if (found != m_surveys.cend() && found->wave(wave)) {
            if (m_surveyBox->currentIndex() != i) {
                m_surveyBox->setCurrentIndex(i);
                m_filling = false;
                fillWaveBox();
                m_filling = true;
            }
            break;
        }
    }
    const int index = m_waveBox->findData(wave);
    if (index >= 0)
        m_waveBox->setCurrentIndex(index);
    m_filling = false;
}

QString SurveyWavePicker::currentWave() const
{
    return m_waveBox->currentData().toString();
}

std::optional<Survey> SurveyWavePicker::currentSurvey() const
{
    const qint64 id = m_surveyBox->currentData().toLongLong();
    for (const Survey &survey : m_surveys) {
        if (survey.id == id)
            return survey;
    }
    return std::nullopt;
}

} // namespace Yardstick
