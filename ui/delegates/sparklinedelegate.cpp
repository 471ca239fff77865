// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sparklinedelegate.h"

#include "compliancelook.h"
#include "itemmodels/itemroles.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <optional>

namespace Yardstick {

SparklineDelegate::SparklineDelegate(int targetColumn, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_targetColumn(targetColumn)
{}

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QVariantList values = index.data(SparklineRole).toList();
    std::optional<double> low, high;
    auto extend = [&low, &high](double v) {
        low = low ? qMin(*low, v) : v;
        high = high ? qMax(*high, v) : v;
    };
    for (const QVariant &v : values) {
        if (v.isValid())
            extend(v.toDouble());
    }
    if (!low || values.size() < 2)
        return; // nothing measured: the tooltip says so
    const QVariant target = index.siblingAtColumn(m_targetColumn).data(SortRole);
    if (target.isValid())
        extend(target.toDouble());
    if (*high - *low < 1e-9) { // a flat line sits in the middle
        *low -= 1;
        *high += 1;
    }

    const QRectF area = QRectF(opt.rect).adjusted(6, 5, -8, -5);
    auto x = [&](qsizetype i) {
        return area.left() + area.width() * double(i) / double(values.size() - 1);
    };
    auto y = [&](double v) {
        return area.bottom() - area.height() * (v - *low) / (*high - *low);
    };

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    QColor ink = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (target.isValid()) {
        QColor faint = ink;
        faint.setAlphaF(0.35f);
        painter->setPen(QPen(faint, 1, Qt::DashLine));
        const double ty = y(target.toDouble());
        painter->drawLine(QPointF(area.left(), ty), QPointF(area.right(), ty));
    }

    // A gap (a period without data) breaks the line; a lone value is a dot.
    QPainterPath path;
    bool drawing = false;
    qsizetype last = -1;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (!values.at(i).isValid()) {
            drawing = false;
            continue;
        }
        const QPointF p(x(i), y(values.at(i).toDouble()));
        if (drawing)
            path.lineTo(p);
        else
            path.moveTo(p);
        const bool alone = (i == 0 || !values.at(i - 1).isValid()) &&
                           (i + 1 == values.size() || !values.at(i + 1).isValid());
        if (alone)
            path.addEllipse(p, 1, 1);
        drawing = true;
        last = i;
    }
    ink.setAlphaF(0.85f);
    painter->setPen(QPen(ink, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path);

    // The current period's value wears the row's status colour; an older
    // last value (nothing measured lately) stays grey.
    const QPointF end(x(last), y(values.at(last).toDouble()));
    const QColor mark =
        last == values.size() - 1
            ? complianceStatusLook(index.data(ComplianceStatusRole).toString()).colour
            : complianceStatusLook(QString()).colour;
    painter->setPen(QPen(opt.palette.color(QPalette::Base), 1));
    painter->setBrush(mark);
    painter->drawEllipse(end, 3.5, 3.5);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return {qMax(base.width(), 120), qMax(base.height(), option.fontMetrics.height() + 10)};
}

} // namespace Yardstick
