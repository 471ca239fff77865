// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "classify/lexicon.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

class QColor;
class QTextDocument;

namespace Yardstick {

// Writes a letter's text into a document and marks the lexicon terms the
// classifier found, so the analyst sees why a label was chosen: counted
// terms on a warm background, negated ones ("not late") struck through in
// grey, each with a tooltip naming the label it points to.
class LetterHighlighter final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::LetterHighlighter)

public:
    // Turns a hit's target and key into words ("Timeliness", "Billing
    // statement delivery", "high severity").
    using Describe = std::function<QString(const TermHit &hit)>;

    static QColor termBackground();
    static QColor negatedForeground();

    // `hits` index `text`, as Classification::terms index classifiableText().
    static void fill(QTextDocument &document, const QString &text, const QList<TermHit> &hits,
                     const Describe &describe);
};

} // namespace Yardstick
