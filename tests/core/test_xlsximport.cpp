// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "import/caseimporter.h"
#include "importtestsupport.h"
#include "support/xlsxwriting.h"
#include "testsupport.h"

#include <QHash>
#include <QTemporaryDir>

using namespace Yardstick;
using namespace Yardstick::Testing;
using namespace Qt::StringLiterals;

namespace {

const QStringList kCaseHeader{u"service"_s,     u"case_id"_s,          u"received"_s,
                              u"completed"_s,   u"right_first_time"_s, u"department"_s,
                              u"key_customer"_s};

QHash<QString, CaseRecord> byCaseId(Workbench &workbench, qint64 serviceId)
{
    QHash<QString, CaseRecord> result;
    for (const CaseRecord &record : workbench.cases().forService(serviceId))
        result.insert(record.caseId, record);
    return result;
}

QString boolCell(const QString &reference, bool value)
{
    return u"<c r=\""_s + reference + u"\" t=\"b\"><v>"_s + (value ? u"1"_s : u"0"_s) +
           u"</v></c>"_s;
}

} // namespace

TEST_CASE("case import reads the named sheet of a workbook: date cells, typed cells, sparse rows",
          "[import][xlsx]")
{
    XlsxTestWorkbook workbook;
    workbook.numberFormats = {{164, u"dd/mm/yyyy hh:mm"_s}};
    workbook.cellStyles = {0, 14, 164};
    workbook.sharedStrings = {u"<t>APP</t>"_s, u"<t>NA</t>"_s};
    workbook.sheets = {
        xlsxSheet(u"Notes"_s, textRow(1, {u"exported from the case system"_s})),
        xlsxSheet(u"Cases"_s,
                  textRow(1, kCaseHeader) +
                      // 45717 is 1 March 2025, 45719.5 noon on 3 March (see the reader tests).
                      xlsxRow(2, {sharedCell(u"A2"_s, 0), inlineCell(u"B2"_s, u"A-1"_s),
                                  numberCell(u"C2"_s, u"45717"_s, 1),
                                  numberCell(u"D2"_s, u"45719.5"_s, 2), boolCell(u"E2"_s, true),
                                  sharedCell(u"F2"_s, 1), boolCell(u"G2"_s, false)}) +
                      // Row 3 is not in the file; this row has a numeric case id, a
                      // text date, and no cells after the received date.
                      xlsxRow(4, {sharedCell(u"A4"_s, 0), numberCell(u"B4"_s, u"1002"_s),
                                  inlineCell(u"C4"_s, u"2025-03-02"_s)})),
    };
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cases.xlsx"_s);
    writeXlsx(path, workbook);
    SmallCatalogue catalogue = smallCatalogue(); // APP and NA
    ImportOptions options;
    options.sheet = u"Cases"_s;
    const ImportSummary summary = CaseImporter(*catalogue.workbench).run(path, {}, options);

    CHECK(summary.rejections == QList<ImportRejection>());
    CHECK(summary.file == u"cases.xlsx[Cases]"_s);
    CHECK(summary.committed);
    CHECK(summary.rowsRead == 2);
    CHECK(summary.imported == 2);
    const QHash<QString, CaseRecord> cases = byCaseId(*catalogue.workbench, catalogue.serviceId);
    REQUIRE(cases.size() == 2);
    const CaseRecord a1 = cases.value(u"A-1"_s);
    CHECK(a1.receivedAt == Moment{QDate(2025, 3, 1), std::nullopt, std::nullopt});
    CHECK(a1.completedAt ==
          std::optional<Moment>(Moment{QDate(2025, 3, 3), 12 * 3600, std::nullopt}));
    CHECK(a1.rightFirstTime == RightFirstTime::Yes);
    CHECK(a1.departmentId == std::optional<qint64>(catalogue.departmentId));
    CHECK_FALSE(a1.keyCustomer);
    REQUIRE(cases.contains(u"1002"_s));
    const CaseRecord numbered = cases.value(u"1002"_s);
    CHECK(numbered.receivedAt == Moment{QDate(2025, 3, 2), std::nullopt, std::nullopt});
    CHECK_FALSE(numbered.completedAt.has_value());
    CHECK(numbered.rightFirstTime == RightFirstTime::Unknown);
    CHECK_FALSE(numbered.departmentId.has_value());
}

TEST_CASE("case import locates a workbook's bad row as file.xlsx[Sheet]:ROW", "[import][xlsx]")
{
    XlsxTestWorkbook workbook;
    workbook.cellStyles = {0, 14};
    workbook.sheets = {xlsxSheet(
        u"Sheet1"_s, textRow(1, kCaseHeader) +
                         xlsxRow(2, {inlineCell(u"A2"_s, u"APP"_s), inlineCell(u"B2"_s, u"A-1"_s),
                                     numberCell(u"C2"_s, u"45717"_s, 1)}) +
                         textRow(3, {u"APP"_s, u"A-2"_s, u"2025-02-30"_s}) +
                         textRow(7, {u"XYZ"_s, u"A-3"_s, u"2025-03-01"_s}))};
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cases.xlsx"_s);
    writeXlsx(path, workbook);
    SmallCatalogue catalogue = smallCatalogue();
    const ImportSummary summary = CaseImporter(*catalogue.workbench).run(path, {}, {});

    REQUIRE(summary.rejections.size() == 2);
    CHECK(formatRejection(summary.rejections.at(0)) ==
          u"cases.xlsx[Sheet1]:3: received: cannot read \"2025-02-30\" as a date (ISO)"_s);
    CHECK(formatRejection(summary.rejections.at(1)) ==
          u"cases.xlsx[Sheet1]:7: service: unknown service \"XYZ\""_s);
    CHECK_FALSE(summary.committed);
    CHECK(catalogue.workbench->cases().count() == 0);
}

TEST_CASE("case import reports an unknown sheet and an encrypted workbook as the file's problem",
          "[import][xlsx]")
{
    QTemporaryDir dir;
    SmallCatalogue catalogue = smallCatalogue();
    XlsxTestWorkbook workbook;
    workbook.sheets = {xlsxSheet(u"Sheet1"_s, textRow(1, kCaseHeader))};
    const QString path = dir.filePath(u"cases.xlsx"_s);
    writeXlsx(path, workbook);
    ImportOptions options;
    options.sheet = u"2024"_s;
    const ImportSummary unknown = CaseImporter(*catalogue.workbench).run(path, {}, options);
    CHECK(unknown.fileRejected);
    CHECK(unknown.rejections ==
          QList<ImportRejection>{
              rejection(u"cases.xlsx"_s, 0, u"sheet"_s,
                        u"the workbook has no sheet \"2024\"; its sheets are \"Sheet1\""_s)});

    QByteArray ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    ole += QByteArray(512, '\0');
    const QString secret = writeFixture(dir, u"secret.xlsx"_s, ole);
    const ImportSummary encrypted = CaseImporter(*catalogue.workbench).run(secret, {}, {});
    REQUIRE(encrypted.rejections.size() == 1);
    CHECK(formatRejection(encrypted.rejections.at(0)) ==
          u"secret.xlsx:0: file: is password-protected (encrypted); save it without a password "
          "or as CSV"_s);
}
