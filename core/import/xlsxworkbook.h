// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "xlsxvalues.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QuaZip;
class QXmlStreamReader;

namespace Yardstick {

// A sheet as the workbook lists it: its name and the ZIP entry holding it.
struct XlsxSheetEntry
{
    QString name;
    QString part;
};

// An Excel workbook (.xlsx, Office Open XML) opened for reading: its sheets,
// date system, shared strings and cell number styles, which every sheet's
// cells refer to. The ZIP container is QuaZip's, the XML parts are read with
// QXmlStreamReader; the sheets themselves are streamed by XlsxTableSource.
class XlsxWorkbook final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::XlsxWorkbook)

public:
    explicit XlsxWorkbook(const QString &path);
    ~XlsxWorkbook();
    XlsxWorkbook(const XlsxWorkbook &) = delete;
    XlsxWorkbook &operator=(const XlsxWorkbook &) = delete;

    // Reads the list of sheets and the date system; false with error() set
    // ("is password-protected…", "is not a readable Excel workbook (…)").
    bool open();
    // Reads the shared strings and the styles, which reading a sheet needs.
    bool loadCellTables();

    const QList<XlsxSheetEntry> &sheets() const { return m_sheets; }
    bool date1904() const { return m_date1904; }
    const QStringList &sharedStrings() const { return m_sharedStrings; }
    // Indexed by a cell's style number (its s attribute).
    const QList<XlsxNumberStyle> &cellStyles() const { return m_cellStyles; }
    const QString &error() const { return m_error; }
    QuaZip &zip() { return *m_zip; }

    // "is not a readable Excel workbook (detail)".
    static QString unreadable(const QString &detail);

private:
    struct Relationship
    {
        QString id;
        QString type;   // the last segment of the type URI: "worksheet", "styles"…
        QString target; // the ZIP entry it points to
    };
    using Visitor = std::function<void(QXmlStreamReader &)>;
    // Reads one XML part, calling visit at each start element; a missing
    // optional part reads as empty.
    bool readPart(const QString &part, bool optional, const Visitor &visit);
    // The relationships of a part (from its _rels/NAME.rels entry).
    bool readRelationships(const QString &part, QList<Relationship> &relationships);
    bool checkContainer();

    QString m_path;
    std::unique_ptr<QuaZip> m_zip;
    QString m_workbookPart;
    QString m_sharedStringsPart;
    QString m_stylesPart;
    QList<XlsxSheetEntry> m_sheets;
    bool m_date1904 = false;
    QStringList m_sharedStrings;
    QList<XlsxNumberStyle> m_cellStyles;
    QString m_error;
};

// The names of a workbook's sheets in order; empty if it cannot be read.
QStringList xlsxSheetNames(const QString &path);
// Whether the file is a workbook by its first bytes (a ZIP or an OLE
// container) or, failing that, by its name (.xlsx, .xlsm).
bool looksLikeXlsx(const QString &path);
// The text of an <si> or <is> element, the reader on its start: its own <t>,
// or its rich-text runs' <t> joined; phonetic guides (<rPh>) are left out.
QString readXlsxStringItem(QXmlStreamReader &xml);
// Whether reading an XML part goes on: neither at its end nor failed. Every
// loop over a part's tokens asks this, not atEnd() alone: on a damaged ZIP
// entry QXmlStreamReader reports a premature end while atEnd() defers to the
// entry, which is not at its end, so such a loop would never finish.
bool xlsxXmlGoesOn(const QXmlStreamReader &xml);

// Office's "_x000D_" escapes in cell text, decoded.
QString decodeXlsxEscapes(const QString &text);

} // namespace Yardstick
