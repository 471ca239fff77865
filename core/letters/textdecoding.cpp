// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoding.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <optional>

namespace Yardstick {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::TextDecoding)
};

const QString kUtf8 = QStringLiteral("UTF-8");
const QString kGb18030 = QStringLiteral("GB18030");
const QString kWindows1252 = QStringLiteral("Windows-1252");

// The name shown to the analyst and stored with the letter: the usual
// spelling, whatever alias was typed.
QString displayName(const QString &name, const QStringDecoder &decoder)
{
    const QString key = name.trimmed().toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (key == QLatin1String("utf8"))
        return kUtf8;
    if (key == QLatin1String("windows1252") || key == QLatin1String("cp1252"))
        return kWindows1252;
    if (key == QLatin1String("latin1") || key == QLatin1String("iso88591"))
        return QStringLiteral("ISO-8859-1");
    const QString own = QString::fromLatin1(decoder.name());
    return own.isEmpty() ? name.trimmed() : own;
}

QStringDecoder decoderFor(const QString &name, QStringDecoder::Flags flags)
{
    return QStringDecoder(name.trimmed().toLatin1().constData(), flags);
}

// Decodes all of the bytes; a sequence cut off at the end is an error too
// (a stateful decoder would keep it back silently).
std::optional<QString> decodeStrictly(const QString &name, const QByteArray &bytes)
{
    QStringDecoder decoder = decoderFor(name, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (!decoder.isValid() || decoder.hasError())
        return std::nullopt;
    return text;
}

// Where decoding first fails: a stateful decoder on ever longer prefixes
// fails from the first prefix holding a whole bad sequence (an unfinished
// one is only kept back), so a binary search finds it; then step back to the
// start of the sequence, the last prefix that decodes cleanly on its own.
qsizetype firstBadByte(const QString &name, const QByteArray &bytes)
{
    const auto failsUpTo = [&](qsizetype length, QStringDecoder::Flags flags) {
        QStringDecoder decoder = decoderFor(name, flags);
        // decode() only converts when its result becomes a QString.
        const QString text = decoder.decode(QByteArrayView(bytes).first(length));
        return decoder.hasError();
    };
    qsizetype low = 0; // prefix known to decode
    qsizetype high = bytes.size();
    if (!failsUpTo(high, QStringDecoder::Flag::Default))
        return bytes.size() - 1; // only the tail is unfinished
    while (high - low > 1) {
        const qsizetype middle = low + (high - low) / 2;
        if (failsUpTo(middle, QStringDecoder::Flag::Default))
            high = middle;
        else
            low = middle;
    }
    qsizetype start = high - 1;
    for (qsizetype back = 0; back < 4 && start > 0; ++back) {
        if (!failsUpTo(start, QStringDecoder::Flag::Stateless))
            break;
        --start;
    }
    return start;
}

bool isAllowedControl(char32_t c)
{
    return c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f' || c == U'\v';
}

// Decoded text that is not a letter: a NUL, C1 controls (bytes Windows-1252
// leaves undefined come out as these), or many other control characters.
// Returns the index of the offending character, or -1.
qsizetype binaryGarbageAt(const QString &text)
{
    qsizetype controls = 0;
    qsizetype firstControl = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == 0 || (c >= 0x80 && c <= 0x9F))
            return i;
        if (c < 0x20 && !isAllowedControl(c)) {
            ++controls;
            if (firstControl < 0)
                firstControl = i;
        }
    }
    // A stray control character (an old DOS end-of-file mark) is harmless;
    // one in a hundred is not text.
    return controls * 100 > text.size() ? firstControl : -1;
}

// Whether bytes that are valid GB18030 are Chinese rather than Western text
// that happens to decode. Chinese in GB2312 has both bytes of a pair at 0xA1 or
// above; a Latin letter after an accented one ("M\xFCller") makes a pair with an
// ASCII trail byte (GBK allows 0x40-0x7E there, for rare characters only). So:
// few such pairs, most non-ASCII characters Han, and none in the private use
// area (where GB18030 puts codes no character set assigns).
bool readsAsChinese(const QByteArray &bytes, const QString &text)
{
    qsizetype pairs = 0;
    qsizetype asciiTrails = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uchar lead = uchar(bytes.at(i));
        if (lead < 0x80 || i + 1 >= bytes.size())
            continue;
        const uchar trail = uchar(bytes.at(i + 1));
        if (trail >= 0x30 && trail <= 0x39) {
            i += 3; // a four-byte sequence
            continue;
        }
        ++pairs;
        if (trail < 0x80)
            ++asciiTrails;
        ++i;
    }
    if (pairs == 0 || asciiTrails * 5 > pairs)
        return false;
    qsizetype nonAscii = 0;
    qsizetype han = 0;
    for (const char32_t c : text.toUcs4()) {
        if ((c >= 0xE000 && c <= 0xF8FF) || c >= 0xF0000)
            return false;
        if (c >= 0x80) {
            ++nonAscii;
            if (QChar::script(c) == QChar::Script_Han)
                ++han;
        }
    }
    return han * 2 >= nonAscii;
}

DecodedText success(QString text, const QString &encoding)
{
    DecodedText result;
    result.text = std::move(text);
    result.encoding = encoding;
    result.ok = true;
    return result;
}

DecodedText failure(const QString &encoding, const QString &error, qsizetype offset)
{
    DecodedText result;
    result.encoding = encoding;
    result.error = error;
    result.errorOffset = offset;
    return result;
}

QString byteText(const QByteArray &bytes, qsizetype offset)
{
    if (offset < 0 || offset >= bytes.size())
        return QString();
    return QLatin1String("0x") + QString::number(uchar(bytes.at(offset)), 16)
                                     .rightJustified(2, QLatin1Char('0'))
                                     .toUpper();
}

// Checks decoded text for binary content; `bytesPerChar` maps a character
// index back to a byte offset for single-byte encodings (0: unknown).
DecodedText checked(QString text, const QString &encoding, const QByteArray &bytes,
                    qsizetype bomLength, int bytesPerChar)
{
    const qsizetype at = binaryGarbageAt(text);
    if (at < 0 && QStringView(text).isValidUtf16())
        return success(std::move(text), encoding);
    const qsizetype offset = at >= 0 && bytesPerChar > 0 ? bomLength + at * bytesPerChar : -1;
    if (at >= 0 && text.at(at).unicode() >= 0x80 && encoding == kWindows1252) {
        return failure(encoding,
                       Tr::tr("byte %1 (%2) is not defined in Windows-1252")
                           .arg(offset)
                           .arg(byteText(bytes, offset)),
                       offset);
    }
    return failure(encoding,
                   Tr::tr("this looks like a binary file, not text (it holds NUL or other "
                          "control characters)"),
                   offset);
}

DecodedText decodeAs(const QByteArray &bytes, const QString &name, qsizetype bomLength = 0)
{
    const QStringDecoder probe = decoderFor(name, QStringDecoder::Flag::Stateless);
    if (!probe.isValid())
        return failure(name, Tr::tr("the encoding \"%1\" is not known").arg(name), -1);
    const QString shown = displayName(name, probe);
    const QByteArray body = bytes.mid(bomLength);
    std::optional<QString> text = decodeStrictly(name, body);
    if (!text) {
        const qsizetype offset = bomLength + firstBadByte(name, body);
        return failure(shown,
                       Tr::tr("not valid %1 at byte %2 (%3)")
                           .arg(shown)
                           .arg(offset)
                           .arg(byteText(bytes, offset)),
                       offset);
    }
    const bool singleByte = shown == kWindows1252 || shown == QLatin1String("ISO-8859-1");
    return checked(std::move(*text), shown, bytes, bomLength, singleByte ? 1 : 0);
}

} // namespace

DecodedText decodeText(const QByteArray &bytes, const QString &encodingOverride)
{
    if (!encodingOverride.trimmed().isEmpty())
        return decodeAs(bytes, encodingOverride.trimmed());

    if (bytes.startsWith("\xEF\xBB\xBF"))
        return decodeAs(bytes, kUtf8, 3);
    if (bytes.startsWith("\xFF\xFE"))
        return decodeAs(bytes, QStringLiteral("UTF-16LE"), 2);
    if (bytes.startsWith("\xFE\xFF"))
        return decodeAs(bytes, QStringLiteral("UTF-16BE"), 2);

    if (std::optional<QString> utf8 = decodeStrictly(kUtf8, bytes))
        return checked(std::move(*utf8), kUtf8, bytes, 0, 0);
    if (std::optional<QString> chinese = decodeStrictly(kGb18030, bytes);
        chinese && readsAsChinese(bytes, *chinese)) {
        return checked(std::move(*chinese), kGb18030, bytes, 0, 0);
    }
    DecodedText western = decodeAs(bytes, kWindows1252);
    if (!western.ok && western.errorOffset >= 0 && uchar(bytes.at(western.errorOffset)) >= 0x80) {
        western.error = Tr::tr("cannot decode as UTF-8, GB18030 or Windows-1252: byte %1 (%2) "
                               "is not valid in any of them; give the encoding if you know it")
                            .arg(western.errorOffset)
                            .arg(byteText(bytes, western.errorOffset));
    }
    return western;
}

bool isKnownEncoding(const QString &name)
{
    return !name.trimmed().isEmpty() && decoderFor(name, QStringDecoder::Flag::Stateless).isValid();
}

qint64 lineOfOffset(const QByteArray &bytes, qsizetype offset)
{
    if (offset < 0)
        return 0;
    return QByteArrayView(bytes).first(std::min(offset, bytes.size())).count('\n') + 1;
}

} // namespace Yardstick
