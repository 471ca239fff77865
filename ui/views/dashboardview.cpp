// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardview.h"

#include "workbench/workbench.h"
#include "workbench/workbenchsummary.h"

#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Yardstick {

DashboardView::DashboardView(QWidget *parent)
    : QWidget(parent)
    , m_content(new QLabel(this))
{
    m_content->setObjectName(QStringLiteral("dashboardContent"));
    m_content->setTextFormat(Qt::RichText);
    m_content->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_content->setWordWrap(true);
    m_content->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(m_content, 1);
}

void DashboardView::setWorkbench(Workbench *workbench)
{
    m_workbench = workbench;
    refresh();
}

void DashboardView::refresh()
{
    if (!m_workbench) {
        m_content->setText(tr("<h2>No workbench is open</h2><p>Use File → Open or File → "
                              "New to start.</p>"));
        return;
    }
    const WorkbenchSummary s = WorkbenchSummary::of(*m_workbench);
    const QLocale l;
    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style='padding:4px 24px 4px 0'>%1</td>"
                              "<td align=right style='padding:4px 0'><b>%2</b></td></tr>")
            .arg(label, value);
    };
    QString html = QStringLiteral("<h2>%1</h2><p style='color:#555'>%2</p>")
                       .arg(s.title.toHtmlEscaped(),
                            QDir::toNativeSeparators(m_workbench->path()).toHtmlEscaped());
    html += QStringLiteral("<table>");
    html += row(tr("Standards in force"), l.toString(s.activeStandards));
    html += row(tr("Retired standards"), l.toString(s.retiredStandards));
    html += row(tr("Services"), l.toString(s.services));
    html += row(tr("Departments"), l.toString(s.departments));
    html += row(tr("Quality dimensions"), l.toString(s.dimensions));
    html += row(tr("Measurements"), l.toString(s.measurements));
    if (s.firstMeasured.isValid()) {
        html += row(tr("Measured from"), l.toString(s.firstMeasured, QLocale::LongFormat));
        html += row(tr("Measured until"), l.toString(s.lastMeasured, QLocale::LongFormat));
    }
    html += row(tr("Case records"), l.toString(s.cases));
    html += row(tr("Complaint letters"), l.toString(s.letters));
    html += row(tr("Survey answers"), l.toString(s.surveyAnswers));
    html += QStringLiteral("</table>");
    html += tr("<p style='color:#555'>Which standards are met, slipping or breached will show "
               "here once the compliance scorecard is built; it is not built yet.</p>");
    m_content->setText(html);
}

} // namespace Yardstick
