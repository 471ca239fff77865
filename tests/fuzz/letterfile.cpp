// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A letter file as the import reads it: the first byte picks .txt, .md or
// .eml and whether an encoding is forced (as --encoding does); the rest is
// the file. Card masking and text normalisation run on what is read.
#include "fuzzsupport.h"
#include "letters/letterreader.h"

using namespace Yardstick;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    Fuzz::Input input(data, size);
    static const QString names[] = {u"letter.txt"_s, u"letter.md"_s, u"letter.eml"_s};
    static const QString encodings[] = {QString(), u"GB18030"_s, u"windows-1252"_s, u"UTF-16LE"_s};
    const QString &name = names[input.choose(3)];
    const QString &encoding = encodings[input.choose(4)];
    const QString path = Fuzz::writeInput(name, input.rest());
    const LetterReadResult result = readLetterFile(path, encoding);
    // A letter file is one letter or a refusal, never more.
    if (result.letters.size() > 1)
        __builtin_trap();
    return 0;
}
