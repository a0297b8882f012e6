#include "jsonutf8.h"

#include <algorithm>
#include <vector>

namespace casedesk::zalo::json {

namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD"; // U+FFFD

/// The length of the well-formed sequence starting at @p i, or, when it is ill-formed, minus
/// the length of its maximal subpart (at least 1): the bytes one U+FFFD stands for.
qsizetype sequenceAt(QByteArrayView bytes, qsizetype i)
{
    const auto at = [&](qsizetype k) {
        return static_cast<unsigned char>(bytes[k]);
    };
    const unsigned char lead = at(i);
    if (lead < 0x80)
        return 1;
    int continuations = 0;
    // The second byte's range is narrower after some leads: it is what rules out overlong
    // forms (E0, F0), encoded surrogates (ED) and code points above U+10FFFF (F4).
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        continuations = 1;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        continuations = 2;
        if (lead == 0xE0)
            low = 0xA0;
        else if (lead == 0xED)
            high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        continuations = 3;
        if (lead == 0xF0)
            low = 0x90;
        else if (lead == 0xF4)
            high = 0x8F;
    } else {
        return -1; // a continuation byte without a lead, C0, C1 or F5..FF
    }
    qsizetype j = i + 1;
    for (int k = 0; k < continuations; ++k, ++j) {
        if (j >= bytes.size())
            return -(j - i);
        const unsigned char c = at(j);
        if (c < (k == 0 ? low : 0x80) || c > (k == 0 ? high : 0xBF))
            return -(j - i);
    }
    return j - i;
}

} // namespace

bool isWellFormedUtf8(QByteArrayView bytes)
{
    for (qsizetype i = 0; i < bytes.size();) {
        const qsizetype n = sequenceAt(bytes, i);
        if (n < 0)
            return false;
        i += n;
    }
    return true;
}

QByteArray toWellFormedUtf8(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve(bytes.size() + 8);
    for (qsizetype i = 0; i < bytes.size();) {
        const qsizetype n = sequenceAt(bytes, i);
        if (n > 0) {
            out.append(bytes.sliced(i, n));
            i += n;
        } else {
            out.append(kReplacement);
            i -= n; // decoding starts again at the byte that broke the sequence
        }
    }
    return out;
}

Utf8Repair repairJsonUtf8(const QByteArray &json)
{
    Utf8Repair result;
    if (isWellFormedUtf8(json)) {
        result.json = json;
        return result;
    }
    // Only enough of the JSON grammar to know, for each string literal, whether it is a key
    // and which key it is the value of, and whether its object is an element of an array.
    struct Container
    {
        bool object = false;
        bool expectKey = false;
    };
    std::vector<Container> open;
    QByteArrayView lastKey;
    const auto inMessageRow = [&open] {
        return open.size() >= 2 && open.back().object && !open[open.size() - 2].object;
    };

    QByteArray &out = result.json;
    out.reserve(json.size() + 64);
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n;) {
        const char c = json.at(i);
        if (c != '"') {
            if (c == '{' || c == '[')
                open.push_back({c == '{', c == '{'});
            else if ((c == '}' || c == ']') && !open.empty())
                open.pop_back();
            else if (c == ':' && !open.empty() && open.back().object)
                open.back().expectKey = false;
            else if (c == ',' && !open.empty() && open.back().object)
                open.back().expectKey = true;
            out.append(c);
            ++i;
            continue;
        }
        const qsizetype start = i + 1;
        qsizetype end = start;
        while (end < n && json.at(end) != '"')
            end += json.at(end) == '\\' ? 2 : 1;
        end = std::min(end, n);
        const bool closed = end < n;
        const QByteArrayView content(json.constData() + start, end - start);
        const bool isKey = !open.empty() && open.back().object && open.back().expectKey;
        if (isWellFormedUtf8(content)) {
            out.append(json.constData() + i, (closed ? end + 1 : end) - i);
        } else if (!isKey && inMessageRow() && lastKey == QByteArrayView("message")) {
            out.append('"');
            out.append(kUndecodableMessageText);
            out.append("\",\"");
            out.append(kUndecodableBytesKey);
            out.append("\":");
            out.append(QByteArray::number(content.size()));
            ++result.undecodableMessages;
        } else {
            out.append('"');
            out.append(toWellFormedUtf8(content));
            if (closed)
                out.append('"');
            ++result.lossyStrings;
        }
        if (isKey)
            lastKey = content;
        i = closed ? end + 1 : end;
    }
    return result;
}

} // namespace casedesk::zalo::json
