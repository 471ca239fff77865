// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileimportwizard.h"

#include "csvfilepage.h"

#include <QCheckBox>

namespace Yardstick {

FileImportWizard::FileImportWizard(const QString &title, const QString &columnsHint,
                                   const QString &startFolder, QWidget *parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("fileImportWizard"));
    setWindowTitle(title);
    m_filePage = new CsvFilePage(startFolder, this);
    m_filePage->setSubTitle(columnsHint);
    m_skipBad = new QCheckBox(tr("Import the good rows and &skip the bad ones"), m_filePage);
    m_skipBad->setObjectName(QStringLiteral("skipBadRowsCheck"));
    m_skipBad->setToolTip(tr("Otherwise nothing is imported while any row has a problem."));
    m_filePage->addOption(m_skipBad);
    addPage(m_filePage);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Import"));
    resize(820, 560);
}

void FileImportWizard::setFilePath(const QString &path)
{
    m_filePage->setFilePath(path);
}

QString FileImportWizard::filePath() const
{
    return m_filePage->filePath();
}

QString FileImportWizard::sheet() const
{
    return m_filePage->sheet();
}

bool FileImportWizard::skipBadRows() const
{
    return m_skipBad->isChecked();
}

} // namespace Yardstick
