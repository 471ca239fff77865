// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "targetplannerdialog.h"

#include "chartdata/plannercurve.h"
#include "charts/chartplot.h"
#include "charts/plannerplot.h"
#include "charts/qcustomplotshim.h"
#include "commands/standardcommands.h"
#include "costofdelay/plannedrevision.h"
#include "costofdelay/plannerinputloader.h"
#include "export/chartexportdialog.h"
#include "export/chartexporter.h"
#include "model/valueformat.h"
#include "storage/propertyrepository.h"
#include "workbench/workbench.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>

namespace Yardstick {

namespace {

QString percent(std::optional<double> share)
{
    if (!share)
        return TargetPlannerDialog::tr("no data");
    return ValueFormat::value(*share, QStringLiteral("%"));
}

// The first day of the month after today, or later than the current rule,
// so a new revision adds to the history rather than amending it.
QDate defaultEffectiveFrom(const Standard &standard)
{
    const QDate today = QDate::currentDate();
    QDate from = QDate(today.year(), today.month(), 1).addMonths(1);
    if (!standard.revisions.isEmpty() && from <= standard.effectiveFrom())
        from = standard.current().effectiveFrom.addDays(1);
    return from;
}

} // namespace

QString TargetPlannerDialog::defaultAnalystName(const QString &configured)
{
    if (!configured.trimmed().isEmpty())
        return configured.trimmed();
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

TargetPlannerDialog::TargetPlannerDialog(Workbench &workbench, QUndoStack &undoStack,
                                         QSettings &settings, const Standard &standard,
                                         const QString &analystName, QWidget *parent)
    : QDialog(parent)
    , m_workbench(workbench)
    , m_undoStack(undoStack)
    , m_settings(settings)
    , m_standard(standard)
    , m_valueModel(workbench.valueModels().find(standard.id))
{
    setWindowTitle(tr("Plan Target for %1").arg(standard.code));
    buildForm();
    m_recordedBy->setText(analystName);
    reload();
}

void TargetPlannerDialog::buildForm()
{
    const bool share = TargetPlanner::targetIsShare(m_standard);
    const QString unit = share ? tr("%") : m_standard.unit;

    m_periodCount = new QSpinBox(this);
    m_periodCount->setObjectName(QStringLiteral("plannerPeriods"));
    m_periodCount->setRange(1, 104);
    m_periodCount->setValue(12);
    m_periodKind = new QComboBox(this);
    m_periodKind->setObjectName(QStringLiteral("plannerPeriodKind"));
    m_periodKind->addItem(tr("Weeks"), int(PeriodKind::Week));
    m_periodKind->addItem(tr("Months"), int(PeriodKind::Month));
    m_periodKind->addItem(tr("Quarters"), int(PeriodKind::Quarter));
    m_periodKind->setCurrentIndex(1);
    auto *window = new QHBoxLayout;
    window->addWidget(m_periodCount);
    window->addWidget(m_periodKind, 1);

    const auto numberBox = [&](const QString &name, double value) {
        auto *box = new QDoubleSpinBox(this);
        box->setObjectName(name);
        box->setDecimals(2);
        box->setRange(0, share ? 100 : 100000);
        box->setSuffix(unit.isEmpty() ? QString() : QStringLiteral(" ") + unit);
        box->setValue(value);
        return box;
    };
    m_target = numberBox(QStringLiteral("plannerTarget"), m_standard.target());
    m_threshold = numberBox(QStringLiteral("plannerThreshold"), m_standard.threshold());
    m_from = new QDateEdit(defaultEffectiveFrom(m_standard), this);
    m_from->setObjectName(QStringLiteral("plannerEffectiveFrom"));
    m_from->setCalendarPopup(true);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("plannerReason"));
    m_reason->setPlaceholderText(tr("Why this target, e.g. what customers said they expect"));
    m_recordedBy = new QLineEdit(this);
    m_recordedBy->setObjectName(QStringLiteral("plannerRecordedBy"));

    auto *proposal = new QGroupBox(tr("Proposal"), this);
    auto *form = new QFormLayout(proposal);
    form->addRow(tr("Judge on the last:"), window);
    m_current = new QLabel(this);
    form->addRow(tr("Current rule:"), m_current);
    form->addRow(tr("Proposed &target:"), m_target);
    form->addRow(tr("Proposed t&hreshold:"), m_threshold);
    form->addRow(tr("In force &from:"), m_from);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("Recorded &by:"), m_recordedBy);

    const auto resultLabel = [this](const QString &name) {
        auto *label = new QLabel(this);
        label->setObjectName(name);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    m_caseShare = resultLabel(QStringLiteral("plannerCaseShare"));
    m_periodShare = resultLabel(QStringLiteral("plannerPeriodShare"));
    m_value = resultLabel(QStringLiteral("plannerValue"));
    m_cost = resultLabel(QStringLiteral("plannerCost"));
    m_net = resultLabel(QStringLiteral("plannerNet"));
    m_basis = resultLabel(QStringLiteral("plannerBasis"));
    m_basis->setWordWrap(true);
    auto *results = new QGroupBox(tr("Prediction"), this);
    auto *resultForm = new QFormLayout(results);
    resultForm->addRow(tr("Cases meeting it:"), m_caseShare);
    resultForm->addRow(tr("Periods meeting it:"), m_periodShare);
    resultForm->addRow(tr("Annual value:"), m_value);
    resultForm->addRow(tr("Cost a year:"), m_cost);
    resultForm->addRow(tr("Net a year:"), m_net);
    resultForm->addRow(m_basis);

    auto *left = new QVBoxLayout;
    left->addWidget(proposal);
    left->addWidget(results);
    left->addStretch(1);

    m_plot = createChartPlot(this);
    m_plot->setObjectName(QStringLiteral("plannerPlot"));
    m_plot->setMinimumSize(520, 360);
    auto *body = new QHBoxLayout;
    body->addLayout(left);
    body->addWidget(m_plot, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("plannerStatus"));
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_record = buttons->addButton(tr("Record as &Revision"), QDialogButtonBox::ActionRole);
    m_record->setObjectName(QStringLiteral("plannerRecord"));
    m_export = buttons->addButton(tr("E&xport Chart…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_record, &QPushButton::clicked, this, &TargetPlannerDialog::recordRevision);
    connect(m_export, &QPushButton::clicked, this, &TargetPlannerDialog::exportChart);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_periodCount, &QSpinBox::valueChanged, this, &TargetPlannerDialog::reload);
    connect(m_periodKind, &QComboBox::currentIndexChanged, this, &TargetPlannerDialog::reload);
    connect(m_target, &QDoubleSpinBox::valueChanged, this, &TargetPlannerDialog::updatePrediction);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this,
            &TargetPlannerDialog::updatePrediction);
}

void TargetPlannerDialog::reload()
{
    const auto kind = PeriodKind(m_periodKind->currentData().toInt());
    m_input = PlannerInputLoader::load(m_workbench, m_standard, kind, m_periodCount->value());
    updatePrediction();
}

QString TargetPlannerDialog::money(std::optional<double> value) const
{
    if (!value)
        return {};
    // The one money rule, as the tiles and the Pareto print it; the sign
    // before the currency as accountants write a loss: "−US$1.13M".
    return ValueFormat::money(*value);
}

void TargetPlannerDialog::updatePrediction()
{
    const QString unit = m_standard.unit;
    m_current->setText(tr("target %1, threshold %2 (%3)")
                           .arg(ValueFormat::target(m_standard.target(), unit),
                                ValueFormat::target(m_standard.threshold(), unit),
                                m_standard.statistic.displayName()));
    m_prediction =
        TargetPlanner::predict(m_input, m_target->value(), m_threshold->value(), m_valueModel);
    m_caseShare->setText(m_prediction.cases == 0
                             ? tr("no completed cases")
                             : tr("%1 (%2 of %3)")
                                   .arg(percent(m_prediction.caseShare),
                                        ValueFormat::count(m_prediction.casesMeeting),
                                        ValueFormat::count(m_prediction.cases)));
    m_periodShare->setText(m_prediction.periodsWithData == 0
                               ? tr("no period with cases")
                               : tr("%1 (%2 of %3; %4 breached)")
                                     .arg(percent(m_prediction.periodShare))
                                     .arg(m_prediction.periodsMet)
                                     .arg(m_prediction.periodsWithData)
                                     .arg(m_prediction.periodsBreached));
    if (TargetPlanner::targetIsShare(m_standard))
        m_value->setText(tr("not priced: the target is a share of cases"));
    else if (!m_valueModel)
        m_value->setText(tr("no value model (Standards → Value Model…)"));
    else if (!m_prediction.annualValue)
        m_value->setText(tr("no data"));
    else
        m_value->setText(tr("%1 (%2 days sooner per case × %3 × %4 cases)")
                             .arg(money(m_prediction.annualValue),
                                  ValueFormat::number(*m_prediction.daysGained, unit),
                                  ValueFormat::money(m_valueModel->valuePerDay),
                                  ValueFormat::count(std::llround(m_valueModel->casesPerYear))));
    m_cost->setText(m_prediction.costPerYear ? money(m_prediction.costPerYear) : tr("not given"));
    m_net->setText(m_prediction.netValue ? money(m_prediction.netValue) : tr("—"));
    m_basis->setText(tr("From the %1; the current value over them is %2.")
                         .arg(PlannedRevisions::basisText(m_input),
                              m_prediction.currentValue
                                  ? ValueFormat::value(*m_prediction.currentValue, unit)
                                  : tr("unknown")));
    m_record->setEnabled(m_prediction.cases > 0);

    PlannerPlot::populate(m_plot, PlannerCurve::of(m_input, m_target->value()),
                          ChartTheme::screen(font()));
    m_plot->replot();
}

bool TargetPlannerDialog::recordRevision()
{
    PlannedRevision planned;
    planned.effectiveFrom = m_from->date();
    planned.target = m_target->value();
    planned.threshold = m_threshold->value();
    planned.reason = m_reason->text().trimmed();
    planned.recordedBy = m_recordedBy->text().trimmed();
    planned.recordedAt = QDateTime::currentDateTimeUtc();
    planned.prediction = PlannedRevisions::record(m_input, m_prediction);
    StandardCatalogue &catalogue = m_workbench.catalogue();
    const std::optional<Standard> before = catalogue.standard(m_standard.id);
    if (!before)
        return false;
    const Standard after = PlannedRevisions::applied(*before, planned);
    if (const ValidationIssues issues = catalogue.update(after, *before); !issues.isEmpty()) {
        const QString message = messagesOf(issues).join(QLatin1Char('\n'));
        m_status->setText(message);
        emit errorOccurred(message);
        return false;
    }
    // As the file holds it (the revision's time to the second), which is
    // what undo will expect to find.
    const Standard stored = catalogue.standard(after.id).value_or(after);
    m_undoStack.push(
        new EditStandardCommand(catalogue, *before, stored, tr("plan target of %1").arg(after.code),
                                [this](const QString &message) { emit errorOccurred(message); }));
    m_standard = stored;
    m_status->setText(tr("Recorded: %1 from %2, with its prediction.")
                          .arg(ValueFormat::target(planned.target, m_standard.unit),
                               QLocale().toString(planned.effectiveFrom, QLocale::ShortFormat)));
    updatePrediction();
    emit revisionRecorded(after.id);
    return true;
}

// Through the same export dialog as every other chart: format, size,
// resolution, the words around the chart, the organisation in the footer.
void TargetPlannerDialog::exportChart()
{
    const AnyChart chart = PlannerCurve::of(m_input, m_target->value());
    const QString organisation =
        m_workbench.properties().value(QLatin1String(PropertyRepository::kOrganisation));
    auto *dialog = new ChartExportDialog(chart, organisation, m_settings, this);
    dialog->setObjectName(QStringLiteral("chartExportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, chart] {
        const QString path = dialog->filePath();
        const ChartExportResult result = ChartExporter::exportChart(chart, dialog->options(), path);
        m_status->setText(result.ok()
                              ? tr("Chart exported to %1.").arg(QDir::toNativeSeparators(path))
                              : tr("Cannot export the chart to %1: %2")
                                    .arg(QDir::toNativeSeparators(path), result.error));
    });
    dialog->open();
}

} // namespace Yardstick
