// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "io/csvwriter.h"
#include "io/standardcatalogueexporter.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <limits>

using namespace Yardstick;

namespace {

// The column list of the CSV contract, written out by hand: if the exporter
// renames, reorders or drops a column, these tests fail.
const QByteArray kHeader = "code,title,service,dimension,metric,statistic,direction,target,"
                           "threshold,unit,department,basis,rationale,effective_from,"
                           "status,retired_on,day_basis\n";

// Restores the default locale when a test that changes it ends, pass or fail.
class DefaultLocaleGuard final
{
public:
    explicit DefaultLocaleGuard(const QLocale &locale) { QLocale::setDefault(locale); }
    ~DefaultLocaleGuard() { QLocale::setDefault(m_saved); }
    DefaultLocaleGuard(const DefaultLocaleGuard &) = delete;
    DefaultLocaleGuard &operator=(const DefaultLocaleGuard &) = delete;

private:
    QLocale m_saved;
};

// APP-T-01 with a title holding a comma, a rationale holding quotes and a
// line break, and two revisions: the export must show the second (current)
// one.
Standard revisedStandard(const Testing::SmallCatalogue &catalogue)
{
    Standard s = Testing::turnaroundStandard(catalogue, QStringLiteral("APP-T-01"));
    s.title = QStringLiteral("Processing time, new applications");
    s.statistic = Statistic::percentile(90);
    s.rationale = QStringLiteral("Letters say \"two weeks\" is fair.\nCompetitors take 18 days.");
    s.revisions = {{QDate(2023, 1, 2), 35, 40, QStringLiteral("Baseline"), {}, {}, {}},
                   {QDate(2024, 1, 1), 15, 20.5, QStringLiteral("Quality programme"), {}, {}, {}}};
    return s;
}

// A retired higher-is-better standard with a fractional target.
Standard retiredStandard(const Testing::SmallCatalogue &catalogue)
{
    Standard s = Testing::turnaroundStandard(catalogue, QStringLiteral("APP-T-02"));
    s.title = QStringLiteral("Share decided within 2 days");
    s.metric = Metric::RightFirstTimePct;
    s.statistic = Statistic::shareWithin(2);
    s.direction = Direction::HigherIsBetter;
    s.unit = QStringLiteral("%");
    s.basis = BasisFlag::Competition;
    s.rationale.clear();
    s.revisions = {{QDate(2023, 3, 1), 92.5, 85, QString(), {}, {}, {}}};
    s.status = StandardStatus::Retired;
    s.retiredOn = QDate(2024, 6, 30);
    return s;
}

// Both standards stored through the catalogue and read back, as the CLI
// sees them.
QList<Standard> storeBoth(Testing::SmallCatalogue &catalogue)
{
    Standard first = revisedStandard(catalogue);
    Standard second = retiredStandard(catalogue);
    REQUIRE(catalogue.workbench->catalogue().add(first).isEmpty());
    REQUIRE(catalogue.workbench->catalogue().add(second).isEmpty());
    return catalogue.workbench->catalogue().standards();
}

QJsonArray parseArray(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isArray());
    return document.array();
}

} // namespace

TEST_CASE("a CSV field is quoted only when it holds a comma, a quote or a line break", "[csv]")
{
    CHECK(CsvWriter::quoteField(QStringLiteral("APP-T-01")) == QStringLiteral("APP-T-01"));
    CHECK(CsvWriter::quoteField(QString()) == QString());
    CHECK(CsvWriter::quoteField(QStringLiteral("with space")) == QStringLiteral("with space"));
    CHECK(CsvWriter::quoteField(QStringLiteral("time, new")) == QStringLiteral("\"time, new\""));
    CHECK(CsvWriter::quoteField(QStringLiteral("say \"hi\"")) ==
          QStringLiteral("\"say \"\"hi\"\"\""));
    CHECK(CsvWriter::quoteField(QStringLiteral("one\ntwo")) == QStringLiteral("\"one\ntwo\""));
    CHECK(CsvWriter::quoteField(QStringLiteral("one\r\ntwo")) == QStringLiteral("\"one\r\ntwo\""));
    CHECK(CsvWriter::quoteField(QStringLiteral("\"")) == QStringLiteral("\"\"\"\""));
}

TEST_CASE("CSV records are UTF-8 without a BOM and end in a bare line feed", "[csv]")
{
    CsvWriter writer;
    writer.writeRecord({QStringLiteral("a"), QStringLiteral("b,c"), QString()});
    writer.writeRecord({QStringLiteral("Café"), QStringLiteral("办理时间")});
    // The second line's bytes spelt out: é is C3 A9; 办理时间 is four 3-byte
    // UTF-8 sequences.
    const QByteArray expected = "a,\"b,c\",\n"
                                "Caf\xC3\xA9,"
                                "\xE5\x8A\x9E\xE7\x90\x86\xE6\x97\xB6\xE9\x97\xB4\n";
    CHECK(writer.data() == expected);
    CHECK_FALSE(writer.data().startsWith("\xEF\xBB\xBF"));
}

TEST_CASE("CSV numbers are the shortest round-trip digits whatever the locale", "[csv]")
{
    const DefaultLocaleGuard german(QLocale(QLocale::German, QLocale::Germany));
    CHECK(CsvWriter::formatNumber(15) == QStringLiteral("15"));
    CHECK(CsvWriter::formatNumber(20.5) == QStringLiteral("20.5"));
    CHECK(CsvWriter::formatNumber(0.1) == QStringLiteral("0.1"));
    CHECK(CsvWriter::formatNumber(0.1 + 0.2) == QStringLiteral("0.30000000000000004"));
    CHECK(CsvWriter::formatNumber(1000000) == QStringLiteral("1000000"));
    CHECK(CsvWriter::formatNumber(-2.25) == QStringLiteral("-2.25"));
    CHECK(CsvWriter::formatNumber(0) == QStringLiteral("0"));
    CHECK(CsvWriter::formatNumber(std::numeric_limits<double>::quiet_NaN()).isEmpty());
}

TEST_CASE("the catalogue CSV header is the import contract", "[csv][export]")
{
    Testing::SmallCatalogue catalogue = Testing::smallCatalogue();
    const StandardCatalogueExporter exporter(*catalogue.workbench);
    CHECK(exporter.toCsv({}) == kHeader);
    // The first fourteen columns are the contract; later ones may only be
    // appended.
    const QStringList contract = {
        QStringLiteral("code"),      QStringLiteral("title"),         QStringLiteral("service"),
        QStringLiteral("dimension"), QStringLiteral("metric"),        QStringLiteral("statistic"),
        QStringLiteral("direction"), QStringLiteral("target"),        QStringLiteral("threshold"),
        QStringLiteral("unit"),      QStringLiteral("department"),    QStringLiteral("basis"),
        QStringLiteral("rationale"), QStringLiteral("effective_from")};
    CHECK(StandardCatalogueExporter::csvColumns().mid(0, contract.size()) == contract);
}

TEST_CASE("a standard's CSV row holds codes, keys and its current revision", "[csv][export]")
{
    Testing::SmallCatalogue catalogue = Testing::smallCatalogue();
    const QList<Standard> standards = storeBoth(catalogue);
    const StandardCatalogueExporter exporter(*catalogue.workbench);

    const QByteArray expected =
        kHeader +
        "APP-T-01,\"Processing time, new applications\",APP,timeliness,turnaround_days,p90,"
        "lower,15,20.5,days,NA,customer_expectation;economics,"
        "\"Letters say \"\"two weeks\"\" is fair.\nCompetitors take 18 days.\","
        "2024-01-01,active,,calendar\n" +
        "APP-T-02,Share decided within 2 days,APP,timeliness,right_first_time_pct,within:2,"
        "higher,92.5,85,%,NA,competition,,2023-03-01,retired,2024-06-30,calendar\n";
    CHECK(exporter.toCsv(standards) == expected);
}

TEST_CASE("a standard's JSON object has the CSV keys, names and every revision", "[export]")
{
    Testing::SmallCatalogue catalogue = Testing::smallCatalogue();
    const QList<Standard> standards = storeBoth(catalogue);
    const StandardCatalogueExporter exporter(*catalogue.workbench);

    const QJsonArray array = parseArray(exporter.toJson(standards));
    REQUIRE(array.size() == 2);

    const QJsonObject first = array.at(0).toObject();
    CHECK(first.value(QStringLiteral("code")) == QStringLiteral("APP-T-01"));
    CHECK(first.value(QStringLiteral("title")) ==
          QStringLiteral("Processing time, new applications"));
    CHECK(first.value(QStringLiteral("service")) == QStringLiteral("APP"));
    CHECK(first.value(QStringLiteral("service_name")) == QStringLiteral("Application processing"));
    CHECK(first.value(QStringLiteral("dimension")) == QStringLiteral("timeliness"));
    CHECK(first.value(QStringLiteral("department")) == QStringLiteral("NA"));
    CHECK(first.value(QStringLiteral("department_name")) == QStringLiteral("New Accounts"));
    CHECK(first.value(QStringLiteral("metric")) == QStringLiteral("turnaround_days"));
    CHECK(first.value(QStringLiteral("statistic")) == QStringLiteral("p90"));
    CHECK(first.value(QStringLiteral("direction")) == QStringLiteral("lower"));
    CHECK(first.value(QStringLiteral("unit")) == QStringLiteral("days"));
    REQUIRE(first.value(QStringLiteral("target")).isDouble());
    CHECK(first.value(QStringLiteral("target")).toDouble() == 15);
    REQUIRE(first.value(QStringLiteral("threshold")).isDouble());
    CHECK(first.value(QStringLiteral("threshold")).toDouble() == 20.5);
    CHECK(first.value(QStringLiteral("basis")).toArray() ==
          QJsonArray{QStringLiteral("customer_expectation"), QStringLiteral("economics")});
    CHECK(first.value(QStringLiteral("rationale")) ==
          QStringLiteral("Letters say \"two weeks\" is fair.\nCompetitors take 18 days."));
    CHECK(first.value(QStringLiteral("effective_from")) == QStringLiteral("2024-01-01"));
    CHECK(first.value(QStringLiteral("status")) == QStringLiteral("active"));
    REQUIRE(first.contains(QStringLiteral("retired_on")));
    CHECK(first.value(QStringLiteral("retired_on")).isNull());

    const QJsonArray revisions = first.value(QStringLiteral("revisions")).toArray();
    REQUIRE(revisions.size() == 2);
    const QJsonObject baseline = revisions.at(0).toObject();
    CHECK(baseline.value(QStringLiteral("effective_from")) == QStringLiteral("2023-01-02"));
    CHECK(baseline.value(QStringLiteral("target")).toDouble() == 35);
    CHECK(baseline.value(QStringLiteral("threshold")).toDouble() == 40);
    CHECK(baseline.value(QStringLiteral("reason")) == QStringLiteral("Baseline"));
    const QJsonObject programme = revisions.at(1).toObject();
    CHECK(programme.value(QStringLiteral("effective_from")) == QStringLiteral("2024-01-01"));
    CHECK(programme.value(QStringLiteral("reason")) == QStringLiteral("Quality programme"));

    const QJsonObject second = array.at(1).toObject();
    CHECK(second.value(QStringLiteral("code")) == QStringLiteral("APP-T-02"));
    CHECK(second.value(QStringLiteral("target")).toDouble() == 92.5);
    CHECK(second.value(QStringLiteral("statistic")) == QStringLiteral("within:2"));
    CHECK(second.value(QStringLiteral("direction")) == QStringLiteral("higher"));
    CHECK(second.value(QStringLiteral("basis")).toArray() ==
          QJsonArray{QStringLiteral("competition")});
    CHECK(second.value(QStringLiteral("status")) == QStringLiteral("retired"));
    CHECK(second.value(QStringLiteral("retired_on")) == QStringLiteral("2024-06-30"));
}

TEST_CASE("an empty catalogue exports as an empty JSON array", "[export]")
{
    Testing::SmallCatalogue catalogue = Testing::smallCatalogue();
    const StandardCatalogueExporter exporter(*catalogue.workbench);
    CHECK(parseArray(exporter.toJson({})).isEmpty());
}

TEST_CASE("the text table keeps one line per standard in aligned columns", "[export]")
{
    Testing::SmallCatalogue catalogue = Testing::smallCatalogue();
    Standard s = revisedStandard(catalogue);
    s.title = QStringLiteral("Mean processing time of new card applications from the day "
                             "the form arrives\nto the day the card is posted");
    REQUIRE(catalogue.workbench->catalogue().add(s).isEmpty());
    const StandardCatalogueExporter exporter(*catalogue.workbench);

    const QStringList lines =
        exporter.toTable(catalogue.workbench->catalogue().standards()).split(QLatin1Char('\n'));
    // Header, rule, one row, and the empty string after the last line end:
    // the line break inside the title did not split the row.
    REQUIRE(lines.size() == 4);
    CHECK(lines.at(3).isEmpty());
    const QString &header = lines.at(0);
    const QString &row = lines.at(2);
    CHECK(row.startsWith(QStringLiteral("APP-T-01")));
    CHECK(row.contains(QStringLiteral("Mean processing time")));
    CHECK(row.contains(QChar(0x2026))); // the long title was shortened
    CHECK_FALSE(row.contains(QStringLiteral("posted")));
    // Columns line up: the service code sits under "Service", and the
    // right-aligned target ends where "Target" ends.
    CHECK(row.indexOf(QStringLiteral(" APP ")) + 1 == header.indexOf(QStringLiteral("Service")));
    const qsizetype targetEnd = header.indexOf(QStringLiteral("Target")) + 6;
    CHECK(row.mid(targetEnd - 2, 2) == QStringLiteral("15"));
    CHECK(row.endsWith(QStringLiteral("Active")));
}
