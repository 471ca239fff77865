// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Yardstick {

// One field of an RFC 5322 header, unfolded, its value still raw bytes.
struct MimeHeaderField
{
    QByteArray name;
    QByteArray value;
};

// A MIME type with its parameters: "text/plain; charset=gb2312".
struct MimeContentType
{
    QByteArray type = "text"; // lower case; RFC 2045's default is text/plain
    QByteArray subtype = "plain";
    QMap<QByteArray, QByteArray> parameters; // names in lower case, values unquoted

    bool isMultipart() const { return type == "multipart"; }
    QByteArray parameter(const QByteArray &name) const { return parameters.value(name); }
};

// One entity of an e-mail (the message itself or one part of it), as offsets
// into the file's bytes so that a problem can be located on a line.
struct MimeEntity
{
    QList<MimeHeaderField> headers;
    qsizetype bodyBegin = 0; // offset of the body in the file
    qsizetype bodyEnd = 0;

    // The first field of that name (case-insensitive), or empty.
    QByteArray header(const char *name) const;
    bool hasHeader(const char *name) const;
    MimeContentType contentType() const;
    // Content-Transfer-Encoding in lower case; "7bit" when absent.
    QByteArray transferEncoding() const;
    bool isAttachment() const;
};

// Reads the header block starting at `begin` and ending at the first empty
// line (or `end`). Nullopt when the text there is not header lines.
std::optional<MimeEntity> parseMimeEntity(const QByteArray &bytes, qsizetype begin, qsizetype end);

// The parts of a multipart entity, split on its boundary; preamble and
// epilogue are dropped. When the body ends before its closing delimiter
// ("--boundary--"), the last part runs to the end and `closed` (if given)
// is set false: the file was most likely cut off.
QList<MimeEntity> mimeSubparts(const QByteArray &bytes, const MimeEntity &entity,
                               bool *closed = nullptr);

MimeContentType parseContentType(const QByteArray &value);

// The body's bytes with its transfer encoding undone (base64,
// quoted-printable; 7bit, 8bit and binary as they are). Nullopt when base64
// is broken.
std::optional<QByteArray> decodeTransferEncoding(QByteArrayView body, const QByteArray &encoding);

// Quoted-printable (RFC 2045); in an encoded-word (RFC 2047 "Q") '_' stands
// for a space.
QByteArray decodeQuotedPrintable(QByteArrayView text, bool encodedWord = false);

// A header value with its RFC 2047 encoded-words decoded
// ("=?UTF-8?B?...?=", "=?GB2312?Q?...?="). Raw 8-bit text around them is read
// as UTF-8 when valid, else with `fallbackEncoding` (empty: detect).
QString decodeHeaderValue(const QByteArray &value, const QString &fallbackEncoding = QString());

// The name decodeText should use for a MIME charset: GB2312 and GBK as their
// superset GB18030, ISO-8859-1 and US-ASCII as the supersets Windows-1252 and
// UTF-8 (as mail programs write them in practice).
QString mimeCharsetEncoding(const QByteArray &charset);

// An RFC 5322 date ("Tue, 5 Mar 2024 09:14:00 +0100", with the obsolete
// zone names, two-digit years and a trailing comment accepted). Invalid when
// it cannot be read.
QDateTime parseEmailDate(const QByteArray &value);

} // namespace Yardstick
