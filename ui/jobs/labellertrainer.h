// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace Yardstick {

class BackgroundJob;
class LetterService;
class Workbench;

// Retrains the letter classifier off the window's thread. It turns on the
// letter service's background retraining and answers each
// retrainingWanted() by loading and training a labeller on a worker (its
// own connection to the file), which the service then adopts; while it
// trains, the model before it keeps suggesting. Corrections made while it
// trains ask again, and the latest request wins, so the model that arrives
// last has seen them all. An in-memory workbench trains in place.
class LabellerTrainer final : public QObject
{
    Q_OBJECT

public:
    explicit LabellerTrainer(Workbench &workbench, QObject *parent = nullptr);
    ~LabellerTrainer() override;

    bool isRunning() const;
    // Trains now (retrainingWanted() calls it).
    void start();

signals:
    // A retrained model was adopted: trained on `letters` confirmed letters.
    void trained(int letters, qint64 milliseconds);
    void failed(const QString &error);

private:
    Workbench &m_workbench;
    LetterService &m_letters;
    BackgroundJob *m_job;
};

} // namespace Yardstick
