// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// An audit checklist file imported into a new workbench holding one
// department and one template (items on a 1..5 and a 0..10 scale), as the
// audits import does. The first byte picks the date format and whether bad
// rows are skipped. A fresh workbench per input keeps runs independent.
#include "audits/auditimporter.h"
#include "fuzzsupport.h"
#include "workbench/workbench.h"

using namespace Yardstick;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    Fuzz::Input input(data, size);
    static const DateFormat formats[] = {DateFormat::Auto, DateFormat::Iso,
                                         DateFormat::DayMonthYear, DateFormat::MonthDayYear};
    const DateFormat format = formats[input.choose(4)];
    ImportOptions options;
    options.skipBadRows = input.choose(2) == 1;
    options.today = QDate(2025, 2, 3);
    const QString path = Fuzz::writeInput(u"audits.csv"_s, input.rest());

    // The template's id is the same in every copy.
    static qint64 templateId = 0;
    const std::unique_ptr<Workbench> workbench =
        Fuzz::freshWorkbench(u"audit.yardstick"_s, [](Workbench &prepared) {
            Department department{0, u"NA"_s, u"New Accounts"_s};
            AuditTemplate checklist;
            checklist.name = u"Telephone service behaviour"_s;
            checklist.items = {{0, 0, u"GREET"_s, u"Greets the customer"_s, 5, 1, 0},
                               {0, 0, u"ATTITUDE"_s, u"Attitude"_s, 10, 1, 1}};
            if (!prepared.departments().insert(department).ok() ||
                !prepared.audits().insertTemplate(checklist).ok())
                return false;
            templateId = checklist.id;
            return true;
        });
    (void)AuditImporter(*workbench).run(path, templateId, options, format);
    return 0;
}
