#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace casedesk::zalo::json {

/// What CaseDesk stores as the text of a message whose bytes are not UTF-8. Stored data like a
/// citizen's words, not interface text: it is the same whatever language the window speaks.
inline constexpr char kUndecodableMessageText[] = "[tin nhắn không đọc được]";
/// Member written next to such a message's text (and so kept in its raw JSON): how many bytes
/// the text had as Zalo sent them.
inline constexpr char kUndecodableBytesKey[] = "undecodable_bytes";

/// True when @p bytes are well-formed UTF-8: no truncated or overlong sequence, no encoded
/// surrogate, nothing above U+10FFFF, no stray continuation byte.
bool isWellFormedUtf8(QByteArrayView bytes);

/// @p bytes with every ill-formed part replaced by U+FFFD, one for each maximal subpart (the
/// rule of the Unicode Standard, chapter 3, and of the WHATWG decoder); well-formed
/// characters, four-byte ones included, are kept as they are.
QByteArray toWellFormedUtf8(QByteArrayView bytes);

/// A JSON text whose string literals are all well-formed UTF-8, and what was changed.
struct Utf8Repair
{
    QByteArray json;
    int undecodableMessages = 0; // message texts replaced by kUndecodableMessageText
    int lossyStrings = 0; // other strings decoded with U+FFFD
};

/// Makes every string literal of @p json well-formed UTF-8, so that QJsonDocument (which
/// refuses a whole document for one bad byte) can read the rest of the page.
///
/// A message's text (the "message" member of an object that is an element of an array, the
/// shape of every row of Zalo's message lists) that is not UTF-8 becomes
/// kUndecodableMessageText, and a member kUndecodableBytesKey with the text's byte count is
/// added to its row: a text mended with U+FFFD would read as what the citizen wrote, which an
/// officer must not answer as if it were. Any other string (a display name, a key, the
/// envelope's message) is decoded with U+FFFD, since a damaged name is still useful.
/// Well-formed input is returned as it is, without a copy. Bytes outside string literals are
/// left for the JSON parser to judge.
Utf8Repair repairJsonUtf8(const QByteArray &json);

} // namespace casedesk::zalo::json
