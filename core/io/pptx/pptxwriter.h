// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pptxdeck.h"
#include "pptxmaster.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace Yardstick {

// Writes a PptxDeck as a PowerPoint file (ECMA-376 PresentationML) on a
// master (Yardstick's own or the organisation's): the presentation, a part
// per slide with its layout, pictures and speaker notes, the notes master,
// the document properties. A table longer than a slide continues on the
// slides after it, its header repeated.
class PptxWriter final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::PptxWriter)

public:
    // Empty on success, else why; nothing is left behind on failure or
    // when progress (slides done, in all) returns false.
    static QString write(const PptxDeck &deck, const PptxMaster &master, const QString &path,
                         const std::function<bool(int done, int total)> &progress = {});

    // How many slides the deck becomes on master's layout (tables paged).
    static int slideCount(const PptxDeck &deck, const PptxMaster &master);
};

} // namespace Yardstick
