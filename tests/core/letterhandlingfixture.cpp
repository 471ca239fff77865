// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "letterhandlingfixture.h"

#include "catchqt.h"

#include <QFile>

namespace Yardstick::Testing {

QDateTime at(int month, int day, int hour)
{
    return QDateTime(QDate(2025, month, day), QTime(hour, 0), Qt::UTC);
}

ComplaintLetter resolvedLetter(const QDateTime &received, const QDateTime &resolved,
                               const QString &text)
{
    ComplaintLetter l;
    l.receivedAt = received;
    l.text = text;
    l.status = LetterStatus::Resolved;
    l.firstResponseAt = received;
    l.resolvedAt = resolved;
    return l;
}

HandlingFixture prepare(Workbench &workbench)
{
    Service service{0, QStringLiteral("APP"), QStringLiteral("Application processing"), {}};
    REQUIRE(workbench.services().insert(service).ok());
    Department department{0, QStringLiteral("NA"), QStringLiteral("New Accounts")};
    REQUIRE(workbench.departments().insert(department).ok());
    Dimension dimension{0, QStringLiteral("timeliness"), QStringLiteral("Timeliness"), true, {}};
    REQUIRE(workbench.dimensions().insert(dimension).ok());

    Standard s;
    s.code = QStringLiteral("CMP-R-03");
    s.title = QStringLiteral("Complaints resolved within three days");
    s.serviceId = service.id;
    s.dimensionId = dimension.id;
    s.departmentId = department.id;
    s.metric = Metric::TurnaroundDays;
    s.statistic = Statistic::shareWithin(3);
    s.direction = Direction::HigherIsBetter;
    s.unit = QStringLiteral("%");
    s.basis = BasisFlag::CustomerExpectation;
    s.rationale = QStringLiteral("Customers expect an answer within the working week.");
    s.revisions = {{QDate(2024, 1, 1), 90, 80, QStringLiteral("first"), {}, {}, {}}};
    REQUIRE(workbench.standardRepository().insert(s).ok());

    QList<ComplaintLetter> letters = {
        resolvedLetter(at(3, 3), at(3, 4), QStringLiteral("Letter one")),
        resolvedLetter(at(3, 5), at(3, 7, 21), QStringLiteral("Letter two")),
        resolvedLetter(at(3, 10), at(3, 15), QStringLiteral("Letter three")),
        resolvedLetter(at(3, 20), at(3, 24), QStringLiteral("Letter four")),
        resolvedLetter(at(2, 25), at(3, 2), QStringLiteral("Letter five")),
        resolvedLetter(at(4, 1), at(4, 2), QStringLiteral("Letter six")),
    };
    REQUIRE(workbench.letters().insertMany(letters).ok());
    REQUIRE(workbench.complaintHandling().setRule({s.id, ComplaintEvent::Resolution, false}).ok());
    return {s.id};
}

QList<Measurement> fromLetters(Workbench &workbench, qint64 standardId)
{
    QList<Measurement> result;
    for (const Measurement &m : workbench.measurements().forStandard(standardId)) {
        if (m.source == QStringLiteral("complaint letters"))
            result.append(m);
    }
    return result;
}

void checkSixLetterMeasurements(const QList<Measurement> &stored)
{
    REQUIRE(stored.size() == 2);
    CHECK(stored.at(0).periodStart == QDate(2025, 3, 1));
    CHECK(stored.at(0).periodEnd == QDate(2025, 3, 31));
    CHECK(stored.at(0).value == Approx(40));
    CHECK(stored.at(0).sampleSize == 5);
    CHECK(stored.at(1).periodStart == QDate(2025, 4, 1));
    CHECK(stored.at(1).value == Approx(100));
    CHECK(stored.at(1).sampleSize == 1);
}

QStringList writeLetters(const QTemporaryDir &dir)
{
    QStringList paths;
    const QList<QByteArray> texts = {
        "Dear Sir,\n\nMy application has been waiting for three weeks.\n",
        "Hello,\n\nThe card you sent has my name spelt wrong.\n"};
    for (int i = 0; i < texts.size(); ++i) {
        const QString path = dir.filePath(QStringLiteral("letter%1.txt").arg(i + 1));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(texts.at(i));
        paths.append(path);
    }
    return paths;
}

} // namespace Yardstick::Testing
