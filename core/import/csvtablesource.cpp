// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvtablesource.h"

#include <QFileInfo>

namespace Yardstick {

CsvTableSource::CsvTableSource(const QString &path)
    : m_file(path)
    , m_name(QFileInfo(path).fileName())
{}

bool CsvTableSource::open(QString &errorString)
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        errorString = m_file.errorString();
        return false;
    }
    m_size = m_file.size();
    m_reader = std::make_unique<CsvReader>(m_file);
    return true;
}

} // namespace Yardstick
