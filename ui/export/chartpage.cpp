// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartpage.h"

#include "charts/charttext.h"
#include "charts/charttheme.h"
#include "charts/qcustomplotshim.h"

#include <QFontMetricsF>
#include <QImageReader>

#include <algorithm>
#include <cmath>

namespace Yardstick {

namespace {

// The reference page for pixel outputs: half a full-HD slide.
constexpr double kReferenceArea = 960.0 * 540.0;
constexpr double kLogicalDpi = 96.0;

const QColor kTitle(0x1A, 0x1A, 0x1A);
const QColor kSubtitle(0x4D, 0x4D, 0x4D);
const QColor kFooter(0x66, 0x66, 0x66);
const QColor kRule(0xD0, 0xD0, 0xD0);

} // namespace

QSizeF ChartPage::logicalSizeFor(const ChartExportOptions &options)
{
    const QSizeF pixels = options.pixelSize();
    if (options.isPaper())
        return pixels * (kLogicalDpi / options.dpi);
    const double scale =
        std::max(1.0, std::sqrt(pixels.width() * pixels.height() / kReferenceArea));
    return pixels / scale;
}

ChartPage::ChartPage(const ChartExportOptions &options, const QSizeF &logicalSize)
    : m_options(options)
    , m_size(logicalSize)
{
    const double w = m_size.width();
    const double h = m_size.height();
    m_base = std::clamp(std::min(w / 60.0, h / 34.0), 11.0, 20.0);
    m_margin = std::max(12.0, std::min(w, h) * 0.045);
    const double inner = w - 2 * m_margin;

    const QFont titleFont = font(m_base * 1.75, true);
    const QFont subtitleFont = font(m_base * 1.1);
    m_title = ChartText::wrap(options.title, titleFont, inner, 2);
    m_subtitle = ChartText::wrap(options.subtitle, subtitleFont, inner, 2);
    double y = m_margin;
    if (!m_title.isEmpty()) {
        const QRectF r =
            QFontMetricsF(titleFont).boundingRect(QRectF(0, 0, inner, h), Qt::AlignLeft, m_title);
        m_titleRect = QRectF(m_margin, y, inner, r.height());
        y = m_titleRect.bottom() + m_base * 0.25;
    }
    if (!m_subtitle.isEmpty()) {
        const QRectF r = QFontMetricsF(subtitleFont)
                             .boundingRect(QRectF(0, 0, inner, h), Qt::AlignLeft, m_subtitle);
        m_subtitleRect = QRectF(m_margin, y, inner, r.height());
        y = m_subtitleRect.bottom();
    }
    y += m_base * 1.0;

    const double footerHeight = QFontMetricsF(font(m_base * 0.8)).height() * 1.8;
    const bool footer = !options.footnote.isEmpty() || !options.organisation.isEmpty() ||
                        !options.logoPath.isEmpty();
    m_footerRect = footer ? QRectF(m_margin, h - m_margin * 0.8 - footerHeight, inner, footerHeight)
                          : QRectF();
    const double bottom = footer ? m_footerRect.top() - m_base * 0.8 : h - m_margin;
    m_plotRect =
        QRectF(m_margin * 0.6, y, w - 1.2 * m_margin, std::max(50.0, bottom - y)).toAlignedRect();
}

QFont ChartPage::font(double pixels, bool bold) const
{
    QFont f = ChartTheme::printFont();
    f.setPixelSize(std::max(1, qRound(pixels)));
    f.setBold(bold);
    return f;
}

void ChartPage::paint(QCPPainter *painter, QCustomPlot *plot) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->fillRect(QRectF(QPointF(0, 0), m_size), Qt::white);

    if (!m_title.isEmpty()) {
        painter->setFont(font(m_base * 1.75, true));
        painter->setPen(kTitle);
        painter->drawText(m_titleRect, Qt::AlignLeft | Qt::AlignTop, m_title);
    }
    if (!m_subtitle.isEmpty()) {
        painter->setFont(font(m_base * 1.1));
        painter->setPen(kSubtitle);
        painter->drawText(m_subtitleRect, Qt::AlignLeft | Qt::AlignTop, m_subtitle);
    }

    if (m_footerRect.isValid()) {
        QPen rule(kRule, 1.0);
        rule.setCosmetic(false);
        painter->setPen(rule);
        painter->drawLine(QLineF(m_footerRect.topLeft(), m_footerRect.topRight()));
        const QFont footerFont = font(m_base * 0.8);
        painter->setFont(footerFont);
        painter->setPen(kFooter);
        const QFontMetricsF metrics(footerFont);
        const QRectF text = m_footerRect.adjusted(0, m_base * 0.3, 0, 0);
        double right = text.right();
        // Organisation and logo right, the footnote left in what remains.
        if (!m_options.organisation.isEmpty()) {
            const QString organisation =
                metrics.elidedText(m_options.organisation, Qt::ElideRight, text.width() * 0.4);
            painter->drawText(text, Qt::AlignRight | Qt::AlignVCenter, organisation);
            right -= metrics.horizontalAdvance(organisation) + m_base * 0.5;
        }
        if (!m_options.logoPath.isEmpty()) {
            QImageReader reader(m_options.logoPath);
            reader.setAutoTransform(true);
            const QImage logo = reader.read();
            if (!logo.isNull()) {
                const double height = text.height();
                const double width =
                    std::min(text.width() * 0.2, height * logo.width() / logo.height());
                const QRectF target(right - width, text.top(), width, height);
                const QSizeF fitted =
                    QSizeF(logo.size()).scaled(target.size(), Qt::KeepAspectRatio);
                painter->drawImage(QRectF(target.right() - fitted.width(),
                                          target.center().y() - fitted.height() / 2, fitted.width(),
                                          fitted.height()),
                                   logo);
                right -= width + m_base * 0.5;
            }
        }
        if (!m_options.footnote.isEmpty()) {
            const QRectF left(text.left(), text.top(), std::max(0.0, right - text.left()),
                              text.height());
            painter->drawText(left, Qt::AlignLeft | Qt::AlignVCenter,
                              metrics.elidedText(m_options.footnote, Qt::ElideRight, left.width()));
        }
    }

    if (plot) {
        // Ticks and margins are worked out from the layout of the previous
        // draw: lay the plot out once at its size before the real one.
        {
            QImage scratch(1, 1, QImage::Format_ARGB32_Premultiplied);
            QCPPainter layout(&scratch);
            plot->toPainter(&layout, m_plotRect.width(), m_plotRect.height());
        }
        painter->translate(m_plotRect.topLeft());
        plot->toPainter(painter, m_plotRect.width(), m_plotRect.height());
    }
    painter->restore();
}

} // namespace Yardstick
