// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "labellertrainer.h"

#include "classify/letterlabeller.h"
#include "usecases/letterservice.h"
#include "workbench/backgroundjob.h"
#include "workbench/workbench.h"

#include <QElapsedTimer>

#include <memory>

namespace Yardstick {

namespace {

// What the worker hands back: the labeller and how long it took.
struct Trained
{
    std::shared_ptr<LetterLabeller> labeller;
    qint64 milliseconds = 0;
};

} // namespace

LabellerTrainer::LabellerTrainer(Workbench &workbench, QObject *parent)
    : QObject(parent)
    , m_workbench(workbench)
    , m_letters(workbench.letterService())
    , m_job(new BackgroundJob(this))
{
    m_letters.setRetrainInBackground(true);
    connect(&m_letters, &LetterService::retrainingWanted, this, &LabellerTrainer::start);
}

LabellerTrainer::~LabellerTrainer()
{
    // The service outlives the window's pages; without a trainer it trains
    // in place again.
    m_letters.setRetrainInBackground(false);
}

bool LabellerTrainer::isRunning() const
{
    return m_job->isRunning();
}

void LabellerTrainer::start()
{
    m_job->runOnWorkbench<Trained>(
        m_workbench,
        [](Workbench &own, const JobControl &) {
            QElapsedTimer timer;
            timer.start();
            Trained trained;
            trained.labeller = std::make_shared<LetterLabeller>(LetterLabeller::load(own));
            trained.milliseconds = timer.elapsed();
            return trained;
        },
        [this](Trained trained) {
            const int letters = trained.labeller->classifier().trainedOn();
            m_letters.adoptLabeller(std::move(*trained.labeller), trained.milliseconds);
            emit this->trained(letters, trained.milliseconds);
        },
        [this](const QString &error) { emit failed(error); });
}

} // namespace Yardstick
