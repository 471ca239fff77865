// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The MIME layer of e-mail reading on any bytes, in memory: the header block,
// multipart splitting (nested), transfer encodings, encoded-words in every
// header, charsets, e-mail dates and the HTML-to-text of html parts.
#include "fuzzsupport.h"
#include "letters/htmltext.h"
#include "letters/mimeentity.h"
#include "letters/textdecoding.h"

using namespace Yardstick;

namespace {

void walk(const QByteArray &bytes, const MimeEntity &entity, int depth)
{
    for (const MimeHeaderField &field : entity.headers)
        (void)decodeHeaderValue(field.value);
    (void)parseEmailDate(entity.header("date"));
    (void)entity.isAttachment();
    if (entity.bodyBegin < 0 || entity.bodyEnd < entity.bodyBegin || entity.bodyEnd > bytes.size())
        __builtin_trap(); // offsets outside the file: the readers would read out of bounds
    const MimeContentType type = entity.contentType();
    if (type.isMultipart()) {
        if (depth >= 8)
            return;
        bool closed = true;
        for (const MimeEntity &part : mimeSubparts(bytes, entity, &closed))
            walk(bytes, part, depth + 1);
        return;
    }
    const QByteArrayView body(bytes.constData() + entity.bodyBegin,
                              entity.bodyEnd - entity.bodyBegin);
    const std::optional<QByteArray> decoded =
        decodeTransferEncoding(body, entity.transferEncoding());
    if (!decoded)
        return;
    const QByteArray charset = type.parameter("charset");
    const DecodedText text =
        decodeText(*decoded, charset.isEmpty() ? QString() : mimeCharsetEncoding(charset));
    if (text.ok && type.subtype == "html")
        (void)htmlToText(text.text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Fuzz::Input(data, size).rest();
    (void)decodeQuotedPrintable(bytes);
    (void)decodeQuotedPrintable(bytes, true);
    (void)decodeText(bytes);
    if (const std::optional<MimeEntity> entity = parseMimeEntity(bytes, 0, bytes.size()))
        walk(bytes, *entity, 0);
    return 0;
}
