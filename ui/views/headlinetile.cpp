// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "headlinetile.h"

#include "analysis/headlinebaseline.h"
#include "delegates/compliancelook.h"
#include "itemmodels/compliancetext.h"
#include "model/valueformat.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

namespace Yardstick {

namespace {

QString change(const Standard &s, double before, double latest)
{
    const double delta = latest - before;
    if (std::abs(delta) < 1e-9)
        return HeadlineTile::tr("→ no change");
    const QString amount = ValueFormat::value(std::abs(delta), s.unit);
    QString moved = delta < 0 ? HeadlineTile::tr("↓ down %1").arg(amount)
                              : HeadlineTile::tr("↑ up %1").arg(amount);
    if (std::abs(before) > 1e-9 && s.unit != QLatin1String("%")) {
        const double relative = 100.0 * delta / std::abs(before);
        // A percentage by the one rule: one decimal, the locale's minus.
        moved = HeadlineTile::tr("%1 (%2)").arg(moved,
                                                ValueFormat::value(relative, QStringLiteral("%")));
    }
    return isAtLeastAsGood(s.direction, latest, before) ? HeadlineTile::tr("%1, better").arg(moved)
                                                        : HeadlineTile::tr("%1, worse").arg(moved);
}

} // namespace

HeadlineTile::HeadlineTile(const HeadlineFigure &figure, PeriodKind kind, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_values(new QLabel(this))
    , m_change(new QLabel(this))
    , m_periods(new QLabel(this))
    , m_judgement(new QLabel(this))
{
    setObjectName(QStringLiteral("headlineTile"));
    const Standard &s = figure.standard;
    const PeriodValue &before = figure.before;
    const PeriodValue &latest = figure.latest;
    const SymbolLook look = complianceStatusLook(complianceStatusKey(latest.status));
    // The status colour edges the tile; the symbol and word say it too.
    setStyleSheet(QStringLiteral("#headlineTile { background: palette(base); border: 1px solid "
                                 "palette(mid); border-left: 5px solid %1; border-radius: 3px; }")
                      .arg(look.colour.name()));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);

    m_title->setText(s.title);
    m_title->setToolTip(s.code);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_status->setTextFormat(Qt::RichText);
    QString status = QStringLiteral("%1 · <b style='color:%2'>%3</b> %4")
                         .arg(s.code.toHtmlEscaped(), look.colour.name(), look.symbol,
                              ComplianceText::statusName(latest.status));
    if (latest.target)
        status += tr(" (target %1)").arg(ValueFormat::bound(s.direction, *latest.target, s.unit));
    m_status->setText(status);

    m_values->setObjectName(QStringLiteral("headlineValues"));
    QFont big = m_values->font();
    big.setPointSizeF(big.pointSizeF() * 1.7);
    big.setBold(true);
    m_values->setFont(big);
    const QString dash = QStringLiteral("–");
    const QString now = latest.value ? ValueFormat::value(*latest.value, s.unit) : dash;
    if (!figure.comparesWithBefore()) {
        m_values->setText(now);
    } else {
        const QString then = before.value ? ValueFormat::number(*before.value, s.unit) : dash;
        m_values->setText(tr("%1 → %2").arg(then, now));
    }
    // One decimal can round 15.04 to the target's 15.0; the status word says
    // which side it is on and the tooltip gives the digits.
    if (latest.value)
        m_values->setToolTip(
            tr("Latest value %1 %2")
                .arg(QLocale().toString(*latest.value, 'g', 6), ValueFormat::shownUnit(s.unit))
                .trimmed());

    m_change->setObjectName(QStringLiteral("headlineChange"));
    const QString latestLabel = periodLabel(kind, latest.period);
    const QString beforeLabel = periodSpanLabel(kind, before.period);
    if (!figure.baselineEnd.isValid())
        m_change->setText(tr("No programme start is set to compare with."));
    else if (!figure.comparesWithBefore())
        m_change->setText(
            tr("As of %1, before the programme took effect: nothing to compare with yet.")
                .arg(latestLabel));
    else if (!before.value)
        m_change->setText(tr("Nothing was measured before %1 to compare with.")
                              .arg(QLocale().toString(figure.baselineEnd, QLocale::ShortFormat)));
    else if (!latest.value)
        m_change->setText(tr("Nothing was measured in %1.").arg(latestLabel));
    else
        m_change->setText(change(s, *before.value, *latest.value));

    // The baseline is a mean over its periods; the line says which.
    m_periods->setWordWrap(true);
    m_periods->setText(
        figure.comparesWithBefore() && before.value
            ? tr("Mean of %1, before the programme → %2").arg(beforeLabel, latestLabel)
            : latestLabel);
    // The trend word, or why there is none; a thin period says what its
    // status rests on, so nobody acts on a handful of cases unawares.
    m_judgement->setObjectName(QStringLiteral("headlineJudgement"));
    m_judgement->setWordWrap(true);
    QStringList judgement;
    if (figure.trend == Trend::TooFewPeriods)
        judgement.append(tr("Trend: too few periods to call"));
    else
        judgement.append(tr("Trend: %1").arg(ComplianceText::trendName(figure.trend)));
    if (figure.thin)
        judgement.append(
            tr("%1 — judge it with care").arg(ComplianceText::thinPeriod(kind, *figure.thin)));
    m_judgement->setText(judgement.join(QLatin1Char('\n')));

    QPalette muted = m_periods->palette();
    muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_periods->setPalette(muted);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addSpacing(4);
    layout->addWidget(m_values);
    layout->addWidget(m_change);
    layout->addWidget(m_periods);
    layout->addWidget(m_judgement);
}

QString HeadlineTile::valuesText() const
{
    return m_values->text();
}

QString HeadlineTile::changeText() const
{
    return m_change->text();
}

QString HeadlineTile::judgementText() const
{
    return m_judgement->text();
}

} // namespace Yardstick
