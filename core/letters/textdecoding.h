// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Yardstick {

// Text read from bytes, or why it could not be: a letter that cannot be
// decoded is reported, never stored with replacement characters.
struct DecodedText
{
    QString text;
    QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", "Windows-1252", ...
    bool ok = false;
    QString error;
    qsizetype errorOffset = -1; // the first byte that could not be read, if known
};

// Decodes bytes. With no override the encoding is detected, in this order: a
// byte-order mark (UTF-8, UTF-16 LE/BE); strictly valid UTF-8; GB18030 when
// the bytes are valid GB18030 and read as Chinese (a good share of Han
// characters among the letters); else Windows-1252. An override is used as
// given. Bytes invalid in the chosen encoding, or text with NUL and other
// control characters (a binary file), give ok = false with the reason.
DecodedText decodeText(const QByteArray &bytes, const QString &encodingOverride = QString());

// Whether decodeText knows the encoding name ("GB18030", "windows-1252",
// "utf-8", "latin1", ...), so a command line can refuse a typo up front.
bool isKnownEncoding(const QString &name);

// The 1-based line of a byte offset: the line feeds before it, plus one.
qint64 lineOfOffset(const QByteArray &bytes, qsizetype offset);

} // namespace Yardstick
