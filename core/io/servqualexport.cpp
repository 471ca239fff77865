// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servqualexport.h"

#include "csvwriter.h"
#include "texttable.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace Yardstick {

namespace {

QJsonValue json(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// An item nobody answered on both sides has no gap, only a performance.
std::optional<double> itemGap(const ItemResult &item)
{
    return item.n > 0 ? std::optional<double>(item.gap) : std::nullopt;
}

QString quadrantKey(const std::optional<ImportanceQuadrant> &quadrant)
{
    return quadrant ? importanceQuadrantKey(*quadrant) : QString();
}

class ServqualTable final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::ServqualTable)

public:
    explicit ServqualTable(const ServqualResult &result)
        : m_result(result)
    {}

    QString text() const
    {
        QString text =
            tr("Wave %1: %n respondent(s)", nullptr, m_result.respondents).arg(m_result.wave) +
            QLatin1String("\n\n") + dimensionTable() + weightedLine() + QLatin1Char('\n');
        if (!m_result.items.isEmpty())
            text += itemTable() + QLatin1Char('\n');
        return text + silentLine() + previousLine();
    }

private:
    static QString shown(const std::optional<double> &value, int decimals = 2)
    {
        return value ? QLocale::c().toString(*value, 'f', decimals) : QStringLiteral("-");
    }

    QString dimensionTable() const
    {
        TextTable table({{tr("Dimension"), false},
                         {tr("n"), true},
                         {tr("Expectation"), true},
                         {tr("Perception"), true},
                         {tr("Gap"), true},
                         {tr("SD"), true},
                         {tr("95% CI"), true},
                         {tr("Weight"), true}});
        for (const DimensionGap &d : m_result.dimensions) {
            const QString interval = d.ciLow && d.ciHigh
                                         ? tr("%1 to %2").arg(shown(d.ciLow), shown(d.ciHigh))
                                         : QStringLiteral("-");
            const QString weight =
                d.weight > 0 ? tr("%1%").arg(QLocale::c().toString(d.weight * 100, 'f', 1))
                             : QStringLiteral("-");
            table.addRow({d.name.isEmpty() ? d.key : d.name, QString::number(d.n),
                          shown(d.expectation), shown(d.perception), shown(d.gap), shown(d.sd),
                          interval, weight});
        }
        return table.text();
    }

    QString weightedLine() const
    {
        if (!m_result.weightedGap)
            return tr("Weighted SERVQUAL gap: none (no weighted dimension was answered)") +
                   QLatin1Char('\n');
        return tr("Weighted SERVQUAL gap: %1").arg(shown(m_result.weightedGap)) + QLatin1Char('\n');
    }

    QString itemTable() const
    {
        TextTable table({{tr("Item"), false},
                         {tr("Dimension"), false},
                         {tr("n"), true},
                         {tr("Gap"), true},
                         {tr("Importance"), true},
                         {tr("Performance"), true},
                         {tr("Quadrant"), false}});
        // Dimensions by the names the dimension table shows above.
        QHash<QString, QString> dimensionNames;
        for (const DimensionGap &d : m_result.dimensions) {
            if (!d.name.isEmpty())
                dimensionNames.insert(d.key, d.name);
        }
        for (const ItemResult &item : m_result.items) {
            table.addRow({item.item, dimensionNames.value(item.dimensionKey, item.dimensionKey),
                          QString::number(item.n), shown(itemGap(item)), shown(item.importance),
                          shown(item.performance),
                          item.quadrant ? importanceQuadrantDisplayName(*item.quadrant)
                                        : QStringLiteral("-")});
        }
        return table.text();
    }

    QString silentLine() const
    {
        const SilentDissatisfied &s = m_result.silentDissatisfied;
        if (!s.share)
            return tr("Silent dissatisfied: no dissatisfied respondent with a customer "
                      "reference") +
                   QLatin1Char('\n');
        return tr("Silent dissatisfied: %1 of %2 dissatisfied respondents with a customer "
                  "reference never complained (%3%)")
                   .arg(s.neverComplained)
                   .arg(s.dissatisfied)
                   .arg(QLocale::c().toString(*s.share * 100, 'f', 1)) +
               QLatin1Char('\n');
    }

    QString previousLine() const
    {
        if (!m_result.previous)
            return tr("Previous wave: none") + QLatin1Char('\n');
        const WaveComparison &p = *m_result.previous;
        if (!p.t)
            return tr("Previous wave %1: weighted gap %2; too few respondents or no spread "
                      "for Welch's test")
                       .arg(p.wave, shown(p.weightedGap)) +
                   QLatin1Char('\n');
        return tr("Previous wave %1: weighted gap %2; Welch's t = %3, df = %4, p = %5")
                   .arg(p.wave, shown(p.weightedGap), shown(p.t), shown(p.df, 1), shown(p.p, 3)) +
               QLatin1Char('\n');
    }

    const ServqualResult &m_result;
};

} // namespace

QJsonObject servqualToJson(const ServqualResult &result)
{
    QJsonArray dimensions;
    for (const DimensionGap &d : result.dimensions) {
        dimensions.append(QJsonObject{
            {QStringLiteral("dimension"), d.key},
            {QStringLiteral("n"), d.n},
            {QStringLiteral("expectation"), d.expectation},
            {QStringLiteral("perception"), d.perception},
            {QStringLiteral("gap"), d.gap},
            {QStringLiteral("sd"), json(d.sd)},
            {QStringLiteral("ci_low"), json(d.ciLow)},
            {QStringLiteral("ci_high"), json(d.ciHigh)},
            {QStringLiteral("weight"), d.weight},
        });
    }
    QJsonArray items;
    for (const ItemResult &item : result.items) {
        items.append(QJsonObject{
            {QStringLiteral("item"), item.item},
            {QStringLiteral("dimension"), item.dimensionKey.isEmpty()
                                              ? QJsonValue(QJsonValue::Null)
                                              : QJsonValue(item.dimensionKey)},
            {QStringLiteral("n"), item.n},
            {QStringLiteral("gap"), json(itemGap(item))},
            {QStringLiteral("importance"), json(item.importance)},
            {QStringLiteral("performance"), json(item.performance)},
            {QStringLiteral("quadrant"), item.quadrant
                                             ? QJsonValue(importanceQuadrantKey(*item.quadrant))
                                             : QJsonValue(QJsonValue::Null)},
        });
    }
    const SilentDissatisfied &silent = result.silentDissatisfied;
    QJsonValue previous(QJsonValue::Null);
    if (const std::optional<WaveComparison> &p = result.previous) {
        previous = QJsonObject{
            {QStringLiteral("wave"), p->wave},
            {QStringLiteral("weighted_gap"), json(p->weightedGap)},
            {QStringLiteral("t"), json(p->t)},
            {QStringLiteral("df"), json(p->df)},
            {QStringLiteral("p"), json(p->p)},
        };
    }
    return QJsonObject{
        {QStringLiteral("wave"), result.wave},
        {QStringLiteral("respondents"), result.respondents},
        {QStringLiteral("dimensions"), dimensions},
        {QStringLiteral("weighted_gap"), json(result.weightedGap)},
        {QStringLiteral("items"), items},
        {QStringLiteral("silent_dissatisfied"),
         QJsonObject{{QStringLiteral("dissatisfied"), silent.dissatisfied},
                     {QStringLiteral("never_complained"), silent.neverComplained},
                     {QStringLiteral("share"), json(silent.share)}}},
        {QStringLiteral("previous"), previous},
    };
}

QByteArray servqualToJsonBytes(const ServqualResult &result)
{
    return QJsonDocument(servqualToJson(result)).toJson(QJsonDocument::Indented);
}

QStringList servqualCsvColumns()
{
    return {
        QStringLiteral("kind"),       QStringLiteral("wave"),        QStringLiteral("name"),
        QStringLiteral("dimension"),  QStringLiteral("n"),           QStringLiteral("expectation"),
        QStringLiteral("perception"), QStringLiteral("gap"),         QStringLiteral("sd"),
        QStringLiteral("ci_low"),     QStringLiteral("ci_high"),     QStringLiteral("weight"),
        QStringLiteral("importance"), QStringLiteral("performance"), QStringLiteral("quadrant")};
}

ExportTable servqualTable(const ServqualResult &result, const QString &name)
{
    using C = ExportCell;
    const C none;
    const auto text = [](const QString &t) {
        return C::text(t);
    };
    ExportTable table{name, servqualCsvColumns(), {}};
    for (const DimensionGap &d : result.dimensions) {
        table.rows.append({text(QStringLiteral("dimension")), text(result.wave), text(d.key),
                           text(d.key), C::integer(d.n), C::number(d.expectation),
                           C::number(d.perception), C::number(d.gap), C::number(d.sd),
                           C::number(d.ciLow), C::number(d.ciHigh), C::share(d.weight), none, none,
                           none});
    }
    table.rows.append({text(QStringLiteral("weighted")), text(result.wave),
                       text(QStringLiteral("weighted_gap")), none, C::integer(result.respondents),
                       none, none, C::number(result.weightedGap), none, none, none, none, none,
                       none, none});
    for (const ItemResult &item : result.items) {
        table.rows.append({text(QStringLiteral("item")), text(result.wave), text(item.item),
                           text(item.dimensionKey), C::integer(item.n), none, none,
                           C::number(itemGap(item)), none, none, none, none,
                           C::number(item.importance), C::number(item.performance),
                           text(quadrantKey(item.quadrant))});
    }
    return table;
}

QByteArray servqualToCsv(const ServqualResult &result)
{
    return servqualTable(result, QString()).toCsv();
}

QString servqualToTable(const ServqualResult &result)
{
    return ServqualTable(result).text();
}

} // namespace Yardstick
