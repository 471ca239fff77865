// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/complaintletter.h"

#include <QDialog>

class QCheckBox;
class QDateTimeEdit;
class QLabel;

namespace Yardstick {

// Corrects when a complaint was first answered and when it was resolved
// (the keys stamp "now"; the reply may have gone out yesterday). Neither
// may come before the letter arrived, nor the resolution before the reply.
class HandlingDatesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit HandlingDatesDialog(const ComplaintLetter &letter, QWidget *parent = nullptr);

    // The letter with the dates as edited.
    ComplaintLetter letter() const;
    QDateTimeEdit *firstResponseEdit() const { return m_firstResponse; }
    QDateTimeEdit *resolvedEdit() const { return m_resolved; }

private:
    void check();

    ComplaintLetter m_letter;
    QCheckBox *m_responded = nullptr;
    QDateTimeEdit *m_firstResponse = nullptr;
    QDateTimeEdit *m_resolved = nullptr;
    QLabel *m_problem = nullptr;
    QWidget *m_ok = nullptr;
};

} // namespace Yardstick
