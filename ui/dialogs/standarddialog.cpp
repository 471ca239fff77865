// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "standarddialog.h"

#include "commands/orgunitcommands.h"
#include "orgunitdialog.h"
#include "usecases/organisationservice.h"
#include "usecases/standardcatalogue.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Yardstick {

namespace {

constexpr double kValueLimit = 1e9;

void selectData(QComboBox *combo, const QVariant &value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index);
}

QDoubleSpinBox *valueSpin(QWidget *parent, const char *name)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setObjectName(QLatin1String(name));
    spin->setRange(-kValueLimit, kValueLimit);
    spin->setDecimals(2);
    spin->setMinimumWidth(110);
    return spin;
}

// A form row whose field is a layout gets no buddy from QFormLayout, so its
// label would show the "&" instead of underlining the key.
QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

// Only turnaround is counted in days; the other metrics are rates and scores.
bool countsDays(Metric metric)
{
    return metric == Metric::TurnaroundDays || metric == Metric::TurnaroundHours;
}

} // namespace

StandardDialog::StandardDialog(const StandardCatalogue &catalogue, const ReferenceData &reference,
                               const Standard &original, QWidget *parent,
                               const OrgUnitCreation &creation)
    : QDialog(parent)
    , m_catalogue(catalogue)
    , m_creation(creation)
    , m_original(original)
{
    setWindowTitle(original.id == 0 ? tr("New Standard")
                                    : tr("Edit Standard %1").arg(original.code));
    buildForm(reference);
    load(original);
    revalidate();
}

void StandardDialog::buildForm(const ReferenceData &reference)
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setPlaceholderText(tr("e.g. APP-T-01"));
    form->addRow(tr("&Code:"), m_code);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("What is measured, e.g. Mean application processing time"));
    form->addRow(tr("&Title:"), m_title);

    // Retired ones are not offered for new work; the standard's own stays
    // in the list (marked) so editing it does not silently change it.
    m_service = new QComboBox(this);
    m_service->setObjectName(QStringLiteral("serviceCombo"));
    for (const Service &s : reference.services) {
        if (!s.retired)
            m_service->addItem(s.name, s.id);
        else if (s.id == m_original.serviceId)
            m_service->addItem(tr("%1 (retired)").arg(s.name), s.id);
    }
    m_newService = new QPushButton(tr("Ne&w service…"), this);
    m_newService->setObjectName(QStringLiteral("newServiceButton"));
    auto *serviceRow = new QHBoxLayout;
    serviceRow->addWidget(m_service, 1);
    serviceRow->addWidget(m_newService);
    form->addRow(buddyLabel(tr("&Service:"), m_service), serviceRow);
    m_dimension = new QComboBox(this);
    m_dimension->setObjectName(QStringLiteral("dimensionCombo"));
    for (const Dimension &d : reference.dimensions)
        m_dimension->addItem(d.name, d.id);
    m_newDimension = new QPushButton(tr("New dime&nsion…"), this);
    m_newDimension->setObjectName(QStringLiteral("newDimensionButton"));
    auto *dimensionRow = new QHBoxLayout;
    dimensionRow->addWidget(m_dimension, 1);
    dimensionRow->addWidget(m_newDimension);
    form->addRow(buddyLabel(tr("D&imension:"), m_dimension), dimensionRow);
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("departmentCombo"));
    for (const Department &d : reference.departments) {
        if (!d.retired)
            m_department->addItem(d.name, d.id);
        else if (d.id == m_original.departmentId)
            m_department->addItem(tr("%1 (retired)").arg(d.name), d.id);
    }
    m_newDepartment = new QPushButton(tr("New de&partment…"), this);
    m_newDepartment->setObjectName(QStringLiteral("newDepartmentButton"));
    auto *departmentRow = new QHBoxLayout;
    departmentRow->addWidget(m_department, 1);
    departmentRow->addWidget(m_newDepartment);
    form->addRow(buddyLabel(tr("Owning d&epartment:"), m_department), departmentRow);
    for (QPushButton *button : {m_newService, m_newDimension, m_newDepartment}) {
        button->setAutoDefault(false);
        button->setVisible(m_creation.organisation && m_creation.undoStack);
    }
    connect(m_newService, &QPushButton::clicked, this, &StandardDialog::newService);
    connect(m_newDepartment, &QPushButton::clicked, this, &StandardDialog::newDepartment);
    connect(m_newDimension, &QPushButton::clicked, this, &StandardDialog::newDimension);

    m_metric = new QComboBox(this);
    m_metric->setObjectName(QStringLiteral("metricCombo"));
    for (Metric metric : allMetrics())
        m_metric->addItem(metricDisplayName(metric), int(metric));
    form->addRow(tr("&Metric:"), m_metric);

    m_dayBasis = new QComboBox(this);
    m_dayBasis->setObjectName(QStringLiteral("dayBasisCombo"));
    m_dayBasis->addItem(tr("Calendar days"), int(DayBasis::Calendar));
    m_dayBasis->addItem(tr("Business days (Mon–Fri, less holidays)"), int(DayBasis::Business));
    form->addRow(tr("Count t&urnaround in:"), m_dayBasis);

    m_statistic = new QComboBox(this);
    m_statistic->setObjectName(QStringLiteral("statisticCombo"));
    m_statistic->addItem(tr("Mean"), int(Statistic::Kind::Mean));
    m_statistic->addItem(tr("Median"), int(Statistic::Kind::Median));
    m_statistic->addItem(tr("Percentile"), int(Statistic::Kind::Percentile));
    m_statistic->addItem(tr("Share done within N days"), int(Statistic::Kind::ShareWithin));
    m_statisticParameter = new QDoubleSpinBox(this);
    m_statisticParameter->setObjectName(QStringLiteral("statisticParameterSpin"));
    m_statisticParameter->setRange(0, 365);
    m_statisticParameter->setDecimals(1);
    auto *statisticRow = new QHBoxLayout;
    statisticRow->addWidget(m_statistic, 1);
    statisticRow->addWidget(m_statisticParameter);
    form->addRow(buddyLabel(tr("St&atistic:"), m_statistic), statisticRow);

    m_direction = new QComboBox(this);
    m_direction->setObjectName(QStringLiteral("directionCombo"));
    m_direction->addItem(directionDisplayName(Direction::LowerIsBetter),
                         int(Direction::LowerIsBetter));
    m_direction->addItem(directionDisplayName(Direction::HigherIsBetter),
                         int(Direction::HigherIsBetter));
    form->addRow(tr("&Direction:"), m_direction);

    m_target = valueSpin(this, "targetSpin");
    m_threshold = valueSpin(this, "thresholdSpin");
    m_unit = new QLineEdit(this);
    m_unit->setObjectName(QStringLiteral("unitEdit"));
    auto *valuesRow = new QHBoxLayout;
    valuesRow->addWidget(m_target);
    valuesRow->addWidget(new QLabel(tr("threshold (least acceptable):"), this));
    valuesRow->addWidget(m_threshold);
    valuesRow->addWidget(new QLabel(tr("unit:"), this));
    valuesRow->addWidget(m_unit);
    form->addRow(buddyLabel(tr("Tar&get (goal):"), m_target), valuesRow);

    m_effectiveFrom = new QDateEdit(this);
    m_effectiveFrom->setObjectName(QStringLiteral("effectiveFromEdit"));
    m_effectiveFrom->setCalendarPopup(true);
    m_effectiveFrom->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_revisionReason = new QLineEdit(this);
    m_revisionReason->setObjectName(QStringLiteral("revisionReasonEdit"));
    m_revisionReason->setPlaceholderText(tr("Why the target is set or changed"));
    auto *revisionRow = new QHBoxLayout;
    revisionRow->addWidget(m_effectiveFrom);
    revisionRow->addWidget(m_revisionReason, 1);
    form->addRow(buddyLabel(tr("In &force from:"), m_effectiveFrom), revisionRow);

    auto *basisRow = new QHBoxLayout;
    for (BasisFlag flag : allBasisFlags()) {
        auto *box = new QCheckBox(basisFlagDisplayName(flag), this);
        box->setObjectName(QStringLiteral("basis_") + basisFlagKey(flag));
        box->setProperty("flag", int(flag));
        m_basis.append(box);
        basisRow->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &StandardDialog::revalidate);
    }
    basisRow->addStretch();
    form->addRow(tr("Basis:"), basisRow);

    m_rationale = new QPlainTextEdit(this);
    m_rationale->setObjectName(QStringLiteral("rationaleEdit"));
    m_rationale->setPlaceholderText(
        tr("Why this level: what customers expect, what competitors offer, what the process "
           "can do, what it is worth."));
    m_rationale->setFixedHeight(80);
    form->addRow(tr("&Rationale:"), m_rationale);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #a4262c;"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    setMinimumWidth(640);

    for (QLineEdit *edit : {m_code, m_title, m_revisionReason})
        connect(edit, &QLineEdit::textChanged, this, &StandardDialog::revalidate);
    connect(m_unit, &QLineEdit::textEdited, this, [this] { m_unitTouched = true; });
    connect(m_unit, &QLineEdit::textChanged, this, &StandardDialog::revalidate);
    for (QComboBox *combo : {m_service, m_dimension, m_department, m_dayBasis, m_direction})
        connect(combo, &QComboBox::currentIndexChanged, this, &StandardDialog::revalidate);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &StandardDialog::onMetricChanged);
    connect(m_statistic, &QComboBox::currentIndexChanged, this,
            &StandardDialog::onStatisticChanged);
    for (QDoubleSpinBox *spin : {m_statisticParameter, m_target, m_threshold})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &StandardDialog::revalidate);
    connect(m_effectiveFrom, &QDateEdit::dateChanged, this, &StandardDialog::revalidate);
    connect(m_rationale, &QPlainTextEdit::textChanged, this, &StandardDialog::revalidate);
}

void StandardDialog::load(const Standard &s)
{
    m_code->setText(s.code);
    m_title->setText(s.title);
    selectData(m_service, s.serviceId);
    selectData(m_dimension, s.dimensionId);
    selectData(m_department, s.departmentId);
    selectData(m_metric, int(s.metric));
    selectData(m_dayBasis, int(s.dayBasis));
    updateDayBasis();
    selectData(m_statistic, int(s.statistic.kind));
    m_statisticParameter->setValue(s.statistic.parameter);
    selectData(m_direction, int(s.direction));
    const bool isNew = s.revisions.isEmpty();
    m_target->setValue(isNew ? 0 : s.target());
    m_threshold->setValue(isNew ? 0 : s.threshold());
    m_effectiveFrom->setDate(isNew ? QDate::currentDate() : s.current().effectiveFrom);
    m_revisionReason->setText(isNew ? QString() : s.current().reason);
    m_unit->setText(s.unit.isEmpty() ? metricDefaultUnit(s.metric) : s.unit);
    m_unitTouched = !s.unit.isEmpty();
    for (QCheckBox *box : std::as_const(m_basis))
        box->setChecked(s.basis.testFlag(BasisFlag(box->property("flag").toInt())));
    m_rationale->setPlainText(s.rationale);
    onStatisticChanged();
}

void StandardDialog::onMetricChanged()
{
    const auto metric = Metric(m_metric->currentData().toInt());
    if (!m_unitTouched)
        m_unit->setText(metricDefaultUnit(metric));
    updateDayBasis();
    revalidate();
}

void StandardDialog::updateDayBasis()
{
    // The choice stays as it was while another metric is chosen, so switching
    // the metric back and forth loses nothing.
    const auto metric = Metric(m_metric->currentData().toInt());
    const bool applies = countsDays(metric);
    m_dayBasis->setEnabled(applies);
    m_dayBasis->setToolTip(
        applies ? tr("Business days leave out Saturdays, Sundays and the workbench's holidays "
                     "(Edit › Holidays…).")
                : tr("Only turnaround is counted in days; %1 is not, so the day basis does "
                     "not apply.")
                      .arg(metricDisplayName(metric)));
}

void StandardDialog::onStatisticChanged()
{
    const auto kind = Statistic::Kind(m_statistic->currentData().toInt());
    const bool needsParameter =
        kind == Statistic::Kind::Percentile || kind == Statistic::Kind::ShareWithin;
    m_statisticParameter->setEnabled(needsParameter);
    if (kind == Statistic::Kind::Percentile && m_statisticParameter->value() == 0)
        m_statisticParameter->setValue(90);
    if (kind == Statistic::Kind::ShareWithin && m_statisticParameter->value() == 0)
        m_statisticParameter->setValue(2);
    revalidate();
}

Standard StandardDialog::standard() const
{
    Standard s = m_original;
    s.code = m_code->text().trimmed();
    s.title = m_title->text().trimmed();
    s.serviceId = m_service->currentData().toLongLong();
    s.dimensionId = m_dimension->currentData().toLongLong();
    s.departmentId = m_department->currentData().toLongLong();
    s.metric = Metric(m_metric->currentData().toInt());
    s.dayBasis = DayBasis(m_dayBasis->currentData().toInt());
    const auto kind = Statistic::Kind(m_statistic->currentData().toInt());
    const bool hasParameter =
        kind == Statistic::Kind::Percentile || kind == Statistic::Kind::ShareWithin;
    s.statistic = {kind, hasParameter ? m_statisticParameter->value() : 0};
    s.direction = Direction(m_direction->currentData().toInt());
    s.unit = m_unit->text().trimmed();
    s.basis = {};
    for (const QCheckBox *box : m_basis) {
        if (box->isChecked())
            s.basis |= BasisFlag(box->property("flag").toInt());
    }
    s.rationale = m_rationale->toPlainText().trimmed();

    const QDate from = m_effectiveFrom->date();
    const double target = m_target->value();
    const double threshold = m_threshold->value();
    const QString reason = m_revisionReason->text().trimmed();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (s.revisions.isEmpty()) {
        s.revise(from, target, threshold, reason, now);
    } else {
        const StandardRevision &current = s.current();
        const bool unchanged = current.effectiveFrom == from && current.target == target &&
                               current.threshold == threshold && current.reason == reason;
        if (!unchanged) {
            if (from < current.effectiveFrom && s.revisions.size() == 1) {
                // Moving the only rule's start date is a correction, not a revision.
                s.revisions.clear();
            } else if (from < current.effectiveFrom) {
                // Left as given: validation reports that revisions must follow in time.
                s.revisions.append({from, target, threshold, reason, now, {}, {}});
                return s;
            }
            s.revise(from, target, threshold, reason, now);
        }
    }
    return s;
}

OrgUnitDialog *StandardDialog::newService()
{
    return newUnit(OrgUnitKind::Service);
}

OrgUnitDialog *StandardDialog::newDepartment()
{
    return newUnit(OrgUnitKind::Department);
}

OrgUnitDialog *StandardDialog::newDimension()
{
    return newUnit(OrgUnitKind::Dimension);
}

OrgUnitDialog *StandardDialog::newUnit(OrgUnitKind kind)
{
    if (!m_creation.organisation || !m_creation.undoStack)
        return nullptr;
    OrgUnit fresh;
    fresh.kind = kind;
    auto *dialog = new OrgUnitDialog(*m_creation.organisation, fresh, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { addUnit(dialog->unit()); });
    dialog->open();
    return dialog;
}

void StandardDialog::addUnit(const OrgUnit &unit)
{
    OrgUnit added = unit;
    if (const StorageResult result = m_creation.organisation->add(added); !result.ok()) {
        m_problems->setText(result.error());
        m_problems->setVisible(true);
        return;
    }
    m_creation.undoStack->push(
        new AddOrgUnitCommand(*m_creation.organisation, added, m_creation.report));
    QComboBox *combo = added.kind == OrgUnitKind::Service     ? m_service
                       : added.kind == OrgUnitKind::Dimension ? m_dimension
                                                              : m_department;
    combo->addItem(added.name, added.id);
    combo->setCurrentIndex(combo->count() - 1);
}

QStringList StandardDialog::problems() const
{
    return messagesOf(m_catalogue.check(standard()));
}

void StandardDialog::revalidate()
{
    const QStringList messages = problems();
    m_problems->setText(messages.join(QLatin1Char('\n')));
    m_problems->setVisible(!messages.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(messages.isEmpty());
}

} // namespace Yardstick
