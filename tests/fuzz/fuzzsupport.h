// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>

// The entry point every fuzz target defines: libFuzzer calls it in the fuzz
// preset, replaymain.cpp calls it for each saved input in the ordinary build.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace Yardstick {
class Workbench;
}

namespace Yardstick::Fuzz {

// The input, with a few leading bytes spent on choices (a separator, a file
// kind) so that one target reaches every mode of its reader.
class Input final
{
public:
    Input(const uint8_t *data, size_t size)
        : m_data(data)
        , m_size(size)
    {}
    // The next byte as a choice among `count` (0 when the input is used up).
    int choose(int count);
    // What is left, copied (a reader may keep it past the call).
    QByteArray rest() const;

private:
    const uint8_t *m_data;
    size_t m_size;
};

// Qt's SQL drivers and plugins want an application object; made once.
void ensureApplication();

// Writes the bytes to a file of that name in a private folder kept for the
// whole run (readers that take a path get one), and returns its path.
QString writeInput(const QString &name, const QByteArray &bytes);

// A workbench for one input: a fresh copy of a file made once by `prepare`
// (which adds what the reader needs: dimensions, a template). Creating a
// workbench runs every migration; copying a ready one is many times faster,
// and every input still starts from the same state, so it replays the same.
std::unique_ptr<Workbench> freshWorkbench(const QString &name,
                                          const std::function<bool(Workbench &)> &prepare);

} // namespace Yardstick::Fuzz
