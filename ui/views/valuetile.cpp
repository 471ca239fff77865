// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuetile.h"

#include "analysis/headlinebaseline.h"
#include "costofdelay/money.h"
#include "model/valueformat.h"

#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

namespace Yardstick {

namespace {

// One standard's line of the tooltip, how its figure was reached.
QString breakdownLine(const ValueOfChange &change, PeriodKind kind)
{
    const Standard &s = change.standard;
    const QString line =
        ValueTile::tr("%1 %2: %3 → %4, %5 days sooner × %6 cases a year × %7 a day = %8 a year")
            .arg(s.code.toHtmlEscaped(), s.title.toHtmlEscaped(),
                 ValueFormat::number(change.beforeValue, s.unit),
                 ValueFormat::value(change.afterValue, s.unit),
                 ValueFormat::number(change.daysSaved, QStringLiteral("days")),
                 ValueFormat::count(qint64(std::llround(change.model.casesPerYear))),
                 formatMoney(change.model.valuePerDay), formatMoney(change.annualValue));
    QString periods =
        ValueTile::tr("(%1 → %2)")
            .arg(periodSpanLabel(kind, change.before), periodLabel(kind, change.after));
    if (change.model.costPerYear)
        return ValueTile::tr("%1 %2; it costs %3 a year, net %4")
            .arg(line, periods, formatMoney(*change.model.costPerYear),
                 formatMoney(change.netValue()));
    return ValueTile::tr("%1 %2").arg(line, periods);
}

} // namespace

double ValueTile::total(const QList<ValueOfChange> &changes)
{
    double sum = 0;
    for (const ValueOfChange &change : changes)
        sum += change.annualValue;
    return sum;
}

ValueTile::ValueTile(const QList<ValueOfChange> &changes, PeriodKind kind, QWidget *parent)
    : QFrame(parent)
    , m_value(new QLabel(this))
    , m_total(total(changes))
{
    setObjectName(QStringLiteral("valueTile"));
    const double sum = m_total;
    // Green for money gained, the warning orange for money lost.
    const QString edge = sum >= 0 ? QStringLiteral("#009E73") : QStringLiteral("#D55E00");
    setStyleSheet(QStringLiteral("#valueTile { background: palette(base); border: 1px solid "
                                 "palette(mid); border-left: 5px solid %1; border-radius: 3px; }")
                      .arg(edge));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);

    auto *title = new QLabel(tr("Value of the faster service"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setWordWrap(true);

    // One short line, like the headline tiles' code line: which standards the
    // figure adds up; how it is reached is in the tooltip.
    QStringList codes;
    for (const ValueOfChange &change : changes)
        codes.append(change.standard.code);
    auto *basis = new QLabel(codes.join(QStringLiteral(" + ")), this);
    basis->setObjectName(QStringLiteral("valueTileBasis"));

    m_value->setObjectName(QStringLiteral("valueTileValue"));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.7);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setText(tr("%1 a year").arg(formatMoney(sum)));

    double net = 0;
    bool anyCost = false;
    for (const ValueOfChange &change : changes) {
        net += change.netValue();
        anyCost = anyCost || change.model.costPerYear.has_value();
    }
    auto *netLabel = new QLabel(this);
    netLabel->setObjectName(QStringLiteral("valueTileNet"));
    netLabel->setText(anyCost ? tr("%1 a year net of what it costs").arg(formatMoney(net))
                              : tr("No cost of the improvement is recorded"));

    // The period the dashboard is as of, which need not be the latest.
    auto *periods = new QLabel(
        tr("Before the programme → %1").arg(periodLabel(kind, changes.constFirst().after)), this);
    QPalette muted = periods->palette();
    muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    periods->setPalette(muted);
    basis->setPalette(muted);

    QStringList lines;
    for (const ValueOfChange &change : changes)
        lines.append(breakdownLine(change, kind));
    setToolTip(QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                   .arg(tr("Days sooner × cases a year × value of a day, per headline standard:"),
                        lines.join(QStringLiteral("</p><p>"))));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(title);
    layout->addWidget(basis);
    layout->addSpacing(4);
    layout->addWidget(m_value);
    layout->addWidget(netLabel);
    layout->addWidget(periods);
}

QString ValueTile::valueText() const
{
    return m_value->text();
}

} // namespace Yardstick
