// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "core/testsupport.h"
#include "letters/lettercolumns.h"
#include "usecases/letterservice.h"
#include "workbench/workbench.h"

using namespace Yardstick;
using namespace Yardstick::Testing;
using namespace Qt::StringLiterals;

TEST_CASE("a letters column is guessed from the field's name first, then a known export's",
          "[letters][mapping]")
{
    const QStringList regulator{u"Complaint ID"_s, u"Date received"_s, u"Submitted via"_s,
                                u"Consumer complaint narrative"_s, u"Product"_s};
    CHECK(guessedLetterColumn(LetterField::Id, regulator) == u"Complaint ID"_s);
    CHECK(guessedLetterColumn(LetterField::Received, regulator) == u"Date received"_s);
    CHECK(guessedLetterColumn(LetterField::Channel, regulator) == u"Submitted via"_s);
    CHECK(guessedLetterColumn(LetterField::Text, regulator) == u"Consumer complaint narrative"_s);
    CHECK(guessedLetterColumn(LetterField::Subject, regulator).isEmpty());
    CHECK(guessedLetterColumn(LetterField::KeyCustomer, regulator).isEmpty());
    // "text" is the field's own name, so it wins over the alias "body".
    CHECK(guessedLetterColumn(LetterField::Text, {u"Body"_s, u" TEXT "_s}) == u"TEXT"_s);
    // A service desk's ticket export: the ticket and when it was opened.
    const QStringList tickets{u"Ticket"_s, u"Opened"_s, u"Body"_s, u"Queue"_s};
    CHECK(guessedLetterColumn(LetterField::Id, tickets) == u"Ticket"_s);
    CHECK(guessedLetterColumn(LetterField::Received, tickets) == u"Opened"_s);
    CHECK(guessedLetterColumn(LetterField::Text, tickets) == u"Body"_s);
    CHECK(guessedLetterColumn(LetterField::Id, {u"number"_s, u"opened_at"_s}) == u"number"_s);
    CHECK(guessedLetterColumn(LetterField::Received, {u"number"_s, u"opened_at"_s}) ==
          u"opened_at"_s);
}

TEST_CASE("a workbench remembers the letters mapping and offers it for a header it fits",
          "[letters][mapping]")
{
    std::unique_ptr<Workbench> workbench = memoryWorkbench();
    LetterService &service = workbench->letterService();
    CHECK_FALSE(service.rememberedColumns());

    LetterColumns columns;
    columns.columns.insert(LetterField::Text, u"Narrative text"_s);
    columns.columns.insert(LetterField::Received, u"Date received"_s);
    columns.setValues.insert(LetterField::Channel, u"email"_s);
    columns.labelServiceColumn = u"Product"_s;
    columns.sheet = u"March"_s;
    columns.serviceValueMap.insert(u"Credit card"_s, u"FEE"_s);
    REQUIRE(service.rememberColumns(columns).ok());

    const std::optional<LetterColumns> remembered = service.rememberedColumns();
    REQUIRE(remembered);
    CHECK(remembered->columns == columns.columns);
    CHECK(remembered->setValues == columns.setValues);
    CHECK(remembered->labelServiceColumn == u"Product"_s);
    CHECK(remembered->labelDimensionColumn.isEmpty());
    CHECK(remembered->sheet == u"March"_s);
    CHECK(remembered->serviceValueMap == columns.serviceValueMap);
    CHECK(remembered->dimensionValueMap.isEmpty());

    // Headers compare as the reader compares them: case, '_' and '-' aside.
    CHECK(service.rememberedColumnsFor(
        {u"date_received"_s, u"NARRATIVE-TEXT"_s, u"product"_s, u"Issue"_s}));
    // Without the label column it names, it is not offered.
    CHECK_FALSE(service.rememberedColumnsFor({u"Date received"_s, u"Narrative text"_s}));
}
