// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemmodels/complaintfilterproxymodel.h"
#include "workbench/referencedata.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace Yardstick {

// The complaint list's filters in one row: text, service, dimension,
// handling status, label status, key customers only, and a received-date
// range. Announces the whole filter whenever one part changes.
class ComplaintFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit ComplaintFilterBar(QWidget *parent = nullptr);

    // Fills the service and dimension choices, keeping what was chosen
    // where it still exists.
    void setReference(const ReferenceData &reference);
    ComplaintFilter filter() const;
    // `unconfirmed`: of the shown, those there only by a suggested label.
    void setCount(int shown, int total, int unconfirmed = 0);

    QLineEdit *searchField() const { return m_search; }
    QComboBox *serviceCombo() const { return m_service; }
    QComboBox *dimensionCombo() const { return m_dimension; }
    QComboBox *statusCombo() const { return m_status; }
    QComboBox *labelStatusCombo() const { return m_labelStatus; }
    QCheckBox *keyCustomersBox() const { return m_keyOnly; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

signals:
    void filterChanged(const Yardstick::ComplaintFilter &filter);

private:
    QDateEdit *dateEdit(const char *name);
    void announce();

    QLineEdit *m_search = nullptr;
    QComboBox *m_service = nullptr;
    QComboBox *m_dimension = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_labelStatus = nullptr;
    QCheckBox *m_keyOnly = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace Yardstick
