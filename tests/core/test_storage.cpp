// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "storage/transaction.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Yardstick;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// Makes a workbench file with one standard and closes it.
void makeWorkbenchFile(const QString &path)
{
    Workbench::OpenResult made = Workbench::create(path);
    REQUIRE(made.workbench);
    Service service{0, QStringLiteral("APP"), QStringLiteral("Application processing"), {}};
    REQUIRE(made.workbench->services().insert(service).ok());
}

} // namespace

// The revision also keeps who recorded it and what the planner predicted for
// it (schema v7), so the goal review can compare prediction and outcome.
TEST_CASE("a standard with its revisions survives a round trip through the file", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("round.yardstick"));
    Standard stored;
    {
        Workbench::OpenResult made = Workbench::create(path);
        REQUIRE(made.workbench);
        Testing::SmallCatalogue c;
        Service service{0, QStringLiteral("APP"), QStringLiteral("Application processing"), {}};
        REQUIRE(made.workbench->services().insert(service).ok());
        Department department{0, QStringLiteral("NA"), QStringLiteral("New Accounts")};
        REQUIRE(made.workbench->departments().insert(department).ok());
        Dimension dimension{
            0, QStringLiteral("timeliness"), QStringLiteral("Timeliness"), true, {}};
        REQUIRE(made.workbench->dimensions().insert(dimension).ok());
        c.serviceId = service.id;
        c.departmentId = department.id;
        c.dimensionId = dimension.id;
        stored = Testing::turnaroundStandard(c, QStringLiteral("APP-T-01"));
        stored.statistic = Statistic::shareWithin(2.5);
        stored.revisions = {
            {QDate(2023, 1, 2), 30, 40, QStringLiteral("Before"), {}, {}, {}},
            {QDate(2024, 3, 4),
             15,
             20,
             QStringLiteral("Quality programme"),
             QDateTime(QDate(2024, 2, 20), QTime(10, 30), Qt::UTC),
             QStringLiteral("M. Okafor"),
             {82.5, 75.0, 1402500.0, QStringLiteral("last 12 months, 7,812 cases")}}};
        REQUIRE(made.workbench->catalogue().add(stored).isEmpty());
        CHECK(stored.id > 0);
    }
    Workbench::OpenResult reopened = Workbench::open(path);
    REQUIRE(reopened.workbench);
    const QList<Standard> all = reopened.workbench->catalogue().standards();
    REQUIRE(all.size() == 1);
    CHECK(all.constFirst() == stored);
}

TEST_CASE("measurements, cases, letters and survey answers round-trip", "[storage]")
{
    Testing::SmallCatalogue c = Testing::smallCatalogue();
    Workbench &wb = *c.workbench;
    Standard s = Testing::turnaroundStandard(c, QStringLiteral("APP-T-01"));
    REQUIRE(wb.catalogue().add(s).isEmpty());

    QList<Measurement> measurements = {
        {0, s.id, QDate(2024, 1, 1), QDate(2024, 1, 7), 34.5, 180, QStringLiteral("ops")},
        {0, s.id, QDate(2024, 1, 8), QDate(2024, 1, 14), 33.0, std::nullopt, {}}};
    REQUIRE(wb.measurements().insertMany(measurements).ok());
    CHECK(wb.measurements().forStandard(s.id) == measurements);
    CHECK(wb.measurements().count() == 2);

    CaseRecord open;
    open.serviceId = c.serviceId;
    open.caseId = QStringLiteral("APP-1");
    open.receivedAt = Moment::fromDateTime(QDateTime(QDate(2024, 1, 2), QTime(9, 15), Qt::UTC));
    CaseRecord done = open;
    done.caseId = QStringLiteral("APP-2");
    done.completedAt = Moment::fromDateTime(QDateTime(QDate(2024, 1, 20), QTime(16, 0), Qt::UTC));
    done.rightFirstTime = RightFirstTime::No;
    done.departmentId = c.departmentId;
    done.keyCustomer = true;
    QList<CaseRecord> cases = {open, done};
    REQUIRE(wb.cases().insertMany(cases).ok());
    CHECK(wb.cases().forService(c.serviceId) == cases);

    ComplaintLetter letter;
    letter.reference = QStringLiteral("L-1");
    letter.receivedAt = QDateTime(QDate(2024, 2, 1), QTime(8, 0), Qt::UTC);
    letter.channel = LetterChannel::Email;
    letter.customerRef = QStringLiteral("CM-1");
    letter.language = QStringLiteral("zh");
    letter.text = QStringLiteral("我的新卡三个星期还没有收到。");
    letter.serviceId = c.serviceId;
    letter.primaryDimensionId = c.dimensionId;
    letter.labelStatus = LabelStatus::Confirmed;
    QList<ComplaintLetter> letters = {letter};
    REQUIRE(wb.letters().insertMany(letters).ok());
    CHECK(wb.letters().all() == letters);

    QList<SurveyResponse> answers = {{0, QStringLiteral("2024-Q1"), QStringLiteral("R1"),
                                      QStringLiteral("Q1"), c.dimensionId, 6, 4, std::nullopt,
                                      QStringLiteral("CM-1")}};
    REQUIRE(wb.surveyResponses().insertMany(answers).ok());
    CHECK(wb.surveyResponses().all() == answers);
}

TEST_CASE("a bulk write that fails part-way leaves nothing behind", "[storage]")
{
    Testing::SmallCatalogue c = Testing::smallCatalogue();
    CaseRecord a;
    a.serviceId = c.serviceId;
    a.caseId = QStringLiteral("APP-1");
    a.receivedAt = Moment::fromDateTime(QDateTime(QDate(2024, 1, 2), QTime(9, 0), Qt::UTC));
    QList<CaseRecord> cases = {a, a}; // the second repeats (service, case id)
    const StorageResult result = c.workbench->cases().insertMany(cases);
    CHECK_FALSE(result.ok());
    CHECK_FALSE(result.error().isEmpty());
    CHECK(c.workbench->cases().count() == 0);
}

TEST_CASE("a transaction inside another is a savepoint the outer one decides on", "[storage]")
{
    Testing::SmallCatalogue c = Testing::smallCatalogue();
    Workbench &wb = *c.workbench;
    const int servicesBefore = int(wb.services().all().size());
    const auto addService = [&wb](const QString &code) {
        Service s{0, code, code, {}};
        REQUIRE(wb.services().insert(s).ok()); // insert runs in its own Transaction
    };
    SECTION("an inner rollback undoes only the inner work")
    {
        Transaction outer(wb.database().connection());
        REQUIRE(outer.isActive());
        addService(QStringLiteral("KEEP"));
        {
            Transaction inner(wb.database().connection());
            REQUIRE(inner.isActive());
            addService(QStringLiteral("DROP"));
        } // not committed: rolled back to the savepoint
        REQUIRE(outer.commit().isEmpty());
        CHECK(wb.services().byCode(QStringLiteral("KEEP")));
        CHECK_FALSE(wb.services().byCode(QStringLiteral("DROP")));
    }
    SECTION("an outer rollback undoes committed inner work too")
    {
        {
            Transaction outer(wb.database().connection());
            Transaction inner(wb.database().connection());
            addService(QStringLiteral("GONE"));
            REQUIRE(inner.commit().isEmpty());
        } // outer not committed
        CHECK(int(wb.services().all().size()) == servicesBefore);
        CHECK_FALSE(wb.services().byCode(QStringLiteral("GONE")));
    }
}

TEST_CASE("the same letter text cannot be stored twice", "[storage]")
{
    Testing::SmallCatalogue c = Testing::smallCatalogue();
    ComplaintLetter letter;
    letter.text = QStringLiteral("My statement arrived after the due date.");
    QList<ComplaintLetter> once = {letter};
    REQUIRE(c.workbench->letters().insertMany(once).ok());
    QList<ComplaintLetter> again = {letter};
    CHECK_FALSE(c.workbench->letters().insertMany(again).ok());
    CHECK(c.workbench->letters().count() == 1);
}

TEST_CASE("the catalogue announces each committed change", "[storage][catalogue]")
{
    Testing::SmallCatalogue c = Testing::smallCatalogue();
    StandardCatalogue &catalogue = c.workbench->catalogue();
    QSignalSpy added(&catalogue, &StandardCatalogue::standardAdded);
    QSignalSpy updated(&catalogue, &StandardCatalogue::standardUpdated);
    QSignalSpy removed(&catalogue, &StandardCatalogue::standardRemoved);

    Standard s = Testing::turnaroundStandard(c, QStringLiteral("APP-T-01"));
    REQUIRE(catalogue.add(s).isEmpty());
    CHECK(added.count() == 1);

    s.title = QStringLiteral("Changed");
    REQUIRE(catalogue.update(s).isEmpty());
    CHECK(updated.count() == 1);
    CHECK(catalogue.standard(s.id)->title == QStringLiteral("Changed"));

    Standard invalid = s;
    invalid.title.clear();
    CHECK_FALSE(catalogue.update(invalid).isEmpty());
    CHECK(updated.count() == 1);
    CHECK(catalogue.standard(s.id)->title == QStringLiteral("Changed"));

    REQUIRE(catalogue.remove(s.id).isEmpty());
    CHECK(removed.count() == 1);
    CHECK_FALSE(catalogue.standard(s.id));

    // Undoing a deletion puts the standard back under its old id.
    const qint64 oldId = s.id;
    REQUIRE(catalogue.add(s).isEmpty());
    CHECK(s.id == oldId);
    CHECK(catalogue.standard(oldId)->code == QStringLiteral("APP-T-01"));
}

TEST_CASE("a standard with measurements cannot be deleted, only retired", "[storage][catalogue]")
{
    Testing::SmallCatalogue c = Testing::smallCatalogue();
    StandardCatalogue &catalogue = c.workbench->catalogue();
    Standard s = Testing::turnaroundStandard(c, QStringLiteral("APP-T-01"));
    REQUIRE(catalogue.add(s).isEmpty());
    QList<Measurement> m = {{0, s.id, QDate(2024, 1, 1), QDate(2024, 1, 7), 20, 10, {}}};
    REQUIRE(c.workbench->measurements().insertMany(m).ok());

    CHECK(catalogue.hasMeasurements(s.id));
    CHECK_FALSE(catalogue.remove(s.id).isEmpty());
    CHECK(catalogue.standard(s.id));

    s.status = StandardStatus::Retired;
    s.retiredOn = QDate(2024, 6, 30);
    CHECK(catalogue.update(s).isEmpty());
    CHECK(catalogue.standard(s.id)->status == StandardStatus::Retired);
}

TEST_CASE("opening what is not a workbench is refused and changes nothing", "[storage][open]")
{
    QTemporaryDir dir;
    SECTION("a missing file")
    {
        const Workbench::OpenResult r = Workbench::open(dir.filePath(QStringLiteral("none")));
        CHECK_FALSE(r.workbench);
        CHECK(r.error.kind == OpenError::Kind::NotFound);
    }
    SECTION("an empty file")
    {
        const QString path = dir.filePath(QStringLiteral("empty.yardstick"));
        writeFile(path, {});
        const Workbench::OpenResult r = Workbench::open(path);
        CHECK(r.error.kind == OpenError::Kind::NotAWorkbench);
        CHECK(QFile(path).size() == 0);
    }
    SECTION("a text file")
    {
        const QString path = dir.filePath(QStringLiteral("notes.yardstick"));
        writeFile(path, "code,title\nAPP-T-01,Processing\n");
        const QByteArray before = fileHash(path);
        const Workbench::OpenResult r = Workbench::open(path);
        CHECK(r.error.kind == OpenError::Kind::NotAWorkbench);
        CHECK(r.error.message.contains(QStringLiteral("notes.yardstick")));
        CHECK(fileHash(path) == before);
    }
    SECTION("another program's SQLite database")
    {
        const QString path = dir.filePath(QStringLiteral("other.db"));
        Testing::execOutsideYardstick(path, {QStringLiteral("CREATE TABLE t (x)")});
        const QByteArray before = fileHash(path);
        const Workbench::OpenResult r = Workbench::open(path);
        CHECK(r.error.kind == OpenError::Kind::NotAWorkbench);
        CHECK(fileHash(path) == before);
    }
}

TEST_CASE("a workbench from a newer Yardstick is refused untouched", "[storage][open]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.yardstick"));
    makeWorkbenchFile(path);
    Testing::execOutsideYardstick(path, {QStringLiteral("PRAGMA user_version = 99")});
    const QByteArray before = fileHash(path);
    const Workbench::OpenResult r = Workbench::open(path);
    CHECK_FALSE(r.workbench);
    CHECK(r.error.kind == OpenError::Kind::NewerSchema);
    CHECK(r.error.message.contains(QStringLiteral("99")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("a workbench whose schema version is negative is refused, not upgraded",
          "[storage][open]")
{
    // Found by fuzzing: the upgrade indexed the migrations at version - 1.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.yardstick"));
    makeWorkbenchFile(path);
    Testing::execOutsideYardstick(path, {QStringLiteral("PRAGMA user_version = -157")});
    const Workbench::OpenResult r = Workbench::open(path);
    CHECK_FALSE(r.workbench);
    CHECK(r.error.message.contains(QStringLiteral("-157")));
}

TEST_CASE("a read-only workbench is refused with a reason", "[storage][open]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked-down.yardstick"));
    makeWorkbenchFile(path);
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const Workbench::OpenResult r = Workbench::open(path);
    CHECK_FALSE(r.workbench);
    CHECK(r.error.kind == OpenError::Kind::ReadOnly);
    CHECK(r.error.message.contains(QStringLiteral("read-only")));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

TEST_CASE("a workbench another program is writing is reported as locked", "[storage][open]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("busy.yardstick"));
    makeWorkbenchFile(path);

    const QString name = QStringLiteral("other-program");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(path);
        REQUIRE(other.open());
        QSqlQuery hold(other);
        REQUIRE(hold.exec(QStringLiteral("BEGIN EXCLUSIVE")));

        Database::Options quick;
        quick.busyTimeoutMs = 50;
        const Workbench::OpenResult r = Workbench::open(path, quick);
        CHECK_FALSE(r.workbench);
        CHECK(r.error.kind == OpenError::Kind::Locked);

        hold.exec(QStringLiteral("ROLLBACK"));
        other.close();
    }
    QSqlDatabase::removeDatabase(name);
    CHECK(Workbench::open(path).workbench);
}

TEST_CASE("a damaged workbench is refused, not half-read", "[storage][open]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.yardstick"));
    makeWorkbenchFile(path);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    REQUIRE(size > 8192);
    // Keep the 100-byte header (so it still looks like our SQLite file) and
    // scribble over the schema page and everything after it.
    file.seek(100);
    file.write(QByteArray(int(size - 100), '\xA5'));
    file.close();
    const Workbench::OpenResult r = Workbench::open(path);
    CHECK_FALSE(r.workbench);
    CHECK((r.error.kind == OpenError::Kind::Corrupt ||
           r.error.kind == OpenError::Kind::NotAWorkbench));
    CHECK_FALSE(r.error.message.isEmpty());
}

TEST_CASE("creating refuses to overwrite an existing file", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("exists.yardstick"));
    writeFile(path, "keep me");
    const Workbench::OpenResult r = Workbench::create(path);
    CHECK(r.error.kind == OpenError::Kind::AlreadyExists);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == "keep me");
}

TEST_CASE("a copy of a workbench holds everything the original holds", "[storage][sqlite-only]")
{
    QTemporaryDir dir;
    Testing::SmallCatalogue c = Testing::smallCatalogue();
    Standard s = Testing::turnaroundStandard(c, QStringLiteral("APP-T-01"));
    REQUIRE(c.workbench->catalogue().add(s).isEmpty());
    const QString copy = dir.filePath(QStringLiteral("copy.yardstick"));
    REQUIRE(c.workbench->database().copyTo(copy).isEmpty());
    Workbench::OpenResult opened = Workbench::open(copy);
    REQUIRE(opened.workbench);
    CHECK(opened.workbench->catalogue().standards() == QList<Standard>{s});
}

TEST_CASE("Transaction::run keeps every step of a user action or none of them", "[storage]")
{
    auto wb = Testing::memoryWorkbench();
    PropertyRepository &properties = wb->properties();
    const QString key = QStringLiteral("test.run");

    SECTION("all steps succeed: committed")
    {
        const StorageResult done = Transaction::run(wb->database().connection(), [&] {
            REQUIRE(properties.setValue(key, QStringLiteral("first")).ok());
            return properties.setValue(key, QStringLiteral("second"));
        });
        CHECK(done.ok());
        CHECK(properties.value(key) == QStringLiteral("second"));
    }
    SECTION("a later step fails: the earlier write is gone and the reason comes back")
    {
        const StorageResult done = Transaction::run(wb->database().connection(), [&] {
            REQUIRE(properties.setValue(key, QStringLiteral("first")).ok());
            return StorageResult::failure(QStringLiteral("the refresh failed"));
        });
        CHECK_FALSE(done.ok());
        CHECK(done.error() == QStringLiteral("the refresh failed"));
        CHECK(properties.value(key).isEmpty());
    }
}
