// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Recognising the case exports of the usual service-desk systems by their
// headers, and what Yardstick proposes for each. The headers are those the
// systems write, extra columns and all.
#include "catchqt.h"
#include "import/datepattern.h"
#include "import/exportpresets.h"

using namespace Yardstick;
using namespace Qt::StringLiterals;

namespace {

QStringList header(const char *line)
{
    return QString::fromUtf8(line).split(u',');
}

RecognisedExport recognised(const char *line)
{
    const std::optional<RecognisedExport> found = recogniseExport(header(line));
    REQUIRE(found);
    return *found;
}

QMap<CaseField, QString> mapping(std::initializer_list<std::pair<CaseField, QString>> entries)
{
    QMap<CaseField, QString> columns;
    for (const auto &[field, column] : entries)
        columns.insert(field, column);
    return columns;
}

} // namespace

TEST_CASE("a ServiceNow incident export is mapped with completed as resolved_at and no key "
          "customer from priority",
          "[exportpresets]")
{
    const RecognisedExport found =
        recognised("number,opened_at,short_description,caller_id,priority,state,category,"
                   "assignment_group,assigned_to,sys_updated_on,sys_mod_count,resolved_at,"
                   "closed_at");
    CHECK(found.name == u"ServiceNow incident export"_s);
    CHECK(found.settings.columns == mapping({{CaseField::CaseId, u"number"_s},
                                             {CaseField::Received, u"opened_at"_s},
                                             {CaseField::Completed, u"resolved_at"_s},
                                             {CaseField::Service, u"category"_s},
                                             {CaseField::Department, u"assignment_group"_s}}));
    CHECK_FALSE(found.settings.columns.contains(CaseField::KeyCustomer));
    CHECK(found.settings.latestBy == u"sys_mod_count"_s);
    CHECK(found.settings.caseIds == CaseIdentity::Global);
    CHECK(found.settings.dateFormat == DateFormat::Auto);
    CHECK(describeRecognisedExport(found.name, found.settings) ==
          u"Recognised a ServiceNow incident export: case_id=number, received=opened_at, "
          "completed=resolved_at, service=category, department=assignment_group; latest row by "
          "sys_mod_count; case ids are global."_s);
}

TEST_CASE("a ServiceNow export without resolved_at completes at closed_at, and without "
          "sys_mod_count takes the latest row by sys_updated_on",
          "[exportpresets]")
{
    const RecognisedExport found = recognised(
        "number,opened_at,short_description,priority,category,assignment_group,sys_updated_on,"
        "closed_at");
    CHECK(found.settings.columns.value(CaseField::Completed) == u"closed_at"_s);
    CHECK(found.settings.latestBy == u"sys_updated_on"_s);
}

TEST_CASE("a ServiceNow request export reads the catalogue item as the service", "[exportpresets]")
{
    const RecognisedExport found =
        recognised("number,request,cat_item,requested_for,opened_at,stage,state,"
                   "assignment_group,assigned_to,closed_at,sys_updated_on,sys_mod_count");
    CHECK(found.name == u"ServiceNow request export"_s);
    CHECK(found.settings.columns == mapping({{CaseField::CaseId, u"number"_s},
                                             {CaseField::Received, u"opened_at"_s},
                                             {CaseField::Completed, u"closed_at"_s},
                                             {CaseField::Service, u"cat_item"_s},
                                             {CaseField::Department, u"assignment_group"_s}}));
    CHECK(found.settings.latestBy == u"sys_mod_count"_s);
    CHECK(found.settings.caseIds == CaseIdentity::Global);
}

TEST_CASE("a Zendesk ticket export is mapped from its Id, Created at, Solved at and Group",
          "[exportpresets]")
{
    const RecognisedExport found =
        recognised("Id,Requester,Requester id,Requester email,Submitter,Assignee,Group,Subject,"
                   "Tags,Status,Priority,Via,Ticket type,Created at,Updated at,Assigned at,"
                   "Organization,Due date,Initially assigned at,Solved at,Resolution time,"
                   "Satisfaction Score,Reopens,Replies,Category [list]");
    CHECK(found.name == u"Zendesk ticket export"_s);
    CHECK(found.settings.columns == mapping({{CaseField::CaseId, u"Id"_s},
                                             {CaseField::Received, u"Created at"_s},
                                             {CaseField::Completed, u"Solved at"_s},
                                             {CaseField::Service, u"Category [list]"_s},
                                             {CaseField::Department, u"Group"_s}}));
    CHECK(found.settings.latestBy == u"Updated at"_s);
    CHECK(found.settings.caseIds == CaseIdentity::Global);
}

TEST_CASE("a Zendesk export without a category leaves the service to the analyst",
          "[exportpresets]")
{
    const RecognisedExport found =
        recognised("Id,Requester,Group,Subject,Status,Priority,Ticket type,Created at,"
                   "Updated at,Solved at");
    // The group is the team, and Priority or Ticket type no service.
    CHECK_FALSE(found.settings.columns.contains(CaseField::Service));
    CHECK(found.settings.columns.value(CaseField::Department) == u"Group"_s);
    CHECK_FALSE(found.settings.columns.contains(CaseField::KeyCustomer));
}

TEST_CASE("a Jira Service Management export reads the request type as the service and its "
          "dates with Jira's pattern",
          "[exportpresets]")
{
    const RecognisedExport found = recognised(
        "Summary,Issue key,Issue id,Issue Type,Status,Project key,Priority,Resolution,Assignee,"
        "Reporter,Created,Updated,Resolved,Custom field (Request Type),Custom field (Team)");
    CHECK(found.name == u"Jira Service Management export"_s);
    CHECK(found.settings.columns == mapping({{CaseField::CaseId, u"Issue key"_s},
                                             {CaseField::Received, u"Created"_s},
                                             {CaseField::Completed, u"Resolved"_s},
                                             {CaseField::Service, u"Custom field (Request Type)"_s},
                                             {CaseField::Department, u"Custom field (Team)"_s}}));
    CHECK(found.settings.latestBy == u"Updated"_s);
    CHECK(found.settings.caseIds == CaseIdentity::Global);
    CHECK(found.settings.dateFormat == DateFormat::Pattern);
    CHECK(found.settings.datePattern == u"d/MMM/yy h:mm AP"_s);
    // As Jira writes them: 13 February 2025, 9:30 in the morning.
    const std::optional<DatePattern> jira = DatePattern::compile(found.settings.datePattern);
    REQUIRE(jira);
    const std::optional<Moment> created = jira->parse(u"13/Feb/25 9:30 AM"_s);
    REQUIRE(created);
    CHECK(created->date == QDate(2025, 2, 13));
    CHECK(created->secondOfDay == std::optional<int>(9 * 3600 + 30 * 60));

    // Without a request type, the issue type is the nearest thing.
    const RecognisedExport plain =
        recognised("Summary,Issue key,Issue id,Issue Type,Status,Created,Updated,Resolved");
    CHECK(plain.settings.columns.value(CaseField::Service) == u"Issue Type"_s);
}

TEST_CASE("a Salesforce Service Cloud case export is mapped from Case Number and Date/Time "
          "Opened",
          "[exportpresets]")
{
    const RecognisedExport found =
        recognised("Case Owner,Subject,Date/Time Opened,Date/Time Closed,Case Number,"
                   "Case Origin,Type,Status,Priority,Account Name,Case Reason,"
                   "Last Modified Date");
    CHECK(found.name == u"Salesforce Service Cloud case export"_s);
    CHECK(found.settings.columns == mapping({{CaseField::CaseId, u"Case Number"_s},
                                             {CaseField::Received, u"Date/Time Opened"_s},
                                             {CaseField::Completed, u"Date/Time Closed"_s},
                                             {CaseField::Service, u"Type"_s}}));
    CHECK(found.settings.latestBy == u"Last Modified Date"_s);
    CHECK(found.settings.caseIds == CaseIdentity::Global);
    // The exporting user's locale decides Salesforce's dates: the file tells.
    CHECK(found.settings.dateFormat == DateFormat::Auto);
}

TEST_CASE("a Freshdesk ticket export is mapped from Ticket ID, Created time and Resolved time",
          "[exportpresets]")
{
    const RecognisedExport found =
        recognised("Ticket ID,Subject,Status,Priority,Source,Type,Agent,Group,Created time,"
                   "Due by Time,Resolved time,Closed time,Last updated time,"
                   "Initial response time,Resolution status,Tags,Contact ID,Full name");
    CHECK(found.name == u"Freshdesk ticket export"_s);
    CHECK(found.settings.columns == mapping({{CaseField::CaseId, u"Ticket ID"_s},
                                             {CaseField::Received, u"Created time"_s},
                                             {CaseField::Completed, u"Resolved time"_s},
                                             {CaseField::Service, u"Type"_s},
                                             {CaseField::Department, u"Group"_s}}));
    CHECK(found.settings.latestBy == u"Last updated time"_s);
    CHECK(found.settings.caseIds == CaseIdentity::Global);
}

TEST_CASE("a regulator's complaint register reads the product as the service and the date sent "
          "to the company as completed",
          "[exportpresets]")
{
    const RecognisedExport found = recognised(
        "Date received,Product,Sub-product,Issue,Sub-issue,Consumer complaint narrative,"
        "Company public response,Company,State,ZIP code,Tags,Consumer consent provided?,"
        "Submitted via,Date sent to company,Company response to consumer,Timely response?,"
        "Consumer disputed?,Complaint ID");
    CHECK(found.name == u"regulator-style complaint register"_s);
    CHECK(found.settings.columns == mapping({{CaseField::CaseId, u"Complaint ID"_s},
                                             {CaseField::Received, u"Date received"_s},
                                             {CaseField::Completed, u"Date sent to company"_s},
                                             {CaseField::Service, u"Product"_s}}));
    CHECK(found.settings.latestBy.isEmpty());
    CHECK(found.settings.caseIds == CaseIdentity::Global);
    CHECK(describeRecognisedExport(found.name, found.settings) ==
          u"Recognised a regulator-style complaint register: case_id=Complaint ID, "
          "received=Date received, completed=Date sent to company, service=Product; case ids "
          "are global."_s);
}

TEST_CASE("headers are matched ignoring case, spaces and underscores", "[exportpresets]")
{
    const RecognisedExport found =
        recognised(" NUMBER , Opened At,Category,Assignment Group,Resolved At,Sys Mod Count");
    CHECK(found.name == u"ServiceNow incident export"_s);
    CHECK(found.settings.columns.value(CaseField::Received) == u"Opened At"_s);
    CHECK(found.settings.columns.value(CaseField::CaseId) == u"NUMBER"_s);
    CHECK(found.settings.latestBy == u"Sys Mod Count"_s);
}

TEST_CASE("a generic case file is not taken for a known export", "[exportpresets]")
{
    CHECK_FALSE(recogniseExport(
        header("service,case_id,received,completed,right_first_time,department,key_customer")));
    CHECK_FALSE(recogniseExport(header("Ticket,Opened,Closed,Svc")));
    // A number and an opening date alone are not yet ServiceNow.
    CHECK_FALSE(recogniseExport(header("number,opened_at,closed_at,team")));
    // Nor is a case number without Salesforce's opening column.
    CHECK_FALSE(recogniseExport(header("Case Number,Opened,Closed,Type")));
    CHECK_FALSE(recogniseExport(header("Id,Created at,Closed at,Group")));
    CHECK_FALSE(recogniseExport({}));
}
