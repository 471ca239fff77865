// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportsview.h"

#include "jobs/reportpackjob.h"
#include "recentpacksbox.h"
#include "storage/serveraddress.h"
#include "workbench/workbench.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

namespace Yardstick {

namespace {

const QString kTemplateKey = QStringLiteral("reports/template");
const QString kFolderKey = QStringLiteral("reports/folder");
const QString kMasterKey = QStringLiteral("reports/master");

// What a section puts on paper, under its tick box, so the choice is made
// knowing what the pages hold.
QString sectionDescription(ReportSection section)
{
    switch (section) {
    case ReportSection::Cover:
        return ReportsView::tr("Title, period, organisation and how many standards were met, "
                               "at risk and breached.");
    case ReportSection::Scorecard:
        return ReportsView::tr("Every standard's value, target, status and trend, on as many "
                               "pages as it takes; thin periods said in words.");
    case ReportSection::HeadlineTrends:
        return ReportsView::tr("A trend chart for each headline standard, before and since "
                               "the quality programme.");
    case ReportSection::BreachedControlCharts:
        return ReportsView::tr("A control chart for each breached standard, most breached "
                               "first, with the run rules it broke.");
    case ReportSection::ComplaintsPareto:
        return ReportsView::tr("Which services draw the complaint letters, largest first.");
    case ReportSection::ComplaintsPerMonth:
        return ReportsView::tr("Letters received each month, stacked by dimension.");
    case ReportSection::Heatmap:
        return ReportsView::tr("The standards that slipped in the last 12 periods, by period; "
                               "continued on further pages when they are many.");
    case ReportSection::Departments:
        return ReportsView::tr("The share of its standards each department met.");
    }
    return {};
}

} // namespace

ReportsView::ReportsView(Workbench &workbench, QSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
    , m_settings(settings)
{
    auto *heading = new QLabel(tr("Report packs"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    heading->setFont(big);
    auto *intro = new QLabel(
        tr("A report pack is one A4-landscape PDF for the management meeting: the scorecard, "
           "the headline trends, each breached standard with its control chart, what customers "
           "complain about, the heat map and how each department stands. Choose what goes in, "
           "save the choice as a template for next month, and create the pack, or export it as "
           "a PowerPoint deck on your organisation's slide master."),
        this);
    intro->setWordWrap(true);

    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("reportTemplate"));
    m_template->setAccessibleName(tr("Template"));
    m_template->setMinimumContentsLength(28);
    m_template->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *templateLabel = new QLabel(tr("&Template:"), this);
    templateLabel->setBuddy(m_template);
    m_save = new QPushButton(tr("&Save Template…"), this);
    m_save->setObjectName(QStringLiteral("saveTemplateButton"));
    m_save->setToolTip(tr("Keep these choices in the workbench under a name"));
    m_delete = new QPushButton(tr("&Delete Template"), this);
    m_delete->setObjectName(QStringLiteral("deleteTemplateButton"));
    auto *templateRow = new QHBoxLayout;
    templateRow->addWidget(templateLabel);
    templateRow->addWidget(m_template, 1);
    templateRow->addWidget(m_save);
    templateRow->addWidget(m_delete);

    // Sections on the left, the pack's options and the button on the right:
    // the page's width is used, and Create sits where the choices end.
    auto *options = new QVBoxLayout;
    options->addWidget(buildOptions());
    // Kept under the workbench's file, or its server address without a password.
    const QString where = m_workbench.path();
    m_recent = new RecentPacksBox(m_settings,
                                  ServerAddress::isServerAddress(where)
                                      ? ServerAddress::shown(where)
                                      : QFileInfo(where).absoluteFilePath(),
                                  this);
    options->addWidget(m_recent, 1);

    m_createAction = new QAction(tr("&Create Report Pack…"), this);
    m_createAction->setObjectName(QStringLiteral("createReportPackAction"));
    m_createAction->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    m_createAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_createAction);
    m_create = new QPushButton(m_createAction->text(), this);
    m_create->setObjectName(QStringLiteral("createReportPackButton"));
    m_create->setDefault(true);
    m_create->setToolTip(tr("Choose where to save the PDF and print the pack (%1)")
                             .arg(m_createAction->shortcut().toString(QKeySequence::NativeText)));
    m_create->setMinimumHeight(m_create->sizeHint().height() * 3 / 2);
    m_deckAction = new QAction(tr("Export as &PowerPoint…"), this);
    m_deckAction->setObjectName(QStringLiteral("exportReportDeckAction"));
    m_deckAction->setToolTip(
        tr("Save the pack as a PowerPoint deck: the scorecard as a table, a slide per chart, "
           "the numbers in the speaker notes"));
    addAction(m_deckAction);
    m_deck = new QPushButton(m_deckAction->text(), this);
    m_deck->setObjectName(QStringLiteral("exportReportDeckButton"));
    m_deck->setToolTip(m_deckAction->toolTip());
    m_deck->setMinimumHeight(m_create->minimumHeight());
    auto *createRow = new QHBoxLayout;
    createRow->addStretch(1);
    createRow->addWidget(m_deck);
    createRow->addWidget(m_create);
    options->addLayout(createRow);

    auto *choices = new QHBoxLayout;
    choices->setSpacing(16);
    choices->addWidget(buildSections(), 3);
    choices->addLayout(options, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addLayout(templateRow);
    layout->addLayout(choices, 1);

    connect(m_template, &QComboBox::activated, this, [this] {
        // Remembered only when the analyst picks one: a workbench without
        // it must not make the page forget it.
        m_settings.setValue(kTemplateKey, m_template->currentData().toString());
        templateChosen();
    });
    connect(m_save, &QPushButton::clicked, this, &ReportsView::saveTemplate);
    connect(m_delete, &QPushButton::clicked, this, &ReportsView::deleteTemplate);
    connect(m_create, &QPushButton::clicked, m_createAction, &QAction::trigger);
    connect(m_createAction, &QAction::triggered, this, &ReportsView::chooseAndCreatePack);
    connect(m_deck, &QPushButton::clicked, m_deckAction, &QAction::trigger);
    connect(m_deckAction, &QAction::triggered, this, &ReportsView::chooseAndCreateDeck);
    fillTemplates(m_settings.value(kTemplateKey).toString());
    templateChosen();
}

ReportsView::~ReportsView()
{
    delete m_job; // waits for its worker
}

QWidget *ReportsView::buildSections()
{
    auto *box = new QGroupBox(tr("Sections"), this);
    box->setObjectName(QStringLiteral("reportSections"));
    auto *layout = new QVBoxLayout(box);
    QPalette muted = palette();
    muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    const int indent = style()->pixelMetric(QStyle::PM_IndicatorWidth) +
                       style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing);
    for (ReportSection section : allReportSections()) {
        auto *check = new QCheckBox(reportSectionDisplayName(section), box);
        check->setObjectName(QStringLiteral("section_") + reportSectionKey(section));
        m_sections.insert(section, check);
        auto *description = new QLabel(sectionDescription(section), box);
        description->setWordWrap(true);
        description->setPalette(muted);
        description->setContentsMargins(indent, 0, 0, 6);
        layout->addWidget(check);
        layout->addWidget(description);
        connect(check, &QCheckBox::toggled, this, &ReportsView::updateButtons);
    }
    layout->addStretch(1);
    return box;
}

QWidget *ReportsView::buildOptions()
{
    auto *box = new QGroupBox(tr("Pack"), this);
    m_title = new QLineEdit(box);
    m_title->setObjectName(QStringLiteral("reportTitle"));
    m_title->setPlaceholderText(tr("Service quality report"));
    m_title->setAccessibleName(tr("Title"));
    m_period = new QComboBox(box);
    m_period->setObjectName(QStringLiteral("reportPeriod"));
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("Week"), periodKindKey(PeriodKind::Week));
    m_period->addItem(tr("Month"), periodKindKey(PeriodKind::Month));
    m_period->addItem(tr("Quarter"), periodKindKey(PeriodKind::Quarter));
    m_maxCharts = new QSpinBox(box);
    m_maxCharts->setObjectName(QStringLiteral("reportMaxCharts"));
    m_maxCharts->setAccessibleName(tr("Most control charts"));
    m_maxCharts->setRange(0, 99);
    m_maxCharts->setToolTip(tr("The most breached standards get a control chart each; the "
                               "others are listed without one, so a bad month stays readable"));

    const QDate today = QDate::currentDate();
    m_useFrom = new QCheckBox(tr("F&rom:"), box);
    m_useFrom->setObjectName(QStringLiteral("reportUseFrom"));
    m_from = new QDateEdit(QDate(today.year() - 1, today.month(), 1), box);
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_useTo = new QCheckBox(tr("T&o:"), box);
    m_useTo->setObjectName(QStringLiteral("reportUseTo"));
    m_to = new QDateEdit(today, box);
    m_to->setObjectName(QStringLiteral("reportTo"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) +
                              48);
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    m_rangeNote = new QLabel(tr("Without dates the pack covers all the data, and its scorecard "
                                "is the latest complete period."),
                             box);
    m_rangeNote->setWordWrap(true);

    auto *form = new QFormLayout(box);
    // The title takes the width; the short fields stay short.
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *titleLabel = new QLabel(tr("T&itle:"), box);
    titleLabel->setBuddy(m_title);
    auto *periodLabel = new QLabel(tr("&Period:"), box);
    periodLabel->setBuddy(m_period);
    auto *chartsLabel = new QLabel(tr("Control charts, at &most:"), box);
    chartsLabel->setBuddy(m_maxCharts);
    form->addRow(titleLabel, m_title);
    form->addRow(periodLabel, m_period);
    form->addRow(chartsLabel, m_maxCharts);
    form->addRow(m_useFrom, m_from);
    form->addRow(m_useTo, m_to);
    form->addRow(m_rangeNote);

    // The organisation's deck whose master, layouts and theme the
    // PowerPoint export uses.
    m_master = new QLineEdit(m_settings.value(kMasterKey).toString(), box);
    m_master->setObjectName(QStringLiteral("reportMaster"));
    m_master->setPlaceholderText(tr("Yardstick's own"));
    m_master->setAccessibleName(tr("Slide master"));
    m_master->setToolTip(tr("A PowerPoint deck or template (.pptx, .potx): the exported deck "
                            "uses its slide master, its Title and Content layout and its theme"));
    connect(m_master, &QLineEdit::editingFinished, this,
            [this] { m_settings.setValue(kMasterKey, m_master->text().trimmed()); });
    auto *browse = new QPushButton(tr("C&hoose…"), box);
    browse->setObjectName(QStringLiteral("chooseMasterButton"));
    connect(browse, &QPushButton::clicked, this, &ReportsView::chooseMaster);
    auto *masterRow = new QHBoxLayout;
    masterRow->addWidget(m_master, 1);
    masterRow->addWidget(browse);
    auto *masterLabel = new QLabel(tr("Slide &master:"), box);
    masterLabel->setBuddy(m_master);
    form->addRow(masterLabel, masterRow);
    return box;
}

void ReportsView::fillTemplates(const QString &select)
{
    m_template->clear();
    m_template->addItem(tr("Standard pack: every section, monthly"), QString());
    for (const ReportTemplate &saved : m_workbench.reportTemplates().all())
        m_template->addItem(saved.name, saved.name);
    const int index = select.isEmpty() ? 0 : m_template->findData(select);
    m_template->setCurrentIndex(qMax(0, index));
}

void ReportsView::templateChosen()
{
    const QString name = m_template->currentData().toString();
    std::optional<ReportTemplate> chosen;
    if (!name.isEmpty())
        chosen = m_workbench.reportTemplates().find(name);
    showTemplate(chosen.value_or(ReportTemplate::standard()));
    updateButtons();
}

void ReportsView::showTemplate(const ReportTemplate &reportTemplate)
{
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it)
        it.value()->setChecked(reportTemplate.includes(it.key()));
    m_period->setCurrentIndex(
        qMax(0, m_period->findData(periodKindKey(reportTemplate.periodKind))));
    m_title->setText(reportTemplate.title);
    m_maxCharts->setValue(reportTemplate.maxControlCharts);
}

ReportTemplate ReportsView::currentTemplate() const
{
    ReportTemplate result;
    const QString name = m_template->currentData().toString();
    result.name = name.isEmpty() ? ReportTemplate::standard().name : name;
    for (ReportSection section : allReportSections()) {
        if (m_sections.value(section)->isChecked())
            result.sections.append(section);
    }
    result.periodKind =
        periodKindFromKey(m_period->currentData().toString()).value_or(PeriodKind::Month);
    result.title = m_title->text().trimmed();
    result.maxControlCharts = m_maxCharts->value();
    return result;
}

ReportRequest ReportsView::request() const
{
    ReportRequest request;
    request.reportTemplate = currentTemplate();
    if (m_useFrom->isChecked())
        request.from = m_from->date();
    if (m_useTo->isChecked())
        request.to = m_to->date();
    return request;
}

void ReportsView::updateButtons()
{
    bool anySection = false;
    for (QCheckBox *check : std::as_const(m_sections))
        anySection = anySection || check->isChecked();
    m_save->setEnabled(true);
    m_delete->setEnabled(!m_template->currentData().toString().isEmpty());
    const bool ready = anySection && !m_job;
    m_createAction->setEnabled(ready);
    m_create->setEnabled(ready);
    m_deckAction->setEnabled(ready);
    m_deck->setEnabled(ready);
}

bool ReportsView::saveTemplateAs(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        emit errorOccurred(tr("A template needs a name."));
        return false;
    }
    ReportTemplate saved = currentTemplate();
    saved.name = trimmed;
    const StorageResult result = m_workbench.reportTemplates().save(saved);
    if (!result.ok()) {
        emit errorOccurred(tr("The template could not be saved: %1").arg(result.error()));
        return false;
    }
    m_settings.setValue(kTemplateKey, trimmed);
    fillTemplates(trimmed);
    templateChosen();
    emit statusMessage(tr("Template “%1” saved in the workbench.").arg(trimmed));
    return true;
}

bool ReportsView::removeTemplate(const QString &name)
{
    const StorageResult result = m_workbench.reportTemplates().remove(name);
    if (!result.ok()) {
        emit errorOccurred(tr("The template could not be deleted: %1").arg(result.error()));
        return false;
    }
    m_settings.setValue(kTemplateKey, QString());
    fillTemplates(QString());
    templateChosen();
    emit statusMessage(tr("Template “%1” deleted.").arg(name));
    return true;
}

void ReportsView::saveTemplate()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save Template"), tr("Template &name:"), QLineEdit::Normal,
                              m_template->currentData().toString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    const bool replacing = m_template->findData(name.trimmed()) >= 0 &&
                           name.trimmed() != m_template->currentData().toString();
    if (replacing && QMessageBox::question(
                         this, tr("Save Template"),
                         tr("A template named “%1” exists. Replace it?").arg(name.trimmed())) !=
                         QMessageBox::Yes)
        return;
    saveTemplateAs(name);
}

void ReportsView::deleteTemplate()
{
    const QString name = m_template->currentData().toString();
    if (name.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Delete Template"),
                              tr("Delete the template “%1” from the workbench?").arg(name)) !=
        QMessageBox::Yes)
        return;
    removeTemplate(name);
}

// Where to write a pack: asked in the folder last used, with the suffix
// added when the name lacks it. Empty when the analyst cancels.
QString ReportsView::askForPackPath(const QString &caption, const QString &fileName,
                                    const QString &filter, QLatin1String suffix)
{
    QString folder = m_settings.value(kFolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path =
        QFileDialog::getSaveFileName(this, caption, QDir(folder).filePath(fileName), filter);
    if (path.isEmpty())
        return {};
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    m_settings.setValue(kFolderKey, QFileInfo(path).absolutePath());
    return path;
}

QString ReportsView::packTitle() const
{
    const QString title = currentTemplate().title;
    return title.isEmpty() ? tr("Service quality report") : title;
}

void ReportsView::chooseAndCreatePack()
{
    if (m_job)
        return;
    const QString path = askForPackPath(
        tr("Create Report Pack"),
        tr("%1 %2.pdf", "title, date").arg(packTitle(), QDate::currentDate().toString(Qt::ISODate)),
        tr("PDF documents (*.pdf)"), QLatin1String(".pdf"));
    if (!path.isEmpty())
        createPack(path);
}

void ReportsView::createPack(const QString &pdfPath)
{
    if (m_job)
        return;
    startJob(new ReportPackJob(m_workbench, request(), pdfPath, this), pdfPath);
}

void ReportsView::chooseMaster()
{
    const QString chosen =
        QFileDialog::getOpenFileName(this, tr("Choose a Slide Master"), m_master->text(),
                                     tr("PowerPoint decks and templates (*.pptx *.potx)"));
    if (chosen.isEmpty())
        return;
    m_master->setText(chosen);
    m_settings.setValue(kMasterKey, chosen);
}

void ReportsView::chooseAndCreateDeck()
{
    if (m_job)
        return;
    const QString path =
        askForPackPath(tr("Export as PowerPoint"),
                       tr("%1 %2.pptx", "title, date")
                           .arg(packTitle(), QDate::currentDate().toString(Qt::ISODate)),
                       tr("PowerPoint decks (*.pptx)"), QLatin1String(".pptx"));
    if (!path.isEmpty())
        createDeck(path);
}

void ReportsView::createDeck(const QString &pptxPath)
{
    if (m_job)
        return;
    std::optional<PptxMaster> master = PptxMaster::builtIn();
    const QString masterPath = m_master->text().trimmed();
    if (!masterPath.isEmpty()) {
        QString error;
        master = PptxMaster::load(masterPath, &error);
        if (!master) {
            emit errorOccurred(tr("The slide master cannot be used.\n\n%1").arg(error));
            return;
        }
    }
    auto *job = new ReportPackJob(m_workbench, request(), pptxPath, this);
    job->setDeckMaster(*master);
    startJob(job, pptxPath);
}

void ReportsView::startJob(ReportPackJob *job, const QString &path)
{
    m_job = job;
    connect(
        m_job, &ReportPackJob::finished, this,
        [this, path](const QString &error, bool cancelled) { packDone(path, error, cancelled); });
    updateButtons();
    m_job->start();
}

void ReportsView::packDone(const QString &pdfPath, const QString &error, bool cancelled)
{
    m_job->deleteLater();
    m_job = nullptr;
    updateButtons();
    emit packFinished(pdfPath, error);
    if (cancelled) {
        emit statusMessage(error);
        return;
    }
    if (!error.isEmpty()) {
        emit errorOccurred(tr("The report pack could not be created.\n\n%1").arg(error));
        return;
    }
    emit statusMessage(tr("Report pack saved to %1").arg(QDir::toNativeSeparators(pdfPath)));
    m_recent->add(pdfPath);
    showDone(pdfPath);
}

void ReportsView::showDone(const QString &pdfPath)
{
    // Not exec(): the window keeps running, and tests read the box as it is.
    auto *box = new QMessageBox(
        QMessageBox::Information, tr("Report Pack"),
        tr("The report pack is saved as %1.").arg(QDir::toNativeSeparators(pdfPath)),
        QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("reportDoneMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *open = box->addButton(tr("&Open"), QMessageBox::AcceptRole);
    box->setDefaultButton(open);
    connect(open, &QPushButton::clicked, this,
            [pdfPath] { QDesktopServices::openUrl(QUrl::fromLocalFile(pdfPath)); });
    box->open();
}

} // namespace Yardstick
