// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "itemmodels/complaintfilterproxymodel.h"
#include "itemmodels/complaintlistmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>

using namespace Yardstick;

namespace {

using Testing::ModelComplaints;

constexpr qint64 kApp = 1;
constexpr qint64 kBil = 2;
constexpr qint64 kTimeliness = 11;
constexpr qint64 kAccuracy = 12;

ReferenceData reference()
{
    ReferenceData r;
    r.services = {{kApp, QStringLiteral("APP"), QStringLiteral("Application processing"), {}},
                  {kBil, QStringLiteral("BIL"), QStringLiteral("Billing statement delivery"), {}}};
    r.dimensions = {
        {kTimeliness, QStringLiteral("timeliness"), QStringLiteral("Timeliness"), true,
         std::nullopt},
        {kAccuracy, QStringLiteral("accuracy"), QStringLiteral("Accuracy"), true, std::nullopt}};
    return r;
}

ComplaintLetter letter(qint64 id, const QString &reference, QDate received, bool key)
{
    ComplaintLetter l;
    l.id = id;
    l.reference = reference;
    l.receivedAt = QDateTime(received, QTime(10, 0));
    l.keyCustomer = key;
    l.text = QStringLiteral("\n  Dear Sir,  \nmy card %1 never arrived.").arg(reference);
    return l;
}

// Four letters: two from key customers. Working order by hand: key
// customers first (D of 1 Feb before B of 1 Jan, newest first), then the
// others newest first (C of 1 May, then A of 1 Mar).
QList<ComplaintLetter> fourLetters()
{
    ComplaintLetter a = letter(1, QStringLiteral("A"), QDate(2024, 3, 1), false);
    a.serviceId = kApp;
    a.dimensions = {{kTimeliness, 0.8}, {kAccuracy, 0.4}};
    a.labelStatus = LabelStatus::Suggested;
    ComplaintLetter b = letter(2, QStringLiteral("B"), QDate(2024, 1, 1), true);
    b.serviceId = kBil;
    b.dimensions = {{kAccuracy, 1.0}};
    b.labelStatus = LabelStatus::Confirmed;
    b.status = LetterStatus::Resolved;
    ComplaintLetter c = letter(3, QStringLiteral("C"), QDate(2024, 5, 1), false);
    c.serviceId = kApp;
    c.dimensions = {{kAccuracy, 0.9}};
    c.status = LetterStatus::InProgress;
    c.text = QStringLiteral("The statement showed the wrong amount.");
    ComplaintLetter d = letter(4, QStringLiteral("D"), QDate(2024, 2, 1), true);
    return {a, b, c, d};
}

QStringList references(const QAbstractItemModel &model)
{
    QStringList refs;
    for (int row = 0; row < model.rowCount(); ++row)
        refs.append(model.index(row, ComplaintListModel::ReferenceColumn).data().toString());
    return refs;
}

} // namespace

TEST_CASE("the complaint list puts key customers first, then the newest", "[itemmodels][letters]")
{
    ModelComplaints complaints;
    ComplaintListModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setReference(reference());
    model.setLetters(fourLetters());
    CHECK(references(model) == QStringList{QStringLiteral("D"), QStringLiteral("B"),
                                           QStringLiteral("C"), QStringLiteral("A")});
    const int a = model.rowOf(1);
    CHECK(model.index(a, ComplaintListModel::DimensionColumn).data() ==
          QStringLiteral("Timeliness (+ Accuracy)"));
    CHECK(model.index(a, ComplaintListModel::ServiceColumn).data() ==
          QStringLiteral("Application processing"));
    CHECK(model.index(a, ComplaintListModel::LabelStatusColumn).data() ==
          QStringLiteral("Suggested"));
    // The first line that has text, trimmed.
    CHECK(model.index(a, ComplaintListModel::TextColumn).data() == QStringLiteral("Dear Sir,"));
    CHECK(model.index(a, 0).data(DimensionIdRole) == kTimeliness);
    CHECK(model.index(model.rowOf(2), 0).data(KeyCustomerRole) == true);
    CHECK(model.index(model.rowOf(2), ComplaintListModel::FlagColumn).data() ==
          QStringLiteral("Key"));
    CHECK(model.index(model.rowOf(3), ComplaintListModel::StatusColumn).data() ==
          QStringLiteral("In progress"));

    // A changed letter keeps its row.
    ComplaintLetter changed = model.letterAt(a);
    changed.labelStatus = LabelStatus::Confirmed;
    model.setLetter(changed);
    CHECK(model.rowOf(1) == a);
    CHECK(model.index(a, 0).data(LabelStatusRole) == int(LabelStatus::Confirmed));
    CHECK(complaints.messages().isEmpty());
}

TEST_CASE("the complaint filter narrows by service, dimension, status, key customer, date and "
          "text",
          "[itemmodels][letters]")
{
    ModelComplaints complaints;
    ComplaintListModel model;
    model.setReference(reference());
    model.setLetters(fourLetters());
    ComplaintFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    // Sorted on the flag column the proxy keeps the working order.
    proxy.sort(ComplaintListModel::FlagColumn);
    REQUIRE(proxy.rowCount() == 4);

    const auto shown = [&](const ComplaintFilter &filter) {
        proxy.setFilter(filter);
        return references(proxy);
    };
    ComplaintFilter byService;
    byService.serviceId = kApp;
    CHECK(shown(byService) == QStringList{QStringLiteral("C"), QStringLiteral("A")});

    // A counts: accuracy is its second dimension. D has none.
    ComplaintFilter byDimension;
    byDimension.dimensionId = kAccuracy;
    CHECK(shown(byDimension) ==
          QStringList{QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("A")});

    ComplaintFilter byStatus;
    byStatus.status = int(LetterStatus::New);
    CHECK(shown(byStatus) == QStringList{QStringLiteral("D"), QStringLiteral("A")});

    ComplaintFilter byLabels;
    byLabels.labelStatus = int(LabelStatus::Unlabelled);
    CHECK(shown(byLabels) == QStringList{QStringLiteral("D"), QStringLiteral("C")});

    ComplaintFilter keyOnly;
    keyOnly.keyCustomersOnly = true;
    CHECK(shown(keyOnly) == QStringList{QStringLiteral("D"), QStringLiteral("B")});

    // 1 Feb to 1 Mar, both days included: D (1 Feb) and A (1 Mar).
    ComplaintFilter byDate;
    byDate.from = QDate(2024, 2, 1);
    byDate.to = QDate(2024, 3, 1);
    CHECK(shown(byDate) == QStringList{QStringLiteral("D"), QStringLiteral("A")});

    // Text anywhere in the letter, not only its first line.
    ComplaintFilter byText;
    byText.text = QStringLiteral("WRONG amount");
    CHECK(shown(byText) == QStringList{QStringLiteral("C")});

    ComplaintFilter together = byService;
    together.status = int(LetterStatus::New);
    CHECK(shown(together) == QStringList{QStringLiteral("A")});

    CHECK(shown(ComplaintFilter()).size() == 4);
    CHECK(complaints.messages().isEmpty());
}

TEST_CASE("the complaint filter's not-confirmed choice keeps unlabelled and suggested letters",
          "[itemmodels][letters]")
{
    ComplaintListModel model;
    model.setReference(reference());
    model.setLetters(fourLetters());
    ComplaintFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(ComplaintListModel::FlagColumn);
    ComplaintFilter todo;
    todo.labelStatus = ComplaintFilter::kNotConfirmed;
    proxy.setFilter(todo);
    // Only B is confirmed; D and C are unlabelled, A suggested.
    CHECK(references(proxy) ==
          QStringList{QStringLiteral("D"), QStringLiteral("C"), QStringLiteral("A")});
}

TEST_CASE("a service or dimension filter counts the letters it shows only by a suggestion",
          "[itemmodels][letters][suggested]")
{
    ComplaintListModel model;
    model.setReference(reference());
    model.setLetters(fourLetters());
    ComplaintFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    // Nothing picked: no count of suggestions to give.
    CHECK(proxy.unconfirmedShown() == 0);
    ComplaintFilter filter;
    // Application processing: A (suggested) and C (its service never
    // confirmed) are both there by an unconfirmed label.
    filter.serviceId = kApp;
    proxy.setFilter(filter);
    CHECK(proxy.rowCount() == 2);
    CHECK(proxy.unconfirmedShown() == 2);
    // Billing: B, confirmed.
    filter.serviceId = kBil;
    proxy.setFilter(filter);
    CHECK(proxy.rowCount() == 1);
    CHECK(proxy.unconfirmedShown() == 0);
    // Accuracy: A (second dimension, suggested), B (confirmed), C.
    filter.serviceId.reset();
    filter.dimensionId = kAccuracy;
    proxy.setFilter(filter);
    CHECK(proxy.rowCount() == 3);
    CHECK(proxy.unconfirmedShown() == 2);
}

TEST_CASE("an unconfirmed letter without a suggested service shows as needing a look",
          "[itemmodels][letters]")
{
    ModelComplaints complaints;
    ComplaintListModel model;
    model.setReference(reference());
    model.setLetters(fourLetters());
    auto service = [&](qint64 id, int role) {
        return model.index(model.rowOf(id), ComplaintListModel::ServiceColumn).data(role);
    };
    // D: no labels at all, not confirmed.
    CHECK(service(4, Qt::DisplayRole).toString() == QLatin1String("Needs a look"));
    CHECK(service(4, NeedsLookRole).toBool());
    CHECK(service(4, Qt::ToolTipRole).toString().contains(QLatin1String("50%")));
    // A: suggested with a service; B: confirmed.
    CHECK(service(1, Qt::DisplayRole).toString() == QLatin1String("Application processing"));
    CHECK_FALSE(service(1, NeedsLookRole).toBool());
    CHECK_FALSE(service(2, NeedsLookRole).toBool());
    // Confirmed without a service is the analyst's choice: no look needed.
    ComplaintLetter confirmed = fourLetters()[3];
    confirmed.labelStatus = LabelStatus::Confirmed;
    model.setLetter(confirmed);
    CHECK(service(4, Qt::DisplayRole).toString().isEmpty());
    CHECK_FALSE(service(4, NeedsLookRole).toBool());
}

TEST_CASE("the complaint filter's text matches an export's attribute values",
          "[itemmodels][letters]")
{
    ModelComplaints complaints;
    QList<ComplaintLetter> letters = fourLetters();
    // Only B carries the product; "credit card" is in no letter's text
    // ("my card B never arrived" has "card" alone).
    letters[1].attributes = {{QStringLiteral("Product"), QStringLiteral("Credit card")},
                             {QStringLiteral("Issue"), QStringLiteral("Late fee")}};
    ComplaintListModel model;
    model.setReference(reference());
    model.setLetters(letters);
    ComplaintFilterProxyModel proxy;
    proxy.setSourceModel(&model);

    ComplaintFilter byProduct;
    byProduct.text = QStringLiteral("credit CARD");
    proxy.setFilter(byProduct);
    CHECK(references(proxy) == QStringList{QStringLiteral("B")});

    ComplaintFilter byIssue;
    byIssue.text = QStringLiteral("late fee");
    proxy.setFilter(byIssue);
    CHECK(references(proxy) == QStringList{QStringLiteral("B")});

    // The attribute's name is not its value: "Product" matches nobody.
    ComplaintFilter byName;
    byName.text = QStringLiteral("Product");
    proxy.setFilter(byName);
    CHECK(proxy.rowCount() == 0);
    CHECK(complaints.messages().isEmpty());
}
