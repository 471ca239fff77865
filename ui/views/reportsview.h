// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportpack.h"
#include "report/reporttemplate.h"

#include <QMap>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSpinBox;

namespace Yardstick {

class RecentPacksBox;
class ReportPackJob;
class Workbench;

// The Reports page: what goes into a report pack for the management meeting
// (a saved template or the standard one, its sections, period, title, how
// many control charts, an optional date range) and the button that prints
// it to one PDF.
class ReportsView final : public QWidget
{
    Q_OBJECT

public:
    ReportsView(Workbench &workbench, QSettings &settings, QWidget *parent = nullptr);
    ~ReportsView() override;

    // The template as the controls say, named as the combo's entry.
    ReportTemplate currentTemplate() const;
    void showTemplate(const ReportTemplate &reportTemplate);
    ReportRequest request() const;

    // Each says what went wrong through errorOccurred and returns false.
    bool saveTemplateAs(const QString &name);
    bool removeTemplate(const QString &name);
    // Starts making the pack; packFinished says how it ended.
    void createPack(const QString &pdfPath);
    // Starts making the pack as a PowerPoint deck on the master chosen in
    // the Slide master field (Yardstick's own when empty); a master that
    // cannot be used is an errorOccurred and nothing starts.
    void createDeck(const QString &pptxPath);
    bool isBusy() const { return m_job != nullptr; }

    QComboBox *templateBox() const { return m_template; }
    QCheckBox *sectionBox(ReportSection section) const { return m_sections.value(section); }
    QComboBox *periodBox() const { return m_period; }
    QLineEdit *titleEdit() const { return m_title; }
    QSpinBox *maxChartsBox() const { return m_maxCharts; }
    QCheckBox *fromBox() const { return m_useFrom; }
    QCheckBox *toBox() const { return m_useTo; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *deleteButton() const { return m_delete; }
    QAction *createAction() const { return m_createAction; }
    QAction *deckAction() const { return m_deckAction; }
    QLineEdit *masterEdit() const { return m_master; }
    ReportPackJob *job() const { return m_job; }
    RecentPacksBox *recentPacks() const { return m_recent; }

public slots:
    void chooseAndCreatePack();
    void chooseAndCreateDeck();
    void saveTemplate();
    void deleteTemplate();

signals:
    // error is empty when the PDF was written.
    void packFinished(const QString &pdfPath, const QString &error);
    void statusMessage(const QString &text);
    void errorOccurred(const QString &message);

private:
    QString askForPackPath(const QString &caption, const QString &fileName, const QString &filter,
                           QLatin1String suffix);
    QString packTitle() const;

    QWidget *buildSections();
    QWidget *buildOptions();
    void fillTemplates(const QString &select);
    void templateChosen();
    void updateButtons();
    void startJob(ReportPackJob *job, const QString &path);
    void chooseMaster();
    void packDone(const QString &pdfPath, const QString &error, bool cancelled);
    void showDone(const QString &pdfPath);

    Workbench &m_workbench;
    QSettings &m_settings;
    ReportPackJob *m_job = nullptr;

    QComboBox *m_template = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_delete = nullptr;
    QMap<ReportSection, QCheckBox *> m_sections;
    QComboBox *m_period = nullptr;
    QLineEdit *m_title = nullptr;
    QSpinBox *m_maxCharts = nullptr;
    QCheckBox *m_useFrom = nullptr;
    QCheckBox *m_useTo = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_rangeNote = nullptr;
    QPushButton *m_create = nullptr;
    QAction *m_createAction = nullptr;
    QAction *m_deckAction = nullptr;
    QPushButton *m_deck = nullptr;
    QLineEdit *m_master = nullptr;
    RecentPacksBox *m_recent = nullptr;
};

} // namespace Yardstick
