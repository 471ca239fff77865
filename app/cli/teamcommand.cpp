// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamcommand.h"

#include "console.h"
#include "exitcode.h"
#include "io/csvwriter.h"
#include "storage/serveraddress.h"
#include "storage/teamroles.h"
#include "workbench/workbench.h"

#include <QCommandLineParser>
#include <QDir>

namespace Yardstick {

namespace {

QString grantedLine(TeamRoles::Role role, const QString &user, const QString &workbench)
{
    switch (role) {
    case TeamRoles::Role::Viewer:
        return TeamCommand::tr("%1 is now a viewer of %2: reads everything, changes nothing.")
            .arg(user, workbench);
    case TeamRoles::Role::Analyst:
        return TeamCommand::tr("%1 is now an analyst of %2: imports and edits the data, reads "
                               "the catalogue.")
            .arg(user, workbench);
    case TeamRoles::Role::Owner:
        break;
    }
    return TeamCommand::tr("%1 is now an owner of %2: edits everything, the catalogue included, "
                           "and may grant these roles to others.")
        .arg(user, workbench);
}

} // namespace

QString TeamCommand::name() const
{
    return QStringLiteral("team");
}

QString TeamCommand::summary() const
{
    return tr("Grant the viewer, analyst or owner role of a team workbench, or list who has "
              "which.");
}

int TeamCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Who may do what on a team workbench on a PostgreSQL server. A viewer reads "
           "everything and changes nothing; an analyst also imports and edits the data (cases, "
           "letters and their labels, surveys, audits, measurements, phases, value models); an "
           "owner also edits the catalogue (standards, targets, holidays, dimensions) and "
           "grants the roles. The server enforces them: they hold for every program that "
           "connects.\n\n"
           "\"team grant URI --user NAME --role ROLE\" makes NAME a member of that role of the "
           "workbench's database and of no other, creating the roles and the user (a login "
           "role without a password) if needed. The first grant, and a grant to a new user, "
           "need a superuser or a role with CREATEROLE, usually whoever created the workbench; "
           "after that an owner grants the roles to existing users. Run as the owner of the "
           "workbench's tables, it also grants the table privileges again (after an upgrade "
           "added tables).\n\n"
           "\"team list URI\" prints the users with a role, as CSV (user,role)."));
    const QCommandLineOption user(QStringLiteral("user"), tr("The PostgreSQL user (login role)."),
                                  tr("NAME"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  tr("The role to grant: viewer, analyst or owner."), tr("ROLE"));
    const QCommandLineOption department(
        QStringLiteral("department"),
        tr("Only the cases of this department (not supported yet: refused)."), tr("CODE"));
    parser.addOptions({user, role, department});
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("grant or list."), tr("grant|list"));
    parser.addPositionalArgument(QStringLiteral("URI"),
                                 tr("The team workbench: a postgresql:// address."), tr("URI"));
    if (const std::optional<int> exitCode = parse(parser, arguments))
        return *exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.at(1).isEmpty())
        return usageError(tr("Give the action (grant or list) and the team workbench's address."));
    const QString action = positional.at(0);
    const QString address = positional.at(1);
    if (action != QLatin1String("grant") && action != QLatin1String("list"))
        return usageError(tr("Unknown action \"%1\": use grant or list.").arg(action));
    if (!ServerAddress::isServerAddress(address)) {
        return usageError(
            tr("%1 is a workbench file. Roles belong to a team workbench on a PostgreSQL server "
               "(a postgresql:// address); a file has one user, who may do everything.")
                .arg(QDir::toNativeSeparators(address)));
    }
    std::optional<TeamRoles::Role> chosen;
    if (action == QLatin1String("grant")) {
        if (!parser.isSet(user) || parser.value(user).trimmed().isEmpty())
            return usageError(tr("Give the user to grant the role to: --user NAME."));
        if (!parser.isSet(role))
            return usageError(tr("Give the role: --role viewer, analyst or owner."));
        chosen = TeamRoles::fromKey(parser.value(role));
        if (!chosen) {
            return usageError(
                tr("--role %1: use viewer, analyst or owner.").arg(parser.value(role)));
        }
        if (parser.isSet(department)) {
            return usageError(
                tr("--department is not supported yet: a role reaches every department's "
                   "cases. Grant the role without it, or wait for a version that limits a "
                   "department head to their own department's cases."));
        }
    } else if (parser.isSet(user) || parser.isSet(role) || parser.isSet(department)) {
        return usageError(tr("team list takes no --user, --role or --department."));
    }

    const std::unique_ptr<Workbench> opened = openWorkbench(address);
    if (!opened)
        return ExitCode::BadInput;
    const QString shown = ServerAddress::shown(address);
    TeamRoles roles(opened->database().connection());

    if (!chosen) {
        QString error;
        const QList<TeamRoles::Member> members = roles.members(&error);
        if (!error.isEmpty()) {
            Console::printError(tr("Cannot read the roles of %1: %2").arg(shown, error));
            return ExitCode::BadInput;
        }
        CsvWriter csv;
        csv.writeRecord({QStringLiteral("user"), QStringLiteral("role")});
        for (const TeamRoles::Member &member : members)
            csv.writeRecord({member.user, TeamRoles::key(member.role)});
        return Console::writeData(csv.data()) ? ExitCode::Success : Console::outputFailed();
    }

    const QString name = parser.value(user).trimmed();
    const TeamRoles::GrantOutcome outcome = roles.grant(name, *chosen);
    if (!outcome.error.isEmpty()) {
        Console::printError(tr("Cannot grant the %1 role of %2 to %3: %4")
                                .arg(TeamRoles::key(*chosen), shown, name, outcome.error));
        return ExitCode::BadInput;
    }
    QStringList lines;
    if (outcome.userCreated) {
        lines.append(tr("Created the user %1 (a login role) without a password. To give it one, a "
                        "superuser runs: ALTER ROLE \"%1\" PASSWORD '…'; %1 can then keep it in "
                        "~/.pgpass (host:port:database:%1:password), so no program asks for it.")
                         .arg(name));
    }
    for (const QString &group : outcome.removedFrom)
        lines.append(tr("%1 is no longer in %2.").arg(name, group));
    lines.append(grantedLine(*chosen, name, shown));
    if (!Console::writeText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n')))
        return Console::outputFailed();
    return ExitCode::Success;
}

} // namespace Yardstick
