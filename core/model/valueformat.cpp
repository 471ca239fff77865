// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "valueformat.h"

#include "costofdelay/money.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace Yardstick {

namespace {

// "days [2]": the bracket is how a standard asks for other decimals.
const QRegularExpression &decimalsBracket()
{
    static const QRegularExpression re(QStringLiteral("\\s*\\[(\\d)\\]\\s*$"));
    return re;
}

// The user's locale, with thousand separators even where the locale (the
// C locale of a bare environment) would omit them: "12,345", never "12345".
QLocale grouped()
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale;
}

QString fixed(double value, int decimals)
{
    // A value that rounds to zero is shown as 0, never as "-0.0".
    if (std::abs(value) < 0.5 * std::pow(10.0, -decimals))
        value = 0;
    // The locale's own minus sign, as every table of the workbench prints.
    return grouped().toString(value, 'f', decimals);
}

} // namespace

ValueFormat::UnitKind ValueFormat::kindOf(const QString &unit)
{
    const QString u = shownUnit(unit).toLower();
    if (u == QLatin1String("%"))
        return UnitKind::Percent;
    if (u == QLatin1String("days") || u == QLatin1String("day") ||
        u == QLatin1String("business days") || u == QLatin1String("working days"))
        return UnitKind::Days;
    if (u == QLatin1String("hours") || u == QLatin1String("hour"))
        return UnitKind::Hours;
    if (u.startsWith(QLatin1String("per ")))
        return UnitKind::Rate;
    // 分: points in Chinese, as the catalogue import reads it too.
    if (u == QLatin1String("points") || u == QLatin1String("point") || u == QStringLiteral("分"))
        return UnitKind::Points;
    return UnitKind::Other;
}

int ValueFormat::decimalsOf(const QString &unit)
{
    const QRegularExpressionMatch match = decimalsBracket().match(unit);
    if (match.hasMatch())
        return match.captured(1).toInt();
    return kindOf(unit) == UnitKind::Points ? 2 : 1;
}

QString ValueFormat::shownUnit(const QString &unit)
{
    QString shown = unit;
    shown.remove(decimalsBracket());
    return shown.trimmed();
}

QString ValueFormat::number(double value, const QString &unit)
{
    if (!std::isfinite(value))
        return none();
    return fixed(value, decimalsOf(unit));
}

double ValueFormat::rounded(double value, const QString &unit)
{
    // Through the same decimal conversion as the shown text, so a tie
    // rounds here exactly as it does on screen.
    if (!std::isfinite(value))
        return value;
    return QLocale::c().toString(value, 'f', decimalsOf(unit)).toDouble();
}

QString ValueFormat::value(double value, const QString &unit)
{
    const QString shown = number(value, unit);
    const QString u = shownUnit(unit);
    if (u.isEmpty() || !std::isfinite(value))
        return shown;
    if (u == QLatin1String("%"))
        //: A percentage, e.g. "96.0%"
        return tr("%1%").arg(shown);
    //: A value and its unit, e.g. "15.0 days", "1.1 per 1,000 letters"
    return tr("%1 %2").arg(shown, u);
}

QString ValueFormat::signedValue(double value, const QString &unit)
{
    const QString text = ValueFormat::value(value, unit);
    if (value < 0 || number(value, unit) == number(0, unit))
        return text;
    return grouped().positiveSign() + text;
}

QString ValueFormat::bound(Direction direction, double target, const QString &unit)
{
    const QString withUnit = ValueFormat::target(target, unit);
    //: A target: lower is better, e.g. "≤ 15 days"
    return direction == Direction::LowerIsBetter ? tr("≤ %1").arg(withUnit)
                                                 //: A target: higher is better, e.g. "≥ 99%"
                                                 : tr("≥ %1").arg(withUnit);
}

QString ValueFormat::boundWithThreshold(Direction direction, double target, double threshold,
                                        const QString &unit)
{
    QString u = shownUnit(unit);
    if (u.isEmpty() || u == QLatin1String("%"))
        //: A target and, in brackets, its threshold, each with its unit: "≥ 99% (≥ 97%)"
        return tr("%1 (%2)").arg(bound(direction, target, unit), bound(direction, threshold, unit));
    // "≤ 1 (≤ 1) day" only when both are one, as target() says "≤ 1 day".
    const UnitKind kind = kindOf(unit);
    if (target == 1 && threshold == 1 && (kind == UnitKind::Days || kind == UnitKind::Hours) &&
        u.endsWith(QLatin1Char('s')))
        u.chop(1);
    //: A target, in brackets its threshold, then their one unit: "≤ 15 (≤ 20) days"
    return tr("%1 (%2) %3")
        .arg(bound(direction, target, QString()), bound(direction, threshold, QString()), u);
}

QString ValueFormat::target(double target, const QString &unit)
{
    const QString shown = grouped().toString(target, 'g', 6);
    QString u = shownUnit(unit);
    // "≤ 1 day", not "≤ 1 days".
    const UnitKind kind = kindOf(unit);
    if (target == 1 && (kind == UnitKind::Days || kind == UnitKind::Hours) &&
        u.endsWith(QLatin1Char('s')))
        u.chop(1);
    if (u == QLatin1String("%"))
        return tr("%1%").arg(shown);
    if (!u.isEmpty())
        return tr("%1 %2").arg(shown, u);
    return shown;
}

QLocale ValueFormat::locale()
{
    return grouped();
}

QString ValueFormat::count(qint64 n)
{
    return grouped().toString(n);
}

QString ValueFormat::days(double n)
{
    if (n == 1)
        return tr("1 day");
    return tr("%1 days").arg(grouped().toString(n, 'g', 6));
}

QString ValueFormat::money(double dollars)
{
    return formatMoney(dollars);
}

QString ValueFormat::none()
{
    //: An empty cell: there is no value
    return tr("–");
}

} // namespace Yardstick
