// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvreader.h"
#include "tablesource.h"

#include <QFile>

#include <memory>

namespace Yardstick {

// A CSV file as a table: the file and its CsvReader, owned together.
class CsvTableSource final : public TableSource
{
public:
    // Opens the file; false (with the reason in errorString) if it cannot be
    // read.
    explicit CsvTableSource(const QString &path);
    bool open(QString &errorString);

    std::optional<CsvRecord> next() override { return m_reader->next(); }
    const std::optional<CsvReadError> &error() const override { return m_reader->error(); }
    qint64 position() const override { return m_reader->bytesRead(); }
    qint64 size() const override { return m_size; }
    QString displayName() const override { return m_name; }
    QChar separator() const override { return m_reader->separator(); }
    QString encodingName() const override { return m_reader->encodingName(); }

private:
    QFile m_file;
    QString m_name;
    qint64 m_size = 0;
    std::unique_ptr<CsvReader> m_reader;
};

} // namespace Yardstick
