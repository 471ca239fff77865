// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/standardcommands.h"
#include "model/orgunit.h"
#include "model/standard.h"
#include "workbench/referencedata.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QUndoStack;

namespace Yardstick {

class OrganisationService;
class OrgUnitDialog;
class StandardCatalogue;

// Where the standard dialog's "New…" buttons add a service or department:
// without a service and an undo stack there are no such buttons. `report`
// tells of an undo that failed; the commands outlive the dialog, so it must
// not point into the dialog.
struct OrgUnitCreation
{
    OrganisationService *organisation = nullptr;
    QUndoStack *undoStack = nullptr;
    CommandErrorReporter report;
};

// Creates or edits one standard. Problems are shown as the analyst types and
// OK stays disabled until there are none; the dialog itself writes nothing,
// its caller applies standard() as an undoable command. The one exception:
// "New…" beside the service, dimension and department lists adds one through the
// organisation service (undoable on its own), so a new workbench's first
// standard can be made here.
class StandardDialog final : public QDialog
{
    Q_OBJECT

public:
    // An original with id 0 means "new standard".
    StandardDialog(const StandardCatalogue &catalogue, const ReferenceData &reference,
                   const Standard &original, QWidget *parent = nullptr,
                   const OrgUnitCreation &creation = {});

    // The standard as edited, with a new revision when the target or
    // threshold changed from a later date.
    Standard standard() const;
    // The standard as it was when the dialog opened: the edit is stored only
    // if the file still holds it.
    Standard original() const { return m_original; }
    QStringList problems() const;
    QPushButton *newServiceButton() const { return m_newService; }
    QPushButton *newDepartmentButton() const { return m_newDepartment; }
    QPushButton *newDimensionButton() const { return m_newDimension; }
    // Opens the small "New Service" / "New Department" dialog; when it is
    // accepted the unit is added and chosen in its list.
    OrgUnitDialog *newService();
    OrgUnitDialog *newDepartment();
    OrgUnitDialog *newDimension();

private:
    void buildForm(const ReferenceData &reference);
    void load(const Standard &s);
    void onMetricChanged();
    void updateDayBasis();
    void onStatisticChanged();
    void revalidate();
    OrgUnitDialog *newUnit(OrgUnitKind kind);
    void addUnit(const OrgUnit &unit);

    const StandardCatalogue &m_catalogue;
    OrgUnitCreation m_creation;
    Standard m_original;
    bool m_unitTouched = false;

    QLineEdit *m_code = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_service = nullptr;
    QComboBox *m_dimension = nullptr;
    QComboBox *m_department = nullptr;
    QPushButton *m_newService = nullptr;
    QPushButton *m_newDepartment = nullptr;
    QPushButton *m_newDimension = nullptr;
    QComboBox *m_metric = nullptr;
    QComboBox *m_dayBasis = nullptr;
    QComboBox *m_statistic = nullptr;
    QDoubleSpinBox *m_statisticParameter = nullptr;
    QComboBox *m_direction = nullptr;
    QDoubleSpinBox *m_target = nullptr;
    QDoubleSpinBox *m_threshold = nullptr;
    QDateEdit *m_effectiveFrom = nullptr;
    QLineEdit *m_revisionReason = nullptr;
    QLineEdit *m_unit = nullptr;
    QList<QCheckBox *> m_basis;
    QPlainTextEdit *m_rationale = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Yardstick
